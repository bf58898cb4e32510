package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLongSentencesAreCut keeps the work per sentence bounded on text without punctuation, such as
// a 10 MB single line: sentences are cut at spaces, so only a single word longer than the limit
// (here 3,000 é) makes a longer one.
func TestLongSentencesAreCut(t *testing.T) {
	text := strings.Repeat("VMware shares rose ", 20000) + strings.Repeat("é", 3000)
	var total int
	for _, sp := range sentences(text) {
		if n := sp.end - sp.start; n > 1004 && strings.Contains(text[sp.start:sp.end], " ") {
			t.Fatalf("a sentence of %d bytes", n)
		}
		inWord := sp.start > 0 && text[sp.start-1] != ' ' && !strings.HasPrefix(text[sp.start:], "é")
		if inWord || !utf8.RuneStart(text[sp.start]) {
			t.Fatalf("a sentence cut inside a word or character: %q", text[sp.start:sp.start+10])
		}
		total += sp.end - sp.start
	}
	if total < len(text)-20000 {
		t.Errorf("sentences cover %d of %d bytes", total, len(text))
	}
}
