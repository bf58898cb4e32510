package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// A rating agency's action in the agencies' words is an analyst's call (agencies.go).
func TestAgencyActions(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		body string
		want []string // "type tickers"
	}{
		{"Moody's lifted its rating on Carnival to Ba1.", []string{"analyst CCL"}},
		{"S&P placed Warner Bros. Discovery on CreditWatch negative.", []string{"analyst WBD"}},
		{"Fitch put Nissan's U.S. unit and Walgreens on watch negative.", []string{"analyst WBA"}},
		{"Moody's revised its outlook on Nike to negative from stable.", []string{"analyst NKE"}},
		// controls: a company's own outlook, and ratings that are no grade
		{"Ford raised its outlook on truck demand for the year.", []string{"guidance F"}},
		{"Netflix said viewer ratings on its new series rose.", nil},
	}
	for _, tt := range tests {
		sentence, got := sentenceEvents(x, "", tt.body, func(e extract.Event) string {
			return string(e.Type) + " " + strings.Join(e.Tickers, ";")
		})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", sentence, got, tt.want)
		}
	}
}
