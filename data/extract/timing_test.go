package extract_test

import (
	"testing"
	"time"

	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/extract"
)

// TestEventTiming: when the news came out, from the sentence's words or the feed's timestamp,
// is kept with the event so that a study moves after-the-close news to the next trading day.
func TestEventTiming(t *testing.T) {
	x := newExtractor(t)
	words := x.Extract(article("VMware sinks after warning that growth will slow", "2008-01-29",
		"VMware reported fourth-quarter revenue of $413 million late yesterday, up 80% from a year earlier."))
	feed := article("Citrix agrees to buy XenSource", "2007-08-15", "Citrix agreed to buy XenSource for $500 million.")
	feed.Published = time.Date(2007, 8, 15, 20, 45, 0, 0, time.UTC) // 16:45 in New York
	stamped := x.Extract(feed)
	for _, tt := range []struct {
		name string
		r    extract.Result
		date string
		want events.Timing
	}{
		{"late yesterday", words, "2008-01-28", events.Timing{Session: events.AfterClose}},
		{"feed timestamp", stamped, "2007-08-15", events.Timing{Session: events.AfterClose, Clock: "16:45:00"}},
	} {
		found := false
		for _, e := range tt.r.Events {
			if e.Value == tt.date {
				found = true
				if e.Timing != tt.want {
					t.Errorf("%s: %s %q timing %+v, want %+v", tt.name, e.Value, e.Headline, e.Timing, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no event on %s in %+v", tt.name, tt.date, tt.r.Events)
		}
	}
}
