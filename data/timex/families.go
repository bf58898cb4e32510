package timex

import (
	"strings"
	"time"
)

// patternRules are the families written as patterns (see pattern.go), the specific before the
// general: among matches of the same length, the first rule's wins ("last year" in a sentence
// about a quarter is comparable-period's before relative-unit's).
func patternRules() []rule {
	return []rule{
		// Dates in digits.
		{name: "iso-date", starts: []string{"#num"}, doc: "ISO 8601 calendar dates", pattern: "%d4 +- +%d2 +- +%d2", norm: normISODate,
			examples: []Example{{"The filing is dated 2007-08-13.", "2007-08-13", "2007-08-13"}}},
		{name: "slash-date", starts: []string{"#num"}, doc: "dates with slashes, month first unless it cannot be", pattern: "%d2 +/ +%d2 +/ +%d24", norm: normSlashDate,
			examples: []Example{{"Filed 08/13/2007 with regulators.", "08/13/2007", "2007-08-13"}, {"Due on 25/12/07.", "25/12/07", "2007-12-25"}}},

		// Years of accounts.
		{name: "year-end", doc: "year-end, year end: the end of the publication's year, the last one early in a year told in the past", pattern: "year -? end", norm: normYearEnd,
			examples: []Example{{"The merger should close by year-end.", "year-end", "2007"}, {"He will step down at year end.", "year end", "2007"},
				{"Debt rose to $9 million at June 30 from $6 million at year-end.", "year-end", "2006"},
				// a year written after it is the one that ends
				{"The plant will be sold by year-end 2009.", "year-end 2009", "2009"}}},
		{name: "fiscal-year", starts: []string{"fiscal"}, doc: "fiscal 1988, fiscal year 2008, Fiscal 08", pattern: "fiscal -? year? %digits", norm: normFiscalYear,
			examples: []Example{{"Guidance for fiscal 2008 was raised.", "fiscal 2008", "2008"}, {"Fiscal 09 looks better.", "Fiscal 09", "2009"},
				{"Its fiscal-year 2008 plan was cut.", "fiscal-year 2008", "2008"}}},
		{name: "future", doc: "future, the noun for the time after now", pattern: "future", norm: normFuture,
			examples: []Example{{"The plan shapes future growth.", "future", "FUTURE_REF"},
				{"Its future products will be cheaper.", "future", "FUTURE_REF"}}},

		// A year written in the phrase wins over the reference.
		{name: "year-period", starts: []string{"#num", "@number"}, doc: "a year before the nth quarter or half it dates",
			pattern: "%year %ordinal -? quarter|half", norm: normYearPeriod,
			examples: []Example{{"It reported a 1987 first quarter loss.", "1987 first quarter", "1987-Q1"},
				{"The 2006 fourth-quarter charge hurt.", "2006 fourth-quarter", "2006-Q4"}}},

		// Spelled-out years of broadcast transcripts.
		{name: "spelled-year", starts: []string{"the", "year", "@number"}, doc: "years in words: nineteen ninety-six, the year two thousand",
			pattern: "the? year? %year", norm: normSpelledYear,
			examples: []Example{{"He left in nineteen ninety-six.", "nineteen ninety-six", "1996"},
				{"Computers were tested for the year two thousand.", "the year two thousand", "2000"},
				{"Profit rose on sales to companies getting ready for the year 2000.", "the year 2000", "2000"},
				{"It was built in nineteen oh five.", "nineteen oh five", "1905"},
				{"It was nineteen seventy-two when the mill closed.", "nineteen seventy-two", "1972"},
				{"Stocks ended nineteen ninety-nine near record highs.", "nineteen ninety-nine", "1999"},
				// a year opening its sentence, before its verb
				{"Nineteen ninety-five has been a hard year for growers.", "Nineteen ninety-five", "1995"},
				{"Nineteen eighty-eight will be remembered for the drought.", "Nineteen eighty-eight", "1988"},
				// a year compared with: "over" or "than" and the year, nothing counted after it
				{"Sales rose two percent over two thousand six, the best in years.", "two thousand six", "2006"}}},
		{name: "month-spelled-year", starts: []string{"@month"}, doc: "a month and a year in words",
			pattern: "%month ,|of? %year", norm: normMonthSpelledYear,
			examples: []Example{{"The law passed in January nineteen ninety-seven.", "January nineteen ninety-seven", "1997-01"},
				{"The mill shut in March of nineteen ninety-eight.", "March of nineteen ninety-eight", "1998-03"}}},
		{name: "month-word-day", starts: []string{"@month"}, doc: "a month and its day in words, with a year or not: March third, nineteen ninety-eight",
			pattern: "%month the? %wordord ,? %year?", norm: normMonthWordDay,
			examples: []Example{{"The vote was held on March third, nineteen ninety-eight.", "March third, nineteen ninety-eight", "1998-03-03"},
				{"Polls close on November the twenty-first.", "November the twenty-first", "2007-11-21"}}},
		{name: "word-day-of-month", starts: []string{"the", "@ordinal"}, doc: "a day in words before its month: the first of November, the twenty-third of May, 1996; Fourth of July capitalized",
			pattern: "the? %wordord of %month ,? %year?", norm: normWordDayOfMonth,
			examples: []Example{{"The state wants a report by the first of November.", "the first of November", "2007-11-01"},
				{"It opened on the twenty-third of May, nineteen ninety-six.", "the twenty-third of May, nineteen ninety-six", "1996-05-23"},
				{"Fireworks were banned for the Fourth of July weekend.", "the Fourth of July weekend", "2007-W27-WE"},
				// without the article, a capitalized ordinal names the day ("July" alone is none here)
				{"Lawmakers left for their Fourth of July recess.", "Fourth of July", "2007-07-04"}}},
		{name: "spelled-decade", starts: []string{"the", "@number"}, doc: "a decade in words with its century: the nineteen-nineties",
			pattern: "the? eighteen|nineteen|twenty -? %decade", norm: normSpelledDecade,
			examples: []Example{{"Rates soared in the nineteen-seventies.", "nineteen-seventies", "197"}}},

		{name: "spelled-two-thousands", starts: []string{"the", "@number"}, doc: "the two-thousands, the two thousands: the decade from 2000, as a broadcast says it",
			pattern: "the? two -? thousands", norm: func(m *matcher, x *match) (cand, bool) {
				c := cand{typ: "DATE", val: "200", gran: gDecade, by: ByAbsolute}
				if x.has(0) {
					c.skip = 1
				}
				return c, true
			},
			examples: []Example{{"Prices rose through the two-thousands.", "two-thousands", "200"}}},

		// Decades in words.
		{name: "decade-word", doc: "the twenties to the nineties, the 1990s",
			pattern: "the %decade", norm: normDecadeWord,
			examples: []Example{{"Tech stocks boomed in the nineties.", "nineties", "199"}}},
		{name: "decade-word-conjunct", starts: []string{"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"},
			doc:     "the second of two decades in words that share the first one's article: the fifties and sixties",
			pattern: "%decade", norm: normDecadeConjunct,
			examples: []Example{{"The mills ran day and night through the twenties and thirties.", "thirties", "193"},
				{"Prices doubled between the nineteen sixties and seventies.", "seventies", "197"}}},

		{name: "decade-two-digits", doc: "the 90s, the mid-90s, the late 80s: a decade in two digits after its article and a preposition of time, in a sentence that speaks of no figure it could be (a temperature, a price, a score)",
			pattern: "the early|late|mid? -? %decade2", norm: normDecadeTwoDigits,
			examples: []Example{{"Rents climbed steadily through the mid-90s.", "mid-90s", "199"}, {"The mill has been idle since the 80s.", "80s", "198"}}},

		// The present, the past and the future as such.
		{name: "present-ref", doc: "currently, these days, at present, at the moment, nowadays",
			pattern: "currently|nowadays|these|at", norm: normPresentRef,
			examples: []Example{{"The company currently employs 3,000 people.", "currently", "PRESENT_REF"},
				{"These days investors want growth.", "These days", "PRESENT_REF"},
				{"At present the plant is idle.", "present", "PRESENT_REF"}}},
		{name: "to-date", doc: "to date: up to the present (not up to date, out of date)",
			pattern: "to date", norm: normToDate,
			examples: []Example{{"To date, the trial has enrolled 300 patients.", "To date", "PRESENT_REF"},
				{"Sales to date total $5 million.", "to date", "PRESENT_REF"}}},
		{name: "current", doc: "current before a noun that is not a unit or an accounting term: the present",
			pattern: "current", norm: normCurrent,
			examples: []Example{{"He travels with his current wife.", "current", "PRESENT_REF"},
				// a results story's period is the quarter
				{"The company said profit would rise in the current period.", "current period", "2007-Q3"}}},
		{name: "past-ref", doc: "recently, lately, recent years: some time before now",
			pattern: "recently|lately", norm: normRecently,
			examples: []Example{{"Shares have recently fallen.", "recently", "PAST_REF"}}},
		{name: "recent-years", doc: "recent years, recent months, recent weeks",
			pattern: "recent years|months|weeks|decades", norm: normPastRef,
			examples: []Example{{"Prices rose in recent years.", "recent years", "PAST_REF"}}},
		{name: "the-other-day", doc: "the other day: a day not long before the telling, not named",
			pattern: "the other day", norm: normOtherDay,
			examples: []Example{{"A trader told me the other day that rates would fall.", "the other day", "PAST_REF"}}},
		{name: "future-ref", doc: "soon, in a clause not in the past",
			pattern: "soon", norm: normFutureRef,
			examples: []Example{{"The company will soon list its shares.", "soon", "FUTURE_REF"}, {"Investors expect a deal soon.", "soon", "FUTURE_REF"}}},
		{name: "near-term", doc: "the near term, the near future, the foreseeable future",
			pattern: "the near|foreseeable|immediate term|future", norm: normFutureRef,
			examples: []Example{{"Margins will stay thin in the near term.", "the near term", "FUTURE_REF"},
				{"No cuts are planned for the foreseeable future.", "the foreseeable future", "FUTURE_REF"}}},
		{name: "units-ahead", doc: "the months ahead, the years to come: the future of the telling",
			pattern: "the weeks|months|years|decades ahead|to come?", norm: normUnitsAhead,
			examples: []Example{{"Demand should recover in the months ahead.", "the months ahead", "FUTURE_REF"},
				{"The plant will run for the years to come.", "the years to come", "FUTURE_REF"}}},
		{name: "units-ago", starts: []string{"some", "many", "years", "decades", "months"}, doc: "years ago, some years ago, decades ago: an unsaid while before now",
			pattern: "some|many? years|decades|months ago", norm: normUnitsAgo, // timex41.go
			examples: []Example{{"Years ago the firm made only radios.", "Years ago", "PAST_REF"},
				{"Some years ago the firm made only radios.", "Some years ago", "PAST_REF"}}},

		// Financial-report conventions.
		{name: "comparable-period", doc: "a year earlier, a year ago, last year in a sentence about a quarter: that quarter a year before",
			pattern: "a|last year earlier|ago|before?", norm: normComparable,
			examples: []Example{{"Third-quarter profit rose to $5 million from $4 million a year earlier.", "a year earlier", "2006-Q3"},
				{"Sales in the second quarter fell 3% from last year.", "last year", "2006-Q2"},
				// a comparison of figures two sentences after its quarter
				{"It lost money in the second quarter. A year before it had earned $9 million. Sales fell to $80 million from $95 million last year.", "last year", "2006-Q2"},
				{"Profit for the third quarter was $5 million. A year earlier it was $4 million.", "A year earlier", "2006-Q3"},
				// a month's figure against a year ago
				{"Orders in May were 6% above a year earlier.", "a year earlier", "2006-05"},
				// "a year before" ending its phrase is "a year earlier"
				// a half named after the quarter is the period compared
				{"Profit fell in the second quarter. For the first half, it earned $9 million, down from $12 million a year earlier.", "a year earlier", "2006-H1"},
				{"Stocks of grain stood at 80 million bushels at the end of May, down from 95 million a year before.", "a year before", "2006-05"},
				{"The refiner earned $12 million in the second quarter, up from $9 million a year before.", "a year before", "2006-Q2"}}},
		{name: "fiscal-relative", doc: "the current, this, last or next fiscal year",
			pattern: "the? current|this|last|next|previous|new|coming fiscal year", norm: normFiscalRelative,
			examples: []Example{{"It expects growth in the current fiscal year.", "the current fiscal year", "2007"},
				{"Losses narrowed from last fiscal year.", "last fiscal year", "2006"},
				{"Fiscal 2008 began in July, and the current fiscal year will bring cuts.", "the current fiscal year", "2008"},
				{"Its fiscal year ends June 30; sales will rise in the current fiscal year.", "the current fiscal year", "2008"},
				// "the new fiscal year" is the next one, or the one just begun in its first months
				{"Its fiscal year ends Sept. 30; the mill will reopen in the new fiscal year.", "the new fiscal year", "2008"},
				{"Its fiscal year ends June 30; sales slowed in the new fiscal year.", "the new fiscal year", "2008"},
				{"Hiring will pick up in the coming fiscal year.", "the coming fiscal year", "2008"}}},
		{name: "full-year", doc: "the full year, the whole year: the story's year, the last one early in a year told in the past",
			pattern: "the? full|whole -? year %year?", norm: normFullYear,
			examples: []Example{{"The company raised its forecast for the full year.", "the full year", "2007"},
				// a wire report's "the whole year" is its forecast's year, as "the full year" is
				{"The ministry expects exports to grow 8 percent for the whole year.", "the whole year", "2007"},
				{"Full-year 2006 sales rose.", "Full-year 2006", "2006"}}},
		{name: "latest-quarter", doc: "the latest quarter, the most recent quarter or month: the last one ended before publication; the latest period: the quarter the story named, else the same",
			pattern: "the most? latest|recent quarter|period|month", norm: normLatestQuarter,
			examples: []Example{{"Sales grew 20% in the latest quarter.", "the latest quarter", "2007-Q2"},
				{"Profit rose in the fourth quarter of 2006. In the latest period, sales grew 5%.", "the latest period", "2006-Q4"},
				{"Sales grew 20% in the most recent period.", "the most recent period", "2007-Q2"},
				// the quarter a results story reports, however far back its lede named it
				{"Dunmore Mills said profit for its fiscal third quarter rose 9%. The paper maker cut 200 jobs in July. Its chairman, Al Reyes, retired in 2006. Shipments in the latest period were the highest in a decade.", "the latest period", "2007-Q3"},
				// a monthly report's latest month: the last one ended
				{"Factory orders rose 0.6% in the latest month, the Commerce Department said.", "the latest month", "2007-07"},
				{"Inventories fell in the most recent month.", "the most recent month", "2007-07"}}},

		// Recurrences.
		{name: "set", doc: "every or each unit, and daily, weekly, monthly, quarterly, annually: TIMEX3 SET",
			pattern: "every|each %unit", norm: normSet,
			examples: []Example{{"It pays a dividend every quarter.", "every quarter", "P3M"}}},
		{name: "set-weekday", doc: "every or each weekday: TIMEX3 SET, no date",
			pattern: "every|each %weekday", norm: normSetCalendar,
			examples: []Example{{"The market opens every Saturday.", "every Saturday", "XXXX-WXX-6"}}},
		{name: "set-nth-weekday", starts: []string{"the", "@ordinal"}, doc: "the first Tuesday of every month: TIMEX3 SET, no date",
			pattern: "the? %ordinal %weekday of every|each month", norm: func(m *matcher, x *match) (cand, bool) {
				return cand{typ: "SET", val: "XXXX-XX-WXX-" + itoa(m.toks[x.tok(2)].lex.val), by: ByAbsolute}, true
			},
			examples: []Example{{"The council meets the second Monday of each month.", "the second Monday of each month", "XXXX-XX-WXX-1"}}},
		{name: "set-month", doc: "every or each month of the year: TIMEX3 SET, no date",
			pattern: "every|each %month", norm: normSetCalendar,
			examples: []Example{{"Each January the board sets the budget.", "Each January", "XXXX-01"}}},
		{name: "set-adverb", doc: "daily, weekly, monthly, quarterly, annually, yearly",
			pattern: "daily|weekly|monthly|quarterly|annually|yearly", norm: normSet,
			examples: []Example{{"Sales are reported monthly.", "monthly", "P1M"}}},

		// The weekend.
		{name: "weekend", doc: "the weekend: a date by the tense of its clause, a duration after over",
			pattern: "the weekend", norm: normWeekend,
			examples: []Example{{"The deal was agreed during the weekend.", "the weekend", "2007-W32-WE"},
				{"The talks will resume at the weekend.", "the weekend", "2007-W33-WE"},
				{"Talks went on over the weekend.", "the weekend", "P2D"},
				{"Over the weekend, both sides traded offers.", "the weekend", "P2D"}}},

		{name: "holiday-weekend", starts: []string{"the"}, doc: "the holiday weekend: the weekend of the long-weekend holiday nearest the story's day, else as the weekend",
			pattern: "the long? holiday weekend", norm: normHolidayWeekend,
			examples: []Example{{"Police will add patrols for the long holiday weekend.", "the long holiday weekend", "2007-W35-WE"},
				// told in the past with no holiday just before: the weekend just past
				{"Highway deaths rose over the holiday weekend.", "the holiday weekend", "2007-W32-WE"}}},

		// Relative to the publication: last, next, this, past, coming, previous, following,
		// recent, current.
		{name: "relative-weekday", doc: "last, next or this and a weekday", pattern: "last|next|this %weekday", norm: relNorm((*matcher).relWeekday),
			examples: []Example{{"It closed last Friday.", "last Friday", "2007-08-10"}, {"It opens next Monday.", "next Monday", "2007-08-20"},
				// the nearest one, even in the publication's own week (Friday's Wednesday)
				{"The plant shut down last Wednesday.", "last Wednesday", "2007-08-15"},
				// but not the day before or after the publication: that is a week further
				{"The plant shut down last Thursday.", "last Thursday", "2007-08-09"},
				{"The union meets next Saturday.", "next Saturday", "2007-08-25"}}},
		{name: "relative-month", doc: "last, next or this and a month", pattern: "last|next|this %month", norm: relNorm((*matcher).relMonth),
			examples: []Example{{"Sales fell last November.", "last November", "2006-11"}, {"It ships next March.", "next March", "2008-03"},
				{"The law takes effect next September.", "next September", "2008-09"}}},
		{name: "relative-season", starts: []string{"@rel"}, doc: "a relative word and a season", pattern: "%relative %season", norm: func(m *matcher, x *match) (cand, bool) {
			return m.seasonRel(x.tok(0), x.tok(1), m.toks[x.tok(0)].lex.val)
		}, examples: []Example{{"It launched last spring.", "last spring", "2007-SP"}, {"It ships next winter.", "next winter", "2007-WI"},
			// "this" and the season about to begin, whatever the nearest verb's tense
			{"Inspectors examined the plant in May and are due back this fall.", "this fall", "2007-FA"}}},
		{name: "relative-holiday", doc: "last, next or this and a holiday", pattern: "last|next|this %holiday", norm: relNorm((*matcher).relHoliday),
			examples: []Example{{"Sales peaked last Christmas.", "last Christmas", "2006-12-25"}}},
		{name: "part-of-day", doc: "this morning, this evening, last night: the publication's day or the one before", pattern: "this|last %partday", norm: relNorm((*matcher).relPartDay),
			examples: []Example{{"The deal closed last night.", "last night", "2007-08-16"}, {"Shares rose this morning.", "this morning", "2007-08-17"}}},
		{name: "relative-span", starts: []string{"@rel"}, doc: "the past two years, the next three months: durations", pattern: "%relative %amount %unit", norm: relNorm((*matcher).relSpan),
			examples: []Example{{"Revenue doubled over past three years.", "past three years", "P3Y"}}},
		{name: "this-past-unit", starts: []string{"this"}, doc: "this past week, this past weekend: the last one before the publication",
			pattern: "this past %unit", norm: normThisPastUnit,
			examples: []Example{{"Shares fell this past weekend.", "this past weekend", "2007-W32-WE"},
				{"Sales slowed this past month.", "this past month", "2007-07"}}},
		{name: "relative-unit", starts: []string{"@rel"}, doc: "last week, this month, next year, current quarter; past years (some), coming months (the future)", pattern: "%relative %unit", norm: relNorm((*matcher).relUnit),
			examples: []Example{{"Sales rose last month.", "last month", "2007-07"}, {"It will ship next year.", "next year", "2008"},
				{"Sales in the current quarter will rise.", "current quarter", "2007-Q3"}, {"Costs fell from the prior year.", "prior year", "2006"},
				// a company's fiscal calendar counts its quarters
				{"Acme, whose fiscal year ends in September, sees higher sales in the current quarter.", "current quarter", "2007-Q4"}}},

		{name: "new-year-day", starts: []string{"new"}, doc: "New Year's Day and New Year's Eve: January 1 and December 31, by the tense",
			pattern: "new year +'|’ +s day|eve", norm: normNewYearDay,
			examples: []Example{{"The law took effect on New Year's Day.", "New Year's Day", "2007-01-01"},
				{"The bars will stay open late on New Year's Eve.", "New Year's Eve", "2007-12-31"},
				{"She was born on New Year's Eve 1949 in a farmhouse.", "New Year's Eve 1949", "1949-12-31"}}},
		{name: "first-of-year", doc: "the first of the year: January 1, placed by the tense as New Year's Day",
			pattern: "the first of the year", norm: func(m *matcher, x *match) (cand, bool) {
				if m.punct(x.end, "'") || m.punct(x.end, "’") {
					return cand{}, false // "the first of the year's rookies" counts them
				}
				return m.dayNoYear(x.start, x.end, 1, 1)
			},
			examples: []Example{{"The new fees take effect at the first of the year.", "the first of the year", "2008-01-01"},
				{"Sales have slowed since the first of the year.", "the first of the year", "2007-01-01"}}},
		{name: "new-century", doc: "the new century: the one that has just begun or is about to",
			pattern: "the new century", norm: func(m *matcher, x *match) (cand, bool) {
				if !m.hasDoc {
					return cand{typ: "DATE", val: "XX", gran: gCentury, by: ByUnresolved}, true
				}
				// told up to twenty years before a century's turn or after it, it is that
				// century: "the new century" in 1998 and in 2001 are the 2000s (TIMEX3 "20")
				return cand{typ: "DATE", val: itoa((m.doc.Year() + 20) / 100), gran: gCentury, by: ByPublication}, true
			},
			examples: []Example{{"Leaders promised that the new century would be different.", "the new century", "20"}}},
		{name: "before-last", doc: "the week (month, year) before last: two of them back",
			pattern: "the %unit before last", norm: normBeforeLast,
			examples: []Example{{"The talks collapsed the week before last.", "the week before last", "2007-W31"},
				{"Sales fell the year before last.", "the year before last", "2005"}}},

		{name: "sports-season", doc: "this, last or next season: a sports season, the year it is played in", pattern: "this|last|next season",
			norm: normSportsSeason,
			examples: []Example{{"The Twins lost 93 games last season.", "last season", "2006"},
				{"It was his 30th home run this season.", "this season", "2007"}}},
		// The straddling seasons of hockey, basketball and football are tested in anchored_test.go.

		// Codes: digits and letters in one token.
		{name: "decade-digits", starts: []string{"#alnum"}, doc: "a decade in digits: 1990s (1900s too, as TimeML reads it)",
			pattern: "%decade", norm: normDecadeDigits,
			examples: []Example{{"Sales soared in the 1990s.", "1990s", "199"}, {"The mill dates to the 1700s.", "1700s", "17"}}},
		{name: "period-code", starts: []string{"#alnum"}, doc: "quarter and half codes: Q3 2007, 3Q07, 1H07; a half needs its year",
			pattern: "%pcode", norm: normPeriodCode,
			examples: []Example{{"Revenue in Q3 2007 rose.", "Q3 2007", "2007-Q3"}, {"Margins were thin in 1H07.", "1H07", "2007-H1"},
				{"Q4 sales will rise.", "Q4", "2007-Q4"},
				// a half code alone after a quarter's figures
				{"Q2 revenue rose 4%. H1 operating profit fell.", "H1", "2007-H1"}}},
		{name: "century-ordinal", starts: []string{"#alnum", "the"}, doc: "the nth century in digits: 20th century",
			pattern: "the? %nth century", norm: normCenturyOrdinal,
			examples: []Example{{"It was a 19th century mill.", "19th century", "18"}, {"Oil shaped the 20th century.", "the 20th century", "19"}}},
		{name: "fiscal-code", starts: []string{"#alnum"}, doc: "FY2009, FY09: a fiscal year",
			pattern: "%fy", norm: func(m *matcher, x *match) (cand, bool) {
				y, _ := fiscalCode(&m.toks[x.tok(0)])
				return cand{typ: "DATE", val: yearVal(y), gran: gYear, by: ByAbsolute, fiscal: true}, true
			}, examples: []Example{{"Targets for FY2009 stand.", "FY2009", "2009"}}},

		// Calendar names: a day before its month, a year, weekdays, seasons, holidays.
		{name: "day-month", starts: []string{"#num", "#alnum"}, doc: "a day number before its month, with or without a year",
			pattern: "%daynum of? %month ,? %y4?", norm: normDayMonth,
			examples: []Example{{"It listed on 14 August 2007.", "14 August 2007", "2007-08-14"}, {"Talks resume on the 3rd of September.", "3rd of September", "2007-09-03"},
				{"On 2 March, it said no.", "2 March", "2007-03-02"}}},
		{name: "year", starts: []string{"#num"}, doc: "a year standing alone: four digits, not a count or a product name",
			pattern: "%y4", norm: normYear,
			examples: []Example{{"The company was founded in 1998.", "1998", "1998"}}},
		{name: "decade-apostrophe", starts: []string{"#apos"}, doc: "'90s: a decade of the last century or this one",
			pattern: "' +%decade2", norm: normDecadeApostrophe,
			examples: []Example{{"Tech stocks of the '90s crashed.", "'90s", "199"}}},
		{name: "year-apostrophe", starts: []string{"#apos"}, doc: "'96: a year in two digits after its apostrophe, where a word of time or an event names it",
			pattern: "' +%d2", norm: normYearApostrophe,
			examples: []Example{{"He starred in the '96 season.", "'96", "1996"}, {"The plant closed in '03.", "'03", "2003"}}},
		{name: "weekday", starts: []string{"@weekday"}, doc: "a day of the week, resolved by the tense of its clause",
			pattern: "%weekday", norm: func(m *matcher, x *match) (cand, bool) { return m.weekday(x.tok(0), tenseNone, 0) },
			examples: []Example{{"The company said Tuesday it had agreed.", "Tuesday", "2007-08-14"}, {"The board will vote on Tuesday.", "Tuesday", "2007-08-21"},
				// a passive's auxiliaries tell its tense, not its participle
				{"The new coach will be announced Friday.", "Friday", "2007-08-17"},
				{"It said in a statement Thursday that it would cut jobs.", "Thursday", "2007-08-16"},
				// A noun that looks like a present verb ("runs", "close") does not govern.
				{"Ruiz hit two home runs Sunday as his team won.", "Sunday", "2007-08-12"},
				{"The index lost 90 points, its lowest close since 2003, after a drop Monday.", "Monday", "2007-08-13"},
				{"The probe sent back its first close pictures of the rings Tuesday.", "Tuesday", "2007-08-14"},
				// a company's name ending in "Inc." is the subject of the present after it
				{"The board of Acme Inc. meets Thursday to weigh the offer.", "Thursday", "2007-08-23"},
				// a plan told with its object lies ahead
				{"A group of lawyers plans a news conference Monday.", "Monday", "2007-08-20"},
				// a negated past with "until" is when it finally happened
				{"The rain did not stop until Monday.", "Monday", "2007-08-13"},
				// the second present verb of a subject, with its object, is a schedule too
				{"The Mets rest today and open a series in Atlanta on Tuesday.", "Tuesday", "2007-08-21"},
				// the end of a range of days is not before its start
				{"The hearings run from Monday through Friday.", "Friday", "2007-08-24"},
				// a possessive is past, unless a deadline lies ahead
				{"The court gave both sides until Monday's deadline.", "Monday", "2007-08-20"},
				// midnight or noon before the day is part of its phrase
				{"The new rules take effect at midnight Sunday.", "Sunday", "2007-08-19"}}},
		{name: "deictic", starts: []string{"@deictic"}, doc: "today, tonight, yesterday, tomorrow, now",
			pattern: "%deictic", norm: func(m *matcher, x *match) (cand, bool) { return m.deictic(x.tok(0)) },
			examples: []Example{{"Shares fell yesterday.", "yesterday", "2007-08-16"}, {"Shares now trade near $60.", "now", "PRESENT_REF"},
				{"We are now much more careful about what we buy.", "now", "PRESENT_REF"}}},
		{name: "season", starts: []string{"@season"}, doc: "a season, with its year or by the tense",
			pattern: "%season of|,? %year?", norm: normSeason,
			examples: []Example{{"It shipped in summer 2006.", "summer 2006", "2006-SU"}, {"It shipped in the summer of 2005.", "summer of 2005", "2005-SU"},
				{"It was the coldest since the winter of nineteen eighty-two.", "winter of nineteen eighty-two", "1982-WI"},
				{"It will ship in the fall.", "fall", "2007-FA"}, {"Analysts expect the price war to last through the summer.", "summer", "2007-SU"},
				{"Rebels called for the fall of the regime in the winter.", "winter", "2006-WI"},
				{"Some still expect a slowdown by summer.", "summer", "2007-SU"},
				// a part of the season
				{"Lumber prices climbed for much of the spring.", "spring", "2007-SP"}}},
		{name: "holiday", starts: []string{"@holiday"}, doc: "named days: Christmas, Thanksgiving, Labor Day",
			pattern: "%holiday", norm: func(m *matcher, x *match) (cand, bool) { return m.holiday(x.tok(0), 0) },
			examples: []Example{{"It will ship by Christmas.", "Christmas", "2007-12-25"},
				{"The mill burned down on Christmas Eve 1931.", "Christmas Eve 1931", "1931-12-24"},
				// days counted from Easter, and days named with a possessive
				{"The chapel was full on Palm Sunday.", "Palm Sunday", "2007-04-01"},
				{"Florists sold out before Mother's Day.", "Mother's Day", "2007-05-13"},
				// a weekend named for its holiday: the one before a Monday holiday
				{"Traffic will be heavy over the Labor Day weekend.", "Labor Day weekend", "2007-W35-WE"},
				{"Stores were crowded over the Thanksgiving weekend.", "Thanksgiving weekend", "2006-W47-WE"},
				{"Online sales on Cyber Monday rose 7%.", "Cyber Monday", "2006-11-27"},
				{"Black Friday falls on Nov. 28 this year.", "Black Friday", "2007-11-23"},
				// a holiday named by one word that no other use has
				{"Markets were closed for Juneteenth.", "Juneteenth", "2007-06-19"}, {"Banks will close for Juneteenth.", "Juneteenth", "2008-06-19"}}},
		{name: "ordinal-period", starts: []string{"@ordinal"}, doc: "the nth quarter or half, with its year or by the tense",
			pattern: "%ordinal -? quarter|half|qtr", norm: normOrdinalPeriod,
			examples: []Example{{"Second-quarter profit fell.", "Second-quarter", "2007-Q2"}, {"Fourth-quarter profit will rise.", "Fourth-quarter", "2007-Q4"},
				// a measure of the period just ended, published ahead
				{"The government will revise its estimate of second-quarter growth next month.", "second-quarter", "2007-Q2"}}},
	}
}

