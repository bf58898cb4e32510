// Package isodate parses the calendar values extraction reads again and again (a TIMEX3 day
// "2024-06-12" or month "2024-06") without time.Parse's layout walk: about a thousand
// instructions a value there, a hundredth of extraction, where a value of the plain shape needs
// a few dozen. Values of any other shape go to time.Parse, so answers and errors are its own.
package isodate

import "time"

// Day is time.Parse("2006-01-02", v).
func Day(v string) (time.Time, error) {
	if t, ok := DayOK(v); ok {
		return t, nil
	}
	return time.Parse("2006-01-02", v)
}

// DayOK is Day for a caller that asks only whether v is a day: time.Parse accepts exactly the
// values of the plain shape, so DayOK never calls it. The tagger asks it of values that are not
// days (a month, a week, a quarter) about four times an article, and time.Parse's error for each
// cost about a thousand instructions and two allocations.
func DayOK(v string) (time.Time, bool) {
	if len(v) == 10 && v[4] == '-' && v[7] == '-' {
		y, ok1 := num(v[:4])
		m, ok2 := num(v[5:7])
		d, ok3 := num(v[8:])
		if ok1 && ok2 && ok3 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(m, y) {
			return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true
		}
	}
	return time.Time{}, false
}

// Month is time.Parse("2006-01", v).
func Month(v string) (time.Time, error) {
	if len(v) == 7 && v[4] == '-' {
		y, ok1 := num(v[:4])
		m, ok2 := num(v[5:])
		if ok1 && ok2 && m >= 1 && m <= 12 {
			return time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), nil
		}
	}
	return time.Parse("2006-01", v)
}

// num reads s, all ASCII digits.
func num(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i] - '0'
		if c > 9 {
			return 0, false
		}
		n = n*10 + int(c)
	}
	return n, true
}

// daysIn is the number of days of month m of year y, as time.Parse checks a day against.
func daysIn(m, y int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// FormatDay is t.Format("2006-01-02").
func FormatDay(t time.Time) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format("2006-01-02")
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:])
}
