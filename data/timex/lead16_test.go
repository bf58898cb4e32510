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

// A month alone that modifies the noun after it, reported after a saying, takes the tense of the
// verb after its noun as a month-glued quarter does (lead16.go monthAsModifier): "said December
// sales would be weak", told in October, is the December ahead. A past verb there, or a month
// with no noun after it, keeps the saying's past.
func TestMonthAsModifier(t *testing.T) {
	oct := time.Date(2024, 10, 16, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       []tagged
	}{
		{"would", "The chain said December sales would be weak.", []tagged{{"December", "2024-12"}}},
		{"will", "The finance chief said January orders will improve.", []tagged{{"January", "2025-01"}}},
		// near-misses: the past after the noun, no noun after the month
		{"a past", "The retailer said December sales rose 5%.", []tagged{{"December", "2023-12"}}},
		{"no noun", "He said December was the best month.", []tagged{{"December", "2023-12"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, oct, tc.want) })
	}
}
