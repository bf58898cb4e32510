package timex

import (
	"testing"
	"time"
)

// TestNewswireClasses checks classes of general newswire that heldout17's and heldout18's
// first runs showed (sentences of our own, none from the batches): each case lists every expression the tagger
// should find, by text and value.
func TestNewswireClasses(t *testing.T) {
	mar10 := time.Date(2001, 3, 10, 0, 0, 0, 0, time.UTC)
	apr12 := time.Date(2005, 4, 12, 0, 0, 0, 0, time.UTC)  // a Tuesday
	nov20 := time.Date(2006, 11, 20, 0, 0, 0, 0, time.UTC) // a Monday
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		// A hyphenated compound ending in -ed ("solar-powered", "family-owned") is an
		// adjective, no past verb: the modal of the clause dates the month (wire23); a prefix
		// keeps its verb ("re-elected").
		{"compound adjective before a month", apr12, "The city will open a solar-powered ferry terminal, its second on the river, in June.",
			[]tagged{{"June", "2005-06"}}},
		{"compound adjective of ownership", apr12, "Marlby will begin shipping a family-owned brand's teas in October.",
			[]tagged{{"October", "2005-10"}}},
		{"prefixed verb stays past", apr12, "The board re-elected its chairman in January.", []tagged{{"January", "2005-01"}}},

		// "as recently as" stresses how late the date after it is; it names no time itself.
		{"as recently as a year", mar10, "As recently as 1996, the county had three hospitals.", []tagged{{"1996", "1996"}}},
		{"as recently as a decade", mar10, "The bridge carried trains as recently as the 1960s.", []tagged{{"1960s", "196"}}},
		{"recently alone", mar10, "Tensions have recently eased.", []tagged{{"recently", "PAST_REF"}}},

		// A passive participle with its agent after a comma ("helped by", "driven largely
		// by") is no verb of the clause: the forecast before it keeps its tense.
		{"participle agent after a forecast", apr12, "Analysts expect exports to recover in October, driven largely by demand from Asia.",
			[]tagged{{"October", "2005-10"}}},
		{"participle agent in part", apr12, "The council hopes to finish the stadium in the summer, helped in part by a state grant.",
			[]tagged{{"summer", "2005-SU"}}},
		{"participle agent holds its own clause", apr12, "Growth should pick up in the fall, helped by a tax cut that lawmakers approved on Thursday.",
			[]tagged{{"fall", "2005-FA"}, {"Thursday", "2005-04-07"}}},
		{"participle agent after a past", apr12, "Sales rose in March, helped by Easter.", []tagged{{"March", "2005-03"}, {"Easter", "2005-03-27"}}},
		{"participle particle agent", apr12, "Fares are expected to rise in July, pushed up by fuel costs.", []tagged{{"July", "2005-07"}}},
		// "followed by", "preceded by" after a comma order two events and tell no tense
		{"followed by ahead", apr12, "The assembly will debate the plan next week, followed by a vote in June.",
			[]tagged{{"next week", "2005-W16"}, {"June", "2005-06"}}},
		{"followed by back", apr12, "The strike, followed by a lockout in January, cost the port $40 million.", []tagged{{"January", "2005-01"}}},

		// A deadline set by an order lies after the order, told in the past or not.
		{"ordered to by a day of the month", nov20, "A judge ordered the railroad to pay the fines by Feb. 15.", []tagged{{"Feb. 15", "2007-02-15"}}},
		{"told to by a weekday", nov20, "The mayor told city agencies to cut their budgets by Friday.", []tagged{{"Friday", "2006-11-24"}}},
		{"passive told to before", nov20, "Residents were told to leave their homes before Wednesday.", []tagged{{"Wednesday", "2006-11-22"}}},
		{"object with an aside", nov20, "The court ordered Harlan Mills, the former treasurer, to return the money by Jan. 10.",
			[]tagged{{"Jan. 10", "2007-01-10"}}},
		// the order's own date, and a deadline met, stay in the past
		{"order's own day", nov20, "The commission ordered the utility on Thursday to refund the charges.", []tagged{{"Thursday", "2006-11-16"}}},
		{"deadline of a pluperfect order", nov20, "The judge had ordered the company to pay the fine by Friday, but it did not.",
			[]tagged{{"Friday", "2006-11-17"}}},
		{"deadline met", nov20, "The utility refunded the charges by Friday, as regulators had asked.", []tagged{{"Friday", "2006-11-17"}}},

		// A day without its year set right after a year by "on" is that year's.
		{"holiday after last year", nov20, "The ferry sank last year, on Christmas Eve.", []tagged{{"last year", "2005"}, {"Christmas Eve", "2005-12-24"}}},
		{"holiday after a year", nov20, "In 2004 on Thanksgiving Day, the old bridge closed.", []tagged{{"2004", "2004"}, {"Thanksgiving Day", "2004-11-25"}}},
		{"month-day after last year", nov20, "She joined the agency last year, on Dec. 5.", []tagged{{"last year", "2005"}, {"Dec. 5", "2005-12-05"}}},
		// a year the figures are for, or a schedule's, says nothing of the day's year
		{"year of figures", time.Date(2008, 1, 20, 0, 0, 0, 0, time.UTC), "The chain reported record sales for 2007 on Jan. 10.",
			[]tagged{{"2007", "2007"}, {"Jan. 10", "2008-01-10"}}},
		{"year of a schedule", time.Date(2008, 1, 20, 0, 0, 0, 0, time.UTC), "The chain will report its results for 2007 on Feb. 12.",
			[]tagged{{"2007", "2007"}, {"Feb. 12", "2008-02-12"}}},
		// without "on" right after the year, the day is the publication's year
		{"day not apposed", nov20, "The plant opened in 2003 with 40 workers. It will close on Christmas Eve.",
			[]tagged{{"2003", "2003"}, {"Christmas Eve", "2006-12-24"}}},

		// Talk's count of weeks from a weekday: "a week ago Monday", "two weeks from Friday".
		{"weeks ago a weekday", nov20, "The ship left port two weeks ago Friday.", []tagged{{"two weeks ago Friday", "2006-11-03"}}},
		{"a week from a weekday", nov20, "The council votes a week from Wednesday.", []tagged{{"a week from Wednesday", "2006-11-29"}}},

		// A comparison a year back, told after a forecast of a quarter yet to end, is of the
		// quarter reported; in the forecast's own sentence it is the forecast's.
		{"comparison after a forecast", time.Date(2004, 1, 22, 0, 0, 0, 0, time.UTC),
			"Marlow Foods earned $56 million in the fourth quarter and said sales would slow in the first quarter. The profit compared with $48 million in the same quarter a year earlier.",
			[]tagged{{"the fourth quarter", "2003-Q4"}, {"the first quarter", "2004-Q1"}, {"the same quarter a year earlier", "2002-Q4"}}},
		{"figure of the year before after a forecast", time.Date(2004, 1, 22, 0, 0, 0, 0, time.UTC),
			"Marlow Foods earned $56 million in the fourth quarter. It forecast first-quarter sales of $2 billion. Sales were $1.9 billion in the same quarter a year earlier.",
			[]tagged{{"the fourth quarter", "2003-Q4"}, {"first-quarter", "2004-Q1"}, {"the same quarter a year earlier", "2003-Q1"}}},
		{"comparison in the forecast's sentence", time.Date(2004, 1, 22, 0, 0, 0, 0, time.UTC),
			"Marlow Foods earned $56 million in the fourth quarter. It expects first-quarter sales to rise 4% from the same quarter a year earlier.",
			[]tagged{{"the fourth quarter", "2003-Q4"}, {"first-quarter", "2004-Q1"}, {"the same quarter a year earlier", "2003-Q1"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}
