package events

import (
	"regexp"
	"testing"
)

// TestParsePeriodShapes holds ParsePeriod's hand-made shape tests to the regular expressions
// it used: the same granularity or the same error for values of every shape and near misses.
func TestParsePeriodShapes(t *testing.T) {
	res := []struct {
		gran string
		re   *regexp.Regexp
	}{
		{Day, regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)},
		{Week, regexp.MustCompile(`^(\d{4})-W(\d{2})$`)},
		{Month, regexp.MustCompile(`^(\d{4})-(\d{2})$`)},
		{Quarter, regexp.MustCompile(`^(\d{4})-Q([1-4])$`)},
		{Half, regexp.MustCompile(`^(\d{4})-H([12])$`)},
		{Year, regexp.MustCompile(`^(\d{4})$`)},
	}
	values := []string{"", "2007", "207", "20071", "2007-08-14", "2007-8-14", "2007-08-1", "2007-08-141",
		"2007/08/14", "2007-13-01", "2007-02-30", "2007-W33", "2007-W3", "2007-W00", "2007-W54", "2004-W53",
		"2007-w33", "2007-08", "2007-00", "2007-1", "2007-Q3", "2007-Q0", "2007-Q5", "2007-q3", "2007-H1",
		"2007-H2", "2007-H3", "2007-SU", "XXXX-08", "PRESENT_REF", "２００７", "2007\n", " 2007", "2007-08-14T10",
		"0000", "9999-12-31", "2007-Ｑ3", "2007-W3x", "2007-0x"}
	for _, v := range values {
		got, err := ParsePeriod(v)
		want := ""
		for _, r := range res {
			if r.re.MatchString(v) {
				want = r.gran
				break
			}
		}
		if want == "" {
			if err == nil {
				t.Errorf("%q: %s, want an error", v, got.Granularity)
			}
			continue
		}
		if err == nil && got.Granularity != want {
			t.Errorf("%q: %s, want %s", v, got.Granularity, want)
		}
		if err != nil && want != Day && want != Week && want != Month {
			t.Errorf("%q: %v, want %s", v, err, want) // only those check their numbers
		}
	}
}
