package timex

import "testing"

// TestNews37Ratings: a rating after "to" or "from" in a rating change names the rating, no
// infinitive: the day of the change is the one before ("upgraded Corning to buy from hold on
// Tuesday"), while an infinitive of buying keeps its own reading.
func TestNews37Ratings(t *testing.T) {
	tests := []struct {
		pub, text, expr, value string
	}{
		{"2007-08-15", "An analyst at Keswick Partners upgraded Halvorsen Tools to buy from hold on Tuesday and raised her price target.", "Tuesday", "2007-08-14"},
		{"2007-08-15", "Keswick Partners cut Halvorsen Tools to sell on Monday.", "Monday", "2007-08-13"},
		{"2007-08-15", "Keswick Partners downgraded the shares to hold from buy on Monday, citing weak orders.", "Monday", "2007-08-13"},
		// Controls: no rating change, the infinitive reads ahead.
		{"2007-08-15", "Halvorsen Tools plans to buy a rival on Friday.", "Friday", "2007-08-17"},
		{"2007-08-15", "Halvorsen Tools agreed to sell the plant on Tuesday.", "Tuesday", "2007-08-14"},
	}
	for _, tt := range tests {
		got := taggedAs(tt.text, tt.pub, tt.expr)
		if got == nil || got.Value != tt.value {
			t.Errorf("%q published %s: %q = %+v, want %s", tt.text, tt.pub, tt.expr, got, tt.value)
		}
	}
}
