package timex

import (
	"strings"
	"time"
)

// businessRules are the families of company news: fiscal periods, spans of the year reported
// to date, periods named by the day they end, and the comparisons of a results story. They
// come after patternRules: among matches of the same length the general rules there win.
func businessRules() []rule {
	return []rule{
		// Fiscal periods: the year written in the phrase dates the quarter.
		{name: "fiscal-year-period", starts: []string{"fiscal"}, doc: "fiscal 2025 first-quarter, fiscal year 1989 second half: a quarter or half of a fiscal year",
			pattern: "fiscal year? %digits %ordinal -? quarter|half", norm: normFiscalYearPeriod,
			examples: []Example{{"Its fiscal 2008 first-quarter loss narrowed.", "fiscal 2008 first-quarter", "2008-Q1"},
				{"Analysts see weaker fiscal 2006 second half sales.", "fiscal 2006 second half", "2006-H2"}}},
		{name: "fiscal-ordinal-period", starts: []string{"the", "fiscal"}, doc: "the fiscal third quarter: of the fiscal year the story named, else by the tense",
			pattern: "the? fiscal %ordinal -? quarter|half", norm: normFiscalOrdinalPeriod,
			examples: []Example{{"Fiscal 2008 looks strong; in the fiscal second quarter orders doubled.", "the fiscal second quarter", "2008-Q2"},
				{"The retailer posted a fiscal second-quarter profit.", "fiscal second-quarter", "2007-Q2"},
				// A last day in an aside names the fiscal year, for later periods too.
				{"Profit for its fiscal fourth quarter, ended June 30, rose.", "fiscal fourth quarter", "2007-Q4"},
				{"Net in the fiscal first quarter, which ended Dec. 31, fell.", "the fiscal first quarter", "2007-Q1"},
				// the calendar given in the sentence after the figures
				{"Profit in its fiscal first quarter rose. The company's fiscal year ends in March.", "fiscal first quarter", "2008-Q1"},
				// or three sentences after: the lead, the comparison and the sales come first
				{"The software maker's fiscal fourth quarter was its best. It earned $9 million, up from $7 million. Sales rose 8%. For fiscal 2007, which ended June 30, it earned $30 million.", "fiscal fourth quarter", "2007-Q4"}}},
		{name: "ordinal-fiscal-period", starts: []string{"the", "@ordinal"}, doc: "the third fiscal quarter: as fiscal-ordinal-period",
			pattern: "the? %ordinal fiscal -? quarter|half", norm: normOrdinalFiscalPeriod,
			examples: []Example{{"Revenue for fiscal 2009 will rise, starting in the second fiscal quarter.", "the second fiscal quarter", "2009-Q2"}}},
		{name: "fiscal-code-period", starts: []string{"#alnum"}, doc: "FY08 Q3, FY2008 H1, Q3 FY08: a quarter or half code with its fiscal year",
			pattern: "%fy %pcode", norm: normFiscalCodePeriod,
			examples: []Example{{"Guidance for FY08 Q3 was cut.", "FY08 Q3", "2008-Q3"}, {"FY2009 H1 orders rose.", "FY2009 H1", "2009-H1"}}},
		{name: "code-fiscal-period", starts: []string{"#alnum"}, doc: "Q3 FY08, 2Q FY2009: a quarter or half code before its fiscal year",
			pattern: "%pcode %fy", norm: normCodeFiscalPeriod,
			examples: []Example{{"Margins in Q3 FY08 were thin.", "Q3 FY08", "2008-Q3"}}},

		{name: "month-quarter", starts: []string{"the"}, doc: "the December quarter: the quarter that ends in (or holds) the month, dated as the month",
			pattern: "the %month quarter", norm: normMonthQuarter,
			examples: []Example{{"Revenue in the June quarter rose 12%.", "the June quarter", "2007-Q2"}}},
		{name: "month-quarter-compound", starts: []string{"@month"}, doc: "June-quarter revenue: the quarter that ends in (or holds) the month, in one hyphenated word",
			pattern: "%month - quarter", norm: normMonthQuarterCompound,
			examples: []Example{{"June-quarter revenue rose 12%.", "June-quarter", "2007-Q2"}}},
		{name: "year-possessive-period", starts: []string{"last", "this", "next"}, doc: "last year's third quarter, next year's first half: a quarter or half of that year",
			pattern: "last|this|next year ' s %ordinal -? quarter|half", norm: normYearPossessivePeriod,
			examples: []Example{{"Last year's third quarter included a gain.", "Last year's third quarter", "2006-Q3"},
				{"The plant opens in next year's first half.", "next year's first half", "2008-H1"}}},
		{name: "prior-year-possessive-period", starts: []string{"the"}, doc: "the prior year's fourth quarter, the previous year's first half: that period of the year before the one the story reports, else before the publication's",
			pattern: "the prior|previous|preceding year ' s %ordinal -? quarter|half", norm: normPriorYearPossessivePeriod,
			examples: []Example{{"Costs were lower than in the previous year's first half.", "the previous year's first half", "2006-H1"}}},
		{name: "year-digits-possessive-period", starts: []string{"fiscal", "#num"}, doc: "fiscal 1990's first half, 1988's fourth quarter: a quarter or half of the year written before it",
			pattern: "fiscal? year? %digits ' s %ordinal -? quarter|half", norm: normYearDigitsPossessivePeriod,
			examples: []Example{{"Profit in fiscal 2005's first half doubled.", "fiscal 2005's first half", "2005-H1"},
				{"The charge hurt 2004's fourth-quarter results.", "2004's fourth-quarter", "2004-Q4"}}},
		{name: "end-of-fiscal-year", doc: "the end of the fiscal year: of the fiscal year the story named, else the publication's; the end of the calendar year: the publication's",
			pattern: "the? end|beginning|start|middle of the|its fiscal|calendar year", norm: normEndOfFiscalYear,
			examples: []Example{{"The finance chief will step down at the end of the fiscal year.", "the end of the fiscal year", "2007"},
				{"Fiscal 2008 began well; by the end of its fiscal year the unit will be sold.", "the end of its fiscal year", "2008"},
				// the calendar year, said apart from a fiscal one, is the publication's
				{"Fiscal 2008 began well; the deal will close by the end of the calendar year.", "the end of the calendar year", "2007"}}},

		{name: "unit-possessive-end", starts: []string{"the", "year", "month", "quarter"}, doc: "year's end, the month's end, the quarter's start: as year-end, the period of the publication with its mod",
			pattern: "the? year|month|quarter ' s end|start|beginning", norm: normUnitPossessiveEnd,
			examples: []Example{{"It will cut 900 jobs by year's end.", "year's end", "2007"},
				{"Inventories will peak at the quarter's end.", "the quarter's end", "2007-Q3"}}},

		// Periods named by the day they end: the year or quarter that holds that day.
		{name: "period-ended", starts: []string{"the", "fiscal", "year", "quarter"}, doc: "the fiscal year ending June 30, the quarter ended Sept. 30: the year or quarter that holds the day; ended looks back, ending forward unless told in the past",
			pattern: "the? fiscal? year|quarter ended|ending %month %daynum ,? %y4?", norm: normPeriodEnded,
			examples: []Example{{"It expects a profit for the fiscal year ending June 30.", "the fiscal year ending June 30", "2008"},
				{"Profit for the quarter ended June 30 rose 9%.", "the quarter ended June 30", "2007-Q2"},
				{"Sales in the year ended Dec. 31, 2005, fell.", "the year ended Dec. 31, 2005", "2005"},
				// "whose fiscal year ended July 31" is a clause: its date is the day (month-day's).
				{"Net for the year ended March 31 rose; Acme, whose fiscal year ended July 31, lost money.", "the year ended March 31", "2007"}}},
		{name: "ordinal-period-ended", starts: []string{"the", "fiscal", "@ordinal"}, doc: "the fourth quarter ended Dec. 31: the nth quarter or half of the year its end day falls in",
			pattern: "the? fiscal? %ordinal -? quarter|half ended|ending %month %daynum ,? %y4?", norm: normOrdinalPeriodEnded,
			examples: []Example{{"Profit for the second quarter ended June 30 rose.", "the second quarter ended June 30", "2007-Q2"},
				{"In its fiscal fourth quarter ended Oct. 1, 2006, sales fell.", "fiscal fourth quarter ended Oct. 1, 2006", "2006-Q4"},
				// an ordinal that is not the calendar's: a fiscal year that ends later, and the
				// day a date of its own
				{"The chipmaker posted a loss for its fiscal third quarter ended Nov. 29, 2008.", "fiscal third quarter", "2009-Q3"},
				{"Sales in the first half ending Sept. 30 will rise.", "the first half", "2008-H1"}}},
		{name: "months-ended", doc: "the nine months ended Sept. 30: the span's length, a duration, and its last day, a date of its own",
			pattern: "the %amount months|weeks ended|ending %month %daynum ,? %y4?", norm: normMonthsEnded,
			examples: []Example{{"Profit for the nine months ended Sept. 30 rose.", "the nine months", "P9M"}}},
		{name: "first-months", doc: "the first nine months of 2006, the first six months: a span from the year's start, a duration as TimeML annotates it",
			pattern: "the first %amount months|weeks of? fiscal? year? %year?", norm: normFirstMonths,
			examples: []Example{{"Sales in the first nine months of 2006 rose.", "the first nine months of 2006", "P9M"},
				{"Buybacks in the first six months of fiscal 2007 doubled.", "the first six months of fiscal 2007", "P6M"},
				{"In the first six months, orders fell.", "the first six months", "P6M"}}},
		{name: "closing-months", doc: "the final three months of 1989, the last six months of 2006: the year's last quarter or half, a date",
			pattern: "the last|final %amount months of %year", norm: normClosingMonths,
			examples: []Example{{"Output fell in the final three months of 1989.", "the final three months of 1989", "1989-Q4"},
				{"Prices rose in the last six months of 2006.", "the last six months of 2006", "2006-H2"},
				{"The slowest growth since the final three months of nineteen ninety-five.", "the final three months of nineteen ninety-five", "1995-Q4"}}},

		{name: "calendar-year", starts: []string{"calendar"}, doc: "calendar 2008, calendar year 2008: a year named apart from the fiscal one",
			pattern: "calendar year? %y4", norm: func(m *matcher, x *match) (cand, bool) {
				y, _ := m.yearAt(x.tok(2))
				return cand{typ: "DATE", val: yearVal(y), gran: gYear, by: ByAbsolute}, true
			}, examples: []Example{{"In calendar 2008 the company expects growth.", "calendar 2008", "2008"}}},

		// A market report's sessions.
		{name: "prior-session", starts: []string{"the"}, doc: "the prior session, the previous trading session: the trading day before the story's (a day the sentence or the one before named, else the publication's)",
			pattern: "the prior|previous trading? session", norm: normPriorSession,
			examples: []Example{{"Bond prices slipped after rallying in the previous session.", "the previous session", "2007-08-16"},
				{"Copper fell on Monday after a record close in the prior session.", "the prior session", "2007-08-10"}}},

		// The year so far and its middle.
		{name: "year-to-date", starts: []string{"year"}, doc: "year-to-date: the publication's year, so far",
			pattern: "year -? to -? date", norm: normYearToDate,
			examples: []Example{{"Year-to-date, the shares have gained 12%.", "Year-to-date", "2007"}}},
		{name: "mid-year", starts: []string{"mid", "midyear"}, doc: "mid-year, midyear: the middle of the story's year, the next one in a future clause late in a year",
			pattern: "mid|midyear -? year?", norm: normMidYear,
			examples: []Example{{"The plant was idled at mid-year.", "mid-year", "2007"}, {"A new chief is expected by midyear.", "midyear", "2008"}}},

		// Comparisons of a results story.
		{name: "prior-year-period", doc: "the prior-year quarter, the previous-year period: as the year-ago period",
			pattern: "the prior|previous -? year quarter|period", norm: normPriorYearPeriod,
			examples: []Example{{"Second-quarter sales fell 4% from the prior-year period.", "the prior-year period", "2006-Q2"},
				// after "for the quarter" a results story infers (lead12.go)
				{"Halden posted a profit for the quarter, against a loss in the prior-year period.", "the prior-year period", "2006-Q2"}}},
		{name: "year-ago-ordinal-period", doc: "the year-ago first quarter, the year-earlier second half: that period a year before the one the story means",
			pattern: "the year - ago|earlier %ordinal -? quarter|half", norm: normYearAgoOrdinalPeriod,
			examples: []Example{{"Profit rose from the year-ago second quarter.", "the year-ago second quarter", "2006-Q2"},
				{"It compares with a loss in the year-earlier first half of 2006.", "the year-earlier first half of 2006", "2005-H1"}}},
		{name: "year-quarter", starts: []string{"the"}, doc: "the 1986 quarter, the 1986 period: the quarter of a results story in the year written",
			pattern: "the %y4 quarter|period", norm: normYearQuarter,
			examples: []Example{{"Second-quarter profit rose from $5 million in the 2006 quarter.", "the 2006 quarter", "2006-Q2"}}},
		{name: "comparable-period-word", doc: "the comparable quarter, the corresponding period, the comparable 1988 quarter: the period a results story compares with",
			pattern: "the comparable|corresponding %y4? quarter|period", norm: normComparableWord,
			examples: []Example{{"Third-quarter profit rose 8% from the comparable period.", "the comparable period", "2006-Q3"},
				{"Second-quarter sales beat the corresponding 2005 quarter.", "the corresponding 2005 quarter", "2005-Q2"}}},
		{name: "same-period-year", doc: "the same quarter of 1988, the same period in 2005, the same month of 2004: the quarter of a results story (the month of a monthly figure) in the year written",
			pattern: "the same quarter|period|month of|in %y4", norm: normSamePeriodYear,
			examples: []Example{{"Profit in the second quarter beat the same period of 2005.", "the same period of 2005", "2005-Q2"},
				// a month's figure compared with that month of a year written
				{"Car sales in May fell 6% from the same month of 2005.", "the same month of 2005", "2005-05"},
				// a half named after the last quarter is the period compared
				{"Exports rose 8% in the first half from the same period of 2005.", "the same period of 2005", "2005-H1"}}},
		{name: "year-fiscal-year", doc: "the 1989 fiscal year: that fiscal year",
			pattern: "the %y4 fiscal -? year", norm: func(m *matcher, x *match) (cand, bool) {
				y, _ := m.yearAt(x.tok(1))
				return cand{typ: "DATE", val: yearVal(y), gran: gYear, by: ByAbsolute, fiscal: true}, true
			}, examples: []Example{{"Sales for the 2006 fiscal year rose.", "the 2006 fiscal year", "2006"}}},
		{name: "same-period", doc: "the same quarter last year, the same period a year earlier, the same month a year ago: the comparable period",
			pattern: "the same quarter|period|month of|in? last|a year earlier|ago?", norm: normSamePeriod,
			examples: []Example{{"Third-quarter profit beat the same period last year.", "the same period last year", "2006-Q3"},
				// "of last year", as Xinhua writes it
				{"Exports rose 9% in the first half, over the same period of last year.", "the same period of last year", "2006-H1"},
				// after "for the quarter" a results story infers (lead12.go)
				{"Corvane reported a loss for the quarter, compared with a profit in the same period a year ago.", "the same period a year ago", "2006-Q2"},
				{"Profit rose in the third quarter from the same quarter a year earlier.", "the same quarter a year earlier", "2006-Q3"},
				{"Steel output in March rose 4% over the same month last year.", "the same month last year", "2006-03"}}},

		// The calendar of accounts: ends of months and quarters, halves, trailing spans, and the
		// year of a results story.
		{name: "period-end", starts: []string{"month", "quarter"}, doc: "month-end, quarter-end: the end of the publication's month or quarter, the last one ended when told in the past",
			pattern: "month|quarter -? end", norm: normPeriodEnd,
			examples: []Example{{"Funds are priced at month-end.", "month-end", "2007-08"},
				{"The bank will publish its ratios at quarter end.", "quarter end", "2007-Q3"},
				{"Cash rose to $2 billion at quarter-end.", "quarter-end", "2007-Q2"}}},
		{name: "half-year", starts: []string{"half"}, doc: "half-year, the half-year: the half a results story reports, the last ended unless told ahead",
			pattern: "half -? year", norm: normHalfYear,
			examples: []Example{{"Half-year profit fell 8%.", "Half-year", "2007-H1"},
				{"The bank will report its half-year results in February.", "half-year", "2007-H2"}}},
		{name: "trailing-span", starts: []string{"the", "trailing"}, doc: "the trailing twelve months, trailing 12 months: a duration that ends now",
			pattern: "the? trailing %amount %unit", norm: normTrailingSpan,
			examples: []Example{{"Revenue over the trailing twelve months was $4 billion.", "the trailing twelve months", "P12M"},
				{"It trades at 20 times trailing 12 months earnings.", "trailing 12 months", "P12M"}}},
		{name: "results-year", starts: []string{"the"}, doc: "for the year in a results story: the fiscal year the story named, else the year it reports; the year a superlative ranks within (the strongest of the year)",
			pattern: "the fiscal? year", norm: normResultsYear,
			examples: []Example{{"Net income for the year rose 12% to $40 million.", "the year", "2007"},
				{"Fiscal 2006 ended in June; sales for the year rose 9%.", "the year", "2006"},
				{"Fiscal 2007 ended in June; sales for the fiscal year rose 9%.", "the fiscal year", "2007"},
				{"Shares slid after the steelmaker cut its forecast for the year.", "the year", "2007"},
				{"The carrier, which cut its forecast for the year in July, sees growth.", "the year", "2007"},
				// a superlative ranks within the year, in a results story or any other
				{"Bookings in July were the weakest of the year.", "the year", "2007"},
				{"The index had its sharpest one-day drop of the year.", "the year", "2007"}}},
		{name: "month-anaphor", starts: []string{"the"}, doc: "the month of a monthly report: the month named in its sentence or the one before (not a bound after since)",
			pattern: "the month", norm: normMonthAnaphor,
			examples: []Example{{"Housing starts rose 4% in July. Permits fell in the month.", "the month", "2007-07"},
				{"Car sales rose in July, the best month since March. Sales of trucks rose 6% in the month.", "the month", "2007-07"},
				{"Retail sales rose 1% in July. The month had one more Saturday than July 2006.", "The month", "2007-07"}}},
		{name: "ranking-unit", starts: []string{"the"}, doc: "the month or week a superlative ranks within (the lightest of the month), the week a change is summed for (up 2% for the week): the publication's",
			pattern: "the month|week", norm: normRankingUnit,
			examples: []Example{{"Turnover was 98 million shares, the thinnest of the month.", "the month", "2007-08"},
				{"Bonds posted their biggest gain of the week on Friday.", "the week", "2007-W33"},
				// a market's change told with its figure for the week is the week of the telling
				{"The dollar slipped 0.8% for the week against the yen.", "the week", "2007-W33"},
				{"The average gained 61 points for the week.", "the week", "2007-W33"},
				{"Gold ended the week higher in London.", "the week", "2007-W33"}}},
		{name: "ranking-season", starts: []string{"the"}, doc: "the season a superlative or an ordinal ranks within (the ninth win of the season): this season, the year it is played in",
			pattern: "the season", norm: normRankingSeason,
			examples: []Example{{"The Gulls won 3-1, their ninth victory of the season.", "the season", "2007"},
				{"It was the worst loss of the season for the Gulls.", "the season", "2007"}}},
		{name: "final-quarter", starts: []string{"the"}, doc: "the final quarter, the final quarter of 1989: the fourth quarter, of the year written or by the tense",
			pattern: "the final quarter", norm: normFinalQuarter,
			examples: []Example{{"Sales in the final quarter rose 4%.", "the final quarter", "2006-Q4"},
				{"Profit fell in the final quarter of 2005.", "the final quarter of 2005", "2005-Q4"}}},
		{name: "year-possessive-final-quarter", starts: []string{"last", "this", "next"}, doc: "last year's final quarter: the fourth quarter of that year",
			pattern: "last|this|next year ' s final quarter", norm: normYearPossessiveFinalQuarter,
			examples: []Example{{"Productivity fell in last year's final quarter.", "last year's final quarter", "2006-Q4"}}},
	}
}

