package extract

import (
	"testing"
	"time"

	"github.com/eventline/eventline/data/events"
)

// TestWindowsKeepSameEvents: the writer skips a stored event whose window is apart from a new
// one's without comparing them, so no two events Same joins may have windows apart: periods
// inside each other, one reported up to a month after the other (dated by publication), and at
// the edges of the month; and periods further apart than that are apart.
func TestWindowsKeepSameEvents(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	ev := func(from, to, dateText string) Event {
		return Event{Period: events.Period{Start: day(from), End: day(to)}, DateText: dateText, Type: events.Acquisition,
			Status: Occurred, Companies: []string{"Acme"}}
	}
	tests := []struct {
		name  string
		a, b  Event
		apart bool
	}{
		{"same day", ev("2007-08-14", "2007-08-14", "Tuesday"), ev("2007-08-14", "2007-08-14", "Aug. 14"), false},
		{"day in its quarter", ev("2007-08-14", "2007-08-14", "Tuesday"), ev("2007-07-01", "2007-09-30", "the third quarter"), false},
		{"reported 31 days later", ev("2007-09-14", "2007-09-14", ""), ev("2007-08-14", "2007-08-14", "Aug. 14"), false},
		{"reported 31 days later, the other way", ev("2007-08-14", "2007-08-14", "Aug. 14"), ev("2007-09-14", "2007-09-14", ""), false},
		{"reported 32 days later", ev("2007-09-15", "2007-09-15", ""), ev("2007-08-14", "2007-08-14", "Aug. 14"), true},
		{"a year apart", ev("2008-08-14", "2008-08-14", "2008"), ev("2007-08-14", "2007-08-14", "2007"), true},
		{"a year and a day in it", ev("2007-01-01", "2007-12-31", "2007"), ev("2007-12-31", "2007-12-31", "Dec. 31"), false},
		{"next day, both dated", ev("2007-08-15", "2007-08-15", "Aug. 15"), ev("2007-08-14", "2007-08-14", "Aug. 14"), false},
	}
	for _, tt := range tests {
		got := apart(windowOf(tt.a.Period), windowOf(tt.b.Period))
		if got != tt.apart {
			t.Errorf("%s: apart %v, want %v", tt.name, got, tt.apart)
		}
		if got && (Same(tt.a, tt.b) || Same(tt.b, tt.a)) {
			t.Errorf("%s: windows apart, but Same joins the events", tt.name)
		}
	}
	// A period that ends before it starts is never apart: Same's reasoning about it is not the
	// windows'.
	odd := events.Period{Start: day("2007-09-30"), End: day("2007-07-01")}
	if apart(windowOf(odd), windowOf(events.Period{Start: day("2001-01-01"), End: day("2001-01-01")})) {
		t.Error("an inverted period is apart")
	}
}
