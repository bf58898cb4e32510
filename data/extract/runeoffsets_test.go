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