// normRankingSeason: "their ninth victory of the season", "the longest drive of the season":
// a count or a ranking within the season of play the story is told in, which sports-season
// values as "this season". Without one before, "the season" may be a holiday's or nature's
// and is left.
func normRankingSeason(m *matcher, x *match) (cand, bool) {
	if !m.word(x.start-1, "of") || m.weatherSeason(x.start-1) || m.seasonDayRanked(x.start-1) || m.anyWord(x.end, "before", "ago", "earlier", "ended", "ending", "to", "of", "in") ||
		m.isHyphen(x.end) || m.punct(x.end, "'") || m.punct(x.end, "’") {
		return cand{}, false
	}
	if !m.superlativeBefore(x.start-1) && !m.ordinalBefore(x.start-1) {
		return cand{}, false
	}
	return m.offset(x.end, uYear, 0, 0)
}

// ordinalBefore reports whether an ordinal ("ninth", "30th") opens the noun phrase before "of"
// at token of, at most three words before it: "the ninth of", "his 30th home run of". A unit
// in between makes a span of the season ("the first five months of the season"), no count.
func (m *matcher) ordinalBefore(of int) bool {
	for k := of - 1; k >= 0 && k >= of-3; k-- {
		t := &m.toks[k]
		if t.kind != kWord && t.kind != kAlnum || m.kind(k) == lxUnit {
			return false
		}
		if m.kind(k) == lxOrdinal {
			return true
		}
		if t.kind == kAlnum && t.ndig > 0 && t.ndig <= 3 {
			switch strings.ToLower(t.s[t.ndig:]) {
			case "th", "st", "nd", "rd":
				return true
			}
		}
	}
	return false
}

