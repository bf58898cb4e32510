package extract

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/timex"
)

// asciiLower returns s in lower case and true when s is ASCII (s itself when it has no capitals);
// "", false otherwise: what reading a sentence asks of sentenceLower, one sentence alone.
func asciiLower(s string) (string, bool) {
	switch ascii, upper := asciiCaps(s); {
	case !ascii:
		return "", false
	case !upper:
		return s, true
	}
	return foldASCIICapitals(s), true
}

// TestSentenceLower: a sentence cut from its text's one fold is what folding the sentence alone
// gives, in texts that mix ASCII sentences with others (a byte outside ASCII in the same eight
// bytes as a capital or an ASCII byte, a stray Latin-1 byte too), read in any order, the text's
// fold made once and kept for the article.
func TestSentenceLower(t *testing.T) {
	pieces := []string{"A", "Z", "a", "z", "@", "[", "`", "{", " ", ".", "1", "é", "É", "—", "Société", "VMware", "IBM", "\xe9", "\xff"}
	rnd := rand.New(rand.NewPCG(17, 17))
	for range 3000 {
		var b strings.Builder
		var cuts []int
		for range 1 + rnd.IntN(6) {
			for range rnd.IntN(20) {
				b.WriteString(pieces[rnd.IntN(len(pieces))])
			}
			cuts = append(cuts, b.Len())
		}
		s := b.String()
		doc := timex.NewText(s)
		var l lowerText
		for _, k := range rnd.Perm(len(cuts)) {
			start := 0
			if k > 0 {
				start = cuts[k-1]
			}
			text := s[start:cuts[k]]
			got, ok := l.sentenceLower(doc, text, start)
			want, wantOK := asciiLower(text)
			if got != want || ok != wantOK {
				t.Fatalf("sentence %q of %q: %q, %v; want %q, %v", text, s, got, ok, want, wantOK)
			}
			if ok && got != strings.ToLower(text) {
				t.Fatalf("sentence %q: %q, want %q", text, got, strings.ToLower(text))
			}
		}
		if l.of != nil && l.lower != foldEach(s) {
			t.Fatalf("fold of %q: %q", s, l.lower)
		}
	}
}

// foldEach lowers the ASCII capitals of s a byte at a time.
func foldEach(s string) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = lowerByte(c)
	}
	return string(b)
}

// TestArenaForgetsFold: the next article does not cut its sentences from the last one's fold.
func TestArenaForgetsFold(t *testing.T) {
	var a arena
	doc := timex.NewText("Acme Corp said.")
	a.lower.sentenceLower(doc, doc.String(), 0)
	a.reset(16)
	if a.lower.of != nil || a.lower.lower != "" {
		t.Error("reset kept the last article's fold")
	}
}
