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

// TestStoryReference: a narrative that names a date well before the publication goes on from
// it; a report that has named a day of its own week, a clause in the present or the future,
// and a weekday after a reporting verb speak from the publication.
func TestStoryReference(t *testing.T) {
	pub := time.Date(2007, 8, 17, 0, 0, 0, 0, time.UTC) // a Friday
	tests := []struct {
		text, expr, value, by string
	}{
		{"On March 3 the board met. On Friday it voted to sell the unit.", "Friday", "2007-03-09", ByStory},
		{"The board met on March 3, 2007, and on Friday it voted to sell the unit.", "Friday", "2007-03-09", ByStory},
		{"The company listed on June 12, 2006. In October it opened a plant in Ohio.", "October", "2006-10", ByStory},
		{"The company listed on June 12, 2006. In February it opened a plant in Ohio.", "February", "2007-02", ByStory},
		{"The merger closed in May 2005. In winter the company cut 300 jobs.", "winter", "2005-WI", ByStory},
		{"The plant was sold on May 4, 2001. On Tuesday, Oct. 9 it was razed.", "Tuesday, Oct. 9", "2001-10-09", ByStory},
		// The report's own week is set: older dates are background.
		{"The company said Tuesday it was founded on March 3, 2001. On Friday it voted again.", "Friday", "2007-08-17", ByPublication},
		// The clause tells from now.
		{"On March 3 the board met. On Friday it will vote again.", "Friday", "2007-08-17", ByPublication},
		{"On March 3 the board met. The company said on Friday that it had voted.", "Friday", "2007-08-17", ByPublication},
		// A year alone is background, and a story date within a week changes nothing.
		{"Sales have doubled since 1998. In March the company cut prices.", "March", "2007-03", ByPublication},
		{"The deal closed on Aug. 13. On Wednesday the shares rose.", "Wednesday", "2007-08-15", ByPublication},
		// A date that marks where a span began ("since its ... low") is no narrative's time.
		{"The index has risen 40% since its October 2002 trough. It was the best week since early July.", "early July", "2007-07", ByPublication},
		{"Orders have doubled since the June 2005 recall. In April the maker added a shift.", "April", "2007-04", ByPublication},
		{"Orders doubled after the June 2005 recall. In April the maker added a shift.", "April", "2006-04", ByStory},
	}
	for _, tt := range tests {
		var got *Expr
		for _, e := range Tag(tt.text, Reference{DocDate: pub}) {
			if e.Text == tt.expr {
				got = &e
			}
		}
		if got == nil || got.Value != tt.value || got.ResolvedBy != tt.by {
			t.Errorf("%q: %q = %+v, want %s by %s", tt.text, tt.expr, got, tt.value, tt.by)
		}
	}
}