// normPeriodEnd: "month-end" is the publication's month with END, or the month before when
// told in the past (the end of the publication's month is still ahead); "quarter-end" alike.
func normPeriodEnd(m *matcher, x *match) (cand, bool) {
	if x.has(1) && !(m.glued(x.tok(1)) && m.glued(x.tok(2))) || m.word(x.start-1, "a") {
		return cand{}, false // "a month - end" is no compound
	}
	u, _, _ := m.unitAt(x.tok(0))
	off := 0
	if m.tense(x.start, x.end) == tensePast && !m.periodEndNow(u) { // "at month-end" on Nov. 30 (timex35.go)
		off = -1
	}
	c, ok := m.offset(x.end, u, off, 0)
	c.mod = "END"
	return c, ok
}

// normHalfYear: "half-year results" are those of the last half ended, as a results story tells
// them; told ahead, the half the publication is in. "a half-year" is a duration.
func normHalfYear(m *matcher, x *match) (cand, bool) {
	if x.has(1) && !(m.glued(x.tok(1)) && m.glued(x.tok(2))) || m.anyWord(x.start-1, "a", "one", "each", "every") || m.isHyphen(x.end) {
		return cand{}, false
	}
	off := -1
	if m.tense(x.start, x.end) == tenseFuture {
		off = 0
	}
	return m.offset(x.end, uHalf, off, 0)
}

// normTrailingSpan: "the trailing twelve months" is the length of the span, a duration.
func normTrailingSpan(m *matcher, x *match) (cand, bool) {
	n, _, _ := m.amountAt(x.tok(2))
	u, _, _ := m.unitAt(x.tok(3))
	if n <= 0 || u == 0 {
		return cand{}, false
	}
	return cand{typ: "DURATION", val: durVal(u, n)}, true
}

