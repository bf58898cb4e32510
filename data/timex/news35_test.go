package timex

import (
	"testing"
)

// TestNews35Source: the source a sentence cites after its news ("according to a notice it
// filed") does not date the act before it; a date inside the source keeps the source's verb.
func TestNews35Source(t *testing.T) {
	tests := []struct {
		pub, text, expr, value string
	}{
		{"2007-02-14", "Brightwater Mills will shut its dye house by mid-April, according to a notice it filed with the state.", "mid-April", "2007-04"},
		{"2007-02-14", "Brightwater Mills will close a warehouse and lay off 60 workers by mid-April, according to a notice it filed with the state.", "mid-April", "2007-04"},
		{"2007-02-14", "Brightwater Mills will sell a warehouse and let go of 60 drivers by mid-April, according to a notice the company filed with the state labor department.", "mid-April", "2007-04"},
		{"2007-02-14", "Halvorsen Tools plans to move 90 jobs to Ohio in March according to papers filed in court.", "March", "2007-03"},
		{"2007-02-14", "Brightwater Mills will shut its dye house in June, according to a letter the union sent to members.", "June", "2007-06"},
		// The source's own date is past, and an act told in the past keeps its past.
		{"2007-08-15", "Zenith Gear will cut 500 jobs, according to a memo seen by Reuters on Monday.", "Monday", "2007-08-13"},
		{"2007-08-15", "Zenith Gear closed the plant in June, according to a notice it filed with the state.", "June", "2007-06"},
	}
	for _, tt := range tests {
		got := taggedAs(tt.text, tt.pub, tt.expr)
		if got == nil || got.Value != tt.value {
			t.Errorf("%q published %s: %q = %+v, want %s", tt.text, tt.pub, tt.expr, got, tt.value)
		}
	}
}

// TestNews35EndedQuarter: a quarter that ends in a quarter's first week is the quarter before
// (a 52- or 53-week fiscal calendar); other end days name the quarter that holds them.
func TestNews35EndedQuarter(t *testing.T) {
	tests := []struct {
		pub, text, expr, value string
	}{
		{"2007-08-02", "Brightwater Mills earned $4 million in the quarter ended July 1.", "the quarter ended July 1", "2007-Q2"},
		{"2007-11-08", "Sales rose 3% in the quarter ended Oct. 6, 2007.", "the quarter ended Oct. 6, 2007", "2007-Q3"},
		{"2007-02-08", "Halvorsen Tools lost money in the quarter ended Jan. 2.", "the quarter ended Jan. 2", "2006-Q4"},
		{"2007-08-02", "Profit for the quarter ended June 30 rose 9%.", "the quarter ended June 30", "2007-Q2"},
		{"2007-08-02", "Profit for the quarter ended June 28 rose 9%.", "the quarter ended June 28", "2007-Q2"},
		{"2007-08-30", "Profit for the quarter ended Aug. 3 rose 9%.", "the quarter ended Aug. 3", "2007-Q3"},
	}
	for _, tt := range tests {
		got := taggedAs(tt.text, tt.pub, tt.expr)
		if got == nil || got.Value != tt.value {
			t.Errorf("%q published %s: %q = %+v, want %s", tt.text, tt.pub, tt.expr, got, tt.value)
		}
	}
}
