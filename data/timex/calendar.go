package timex

// calendarRules are the families of month names, amounts of units and the forms TimeML
// annotates with their article, after the patterns of families.go (among matches of the same
// length, those win). Each is a pattern whose normalization checks what a pattern cannot say
// (a capitalized month, a day not glued to it, a hyphen glued on both sides).
func calendarRules() []rule {
	return []rule{
		// Months.
		{name: "month-day", starts: []string{"@month"}, doc: "a month and a day, with a year or not",
			pattern: "%month %daynum ,? %y4?", norm: normMonthDay,
			examples: []Example{{"It priced Aug. 13, 2007.", "Aug. 13, 2007", "2007-08-13"}, {"The vote is on Sept. 4.", "Sept. 4", "2007-09-04"},
				// a day before weekend names the weekend it falls in or ends
				{"Highways were jammed over the July 4 weekend.", "July 4 weekend", "2007-W27-WE"},
				{"Trading began on August 14th.", "August 14th", "2007-08-14"},
				// the past of setting a date looks ahead: the next such day
				{"The judge set sentencing for June 28.", "June 28", "2008-06-28"},
				// a schedule told in the present with its day bare
				{"The labor contract, which expires June 30, covers 9,000 workers.", "June 30", "2008-06-30"},
				{"The new tax takes effect July 1.", "July 1", "2008-07-01"}}},
		{name: "month-year", starts: []string{"@month"}, doc: "a month and its year",
			pattern: "%month ,|of? %y4", norm: normMonthYear,
			examples: []Example{{"It was founded in April 2007.", "April 2007", "2007-04"}, {"Prices peaked in June of 2006.", "June of 2006", "2006-06"}}},
		{name: "season-relative-year", starts: []string{"the", "@season"}, doc: "a season of this, next or last year",
			pattern: "the? %season of? this|next|last year", norm: normSeasonRelativeYear,
			examples: []Example{{"The law was enacted in the summer of last year.", "the summer of last year", "2006-SU"},
				{"Work begins in spring next year.", "spring next year", "2008-SP"}}},
		{name: "month-relative-year", starts: []string{"@month"}, doc: "a month of this, next or last year",
			pattern: "%month of? this|next|last year", norm: normMonthRelativeYear,
			examples: []Example{{"Cuts are due in April next year.", "April next year", "2008-04"}, {"It peaked in May last year.", "May last year", "2006-05"},
				{"The firm went under in January of last year.", "January of last year", "2006-01"},
				{"A vote is set for March of next year.", "March of next year", "2008-03"}}},
		{name: "month-day-relative-year", starts: []string{"@month"}, doc: "a month and a day of this, next or last year, in digits or words",
			pattern: "%month the? %day of? this|next|last year", norm: normMonthDayRelativeYear,
			examples: []Example{{"The mill burned on Aug. 2 of last year.", "Aug. 2 of last year", "2006-08-02"},
				{"The murders took place on June twelfth of last year.", "June twelfth of last year", "2006-06-12"},
				{"The treaty lapses on March 1 next year.", "March 1 next year", "2008-03-01"}}},
		{name: "month", starts: []string{"@month"}, doc: "a month alone, by the tense of its clause; May and March only where a word of time makes them months",
			pattern: "%month", norm: normMonth,
			examples: []Example{{"It will ship in October.", "October", "2007-10"}, {"It was founded in October.", "October", "2006-10"},
				{"Sales rose in March.", "March", "2007-03"},
				// a month told ahead before a measure of it is the one just ended
				{"The government will release July industrial production on Wednesday.", "July", "2007-07"},
				{"The agency will publish its June jobs report next week.", "June", "2007-06"},
				// a measure before "in" and the month: the month just measured, told ahead too
				{"The government will report retail sales in July on Tuesday.", "July", "2007-07"},
				{"Economists expect orders to rise in August, after a drop in June.", "June", "2007-06"},
				// March before a measure needs no other word of time to be the month
				{"Traders await March factory orders, due Thursday.", "March", "2007-03"},
				// a comparison with a forecast is no future: the verb tells
				{"Shoppers spent more than expected in October.", "October", "2006-10"},
				// the verb of the month's own clause decides, not an intent coordinated after it
				{"The bank raised its payout in November and plans another review.", "November", "2006-11"},
				// a futures month lies ahead, whatever the tense
				{"Crude for July delivery fell 40 cents.", "July", "2008-07"},
				{"The September contract rose.", "September", "2007-09"},
				{"Soybeans for March delivery gained.", "March", "2008-03"},
				// what is traded may come between the month and its contract
				{"The June gold contract slipped $2.", "June", "2008-06"},
				{"Traders sold December corn futures.", "December", "2007-12"},
				// a possessive before May or March makes it the month
				{"The Fed left rates alone at its March meeting.", "March", "2007-03"},
				{"Delegates at the party's May convention backed him.", "May", "2007-05"},
				// a month of the quarter the sentence named
				{"It sees the third quarter hurt by fuel costs in July.", "July", "2007-07"},
				{"Profit in the first quarter of 2005 suffered from a strike in February.", "February", "2005-02"},
				// a plan or an expectation told in the pluperfect looks back
				{"Analysts had expected the cuts at the meeting in April.", "April", "2007-04"},
				{"The chain had planned to open the store in March.", "March", "2007-03"},
				{"The mill shut a line in October and hopes to reopen it.", "October", "2006-10"},
				// a habit names no year
				{"In December, retailers typically hire extra staff.", "December", "XXXX-12"},
				// the present of a schedule looks ahead
				{"The annual meeting is in May.", "May", "2008-05"}}},

		{name: "month-range-period", starts: []string{"@month"}, doc: "the July-September quarter, the January-June period: the calendar quarter or half the months span",
			pattern: "%month - %month quarter|period|half?", norm: normMonthRangePeriod,
			examples: []Example{{"Growth slowed in the April-June quarter.", "April-June quarter", "2007-Q2"},
				{"Sales rose in the January-June period.", "January-June period", "2007-H1"},
				// a wire report's bare span is the period too
				{"Exports rose 9 percent in January-June.", "January-June", "2007-H1"}}},

		{name: "nth-weekday", doc: "the nth or last weekday of a month: the first Monday of June, the last Saturday of July 2018",
			pattern: "the? first|second|third|fourth|last %weekday of|in %month ,? %y4?", norm: normNthWeekday,
			examples: []Example{{"The vote is set for the first Tuesday of November.", "the first Tuesday of November", "2007-11-06"},
				{"It closed on the last Friday of June 2001.", "the last Friday of June 2001", "2001-06-29"}}},
		{name: "nth-weekday-relative", doc: "the nth or last weekday of a month told from the telling's: the first Tuesday of next month, the last Friday of the month",
			pattern: "the? first|second|third|fourth|last %weekday of|in next|this|last|the month", norm: normNthWeekdayRelative,
			examples: []Example{{"The company will report on the first Tuesday of next month.", "the first Tuesday of next month", "2007-09-04"},
				{"The fund pays out on the last Friday of the month.", "the last Friday of the month", "2007-08-31"},
				{"Sales were counted on the second Monday of last month.", "the second Monday of last month", "2007-07-09"},
				// "the month" of a story at a month is that month
				{"The plant opened in March 2019, and on the last Friday of the month it shipped its first car.", "the last Friday of the month", "2019-03-29"}}},

		{name: "clock", starts: []string{"#num"}, doc: "times of day, with their day when one follows", recog: (*matcher).clock,
			examples: []Example{{"The deadline is 9 a.m. Monday.", "9 a.m. Monday", "2007-08-20T09:00"}}},

		// Amounts of units.
		{name: "ago-this", starts: []string{"#num", "@number", "a", "an"}, doc: "years ago this week or month, years ago today: an anniversary, that week, month or day so many years back",
			pattern: "%amount year|years|decade|decades ago this? week|month|today", norm: normAgoThis,
			examples: []Example{{"Ten years ago this month, the plant opened.", "Ten years ago this month", "1997-08"},
				{"The strike began thirty years ago this week.", "thirty years ago this week", "1977-W33"},
				{"Forty years ago today, the first train crossed the bridge.", "Forty years ago today", "1967-08-17"},
				// one year in the singular, as a broadcast says it
				{"A year ago this week, the river crested.", "A year ago this week", "2006-W33"}}},
		{name: "weeks-from-weekday", starts: []string{"#num", "@number", "a", "an"}, doc: "a week ago Monday, two weeks from Friday: that weekday so many weeks back or ahead",
			pattern: "%amount week|weeks ago|from %weekday", norm: normWeeksFromWeekday,
			examples: []Example{{"The plant reopened a week ago Monday.", "a week ago Monday", "2007-08-06"},
				{"The board meets two weeks from Thursday.", "two weeks from Thursday", "2007-09-06"}}},
		{name: "weeks-from-day", starts: []string{"#num", "@number", "a", "an"}, doc: "a week from tomorrow, two weeks ago yesterday: that day so many weeks ahead or back",
			pattern: "%amount week|weeks ago|from tomorrow|yesterday", norm: normWeeksFromDay,
			examples: []Example{{"The vote is set for a week from tomorrow.", "a week from tomorrow", "2007-08-25"},
				{"The ship sailed two weeks ago yesterday.", "two weeks ago yesterday", "2007-08-02"}}},
		{name: "from-now", starts: []string{"#num", "@number", "a", "an"}, doc: "an amount of units from now: the period that far ahead",
			pattern: "%amount %unit from now|today|tonight", norm: normFromNow,
			examples: []Example{{"A year from now, the plant will be closed.", "A year from now", "2008"},
				{"The vote is two weeks from today.", "two weeks from today", "2007-W35"}}},
		{name: "ago", starts: []string{"#num", "@number", "a", "an", "several", "few"}, doc: "an amount of units ago: the period that far back",
			pattern: "%amount %unit ago", norm: normAgo,
			examples: []Example{{"It listed two weeks ago.", "two weeks ago", "2007-W31"}, {"The firm was founded two decades ago.", "two decades ago", "1987"},
				{"Prices fell a few years ago.", "a few years ago", "PAST_REF"},
				// a month told in an aside is no figure's to compare: the year
				{"The chief, who took over in May, says orders are filled faster than a year ago.", "a year ago", "2006"}}},
		{name: "year-earlier", starts: []string{"#num", "@number", "a", "an"}, doc: "a year earlier outside a results story: the year before the publication's",
			pattern: "%amount year earlier", norm: normYearEarlier,
			examples: []Example{{"Its shares were worth less one year earlier.", "one year earlier", "2006"},
				// said of a year the sentence names: the year before it
				{"In 2004 the mill shipped 9,000 tons, up from 7,500 a year earlier.", "a year earlier", "2003"}}},
		{name: "duration", starts: []string{"#num", "@number", "a", "an", "several", "few"}, doc: "an amount of units: four months, a two-day strike, several years",
			pattern: "%amount -? %unit", norm: normDuration,
			examples: []Example{{"The deal took four months.", "four months", "P4M"}, {"Workers began a two-day strike.", "two-day", "P2D"},
				{"It grew for several years.", "several years", "PXY"}}},

		// A day or a week around a date.
		{name: "day-around", doc: "the day or week before or after a date of the text",
			pattern: "the? day|week before|after", norm: normDayAround,
			examples: []Example{{"It rose a day after Tuesday's vote.", "day after Tuesday", "2007-08-15"},
				{"Shops will be busy the week before Christmas.", "the week before Christmas", "2007-W51"}}},
		{name: "week-of", doc: "the week of a day", pattern: "the week of", norm: normWeekOf,
			examples: []Example{{"Talks are set for the week of Sept. 10.", "the week of Sept. 10", "2007-W37"}}},

		// What TimeML annotates with its article.
		{name: "week-of-month", doc: "the first, second, ... or last week of a month: the ISO week that holds the month's 4th day (11th, ...; the last week's, its last day but three), as ISO counts a year's first week",
			pattern: "the %ordinal? last? week of", norm: normWeekOfMonth,
			examples: []Example{{"Seedlings will go in during the first week of March.", "the first week of March", "2008-W10"},
				{"Talks resumed in the last week of July.", "the last week of July", "2007-W30"},
				{"The sale runs through the second week of June 2009.", "the second week of June 2009", "2009-W24"}}},
		{name: "the-ordinal-period", doc: "the nth quarter or half, with its year or by the tense: the third quarter; of the company's fiscal year when the text says when that ends",
			pattern: "the %ordinal -? quarter|half", norm: normTheOrdinalPeriod,
			examples: []Example{{"Sales rose in the second quarter.", "the second quarter", "2007-Q2"},
				// a perfect infinitive looks back from the expectation
				{"Economists expect output to have shrunk in the first quarter.", "the first quarter", "2007-Q1"},
				{"Profit fell in the fourth quarter of 2006.", "the fourth quarter of 2006", "2006-Q4"},
				{"Its fiscal year ended June 30, and sales in the fourth quarter rose.", "the fourth quarter", "2007-Q4"},
				{"Fiscal 2007 ended Sept. 30; the company sees a loss in the first half.", "the first half", "2008-H1"},
				{"Its fiscal year begins in July, and sales in the fourth quarter fell.", "the fourth quarter", "2007-Q4"},
				{"Its fiscal third quarter, ended March 31, was weak, and the fourth quarter was strong.", "the fourth quarter", "2007-Q4"}}},
		{name: "century-word", starts: []string{"the", "@ordinal", "@number"}, doc: "the nth century in words: the twentieth century",
			pattern: "the? %wordord century", norm: normCenturyWord,
			examples: []Example{{"It was the bloodiest war of the twentieth century.", "the twentieth century", "19"},
				{"Banks must change for the twenty-first century.", "the twenty-first century", "20"},
				{"It was a nineteenth century mill.", "nineteenth century", "18"}}},
		{name: "turn-of-century", starts: []string{"the"}, doc: "the turn of the century: the year a century turns; of the nth century, its first year, else by the tense (back to the last turn, ahead to the next)",
			pattern: "the turn of the last|previous|past? %nth? %wordord? century", norm: normTurnOfCentury,
			examples: []Example{{"Dot-com stocks crashed at the turn of the century.", "the turn of the century", "2000"},
				{"Canals were dug at the turn of the nineteenth century.", "the turn of the nineteenth century", "1800"},
				{"Steel boomed at the turn of the 20th century.", "the turn of the 20th century", "1900"},
				// the turn before the one nearest the telling
				{"Trolleys ran here at the turn of the last century.", "the turn of the last century", "1900"}}},
		{name: "the-relative-span", doc: "the past two years, the next three months: durations with their article",
			pattern: "the %relative %amount %unit", norm: normTheRelativeSpan,
			examples: []Example{{"Over the past four months it grew.", "the past four months", "P4M"}}},
		{name: "the-relative-unit", doc: "the past year, the last week, the coming weeks (durations), the coming month",
			pattern: "the %relative %unit", norm: normTheRelativeUnit,
			examples: []Example{{"More news in the coming weeks.", "the coming weeks", "PXW"}, {"Shares fell 10% in the past year.", "the past year", "P1Y"},
				{"Prices rose in the last week.", "the last week", "P1W"},
				{"Costs will double over the next decade.", "the next decade", "P10Y"},
				// "the following" counts from the story's time: a stretch, no future
				{"The strike of 1994 hurt sales in the following months.", "the following months", "PXM"}}},
		{name: "the-coming-season", doc: "the coming spring, summer, fall or winter",
			pattern: "the coming %season", norm: func(m *matcher, x *match) (cand, bool) { return m.seasonRel(x.tok(1), x.tok(2), rComing) },
			examples: []Example{{"Prices may rise in the coming winter.", "the coming winter", "2007-WI"}}},
		{name: "the-future", doc: "the future: the time after now", pattern: "the future", norm: normTheFuture,
			examples: []Example{{"Investors worry about the future.", "the future", "FUTURE_REF"}}},
		{name: "the-past", doc: "the past: the time before now, as a noun ending its phrase", pattern: "the past", norm: normThePast,
			examples: []Example{{"Such deals failed in the past.", "the past", "PAST_REF"}, {"In the past, and again now, it grew.", "the past", "PAST_REF"},
				// ending the subject of its clause
				{"Curfews imposed in the past were widely ignored.", "the past", "PAST_REF"}}},
		{name: "that-decade", starts: []string{"that"}, doc: "that decade: the past decade named in its sentence or the one before",
			pattern: "that decade", norm: normThatDecade,
			examples: []Example{{"He spent the 1970s in London, and during that decade he ran the office.", "that decade", "197"}}},
	}
}