// normResultsYear: "the year" after "for" in a sentence that reports results ("net income for
// the year") is the fiscal year the story named, or the year of the publication, the one just
// ended early in a year told in the past (as the full year). Elsewhere, and before "before",
// "ago", "earlier", "ended" or a possessive, the phrase is no date of its own.
func normResultsYear(m *matcher, x *match) (cand, bool) {
	if m.word(x.start-1, "of") && (m.superlativeBefore(x.start-1) || m.yearRankOrdinal(x.start-1)) && !m.word(x.start+1, "fiscal") && !m.anyWord(x.end, "before", "ago", "earlier", "ended", "ending", "to", "of", "in") &&
		!m.isHyphen(x.end) && !m.punct(x.end, "'") && !m.punct(x.end, "’") {
		// "orders were the strongest of the year", "its biggest gain of the year": a ranking
		// within the year the story is in, the fiscal year a results story named
		if m.lastFiscal != 0 {
			return cand{typ: "DATE", val: yearVal(m.lastFiscal), gran: gYear, by: m.lastFiscalBy}, true
		}
		if !m.hasDoc {
			return cand{typ: "DATE", val: "XXXX", gran: gYear, by: ByUnresolved}, true
		}
		return cand{typ: "DATE", val: yearVal(m.doc.Year()), gran: gYear, by: ByPublication}, true
	}
	if !m.word(x.start-1, "for") || m.anyWord(x.end, "before", "ago", "earlier", "ended", "ending", "to", "of", "as") ||
		m.word(x.end, "in") && !(x.end+1 < len(m.toks) && (m.toks[x.end+1].lex.kind == lxMonth || m.toks[x.end+1].kind == kNum)) ||
		m.isHyphen(x.end) || m.punct(x.end, "'") || m.punct(x.end, "’") ||
		!m.resultsSentence(x.start) && !m.anyWord(x.start-2, outlookWords...) && !m.changeForYear(x) { // timex63.go
		return cand{}, false
	}
	if m.lastFiscal != 0 {
		return cand{typ: "DATE", val: yearVal(m.lastFiscal), gran: gYear, by: m.lastFiscalBy}, true
	}
	c, ok := normFullYear(m, &match{start: x.start, end: x.end, at: [maxElems]int{-1, -1, -1, -1, -1, -1, -1, -1, -1, -1}})
	return c, ok
}

// normMonthAnaphor: "the month" of a monthly report ("sales fell 1.4% in the month") is the
// month its figures are for, the last named as a month in the sentence or the one before; a
// month after "since" is a bound and one after "from" or "against" a term of comparison, not the
// month reported ("its first drop since February. Sales fell in the month"; "rose in January
// from December ... the decline for the month"). Told ahead it is left. "The month of May", "the month before", "the month ended" and "the
// month's" are others' or no date.
func normMonthAnaphor(m *matcher, x *match) (cand, bool) {
	if d := m.toks[x.start].sent - m.figMonthSent; m.figMonth == 0 || d < 0 || d > 1 ||
		m.anyWord(x.end, "of", "before", "after", "ended", "ending", "earlier", "ago", "to", "in") ||
		m.anyWord(x.start-1, "of") || m.isHyphen(x.end) || m.punct(x.end, "'") || m.punct(x.end, "’") ||
		m.word(x.start-1, "in") && m.anyWord(x.start-2, "early", "late", "earlier", "later") ||
		m.monthDescribed(x.start, x.end) { // "October, the month the state counts students" (timex54.go)
		return cand{}, false // "early in the month" is earlier-later's
	}
	if m.tense(x.start, x.end) == tenseFuture {
		// Told ahead, "the month" is a plan's or a schedule's ("will accept requests during the
		// month", "will release prices for the month"), not the figures' month.
		return cand{}, false
	}
	n := m.figMonth
	return cand{typ: "DATE", val: monthVal(n/12, n%12+1), gran: gMonth, by: ByStory}, true
}

// normRankingUnit: "the lightest of the month", "its biggest gain of the week": a ranking
// within the month or week the story is told in, as "the strongest of the year" ranks within
// the year (results-year). Without a superlative before, "the month" is left to the anaphors.
func normRankingUnit(m *matcher, x *match) (cand, bool) {
	if !(m.word(x.start-1, "of") && m.superlativeBefore(x.start-1) || m.weekOfChange(x)) || m.anyWord(x.end, "before", "ago", "earlier", "ended", "ending", "to", "of", "in") ||
		m.isHyphen(x.end) || m.punct(x.end, "'") || m.punct(x.end, "’") {
		return cand{}, false
	}
	u, _, _ := m.unitAt(x.end - 1)
	return m.offset(x.end, u, m.weekGoneOnMonday(x, u), 0)
}

// weekOfChange reports whether "the week" closes a market's change told with its figure ("the
// index is down 3.1% for the week", "rose 40 points for the week") or ends one ("ended the week
// down 2.4%"): the week of the telling, as a wrap-up sums it. "fell for the month", with no
// figure, stays none.
func (m *matcher) weekOfChange(x *match) bool {
	f := x.start - 2
	if !m.word(x.end-1, "week") {
		return false
	}
	// "ended the week down 2.4%", "closed the week higher"
	if m.anyWord(x.start-1, "ended", "ending", "ends", "closed", "closing", "finished") && m.anyWord(x.end, "up", "down", "higher", "lower") {
		return true
	}
	return m.word(x.start-1, "for") && (m.punct(f, "%") || m.anyWord(f, "percent", "points", "point", "cents"))
}

// superlativeBefore reports whether a superlative ends the noun phrase before "of" at token
// of, at most four words before it: "the strongest of", "its highest level of", "the
// biggest one-day gain of". An -est word counts after a determiner or a possessive ("the
// interest of" is a noun's).
func (m *matcher) superlativeBefore(of int) bool {
	for k, words := of-1, 0; k >= 0 && words < 4; k-- {
		if m.punct(k, "-") {
			continue // "one-day"
		}
		if m.toks[k].kind != kWord {
			return false
		}
		words++
		w := m.toks[k].s
		if inSet(superlatives, w) {
			return true
		}
		if len(w) > 5 && (strings.HasSuffix(w, "est") || strings.HasSuffix(w, "EST")) && !inSet(estNouns, w) && k > 0 && (m.toks[k-1].in(sDeterminers) || m.word(k-1, "s")) {
			return true
		}
	}
	return false
}

// superlatives are the irregular ones; estNouns end in -est without being one.
var (
	superlatives = map[string]bool{"best": true, "worst": true, "most": true, "least": true}
	estNouns     = map[string]bool{"interest": true, "interests": true, "forest": true, "protest": true, "contest": true,
		"request": true, "harvest": true, "conquest": true, "inquest": true, "manifest": true, "arrest": true, "honest": true,
		"modest": true, "earnest": true, "suggest": true, "digest": true}
)

// outlookWords before "for the year" make it the year a forecast is about, in any story:
// "cut its forecast for the year", "kept its outlook for the year".
var outlookWords = []string{"forecast", "forecasts", "outlook", "guidance", "target", "targets", "estimate",
	"estimates", "projection", "projections", "goal", "goals", "view"}

// resultsSentence reports whether the sentence of token i tells a company's results: a word
// of them (profit, net income, sales...) within 30 words.
func (m *matcher) resultsSentence(i int) bool {
	sent := m.toks[i].sent
	for k := i - 30; k <= i+30; k++ {
		if k >= 0 && k < len(m.toks) && m.toks[k].sent == sent && m.toks[k].kind == kWord && m.toks[k].in(sResultsWords) {
			return true
		}
	}
	return false
}

// resultsWords are the words of a company's results, the verb of them too ("For the year, the
// company earned $21 million": a results story may say what it earned without a noun of it).
var resultsWords = map[string]bool{"earned": true, "earns": true, "profit": true, "profits": true, "earnings": true, "income": true, "loss": true,
	"losses": true, "revenue": true, "revenues": true, "sales": true, "results": true, "dividend": true, "eps": true,
	"net": true, "shr": true}

// fiscalYear is the year written at token j of a phrase that starts with "fiscal" at token f:
// four digits, or two after a capitalized "Fiscal" (normFiscalYear).
func (m *matcher) fiscalYear(f, j int) (int, bool) {
	if y, ok := m.yearAt(j); ok {
		return y, true
	}
	if m.toks[f].upper && m.toks[j].ndig == 2 && m.plainNum(j, 2) {
		return twoDigitYear(m.toks[j].num), true
	}
	return 0, false
}

// periodOf is the nth quarter or half (the unit at token u) of year y.
func (m *matcher) periodOf(y, n, u int) (cand, bool) {
	switch unit := m.toks[u].lex.val; {
	case unit == uQuarter && n >= 1 && n <= 4:
		return cand{typ: "DATE", val: quarterVal(y, n), gran: gQuarter, by: ByAbsolute, fiscal: true}, true
	case unit == uHalf && n >= 1 && n <= 2:
		return cand{typ: "DATE", val: halfVal(y, n), gran: gHalf, by: ByAbsolute, fiscal: true}, true
	}
	return cand{}, false
}

