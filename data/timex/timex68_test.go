package timex

import "testing"

// A year or a month and year that labels a line of a timeline, before a colon and a
// capitalized word, is a date, and the narrative anchors after it count from it; four digits
// glued to a colon inside a line, a log of the hours and a year far past the telling stay
// untagged.
func TestTimelineYearLabel(t *testing.T) {
	run47(t, []case47{
		{"year lines", date(2016, 9, 22), "Milestones:\n\n1887: Samuel Harwick buys a sawmill. Two years later it ships paper by rail.\n\n1929: Harwick lists its shares. That fall, it cuts wages.",
			[]tagged{{"1887", "1887"}, {"Two years later", "1889"}, {"1929", "1929"}, {"That fall", "1929-FA"}}},
		{"month and year line", date(2009, 3, 2), "Key dates:\nMarch 2001: The bank closes its branch in Akron. Eight months later, it closes another.\n1958: Founders open a store in Tulsa.",
			[]tagged{{"March 2001", "2001-03"}, {"Eight months later", "2001-11"}, {"1958", "1958"}}},
		// near misses: inside a line, a log of hours, a year far ahead of the telling
		{"inside a line", date(2016, 9, 22), "The final tally was 1200: Smith won easily.",
			nil},
		{"hours", date(2016, 9, 22), "0830: Troops enter the town.\n1215: Shelling stops.",
			nil},
		{"far ahead", date(2016, 9, 22), "2150: Colony ships reach Mars.",
			nil},
	})
}

// "A year earlier" that opens its sentence, or told in the pluperfect, after a year the
// sentence before named is the year before that one; a comparison later in the sentence and a
// year named two sentences back keep the telling's year.
func TestYearEarlierNarrative(t *testing.T) {
	run47(t, []case47{
		{"opens its sentence", date(2008, 6, 16), "He joined the carrier as head of operations in 1996. A year earlier, the company had bought two rivals.",
			[]tagged{{"1996", "1996"}, {"A year earlier", "1995"}}},
		{"pluperfect", date(2008, 6, 16), "She joined the bank in 1994. Her husband had left it a year earlier.",
			[]tagged{{"1994", "1994"}, {"a year earlier", "1993"}}},
		{"after last year", date(2008, 6, 16), "Sales were $612 million last year. A year earlier, they were $500 million.",
			[]tagged{{"last year", "2007"}, {"A year earlier", "2006"}}},
		// near misses: a comparison inside the sentence, a year two sentences back
		{"comparison", date(2008, 6, 16), "The plant opened in 1996. Its output was higher than a year earlier.",
			[]tagged{{"1996", "1996"}, {"a year earlier", "2007"}}},
		{"two sentences back", date(2008, 6, 16), "The plant opened in 1996. It grew. A year earlier, the town had voted for it.",
			[]tagged{{"1996", "1996"}, {"A year earlier", "2007"}}},
	})
}

// "a year after that", "two years before that", "six months after that" count from the last
// year or month named, as "two years later" does; "that" before a noun names an event and is
// left.
func TestAmountAfterThat(t *testing.T) {
	run47(t, []case47{
		{"a year after that", date(2019, 12, 5), "She became president in 2003 and chief executive a year after that.",
			[]tagged{{"2003", "2003"}, {"a year after that", "2004"}}},
		{"before that, in a clause", date(2019, 12, 5), "The mine shut in 2001; its owner sold the smelter two years before that.",
			[]tagged{{"2001", "2001"}, {"two years before that", "1999"}}},
		{"months, a subject after", date(2019, 12, 5), "The bank opened in March 1986. Six months after that, it closed a branch.",
			[]tagged{{"March 1986", "1986-03"}, {"Six months after that", "1986-09"}}},
		{"chained", date(2019, 12, 5), "The firm merged in 2001. A year after that, it cut jobs. A decade after that it closed.",
			[]tagged{{"2001", "2001"}, {"A year after that", "2002"}, {"A decade after that", "2012"}}},
		// near miss: "that" before a noun is an event's
		{"that merger", date(2019, 12, 5), "The firm merged in 2001. A year after that merger, it cut jobs.",
			[]tagged{{"2001", "2001"}}},
	})
}

