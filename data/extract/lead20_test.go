package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestPairEndsSentence checks a pair of companies joined by a hyphen ("Kroger-Albertsons") as the
// last word of a title or sentence: the second company's mention starts inside the word, and
// reading its place had run past the sentence's last word (a panic that stopped the whole run).
func TestPairEndsSentence(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	checkSentences(t, x, []sentenceCase{
		{"FTC sues to block Kroger-Albertsons", "", []string{"legal KR;ACI"}},
		{"Regulators sue to block Kroger-Albertsons deal", "", []string{"legal KR;ACI"}},
		{"", "The Federal Trade Commission sued on Monday to block Kroger-Albertsons.", []string{"legal KR;ACI"}},
		{"", "Investors cheered the Exxon-Pioneer.", nil},
	}, typeTickers)
}