// monthWord is the month of a month-class token.
func (m *matcher) monthWord(i int) int { return m.toks[i].lex.val }

// normMonthDay: "Aug. 13, 2007", "August 13th"; a day not glued to the month ("Aug13" is a
// code). A comma after the day belongs to the date only when a year follows it; a day its month
// cannot have with that year leaves the year out.
func normMonthDay(m *matcher, x *match) (cand, bool) {
	mo, dt := m.monthWord(x.tok(0)), x.tok(1)
	if m.glued(dt) || !x.has(3) && m.calendarOfYear(x.tok(0)) {
		return cand{}, false
	}
	d, _ := m.dayNumAt(dt)
	if x.has(3) || m.dayRangeYear(dt) {
		y, _ := m.yearAt(x.tok(3))
		if !x.has(3) {
			y, _, _ = m.yearAfterDays(dt + 1) // "June 10-12, 1998" (timex53.go)
		}
		if dd, ok := validDay(y, mo, d); ok {
			return cand{end: x.end, typ: "DATE", val: dayVal(dd), gran: gDay, by: ByAbsolute}, true
		}
	}
	c, ok := m.dayNoYear(x.start, x.to[1], mo, d)
	return m.weekendOf(c, x.to[1]), ok
}

// normMonthYear: "April 2007", "April, 2007", "June of 2006"; not "April2007".
func normMonthYear(m *matcher, x *match) (cand, bool) {
	if m.glued(x.tok(2)) {
		return cand{}, false
	}
	y, _ := m.yearAt(x.tok(2))
	return cand{typ: "DATE", val: monthVal(y, m.monthWord(x.tok(0))), gran: gMonth, by: ByAbsolute}, true
}

