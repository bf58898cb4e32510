package timex

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// letterRunByByte is letterRun a byte at a time, as scanWord read it before xspeed19.
func letterRunByByte(text string, k int) int {
	for k < len(text) && asciiLetters[text[k]] {
		k++
	}
	return k
}

// TestLetterRun holds letterRun to its byte-at-a-time self: every byte value at every place of
// runs of letters up to 40 bytes long, read from every start, and random texts of letters,
// the bytes next to the letters' ranges ('@' 'A' 'Z' '[' '`' 'a' 'z' '{'), marks, digits and
// bytes outside ASCII.
func TestLetterRun(t *testing.T) {
	for n := 1; n <= 40; n++ {
		for at := 0; at < n; at++ {
			for c := 0; c < 256; c++ {
				b := make([]byte, n)
				for i := range b {
					b[i] = "aZmq"[i%4]
				}
				b[at] = byte(c)
				for k := 0; k <= n; k++ {
					if got, want := letterRun(string(b), k), letterRunByByte(string(b), k); got != want {
						t.Fatalf("letterRun(%q, %d) = %d, want %d", b, k, got, want)
					}
				}
			}
		}
	}
	edges := []byte{0, ' ', '-', '\'', '.', '0', '9', '@', 'A', 'Z', '[', '`', 'a', 'z', '{', 0x7F, 0x80, 0xC1, 0xC3, 0xE2, 0xFA, 0xFF}
	r := rand.New(rand.NewPCG(19, 19))
	for range 100000 {
		b := make([]byte, r.IntN(30))
		for i := range b {
			if r.IntN(5) == 0 {
				b[i] = edges[r.IntN(len(edges))]
			} else {
				b[i] = 'A' + byte(r.IntN(26)) + byte(r.IntN(2))*('a'-'A')
			}
		}
		for k := 0; k <= len(b); k++ {
			if got, want := letterRun(string(b), k), letterRunByByte(string(b), k); got != want {
				t.Fatalf("letterRun(%q, %d) = %d, want %d", b, k, got, want)
			}
		}
	}
}

// TestTokenLex holds the entries markSentences gives words, with lookup's filter written out,
// to lookup's: the lexicon's words in three cases, with a letter changed, cut or doubled, and
// words of one and of seventeen letters.
func TestTokenLex(t *testing.T) {
	var words []string
	for w := range lexicon {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s", w[:len(w)-1], "x"+w, w+w)
	}
	words = append(words, "a", "I", "Q", "x", "abcdefghijklmnopq", "Decemberdecember", "Q3", "1990s", "13th", "FY2008")
	toks := tokenize(strings.Join(words, " "))
	for _, tk := range toks {
		if tk.kind != kWord && tk.kind != kAlnum {
			continue
		}
		if want := lookup(tk.s); tk.lex != want {
			t.Errorf("%q: entry %+v, lookup's %+v", tk.s, tk.lex, want)
		}
	}
}
