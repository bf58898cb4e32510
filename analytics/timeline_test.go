package analytics

import (
	"context"
	"testing"
	"time"
)

func TestTimeline(t *testing.T) {
	db := exampleDB(t)
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	tests := []struct {
		f    Filter
		want []string // headlines in order
	}{
		// A month meets a range that starts inside it.
		{Filter{From: day("2007-09-15"), To: day("2007-12-31")}, []string{"VMworld 2007"}},
		{Filter{Tickers: []string{"CTXS"}}, []string{"Citrix to acquire XenSource"}},
		{Filter{Types: []string{"forecast"}, From: day("2008-01-01")},
			[]string{"A Saturday event rolls to Monday", "VMware lowers its 2008 revenue outlook"}},
	}
	for _, tt := range tests {
		es, err := Timeline(context.Background(), db, tt.f)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range es {
			got = append(got, e.Headline)
		}
		if len(got) != len(tt.want) {
			t.Errorf("%+v: %q, want %q", tt.f, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%+v: %q, want %q", tt.f, got, tt.want)
			}
		}
	}
}