func normMonthRelativeYear(m *matcher, x *match) (cand, bool) {
	return m.offsetIn(x.end, yearOffset(m.toks[x.tok(2)].s), m.monthWord(x.tok(0)), 0, gMonth)
}

// normMonthDayRelativeYear: "Aug. 2 of last year", "June twelfth of last year", "March 1 next
// year": the day of the year the relative word names, whatever the tense.
func normMonthDayRelativeYear(m *matcher, x *match) (cand, bool) {
	mo, dt := m.monthWord(x.tok(0)), x.tok(2)
	d, ok := m.dayNumAt(dt)
	if !ok {
		if d, _, ok = m.wordOrdinal(dt); !ok {
			return cand{}, false
		}
	}
	if m.glued(dt) {
		return cand{}, false
	}
	if !m.hasDoc {
		return cand{typ: "DATE", val: "XXXX-" + pad(mo, 2) + "-" + pad(d, 2), gran: gDay, by: ByUnresolved}, true
	}
	dd, valid := validDay(m.doc.Year()+yearOffset(m.toks[x.tok(4)].s), mo, d)
	if !valid {
		return cand{}, false
	}
	return cand{typ: "DATE", val: dayVal(dd), gran: gDay, by: ByPublication}, true
}

func normSeasonRelativeYear(m *matcher, x *match) (cand, bool) {
	k := x.tok(1)
	if !m.hasDoc || m.word(k, "fall") && !m.word(k+1, "of") && !x.has(0) {
		return cand{}, false // "a fall last year" is a drop
	}
	y := m.doc.Year() + yearOffset(m.toks[x.tok(3)].s)
	return cand{typ: "DATE", val: yearVal(y) + "-" + seasonCodes[m.toks[k].lex.val], gran: gSeason, by: ByPublication}, true
}

