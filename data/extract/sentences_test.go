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

func TestAfterDateline(t *testing.T) {
	tests := []struct{ text, want string }{
		{"HOUSTON, Oct 23 (Reuters) - Chevron agreed to buy Hess.", "Chevron agreed to buy Hess."},
		{"AKRON, Ohio, March 2 - GenCorp Inc said it would not sell.", "GenCorp Inc said it would not sell."},
		{"Jan 25 (Reuters) - Tesla shares fell 12%.", "Tesla shares fell 12%."},
		{"NEW YORK (AP) — Stocks fell.", "Stocks fell."},
		{"SAN JOSE, Calif., Jan. 25, 2024 /PRNewswire/ -- Acme Inc. today announced a dividend.", "Acme Inc. today announced a dividend."},
		{"SAN FRANCISCO--(BUSINESS WIRE)--Acme Inc. today announced results.", "Acme Inc. today announced results."},
		{"WASHINGTON - The Fed raised rates.", "The Fed raised rates."},
		// No dateline: a sentence that only starts in capitals or with a dash.
		{"U.S. - China talks resumed on Monday.", "U.S. - China talks resumed on Monday."},
		{"Tesla shares fell 12% - the most since 2020.", "Tesla shares fell 12% - the most since 2020."},
		{"IBM said on Monday it would cut jobs.", "IBM said on Monday it would cut jobs."},
		{"March sales rose 5%.", "March sales rose 5%."},
		// A hyphenated name in capitals is no place: "TELCOM-Norland Corp said ...".
		{"TELCOM-Norland Corp said it expects a loss.", "TELCOM-Norland Corp said it expects a loss."},
		{"KELVIN-Hart Inc - the maker of pumps - said profit rose.", "KELVIN-Hart Inc - the maker of pumps - said profit rose."},
	}
	for _, tt := range tests {
		ss := afterDateline(sentences(tt.text), tt.text)
		if got := tt.text[ss[0].start:ss[0].end]; got != tt.want {
			t.Errorf("%q: first sentence %q, want %q", tt.text, got, tt.want)
		}
	}
}
