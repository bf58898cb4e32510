package extract_test

import (
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// A date that opens the sentence before a comma dates the telling after it, as one right after
// the verb of telling does (ownworks.go frontedTelling); the news was a plan told that day.
func TestFrontedTellingDate(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)} // published Wednesday 2024-06-12
	checkSentences(t, x, []sentenceCase{
		{"", "On Monday, Disney said it would cut about 200 jobs.", []string{"restructuring forecast DIS 2024-06-10"}},
		{"", "Last week, Pfizer announced it would close a plant in Kansas.", []string{"restructuring forecast PFE 2024-W23"}},
		{"", "Disney said on Monday it would cut about 200 jobs.", []string{"restructuring forecast DIS 2024-06-10"}},
		// controls: a past date in a conditional names something else; a fronted date with no telling
		{"", "If Disney had sold the park in 2019, it would cut fewer jobs now.", nil},
		{"", "On Monday, Disney cut about 200 jobs.", []string{"restructuring occurred DIS 2024-06-10"}},
	}, func(e extract.Event) string {
		return string(e.Type) + " " + string(e.Status) + " " + strings.Join(e.Tickers, ";") + " " + e.Value
	})
}