// normMonth: a month alone. An abbreviation wants its dot ("Jan" is a name, "Sep" without a
// day rare) and a word of time before it; May and March too ("May" the modal, "March" the verb).
func normMonth(m *matcher, x *match) (cand, bool) {
	i := x.tok(0)
	mo, abbr, dot := m.monthWord(i), m.toks[i].lex.abbr, x.end-i == 2
	// March and May need a context that makes them months; a measure after them is one
	// ("the March retail sales report", "May housing starts").
	if abbr && !dot || (abbr || mo == 5 || mo == 3) && !m.monthContext(i) && !m.contractMonth(x.end) && !m.bareContractMonth(i, x.end) &&
		!(mo != 5 && !abbr && m.toks[i].upper && m.monthMeasured(need{start: i, end: x.end})) || m.monthGoesOn(x.end) || m.calendarOfYear(i) {
		return cand{}, false
	}
	if (m.contractMonth(x.end) || m.bareContractMonth(i, x.end)) && m.hasDoc { // "December corn closed at" (timex69.go)
		// A futures contract is named for the month it is delivered in, which has not come yet:
		// "crude for September delivery", "the December contract", "March futures".
		y, dm := m.doc.Year(), int(m.doc.Month())
		if mo < dm {
			y++
		}
		return cand{end: x.end, typ: "DATE", val: monthVal(y, mo), gran: gMonth, by: ByPublication}, true
	}
	if y, ok := m.rangeYear(x.end, mo); ok {
		return cand{end: x.end, typ: "DATE", val: monthVal(y, mo), gran: gMonth, by: ByAbsolute}, true
	}
	if q := m.lastQuarter; q != 0 && m.lastQuarterSent == m.toks[i].sent && (mo-1)/3 == q%4 && m.hasDoc && !m.pluperfectMonth(i) { // timex73.go
		// A month of the quarter its sentence has named is that quarter's: "expects profit in
		// the third quarter to be hurt by fuel prices in August".
		return cand{end: x.end, typ: "DATE", val: monthVal(q/4, mo), gran: gMonth, by: m.lastQuarterBy}, true
	}
	if c, ok := m.monthBeforeFinding(i, x.end, mo); ok { // "a report dated Dec. 15 found that rifles logged in March" (timex48.go)
		return c, true
	}
	if c, ok := m.monthOfFrontedYear(i, x.end, mo); ok { // "Four years ago, a candidate could recover by April" (timex52.go)
		return c, true
	}
	if c, ok := m.monthAfterSeasonRun(i, x.end, mo); ok { // "run daily through the summer and drop to four a week from November" (timex78.go)
		return c, true
	}
	return m.monthOnly(i, x.end, mo)
}

