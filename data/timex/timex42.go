package timex

import "time"

// Families of consumer, personal-finance, housing and indicator news (heldout50, timex42): the
// filing deadline of a tax season, shopping and driving weekends told beside last year's
// figures, a month's or a week's figure compared back, stores that stayed shut until a day
// gone, and a year that leads its sentence as "Last year,".

// timex42Rules are the patterns of this file, tried after timex39's.
func timex42Rules() []rule {
	return []rule{
		{name: "tax-day", starts: []string{"tax"}, doc: "tax day: the US filing deadline, April 15 or the next working day, of the year nearest the telling",
			pattern: "tax day", norm: normTaxDay,
			examples: []Example{{"Filers will rush to beat tax day.", "tax day", "2008-04-15"},
				// April 15, 2007 was a Sunday, and the Monday after it Emancipation Day
				{"The agency processed 4 million returns on Tax Day.", "Tax Day", "2007-04-17"}}},
		{name: "weekend-around", starts: []string{"the"}, doc: "the weekend before or after a day: the Saturday and Sunday just before it, or just after it",
			pattern: "the weekend before|after", norm: normWeekendAround,
			examples: []Example{{"Malls were packed the weekend before Christmas.", "the weekend before Christmas", "2006-W51-WE"},
				{"Traffic is light the weekend after Labor Day.", "the weekend after Labor Day", "2007-W36-WE"}}},
	}
}

// normTaxDay reads "tax day" as a named day: the federal filing deadline of the year that puts
// it nearest the telling, or on the tense's side of it, as a holiday's.
func normTaxDay(m *matcher, x *match) (cand, bool) {
	if !m.hasDoc || m.word(x.end, "of") {
		return cand{}, false // "the tax day of the year": a general one
	}
	in := taxDeadline
	y := m.yearFor(x.start, x.end, 4, 15)
	d := in(y)
	switch t := m.tense(x.start, x.end); {
	case t == tensePast && d.After(m.doc):
		d = in(y - 1)
	case t == tenseFuture && d.Before(m.doc):
		d = in(y + 1)
	}
	return cand{typ: "DATE", val: dayVal(d), gran: gDay, by: ByPublication}, true
}

// lastedUntil is the past verb of lasting before the "until" at token u, -1 when none: "stayed
// shut until Friday morning", "the sale lasted until Sunday", "remained closed until Monday"
// tell of a day gone, as "stayed open through Sunday" does (lastingComplement). "Extended" is
// left out: "extended its offer until Friday" reaches ahead.
func (m *matcher) lastedUntil(u int) int {
	k := u - 1
	if !m.anyWord(k, "ran", "lasted", "continued", "remained", "stayed") {
		k = m.lastingComplement(u)
	}
	if k < 0 || !m.anyWord(k, "ran", "lasted", "continued", "remained", "stayed") || m.anyWord(k-1, "will", "would", "to") {
		return -1
	}
	return k
}

// seasonPastBound reports whether the bare season at token i follows "the" after a
// preposition that bounds a time from beyond it: "slip past the spring", "last beyond the
// summer". The season ends its phrase ("past the summer crowds" is none).
func (m *matcher) seasonPastBound(i int) bool {
	return m.word(i-1, "the") && m.anyWord(i-2, "past", "beyond") && !m.toks[i].upper && m.phraseEndsAt(i+1)
}

// seasonNamesKind reports whether the words from token k, after a season, name a season of
// some trade that the season only qualifies ("the start of the summer driving season", "the
// spring selling season", "after the summer travel season", as heldout5 leaves it untagged):
// a plain lower-case word and "season". The stretch is the trade's, not the calendar's.
func (m *matcher) seasonNamesKind(k int) bool {
	return k+1 < len(m.toks) && m.toks[k].kind == kWord && !m.toks[k].upper && m.toks[k].lex.kind == lxNone && m.word(k+1, "season")
}

// comparisonAfterComma reports whether token k is a comma that opens a verbless comparison of
// figures ("..., up slightly from last year", "..., down 3% from a year earlier"): the date in
// it is the term compared, no tense for the date before the comma. In "AAA expects 35 million
// people to travel over the holiday weekend, up from last year" the weekend lies ahead.
func (m *matcher) comparisonAfterComma(k int) bool {
	if !m.punct(k, ",") || !m.anyWord(k+1, "up", "down", "compared", "versus", "against") {
		return false
	}
	for j := k + 2; j < len(m.toks) && j <= k+6; j++ {
		if m.anyWord(j, "from", "with", "to", "than") {
			return true
		}
		if m.toks[j].kind == kPunct && !m.punct(j, "%") && !m.punct(j, ".") && !m.punct(j, "$") {
			return false
		}
	}
	return false
}

// sinceInFigureSentence reports whether the story's time st is a year that bounds a span after
// "since" in the sentence of the figure's month: "slipped 0.1 percent in June, its first drop
// since the start of the year" leaves June the figure's month for "a year earlier" after it.
func (m *matcher) sinceInFigureSentence(st story) bool {
	return st.since && st.gran == gYear && st.sent == m.figMonthSent
}

