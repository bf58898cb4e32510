package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// Money a listed company puts into a private one is a stake bought, where the name after "in" is
// shown to be a company (investments.go); places and markets are not.
func TestPrivateInvestments(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		body string
		want []string // "type status tickers"
	}{
		{"Oracle invested $450 million in Cohere, the Canadian developer of language models.",
			[]string{"acquisition occurred ORCL"}},
		{"Salesforce invested in Mistral Labs, which makes open-weight models.", []string{"acquisition occurred CRM"}},
		{"Qualcomm will invest $300 million in Tenstorrent Inc. over three years.", []string{"acquisition forecast QCOM"}},
		// controls: places and markets are capitalized too
		{"Ford will invest $3.5 billion in Michigan, the state's largest auto project.", nil},
		{"Micron will invest $100 billion in New York, a state that courted chip plants.", nil},
		{"Starbucks invested heavily in China, the company's second-biggest market.", nil},
	}
	for _, tt := range tests {
		sentence, got := sentenceEvents(x, "", tt.body, func(e extract.Event) string {
			return string(e.Type) + " " + string(e.Status) + " " + strings.Join(e.Tickers, ";")
		})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", sentence, got, tt.want)
		}
	}
}
