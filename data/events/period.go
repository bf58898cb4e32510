package events

import (
	"fmt"
	"strconv"
	"time"

	"github.com/eventline/eventline/internal/isodate"
)

// Granularities of event dates, finest first.
const (
	Day     = "day"
	Week    = "week"
	Month   = "month"
	Quarter = "quarter"
	Half    = "half"
	Year    = "year"
)

// Period is the span of calendar days a TIMEX3 date value covers.
type Period struct {
	Value       string
	Granularity string
	Start, End  time.Time // inclusive
}

// DateRule is the message for a date value that ParsePeriod does not accept.
const DateRule = "dates must be ISO 8601 calendar values: 2007-08-14, 2007-W33, 2007-08, 2007-Q3, 2007-H1 or 2007"

// ParsePeriod reads a TIMEX3 calendar value (2007-08-14, 2007-W33, 2007-08, 2007-Q3, 2007-H1, 2007)
// and returns the days it covers.
func ParsePeriod(value string) (Period, error) {
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	date := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	p := Period{Value: value}
	// The shapes are told by length and the bytes after the year (extraction parses a value
	// for every event it dates; the regular expressions that told them were a hundredth of it).
	v := value
	year := len(v) >= 4 && digits(v[:4])
	switch {
	case year && len(v) == 10 && v[4] == '-' && digits(v[5:7]) && v[7] == '-' && digits(v[8:]):
		t, err := isodate.Day(value)
		if err != nil {
			return p, fmt.Errorf("%q is not a calendar day", value)
		}
		p.Granularity, p.Start, p.End = Day, t, t
	case year && len(v) == 8 && v[4:6] == "-W" && digits(v[6:]):
		y, w := atoi(v[:4]), atoi(v[6:])
		// ISO week 1 holds January 4th; weeks start on Monday.
		jan4 := date(y, 1, 4)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+(w-1)*7)
		if w < 1 || w > 53 || monday.AddDate(0, 0, 3).Year() != y {
			return p, fmt.Errorf("%q is not an ISO week", value)
		}
		p.Granularity, p.Start, p.End = Week, monday, monday.AddDate(0, 0, 6)
	case year && len(v) == 7 && v[4] == '-' && digits(v[5:]):
		y, mo := atoi(v[:4]), atoi(v[5:])
		if mo < 1 || mo > 12 {
			return p, fmt.Errorf("%q has no month %d", value, mo)
		}
		p.Granularity, p.Start = Month, date(y, mo, 1)
		p.End = p.Start.AddDate(0, 1, -1)
	case year && len(v) == 7 && v[4:6] == "-Q" && v[6] >= '1' && v[6] <= '4':
		y, q := atoi(v[:4]), int(v[6]-'0')
		p.Granularity, p.Start = Quarter, date(y, 3*q-2, 1)
		p.End = p.Start.AddDate(0, 3, -1)
	case year && len(v) == 7 && v[4:6] == "-H" && (v[6] == '1' || v[6] == '2'):
		y, h := atoi(v[:4]), int(v[6]-'0')
		p.Granularity, p.Start = Half, date(y, 6*h-5, 1)
		p.End = p.Start.AddDate(0, 6, -1)
	case year && len(v) == 4:
		y := atoi(value)
		p.Granularity, p.Start, p.End = Year, date(y, 1, 1), date(y, 12, 31)
	default:
		return p, fmt.Errorf("%q: %s", value, DateRule)
	}
	return p, nil
}

// digits reports whether s is ASCII digits only (the regular expressions' \d).
func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
