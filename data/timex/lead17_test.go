package timex

import (
	"testing"
	"time"
)

// "A year ago" or "a year earlier" after a quarter named, in a sentence with no figure, no word
// of results and no comparison, tells the story's past a year back, not the term of a results
// comparison (lead17.go narrativeYearBack): "A year ago, the company had said it would review
// the unit" is last year. A figure or a word of results keeps the comparable quarter.
func TestNarrativeYearBack(t *testing.T) {
	jun := time.Date(2025, 6, 26, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       []tagged
	}{
		{"a plan recalled", "Halden reported results for the fourth quarter. A year ago, the company had said it would review the unit.",
			[]tagged{{"the fourth quarter", "2024-Q4"}, {"A year ago", "2024"}}},
		{"a hire recalled", "Halden's third-quarter report came out on Tuesday. A year earlier, it hired a new chief executive to fix the chain.",
			[]tagged{{"third-quarter", "2025-Q3"}, {"Tuesday", "2025-06-24"}, {"A year earlier", "2024"}}},
		// near-misses: a figure, a word of results
		{"a figure", "Halden reported results for the fourth quarter. A year ago, it earned $1.5 billion.",
			[]tagged{{"the fourth quarter", "2024-Q4"}, {"A year ago", "2023-Q4"}}},
		{"a loss", "Halden reported results for the fourth quarter. A year earlier, the company posted a loss.",
			[]tagged{{"the fourth quarter", "2024-Q4"}, {"A year earlier", "2023-Q4"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, jun, tc.want) })
	}
}
