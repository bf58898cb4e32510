package timex

import (
	"testing"
	"time"
)

// Families of WSJ business copy of 1989-1990 (heldout54's), with sentences of our own.

func TestBusiness89FiscalCalendar(t *testing.T) {
	oct := date(1991, 10, 23)
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		// a fiscal year's end dated by a deictic before its month
		{"ends next June", oct, "Brandt Tool said its fiscal first-quarter net rose 8%. The period was the first of fiscal 1992, which ends next June.",
			[]tagged{{"fiscal first-quarter", "1992-Q1"}, {"fiscal 1992", "1992"}, {"next June", "1992-06"}}},
		{"ends this March", date(1992, 1, 15), "Orris Mills said its fiscal third-quarter loss widened. Its fiscal year ends this March.",
			[]tagged{{"fiscal third-quarter", "1992-Q3"}, {"this March", "1992-03"}}},
		// a fiscal quarter named again by its last day dates the fiscal year, and the
		// comparison after it is the fiscal quarter's
		{"the quarter ended, renamed", oct, "Brandt Tool said its fiscal first-quarter net rose 8%. For the quarter ended Sept. 30, it earned $9 million, up from $8.3 million a year earlier.",
			[]tagged{{"fiscal first-quarter", "1992-Q1"}, {"the quarter ended Sept. 30", "1991-Q3"}, {"a year earlier", "1991-Q1"}}},
		{"fiscal second quarter ended Dec. 31", date(1992, 2, 4), "Keel Marine posted a fiscal second-quarter loss. In the quarter ended Dec. 31, it lost $4 million; it lost $1 million in the quarter.",
			[]tagged{{"fiscal second-quarter", "1992-Q2"}, {"the quarter ended Dec. 31", "1991-Q4"}, {"the quarter", "1992-Q2"}}},
		// a calendar company's quarter ended is its own
		{"calendar quarter ended", oct, "Brandt Tool said its third-quarter net rose 8%. For the quarter ended Sept. 30, it earned $9 million, up from $8.3 million a year earlier.",
			[]tagged{{"third-quarter", "1991-Q3"}, {"the quarter ended Sept. 30", "1991-Q3"}, {"a year earlier", "1990-Q3"}}},
		// a retailer's quarter of weeks names its year for the year it began: left to the tense
		{"retailer's quarter ended", date(1992, 3, 10), "Fenway Stores said fiscal fourth-quarter net fell 6%. Sales in the quarter ended Feb. 1 rose 2%.",
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

func TestBusiness89AnaphoricYears(t *testing.T) {
	doc := date(1990, 5, 16)
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		// a year named by its last day is a year the story names
		{"the year that ended", doc, "The chain earned $12 million in the fiscal year that ended Feb. 3, after losing $5 million the year before.",
			[]tagged{{"Feb. 3", "1990-02-03"}, {"the year before", "1989"}}},
		{"the year ended", doc, "Net for the year ended March 31 fell to $40 million from $52 million the year before.",
			[]tagged{{"the year ended March 31", "1990"}, {"the year before", "1989"}}},
		{"a month's figure", doc, "Orders in April rose 3% from the year before.",
			[]tagged{{"April", "1990-04"}}},
		// the week after next, the mirror of the week before last
		{"the week after next", doc, "The lender will report the week after next.",
			[]tagged{{"the week after next", "1990-W22"}}},
		{"the year after next", doc, "The refinery should be running the year after next.",
			[]tagged{{"the year after next", "1992"}}},
		// a season, a month or a period of a year the story named
		{"the fall of that year", doc, "The mine was sold in 1978 and shut in the fall of that year.",
			[]tagged{{"1978", "1978"}, {"the fall of that year", "1978-FA"}}},
		{"the spring of the following year", doc, "The union formed in 1936 and struck in the spring of the following year.",
			[]tagged{{"1936", "1936"}, {"the spring of the following year", "1937-SP"}}},
		{"the summer of the year before", doc, "The bank failed in 1931; in the summer of the year before, depositors had begun to flee.",
			[]tagged{{"1931", "1931"}, {"the summer of the year before", "1930-SU"}}},
		{"October of that year", doc, "The line opened in 1964, and in October of that year it carried its millionth rider.",
			[]tagged{{"1964", "1964"}, {"October of that year", "1964-10"}}},
		{"the second half of the same year", doc, "The chain bought Ledger Foods in 1985 and closed 30 of its stores in the second half of the same year.",
			[]tagged{{"1985", "1985"}, {"the second half of the same year", "1985-H2"}}},
		{"the year before the war", doc, "The plant was built in 1940, in the spring of the year before the war.",
			[]tagged{{"1940", "1940"}}},
		// a season named with its year dates the months its sentence tells, as the year would
		{"before the October crash", date(1989, 8, 22), "Shares fell 3% yesterday. They sold for $40 in the spring of 1987, before the October crash.",
			[]tagged{{"yesterday", "1989-08-21"}, {"spring of 1987", "1987-SP"}, {"October", "1987-10"}}},
		{"a season of the telling", date(1989, 8, 22), "Shares fell 3% yesterday. They sold for $40 last spring, before the October slide.",
			[]tagged{{"yesterday", "1989-08-21"}, {"last spring", "1989-SP"}, {"October", "1988-10"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectTags(t, tt.text, tt.doc, tt.want) })
	}
}

func TestBusiness89NamedDays(t *testing.T) {
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		// a weekday and a day's number: the month whose day it is, on the tense's side
		{"the Friday-the-13th sell-off", date(1995, 10, 25), "Brokers are still counting losses from the Friday-the-13th sell-off.",
			[]tagged{{"Friday-the-13th", "1995-10-13"}}},
		{"on Friday the 13th, past", date(1992, 12, 2), "The strike began on Friday the 13th and lasted a week.",
			[]tagged{{"Friday the 13th", "1992-11-13"}}},
		{"on Monday the 3rd, ahead", date(1991, 5, 20), "The plant will reopen on Monday the 3rd.",
			[]tagged{{"Monday the 3rd", "1991-06-03"}}},
		// the market's named crash days
		{"since Black Monday", date(1989, 10, 24), "It was the steepest fall since Black Monday.",
			[]tagged{{"Black Monday", "1987-10-19"}}},
		{"Black Monday's", date(1990, 3, 5), "Black Monday's losses took two years to recover.",
			[]tagged{{"Black Monday", "1987-10-19"}, {"two years", "P2Y"}}},
		{"Black Tuesday", date(1999, 10, 29), "Seventy years ago today came Black Tuesday.",
			[]tagged{{"Seventy years ago today", "1929-10-29"}, {"Black Tuesday", "1929-10-29"}}},
		{"a black Monday", date(1989, 10, 24), "It was a black Monday for the airline's shares.",
			[]tagged{{"Monday", "1989-10-23"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectTags(t, tt.text, tt.doc, tt.want) })
	}
}

func TestBusiness89QuarterByItsMonths(t *testing.T) {
	doc := date(1990, 4, 26)
	tests := []struct {
		name string
		text string
		want []tagged
	}{
		// three months ended on a quarter's last day are its figure's quarter
		{"a year earlier", "Net income for the three months ended March 31 rose to $7 million from $5.5 million a year earlier.",
			[]tagged{{"the three months", "P3M"}, {"March 31", "1990-03-31"}, {"a year earlier", "1989-Q1"}}},
		{"a year ago", "Sales in the three months ended March 31 were $90 million, against $84 million a year ago.",
			[]tagged{{"the three months", "P3M"}, {"March 31", "1990-03-31"}, {"a year ago", "1989-Q1"}}},
		{"the year-earlier period", "In the three months ended March 31, the bank lost $2 million, compared with a profit in the year-earlier period.",
			[]tagged{{"the three months", "P3M"}, {"March 31", "1990-03-31"}, {"the year-earlier period", "1989-Q1"}}},
		// six months are no quarter, and three that end mid-quarter a fiscal one
		{"six months", "Net for the six months ended March 31 rose to $13 million from $11 million a year earlier.",
			[]tagged{{"the six months", "P6M"}, {"March 31", "1990-03-31"}, {"a year earlier", "1989"}}},
		// the period just ended, its words after its noun
		{"the quarter just ended", "Orders in the quarter just ended were the strongest in two years.",
			[]tagged{{"the quarter just ended", "1990-Q1"}, {"two years", "P2Y"}}},
		{"the month just completed", "Car sales in the month just completed fell 4%.",
			[]tagged{{"the month just completed", "1990-03"}}},
		{"the year just ended on", "The fund's return in the year just ended on March 31 was 9%.",
			[]tagged{{"March 31", "1990-03-31"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectTags(t, tt.text, doc, tt.want) })
	}
}

func TestBusiness89IndexContracts(t *testing.T) {
	doc := date(1991, 1, 9)
	tests := []struct {
		name string
		text string
		want []tagged
	}{
		// a stock index's futures are named for the month they settle in, ahead
		{"the March S&P contract", "Trading in the March S&P contract was halted twice.",
			[]tagged{{"March", "1991-03"}}},
		{"S&P 500 futures", "The June S&P 500 futures fell 4 points.",
			[]tagged{{"June", "1991-06"}}},
		{"stock-index futures", "Traders sold the March stock-index futures heavily.",
			[]tagged{{"March", "1991-03"}}},
		// a contract of labor is signed in its month, gone
		{"a labor contract", "The union ratified the December labor contract.",
			[]tagged{{"December", "1990-12"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectTags(t, tt.text, doc, tt.want) })
	}
}

func TestBusiness89LatestPeriodOfMonth(t *testing.T) {
	doc := date(1990, 3, 6)
	tests := []struct {
		name string
		text string
		want []tagged
	}{
		// a monthly report's latest period is its month
		{"car sales", "Sales of domestic cars fell 9% in February. Chrysler's sales in the latest period dropped 14%.",
			[]tagged{{"February", "1990-02"}, {"the latest period", "1990-02"}}},
		{"same sentence", "Orders for machine tools rose 6% in January, and shipments in the latest period rose 2%.",
			[]tagged{{"January", "1990-01"}, {"the latest period", "1990-01"}}},
		// a quarter named keeps it the quarter's
		{"a quarter named", "Profit rose in the fourth quarter. Revenue in the latest period, helped by a strong December, rose 8%.",
			[]tagged{{"the fourth quarter", "1989-Q4"}, {"the latest period", "1989-Q4"}, {"December", "1989-12"}}},
		// with neither, the quarter last ended
		{"alone", "Sales in the latest period rose 3%.",
			[]tagged{{"the latest period", "1989-Q4"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectTags(t, tt.text, doc, tt.want) })
	}
}

func TestBusiness89IndexMonthAhead(t *testing.T) {
	doc := date(1990, 2, 7)
	tests := []struct {
		name string
		text string
		want []tagged
	}{
		// an index's or a rate's month is the one before its release, told ahead too
		{"the price index for January", "The consumer price index for January will be published Feb. 16.",
			[]tagged{{"January", "1990-01"}, {"Feb. 16", "1990-02-16"}}},
		{"the jobless rate for January", "The jobless rate for January, due Friday, is expected to hold.",
			[]tagged{{"January", "1990-01"}, {"Friday", "1990-02-09"}}},
		// a month three or more ahead is no release's
		{"a rate ahead", "The rate for June will be set in May.",
			[]tagged{{"June", "1990-06"}, {"May", "1990-05"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectTags(t, tt.text, doc, tt.want) })
	}
}

func TestBusiness89HabitAside(t *testing.T) {
	doc := date(1989, 11, 9)
	tests := []struct {
		name string
		text string
		want []tagged
	}{
		// a custom told in an aside stays there
		{"normally held in", "The co-op's members' meeting, normally held in April, was put off until Dec. 14.",
			[]tagged{{"April", "XXXX-04"}, {"Dec. 14", "1989-12-14"}}},
		{"usually paid in", "The bonus, usually paid in March, will come on Jan. 5.",
			[]tagged{{"March", "XXXX-03"}, {"Jan. 5", "1990-01-05"}}},
		// a custom the clause tells is its dates'
		{"the clause's custom", "The co-op normally holds its meeting in April.",
			[]tagged{{"April", "XXXX-04"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectTags(t, tt.text, doc, tt.want) })
	}
}