// normYearDigitsPossessivePeriod: a year's possessive and its period are one expression, the
// period of that year; read apart, "fiscal 1990" would be the year and "first half" the
// publication's.
func normYearDigitsPossessivePeriod(m *matcher, x *match) (cand, bool) {
	if !m.word(x.tok(4), "s") {
		return cand{}, false
	}
	var y int
	var ok bool
	if x.has(0) {
		y, ok = m.fiscalYear(x.tok(0), x.tok(2))
	} else {
		y, ok = m.yearAt(x.tok(2))
	}
	if !ok {
		return cand{}, false
	}
	c, ok := m.periodOf(y, m.toks[x.tok(5)].lex.val, x.tok(7))
	c.fiscal = x.has(0)
	return c, ok
}

func normFiscalYearPeriod(m *matcher, x *match) (cand, bool) {
	y, ok := m.fiscalYear(x.tok(0), x.tok(2))
	if !ok {
		return cand{}, false
	}
	return m.periodOf(y, m.toks[x.tok(3)].lex.val, x.tok(5))
}

// fiscalPeriod reads a fiscal quarter or half without its year before it (ordinal at token i,
// unit at u, the phrase ending at end): a year after it dates it ("of fiscal 2008"); else the
// fiscal year the story last named; else the tense, as for a calendar quarter.
func (m *matcher) fiscalPeriod(i, u, end int) (cand, bool) {
	if c, ok := m.fiscalPeriodDated(i, u, end); ok {
		return c, true // "its fiscal fourth quarter, which ended May 31" (timex33.go)
	}
	n := m.toks[i].lex.val
	m.fiscalAhead = true
	c, ok := m.ordinalPeriod(i, u, end)
	m.fiscalAhead = false
	if !ok || c.by == ByAbsolute || m.lastFiscal == 0 {
		return c, ok
	}
	if e := m.fiscalYearEnd(i); m.tense(i, end) == tenseFuture && (e != 0 && date(m.lastFiscal, e+1, 1).Before(m.doc) || m.fiscalYearOver(m.lastFiscal)) {
		// the fiscal year the story named has ended ("fiscal 1995, which ended June 30", or by
		// any calendar's count, lead17.go): a quarter told ahead is of the next, as the
		// calendar counts it
		return c, ok
	}
	c, ok = m.periodOf(m.lastFiscal, n, u)
	c.end, c.by = end, m.lastFiscalBy
	return c, ok
}

func normFiscalOrdinalPeriod(m *matcher, x *match) (cand, bool) {
	if m.anyWord(x.end, "ended", "ending") && m.kind(x.end+1) == lxMonth {
		return cand{}, false // its last day dates it: ordinal-period-ended
	}
	return m.fiscalPeriod(x.tok(2), x.tok(4), x.end)
}

func normOrdinalFiscalPeriod(m *matcher, x *match) (cand, bool) {
	return m.fiscalPeriod(x.tok(1), x.tok(4), x.end)
}

// codeFiscal is the quarter or half of the code at token p in the fiscal year of the code at f.
func (m *matcher) codeFiscal(p, f int) (cand, bool) {
	kind, n, _ := periodCode(&m.toks[p])
	y, _ := fiscalCode(&m.toks[f])
	c := cand{typ: "DATE", val: quarterVal(y, n), gran: gQuarter, by: ByAbsolute, fiscal: true}
	if kind == "h" {
		c.val, c.gran = halfVal(y, n), gHalf
	}
	return c, true
}

func normFiscalCodePeriod(m *matcher, x *match) (cand, bool) { return m.codeFiscal(x.tok(1), x.tok(0)) }
func normCodeFiscalPeriod(m *matcher, x *match) (cand, bool) { return m.codeFiscal(x.tok(0), x.tok(1)) }

// endingDay is the day a period ends, written at tokens mo (the month), d (the day) and y (the
// year, -1 when none). Without a year, "ended" is the last such day up to the publication;
// "ending" (the word at token w) the next one, unless its clause is in the past.
func (m *matcher) endingDay(w, mo, d, y, start, end int) (month, yr int, by string, ok bool) {
	month = m.toks[mo].lex.val
	dn, ok := m.dayNumAt(d)
	if !ok {
		return 0, 0, "", false
	}
	if y >= 0 {
		yy, _ := m.yearAt(y)
		_, ok := validDay(yy, month, dn)
		return month, yy, ByAbsolute, ok
	}
	if !m.hasDoc {
		return 0, 0, "", false
	}
	yy := m.doc.Year()
	dd, ok := validDay(yy, month, dn)
	if !ok {
		return 0, 0, "", false
	}
	if m.word(w, "ended") || !m.word(w, "ends") && m.tense(start, end) == tensePast { // "which ends April 30" is its own present (timex38)
		if dd.After(m.doc) {
			yy--
		}
	} else if dd.Before(m.doc) {
		yy++
	}
	return month, yy, ByPublication, true
}

func normPeriodEnded(m *matcher, x *match) (cand, bool) {
	if k := x.start - 1; m.word(k, "whose") || m.word(k, "fiscal") && m.word(k-1, "whose") {
		return cand{}, false // "whose fiscal year ended July 31": a clause, whose date is the day
	}
	y := -1
	if x.has(7) {
		y = x.tok(7)
	}
	if x.has(6) && !x.has(7) {
		x.end = x.to[5] // the comma belongs to the sentence
	}
	mo, yr, by, ok := m.endingDay(x.tok(3), x.tok(4), x.tok(5), y, x.start, x.end)
	if !ok {
		return cand{}, false
	}
	if m.word(x.tok(2), "quarter") {
		dn, _ := m.dayNumAt(x.tok(5))
		qy, q := endedQuarter(yr, mo, dn) // news35.go
		return cand{end: x.end, typ: "DATE", val: quarterVal(qy, q), gran: gQuarter, by: by}, true
	}
	return cand{end: x.end, typ: "DATE", val: yearVal(yr), gran: gYear, by: by, fiscal: true}, true
}

func normMonthsEnded(m *matcher, x *match) (cand, bool) {
	n, _, _ := m.amountAt(x.tok(1))
	u, _, _ := m.unitAt(x.tok(2))
	if n < 1 {
		return cand{}, false
	}
	if _, ok := m.dayNumAt(x.tok(5)); !ok {
		return cand{}, false
	}
	// The span ends at its unit: the day after "ended" is a date of its own, the span's last
	// day, as our held-out batches annotate it ("the three months ended Oct. 31").
	return cand{end: x.to[2], typ: "DURATION", val: durVal(u, n)}, true
}

// normFirstMonths: "the first nine months of 2006" is one expression, the span's length; "of"
// without a year after it stays out ("the first six months of the year" keeps its own).
func normFirstMonths(m *matcher, x *match) (cand, bool) {
	n, _, _ := m.amountAt(x.tok(2))
	u, _, _ := m.unitAt(x.tok(3))
	if n < 2 {
		return cand{}, false // "the first month" is no span of months
	}
	end := x.end
	if x.has(4) != x.has(7) || !x.has(7) && (x.has(5) || x.has(6)) || x.has(6) && !x.has(5) {
		end = x.to[3] // "of" without its year; "year" without "fiscal" ("of year 2006" is no phrase)
	}
	return cand{end: end, typ: "DURATION", val: durVal(u, n)}, true
}

// normClosingMonths: the last three or six months of a named year are its fourth quarter or
// second half, which the year's own reports call them; other counts stay durations.
func normClosingMonths(m *matcher, x *match) (cand, bool) {
	n, _, _ := m.amountAt(x.tok(2))
	y, ok := m.yearAt(x.tok(5))
	if !ok {
		if y, _, ok = m.spelledYear(x.tok(5)); !ok {
			return cand{}, false
		}
	}
	switch n {
	case 3:
		return cand{typ: "DATE", val: quarterVal(y, 4), gran: gQuarter, by: ByAbsolute}, true
	case 6:
		return cand{typ: "DATE", val: halfVal(y, 2), gran: gHalf, by: ByAbsolute}, true
	}
	return cand{}, false
}