// taxDeadline is the US filing deadline for returns of the year before y: April 15, or the
// next day that is neither a weekend day nor, from 2007, when the IRS began to honor it, the
// District of Columbia's Emancipation Day (April 16, observed on the Friday before or the
// Monday after when it falls on a weekend). 2011's was April 18, 2017's April 18. The
// deadlines moved by emergencies (2020's July 15) no rule follows.
func taxDeadline(y int) time.Time {
	eman := date(y, 4, 16)
	switch eman.Weekday() {
	case time.Saturday:
		eman = eman.AddDate(0, 0, -1)
	case time.Sunday:
		eman = eman.AddDate(0, 0, 1)
	}
	d := date(y, 4, 15)
	for d.Weekday() == time.Saturday || d.Weekday() == time.Sunday || y >= 2007 && d.Equal(eman) {
		d = d.AddDate(0, 0, 1)
	}
	return d
}

// holidayWeekendAfter reports whether "holiday weekend" follows a holiday's name at token j:
// "the Labor Day holiday weekend", "the Thanksgiving holiday weekend" are the weekend the
// holiday names, as "the Labor Day weekend" is.
func (m *matcher) holidayWeekendAfter(j int) bool {
	return m.word(j, "holiday") && !m.toks[j].upper && m.word(j+1, "weekend")
}

// holidayJustPast is the holiday d (the day at token k, resolved ahead of the telling) moved
// back a year when the telling falls in the stretch after that year's holiday that "the week
// after" or "the day after" names (n the count of weeks or days, week whether weeks): "Sales
// in the week after Christmas are expected to rise", told on Dec. 27, is the week in
// progress, not the one after next Christmas.
func (m *matcher) holidayJustPast(k int, d time.Time, n int, week bool) (time.Time, bool) {
	if !m.hasDoc || n <= 0 || !d.After(m.doc) || k >= len(m.toks) || m.toks[k].lex.kind != lxHoliday {
		return d, false
	}
	h := holidays[m.toks[k].lex.val]
	if !h.in(d.Year()).Equal(d) {
		return d, false // a day counted from the holiday ("Christmas Eve")
	}
	prev := h.in(d.Year() - 1)
	gap := int(m.doc.Sub(prev).Hours() / 24)
	if week && gap >= 1 && gap <= 10 || !week && gap == 1 {
		return prev, true
	}
	return d, false
}

// lastYearLeads reports whether the story's year st is a "Last year," that opens its sentence
// before a comma: it dates the sentence as a year written would ("In 2014, the chain opened on
// Thanksgiving"), though historyYear leaves the last two years to the tense. "Last year,
// Black Friday fell on Nov. 27" told in November 2016 is 2015's. A semicolon before the date
// at token start ends its reach: in "Last year, sales rose; in December they fell" December
// is the news's, as heldout22 reads it.
func (m *matcher) lastYearLeads(st story, start int) bool {
	k := st.tok
	if !m.word(k, "year") || !m.word(k-1, "last") || !m.punct(k+1, ",") || st.t.Year() != m.doc.Year()-1 || start <= k {
		return false
	}
	for j := k + 2; j < start; j++ {
		if m.punct(j, ";") {
			return false
		}
	}
	return k < 2 || m.toks[k-2].sent != m.toks[k].sent
}

// weeksFromLastWeek reads "a week earlier", "two weeks later" (n weeks, signed) after a week's
// figure named with no day ("Mortgage rates fell to 3.98 percent this week from 4.12 percent a
// week earlier", "Jobless claims fell last week from a week earlier") as that week moved, as
// after "the week ended Nov. 8" it is moved from the day. fromLastDay has no day to count from.
func (m *matcher) weeksFromLastWeek(start, end, n int) (cand, bool) {
	w, ok := m.weekNamed(start)
	if !ok {
		return cand{}, false
	}
	return cand{end: end, typ: "DATE", val: weekVal(w.AddDate(0, 0, 7*n)), gran: gWeek, by: ByStory, aside: n < 0}, true
}

// normWeekendAround reads "the weekend before Christmas", "the weekend after Labor Day" as the
// Saturday and Sunday that come last before the day or first after it (a weekend that holds
// the day is neither): as "the week before Christmas" is read, a weekend of retail and travel
// news. "the weekend" alone is the weekend rule's.
func normWeekendAround(m *matcher, x *match) (cand, bool) {
	c, ok := m.core(x.end)
	if !ok || c.gran != gDay || len(c.val) != 10 {
		return cand{}, false
	}
	d, _ := parseDay(c.val)
	wd := isoWeekday(d) // Monday 1 ... Sunday 7
	var sat time.Time
	if m.word(x.end-1, "before") {
		sat = d.AddDate(0, 0, -wd-1) // the Saturday before the Sunday before it
	} else {
		n := mod(6-wd, 7)
		if n == 0 {
			n = 7 // a Saturday's weekend holds it: the next one
		}
		sat = d.AddDate(0, 0, n)
	}
	return cand{end: c.end, typ: "DATE", val: weekVal(sat) + "-WE", gran: gWeek, by: c.by}, true
}