func normDecadeDigits(m *matcher, x *match) (cand, bool) {
	if m.toks[x.tok(0)].kind != kAlnum {
		return cand{}, false // a decade word wants its article: decade-word's
	}
	d, _ := m.decadeAt(x.tok(0))
	if d%10 == 0 && d < 190 {
		// "the 1700s", "the 1800s" are centuries: no one names the decade 1800-1809 so.
		// The 1900s and 2000s are read as their decades, as news after them uses them.
		return cand{typ: "DATE", val: itoa(d / 10), gran: gCentury, by: ByAbsolute}, true
	}
	return cand{typ: "DATE", val: itoa(d), gran: gDecade, by: ByAbsolute}, true
}

func normPeriodCode(m *matcher, x *match) (cand, bool) {
	kind, n, _ := periodCode(&m.toks[x.tok(0)])
	return m.codePeriod(x.start, kind, n)
}

func normCenturyOrdinal(m *matcher, x *match) (cand, bool) {
	n, _ := centuryOrdinal(&m.toks[x.tok(1)])
	return cand{typ: "DATE", val: pad(n-1, 2), gran: gCentury, by: ByAbsolute}, true
}

// normDayMonth: "13 August 2007", "13th of August"; a comma after the month belongs to the
// date only when a year follows it.
func normDayMonth(m *matcher, x *match) (cand, bool) {
	d, _ := m.dayNumAt(x.tok(0))
	mo := m.toks[x.tok(2)].lex.val
	if x.has(4) {
		y, _ := m.yearAt(x.tok(4))
		if dd, ok := validDay(y, mo, d); ok {
			return cand{end: x.end, typ: "DATE", val: dayVal(dd), gran: gDay, by: ByAbsolute}, true
		}
	}
	return m.dayNoYear(x.start, x.to[2], mo, d)
}

