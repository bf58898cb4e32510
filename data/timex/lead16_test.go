package timex

import (
	"testing"
	"time"
)

// A period code or a quarter with an apostrophe's two-digit year is that year's period
// (periodYear in rules.go, by timex66.go's apostropheYearAt): "Q1'25", "Q4 '24", "the third
// quarter '23". An apostrophe's decade after it ("'90s") is no year of the period.
func TestApostrophePeriodYear(t *testing.T) {
	nov := time.Date(2024, 11, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       []tagged
	}{
		{"glued", "Results for Q1'25 were strong.", []tagged{{"Q1'25", "2025-Q1"}}},
		{"spaced", "Margins in Q4 '24 fell from a year earlier.", []tagged{{"Q4 '24", "2024-Q4"}, {"a year earlier", "2023-Q4"}}},
		{"a half", "It guided for H2'25 growth.", []tagged{{"H2'25", "2025-H2"}}},
		{"a quarter's words", "In the third quarter '23 sales rose.", []tagged{{"the third quarter '23", "2023-Q3"}}},
		// near-misses: a decade, a quote's end
		{"a decade", "The Q1 '90s trend held.", []tagged{{"Q1", "2024-Q1"}, {"'90s", "199"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, nov, tc.want) })
	}
}
