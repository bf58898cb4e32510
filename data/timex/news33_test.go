package timex

import (
	"testing"
)

// TestNews33Saying: a participle of saying after a comma opens what was said ("raised its
// forecast on Monday, saying it expected sales to grow"): the statement's verbs do not date
// the day of the act before it, as the verbs after "saying that" do not.
func TestNews33Saying(t *testing.T) {
	tests := []struct {
		pub, text, expr, value string
	}{
		{"2007-08-15", "Halvorsen Tools raised its forecast for the year on Monday, saying it expected sales to grow 8%.", "Monday", "2007-08-13"},
		{"2007-08-15", "Halvorsen Tools on Tuesday cut its outlook for the year, saying it now expected a loss.", "Tuesday", "2007-08-14"},
		{"2007-08-15", "Halvorsen Tools raised its forecast for the year on Monday, saying that it expected sales to grow 8%.", "Monday", "2007-08-13"},
	}
	for _, tt := range tests {
		got := taggedAs(tt.text, tt.pub, tt.expr)
		if got == nil || got.Value != tt.value {
			t.Errorf("%q published %s: %q = %+v, want %s", tt.text, tt.pub, tt.expr, got, tt.value)
		}
	}
}
