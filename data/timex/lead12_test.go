package timex

import "testing"

// An ordinal is a day of the telling's month only after a preposition of time that ends its
// phrase; elsewhere it counts something else (lead12.go).
func TestTellingDayOfMonthNearMisses(t *testing.T) {
	ref := Reference{DocDate: aug17}
	for _, text := range []string{
		"The offices moved to the 15th floor.",
		"The shares rose for the 12th straight session.",
		"It was the company's 20th acquisition.",
		"The team finished on the 18th hole at Augusta.",
	} {
		for _, e := range Tag(text, ref) {
			t.Errorf("%q: tagged %q = %s by %s, want nothing", text, e.Text, e.Value, e.Rule)
		}
	}
}

// Only a period's comparison chains from an inferred quarter; "a year ago" and a year named
// keep their own reading, and a quarter named outright wins (lead12.go inferredPeriodAgo).
func TestInferredPeriodAgo(t *testing.T) {
	ref := Reference{DocDate: aug17}
	tests := []struct{ text, expr, value string }{
		{"Halden posted a profit for the quarter, against a loss in the year-ago period.", "the year-ago period", "2006-Q2"},
		{"Halden posted a profit for the quarter, against a loss a year ago.", "a year ago", "2006"},
		{"Halden posted a profit for the quarter. In the first quarter, it lost money, against a profit in the year-ago period.", "the year-ago period", "2006-Q1"},
		{"Halden said its business was strong. Sales beat the year-ago period.", "the year-ago period", "2006"},
	}
	for _, tt := range tests {
		found := false
		for _, e := range Tag(tt.text, ref) {
			if e.Text == tt.expr {
				found = true
				if e.Value != tt.value {
					t.Errorf("%q: %q = %s by %s, want %s", tt.text, e.Text, e.Value, e.Rule, tt.value)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %q", tt.text, tt.expr)
		}
	}
}