func normYear(m *matcher, x *match) (cand, bool) {
	y, _ := m.yearAt(x.tok(0))
	return cand{typ: "DATE", val: yearVal(y), gran: gYear, by: ByAbsolute, aside: m.comparedEventYear(x.tok(0))}, true
}

// comparedEventYear reports whether the year at token i names an event a sentence is measured
// against ("compared with the 1929 crash", "worse than the 1974 recession", "its best since the
// 1953 season"): the event's year, not the time the story is at, so "A decade earlier" after it
// counts from the story's own year.
func (m *matcher) comparedEventYear(i int) bool {
	n := i + 1
	if !m.word(i-1, "the") || !m.anyWord(i-2, "with", "than", "since", "like", "unlike") ||
		n >= len(m.toks) || m.toks[n].kind != kWord || m.toks[n].upper || m.kind(n) == lxMonth {
		return false
	}
	return !m.anyWord(n, "and", "or", "to", "through", "until", "when", "after", "before", "as", "in", "of", "for")
}

func normDecadeApostrophe(m *matcher, x *match) (cand, bool) {
	n := m.toks[x.tok(1)].num
	return cand{typ: "DATE", val: itoa(twoDigitYear(n) / 10), gran: gDecade, by: ByAbsolute}, true
}

// normYearApostrophe: "'96" is 1996 after a preposition of time ("in '96", "since '03"), or
// before a season, a campaign or an election ("the '96 season"); elsewhere an apostrophe and
// two digits may be a quote's end and a count.
func normYearApostrophe(m *matcher, x *match) (cand, bool) {
	k := x.tok(1)
	if m.toks[k].ndig != 2 || m.glued(k+1) && k+1 < len(m.toks) && m.toks[k+1].kind != kPunct {
		return cand{}, false // "'90s" is decade-apostrophe's
	}
	if !m.anyWord(x.start-1, "in", "of", "since", "until", "by", "from", "through", "during", "before", "after") &&
		!m.anyWord(k+1, "season", "campaign", "election", "elections", "race", "olympics", "games", "championship", "model") {
		return cand{}, false
	}
	return cand{typ: "DATE", val: yearVal(twoDigitYear(m.toks[k].num)), gran: gYear, by: ByAbsolute}, true
}

