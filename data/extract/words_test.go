package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/timex"
)

// TestWordsFromTagger: the words extraction reads, joined from the tagger's tokens, are the
// words of extraction's own tokenizer (which company aliases are still split with).
func TestWordsFromTagger(t *testing.T) {
	texts := []string{
		"Hewlett-Packard Co. bought 1,000 shares at $54.87 on Aug. 14, 2007.",
		"ABC123 and 3Q07 results; the buy-out (announced 2007-08-14) closed -- at last.",
		"Citrix's shares rose 3.4%, to 65.99, after-hours.  U.S. - based A.B.C. Corp.",
		"Zürich-based Société Générale said ١٢٣ units, naïve café… “quoted” -x- 5- -5 a-",
		"Trailing mark. 12. 3,4, 5.6.7 1.a a.1 --- ,5 5,",
		"",
	}
	files, _ := filepath.Glob("../../data/example/articles/*.md")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		doc := timex.NewText(text)
		for _, sp := range doc.Sentences() {
			want := tokenize(text[sp.Start:sp.End])
			got := doc.Words(nil, sp.Start, sp.End)
			if len(got) != len(want) {
				t.Errorf("%q: %d words, want %d: %v against %v", text[sp.Start:sp.End], len(got), len(want), got, want)
				continue
			}
			for i, w := range got {
				if w.Text != want[i].text || w.Start-sp.Start != want[i].start || w.End-sp.Start != want[i].end {
					t.Errorf("%q: word %d %+v, want %+v", text[sp.Start:sp.End], i, w, want[i])
				}
			}
		}
	}
}

// TestClearance: "antitrust" or "court" next to a deal's clearance, or after a clearance "from"
// or "by" them, is the deal's wait; their action against someone is a case.
func TestClearance(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"the deal will win antitrust approval next year", true},
		{"the sale is subject to court approval", true},
		{"after the deal won approval from u.s. antitrust regulators", true},
		{"antitrust enforcers challenged the hospital merger", false},
		{"the company settled an antitrust lawsuit", false},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.text)
		k := slices.IndexFunc(words, func(w string) bool { return w == "antitrust" || w == "court" })
		if got := clearance(words, trigger{from: k, to: k + 1}); got != tt.want {
			t.Errorf("%q: clearance %v, want %v", tt.text, got, tt.want)
		}
	}
}
