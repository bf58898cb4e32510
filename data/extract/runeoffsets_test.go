package extract

import (
	"testing"
	"unicode/utf8"
)

// TestRuneOffsets: the character offset of every byte offset that starts a character, asked in
// increasing order and again from the start, in ASCII, in text with multi-byte characters and
// at its end, is the count of characters before it.
func TestRuneOffsets(t *testing.T) {
	for _, s := range []string{
		"",
		"Kestrel Foods said on Monday",
		"Société Générale’s unit — “Lumière” — rose 3%",
		"日本 Orbis 株式会社 fell",
	} {
		at := runeOffsets(s)
		for range 2 { // the second pass goes back to the start
			for b := 0; b <= len(s); b++ {
				if b < len(s) && !utf8.RuneStart(s[b]) {
					continue
				}
				if got, want := at(b), utf8.RuneCountInString(s[:b]); got != want {
					t.Errorf("%q at byte %d: %d characters, want %d", s, b, got, want)
				}
			}
		}
	}
}

// TestRuneOffsetsStrides asks in strides, as sentences do, so that runs of eight ASCII bytes
// are counted at once, up to characters of several bytes and over them.
func TestRuneOffsetsStrides(t *testing.T) {
	s := "Kestrel Foods said on Monday that Société Générale’s unit — “Lumière” — rose 3% and 日本 Orbis 株式会社 fell, then the plain ASCII tail ran on for a while."
	for stride := 1; stride <= 19; stride++ {
		at := runeOffsets(s)
		for b := 0; b <= len(s); b += stride {
			for b < len(s) && !utf8.RuneStart(s[b]) {
				b++
			}
			if got, want := at(b), utf8.RuneCountInString(s[:b]); got != want {
				t.Errorf("stride %d, byte %d: %d characters, want %d", stride, b, got, want)
			}
		}
	}
}