// "future" after "no" or "little", ending its noun phrase, is a noun of prospects and no
// time; the adjective before a noun and "in the future" keep the time ahead.
func TestProspectsFuture(t *testing.T) {
	run47(t, []case47{
		{"had no future", date(2019, 12, 5), `"People told me a small mutual had no future," Sandoval said.`,
			nil},
		{"little future for", date(2019, 12, 5), "Bankers saw little future for the mill in 1982.",
			[]tagged{{"1982", "1982"}}},
		{"no real future in", date(2019, 12, 5), "There is no real future in coal, he said.",
			nil},
		// near misses: an adjective, the time ahead
		{"no future sales", date(2019, 12, 5), "No future sales are planned, the company said.",
			[]tagged{{"future", "FUTURE_REF"}}},
		{"in the future", date(2019, 12, 5), "The company will have no say in the future.",
			[]tagged{{"the future", "FUTURE_REF"}}},
	})
}

// "Today" opening a sentence that states, with a figure and a present of state, what a
// company or a place has or does after a story told years back is the present
// (PRESENT_REF); without the figure, in the past, after a recent year or alone it stays the
// day.
func TestTodayNowadays(t *testing.T) {
	run47(t, []case47{
		{"runs tractors", date(2008, 6, 16), `He took over in October 2004. "It's a fuel company," he said. Today, Pell River runs 1,900 tractors.`,
			[]tagged{{"October 2004", "2004-10"}, {"Today", "PRESENT_REF"}}},
		{"carries cars", date(2008, 6, 16), "The bridge opened in 1931. Today it carries 9,000 cars a day.",
			[]tagged{{"1931", "1931"}, {"Today", "PRESENT_REF"}}},
		// near misses: no figure, a past, a recent year, no story
		{"no figure", date(1998, 3, 4), "She lost her leg to a mine in 1989. Today she teaches children in her village which paths to avoid.",
			[]tagged{{"1989", "1989"}, {"Today", "1998-03-04"}}},
		{"past", date(2008, 6, 16), "The company was founded in 1961. Today the company said it earned $5 million.",
			[]tagged{{"1961", "1961"}, {"Today", "2008-06-16"}}},
		{"recent year", date(2008, 6, 16), "The company was founded in 2007. Today it employs 400 people.",
			[]tagged{{"2007", "2007"}, {"Today", "2008-06-16"}}},
		{"alone", date(2008, 6, 16), "Today, the plant employs 400 people.",
			[]tagged{{"Today", "2008-06-16"}}},
	})
}

// The regular pasts of four letters ("died", "sued") tell the past as the longer -ed forms
// do, so a schedule's present earlier in the sentence ("kept them open on Sundays") does not
// send the day or the month ahead; a passive after "will be" stays ahead.
func TestShortRegularPast(t *testing.T) {
	run47(t, []case47{
		{"died on Monday", date(2003, 11, 20), "Ruth Kessler, who ran the shops and kept them open on Sundays in defiance of the state's laws, died on Monday at her home.",
			[]tagged{{"Monday", "2003-11-17"}}},
		{"died in March", date(2003, 11, 20), "The founder, who kept the plant open on Saturdays, died in March.",
			[]tagged{{"March", "2003-03"}}},
		// near miss: a passive after "will be" lies ahead
		{"will be sued", date(2003, 11, 20), "The chain, which opens its stores on Sundays, will be sued on Monday.",
			[]tagged{{"Monday", "2003-11-24"}}},
	})
}