// TestRelativeByTense: months, seasons and holidays without a year go through resolve like
// weekdays do: last and next leave the publication's period, "this" and a bare name stay in
// the publication's year unless the tense of the clause puts them on the other side of it.
func TestRelativeByTense(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	tests := []struct {
		pub, text, expr, value string
	}{
		// A month after the publication's, told in the past, is last year's.
		{"2007-02-14", "Sales rose 5% in March.", "March", "2006-03"},
		{"2007-02-14", "Sales will rise in March.", "March", "2007-03"},
		{"2007-02-14", "The board voted to close the plant in March.", "March", "2007-03"},
		{"1999-02-10", "The official said the accession was planned for early March.", "early March", "1999-03"},
		{"2007-09-20", "Kim said they had talked about the slated visit of the minister in October.", "October", "2007-10"},
		// A month before the publication's, told in the future, is next year's.
		{"2007-11-05", "It will ship this April.", "this April", "2008-04"},
		{"2007-11-05", "It shipped this April.", "this April", "2007-04"},
		{"2007-11-05", "Sales fell last November.", "last November", "2006-11"},
		{"2007-11-05", "It ships next March.", "next March", "2008-03"},
		// A quarter's or half's results told ahead are those of the period just ended; a
		// forecast of a later one is the coming one.
		{"2024-05-10", "The retailer will report first-quarter results on Thursday.", "first-quarter", "2024-Q1"},
		{"2024-05-10", "The chipmaker plans to split its stock after reporting first-quarter revenue that doubled.", "first-quarter", "2024-Q1"},
		{"2025-01-20", "The bank will post fourth-quarter net income next week.", "fourth-quarter", "2024-Q4"},
		{"2024-07-25", "The airline will release first-half earnings on Monday.", "first-half", "2024-H1"},
		{"2024-11-12", "The company expects first-quarter revenue to rise.", "first-quarter", "2025-Q1"},
		{"2024-11-12", "The plant will reopen in the first quarter.", "the first quarter", "2025-Q1"},
		// Starting or beginning at a date: the change lies ahead, whatever tense announced it.
		{"2024-08-01", "The company suspended its dividend starting in the fourth quarter.", "the fourth quarter", "2024-Q4"},
		{"2024-08-01", "The carrier said fares rise beginning in September.", "September", "2024-09"},
		// Seasons.
		{"2007-12-03", "The plant will reopen this summer.", "this summer", "2008-SU"},
		{"2007-10-03", "The plant closed this summer.", "this summer", "2007-SU"},
		{"2007-04-03", "It launched last spring.", "last spring", "2006-SP"},
		{"2007-04-03", "It ships next winter.", "next winter", "2007-WI"},
		// Holidays.
		{"2008-01-05", "The stores were crowded this Christmas.", "this Christmas", "2007-12-25"},
		{"2008-01-05", "The store will open by this Christmas.", "this Christmas", "2008-12-25"},
		{"2008-01-05", "Sales peaked last Christmas.", "last Christmas", "2007-12-25"},
		{"2007-12-10", "Sales will peak by next Thanksgiving.", "next Thanksgiving", "2008-11-27"},
		{"2007-12-10", "Stores will close early on Christmas Eve.", "Christmas Eve", "2007-12-24"},
	}
	for _, tt := range tests {
		var got *Expr
		for _, e := range Tag(tt.text, Reference{DocDate: day(tt.pub)}) {
			if e.Text == tt.expr {
				got = &e
			}
		}
		if got == nil || got.Value != tt.value || got.ResolvedBy != ByPublication {
			t.Errorf("%q published %s: %q = %+v, want %s by publication", tt.text, tt.pub, tt.expr, got, tt.value)
		}
	}
	// Without a publication date they stay underspecified.
	for text, want := range map[string]string{"Sales fell last November.": "XXXX-11", "It ships next winter.": "XXXX-WI",
		"Sales peaked last Christmas.": "XXXX-12-25", "Stores close early on Christmas Eve.": "XXXX-12-24",
		"Traffic peaks at Thanksgiving.": "XXXX-11-XX", "Markets were shut for Easter.": "XXXX-XX-XX"} {
		got := Tag(text, Reference{})
		if len(got) != 1 || got[0].Value != want || got[0].ResolvedBy != ByUnresolved {
			t.Errorf("%q unpublished: %+v, want %s unresolved", text, got, want)
		}
	}
}

// TestDecadeDurations: a span of decades or centuries is written in years, as AQUAINT writes
// it ("past decade" P10Y), an unknown count of them PXY.
func TestDecadeDurations(t *testing.T) {
	pub := time.Date(1998, 5, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct{ text, expr, value string }{
		{"Rents have doubled over the past decade.", "the past decade", "P10Y"},
		{"The dam has leaked for the past two decades.", "the past two decades", "P20Y"},
		{"The mill closed after less than a decade.", "a decade", "P10Y"},
		{"The church has stood for the past century.", "the past century", "P100Y"},
	}
	for _, tt := range tests {
		var got *Expr
		for _, e := range Tag(tt.text, Reference{DocDate: pub}) {
			if e.Text == tt.expr {
				got = &e
			}
		}
		if got == nil || got.Type != "DURATION" || got.Value != tt.value {
			t.Errorf("%q: %q = %+v, want DURATION %s", tt.text, tt.expr, got, tt.value)
		}
	}
}