// rangeYear reads the year of a month that opens a range whose other end writes it: "between
// March and May 1987", "from October through December, 1988". The month mo is of that year,
// or of the year before when it comes later in the calendar ("from November to March 1988").
// ok is false when no month with its year follows the joining word at token j.
func (m *matcher) rangeYear(j, mo int) (int, bool) {
	if !m.anyWord(j, "and", "to", "through", "until", "till") && !m.isHyphen(j) {
		return 0, false
	}
	k := j + 1
	if m.kind(k) != lxMonth || !m.toks[k].upper {
		return 0, false
	}
	mo2 := m.monthWord(k)
	k++
	if m.toks[k-1].lex.abbr && m.punct(k, ".") {
		k++
	}
	if m.punct(k, ",") {
		k++
	}
	y, ok := m.yearAt(k)
	if !ok {
		return 0, false
	}
	if mo > mo2 {
		y--
	}
	return y, true
}

// contractMonth reports whether the month ending at token j names a futures or options
// contract: "delivery", "contract", "futures" or "options" follows it, or follows what is
// traded ("the June bond contract", "December corn futures", "the March crude oil contract").
// Only a traded good or a stock index's name ("the December S&P 500 contract", stockIndexPart)
// may come between: "the June labor contract" is one signed in June.
func (m *matcher) contractMonth(j int) bool {
	for k := j; k < j+5; k++ {
		if m.anyWord(k, "delivery", "contract", "contracts", "futures", "options") {
			return true
		}
		if k >= len(m.toks) || (m.toks[k].kind != kWord || !m.toks[k].in(sTradedGoods)) && !m.stockIndexPart(k) {
			return false
		}
	}
	return false
}

// tradedGoods are what futures and options contracts are written on, as market stories name
// them before "contract" or "futures".
var tradedGoods = map[string]bool{"bond": true, "bonds": true, "note": true, "notes": true, "bill": true, "bills": true,
	"treasury": true, "eurodollar": true, "crude": true, "oil": true, "heating": true, "gasoline": true, "gas": true,
	"gold": true, "silver": true, "copper": true, "platinum": true, "corn": true, "wheat": true, "soybean": true,
	"soybeans": true, "cotton": true, "sugar": true, "coffee": true, "cocoa": true, "cattle": true, "hog": true, "hogs": true,
	"index": true, "yen": true, "mark": true, "currency": true}

// monthGoesOn reports whether a day or a year follows a month ending at token j: the date is
// month-day's or month-year's, and where they refuse it ("February 30") it is no month alone.
func (m *matcher) monthGoesOn(j int) bool {
	if _, ok := m.dayNumAt(j); ok && !m.glued(j) {
		return true
	}
	k := j
	if m.punct(k, ",") || m.word(k, "of") {
		k++
	}
	_, ok := m.yearAt(k)
	return ok && !m.glued(k)
}

// amountUnit reads the amount and the unit of a match whose element 0 is %amount and element
// u its unit: a unit in the singular wants an amount of one ("three month" only in compounds).
func (m *matcher) amountUnit(x *match, u int) (n, unit int, ok bool) {
	n, _, _ = m.amountAt(x.tok(0))
	unit, plural, _ := m.unitAt(x.tok(u))
	return n, unit, n != 0 && (n == 1 || plural)
}

