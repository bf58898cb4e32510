package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/events"
)

// TestUndatedBodyAfterDatedLead checks the day of an undated body sentence's event after a lead
// dated to a day: the lead's day for the simple past, the publication day (2024-06-12, a
// Wednesday) for the present perfect, the future, another company or a lead of old news.
func TestUndatedBodyAfterDatedLead(t *testing.T) {
	x := tableExtractor()
	tests := []struct {
		name, body string
		typ        events.Type
		want       string
	}{
		{"simple past takes the lead's day", "Nike on Tuesday reported quarterly profit above estimates. The company also raised its quarterly dividend by 5%.",
			events.Dividend, "2024-06-11"},
		{"a named successor in the past", "Nike on Monday reported quarterly profit above estimates. It also named a new finance chief, Jo Park.",
			events.Executive, "2024-06-10"},
		{"present perfect keeps publication", "Nike on Tuesday reported quarterly profit above estimates. Nike has appointed Jo Park as finance chief.",
			events.Executive, "2024-06-12"},
		{"future keeps publication", "Nike on Tuesday reported quarterly profit above estimates. The company will also buy back $5 billion of its shares.",
			events.Buyback, "2024-06-12"},
		{"another company keeps publication", "Nike on Tuesday reported quarterly profit above estimates. Walmart raised its dividend.",
			events.Dividend, "2024-06-12"},
		{"a lead of old news dates nothing", "Nike on May 20 reported quarterly profit above estimates. The company also raised its quarterly dividend by 5%.",
			events.Dividend, "2024-06-12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			for _, e := range x.Extract(article("Nike news", "2024-06-12", tt.body)).Events {
				if e.Type == tt.typ {
					got = e.Value
				}
			}
			if got != tt.want {
				t.Errorf("%s event dated %q, want %q", tt.typ, got, tt.want)
			}
		})
	}
}
