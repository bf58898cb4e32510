package analytics

import (
	"context"
	"math"
	"testing"
	"time"
)

func TestDailyBars(t *testing.T) {
	db := exampleDB(t)
	ctx := context.Background()
	for _, tc := range []struct {
		ticker   string
		from, to time.Time
		n        int
		first    string
		close0   float64
	}{
		{"VMW", day("2007-08-15"), day("2007-08-17"), 3, "2007-08-15", 57.709999},
		{"VMW", time.Time{}, day("2007-08-15"), 1, "2007-08-15", 57.709999},
		{"VMW", time.Time{}, time.Time{}, 230, "2007-08-15", 57.709999},
		{"VMW", day("2009-01-01"), time.Time{}, 0, "", 0},
		{"NOPE", time.Time{}, time.Time{}, 0, "", 0},
	} {
		bars, err := DailyBars(ctx, db, tc.ticker, tc.from, tc.to)
		if err != nil {
			t.Fatal(err)
		}
		if len(bars) != tc.n {
			t.Errorf("%s %v..%v: %d bars, want %d", tc.ticker, tc.from, tc.to, len(bars), tc.n)
			continue
		}
		if tc.n == 0 {
			continue
		}
		b := bars[0]
		if b.Date.Format("2006-01-02") != tc.first || math.Abs(b.Close-tc.close0) > 1e-9 || math.IsNaN(b.Volume) || b.AdjClose >= b.Close {
			t.Errorf("%s first bar %+v", tc.ticker, b)
		}
		for i := 1; i < len(bars); i++ {
			if !bars[i].Date.After(bars[i-1].Date) {
				t.Fatalf("not ascending at %d", i)
			}
		}
	}
}

func TestEventMarks(t *testing.T) {
	db := exampleDB(t)
	ctx := context.Background()
	for _, q := range []string{
		`INSERT INTO articles (article_id, title, published, source, url, body) VALUES
			(1, 'Citrix buys XenSource', DATE '2007-08-16', 'Reuters', 'https://reuters.example/x', 'b'),
			(2, 'Earlier wire', DATE '2007-08-15', NULL, 'https://wire.example/y', 'b')`,
		`INSERT INTO event_mentions SELECT event_id, a, 's', 0, 1, NULL FROM events, (VALUES (1), (2)) v(a) WHERE headline = 'Citrix to acquire XenSource'`,
		`UPDATE events SET source_url = 'https://www.vmware.com/news' WHERE headline = 'VMworld 2007'`,
		`UPDATE events SET status = 'forecast' WHERE headline = 'After the series ends'`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	ms, err := EventMarks(ctx, db, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]EventMark{}
	for _, m := range ms {
		got[m.Headline] = m
	}
	d := func(tm time.Time) string {
		if tm.IsZero() {
			return ""
		}
		return tm.Format("2006-01-02")
	}
	for _, tc := range []struct {
		headline, day, start, end, source, url, reason string
	}{
		{"VMware begins trading", "", "", "", "", "", "VMW has no prices before 2007-08-15"},
		// The earliest article names no publication: its title stands in.
		{"Citrix to acquire XenSource", "2007-08-15", "", "", "Earlier wire", "https://wire.example/y", ""},
		{"VMworld 2007", "", "2007-09-04", "2007-09-28", "vmware.com", "https://www.vmware.com/news", ""},
		{"A Saturday event rolls to Monday", "2008-01-28", "", "", "", "", ""},
		// A forecast sits at its target date, even past the last price.
		{"After the series ends", "2009-03-02", "", "", "", "", ""},
	} {
		m, ok := got[tc.headline]
		if !ok {
			t.Errorf("%s: missing", tc.headline)
			continue
		}
		if d(m.Day) != tc.day || d(m.Start) != tc.start || d(m.End) != tc.end || m.Source != tc.source || m.URL != tc.url || m.Reason != tc.reason {
			t.Errorf("%s: %+v", tc.headline, m)
		}
	}
	if m := got["VMworld 2007"]; m.Value != "2007-09" || m.Granularity != "month" || m.Ticker != "VMW" || m.Type != "product" {
		t.Errorf("fields: %+v", m)
	}
	ms, err = EventMarks(ctx, db, Filter{Tickers: []string{"NOPE"}})
	if err != nil || len(ms) != 0 {
		t.Errorf("no events: %v %v", ms, err)
	}
}