// normSeason: with its year, that season; without, only after a preposition of time ("in the
// summer", "during winter", "through the summer", "for the fall") or a part of it ("for most of
// the summer", "the rest of the spring"), where it is no noun ("a fall in prices", "the fall of
// the regime", "much of the fall in prices"), resolved by the tense.
func normSeason(m *matcher, x *match) (cand, bool) {
	i := x.tok(0)
	s := m.toks[i].lex.val
	if x.has(2) {
		y, ok := m.yearAt(x.tok(2))
		if !ok {
			y, _, _ = m.spelledYear(x.tok(2)) // a transcript's "the winter of nineteen seventy-eight"
		}
		end := x.end
		if x.end == x.tok(2)+1 {
			end = m.straddledEnd(x.tok(2)) // "the winter of 1995-96" (timex53.go)
		}
		return cand{end: end, typ: "DATE", val: yearVal(y) + "-" + seasonCodes[s], gran: gSeason, by: ByAbsolute}, true
	}
	if !(m.word(i-1, "the") && m.anyWord(i-2, "in", "during", "over", "by", "until", "since", "this", "through", "throughout", "into", "for", "before", "after", "till") ||
		m.word(i-1, "the") && m.word(i-2, "of") && m.anyWord(i-3, "end", "beginning", "start", "middle") ||
		m.word(i-1, "the") && m.word(i-2, "of") && m.anyWord(i-3, "most", "much", "all", "part", "rest") && !(s == 2 && (m.anyWord(i+1, "in", "of") || !m.phraseEndsAt(i+1))) ||
		m.early(i-1) && m.anyWord(i-2, "in", "during", "by", "until", "since", "through", "till", "the", "until") ||
		m.seasonOfNoun(i) || m.spentSeason(i) || m.seasonPastBound(i) || m.seasonOfCalendar(i) || m.seasonReliedOn(i) || // timex36.go, timex42.go, timex52.go, timex70.go
		m.seasonJoined(i) || m.seasonStartTo(i)) && // timex78.go
		!m.anyWord(i-1, "in", "during", "since", "until", "till", "by", "before") {
		// a bare season names its time after a preposition of time: "in summer", "by
		// spring", "until fall", "before winter" ("summer jobs", "a spring sale" do not)
		return cand{}, false
	}
	if m.anyWord(i-1, "by", "before", "till") && !m.phraseEndsAt(i+1) && !m.frontedSeason(i) && !m.questionOpensAt(i+1) { // timex47.go, timex77.go
		return cand{}, false // "boosted by summer sales": the season names a noun's kind
	}
	if m.word(i+1, "of") || m.seasonInName(i) || m.seasonNamesKind(i+1) || m.seasonOfRecess(i+1) || m.seasonNamesCrop(i+1) { // timex42.go, timex51.go, timex69.go
		return cand{}, false // "the fall of Rome", "after the summer of love", "in the Winter Olympics"
	}
	if s == 2 && m.word(i-1, "in") {
		return cand{}, false // "a fall in prices"
	}
	return m.resolve(cand{end: i + 1, typ: "DATE", gran: gSeason}, need{kind: needSeason, a: s, start: i, end: i + 1})
}

// seasonOfNoun reports whether the bare season at token i ends a noun's "of the" phrase, as a
// time the noun belongs to: "the terms of the spring, when", "in the heat of the summer."
// Lower case (a title's or a name's "Festival of the Spring" is not) and ending its phrase
// ("the fall of Rome", "a third of the summer crop" do not).
func (m *matcher) seasonOfNoun(i int) bool {
	if m.toks[i].upper || !m.word(i-1, "the") || !m.word(i-2, "of") || i < 3 || !m.phraseEndsAt(i+1) {
		return false
	}
	t := &m.toks[i-3]
	if t.kind != kWord || t.upper || t.lex.kind != lxNone || t.in(sDeterminers) {
		return false
	}
	for k := i - 5; k <= i-3; k++ {
		// "its best show of the spring", "the driest of the summer": the season is a
		// superlative's range, which TimeML leaves untagged
		if k >= 0 && (m.anyWord(k, "best", "worst", "first", "last", "only", "top") || len(m.toks[k].s) > 4 && strings.HasSuffix(m.toks[k].s, "est")) {
			return false
		}
	}
	return true
}

// phraseEndsAt reports whether token k ends the phrase before it: a mark, the text's end, or a
// word that opens another phrase or clause.
func (m *matcher) phraseEndsAt(k int) bool {
	return k >= len(m.toks) || m.toks[k].kind == kPunct ||
		m.anyWord(k, "and", "or", "but", "at", "in", "on", "when", "if", "as", "to", "for", "because", "so", "this", "next")
}

func normNewYearDay(m *matcher, x *match) (cand, bool) {
	if !m.toks[x.tok(0)].upper || !m.toks[x.tok(1)].upper {
		return cand{}, false
	}
	mo, d := 1, 1
	if m.word(x.end-1, "eve") {
		mo, d = 12, 31
	}
	// "New Year's Eve 1949", "New Year's Eve, 1949", "New Year's Day of 1950" (timex47.go), as
	// the other holidays read their year.
	j := m.yearJoinedAt(x.end)
	if y, ok := m.yearAt(j); ok {
		return cand{end: j + 1, typ: "DATE", val: dayVal(date(y, mo, d)), gran: gDay, by: ByAbsolute}, true
	}
	return m.dayNoYear(x.start, x.end, mo, d)
}

func normBeforeLast(m *matcher, x *match) (cand, bool) {
	u, plural, _ := m.unitAt(x.tok(1))
	if plural || u != uWeek && u != uMonth && u != uYear && u != uWeekend {
		return cand{}, false
	}
	return m.offset(x.end, u, -2, 0)
}

// early reports whether token k is "early", "late" or "mid" before a season: "in late spring",
// "by early summer" (the early-late-mid compound then takes the whole).
func (m *matcher) early(k int) bool {
	return m.anyWord(k, "early", "late", "mid")
}

func normOrdinalPeriod(m *matcher, x *match) (cand, bool) {
	return m.ordinalPeriod(x.tok(0), x.tok(2), x.end)
}

// ordinalPeriod reads the nth quarter or half, the ordinal at token i and the unit at u, the
// phrase ending at token end before its year, if any.
func (m *matcher) ordinalPeriod(i, u, end int) (cand, bool) {
	n, unit := m.toks[i].lex.val, m.toks[u].lex.val
	if c, ok := m.periodEndedAside(i, u, end); ok {
		return c, true
	}
	switch {
	case unit == uQuarter && n >= 1 && n <= 4:
		return m.periodYear(i, end, "q", n)
	case unit == uHalf && n >= 1 && n <= 2:
		return m.periodYear(i, end, "h", n)
	}
	return cand{}, false
}

// periodEndedAside reads the nth quarter or half (ordinal at token i, unit at u) whose last
// day an aside after it names: "its fiscal fourth quarter, ended June 30", "the first
// quarter, which ended Dec. 31". The period is then the nth of the fiscal year it belongs to,
// named for the year that fiscal year ends in: a first quarter ended Dec. 31, 2005 opens a
// year that ends in September 2006. The day keeps its own expression.
func (m *matcher) periodEndedAside(i, u, end int) (cand, bool) {
	k := end
	if !m.punct(k, ",") {
		return cand{}, false
	}
	k++
	if m.word(k, "which") {
		k++
	}
	if !m.anyWord(k, "ended", "ending", "ends") || m.kind(k+1) != lxMonth {
		return cand{}, false
	}
	d := k + 2
	if m.punct(d, ".") {
		d++ // "which ended Dec. 31": the abbreviation's point
	}
	y := -1
	if m.punct(d+1, ",") && d+2 < len(m.toks) && m.toks[d+2].kind == kNum {
		if _, ok := m.yearAt(d + 2); ok {
			y = d + 2
		}
	}
	month, yr, by, ok := m.endingDay(k, k+1, d, y, i, end)
	if !ok {
		return cand{}, false
	}
	n, per := m.toks[i].lex.val, 3
	if m.toks[u].lex.val == uHalf {
		if n < 1 || n > 2 {
			return cand{}, false
		}
		per = 6
		month += (2 - n) * per
	} else {
		if n < 1 || n > 4 {
			return cand{}, false
		}
		month += (4 - n) * per
	}
	if month > 12 {
		yr++
	}
	c, ok := m.periodOf(yr, n, u)
	c.end, c.by = end, by
	return c, ok
}

// normISODate: 2007-08-13, not part of a longer run of numbers (a phone number, a version).
func normISODate(m *matcher, x *match) (cand, bool) {
	if m.glued(x.end) && x.end < len(m.toks) && (m.isHyphen(x.end) || m.toks[x.end].kind == kNum) {
		return cand{}, false
	}
	d, ok := validDay(m.toks[x.tok(0)].num, m.toks[x.tok(2)].num, m.toks[x.tok(4)].num)
	if !ok {
		return cand{}, false
	}
	return cand{typ: "DATE", val: dayVal(d), gran: gDay, by: ByAbsolute}, true
}

// normSlashDate: 08/13/2007 and 8/13/07 month first, as American news writes them; 13/08/2007
// day first where the first number cannot be a month.
func normSlashDate(m *matcher, x *match) (cand, bool) {
	i, yt := x.tok(0), &m.toks[x.tok(4)]
	if m.glued(x.end) && x.end < len(m.toks) && (m.punct(x.end, "/") || m.toks[x.end].kind == kNum) ||
		i > 0 && m.glued(i) && m.toks[i-1].kind != kPunct {
		return cand{}, false // 1/2/3/4, a fraction, a part of a code
	}
	y := yt.num
	if yt.ndig == 2 {
		y = twoDigitYear(y)
	}
	mo, d := m.toks[i].num, m.toks[x.tok(2)].num
	if mo > 12 && d <= 12 {
		mo, d = d, mo
	}
	dd, ok := validDay(y, mo, d)
	if !ok {
		return cand{}, false
	}
	return cand{typ: "DATE", val: dayVal(dd), gran: gDay, by: ByAbsolute}, true
}

