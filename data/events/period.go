package events

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
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

var (
	reDay     = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)
	reMonth   = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	reWeek    = regexp.MustCompile(`^(\d{4})-W(\d{2})$`)
	reQuarter = regexp.MustCompile(`^(\d{4})-Q([1-4])$`)
	reHalf    = regexp.MustCompile(`^(\d{4})-H([12])$`)
	reYear    = regexp.MustCompile(`^(\d{4})$`)
)

// DateRule is the message for a date value that ParsePeriod does not accept.
const DateRule = "dates must be ISO 8601 calendar values: 2007-08-14, 2007-W33, 2007-08, 2007-Q3, 2007-H1 or 2007"

// ParsePeriod reads a TIMEX3 calendar value (2007-08-14, 2007-W33, 2007-08, 2007-Q3, 2007-H1, 2007)
// and returns the days it covers.
func ParsePeriod(value string) (Period, error) {
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	date := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	p := Period{Value: value}
	switch {
	case reDay.MatchString(value):
		t, err := time.Parse("2006-01-02", value)
		if err != nil {
			return p, fmt.Errorf("%q is not a calendar day", value)
		}
		p.Granularity, p.Start, p.End = Day, t, t
	case reWeek.MatchString(value):
		m := reWeek.FindStringSubmatch(value)
		y, w := atoi(m[1]), atoi(m[2])
		// ISO week 1 holds January 4th; weeks start on Monday.
		jan4 := date(y, 1, 4)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+(w-1)*7)
		if w < 1 || w > 53 || monday.AddDate(0, 0, 3).Year() != y {
			return p, fmt.Errorf("%q is not an ISO week", value)
		}
		p.Granularity, p.Start, p.End = Week, monday, monday.AddDate(0, 0, 6)
	case reMonth.MatchString(value):
		m := reMonth.FindStringSubmatch(value)
		y, mo := atoi(m[1]), atoi(m[2])
		if mo < 1 || mo > 12 {
			return p, fmt.Errorf("%q has no month %d", value, mo)
		}
		p.Granularity, p.Start = Month, date(y, mo, 1)
		p.End = p.Start.AddDate(0, 1, -1)
	case reQuarter.MatchString(value):
		m := reQuarter.FindStringSubmatch(value)
		y, q := atoi(m[1]), atoi(m[2])
		p.Granularity, p.Start = Quarter, date(y, 3*q-2, 1)
		p.End = p.Start.AddDate(0, 3, -1)
	case reHalf.MatchString(value):
		m := reHalf.FindStringSubmatch(value)
		y, h := atoi(m[1]), atoi(m[2])
		p.Granularity, p.Start = Half, date(y, 6*h-5, 1)
		p.End = p.Start.AddDate(0, 6, -1)
	case reYear.MatchString(value):
		y := atoi(value)
		p.Granularity, p.Start, p.End = Year, date(y, 1, 1), date(y, 12, 31)
	default:
		return p, fmt.Errorf("%q: %s", value, DateRule)
	}
	return p, nil
}
