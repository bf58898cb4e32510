package timex

import (
	"testing"
	"time"
)

// TestOffsets checks that fixed offsets stay underspecified until the resolution step: the
// same phrase gives its X form without a publication date and a date with one.
func TestOffsetsResolveLate(t *testing.T) {
	pub := time.Date(2009, 3, 2, 0, 0, 0, 0, time.UTC) // a Monday
	tests := []struct {
		text, expr, resolved, unresolved string
	}{
		{"Trading was halted yesterday.", "yesterday", "2009-03-01", "XXXX-XX-XX"},
		{"The plant reopened last week.", "last week", "2009-W09", "XXXX-WXX"},
		{"Orders will pick up next month.", "next month", "2009-04", "XXXX-XX"},
		{"The unit was sold three years ago.", "three years ago", "2006", "XXXX"},
		{"The firm was founded two decades ago.", "two decades ago", "1989", "XXXX"},
		{"Margins widened in the latest quarter.", "the latest quarter", "2008-Q4", "XXXX-QX"},
		{"Cuts are due in April next year.", "April next year", "2010-04", "XXXX-04"},
		{"Sales should recover in the third quarter of next year.", "the third quarter of next year", "2010-Q3", "XXXX-Q3"},
		{"Losses narrowed from the previous fiscal year.", "the previous fiscal year", "2008", "XXXX"},
	}
	for _, tt := range tests {
		for _, ref := range []Reference{{DocDate: pub}, {}} {
			want, by := tt.resolved, ByPublication
			if ref.DocDate.IsZero() {
				want, by = tt.unresolved, ByUnresolved
			}
			var got *Expr
			for _, e := range Tag(tt.text, ref) {
				if e.Text == tt.expr {
					got = &e
				}
			}
			if got == nil || got.Value != want || got.ResolvedBy != by {
				t.Errorf("%q (published %v): %q = %+v, want %s by %s", tt.text, !ref.DocDate.IsZero(), tt.expr, got, want, by)
			}
		}
	}
}

func TestNeedString(t *testing.T) {
	tests := []struct {
		n    need
		want string
	}{
		{need{kind: needOffset, unit: uDay, off: -1}, "ref - 1 day"},
		{need{kind: needOffset, unit: uWeek, off: -1}, "this - 1 week"},
		{need{kind: needOffset, unit: uDecade, off: -2, as: uYear}, "this - 2 decade as year"},
		{need{kind: needOffset, unit: uYear, off: 1, within: 3, b: 3}, "this + 1 year in -Q3"},
		{need{kind: needWeekday, a: 1}, "XXXX-WXX-1"},
	}
	for _, tt := range tests {
		if got := tt.n.String(); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.n, got, tt.want)
		}
	}
}