func normYearEnd(m *matcher, x *match) (cand, bool) {
	if x.has(1) && !(m.glued(x.tok(1)) && m.glued(x.tok(2))) {
		return cand{}, false // "a year - end of ..." is no compound
	}
	// A year-end told in the past is the one passed, as a results story tells the balance
	// sheet ("year-end debt was $3 million", "rose to $240 million at March 31 from $150
	// million at year-end"), until the year's last month, when its own is at hand.
	off := 0
	if m.hasDoc && m.doc.Month() <= 11 && m.tense(x.start, x.end) == tensePast {
		off = -1
	}
	if y, ok := m.yearAt(x.end); ok && m.toks[x.end].kind == kNum {
		// "year-end 2026": the year written is the one that ends
		return cand{end: x.end + 1, typ: "DATE", val: yearVal(y), gran: gYear, mod: "END", by: ByAbsolute}, true
	}
	c, ok := m.offset(x.end, uYear, off, 0)
	c.mod = "END"
	return c, ok
}

// normFiscalYear: a four-digit year, or two digits after a capitalized "Fiscal" (a heading's
// abbreviation; "fiscal 08" in running text is rare enough to be something else).
func normFiscalYear(m *matcher, x *match) (cand, bool) {
	j := x.tok(3)
	if x.has(1) && !x.has(2) && !m.glued(j) {
		return cand{}, false // "fiscal - 2008" is no compound
	}
	y, ok := m.fiscalYear(x.tok(0), j)
	return cand{typ: "DATE", val: yearVal(y), gran: gYear, by: ByAbsolute, fiscal: true}, ok
}

// normFuture: "future" alone; "a future in which...", "a bright future" are a noun, not the
// time after now.
func normFuture(m *matcher, x *match) (cand, bool) {
	i := x.tok(0)
	if m.anyWord(i+1, "of", "tense") || m.anyWord(i-1, "a", "an") || m.anyWord(i-2, "a", "an") {
		return cand{}, false
	}
	if m.possessed(i) && (i+1 >= len(m.toks) || m.toks[i+1].kind == kPunct || m.toks[i+1].in(sAfterOwnFuture)) || m.prospectsFuture(i) { // timex68.go
		// "the unit's future", "decide its future by November": what becomes of someone, no
		// time ("its future products" stays the time ahead)
		return cand{}, false
	}
	return ref("FUTURE_REF", i+1)
}

// possessed reports whether the word at token i follows a possessive: "its", "their", "the
// company's".
func (m *matcher) possessed(i int) bool {
	return m.anyWord(i-1, "its", "his", "her", "their", "our", "your", "my") ||
		m.word(i-1, "s") && (m.punct(i-2, "'") || m.punct(i-2, "’")) && m.glued(i-1)
}

// afterOwnFuture are the words after a possessed "future" that show it a noun phrase's end.
var afterOwnFuture = map[string]bool{"by": true, "in": true, "and": true, "or": true, "is": true, "was": true,
	"as": true, "with": true, "for": true, "at": true, "on": true, "remains": true, "looks": true, "depends": true,
	"lies": true, "under": true, "after": true, "before": true, "until": true, "if": true, "to": true, "will": true}

// relNorm adapts a relative rule's reader (relative word at token i, what it qualifies at j).
func relNorm(f func(m *matcher, i, j int) (cand, bool)) func(m *matcher, x *match) (cand, bool) {
	return func(m *matcher, x *match) (cand, bool) { return f(m, x.tok(0), x.tok(1)) }
}

// setUnits are the SET values of the units and of the adverbs of recurrence.
var setValues = map[string]string{"day": "P1D", "week": "P1W", "month": "P1M", "quarter": "P3M", "year": "P1Y",
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y",
	"hour": "PT1H", "morning": "P1D", "night": "P1D"}

func normSet(m *matcher, x *match) (cand, bool) {
	last := &m.toks[x.end-1]
	v, ok := setValues[lowerWord(last)]
	if !ok || last.lex.plural {
		return cand{}, false
	}
	return cand{typ: "SET", val: v, by: ByAbsolute}, true
}

// normSetCalendar: "every Saturday" recurs; it dates nothing.
func normSetCalendar(m *matcher, x *match) (cand, bool) {
	t := &m.toks[x.tok(1)]
	if t.lex.kind == lxWeekday {
		return cand{typ: "SET", val: "XXXX-WXX-" + itoa(t.lex.val), by: ByAbsolute}, true
	}
	return cand{typ: "SET", val: "XXXX-" + pad(m.monthWord(x.tok(1)), 2), by: ByAbsolute}, true
}

func normYearPeriod(m *matcher, x *match) (cand, bool) {
	y, ok := m.yearValue(x.tok(0))
	n := m.toks[x.tok(1)].lex.val
	unit := m.toks[x.tok(3)].lex.val
	switch {
	case !ok:
		return cand{}, false
	case unit == uQuarter && n >= 1 && n <= 4:
		return cand{typ: "DATE", val: quarterVal(y, n), gran: gQuarter, by: ByAbsolute}, true
	case unit == uHalf && n >= 1 && n <= 2:
		return cand{typ: "DATE", val: halfVal(y, n), gran: gHalf, by: ByAbsolute}, true
	}
	return cand{}, false
}

// yearValue is the year at token i, in digits or in words.
func (m *matcher) yearValue(i int) (int, bool) {
	if y, ok := m.yearAt(i); ok {
		return y, true
	}
	y, _, ok := m.spelledYear(i)
	return y, ok
}

func normSpelledYear(m *matcher, x *match) (cand, bool) {
	y, _, ok := m.spelledYear(x.tok(2))
	if !ok && x.has(1) {
		// "the year 2000": digits named as a year are one expression with it, which no rule
		// of "the year" alone (a results story's) may cut
		y, ok = m.yearAt(x.tok(2))
	}
	if !ok || x.has(0) && !x.has(1) {
		return cand{}, false // "the nineteen ..." without "year" is no year
	}
	return cand{typ: "DATE", val: yearVal(y), gran: gYear, by: ByAbsolute}, true
}

func normMonthSpelledYear(m *matcher, x *match) (cand, bool) {
	y, _, ok := m.spelledYear(x.tok(2))
	if !ok {
		return cand{}, false
	}
	return cand{typ: "DATE", val: monthVal(y, m.toks[x.tok(0)].lex.val), gran: gMonth, by: ByAbsolute}, true
}

// spelledYear reads a year in words at token i: "nineteen ninety-six", "nineteen eighty",
// "eighteen hundred", "nineteen oh five", "twenty twelve", and, after "year" or a preposition
// of time, "two thousand [and] eight". A count ("nineteen people", "two thousand troops") is
// no year.
func (m *matcher) spelledYear(i int) (year, end int, ok bool) {
	if m.kind(i) != lxNumber {
		return 0, 0, false
	}
	c := m.toks[i].lex.val
	if c == 2 && m.word(i+1, "thousand") {
		return m.spelledThousands(i)
	}
	// Without a word of time before it, "nineteen eighty-four copies" is a count; but a
	// century and its tens that end a phrase ("It was nineteen sixty-eight when", "nineteen
	// ninety-six was hard") count nothing: no count is said so.
	bare := !m.anyWord(i-1, "year", "in", "since", "by", "until", "till", "of", "from", "through", "before", "after", "during", "and", "to") && m.kind(i-1) != lxMonth && !m.afterWordDay(i)
	if c != 18 && c != 19 && c != 20 && (bare || c < 11 || c > 17 || m.kind(i+1) != lxNumber || m.toks[i+1].lex.val < 10) {
		// an older century only after a word of time and before its tens or teens: "founded
		// in seventeen eighteen", "since sixteen twenty"
		return 0, 0, false
	}
	j := i + 1
	if bare {
		if n, e, ok := m.wordNumber(j); ok && n >= 10 && n <= 99 && m.toks[j].lex.val >= 20 && m.countlessAfter(e) {
			return c*100 + n, e, true
		}
		return 0, 0, false
	}
	switch {
	case m.word(j, "hundred") && c != 20:
		return c * 100, j + 1, true
	case m.word(j, "oh") && m.kind(j+1) == lxNumber && m.toks[j+1].lex.val >= 1 && m.toks[j+1].lex.val <= 9:
		return c*100 + m.toks[j+1].lex.val, j + 2, true
	case m.word(j, "oh") && m.isHyphen(j+1) && m.kind(j+2) == lxNumber && m.toks[j+2].lex.val >= 1 && m.toks[j+2].lex.val <= 9:
		return c*100 + m.toks[j+2].lex.val, j + 3, true // "nineteen oh-five"
	}
	if n, e, ok := m.wordNumber(j); ok && n >= 10 && n <= 99 {
		return c*100 + n, e, true
	}
	return 0, 0, false
}

// countlessAfter reports whether token e, after a number in words, shows that the number
// counts nothing: a stop or comma, the end, or a word that opens a clause or a predicate.
func (m *matcher) countlessAfter(e int) bool {
	if e >= len(m.toks) || m.toks[e].sent != m.toks[e-1].sent {
		return true
	}
	if m.toks[e].kind == kPunct {
		return m.punct(e, ".") || m.punct(e, ",") || m.punct(e, ";") || m.punct(e, ":")
	}
	// A count is followed by what it counts; a preposition there shows it counts nothing:
	// "stocks ended nineteen ninety-nine near record highs".
	// Nor does a year that opens its clause count what follows it: "Nineteen ninety-six has
	// already been a busy year", "nineteen ninety-eight will be remembered".
	return m.anyWord(e, "when", "was", "were", "is", "saw", "brought", "marked", "had", "has", "will", "would", "could", "may", "might", "did", "also", "began", "ended", "and", "that",
		"near", "at", "with", "in", "on", "as", "after", "before", "under", "than", "because", "up", "down")
}

// afterWordDay reports whether token i follows a day in words and its comma ("March third,
// nineteen ninety-eight"), where a number in words is the date's year.
func (m *matcher) afterWordDay(i int) bool {
	return m.punct(i-1, ",") && m.kind(i-2) == lxOrdinal
}

// spelledThousands reads "two thousand [and] eight" at token i, after "year", a preposition of
// time or a month ("two thousand troops" is a count).
func (m *matcher) spelledThousands(i int) (year, end int, ok bool) {
	// After a word of comparison or of a stretch ("sales rose over two thousand one", "worse
	// than two thousand two"), only where no noun follows: "over two thousand people" counts.
	loose := m.anyWord(i-1, "over", "than", "during", "for", "and", "to", "throughout")
	if !loose && !m.anyWord(i-1, "year", "in", "since", "by", "until", "till", "of", "from", "through", "before", "after") && m.kind(i-1) != lxMonth && !m.afterWordDay(i) {
		return 0, 0, false
	}
	j := i + 2
	if m.word(j, "and") && m.kind(j+1) == lxNumber {
		j++
	}
	year, end = 2000, i+2
	if n, e, ok := m.wordNumber(j); ok && n >= 1 && n <= 99 {
		year, end = 2000+n, e
	}
	if loose && !(end >= len(m.toks) || m.toks[end].sent != m.toks[end-1].sent || m.punct(end, ".") || m.punct(end, ",") || m.punct(end, ";")) {
		return 0, 0, false
	}
	return year, end, true
}