// "last year" after "from" or "with" and a noun phrase of no figure and no period is the year
// a deal was made, not a results story's quarter a year back; a figure, a period's word or
// nothing between keep the comparison.
func TestSourceNotTerm(t *testing.T) {
	run47(t, []case47{
		{"an offer from", date(2008, 6, 16), "It reported first-quarter net income of $4.2 million in April. People close to the board said he turned down an offer from a larger carrier last year.",
			[]tagged{{"first-quarter", "2008-Q1"}, {"April", "2008-04"}, {"last year", "2007"}}},
		{"a contract with", date(2008, 6, 16), "Net income in the first quarter rose to $5 million. The company won a contract with a state agency last year.",
			[]tagged{{"the first quarter", "2008-Q1"}, {"last year", "2007"}}},
		// near misses: a figure, nothing, a word of results between
		{"from a figure", date(2008, 6, 16), "Net income in the first quarter rose to $5 million from $4 million last year.",
			[]tagged{{"the first quarter", "2008-Q1"}, {"last year", "2007-Q1"}}},
		{"compared with", date(2008, 6, 16), "Net income in the first quarter rose 8 percent compared with last year.",
			[]tagged{{"the first quarter", "2008-Q1"}, {"last year", "2007-Q1"}}},
		{"from results", date(2008, 6, 16), "Net income in the first quarter was up sharply from the weak results last year.",
			[]tagged{{"the first quarter", "2008-Q1"}, {"last year", "2007-Q1"}}},
	})
}

// A month after a quarter's figure reported "in" it is when the figure came out, so "a year
// earlier" compares the quarter; a month's own figure keeps the month.
func TestReportedInMonth(t *testing.T) {
	run47(t, []case47{
		{"reported in April", date(2008, 6, 16), "It reported first-quarter net income of $4.2 million in April, down from $6.1 million a year earlier.",
			[]tagged{{"first-quarter", "2008-Q1"}, {"April", "2008-04"}, {"a year earlier", "2007-Q1"}}},
		{"posted in November", date(2008, 6, 16), "The bank posted a third-quarter loss of $3 million in November, against a profit of $2 million a year earlier.",
			[]tagged{{"third-quarter", "2007-Q3"}, {"November", "2007-11"}, {"a year earlier", "2006-Q3"}}},
		// near misses: a month's own figure
		{"April sales", date(2008, 6, 16), "Its first-quarter sales rose, and April sales were up 3% from a year earlier.",
			[]tagged{{"first-quarter", "2008-Q1"}, {"April", "2008-04"}, {"a year earlier", "2007-04"}}},
		{"sales in April", date(2008, 6, 16), "Sales in April rose 3% from a year earlier.",
			[]tagged{{"April", "2008-04"}, {"a year earlier", "2007-04"}}},
	})
}

// A weekday dating a present of saying, in a headline's wording or on a timeline's line, is
// the day gone; "will say" and a schedule's present keep it ahead.
func TestSayingPresentDay(t *testing.T) {
	run47(t, []case47{
		{"says Wednesday", date(2016, 9, 22), "Harwick says Wednesday it will close the mill.",
			[]tagged{{"Wednesday", "2016-09-21"}}},
		{"timeline line", date(2016, 9, 22), "Milestones:\n2013: The mill closes.\n\nWednesday: Harwick says the mill will close.",
			[]tagged{{"2013", "2013"}, {"Wednesday", "2016-09-21"}}},
		{"warns on Monday", date(2016, 9, 22), "The union warns on Monday that the plant will close.",
			[]tagged{{"Monday", "2016-09-19"}}},
		// near misses: a future of saying, a schedule's present, a timeline's future
		{"will say", date(2016, 9, 22), "Harwick will say Wednesday whether it will close the mill.",
			[]tagged{{"Wednesday", "2016-09-28"}}},
		{"reports", date(2016, 9, 22), "Harwick reports results Friday.", // yesterday's is gone (timex75.go)
			[]tagged{{"Friday", "2016-09-23"}}},
		{"timeline future", date(2016, 9, 22), "Friday: Harwick will say whether the mill closes.",
			[]tagged{{"Friday", "2016-09-23"}}},
	})
}
