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

// A fiscal quarter told ahead, after a fiscal year the story named that had ended before the
// telling by any calendar's count (no fiscal year runs past February of the next), is a quarter
// to come, read by the tense, not a quarter of that year (lead17.go fiscalYearOver): "It sold
// 232 million phones in fiscal 2024. It will report its fiscal third-quarter results in late
// July", told in May 2025. The past, or a fiscal year that may still run, keeps the year named.
func TestFiscalQuarterAheadOfEndedYear(t *testing.T) {
	may := time.Date(2025, 5, 21, 0, 0, 0, 0, time.UTC)
	jan := time.Date(2025, 1, 15, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		doc        time.Time
		want       []tagged
	}{
		{"will report", "Orlen sold 232 million phones in fiscal 2024. It will report its fiscal third-quarter results in late July.", may,
			[]tagged{{"fiscal 2024", "2024"}, {"fiscal third-quarter", "2025-Q3"}, {"late July", "2025-07"}}},
		{"expects", "Orlen's revenue reached $390 billion in fiscal 2023. It expects margins to widen in the fiscal fourth quarter.", may,
			[]tagged{{"fiscal 2023", "2023"}, {"the fiscal fourth quarter", "2025-Q4"}}},
		// near-misses: the past; a fiscal year that may still run
		{"past", "Orlen sold 232 million phones in fiscal 2024. Its fiscal third-quarter sales fell 5%.", may,
			[]tagged{{"fiscal 2024", "2024"}, {"fiscal third-quarter", "2024-Q3"}}},
		{"still running", "Orlen expects fiscal 2024 sales to fall. It will report fiscal fourth-quarter results in March.", jan,
			[]tagged{{"fiscal 2024", "2024"}, {"fiscal fourth-quarter", "2024-Q4"}, {"March", "2025-03"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}
