package timex

import (
	"testing"
	"time"
)

// Families of 1987-1992 business copy (heldout39's registers), with sentences of our own.
func TestBusinessCopyTermsAndExtensions(t *testing.T) {
	feb := time.Date(1989, 2, 15, 0, 0, 0, 0, time.UTC)
	jun := time.Date(1988, 6, 14, 0, 0, 0, 0, time.UTC) // a Tuesday
	apr := time.Date(1992, 4, 29, 0, 0, 0, 0, time.UTC)
	oct := time.Date(1991, 10, 17, 0, 0, 0, 0, time.UTC)
	may := time.Date(1990, 5, 2, 0, 0, 0, 0, time.UTC)
	jan := time.Date(1990, 1, 10, 0, 0, 0, 0, time.UTC)
	jul := time.Date(1990, 7, 25, 0, 0, 0, 0, time.UTC)
	feb91 := time.Date(1991, 2, 1, 0, 0, 0, 0, time.UTC)
	dec88 := time.Date(1988, 12, 2, 0, 0, 0, 0, time.UTC) // a Friday
	oct88 := time.Date(1988, 10, 17, 0, 0, 0, 0, time.UTC)
	jun91 := time.Date(1991, 6, 12, 0, 0, 0, 0, time.UTC)
	mar89 := time.Date(1989, 3, 13, 0, 0, 0, 0, time.UTC) // a Monday
	fri89 := time.Date(1989, 3, 10, 0, 0, 0, 0, time.UTC)
	jan92 := time.Date(1992, 1, 15, 0, 0, 0, 0, time.UTC)
	sep89 := time.Date(1989, 9, 20, 0, 0, 0, 0, time.UTC) // a Wednesday
	mar88 := time.Date(1988, 3, 14, 0, 0, 0, 0, time.UTC)
	may92 := time.Date(1992, 5, 20, 0, 0, 0, 0, time.UTC)
	jan91 := time.Date(1991, 1, 3, 0, 0, 0, 0, time.UTC)
	apr91 := time.Date(1991, 4, 3, 0, 0, 0, 0, time.UTC)
	oct91 := time.Date(1991, 10, 3, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		// "the latest quarter" in a fiscal calendar the story states is the fiscal quarter
		// last ended; without one, the calendar's.
		{"latest quarter of a June year", feb, "Dunlin Corp., whose fiscal year ends June 30, said profit in its fiscal second quarter rose 8%. Shipments in the latest quarter were a record.",
			[]tagged{{"fiscal second quarter", "1989-Q2"}, {"the latest quarter", "1989-Q2"}}},
		{"most recent quarter of a September year", feb, "The company's fiscal year ends Sept. 30. Orders in the most recent quarter fell 4%.",
			[]tagged{{"the most recent quarter", "1989-Q1"}}},
		{"latest quarter of the calendar", feb, "Orders in the latest quarter fell 4%.",
			[]tagged{{"the latest quarter", "1988-Q4"}}},
		// What is extended to a day runs to the one ahead, whatever the tense of extending.
		{"offer extended to midnight a weekday", jun, "Brisco Inc. extended its tender offer for Kell Corp. to midnight Friday.",
			[]tagged{{"Friday", "1988-06-17"}}},
		{"extended in the passive", jun, "The offer, which was to expire Monday, was extended to Friday.",
			[]tagged{{"Monday", "1988-06-13"}, {"Friday", "1988-06-17"}}},
		{"extended through a weekday", jun, "The deadline was extended through Thursday.",
			[]tagged{{"Thursday", "1988-06-16"}}},
		{"an expiry gone stays past", jun, "The offer expired at midnight Monday.",
			[]tagged{{"Monday", "1988-06-13"}}},
		// An estimate or a report of a quarter, told ahead, is of the quarter just ended.
		{"the quarter's estimate", apr, "The government will revise the first-quarter estimate next month.",
			[]tagged{{"first-quarter", "1992-Q1"}, {"next month", "1992-05"}}},
		{"the quarter's reports", apr, "Banks will issue first-quarter reports next week.",
			[]tagged{{"first-quarter", "1992-Q1"}, {"next week", "1992-W19"}}},
		{"a quarter ahead stays ahead", apr, "Analysts will raise their fourth-quarter estimates.",
			[]tagged{{"fourth-quarter", "1992-Q4"}}},
		// The quarter a figure followed is a term: "a year earlier" counts from the figure's.
		{"after a decline in last year's quarter", apr, "Output grew in the first quarter after a decline in last year's fourth quarter. Investment was 4 percent higher than a year earlier.",
			[]tagged{{"the first quarter", "1992-Q1"}, {"last year's fourth quarter", "1991-Q4"}, {"a year earlier", "1991-Q1"}}},
		{"followed a rise the sentence after", apr, "The economy grew 2 percent in the first quarter. That followed a rise of 0.4 percent in the fourth quarter. Exports were up 5 percent from a year earlier.",
			[]tagged{{"the first quarter", "1992-Q1"}, {"the fourth quarter", "1991-Q4"}, {"a year earlier", "1991-Q1"}}},
		// A month named after "from" is a term: the figure's month is the one a year back.
		{"a month's term before a year-back", oct, "Bad loans totaled $800 million at the end of September, up from $700 million at the end of June and $500 million a year earlier.",
			[]tagged{{"the end of September", "1991-09"}, {"the end of June", "1991-06"}, {"a year earlier", "1990-09"}}},
		// "the end of the decade" after a past decade its profile named is that decade's.
		{"the end of a decade named", may, "In the mid-1970s, he moved to Denver; by the end of the decade he owned three banks.",
			[]tagged{{"mid-1970s", "197"}, {"the end of the decade", "197"}}},
		// "a decade later" after a past decade named is the next decade; after a year named
		// since, ten years on.
		{"a decade later after a decade", may, "By the late 1970s, the chain had 300 stores; a decade later it had 1,200.",
			[]tagged{{"late 1970s", "197"}, {"a decade later", "198"}}},
		{"two decades later after a decade", may, "In the 1950s the town had six mills. Two decades later it had none.",
			[]tagged{{"1950s", "195"}, {"Two decades later", "197"}}},
		{"a decade later after a year named since", may, "He spent the 1960s in Europe and returned in 1972. A decade later he sold the business.",
			[]tagged{{"1960s", "196"}, {"1972", "1972"}, {"A decade later", "1982"}}},
		// "the final quarter" is the fourth; the final quarter of a season is none.
		{"the final quarter", jan, "Sales in the final quarter rose 4%.", []tagged{{"the final quarter", "1989-Q4"}}},
		{"the final quarter of a year", jan, "Profit fell in the final quarter of 1988.", []tagged{{"the final quarter of 1988", "1988-Q4"}}},
		{"the final quarter of a season", jan, "The final quarter of the season was a disaster.", nil},
		// "the year-earlier half" after a half named is that half a year back.
		{"the year-earlier half", jul, "Profit for the first half rose 12% from the year-earlier half.",
			[]tagged{{"the first half", "1990-H1"}, {"the year-earlier half", "1989-H1"}}},
		{"no half named", jul, "Profit rose 12% from the year-earlier half.", nil},
		{"last year's final quarter", feb91, "Productivity fell in last year's final quarter.", []tagged{{"last year's final quarter", "1990-Q4"}}},
		// A month's report, told ahead with its possessive, is of a month gone.
		{"a month's report told ahead", feb91, "The Labor Department will release January's employment report next Friday.",
			[]tagged{{"January", "1991-01"}, {"next Friday", "1991-02-08"}}},
		// A deadline set with "a" and its weekday lies ahead.
		{"a weekday deadline set", dec88, "The company set a Monday deadline for bids.", []tagged{{"Monday", "1988-12-05"}}},
		{"a midnight weekday deadline", dec88, "The union had set a midnight Tuesday deadline.", []tagged{{"Tuesday", "1988-12-06"}}},
		{"the weekday's deadline passed stays past", dec88, "The bidders missed Monday's deadline.", []tagged{{"Monday", "1988-11-28"}}},
		// A month or a day after "since" or "last" has come: one not yet come is last year's;
		// after "next", one gone is next year's.
		{"since a day not yet come", oct88, "The market has gained 14% since Oct. 19.", []tagged{{"Oct. 19", "1987-10-19"}}},
		{"last with a day", oct88, "The company was founded last Nov. 2.", []tagged{{"Nov. 2", "1987-11-02"}}},
		{"since a month not yet come", oct88, "Since November, the plant has been closed.", []tagged{{"November", "1987-11"}}},
		{"since a day gone", oct88, "The plant has been closed since Oct. 3.", []tagged{{"Oct. 3", "1988-10-03"}}},
		{"next with a day gone", oct88, "The hearing is set for next Oct. 3.", []tagged{{"Oct. 3", "1989-10-03"}}},
		// "that decade" is the past decade named just before; "the following spring" after a
		// season named with its year counts from that season.
		{"the end of that decade", jun91, "He spent most of the 1970s in London. By the end of that decade, he was running the firm's European business.",
			[]tagged{{"1970s", "197"}, {"the end of that decade", "197"}}},
		{"that decade with none named", jun91, "That decade was hard for everyone.", nil},
		{"the following spring after a season's year", jun91, "In the spring of 1989, the chain opened its 100th store. By the following spring, it had 130.",
			[]tagged{{"spring of 1989", "1989-SP"}, {"the following spring", "1990-SP"}}},
		// A market's week told in the past on a Monday is the week that ended with Friday.
		{"ended the week told on a Monday", mar89, "The Dow lost 30 points Friday but ended the week up 10 points.",
			[]tagged{{"Friday", "1989-03-10"}, {"the week", "1989-W10"}}},
		{"fell for the week told on a Monday", mar89, "The average fell 40 points for the week.", []tagged{{"the week", "1989-W10"}}},
		{"down for the week in the present", mar89, "The average is down 40 points for the week.", []tagged{{"the week", "1989-W11"}}},
		{"ended the week told on a Friday", fri89, "The Dow lost 30 points today but ended the week up 10 points.",
			[]tagged{{"today", "1989-03-10"}, {"the week", "1989-W10"}}},
		// A quarter whose last day an aside names with an abbreviated month is dated by it.
		{"a quarter ended on an abbreviated month told ahead", jan92, "Results for its fiscal third quarter, which ended Dec. 31, will be weak.",
			[]tagged{{"fiscal third quarter", "1992-Q3"}, {"Dec. 31", "1991-12-31"}}},
		{"with the day's year", jan92, "Results for its fiscal third quarter, which ended Dec. 31, 1991, were weak.",
			[]tagged{{"fiscal third quarter", "1992-Q3"}, {"Dec. 31, 1991", "1991-12-31"}}},
		// "until the close of business Monday" reads as "until Monday".
		{"until the close of business a weekday", sep89, "Kessel's directors have until the close of business Monday to respond.",
			[]tagged{{"Monday", "1989-09-25"}}},
		{"at the close of trading a weekday gone", sep89, "The stock was halted at the close of trading Monday.",
			[]tagged{{"Monday", "1989-09-18"}}},
		// A newswire table's "qtr" is a quarter.
		{"a wire's qtr", mar88, "Fourth qtr net profit rose to 12 mln dlrs from 10 mln.", []tagged{{"Fourth qtr", "1987-Q4"}}},
		// A year-back comparing a figure, a sentence or two after the figure's month, is that
		// month a year back; a month after a word of sequence, or told from the month just
		// named, is a term.
		{"a year earlier the sentence after a month's figure", may92, "Housing starts fell 3 percent in April, after a 6 percent rise in March. Starts were up 12 percent from a year earlier.",
			[]tagged{{"April", "1992-04"}, {"March", "1992-03"}, {"a year earlier", "1991-04"}}},
		{"no comparison stays the year", may92, "Sales rose 5% in March. A year earlier, the company was in bankruptcy.",
			[]tagged{{"March", "1992-03"}, {"A year earlier", "1991"}}},
		{"a year named since", may92, "Sales rose 5% in March. In 1991 the chain lost money. Sales were up 12 percent from a year earlier.",
			[]tagged{{"March", "1992-03"}, {"1991", "1991"}, {"a year earlier", "1991"}}},
		// Results named "for" a quarter told ahead are of the quarter just ended.
		{"a loss for the fourth quarter told in January", jan91, "The bank expects to report a loss for the fourth quarter.",
			[]tagged{{"the fourth quarter", "1990-Q4"}}},
		{"earnings for the first quarter told in April", apr91, "Analysts expect earnings for the first quarter to fall.",
			[]tagged{{"the first quarter", "1991-Q1"}}},
		{"a profit for the current quarter's number", oct91, "The company expects a profit for the fourth quarter.",
			[]tagged{{"the fourth quarter", "1991-Q4"}}},
		{"the end of the decade ahead", may, "In the 1970s the bank grew fast, and it will double again by the end of the decade.",
			[]tagged{{"1970s", "197"}, {"the end of the decade", "199"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}