// normAgo: "two weeks ago" is the week two weeks before the publication's, "two decades ago"
// the year (not the decade) twenty years back, "a few years ago" some time in the past.
// Hours and minutes ago are left to the duration.
func normAgo(m *matcher, x *match) (cand, bool) {
	n, u, ok := m.amountUnit(x, 1)
	switch {
	case !ok || u == uHour || u == uMinute:
		return cand{}, false
	case n < 0:
		return ref("PAST_REF", x.end)
	case u == uDecade || u == uCentury:
		return m.offset(x.end, u, -n, uYear)
	case n == 1 && u == uWeek:
		return m.weekAgoDay(x)
	case n == 1 && u == uYear:
		if c, ok := m.weekYearEarlier(x.start, x.end); ok { // timex37.go
			return c, true
		}
	}
	return m.offset(x.end, u, -n, 0)
}

// normWeeksFromWeekday: "a week ago Monday" is the Monday before last (said on a Friday: the
// Monday of the week before), "two weeks from Thursday" the coming Thursday and two weeks more,
// as talk and broadcast copy count.
func normWeeksFromWeekday(m *matcher, x *match) (cand, bool) {
	n, _, ok := m.amountAt(x.tok(0))
	if !ok || n < 1 || n > 8 || !m.hasDoc {
		return cand{}, false
	}
	t, sign := tensePast, -1
	if m.word(x.tok(2), "from") {
		t, sign = tenseFuture, 1
	}
	c, ok := m.weekday(x.tok(3), t, 0)
	d, isDay := parseDay(c.val)
	if !ok || !isDay {
		return cand{}, false
	}
	return cand{end: x.end, typ: "DATE", val: dayVal(d.AddDate(0, 0, sign*7*n)), gran: gDay, by: ByPublication}, true
}

// normFromNow mirrors normAgo ahead of the publication.
func normFromNow(m *matcher, x *match) (cand, bool) {
	n, u, ok := m.amountUnit(x, 1)
	switch {
	case !ok || n < 1 || u == uHour || u == uMinute:
		return cand{}, false
	case u == uDecade || u == uCentury:
		return m.offset(x.end, u, n, uYear)
	case n == 1 && u == uWeek:
		return m.weekAheadDay(x) // timex45.go
	}
	return m.offset(x.end, u, n, 0)
}

// normWeeksFromDay: "a week from tomorrow" is the day after the publication a week on, "two
// weeks ago yesterday" the day before it two weeks back: talk's count from a day, as from a
// weekday ("a week from Thursday", weeks-from-weekday). "Ago" looks back, "from" ahead.
func normWeeksFromDay(m *matcher, x *match) (cand, bool) {
	n, _, ok := m.amountAt(x.tok(0))
	if !ok || n < 1 || n > 8 || !m.hasDoc {
		return cand{}, false
	}
	sign := -1
	if m.word(x.tok(2), "from") {
		sign = 1
	}
	day := 1
	if m.word(x.tok(3), "yesterday") {
		day = -1
	}
	return cand{end: x.end, typ: "DATE", val: dayVal(m.doc.AddDate(0, 0, day+sign*7*n)), gran: gDay, by: ByPublication}, true
}

// normAgoThis: "seven years ago this month" is one expression, the publication's month (week)
// that many years back, as TimeML annotates an anniversary; "fifty years ago today" the
// publication's day.
func normAgoThis(m *matcher, x *match) (cand, bool) {
	n, u, ok := m.amountUnit(x, 1)
	if !ok || n < 1 || !m.hasDoc {
		return cand{}, false
	}
	if u == uDecade {
		n *= 10
	}
	t := m.doc.AddDate(-n, 0, 0)
	if m.word(x.tok(4), "today") != !x.has(3) {
		return cand{}, false // "ago this today", "ago week"
	}
	if m.word(x.tok(4), "today") {
		return cand{end: x.end, typ: "DATE", val: dayVal(t), gran: gDay, by: ByPublication}, true
	}
	if m.word(x.tok(4), "week") {
		return cand{end: x.end, typ: "DATE", val: weekVal(t), gran: gWeek, by: ByPublication}, true
	}
	return cand{end: x.end, typ: "DATE", val: monthVal(t.Year(), int(t.Month())), gran: gMonth, by: ByPublication}, true
}

// normYearEarlier: "a year earlier" in news is the year before the publication's (in a results
// story, comparable-period's quarter comes first); "a year earlier than" compares.
func normYearEarlier(m *matcher, x *match) (cand, bool) {
	if n, _, _ := m.amountAt(x.tok(0)); n != 1 || m.anyWord(x.end, "than") {
		return cand{}, false
	}
	if c, ok := m.weekYearEarlier(x.start, x.end); ok { // a week's figure (timex37.go)
		return c, true
	}
	if c, ok := m.periodEndedYearEarlier(x.start, x.end); ok { // "the December period ended Dec. 29" (timex55.go)
		return c, true
	}
	// Said of a year its sentence names, it is the year before that one: "For fiscal 1989 it
	// earned $162 million, up from $150 million a year earlier" (1988, whenever told).
	if st := m.story; st.gran == gYear && st.sent == m.toks[x.tok(0)].sent {
		return cand{end: x.end, typ: "DATE", val: yearVal(st.t.Year() - 1), gran: gYear, by: ByStory}, true
	}
	if c, ok := m.yearEarlierNarrative(x.start, x.end); ok { // "in 1996. A year earlier, it had" (timex68.go)
		return c, true
	}
	return m.offset(x.end, uYear, -1, 0)
}