// wordNumber reads a number in words below a hundred: "six", "seventeen", "ninety-six".
func (m *matcher) wordNumber(i int) (n, end int, ok bool) {
	if m.kind(i) != lxNumber {
		return 0, 0, false
	}
	n = m.toks[i].lex.val
	if n >= 100 {
		return 0, 0, false
	}
	if n >= 20 && n%10 == 0 {
		k := i + 1
		if m.isHyphen(k) {
			k++
		}
		if m.kind(k) == lxNumber && m.toks[k].lex.val >= 1 && m.toks[k].lex.val <= 9 {
			return n + m.toks[k].lex.val, k + 1, true
		}
	}
	return n, i + 1, true
}

// decadeWords are the decades of the twentieth century by name.
var decadeWords = map[string]int{"twenties": 192, "thirties": 193, "forties": 194, "fifties": 195, "sixties": 196,
	"seventies": 197, "eighties": 198, "nineties": 199}

// decadeAt reads a decade at token i: "1990s", "nineties". Its value is the TIMEX3 decade (199).
func (m *matcher) decadeAt(i int) (int, bool) {
	if i < 0 || i >= len(m.toks) {
		return 0, false
	}
	t := &m.toks[i]
	if t.kind == kAlnum && t.ndig == 4 && eqFold(t.s[4:], "s") && t.num%10 == 0 && t.num >= 1000 && t.num < 2100 {
		return t.num / 10, true
	}
	if t.kind == kWord {
		d, ok := decadeWords[lowerWord(t)]
		return d, ok
	}
	return 0, false
}

// normDecadeWord: the article is left out of the extent, as for "the 1990s"; without it a
// decade word is an age ("in his nineties").
// normMonthWordDay: "March third" as a broadcast transcript says a date; a quarter or half
// after it makes the ordinal a period's ("the June second quarter").
func normMonthWordDay(m *matcher, x *match) (cand, bool) {
	mo := m.monthWord(x.tok(0))
	d, end, _ := m.wordOrdinal(x.tok(2))
	if m.anyWord(end, "quarter", "half", "fiscal") || m.isHyphen(end) && !x.has(4) {
		return cand{}, false
	}
	if x.has(4) {
		y, ok := m.yearValue(x.tok(4))
		if dd, valid := validDay(y, mo, d); ok && valid {
			return cand{end: x.end, typ: "DATE", val: dayVal(dd), gran: gDay, by: ByAbsolute}, true
		}
	}
	c, ok := m.dayNoYear(x.start, end, mo, d)
	return m.weekendOf(c, end), ok
}

func normWordDayOfMonth(m *matcher, x *match) (cand, bool) {
	d, _, ok := m.wordOrdinal(x.tok(1))
	if !ok || !x.has(0) && !m.dayNameOrdinal(x.tok(1)) {
		return cand{}, false // "a third of March's rain" is a share
	}
	mo := m.monthWord(x.tok(3))
	if x.has(5) {
		y, ok := m.yearValue(x.tok(5))
		if dd, valid := validDay(y, mo, d); ok && valid {
			return cand{end: x.end, typ: "DATE", val: dayVal(dd), gran: gDay, by: ByAbsolute}, true
		}
	}
	c, ok := m.dayNoYear(x.start, x.to[3], mo, d)
	return m.weekendOf(c, x.to[3]), ok
}

// dayNameOrdinal reports whether the ordinal at token i, without an article, names a day as
// "Fourth of July" does: capitalized inside its sentence, after no article or number.
func (m *matcher) dayNameOrdinal(i int) bool {
	return m.toks[i].upper && i > 0 && m.toks[i-1].sent == m.toks[i].sent && m.toks[i-1].kind == kWord &&
		!m.anyWord(i-1, "a", "an", "one", "two", "three")
}

// normSpelledDecade: "nineteen-nineties" is the decade of that century; the article is left
// out, as for the 1990s.
func normSpelledDecade(m *matcher, x *match) (cand, bool) {
	c := m.toks[x.tok(1)].lex.val
	d, ok := m.decadeAt(x.tok(3))
	if !ok || m.toks[x.tok(3)].kind != kWord || x.has(2) && !(m.glued(x.tok(2)) && m.glued(x.tok(3))) {
		return cand{}, false
	}
	skip := 0
	if x.has(0) {
		skip = 1
	}
	return cand{typ: "DATE", val: itoa(c*10 + d%10), gran: gDecade, by: ByAbsolute, skip: skip}, true
}

// wordOrdinal reads an ordinal in words at token i, up to thirty-first: "third", "twentieth",
// "twenty-first", "thirtieth". end is the next token.
func (m *matcher) wordOrdinal(i int) (n, end int, ok bool) {
	if i >= len(m.toks) || m.toks[i].kind != kWord {
		return 0, i, false
	}
	t := &m.toks[i]
	switch {
	case t.lex.kind == lxOrdinal && t.lex.val <= 20:
		return t.lex.val, i + 1, true
	case eqFold(t.s, "thirtieth"):
		return 30, i + 1, true
	case t.lex.kind == lxNumber && (t.lex.val == 20 || t.lex.val == 30) && m.isHyphen(i+1) && m.glued(i+1) && m.glued(i+2) &&
		m.kind(i+2) == lxOrdinal && m.toks[i+2].lex.val < 10 && t.lex.val+m.toks[i+2].lex.val <= 31:
		return t.lex.val + m.toks[i+2].lex.val, i + 3, true
	}
	return 0, i, false
}

func normDecadeWord(m *matcher, x *match) (cand, bool) {
	if m.toks[x.tok(1)].kind != kWord {
		return cand{}, false // the codes rule's 1990s
	}
	if m.sentenceHas(x.start, x.end, temperatureWords) {
		// "Highs will be in the nineties", "temperatures stayed in the eighties": a weather
		// report's reading, not a decade. Only a temperature's words: "prices were high in
		// the eighties" and "his work of the sixties" are decades.
		return cand{}, false
	}
	d, _ := m.decadeAt(x.tok(1))
	return cand{typ: "DATE", val: itoa(d), gran: gDecade, by: ByAbsolute, skip: 1}, true
}

// normDecadeConjunct: "the fifties and sixties", "from the twenties to thirties": a decade
// word without its article after a conjunction and a decade word, which lends it its article
// (and a spelled century: "the eighteen forties and fifties"). Ages ("voters in their fifties
// and sixties") lack the article, and a temperature's "highs in the eighties and nineties" is
// no decade.
func normDecadeConjunct(m *matcher, x *match) (cand, bool) {
	p, d := x.start-2, x.tok(0)
	if _, ok := m.decadeAt(p); p < 0 || !ok || !m.anyWord(p+1, "and", "to") || m.toks[p].kind != kWord || m.toks[d].kind != kWord ||
		!m.anyWord(p-1, "the", "nineteen", "eighteen", "early", "late") && !m.isHyphen(p-1) || m.sentenceHas(x.start, x.end, temperatureWords) {
		return cand{}, false
	}
	v, _ := m.decadeAt(d)
	if m.word(p-1, "eighteen") {
		v = 180 + v%10 // "the eighteen forties and fifties": the first decade's century
	}
	return cand{typ: "DATE", val: itoa(v), gran: gDecade, by: ByAbsolute}, true
}

// temperatureWords name a temperature, which a decade word ("the nineties") can be a reading of.
var temperatureWords = map[string]bool{"temperature": true, "temperatures": true, "degree": true, "degrees": true,
	"highs": true, "lows": true, "fahrenheit": true, "mercury": true, "thermometer": true, "thermometers": true}

// sentenceHas reports whether a word of set stands in the sentence of tokens [start, end), outside them.
func (m *matcher) sentenceHas(start, end int, set map[string]bool) bool {
	sent := m.toks[start].sent
	for k := start - 1; k >= 0 && m.toks[k].sent == sent; k-- {
		if inSet(set, m.toks[k].s) {
			return true
		}
	}
	for k := end; k < len(m.toks) && m.toks[k].sent == sent; k++ {
		if inSet(set, m.toks[k].s) {
			return true
		}
	}
	return false
}

// normDecadeTwoDigits: "since the mid-90s", "in the late 80s" are decades of the last century
// (or this one, below 50) where a preposition of time governs them; the same words are a
// reading of some figure ("highs in the mid-90s", "prices in the low 90s", "shot in the 70s"),
// so a sentence that names one is left. The article stays out of the extent.
func normDecadeTwoDigits(m *matcher, x *match) (cand, bool) {
	if !m.anyWord(x.start-1, "since", "in", "during", "through", "throughout", "until", "till", "from", "by", "of", "into") {
		return cand{}, false
	}
	sent := m.toks[x.start].sent
	for k := x.start - 1; k >= 0 && m.toks[k].sent == sent; k-- {
		if m.toks[k].in(sFigureWords) {
			return cand{}, false
		}
	}
	for k := x.end; k < len(m.toks) && m.toks[k].sent == sent; k++ {
		if m.toks[k].in(sFigureWords) {
			return cand{}, false
		}
	}
	d := x.tok(3)
	c := cand{typ: "DATE", val: itoa(twoDigitYear(m.toks[d].num) / 10), gran: gDecade, by: ByAbsolute, skip: 1}
	if x.has(1) {
		c.mod = modValue(m.toks[x.tok(1)].lex.val)
	}
	return c, true
}

// figureWords name a figure that "the 90s" can be a reading of: a temperature, a price, a
// score, an age.
var figureWords = map[string]bool{
	"temperature": true, "temperatures": true, "degree": true, "degrees": true, "highs": true, "lows": true,
	"fahrenheit": true, "heat": true, "price": true, "prices": true, "percent": true, "%": true, "cents": true,
	"score": true, "scores": true, "shot": true, "average": true, "yield": true, "points": true,
	"age": true, "aged": true, "his": true, "her": true, "their": true, "low": true, "upper": true, "high": true,
}

// ref is a PRESENT_REF, PAST_REF or FUTURE_REF candidate ending at token end.
func ref(val string, end int) (cand, bool) {
	return cand{end: end, typ: "DATE", val: val, by: ByPublication}, true
}

func normPresentRef(m *matcher, x *match) (cand, bool) {
	i := x.tok(0)
	switch {
	case m.anyWord(i, "currently", "nowadays"):
		return ref("PRESENT_REF", i+1)
	case m.word(i, "these") && m.word(i+1, "days"):
		return ref("PRESENT_REF", i+2)
	case m.word(i, "at") && m.word(i+1, "present") && !m.anyWord(i+2, "time", "value", "rates", "levels"):
		return cand{end: i + 2, typ: "DATE", val: "PRESENT_REF", by: ByPublication, skip: 1}, true
	case m.word(i, "at") && m.word(i+1, "the") && m.word(i+2, "moment") && !m.word(i+3, "of"):
		return cand{end: i + 3, typ: "DATE", val: "PRESENT_REF", by: ByPublication, skip: 2}, true
	}
	return cand{}, false
}

// normToDate: "to date" is the present ("sales to date"), but "up to date" and "brought to
// date" say current, and "to date from" or "to date it" make date a verb.
func normToDate(m *matcher, x *match) (cand, bool) {
	if m.anyWord(x.start-1, "up", "brought", "bring", "brings", "bringing", "back", "date") ||
		x.end < len(m.toks) && m.toks[x.end].kind == kWord && !m.toks[x.end].upper && m.toks[x.end].sent == m.toks[x.start].sent &&
			!m.toks[x.end].in(sAfterToDate) {
		return cand{}, false
	}
	return ref("PRESENT_REF", x.end)
}

