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