// normDuration: "four months", "two-day" (the hyphen glued on both sides), "a year" only after
// a word that makes it a length ("for a year", "in about a year"; "a year in which" is none).
func normDuration(m *matcher, x *match) (cand, bool) {
	hyph := x.has(1)
	if hyph && !(m.glued(x.tok(1)) && m.glued(x.tok(2))) {
		return cand{}, false
	}
	n, _, _ := m.amountAt(x.tok(0))
	u, plural, _ := m.unitAt(x.tok(2))
	if n == 0 || u == uHalf || !hyph && n != 1 && !plural {
		return cand{}, false // "0-day" is an exploit, "zero days" no span
	}
	if i := x.tok(0); m.anyWord(i, "a", "an") && !m.anyWord(i-1, "for", "about", "over", "in", "than", "within", "nearly", "almost", "after", "least") {
		return cand{}, false
	}
	return cand{typ: "DURATION", val: durVal(u, n)}, true
}

// normDayAround: "[the] day before last Tuesday", "the week after Christmas"; a week wants its
// article.
func normDayAround(m *matcher, x *match) (cand, bool) {
	if !x.has(0) && m.word(x.tok(1), "week") {
		return cand{}, false
	}
	return m.dayAround(x.tok(1), x.tok(2))
}

// normWeekOf: "the week of Sept. 10" is the ISO week of that day.
func normWeekOf(m *matcher, x *match) (cand, bool) {
	c, ok := m.core(x.end)
	if !ok || c.gran != gDay || len(c.val) != 10 {
		return cand{}, false
	}
	d, _ := parseDay(c.val)
	return cand{end: c.end, typ: "DATE", val: weekVal(d), gran: gWeek, by: c.by}, true
}

// normWeekOfMonth: the week of a month counted as ISO 8601 counts a year's weeks: the first is
// the one that holds the 4th (most of its days are the month's), the nth the one that holds
// the 4th plus n-1 weeks, and the last the one that holds the day three before the month's end.
func normWeekOfMonth(m *matcher, x *match) (cand, bool) {
	c, ok := m.core(x.end)
	if !ok || c.gran != gMonth || len(c.val) != 7 {
		return cand{}, false
	}
	if x.has(1) == x.has(2) {
		return cand{}, false // "the week of March 3" is week-of's
	}
	y, mo := atoiCap(c.val[:4]), atoiCap(c.val[5:7])
	day := daysIn(y, mo) - 3
	if x.has(1) {
		n := m.toks[x.tok(1)].lex.val
		if n < 1 || n > 4 {
			return cand{}, false
		}
		day = 4 + 7*(n-1)
	}
	return cand{end: c.end, typ: "DATE", val: weekVal(date(y, mo, day)), gran: gWeek, by: c.by}, true
}

func normTheOrdinalPeriod(m *matcher, x *match) (cand, bool) {
	c, ok := m.ordinalPeriod(x.tok(1), x.tok(3), x.end)
	return c, ok && m.skipAdjectiveArticle(x, &c)
}

func normCenturyWord(m *matcher, x *match) (cand, bool) {
	n, _, _ := m.wordOrdinal(x.tok(1))
	return cand{typ: "DATE", val: pad(n-1, 2), gran: gCentury, by: ByAbsolute}, true
}

// normTurnOfCentury: the year a century turns, written as its year with the mod APPROX.
func normTurnOfCentury(m *matcher, x *match) (cand, bool) {
	c := cand{typ: "DATE", gran: gYear, mod: "APPROX", by: ByAbsolute}
	switch {
	case x.has(4) && (x.has(5) || x.has(6)):
		return cand{}, false // "the last 20th century"
	case x.has(5) && x.has(6):
		return cand{}, false
	case x.has(5):
		n, _ := centuryOrdinal(&m.toks[x.tok(5)])
		c.val = yearVal((n - 1) * 100)
		return c, n >= 1
	case x.has(6):
		n, _, _ := m.wordOrdinal(x.tok(6))
		c.val = yearVal((n - 1) * 100)
		return c, n >= 1
	case !m.hasDoc:
		return cand{}, false
	}
	y := m.doc.Year()
	turn := (y + 50) / 100 * 100 // the nearest
	if x.has(4) {
		// "the turn of the last century": the turn before the nearest one, 1900 told in 1999
		// as in 2005
		c.val, c.by = yearVal(turn-100), ByPublication
		return c, true
	}
	if t, ok := m.turnOfStoryYear(x.start); ok { // timex39.go
		c.val, c.by = yearVal(t), ByStory
		return c, true
	}
	switch m.tense(x.start, x.end) {
	case tensePast:
		turn = y / 100 * 100
	case tenseFuture:
		turn = (y + 99) / 100 * 100
	}
	c.val, c.by = yearVal(turn), ByPublication
	return c, true
}

func normTheRelativeSpan(m *matcher, x *match) (cand, bool) { return m.relSpan(x.tok(1), x.tok(2)) }