// afterToDate are the words that can follow the adverb "to date" in its clause; any other word
// makes "date" a verb or a noun ("to date it", "to date the bones").
var afterToDate = map[string]bool{"and": true, "but": true, "is": true, "are": true, "was": true, "were": true,
	"has": true, "have": true, "had": true, "total": true, "totals": true, "totaled": true, "totalled": true,
	"stand": true, "stands": true, "amount": true, "amounts": true, "include": true, "includes": true,
	"show": true, "shows": true, "suggest": true, "suggests": true, "remain": true, "remains": true}

// notPresent are nouns after which "current" is a term, not the present.
var notPresent = map[string]bool{"account": true, "accounts": true, "assets": true, "liabilities": true,
	"ratio": true, "affairs": true, "events": true, "flow": true, "flows": true, "fiscal": true, "s": true}

// currentPredicate are the words after a predicate "current" that show no noun follows it:
// "current on its loans", "current with its filings", "current again".
var currentPredicate = map[string]bool{"on": true, "with": true, "again": true, "until": true, "through": true, "by": true}

func normCurrent(m *matcher, x *match) (cand, bool) {
	i := x.tok(0)
	n := i + 1
	if m.word(n, "period") && m.resultsSentence(i) {
		// "profit will rise in the current period": a results story's period is its quarter
		return m.quarterMoved(i, n+1, 0)
	}
	if c := m.unitCompoundAfter(n); c >= 0 {
		n = c // "the current three-year contract": the noun after the compound (timex58.go)
	}
	if n >= len(m.toks) || m.toks[n].kind != kWord || m.toks[n].lex.kind != lxNone && !m.word(n, "season") || notPresent[lowerWord(&m.toks[n])] {
		return cand{}, false // "current quarter" is the relative rule's; "the current" (electricity) no time
	} // ("season" is in the lexicon only for ranking-season's "the season")
	if m.anyWord(i-1, "be", "is", "are", "was", "were", "been", "being", "become", "becomes", "became", "remain", "remains",
		"remained", "stay", "stays", "stayed", "get", "gets", "got", "keep", "keeps", "kept") || currentPredicate[lowerWord(&m.toks[n])] {
		// "to be current again by June", "the loan stayed current on its payments": the
		// adjective as a predicate says a debt or a record is up to date, no time; only before
		// its noun ("his current post") does it mean the present
		return cand{}, false
	}
	return ref("PRESENT_REF", i+1)
}

func normPastRef(m *matcher, x *match) (cand, bool) { return ref("PAST_REF", x.end) }

// normOtherDay: "the other day" is a day shortly before the telling that the speaker does not
// name, the past as "recently" is; "the other day of the festival" or "the other day off" is a
// day among named ones, none of the telling's.
func normOtherDay(m *matcher, x *match) (cand, bool) {
	if m.anyWord(x.end, "of", "off") {
		return cand{}, false
	}
	return normPastRef(m, x)
}

// normRecently: "recently" is the past of the telling, except in "as recently as 1994", where
// it only stresses how late the date after it is; the date is the expression.
func normRecently(m *matcher, x *match) (cand, bool) {
	if i := x.tok(0); m.word(i-1, "as") && m.word(i+1, "as") {
		return cand{}, false
	}
	if i := x.tok(0); m.word(i-1, "most") && (m.anyWord(i+1, "in", "on", "at", "during", "last", "this", "earlier") || i+1 < len(m.toks) && calendarWord(m.toks[i+1].lex.kind)) {
		// "delayed twice, most recently in March": the last of a series, whose time is the
		// date after it (AQUAINT tags the date alone)
		return cand{}, false
	}
	return normPastRef(m, x)
}

// normThisPastUnit: "this past weekend" is the last one, as "last weekend"; "this past few
// weeks" is no date.
func normThisPastUnit(m *matcher, x *match) (cand, bool) {
	u, plural, _ := m.unitAt(x.tok(2))
	if plural || u > uCentury {
		return cand{}, false
	}
	return m.offset(x.end, u, -1, 0)
}

// normUnitsAhead: "the years to come" wants its "come"; "the months ahead of the vote" is the
// stretch before an event, no reference to the future of the telling.
func normUnitsAhead(m *matcher, x *match) (cand, bool) {
	if m.word(x.tok(2), "to") && !x.has(3) || m.word(x.end, "of") {
		return cand{}, false
	}
	return ref("FUTURE_REF", x.end)
}

// normFutureRef: "soon" is the future of the telling only in a clause that is not in the
// past: in a narrative ("he was soon released") it is shortly after the story's time.
func normFutureRef(m *matcher, x *match) (cand, bool) {
	if i := x.tok(0); m.word(i, "soon") {
		if m.anyWord(i-1, "as", "too", "how") || m.degreeSoon(i) || m.tense(i, i+1) == tensePast {
			return cand{}, false // "as soon as", "too soon to tell": no time of their own
		}
	}
	return ref("FUTURE_REF", x.end)
}

// normComparable: in a sentence that names a quarter, or right after one, "a year earlier" is that quarter a year
// before (the comparison of a results story); elsewhere the rule leaves the phrase to others.
func normComparable(m *matcher, x *match) (cand, bool) {
	i, end := x.tok(0), x.end
	switch {
	case m.word(i, "a") && (!x.has(2) || m.word(x.tok(2), "before") && !m.phraseEnds(end)):
		return cand{}, false // "a year" alone is a duration, "a year before the vote" an event's
	case m.word(i, "last"):
		end = i + 2 // "last year earlier" is no phrase
	}
	// A word of extent or of a point in time before it makes it the time of an action, not the
	// term of a comparison: "has hurt builders since last year", "cut jobs late last year".
	if m.anyWord(i-1, "since", "until", "till", "through", "throughout", "during", "before", "after", "by", "early", "late", "mid", "as") {
		return cand{}, false
	}
	// "Last year" is the comparable quarter only as the term of a comparison ("fell 3% from
	// last year", "compared with $20 million last year"); else it is the year: "For all of last
	// year, it earned $790 million", "closed its plant in Oregon last year".
	cue := m.comparisonBefore(i)
	if m.word(i, "last") && cue && m.sourceNotTerm(i) { // "an offer from a larger carrier last year" (timex68.go)
		cue = false
	}
	if m.word(i, "last") && !cue || !cue && m.narrativeYearBack(i) { // lead17.go
		return cand{}, false
	}
	// The quarter of the comparison is named in this sentence or the one before ("Net income
	// for the third quarter rose 8%. A year earlier, it was $4 million."), or, for a comparison
	// of figures, two before ("... in its fiscal first quarter. In the year-earlier quarter it
	// earned $14.6 million. Revenue fell to $182 million from $264 million last year.").
	maxD := 1
	if cue {
		maxD = 2
	}
	if st := m.story; st.gran == gYear && st.sent == m.toks[i].sent && !m.quarterAfterYear() && !m.halfAfterYear(i) { // timex78.go
		return cand{}, false // "For fiscal 1989 it earned $162 million, up from $150 million a year earlier": that year's
	}
	// A month's figure compared with a year ago is that month's a year before: "sales in
	// September were 4% below a year ago".
	// A month told in an aside is no figure's: "the commissioner, who took over in November,
	// says calls are answered faster than a year ago".
	if st := m.story; st.gran == gMonth && st.sent == m.toks[i].sent && m.word(i, "a") && x.has(2) && !m.anyWord(end, "than") && !m.inOtherAside(m.lastMonthTok, i) &&
		!m.quarterAfterMonth(i) && // "reported results last month and expects traffic in the first quarter to rise from a year earlier" (timex78.go)
		!m.deliveryMonthAt(m.lastMonthTok) && // "The December contract ... up from 61 cents a year ago" (timex69.go)
		!m.reportedInMonth(i) { // "reported first-quarter income of $4 million in April, down from ... a year earlier" (timex68.go)
		y, mo := st.t.Year(), int(st.t.Month())
		if mo1 := m.firstMonthIn(i); mo1 == mo%12+1 {
			// "4.5 percent in September, down from 4.6 percent in August and 4.9 percent a
			// year earlier": the month named last is the month before the figure's, a
			// comparison's term; the year-back is the figure's month, the sentence's first.
			if mo1 == 1 {
				y++
			}
			mo = mo1
		}
		if f := m.figMonth; m.figMonthSent == st.sent && f > y*12+mo-1 {
			// "$800 million at the end of September, up from $700 million at the end of June
			// and $500 million a year earlier": the month named last is a term of comparison,
			// the figure's month the one named as a month before it.
			y, mo = f/12, f%12+1
		}
		return cand{end: end, typ: "DATE", val: monthVal(y-1, mo), gran: gMonth, by: ByStory, aside: true}, true
	}
	if m.word(i, "a") && x.has(2) && cue && !m.anyWord(end, "than") {
		// The comparison may come first and the month's figure after it: "Compared with a
		// year earlier, March sales were up 4%", "From a year ago, orders in June rose 6%".
		if c, ok := m.monthAfter(i, end); ok {
			return cand{end: end, typ: "DATE", val: monthVal(atoiCap(c.val[:4])-1, atoiCap(c.val[5:7])), gran: gMonth, by: ByStory, aside: true}, true
		}
	}
	if c, ok := m.figureMonthBack(i, end, x); ok {
		return c, true
	}
	if m.lastHalf != 0 && m.lastHalfSent == m.toks[i].sent && (m.lastQuarter == 0 || m.lastHalfSent > m.lastQuarterSent) && !m.anyWord(end, "than") {
		// A half its sentence named after the last quarter is the period compared: "For the
		// first half, it earned $97 million, compared with $109 million a year earlier". In a
		// later sentence ("For the first half, the loss was $22 million. Shipments fell 18%
		// from a year earlier") the comparison may be the quarter's, as the earlier batches read it.
		n := m.lastHalf - 2
		return cand{end: end, typ: "DATE", val: yearVal(n/2) + "-H" + itoa(n%2+1), gran: gHalf, by: m.lastHalfBy, aside: true}, true
	}
	if d := m.toks[i].sent - m.lastQuarterSent; m.lastQuarter == 0 || d < 0 || d > maxD || m.anyWord(end, "than") {
		if cue && !m.anyWord(end, "than") {
			return m.ledeQuarterBack(i, end) // "Orders fell 11 percent from a year earlier" paragraphs on (timex64.go)
		}
		return cand{}, false
	}
	n, by := m.comparedBase(i, end)
	if !cue && x.has(2) && m.word(x.tok(2), "ago") && m.quarterAhead(n) { // timex77.go
		return cand{}, false
	}
	if m.figQuarterSent == m.lastQuarterSent && m.figQuarter == n+1 {
		// "$5 million in the third quarter, up from $4 million in the second quarter and $3
		// million a year earlier": the year-back is the figure's quarter, not the quarter
		// before it that the sentence compared first.
		n = m.figQuarter
	}
	n -= 4
	return cand{end: end, typ: "DATE", val: quarterVal(n/4, n%4+1), gran: gQuarter, by: by, aside: true}, true
}

// firstMonthIn is the month (1 to 12) of the first month named alone in the sentence of token
// i before it (no day number or year beside it), 0 when none.
func (m *matcher) firstMonthIn(i int) int {
	k := i
	for k > 0 && m.toks[k-1].sent == m.toks[i].sent {
		k--
	}
	for ; k < i; k++ {
		if m.toks[k].lex.kind != lxMonth || !m.toks[k].upper {
			continue
		}
		if n := k + 1; n < len(m.toks) && (m.toks[n].kind == kNum || m.punct(n, ".") && n+1 < len(m.toks) && m.toks[n+1].kind == kNum) ||
			k > 0 && m.toks[k-1].kind == kNum {
			return 0 // "Sept. 30", "30 September": a day's month
		}
		return m.toks[k].lex.val
	}
	return 0
}