// normPriorSession: the trading day before the story's day, past a weekend: a market wrap
// tells one session against the one before it ("closed at a record in the prior session").
func normPriorSession(m *matcher, x *match) (cand, bool) {
	if !m.hasDoc {
		return cand{}, false
	}
	d, by := m.doc, ByPublication
	if l := m.lastDay; l.gran == gDay && m.toks[x.start].sent-l.sent <= 1 && !l.t.After(m.doc) {
		d, by = l.t, ByStory
	}
	d = d.AddDate(0, 0, -1)
	for d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
		d = d.AddDate(0, 0, -1)
	}
	return cand{typ: "DATE", val: dayVal(d), gran: gDay, by: by}, true
}

func normYearToDate(m *matcher, x *match) (cand, bool) {
	if x.has(1) != x.has(3) {
		return cand{}, false // "year-to date" is no compound
	}
	return m.offset(x.end, uYear, 0, 0)
}

// normMidYear: the middle of the publication's year; late in a year, a mid-year in a future
// clause is the next one's, and early in one, a mid-year told in the past the last one's.
func normMidYear(m *matcher, x *match) (cand, bool) {
	mid := m.word(x.tok(0), "mid")
	if mid != x.has(2) || !mid && x.has(1) || !m.hasDoc {
		return cand{}, false
	}
	y := m.doc.Year()
	switch m.tense(x.start, x.end) {
	case tenseFuture:
		if m.doc.Month() >= 7 {
			y++
		}
	case tensePast:
		if m.doc.Month() <= 3 {
			y--
		}
	}
	return cand{typ: "DATE", val: yearVal(y), gran: gYear, mod: "MID", by: ByPublication}, true
}

func normPriorYearPeriod(m *matcher, x *match) (cand, bool) {
	return m.yearAgo(x.tok(4), x.start, x.end)
}

func normSamePeriod(m *matcher, x *match) (cand, bool) {
	k := x.tok(4)
	switch {
	case m.word(k, "last") && m.word(x.tok(5), "year") && !x.has(6):
	case m.word(k, "a") && m.word(x.tok(5), "year") && x.has(6) && !x.has(3):
	default:
		return cand{}, false
	}
	if m.word(x.tok(2), "month") {
		return m.monthOfYear(x.start, x.end, 0, -1)
	}
	return m.yearAgo(x.tok(2), x.start, x.end)
}

// monthOfYear is the month of a monthly figure (the last month named, in this sentence or the
// one before start) in year y, or moved by off years when y is 0: "exports in May fell from
// the same month of 2005", "from the same month a year earlier". Without a month named the
// phrase is no date of its own.
func (m *matcher) monthOfYear(start, end, y, off int) (cand, bool) {
	d := m.toks[start].sent - m.lastMonthSent
	if m.lastMonth == 0 || d < 0 || d > 1 || m.anyWord(end, "of") || m.isHyphen(end) {
		return cand{}, false
	}
	yr, mo := m.lastMonth/12+off, m.lastMonth%12+1
	if y != 0 {
		yr = y
	}
	return cand{end: end, typ: "DATE", val: monthVal(yr, mo), gran: gMonth, by: ByStory, aside: true}, true
}

// comparedBase is the quarter that a comparison a year back, at tokens [start, end), is made
// with: the last quarter named, or the last one named that had ended when that one has not
// and the comparison, in a later sentence not told ahead, compares the result the story
// reported ("The loss", "The profit" open its sentence). Such a comparison is of the quarter
// reported, not of the one a forecast named after it: "lost $142 million in the fourth quarter
// and warned that fares would stay weak in the first quarter. The loss compared with a loss in
// the same quarter a year earlier" (the fourth). A figure told for the year before ("Sales
// were $1.9 billion in the same quarter a year earlier") and the forecast's own sentence
// ("expects first-quarter sales to rise from the same quarter a year earlier") stay the
// forecast's.
func (m *matcher) comparedBase(start, end int) (int, string) {
	n, by := m.lastQuarter, m.lastQuarterBy
	if m.lastEnded != 0 && m.lastEnded != n && m.hasDoc && !quarterEnded(n, m.doc) &&
		m.toks[start].sent > m.lastQuarterSent && m.reportedResultOpens(start) && m.tense(start, end) != tenseFuture {
		n, by = m.lastEnded, m.lastEndedBy
	}
	return n, by
}

// reportedResultOpens reports whether the sentence of token i opens with a result the story
// has reported, named again with "the": "The loss, $1.38 a share, compared with ...", "The
// quarterly profit was ...".
func (m *matcher) reportedResultOpens(i int) bool {
	k := i
	for k > 0 && m.toks[k-1].sent == m.toks[i].sent {
		k--
	}
	if !m.word(k, "the") {
		return false
	}
	for j := k + 1; j <= k+3 && j < i; j++ {
		if m.toks[j].kind == kWord && m.toks[j].in(sReportedResults) {
			return true
		}
	}
	return false
}

// reportedResults are the results a story names again as "the loss", "the profit".
var reportedResults = map[string]bool{"loss": true, "losses": true, "profit": true, "profits": true, "earnings": true,
	"income": true, "results": true, "deficit": true, "gain": true}

// yearAgo is the period a year before the one the story compares with (the unit at token u,
// the phrase from start to end): a quarter the year before the quarter named in this sentence
// or the one before (for "period" too: the comparable period of a results story), else the
// year before the last named (or the publication's); a quarter without one named is the
// latest quarter's a year before, in a sentence of results.
func (m *matcher) yearAgo(u, start, end int) (cand, bool) {
	quarter := m.word(u, "quarter")
	if m.anyWord(end, "of", "century") || m.isHyphen(end) {
		return cand{}, false
	}
	if d := m.toks[start].sent - m.lastHalfSent; m.lastHalf != 0 && !quarter && d >= 0 && d <= 1 &&
		(m.lastQuarter == 0 || m.lastHalfSent > m.lastQuarterSent) {
		// the comparable period of a half named just before: "earned $96 million in the first
		// half, up from $81 million in the year-earlier period"
		n := m.lastHalf - 2
		return cand{end: end, typ: "DATE", val: yearVal(n/2) + "-H" + itoa(n%2+1), gran: gHalf, by: m.lastHalfBy, aside: true}, true
	}
	if d := m.toks[start].sent - m.lastQuarterSent; m.lastQuarter != 0 && (quarter || d >= 0 && d <= 1 || d == 2 && m.quarterTermBefore(start)) { // timex66.go
		n, by := m.comparedBase(start, end)
		n -= 4
		return cand{end: end, typ: "DATE", val: quarterVal(n/4, n%4+1), gran: gQuarter, by: by, aside: true}, true
	}
	if st := m.story; m.word(u, "month") && st.gran == gMonth && !st.since {
		if d := m.toks[start].sent - st.sent; d >= 0 && d <= 1 {
			// the comparable month of a month just named: "orders in September rose 6% from
			// the year-earlier month" is the September a year before, as "a year earlier"
			// after a month is
			return cand{end: end, typ: "DATE", val: monthVal(st.t.Year()-1, int(st.t.Month())), gran: gMonth, by: ByStory, aside: true}, true
		}
	}
	if c, ok := m.inferredPeriodAgo(u, start, end); ok {
		return c, true
	}
	if quarter {
		// No quarter named: a results story reports the latest quarter (latest-quarter), and
		// "the year-ago quarter" is that one a year before.
		if !m.hasDoc || !m.resultsSentence(start) {
			return cand{}, false
		}
		c, ok := m.offset(end, uQuarter, -5, 0)
		c.aside = true
		return c, ok
	}
	y, by := m.lastYear, m.lastYearBy
	if y == 0 {
		if !m.hasDoc {
			return cand{}, false
		}
		y, by = m.doc.Year(), ByPublication
	}
	return cand{end: end, typ: "DATE", val: yearVal(y - 1), gran: gYear, by: by, aside: true}, true
}

