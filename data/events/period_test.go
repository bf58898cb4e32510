package events

import (
	"testing"
	"time"
)

func TestParsePeriod(t *testing.T) {
	d := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	tests := []struct {
		value, gran, start, end string
	}{
		{"2007-08-14", Day, "2007-08-14", "2007-08-14"},
		{"2007-W33", Week, "2007-08-13", "2007-08-19"},
		{"2009-W01", Week, "2008-12-29", "2009-01-04"},
		{"2007-08", Month, "2007-08-01", "2007-08-31"},
		{"2008-02", Month, "2008-02-01", "2008-02-29"},
		{"2007-Q3", Quarter, "2007-07-01", "2007-09-30"},
		{"2007-H2", Half, "2007-07-01", "2007-12-31"},
		{"2007", Year, "2007-01-01", "2007-12-31"},
	}
	for _, tt := range tests {
		p, err := ParsePeriod(tt.value)
		if err != nil {
			t.Errorf("%s: %v", tt.value, err)
			continue
		}
		if p.Granularity != tt.gran || !p.Start.Equal(d(tt.start)) || !p.End.Equal(d(tt.end)) {
			t.Errorf("%s: got %s %s..%s, want %s %s..%s", tt.value, p.Granularity,
				p.Start.Format("2006-01-02"), p.End.Format("2006-01-02"), tt.gran, tt.start, tt.end)
		}
	}
	for _, bad := range []string{"", "2007-13", "2007-02-30", "08/14/2007", "Aug 14 2007", "2007-W60", "2007-Q5", "PRESENT_REF"} {
		if _, err := ParsePeriod(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