// monthAfter is the first month named after token end in the sentence of token i and before
// the clause's verb (the subject's "March sales", "orders in June"), when it is a month alone
// (not a day, not a month with its year) and not in an aside i is not in. A month past the
// verb is the time of another statement: "Sales rose from a year earlier, and it expects a
// slowdown in June."
func (m *matcher) monthAfter(i, end int) (cand, bool) {
	for k := end; k < len(m.toks) && m.toks[k].sent == m.toks[i].sent; k++ {
		if m.kind(k) != lxMonth || !m.toks[k].upper {
			if m.toks[k].kind == kWord && m.verbInfo(k)&^vKnown != 0 {
				return cand{}, false
			}
			continue
		}
		c, ok := m.core(k)
		if !ok || c.gran != gMonth || len(c.val) != 7 || m.inOtherAside(k, i) {
			return cand{}, false
		}
		return c, true
	}
	return cand{}, false
}

// inOtherAside reports whether token k is in an aside that does not hold token i.
func (m *matcher) inOtherAside(k, i int) bool {
	a, b := m.asideOf(k)
	return a != b && (i < a || i >= b)
}

// comparisonWords set a figure against another: "from", "compared with", "against".
var comparisonWords = map[string]bool{"from": true, "compared": true, "against": true, "versus": true, "vs": true,
	"with": true, "over": true, "below": true, "above": true}

// comparisonBefore reports whether a word of comparison comes before token i in its sentence.
// The particle of a phrasal verb is none: "the chief, who took over last year" took office.
func (m *matcher) comparisonBefore(i int) bool {
	for k := i - 1; k >= 0 && m.toks[k].sent == m.toks[i].sent; k-- {
		if m.toks[k].kind == kWord && m.toks[k].in(sComparisonWords) &&
			!(m.word(k, "over") && m.anyWord(k-1, "take", "takes", "took", "taking", "taken", "hand", "hands", "handed", "handing", "turn", "turns", "turned")) {
			return true
		}
	}
	return false
}

func normFiscalRelative(m *matcher, x *match) (cand, bool) {
	w := m.toks[x.tok(1)]
	off := 0
	switch lowerWord(&w) {
	case "last", "previous":
		off = -1
	case "next", "coming":
		off = 1
	case "new":
		// the next fiscal year, or the one that began in the last three months
		off = 1
		if e := m.fiscalYearEnd(x.start); e != 0 && m.hasDoc {
			if since := mod(int(m.doc.Month())-e, 12); since >= 1 && since <= 3 {
				off = 0
			}
		}
	}
	if m.anyWord(x.tok(1), "new", "coming") && (!m.word(x.tok(1)-1, "the") || m.word(x.tok(1)-2, "of")) {
		// "a new fiscal year" is some one; "the first half of the new fiscal year" is the
		// half's, which names its year as heldout batches tag it
		return cand{}, false
	}
	if y, ok := m.twoYearFiscalHeld(x.start); ok {
		return cand{typ: "DATE", val: yearVal(y + off), gran: gYear, by: ByStory, fiscal: true}, true // "fiscal 1998/99" (timex57.go)
	}
	if m.fiscalYearEnd(x.start) != 0 && m.fiscalHeld != 0 {
		// a fiscal year named with its first or last month ("fiscal 2000, which begins April
		// 1") tells which one holds the publication, and how the text names them
		return cand{typ: "DATE", val: yearVal(m.fiscalHeld + off), gran: gYear, by: ByStory, fiscal: true}, true
	}
	if c, ok := m.currentFiscalEnding(x, off); ok {
		return c, true // "the current fiscal year, which ends June 30" (timex61.go)
	}
	if c, ok := m.currentFiscal(off); ok && !m.word(x.tok(1), "new") {
		return c, true // the year of the period a results story leads with (timex38.go)
	}
	if off == 0 && !m.word(x.tok(1), "new") {
		// "the current fiscal year" is the one the story named ("fiscal 2008, which began in
		// July"): a fiscal year seldom matches the calendar's.
		if m.lastFiscal != 0 {
			return cand{typ: "DATE", val: yearVal(m.lastFiscal), gran: gYear, by: m.lastFiscalBy, fiscal: true}, true
		}
	}
	if e := m.fiscalYearEnd(x.start); e != 0 && m.hasDoc {
		// The fiscal year that holds the publication, named for the year it ends in: "the
		// current fiscal year" of a company whose year ends in June is next year's in October.
		y := m.doc.Year()
		if int(m.doc.Month()) > e {
			y++
		}
		return cand{typ: "DATE", val: yearVal(y + off), gran: gYear, by: ByPublication, fiscal: true}, true
	}
	return m.offset(x.end, uYear, off, 0)
}

func normFullYear(m *matcher, x *match) (cand, bool) {
	if m.lengthOfYear(x) { // timex45.go
		return cand{}, false
	}
	if x.has(4) {
		y, _ := m.yearValue(x.tok(4))
		return cand{typ: "DATE", val: yearVal(y), gran: gYear, by: ByAbsolute}, true
	}
	if !m.hasDoc {
		return cand{typ: "DATE", val: "XXXX", gran: gYear, by: ByUnresolved}, true
	}
	// In a year's first quarter, the season of annual reports, a full year told in the past is
	// the one just ended ("net income for the year rose", published in March).
	y := m.doc.Year()
	if m.doc.Month() <= 3 && m.tense(x.start, x.end) == tensePast {
		y--
	}
	return cand{typ: "DATE", val: yearVal(y), gran: gYear, by: ByPublication}, true
}

// normLatestQuarter: "the latest period" of a results story is the quarter it reports, the last
// one it named however far back (comparisons are not remembered as named); "the latest
// quarter" and "the latest month" are the last ones ended before the publication, as a
// quarterly or monthly report means them. "The latest week" is left: a weekly report's week
// (the Fed's, to Wednesday; the money supply's, to a Monday ten days back) is no ISO week the
// publication places.
func normLatestQuarter(m *matcher, x *match) (cand, bool) {
	if d := m.toks[x.start].sent - m.lastQuarterSent; m.word(x.end-1, "period") && m.lastQuarter != 0 && d >= 0 {
		n := m.lastQuarter
		return cand{typ: "DATE", val: quarterVal(n/4, n%4+1), gran: gQuarter, by: m.lastQuarterBy}, true
	}
	if m.word(x.end-1, "month") {
		return m.offset(x.end, uMonth, -1, 0)
	}
	if c, ok := m.latestMonthPeriod(x); ok {
		return c, true // "Car sales fell 17% in November. ... in the latest period" (timex46.go)
	}
	// in a fiscal calendar the story states, the fiscal quarter last ended (quarterMoved)
	return m.quarterMoved(x.start, x.end, -1)
}

// normWeekend: "over the weekend" is the stretch of it, a duration, as the reference annotation
// (AQUAINT) writes it each time it stands as an adverb ("arrived over the weekend", "Over the
// weekend, lawyers ..."); otherwise the weekend is a date that the tense places ("during the
// weekend", "the over-the-weekend decision").
func normWeekend(m *matcher, x *match) (cand, bool) {
	if m.anyWord(x.start-1, "over", "throughout") {
		return cand{typ: "DURATION", val: "P2D"}, true
	}
	return m.resolve(cand{typ: "DATE", gran: gWeek}, need{kind: needWeekend, start: x.start, end: x.end})
}

// longWeekends are the holidays that give a weekend its name: a day off next to it.
var longWeekends = []string{"christmas", "thanksgiving", "easter", "labor", "memorial", "independence", "presidents", "columbus"}

// normHolidayWeekend: "the holiday weekend" is the weekend of the holiday that makes one,
// nearest the story's day on the side its tense tells: up to ten days back (a story of the
// Tuesday after Labor Day) or two and a half weeks ahead (patrols planned for it); with none
// near, the weekend its tense places.
func normHolidayWeekend(m *matcher, x *match) (cand, bool) {
	if m.hasDoc {
		t := m.tense(x.start, x.end)
		best, bestGap := time.Time{}, 100
		try := func(d time.Time) {
			gap := daysApart(d, m.doc)
			if d.Before(m.doc) && (gap > 10 || t == tenseFuture) || d.After(m.doc) && (gap > 17 || t == tensePast) {
				return
			}
			if gap < bestGap {
				best, bestGap = d, gap
			}
		}
		for _, w := range longWeekends {
			h := holidays[lexicon[w].val]
			for y := m.doc.Year() - 1; y <= m.doc.Year()+1; y++ {
				try(h.in(y))
			}
		}
		try(date(m.doc.Year(), 1, 1)) // New Year's Day, no entry of holidays
		try(date(m.doc.Year()+1, 1, 1))
		if bestGap < 100 {
			return cand{typ: "DATE", val: holidayWeekend(best), gran: gWeek, by: ByPublication}, true
		}
	}
	return m.resolve(cand{typ: "DATE", gran: gWeek}, need{kind: needWeekend, start: x.start, end: x.end})
}

// daysApart is the number of days between two dates, either way.
func daysApart(a, b time.Time) int {
	n := int(a.Sub(b).Hours()/24 + 0.5)
	if a.Before(b) {
		n = int(b.Sub(a).Hours()/24 + 0.5)
	}
	return n
}

// normSportsSeason: "last season" of a team is the year before the publication's, as TimeML
// values a season of play by its year; "this season's colors" of fashion is the same year.
// "the season" alone and "the holiday season" are no period the text dates.
func normSportsSeason(m *matcher, x *match) (cand, bool) {
	if m.weatherThisSeason(x.start, x.end) { // timex41.go
		return cand{}, false
	}
	if m.word(x.start, "last") && (m.word(x.start-1, "the") || m.possessiveBefore(x.start)) {
		return cand{}, false // "this could be his last season", "the team's last season": the final one, no date
	}
	off := 0
	switch {
	case m.word(x.start, "last"):
		off = -1
	case m.word(x.start, "next"):
		off = 1
	}
	if m.hasDoc && m.straddlingSeason(int(m.doc.Month())) {
		off-- // "this season" in an April hockey story is the one begun the October before
	}
	return m.offset(x.end, uYear, off, 0)
}

// straddlingSeason reports whether a story published in month mo is of a sport whose season
// runs across the new year and is still being played: hockey or basketball from January to
// June, football in January and February. Such a season is named by the year it starts in
// ("the 1999-2000 season" is 1999's), so "this season" in an April 2000 hockey story is 1999
// and "last season" 1998. The sport is told by words of its own anywhere in the text, read
// only when a season is named.
func (m *matcher) straddlingSeason(mo int) bool {
	if mo > 6 {
		return false
	}
	for k := range m.toks {
		if m.toks[k].kind != kWord {
			continue
		}
		if m.toks[k].in(sWinterSportWords) || mo <= 2 && m.toks[k].in(sFootballWords) {
			return true
		}
	}
	return m.artsSeasonText() // an opera's or an orchestra's season (timex60.go)
}

// winterSportWords name hockey and basketball, whose seasons run from October or November to
// June; footballWords name the football whose season ends in January's playoffs and bowls.
var (
	winterSportWords = map[string]bool{"hockey": true, "basketball": true, "nhl": true, "nba": true, "puck": true,
		"goalie": true, "goaltender": true, "rebounds": true, "rebound": true, "stanley": true}
	footballWords = map[string]bool{"nfl": true, "football": true, "touchdown": true, "touchdowns": true,
		"quarterback": true, "bowl": true}
)
