package extract

import (
	"math/rand/v2"
	"testing"
)

// plainByByte is plain read a byte at a time, as it was written before xspeed19.
func plainByByte(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c == '-' || c >= 0x80 {
			return false
		}
	}
	return true
}

// TestPlainBits holds plain to its byte-at-a-time self: every byte alone and at every place of
// words of every length up to 40, among letters, digits, marks and bytes outside ASCII, and the
// bytes next to the ranges' ends ('@' 'A' 'Z' '[', ',' '-' '.', 0x7F 0x80 0xFF).
func TestPlainBits(t *testing.T) {
	for _, w := range []string{"", "a", "A", "ab", "aB", "Ab", "abc", "abC", "e-mail", "wal-mart", "iphone",
		"iPhone", "estée", "nestle", "aaaaaaaZ", "aaaaaaaaZ", "zzzzzzzzzzzzzzzzz-", "1,000", "54.87", "rjr's"} {
		if got, want := plain(w), plainByByte(w); got != want {
			t.Errorf("plain(%q) = %v, want %v", w, got, want)
		}
	}
	edges := []byte{0, '@', 'A', 'Z', '[', '`', 'a', 'z', '{', ',', '-', '.', '0', '9', '\'', 0x7F, 0x80, 0xC3, 0xFF}
	for n := 1; n <= 40; n++ {
		for at := 0; at < n; at++ {
			for c := 0; c < 256; c++ {
				b := make([]byte, n)
				for i := range b {
					b[i] = 'a' + byte(i%26)
				}
				b[at] = byte(c)
				if got, want := plain(string(b)), plainByByte(string(b)); got != want {
					t.Fatalf("plain(%q) = %v, want %v", b, got, want)
				}
			}
		}
	}
	r := rand.New(rand.NewPCG(19, 19))
	for range 200000 {
		b := make([]byte, r.IntN(24))
		for i := range b {
			if r.IntN(4) == 0 {
				b[i] = edges[r.IntN(len(edges))]
			} else {
				b[i] = 'a' + byte(r.IntN(26))
			}
		}
		if got, want := plain(string(b)), plainByByte(string(b)); got != want {
			t.Fatalf("plain(%q) = %v, want %v", b, got, want)
		}
	}
}