// normYearAgoOrdinalPeriod: the nth quarter or half, dated as without "year-ago", a year
// before.
func normYearAgoOrdinalPeriod(m *matcher, x *match) (cand, bool) {
	c, ok := m.ordinalPeriod(x.tok(4), x.tok(6), x.end)
	if !ok || c.by == ByUnresolved || len(c.val) < 5 || !isDigit(c.val[0]) {
		return cand{}, false
	}
	c.val, c.aside = yearVal(atoiCap(c.val[:4])-1)+c.val[4:], true
	return c, true
}

// normYearQuarter: "the 1986 quarter" names the year of the comparable quarter of a results
// story (the one named in this sentence or the one before); elsewhere the year is the year
// rule's.
func normYearQuarter(m *matcher, x *match) (cand, bool) {
	return m.quarterOfYear(x.tok(1), x.start, x.end)
}

func normMonthQuarter(m *matcher, x *match) (cand, bool) {
	return m.monthQuarter(x.tok(1), x.end)
}

// monthQuarter is the quarter that holds the month at token i, dated as the month is.
func (m *matcher) monthQuarter(i, end int) (cand, bool) {
	mo := m.monthWord(i)
	c, ok := m.monthOnly(i, end, mo)
	if !ok {
		return cand{}, false
	}
	y := "XXXX"
	if len(c.val) >= 4 && isDigit(c.val[0]) {
		y = c.val[:4]
	}
	c.val, c.gran = y+"-Q"+itoa((mo-1)/3+1), gQuarter
	return c, true
}

// normMonthQuarterCompound: "June-quarter", the month glued to its quarter, read as "the June
// quarter".
func normMonthQuarterCompound(m *matcher, x *match) (cand, bool) {
	i := x.tok(0)
	if !m.glued(i+1) || !m.glued(i+2) {
		return cand{}, false
	}
	return m.monthQuarter(i, x.end)
}

func normYearPossessivePeriod(m *matcher, x *match) (cand, bool) {
	if !m.word(x.tok(3), "s") {
		return cand{}, false
	}
	n, u := m.toks[x.tok(4)].lex.val, m.toks[x.tok(6)].lex.val
	per, kind := 3, "Q"
	switch {
	case u == uQuarter && n >= 1 && n <= 4:
	case u == uHalf && n >= 1 && n <= 2:
		per, kind = 6, "H"
	default:
		return cand{}, false
	}
	gran := gQuarter
	if kind == "H" {
		gran = gHalf
	}
	return m.offsetIn(x.end, yearOffset(m.toks[x.tok(0)].s), n, per, gran)
}

// normPriorYearPossessivePeriod: "the prior year's fourth quarter" is a comparison's term, the
// period of the year before the story's: a results story told in February of its fourth
// quarter compares it with the fourth quarter a year before that, not the publication's year
// before. The quarter or half the story named last (in this sentence or the one before) gives
// the year; else the publication does, as "the prior year" alone.
func normPriorYearPossessivePeriod(m *matcher, x *match) (cand, bool) {
	if !m.word(x.tok(4), "s") || !m.hasDoc {
		return cand{}, false
	}
	n, u := m.toks[x.tok(5)].lex.val, m.toks[x.tok(7)].lex.val
	y, by := m.doc.Year(), ByPublication
	sent := m.toks[x.start].sent
	switch {
	case m.lastQuarter != 0 && sent-m.lastQuarterSent >= 0 && sent-m.lastQuarterSent <= 1:
		y, by = m.lastQuarter/4, m.lastQuarterBy
	case m.lastHalf != 0 && sent-m.lastHalfSent >= 0 && sent-m.lastHalfSent <= 1:
		y, by = m.lastHalf/2, m.lastHalfBy
	}
	c := cand{typ: "DATE", by: by, aside: true}
	switch {
	case u == uQuarter && n >= 1 && n <= 4:
		c.val, c.gran = quarterVal(y-1, n), gQuarter
	case u == uHalf && n >= 1 && n <= 2:
		c.val, c.gran = halfVal(y-1, n), gHalf
	default:
		return cand{}, false
	}
	return c, true
}

// normEndOfFiscalYear: the fiscal year is the one the story named, else the publication's
// (as "the current fiscal year").
func normEndOfFiscalYear(m *matcher, x *match) (cand, bool) {
	mod := modValue(m.toks[x.tok(1)].lex.val)
	if m.lastFiscal != 0 && m.word(x.tok(4), "fiscal") {
		return cand{typ: "DATE", val: yearVal(m.lastFiscal), gran: gYear, mod: mod, by: m.lastFiscalBy}, true
	}
	c, ok := m.offset(x.end, uYear, 0, 0)
	c.mod = mod
	return c, ok
}

func normUnitPossessiveEnd(m *matcher, x *match) (cand, bool) {
	if !m.word(x.tok(3), "s") || !m.glued(x.tok(2)) || !m.glued(x.tok(3)) {
		return cand{}, false
	}
	u, _, _ := m.unitAt(x.tok(1))
	c, ok := m.offset(x.end, u, 0, 0)
	c.mod = modValue(m.toks[x.tok(4)].lex.val)
	return c, ok
}

// normOrdinalPeriodEnded: the ordinal names the period; its end day, the year (a fiscal fourth
// quarter may end in the next calendar year's first days, but is named for its fiscal year,
// which is the end day's year in most of them).
func normOrdinalPeriodEnded(m *matcher, x *match) (cand, bool) {
	y := -1
	if x.has(9) {
		y = x.tok(9)
	}
	if x.has(8) && !x.has(9) {
		x.end = x.to[7]
	}
	mo, yr, by, ok := m.endingDay(x.tok(5), x.tok(6), x.tok(7), y, x.start, x.end)
	if !ok {
		return cand{}, false
	}
	n := m.toks[x.tok(2)].lex.val
	if shift, fiscal := fiscalShift(n, m.toks[x.tok(4)].lex.val, mo); fiscal {
		// The ordinal is not the calendar's ("the fiscal second quarter ended Dec. 30, 2023"):
		// the period is of the fiscal year that ends shift months after its last day, named
		// for the year it ends in, as the batches name fiscal periods (2024-Q2). The day is a
		// date of its own, as the batches annotate the day after "ended" (heldout9's "the
		// three months ended Oct. 31", the comma form "fiscal second quarter, ended March 31").
		c, ok := m.periodOf(yr+(mo+shift-1)/12, n, x.tok(4))
		c.end, c.by = x.to[4], by
		return c, ok
	}
	c, ok := m.periodOf(yr, n, x.tok(4))
	c.end, c.by, c.fiscal = x.end, by, m.word(x.tok(1), "fiscal")
	return c, ok
}

// fiscalShift is, for the nth quarter or half (unit) that ends in month mo, the months from
// its end to its year's end, and whether that year is no calendar year: the second quarter
// ends in June in the calendar, so one that ends in December is of a fiscal year ending in June.
func fiscalShift(n, unit, mo int) (int, bool) {
	switch {
	case unit == uQuarter && n >= 1 && n <= 4:
		return (4 - n) * 3, (mo-1)/3+1 != n
	case unit == uHalf && n >= 1 && n <= 2:
		return (2 - n) * 6, (mo-1)/6+1 != n
	}
	return 0, false
}

func normComparableWord(m *matcher, x *match) (cand, bool) {
	if !x.has(2) {
		return m.yearAgo(x.tok(3), x.start, x.end)
	}
	return m.quarterOfYear(x.tok(2), x.start, x.end)
}

func normSamePeriodYear(m *matcher, x *match) (cand, bool) {
	if m.word(x.tok(2), "month") {
		yr, _ := m.yearAt(x.tok(4))
		return m.monthOfYear(x.start, x.end, yr, 0)
	}
	if d := m.toks[x.start].sent - m.lastHalfSent; m.word(x.tok(2), "period") && m.lastHalf != 0 && d >= 0 && d <= 1 &&
		(m.lastQuarter == 0 || m.lastHalfSent > m.lastQuarterSent) && !m.anyWord(x.end, "of") && !m.isHyphen(x.end) {
		// "in the first half, up from the same period of 2001": the half in the year written
		yr, _ := m.yearAt(x.tok(4))
		return cand{end: x.end, typ: "DATE", val: halfVal(yr, m.lastHalf%2+1), gran: gHalf, by: ByAbsolute, aside: true}, true
	}
	return m.quarterOfYear(x.tok(4), x.start, x.end)
}