// normTheRelativeUnit: "the last week" and "the past year" are the stretch before now (a
// duration), unlike "last week"; "the coming weeks" the future, "the coming month" the next.
// With another relative word the phrase is relative-unit's, without the article.
func normTheRelativeUnit(m *matcher, x *match) (cand, bool) {
	i, j := x.tok(1), x.tok(2)
	rel := m.toks[i].lex.val
	u, plural, _ := m.unitAt(j)
	if (rel == rLast || rel == rPast) && !plural {
		return cand{typ: "DURATION", val: durVal(u, 1)}, true
	}
	if m.nextDecadeIn(x.start, u, rel, plural) { // timex47.go
		return m.relUnit(i, j)
	}
	if u == uDecade && !plural && (rel == rNext || rel == rComing) && m.anyWord(x.start-1, "over", "in", "during", "within", "throughout", "for") {
		// "spending will rise over the next decade", "in the coming decade": the ten years
		// from now, a stretch, not the calendar decade after this one
		return cand{typ: "DURATION", val: "P10Y"}, true
	}
	if plural && (m.word(i, "following") || rel == rComing) {
		// "spread across Asia over the following months": a stretch after the time the story
		// tells; "in the coming years" a stretch from now, as AQUAINT's annotators tag it
		// (DURATION PXY), not the future as a point
		return cand{typ: "DURATION", val: durVal(u, -1)}, true
	}
	c, ok := m.relUnit(i, j)
	if ok && (c.typ == "DURATION" || c.val == "FUTURE_REF" || rel == rComing) {
		return c, true
	}
	return cand{}, false
}

// normTheFuture: "the future", with its article ("a future", "a bright future" are
// future's to refuse).
func normTheFuture(m *matcher, x *match) (cand, bool) { return ref("FUTURE_REF", x.end) }

// normThePast: "in the past", "the past and the present"; before a noun "past" is an adjective
// ("the past year" is the-relative-unit's, "the past decisions" no time).
func normThePast(m *matcher, x *match) (cand, bool) {
	if m.countAfterPast(x.end) { // timex41.go
		return cand{}, false
	}
	if n := x.end; n < len(m.toks) && m.toks[n].kind == kWord && !m.anyWord(n, "and", "or", "but", "as", "when", "that") &&
		!(m.word(x.start-1, "in") && m.toks[n].in(sPastAuxiliaries)) {
		return cand{}, false
	}
	return ref("PAST_REF", x.end)
}

// pastAuxiliaries after "in the past" are the verb of the clause whose subject the phrase ends:
// "orders issued in the past have rarely been enforced", "deals struck in the past were
// broken". Before a noun "past" is an adjective ("in the past decade" is a stretch).
var pastAuxiliaries = map[string]bool{"have": true, "has": true, "had": true, "were": true, "was": true,
	"did": true, "is": true, "are": true}

// normNthWeekday: "the first Monday of June" is that day of the month's year, as a month alone
// is placed; in a company's calendar ("its fiscal year ends on the last Saturday of July") it
// is a day of every year, no date.
func normNthWeekday(m *matcher, x *match) (cand, bool) {
	mi := x.tok(4)
	if m.calendarOfYear(mi) {
		return cand{}, false
	}
	nth := m.nthOfMonth(x.tok(1))
	wd, mo := m.toks[x.tok(2)].lex.val, m.toks[mi].lex.val
	var y int
	switch {
	case x.has(6):
		y, _ = m.yearAt(x.tok(6))
	case !m.hasDoc:
		return cand{typ: "DATE", val: "XXXX-" + pad(mo, 2), gran: gMonth, by: ByUnresolved}, true
	default:
		y = m.yearFor(x.start, x.end, mo, 0)
	}
	by := ByPublication
	if x.has(6) {
		by = ByAbsolute
	}
	return cand{typ: "DATE", val: dayVal(nthWeekday(y, mo, wd, nth)), gran: gDay, by: by}, true
}

// nthOfMonth is the count the word at token k gives a weekday of a month: 1 to 4 for "first" to
// "fourth", -1 for "last" (nthWeekday's last).
func (m *matcher) nthOfMonth(k int) int {
	for n, w := range [...]string{"first", "second", "third", "fourth"} {
		if m.word(k, w) {
			return n + 1
		}
	}
	return -1
}

// normMonthRangePeriod: two months that open and close a calendar quarter or half, joined by a
// hyphen before "quarter" or "period", name that period, in the year that puts its first month
// nearest the publication (as a month alone); other spans are left to the months.
func normMonthRangePeriod(m *matcher, x *match) (cand, bool) {
	a, b := m.toks[x.tok(0)].lex.val, m.toks[x.tok(2)].lex.val
	if !m.glued(x.tok(1)) || !m.glued(x.tok(2)) {
		return cand{}, false
	}
	if !x.has(3) && x.end < len(m.toks) && (m.toks[x.end].kind == kNum || m.isHyphen(x.end)) {
		return cand{}, false // "January-June 1997" and "January-June-July" are the months' own
	}
	var per, n int
	switch {
	case b-a == 2 && (a-1)%3 == 0:
		per, n = 3, (a-1)/3+1
	case b-a == 5 && (a == 1 || a == 7):
		per, n = 6, (a-1)/6+1
	default:
		return m.fiscalHalfRange(a, b) // "the April-September half" (timex43.go)
	}
	if !m.hasDoc {
		return cand{typ: "DATE", val: need{kind: needPeriod, a: n, b: per}.under(), by: ByUnresolved}, true
	}
	y := m.rangeHoldingTelling(m.yearFor(x.start, x.end, a, 0), a, b) // timex37.go
	if per == 3 {
		return cand{typ: "DATE", val: quarterVal(y, n), gran: gQuarter, by: ByPublication}, true
	}
	return cand{typ: "DATE", val: halfVal(y, n), gran: gHalf, by: ByPublication}, true
}
