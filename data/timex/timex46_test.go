package timex

import (
	"testing"
	"time"
)

// Families of WSJ business copy of 1989-1990 (heldout54's), with sentences of our own.

func TestBusiness89FiscalCalendar(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	oct := day(1991, 10, 23)
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		// a fiscal year's end dated by a deictic before its month
		{"ends next June", oct, "Brandt Tool said its fiscal first-quarter net rose 8%. The period was the first of fiscal 1992, which ends next June.",
			[]tagged{{"fiscal first-quarter", "1992-Q1"}, {"fiscal 1992", "1992"}, {"next June", "1992-06"}}},
		{"ends this March", day(1992, 1, 15), "Orris Mills said its fiscal third-quarter loss widened. Its fiscal year ends this March.",
			[]tagged{{"fiscal third-quarter", "1992-Q3"}, {"this March", "1992-03"}}},
		// a fiscal quarter named again by its last day dates the fiscal year, and the
		// comparison after it is the fiscal quarter's
		{"the quarter ended, renamed", oct, "Brandt Tool said its fiscal first-quarter net rose 8%. For the quarter ended Sept. 30, it earned $9 million, up from $8.3 million a year earlier.",
			[]tagged{{"fiscal first-quarter", "1992-Q1"}, {"the quarter ended Sept. 30", "1991-Q3"}, {"a year earlier", "1991-Q1"}}},
		{"fiscal second quarter ended Dec. 31", day(1992, 2, 4), "Keel Marine posted a fiscal second-quarter loss. In the quarter ended Dec. 31, it lost $4 million; it lost $1 million in the quarter.",
			[]tagged{{"fiscal second-quarter", "1992-Q2"}, {"the quarter ended Dec. 31", "1991-Q4"}, {"the quarter", "1992-Q2"}}},
		// a calendar company's quarter ended is its own
		{"calendar quarter ended", oct, "Brandt Tool said its third-quarter net rose 8%. For the quarter ended Sept. 30, it earned $9 million, up from $8.3 million a year earlier.",
			[]tagged{{"third-quarter", "1991-Q3"}, {"the quarter ended Sept. 30", "1991-Q3"}, {"a year earlier", "1990-Q3"}}},
		// a retailer's quarter of weeks names its year for the year it began: left to the tense
		{"retailer's quarter ended", day(1992, 3, 10), "Fenway Stores said fiscal fourth-quarter net fell 6%. Sales in the quarter ended Feb. 1 rose 2%.",
			[]tagged{{"fiscal fourth-quarter", "1991-Q4"}, {"the quarter ended Feb. 1", "1992-Q1"}}},
		// a calendar one company states is not the next item's
		{"separately", oct, "Brandt Tool's fiscal 1992 ends next June. Separately, Quill Paper said it expects the fourth quarter to be strong.",
			[]tagged{{"fiscal 1992", "1992"}, {"next June", "1992-06"}, {"the fourth quarter", "1991-Q4"}}},
		{"separately, a calendar stated plainly", oct, "Brandt Tool's fiscal year ends June 30. Separately, Quill Paper said it expects the fourth quarter to be strong.",
			[]tagged{{"the fourth quarter", "1991-Q4"}}},
		{"in a separate filing", oct, "Brandt Tool's fiscal year ends June 30. In a separate filing, Quill Paper said it expects the fourth quarter to be strong.",
			[]tagged{{"the fourth quarter", "1991-Q4"}}},
		{"same item", oct, "Brandt Tool's fiscal 1992 ends next June, and it expects the fourth quarter to be strong.",
			[]tagged{{"fiscal 1992", "1992"}, {"next June", "1992-06"}, {"the fourth quarter", "1992-Q4"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectTags(t, tt.text, tt.doc, tt.want) })
	}
}