// quarterOfYear is the quarter of a results story (named in this sentence or the one before
// start) in the year at token y; without one the phrase is no date of its own.
func (m *matcher) quarterOfYear(y, start, end int) (cand, bool) {
	d := m.toks[start].sent - m.lastQuarterSent
	if m.lastQuarter == 0 || d < 0 || d > 1 || m.anyWord(end, "of") || m.isHyphen(end) {
		return cand{}, false
	}
	yr, _ := m.yearAt(y)
	return cand{end: end, typ: "DATE", val: quarterVal(yr, m.lastQuarter%4+1), gran: gQuarter, by: ByAbsolute, aside: true}, true
}

// calendarOfYear reports whether the month at token i says when a company's year ends or
// begins, told in the present as its calendar ("whose fiscal year ends in January", "its year
// begins July 1"): a month of every year, no date.
// The month may follow its weekday ("ends on the last Saturday of July") or close a span
// ("runs from July 1 to June 30").
func (m *matcher) calendarOfYear(i int) bool {
	k := i - 1
	if m.word(k, "to") {
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if m.kind(j) == lxMonth {
				return m.calendarOfYear(j)
			}
		}
		return false
	}
	if m.word(k, "of") && m.kind(k-1) == lxWeekday && m.anyWord(k-2, "last", "first") && m.word(k-3, "the") {
		k -= 4
	}
	if m.anyWord(k, "early", "late", "mid") {
		k-- // "ends in late January"
	}
	if m.anyWord(k, "in", "on", "from") {
		k--
	}
	return m.anyWord(k, "ends", "begins", "starts", "end", "begin", "start", "runs") && m.word(k-1, "year") &&
		!m.schoolYear(k-1) // "the school year begins Aug. 26" (timex54.go)
}

// fiscalPeriodBefore reads a fiscal quarter or half that ends at token p, before the verb
// that names its last day ("fiscal fourth quarter, ended", "fiscal first half, which ended"):
// the months from that day to the end of its fiscal year.
func (m *matcher) fiscalPeriodBefore(p int) (int, bool) {
	if m.word(p, "which") {
		p--
	}
	if m.punct(p, ",") {
		p--
	}
	if n, ok := m.periodOfFiscalYear(p); ok {
		return n, true // "the second quarter of fiscal 2025, which ended Nov. 30" (timex38.go)
	}
	if !m.anyWord(p, "quarter", "half") {
		return 0, false
	}
	o := p - 1
	if m.isHyphen(o) {
		o--
	}
	if o < 1 || m.toks[o].lex.kind != lxOrdinal || !m.word(o-1, "fiscal") {
		return 0, false
	}
	n := m.toks[o].lex.val
	if m.word(p, "half") {
		if n < 1 || n > 2 {
			return 0, false
		}
		return (2 - n) * 6, true
	}
	if n < 1 || n > 4 {
		return 0, false
	}
	return (4 - n) * 3, true
}

// fiscalYearEnd is the month a company's fiscal year ends in, as the text says it before token
// i or in its sentence ("whose fiscal year ends June 30", "fiscal 2025 ended Sept. 30", "for the year ended
// March 31", "its fiscal year begins in October"), or 0 when it says none or the year is the
// calendar's. It is read once per text,
// on the first quarter or half that needs it.
// heldFiscal is the fiscal year that holds the publication, from a named one (fiscal year n,
// whose first or last month is mo, as the verb at token k tells): countries and companies
// name a fiscal year for the calendar year it begins in or the one it ends in, and the text's
// "fiscal 2000, which begins April 1", said in December 1999, settles which: the current
// fiscal year is then 1999, whatever the convention. The verb's tense places the month:
// "began" and "ended" before the publication, "begins" and "ends" after it.
func (m *matcher) heldFiscal(n, mo, k int, begins bool) int {
	past := m.anyWord(k, "began", "started", "ended")
	y := m.doc.Year() // the year of the named month's first day (beginning) or last (end)
	named := date(y, mo, 1)
	if !begins {
		named = date(y, mo+1, 1).AddDate(0, 0, -1)
	}
	switch {
	case past && named.After(m.doc):
		y--
	case !past && !named.After(m.doc):
		y++
	}
	// The year of the same month that bounds the fiscal year holding the publication.
	held := m.doc.Year()
	if begins && date(held, mo, 1).After(m.doc) {
		held--
	}
	if !begins && date(held, mo+1, 1).AddDate(0, 0, -1).Before(m.doc) {
		held++
	}
	return n + held - y
}

func (m *matcher) fiscalYearEnd(i int) int {
	if !m.fiscalRead {
		m.fiscalRead, m.fiscalEndTok = true, -1
		for k := 1; k+1 < len(m.toks); k++ {
			// The scan reads every token of the text: a first letter that opens none of the
			// verbs below passes a token without their twelve comparisons.
			if t := &m.toks[k]; t.kind != kWord || t.s[0]|0x20 != 'b' && t.s[0]|0x20 != 's' && t.s[0]|0x20 != 'e' {
				continue
			}
			begins := m.anyWord(k, "begin", "begins", "began", "beginning", "start", "starts", "started", "starting")
			if !begins && !m.anyWord(k, "end", "ends", "ended", "ending") {
				continue
			}
			// The year (or fiscal year number) just before the verb: "fiscal year ends",
			// "fiscal 2025 ended", "the year ended"; not "the quarter ended".
			p := k - 1
			if m.word(p, "which") && m.punct(p-1, ",") {
				p -= 2 // "fiscal 1995, which ended June 30"
			}
			shift := 0 // months from the end named to the fiscal year's end
			if n, ok := m.fiscalPeriodBefore(p); ok && !begins {
				// "its fiscal fourth quarter, ended June 30": the year ends with its last
				// quarter, (4-n) quarters after the nth ends
				shift = n
			} else if n, ok := m.fiscalQuarterRenamed(p); ok && !begins {
				shift = n // "its fiscal first quarter ... In the quarter ended Sept. 30" (timex46.go)
			} else if n, ok := m.ordinalPeriodEnded(p, k); ok && !begins {
				shift = n // "the third quarter ended Oct. 27" (timex65.go)
			} else if !(m.word(p, "year") || m.word(p-1, "fiscal") && m.toks[p].kind == kNum) {
				continue
			}
			j := k + 1
			if m.anyWord(j, "on", "in") {
				j++
			}
			if m.word(j, "the") && m.anyWord(j+1, "last", "first") && m.kind(j+2) == lxWeekday && m.word(j+3, "of") {
				j += 4 // "ends on the last Saturday of July": the month holds the end
			}
			if m.anyWord(j, "early", "late", "mid") && m.kind(j+1) == lxMonth {
				j++ // "ends in late January"
			}
			if m.anyWord(j, "next", "this", "last") && m.kind(j+1) == lxMonth {
				j++ // "fiscal 1990, which ends next June": the deictic dates the end, the month names it
			}
			if j >= len(m.toks) || m.toks[j].lex.kind != lxMonth {
				continue
			}
			e := m.toks[j].lex.val
			if m.word(p-1, "fiscal") && shift == 0 && m.hasDoc {
				if n, ok := m.yearAt(p); ok {
					m.fiscalHeld = m.heldFiscal(n, e, k, begins)
				}
			}
			if begins {
				e = (e+10)%12 + 1 // a year that begins in October ends in September
			}
			e = (e+shift-1)%12 + 1
			if e != 12 {
				m.fiscalEnd, m.fiscalEndTok = e, k
				m.fiscalFrom, m.fiscalTo = m.itemOf(k) // timex46.go
			}
			break
		}
	}
	if m.fiscalEndTok < 0 || i < m.fiscalFrom || i >= m.fiscalTo {
		return 0
	}
	// A calendar stated later counts in its own sentence; for a period that calls itself
	// fiscal ("its fiscal first quarter"), in the three sentences after too, where a results
	// story gives the calendar once it has led with the figures (the lead, the comparison,
	// the sales: heldout10's and heldout13's results stories both did so).
	if said, at := m.toks[m.fiscalEndTok].sent, m.toks[min(i, len(m.toks)-1)].sent; m.fiscalEndTok >= i && said != at &&
		!(m.fiscalAhead && said <= at+3) {
		return 0
	}
	return m.fiscalEnd
}
