package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/articles"
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

// TestFragments runs extraction over fragments of sentences, as titles and as bodies, the way
// feeds and scrapers cut them: a phrase that opens or closes the text where a rule looks one word
// before or after it (each had run off the end of the words and stopped the run).
func TestFragments(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	for _, text := range []string{
		"Before Tuesday's report, Velcor shares were down about 30% this year.",
		"Before Friday's report,",
		"through December.",
		"their twenties bought the new jackets at full price.",
		"to a net loss of $40 million, or 12 cents a share",
		"that Monday's meeting",
		"days before Tuesday's vote, the chairman resigned",
		"and March wheat at",
		"Harbor Development Co Inc, and Steel Technologies Nordstern Bank AG expects to pay an unchanged dividend.",
		"FTC sues to block Kroger-Albertsons",
	} {
		for _, a := range []articles.Article{article(text, "1987-06-12", "Nothing else."), article("Markets", "2024-06-12", text)} {
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Errorf("%q (title %q): %v", a.Body, a.Title, p)
					}
				}()
				x.Extract(a)
			}()
		}
	}
}
