package timex

import (
	"strings"
	"time"
)

// compoundRules build on what other rules find: a modifier and the date it modifies ("early
// 2008"), a date from the last one the text named ("later that year"), or from an anchor event
// ("one week after the IPO"). They are tried after all others and never inside them (rule.compound).
func compoundRules() []rule {
	return []rule{
		// Dates from an anchor event of the reference.
		{name: "event-same-day", doc: "the same day as an anchor event", compound: true,
			pattern: "the? same day as|that|when?", norm: normEventSameDay,
			examples: []Example{{"Rivals cut prices the same day VMware launched its IPO.", "the same day VMware launched its IPO", "2007-08-14"}}},
		{name: "event-unit", doc: "the day, week or month before or after an anchor event; the day of it", compound: true,
			pattern: "the day|week|month after|following|before|of", norm: normEventUnit,
			examples: []Example{{"Shares rose the day after the IPO.", "the day after the IPO", "2007-08-15"},
				{"Bankers met the week before the offering.", "the week before the offering", "2007-08-07"}}},
		{name: "event-amount", starts: []string{"#num", "@number", "a", "an", "several", "few"}, doc: "an amount of units before or after an anchor event", compound: true,
			pattern: "%amount -? %unit after|following|before|later|ahead|prior of|to|than?", norm: normEventAmount,
			examples: []Example{{"Shares doubled one week after the IPO.", "one week after the IPO", "2007-08-21"},
				{"The bankers met two days ahead of the offering.", "two days ahead of the offering", "2007-08-12"}}},
		{name: "event-preposition", doc: "after, before, since or until an anchor event: its date with a mod", compound: true,
			pattern: "after|following|since|before|until|ahead|prior of|to?", norm: normEventPreposition,
			examples: []Example{{"Shares have doubled since the IPO.", "since the IPO", "2007-08-14"},
				{"Shares were halted prior to the VMware offering.", "prior to the VMware offering", "2007-08-14"}}},

		// Modifiers and what they modify.
		{name: "end-month", doc: "end-June, start-March: a month's end or start, the report's term for a balance on that day; the month", compound: true,
			pattern: "end|start -", norm: normEndMonth,
			examples: []Example{{"Net debt stood at $4 billion at end-June.", "end-June", "2007-06"},
				{"Cash was higher than at end-March.", "end-March", "2007-03"},
				{"Its cash at start-January was $2 billion.", "start-January", "2007-01"}}},
		{name: "early-late-mid", doc: "early, late or mid and the date they modify: early 2008, mid-September, the late seventies", compound: true,
			pattern: "early|late|mid -? in|of?", norm: normEarlyLateMid,
			examples: []Example{{"The product ships in early 2008.", "early 2008", "2008"}, {"Rates peaked in the late seventies.", "late seventies", "197"},
				{"The brand faded in the mid-eighties.", "mid-eighties", "198"}, {"Tech stocks soared in the mid-1990s.", "mid-1990s", "199"},
				{"The plant opens in mid-September.", "mid-September", "2007-09"}, {"It was founded in the late 1970s.", "late 1970s", "197"},
				{"Mills rose in the early nineteenth century.", "early nineteenth century", "18"},
				{"Sales peaked in the early two-thousands.", "early two-thousands", "200"},
				// a season without its article
				{"The inquiry began in late spring.", "late spring", "2007-SP"},
				{"The bridge will reopen by early winter.", "early winter", "2007-WI"}}},
		{name: "end-of-unit", doc: "the end, beginning or middle of the year, month or quarter: the publication's", compound: true,
			pattern: "the? end|beginning|start|middle of the %unit", norm: normEndOfUnit,
			examples: []Example{{"The deal should close by the end of the month.", "the end of the month", "2007-08"},
				{"Hiring picks up at the beginning of the year.", "the beginning of the year", "2007"},
				// a decade of the past year the story is at
				{"The shop opened in 1952; by the end of the decade it had four branches.", "the end of the decade", "195"}}},
		{name: "end-of", doc: "the end, beginning or middle of a date", compound: true,
			pattern: "the? end|beginning|start|middle of", norm: normEndOf,
			examples: []Example{{"The deal will close by the end of 2007.", "the end of 2007", "2007"},
				{"Rates rose at the start of the third quarter.", "the start of the third quarter", "2007-Q3"},
				{"The pool will close at the end of the summer.", "the end of the summer", "2007-SU"},
				// what was hoped for lies ahead
				{"The club hoped for a decision by the end of the winter.", "the end of the winter", "2007-WI"},
				// a hope told in the pluperfect was for a time before the telling
				{"The club had hoped for a decision by the end of the spring.", "the end of the spring", "2007-SP"}}},
		{name: "earlier-later", doc: "earlier or later this week, month or year, today, in a date; early or late in the year, month or week", compound: true,
			pattern: "earlier|later|early|late in?", norm: normEarlierLater,
			examples: []Example{{"It was released earlier this year.", "earlier this year", "2007"}, {"The board meets later today.", "later today", "2007-08-17"},
				// "in the" and a unit: the one the text is at, else the publication's
				{"Both stocks set highs earlier in the year.", "earlier in the year", "2007"},
				{"The market crashed in October 1987 but recovered later in the year.", "later in the year", "1987"},
				// "early" and "late" before "in the" and a unit: that unit with its mod
				{"Economists expect growth to pick up late in the year.", "late in the year", "2007"},
				// a clause told ahead is not at a past year the sentence before named
				{"Prices rose at the fastest pace since 1990. Analysts expect them to ease later in the year.", "later in the year", "2007"},
				{"The mill closed in March 1991, and its owner died early in the month.", "early in the month", "1991-03"}}},

		// From the last date the text named.
		{name: "anaphor-that", doc: "that month, that year, later that year, that season: the last named (a season of play is the year named)", compound: true,
			pattern: "earlier|later? that same? month|year|season", norm: normAnaphorThat,
			examples: []Example{{"He fled in June 1998 and returned later that year.", "later that year", "1998"},
				{"The club won its only pennant in 1959, and that season it drew two million fans.", "that season", "1959"},
				{"The plant opened in May 2001; that same month it hired 300 workers.", "that same month", "2001-05"}}},
		{name: "anaphor-season", doc: "the following spring, the previous autumn: the first such season after, or the last before, the time the story is at", compound: true,
			pattern: "the following|next|previous|preceding %season", norm: normAnaphorSeason,
			examples: []Example{{"The mine closed in 1988. The following spring, the town bought it.", "The following spring", "1989-SP"},
				{"The dam broke on Feb. 6, 1951; its owners had been warned the previous autumn.", "the previous autumn", "1950-FA"},
				{"The pier was wrecked in August 1996 and rebuilt the next summer.", "the next summer", "1997-SU"},
				// a season named with its year after the story's month is where the story is
				{"The mill opened in May 1920. In the winter of 1931, it cut wages; the following spring, it closed.", "the following spring", "1932-SP"}}},
		{name: "anaphor-that-season", doc: "that fall, later that summer: a season of the last year the text named", compound: true,
			pattern: "earlier|later? that same? %season", norm: normAnaphorThatSeason,
			examples: []Example{{"The mill closed in March 2004 and reopened that fall.", "that fall", "2004-FA"},
				{"The drought began in 1988; later that summer, the river ran dry.", "later that summer", "1988-SU"}}},
		{name: "anaphor-that-month", doc: "that October, later that March: a month of the last year the text named", compound: true,
			pattern: "earlier|later? that same? %month", norm: normAnaphorThatMonth,
			examples: []Example{{"The mine flooded in the spring of 1962, and it closed that October.", "that October", "1962-10"},
				{"Prices peaked in 1980; later that March, the bubble burst.", "later that March", "1980-03"}}},
		{name: "anaphor-unit-before", doc: "the year before, the month after (that): from the last year or month the text named", compound: true,
			pattern: "the year|month before|after that?", norm: normAnaphorUnitBefore,
			examples: []Example{{"The mine shut in 2001, and its owner had sold the smelter the year before.", "the year before", "2000"},
				{"Exports fell 2% in May after rising 1% the month before.", "the month before", "2007-04"},
				{"The firm listed in 1996 and split its stock the year after.", "the year after", "1997"},
				// "that" ending the phrase is the year just named
				{"The dam was begun in 1931, finished in 1936, and the year after that it flooded the valley.", "the year after that", "1937"}}},
		{name: "anaphor-next", doc: "the next, following, previous or same month, year or season: from the last named; the quarter too, named in the sentence or the one before", compound: true,
			pattern: "the next|following|previous|preceding|same month|year|season|quarter", norm: normAnaphorNext,
			examples: []Example{{"The unit was sold in 2003 and closed the following year.", "the following year", "2004"},
				{"Output rose 3% in the first quarter of 2005, after falling in the preceding quarter.", "the preceding quarter", "2004-Q4"},
				{"Prices fell 0.2% in March, the same as in the preceding month.", "the preceding month", "2007-02"},
				{"The pitcher hurt his arm in 1984 and missed the following season.", "the following season", "1985"},
				{"The tax came in 1913 and the vote for women the same year.", "the same year", "1913"}}},
		{name: "story-day-of-month", doc: "the 15th, the fifteenth: a day of the month the text has just named, after on, by, until, since, before, after or because, or before fell or was; with none named, the telling's month by the tense", compound: true,
			pattern: "the %dayth", norm: normStoryDayOfMonth,
			examples: []Example{{"Payments were due Aug. 10; most came in by the 15th.", "the 15th", "2007-08-15"},
				// with no month named, the telling's, ahead or behind by the clause's tense (lead12.go)
				{"The board will vote on the offer on the 28th.", "the 28th", "2007-08-28"},
				{"The shares have lost a fifth of their value since the 2nd.", "the 2nd", "2007-08-02"},
				{"The union said talks broke down on the 20th.", "the 20th", "2007-07-20"}}},
		{name: "story-day-of-month-words", doc: "the fifteenth: as story-day-of-month, in words", compound: true,
			pattern: "the %wordord", norm: normStoryDayOfMonth,
			examples: []Example{{"The filing deadline was April seventeenth, because the fifteenth fell on a Sunday.", "the fifteenth", "2007-04-15"}}},
		{name: "anaphor-weekday", doc: "the following Monday, the previous Friday: the first such day after, or the last before, the last day named", compound: true,
			pattern: "the following|previous|preceding %weekday", norm: normAnaphorWeekday,
			examples: []Example{{"The strike began on Aug. 6. The previous Friday, talks had failed.", "The previous Friday", "2007-08-03"},
				{"The fire started on Aug. 3. The following Monday, workers returned.", "The following Monday", "2007-08-06"}}},
		{name: "anaphor-that-weekday", doc: "that Friday, later that Saturday: the day of the week of the day a narrative is at", compound: true,
			pattern: "earlier|later? that %weekday", norm: normAnaphorThatWeekday,
			examples: []Example{{"The dock workers walked out on Aug. 6. The port was shut that Thursday.", "that Thursday", "2007-08-09"}}},
		{name: "anaphor-month", doc: "the following April, the previous November: the first such month after, or the last before, the time the story is at", compound: true,
			pattern: "the following|next|previous|preceding %month", norm: normAnaphorMonth,
			examples: []Example{{"The mill burned in 1952 and reopened the following May.", "the following May", "1953-05"},
				{"The paper folded in March 1961; it had lost its last sponsor the previous November.", "the previous November", "1960-11"}}},
		{name: "anaphor-day", doc: "the next day, the following week, the day before, the same morning: from the last day named", compound: true,
			pattern: "the next|following|previous|preceding|same|day|night|morning|evening day|week|weekend|morning|afternoon|evening|night|before|after", norm: normAnaphorDay,
			examples: []Example{{"The plant burned on Aug. 3. The next day, inspectors arrived.", "The next day", "2007-08-04"},
				{"The strike began on Aug. 6. The following week, the company hired others.", "The following week", "2007-W33"},
				// a weekend too: the next week's (timex51.go)
				{"The league resumed on Aug. 4, and the cup was played the following weekend.", "the following weekend", "2007-W32-WE"},
				// "preceding" is "previous"
				{"The strike began on Aug. 6. The preceding week, talks had failed.", "The preceding week", "2007-W31"},
				{"On Aug. 1 the bank raised rates. The next week, it cut them again.", "The next week", "2007-W32"},
				{"The vote came on July 30. The day before, leaders struck a deal.", "The day before", "2007-07-29"},
				{"He was arrested on Aug. 1 and appeared in court the next morning.", "the next morning", "2007-08-02"},
				// "the same day" past a month told ahead since: the last day named
				{"She clinched the nomination on Aug. 7 and will campaign in October. Her rival clinched his the same day.", "the same day", "2007-08-07"},
				// a part of the day before or after
				{"The leak was found on Aug. 2, but residents smelled gas the night before.", "the night before", "2007-08-01"}}},
		{name: "anaphor-that-day", doc: "that day, that same week, earlier that morning: the last day named", compound: true,
			pattern: "earlier|later? that same? day|week|weekend|morning|afternoon|evening|night", norm: normAnaphorThatDay,
			examples: []Example{{"The strike began on Aug. 6. That day, 900 workers walked out.", "That day", "2007-08-06"},
				{"The mayor resigned on Aug. 9; earlier that day police searched his office.", "earlier that day", "2007-08-09"},
				{"Investors pay for the bonds on May 21, and they mature on that day in 1992.", "that day in 1992", "1992-05-21"}}},
		{name: "anaphor-day-amount", starts: []string{"#num", "@number", "a", "an"}, doc: "a day earlier, two weeks later: from the last day named", compound: true,
			pattern: "%amount %unit earlier|later|before|after", norm: normAnaphorDayAmount,
			examples: []Example{{"Stocks rose on Aug. 9. A day earlier, they had fallen.", "A day earlier", "2007-08-08"},
				{"The fund closed on Aug. 1; two weeks later it reopened.", "two weeks later", "2007-W33"},
				{"The plant opened in 1996, and two years later it closed.", "two years later", "1998"},
				{"The line opened in 1961. A decade later, it carried a million riders.", "A decade later", "1971"},
				{"The rule covers mowers from 2010 and boats two years later.", "two years later", "2012"}}},
		{name: "period-anaphor", doc: "the quarter: the last quarter named; for the quarter in a results story without one, the latest (the current told ahead)", compound: true,
			pattern: "the quarter", norm: normPeriodAnaphor,
			examples: []Example{{"Profit rose 8% in the second quarter of 2006, when sales in the quarter grew.", "the quarter", "2006-Q2"},
				{"Net income for the quarter rose to $5 million.", "the quarter", "2007-Q2"},
				{"The company expects a loss for the quarter.", "the quarter", "2007-Q3"},
				// a clause after it names the day it ended, which says which
				{"Dunmore will post results for the quarter, which ended June 30, next month.", "the quarter", "2007-Q2"},
				// told in the past, the last quarter named that has ended
				{"Second-quarter profit fell, and sales in the third quarter will be lower. It earned $4 million in the quarter.", "the quarter", "2007-Q2"}}},
		{name: "year-ago-period", doc: "the year-ago quarter, the year-earlier period: a year before the last named", compound: true,
			pattern: "the year - earlier|ago quarter|period|year|month|results|half", norm: normYearAgoPeriod,
			examples: []Example{{"Profit rose in the second quarter of 2007 from the year-ago quarter.", "the year-ago quarter", "2006-Q2"},
				{"Sales in 2006 beat the year-earlier period.", "the year-earlier period", "2005"},
				{"Profit fell 5% from the year-ago quarter.", "the year-ago quarter", "2006-Q2"},
				// a half's comparable period
				{"Sales in the first half rose 4% from the year-earlier period.", "the year-earlier period", "2006-H1"},
				// a month's comparable month
				{"Orders in May rose 6% from the year-earlier month.", "the year-earlier month", "2006-05"}}},
	}
}

// normEventSameDay: "the same day VMware launched its IPO", "same day as the offering"; a verb
// may name the event. "that same day" is the anaphor's.
func normEventSameDay(m *matcher, x *match) (cand, bool) {
	if !x.has(0) && m.anyWord(x.start-1, "the", "that") {
		return cand{}, false
	}
	return m.anchoredPhrase(x.start, x.end, true, uDay, 0, "")
}

// normEventUnit: "the day after the IPO" (the day of it moved one day), "the day of the
// offering"; only a day is "of" its event.
func normEventUnit(m *matcher, x *match) (cand, bool) {
	u, _, _ := m.unitAt(x.tok(1))
	sign := prepositionSign(m, x.tok(2))
	if sign == 0 && u != uDay {
		return cand{}, false
	}
	return m.anchoredPhrase(x.start, x.end, false, u, sign, "")
}

// prepositionSign is 1 for a word that places after (after, following, later), -1 for one that
// places before (before, ahead, prior), 0 for others.
func prepositionSign(m *matcher, k int) int {
	switch {
	case m.anyWord(k, "after", "following", "later"):
		return 1
	case m.anyWord(k, "before", "ahead", "prior"):
		return -1
	}
	return 0
}

// normEventAmount: "one week after the IPO", "two days ahead of the offering", "a month prior
// to the listing", "three weeks later than the merger"; hours and minutes are too fine for an
// event known by its day.
func normEventAmount(m *matcher, x *match) (cand, bool) {
	n, _, _ := m.amountAt(x.tok(0))
	u, _, _ := m.unitAt(x.tok(2))
	k := x.tok(3)
	if n < 0 || u == uHour || u == uMinute || !prepositionComplete(m, k, x.has(4)) {
		return cand{}, false
	}
	return m.anchoredPhrase(x.start, x.end, false, u, prepositionSign(m, k)*n, "")
}

// prepositionComplete reports whether the preposition at token k has the word it needs after
// it: "later than", "ahead of", "prior to"; with is whether a word follows it in the match.
func prepositionComplete(m *matcher, k int, with bool) bool {
	switch {
	case m.word(k, "later"):
		return with && m.word(k+1, "than")
	case m.word(k, "ahead"):
		return with && m.word(k+1, "of")
	case m.word(k, "prior"):
		return with && m.word(k+1, "to")
	}
	return true
}

// eventMods are the TIMEX3 mods of the prepositions before an event.
var eventMods = map[string]string{"after": "AFTER", "following": "AFTER", "since": "ON_OR_AFTER", "before": "BEFORE",
	"until": "BEFORE", "ahead": "BEFORE", "prior": "BEFORE"}

// normEventPreposition: "after the XenSource acquisition" is the acquisition's date with
// AFTER; "ahead of" and "prior to" are BEFORE.
func normEventPreposition(m *matcher, x *match) (cand, bool) {
	i := x.tok(0)
	phrase := i + 1
	if m.anyWord(i, "ahead", "prior") {
		if !prepositionComplete(m, i, x.has(1)) {
			return cand{}, false
		}
		phrase = x.end
	}
	return m.anchoredPhrase(i, phrase, false, uDay, 0, eventMods[strings.ToLower(m.toks[i].s)])
}

// anchoredPhrase reads the event phrase at token j of an expression starting at token start
// and dates the expression from its anchor, moved by n units u.
func (m *matcher) anchoredPhrase(start, j int, loose bool, u, n int, mod string) (cand, bool) {
	if len(m.ref.Anchors) == 0 {
		return cand{}, false
	}
	end, a, ok := m.eventPhrase(start, j, loose)
	if !ok {
		return cand{}, false
	}
	return m.anchored(end, a, u, n, mod)
}

// normEarlyLateMid: "early 2008", "late November", "mid-September", "early in the year".
func normEarlyLateMid(m *matcher, x *match) (cand, bool) {
	if m.kind(x.start+1) == lxMonth && m.calendarOfYear(x.start+1) {
		return cand{}, false // "whose fiscal year ends in late January": every year's
	}
	v := m.toks[x.tok(0)].lex.val
	return m.modify(x.start, x.end, v, modValue(v), false)
}

// normEndMonth: "end-June" is a month's end glued to the month, as results releases write a
// balance-sheet day; "the end - June" apart, or a year ("end-2007"), is no such compound.
func normEndMonth(m *matcher, x *match) (cand, bool) {
	if !m.glued(x.tok(1)) || !m.glued(x.end) || m.kind(x.end) != lxMonth {
		return cand{}, false
	}
	c, ok := m.modify(x.start, x.end, m.toks[x.tok(0)].lex.val, modValue(m.toks[x.tok(0)].lex.val), false)
	if !ok || c.gran != gMonth {
		return cand{}, false
	}
	return c, true
}

// normEndOfUnit: "the end of the year", "the beginning of the month": the publication's year
// or month with the mod; a day, an hour or a half has none that TimeML marks. "The end of the
// decade" in a story that has gone back to a past year ("In 1949 he founded the firm; by the
// end of the decade it had 200 workers") is that year's decade, as "later in the year" is
// the story's year; told ahead it stays the publication's.
func normEndOfUnit(m *matcher, x *match) (cand, bool) {
	u, plural, _ := m.unitAt(x.tok(4))
	if !m.hasDoc || plural || u == uDay || u == uHour || u == uMinute || u == uHalf {
		return cand{}, false
	}
	if d := m.decadeNamed(x.start); u == uDecade && d != 0 && m.tense(x.start, x.end) != tenseFuture {
		// "In the mid-1970s he moved to Denver; by the end of the decade he owned three banks"
		return cand{end: x.end, typ: "DATE", val: itoa(d), gran: gDecade, by: ByStory, mod: modValue(m.toks[x.tok(1)].lex.val)}, true
	}
	if st := m.story; u == uDecade && st.gran != "" && !st.since && m.toks[x.start].sent-st.sent <= 1 &&
		st.t.Year()/10 < m.doc.Year()/10 && m.tense(x.start, x.end) != tenseFuture {
		val, gran := unitVal(st.t, u)
		return cand{end: x.end, typ: "DATE", val: val, gran: gran, by: ByStory, mod: modValue(m.toks[x.tok(1)].lex.val)}, true
	}
	if c, ok := m.endOfStoryUnit(x, u); ok {
		return c, true
	}
	c, ok := m.offset(x.end, u, 0, 0)
	c.mod = modValue(m.toks[x.tok(1)].lex.val)
	return c, ok
}

// normEndOf: "the end of 2007", "the middle of the third quarter".
func normEndOf(m *matcher, x *match) (cand, bool) {
	v := m.toks[x.tok(1)].lex.val
	return m.modify(x.start, x.end, v, modValue(v), x.has(0))
}

// normEarlierLater: "earlier this year", "later today", "earlier in the day"; without "in",
// only before this or a day of the publication.
func normEarlierLater(m *matcher, x *match) (cand, bool) {
	if m.anyWord(x.start-1, "too", "so", "how") {
		return cand{}, false // "too late in the year to change": a degree, no time of its own
	}
	if x.has(1) && m.word(x.end, "the") && m.anyWord(x.end+1, "year", "month", "week", "decade") { // decade: timex36.go
		c, ok := m.earlierInThe(x.start, x.end+1)
		if v := m.toks[x.tok(0)].lex.val; v == mEarly || v == mLate {
			c.mod = modValue(v)
		}
		return c, ok
	}
	if m.anyWord(x.tok(0), "early", "late") {
		return cand{}, false // "late today" and "early 2008" are early-late-mid's
	}
	if !x.has(1) && !m.anyWord(x.end, "this", "today", "yesterday", "tomorrow", "tonight") {
		return cand{}, false
	}
	return m.modify(x.start, x.end, m.toks[x.tok(0)].lex.val, "", false)
}

// earlierInThe: "earlier in the year", "later in the month" (the unit at token u) are the
// year or month the text is at, named in that sentence or the one before ("In 1987 the
// market crashed; later in the year it recovered"), else the publication's, as "earlier this
// year" is. A clause told ahead is not at a time before the publication: "the fastest since
// 1981. Economists expect growth to pick up late in the year" is the publication's year.
func (m *matcher) earlierInThe(start, u int) (cand, bool) {
	unit, _, _ := m.unitAt(u)
	if unit == uDecade {
		return m.earlierInDecade(start, u) // timex36.go
	}
	st := m.story
	ahead := m.hasDoc && st.t.Before(m.doc) && m.tense(start, u+1) == tenseFuture
	if st.gran != "" && m.toks[start].sent-st.sent <= 1 && !ahead &&
		(unit == uYear || unit == uMonth && st.gran != gYear || unit == uWeek && st.gran == gDay) {
		val, gran := unitVal(st.t, unit)
		return cand{end: u + 1, typ: "DATE", val: val, gran: gran, by: ByStory}, true
	}
	return m.offset(u+1, unit, 0, 0)
}

// modify reads the date at token j that modifier v (at token i, mod its TIMEX3 mod; the when
// an article opens the phrase) modifies: a date that is no reference word and, when a day,
// one of the publication's ("late yesterday", "early today": the day itself).
func (m *matcher) modify(i, j, v int, mod string, the bool) (cand, bool) {
	c, ok := m.core(j)
	if !ok && m.word(j, "the") && m.kind(j+1) == lxSeason {
		c, ok = m.core(j + 1) // "the end of the summer": a season keeps its article
	}
	if ok && c.gran == gSeason && m.seasonNamesKind(c.end) {
		return cand{}, false // "the start of the summer driving season" (timex42.go)
	}
	if !ok {
		c, ok = m.decadeInWords(i, j, v)
	}
	if !ok || c.typ != "DATE" || strings.HasSuffix(c.val, "_REF") {
		return cand{}, false
	}
	if c.gran == gDay {
		if m.kind(j) == lxDeictic && (v == mEarly || v == mLate || v == mEarlier || v == mLater) && !the {
			c.mod = ""
			return c, true
		}
		return cand{}, false
	}
	if c.mod == "" {
		c.mod = mod
	}
	return c, true
}

// normAnaphorThat: "that year", "later that month", "that same year": the last month or year
// the text named; without one there is nothing to tag.
func normAnaphorThat(m *matcher, x *match) (cand, bool) {
	return m.lastPeriod(x.end, x.tok(3), 0)
}

// normAnaphorNext: "the following year", "the previous month": the last named, moved.
func normAnaphorNext(m *matcher, x *match) (cand, bool) {
	off := 1
	switch {
	case m.anyWord(x.tok(1), "previous", "preceding"):
		off = -1
	case m.word(x.tok(1), "same"):
		off = 0
	}
	if m.word(x.tok(2), "quarter") {
		// "up from 1.1% in the preceding quarter": the quarter before the one the sentence or
		// the one before named; without one, "the previous quarter" is the publication's
		// (relative-unit). "The next quarter" after a quarter reported is as often the
		// publication's next as the one after it, and is left to relative-unit.
		if d := m.toks[x.start].sent - m.lastQuarterSent; off != -1 || m.lastQuarter == 0 || d < 0 || d > 1 {
			return cand{}, false
		}
		if m.lastQuarterDeictic() {
			return m.quarterMoved(x.tok(1), x.end, -1) // "the prior quarter" is no story's quarter (timex53.go)
		}
		n := m.lastQuarter - 1
		return cand{end: x.end, typ: "DATE", val: quarterVal(n/4, n%4+1), gran: gQuarter, by: ByStory, aside: true}, true
	}
	if c, ok := m.sameSeasonNamed(x, off); ok { // "the same season" after "spring 2024" (timex76.go)
		return c, true
	}
	return m.lastPeriod(x.end, x.tok(2), off)
}

// normAnaphorSeason: "the following spring", "the previous autumn": with its article the season
// counts from the time the story is at, as "the following year" does, not from the
// publication ("next spring" alone is relative-season's). A year counts from its end going on
// and from its start going back: "closed in 1988. The following spring" is 1989's. Without a
// time named there is nothing to count from.
func normAnaphorSeason(m *matcher, x *match) (cand, bool) {
	st := m.story
	if st.gran == "" && m.lastSeason == 0 || m.toks[x.end-1].upper {
		return cand{}, false // "The next Summer Olympics" is a name's
	}
	back := m.anyWord(x.tok(1), "previous", "preceding")
	var n int // the story's season, year*4 + season (spring 0 ... winter 3, December's year)
	switch {
	case st.gran == gYear && back:
		n = st.t.Year() * 4
	case st.gran == gYear:
		n = st.t.Year()*4 + 3
	default:
		mo := int(st.t.Month())
		n = st.t.Year()*4 + (mo-3)/3
		if mo < 3 {
			n = (st.t.Year()-1)*4 + 3
		}
	}
	if m.lastSeason != 0 && m.lastSeasonSent >= st.sent {
		n = m.lastSeason // "In the spring of 1944 ... by the following fall": the season named last
	}
	s := m.toks[x.end-1].lex.val
	if back {
		n -= mod(n%4-s-1, 4) + 1
	} else {
		n += mod(s-n%4-1, 4) + 1
	}
	return cand{end: x.end, typ: "DATE", val: yearVal(n/4) + "-" + seasonCodes[s], gran: gSeason, by: ByStory, aside: back}, true
}

// normAnaphorThatSeason: "that fall" is the season of the last year named (the year of a month
// named: "June 1996 ... since that fall"). "that fall in prices", "that fall of 1989" and
// "that spring training" are a noun or a season with its own year, which others read. A
// subject pronoun after it opens the clause the season frames ("and that fall he began
// teaching"): "fall" is no verb before one. "Summer", "winter" and "autumn" are no verbs at
// all, so an article or a possessive may open that clause too ("that summer the lines grew").
func normAnaphorThatSeason(m *matcher, x *match) (cand, bool) {
	s := m.toks[x.end-1].lex.val
	if m.lastYear == 0 || !m.phraseEnds(x.end) && !m.anyWord(x.end, "and", "but", "when", "as", "after", "before", "until", "because",
		"he", "she", "they", "we", "i") && !(s != 0 && !m.word(x.end-1, "fall") && m.anyWord(x.end, "the", "a", "its", "his", "her", "their")) &&
		!m.thatSeasonSubject(x.start, x.end) { // timex79.go
		return cand{}, false
	}
	y, by := m.anaphorYear(x.start)         // timex52.go
	y = m.winterOfStoryMonth(y, s, x.start) // "in April 2007, after a bid that winter" (timex78.go)
	return cand{end: x.end, typ: "DATE", val: yearVal(y) + "-" + seasonCodes[s], gran: gSeason, by: by}, true
}

// thatClauseVerbs take a clause after "that" that a month may open, beside the reporting
// verbs: "knew that March would be wet".
var thatClauseVerbs = map[string]bool{"know": true, "knew": true, "known": true, "find": true, "found": true,
	"learn": true, "learned": true, "think": true, "thought": true, "believe": true, "believed": true,
	"recall": true, "recalled": true, "fear": true, "feared": true, "hope": true, "hoped": true,
	"expect": true, "expected": true, "show": true, "showed": true, "shows": true, "mean": true, "meant": true,
	"means": true, "decide": true, "decided": true, "agree": true, "agreed": true, "so": true, "such": true}

// normAnaphorThatMonth: "that October" is the month of the last year named, as "that fall"
// is its season: "the summer of 1987, right before the crash that October". The month must
// end its phrase or open the clause it frames ("and that May he left"): "that March sales
// fell" after a verb of saying is a clause's "that", and "that October 12" a day others read.
func normAnaphorThatMonth(m *matcher, x *match) (cand, bool) {
	if m.lastYear == 0 || !m.phraseEnds(x.end) && !m.anyWord(x.end, "and", "but", "when", "as", "after", "before", "until",
		"because", "he", "she", "it", "they", "we", "i", "the", "a", "its", "his", "her", "their") && !m.toks[x.end].in(sPrepositionsAfterMonth) && // timex40.go
		!m.pastVerbAfterMonth(x.end) { // timex47.go
		return cand{}, false
	}
	k := x.start
	if !m.word(k, "that") {
		k++ // "later that March"
	}
	if m.verbInfo(k-1)&vReporting != 0 || thatClauseVerbs[lowerWord(&m.toks[max(k-1, 0)])] {
		return cand{}, false // "he recalled that October, too, was wet": the clause's "that"
	}
	mo := m.toks[x.end-1].lex.val
	if m.punct(x.end-1, ".") {
		mo = m.toks[x.end-2].lex.val // "that Aug."
	}
	y, by := m.anaphorYear(x.start) // timex52.go
	return cand{end: x.end, typ: "DATE", val: monthVal(y, mo), gran: gMonth, by: by}, true
}

// normAnaphorUnitBefore: "the year before" and "the month before" end their phrase ("sold it
// the year before."; "the year before the vote" is an event's, event-unit's; "the year after
// that", with "that" ending the phrase, is the year just named moved on) and count from
// the last year or month named in this sentence or the one before. A year counted from the
// publication ("fell to $3 million last year from $4 million the year before") is a
// comparison of figures that AQUAINT's annotators leave untagged (1 of 1 there), so it is left.
func normAnaphorUnitBefore(m *matcher, x *match) (cand, bool) {
	if !m.phraseEnds(x.end) && !(x.has(3) && m.anyWord(x.end, "the", "he", "she", "it", "they", "we", "its", "his", "her", "their")) {
		return cand{}, false
	}
	off := 1
	if m.word(x.tok(2), "before") {
		off = -1
	}
	sent := m.toks[x.start].sent
	if m.word(x.tok(1), "month") {
		n := m.lastMonth
		if n == 0 || sent-m.lastMonthSent > 1 {
			// A narrative at a day it named a few sentences back ("The storm hit on April 5. By
			// the next morning ... She had paid off the house the month before.") counts from
			// that day's month, as "the next day" counts from the day.
			if st := m.story; st.gran != gDay || sent-st.sent > 3 || st.t.After(m.doc) {
				return cand{}, false
			}
			n = m.story.t.Year()*12 + int(m.story.t.Month()) - 1
		}
		n += off
		return cand{end: x.end, typ: "DATE", val: monthVal(n/12, n%12+1), gran: gMonth, by: ByStory, aside: true}, true
	}
	if m.lastYear == 0 || sent-m.lastYearSent > 1 || m.lastYearBy == ByPublication && !m.namedMonthYear(x.start) && !m.yearNamedByEnd(x.start) {
		return cand{}, false
	}
	return cand{end: x.end, typ: "DATE", val: yearVal(m.lastYear + off), gran: gYear, by: ByStory, aside: true}, true
}

// namedMonthYear reports whether the last year the text named came with a month it named ("the
// bridge was closed in June. Engineers had found the cracks the year before."), which a year
// anaphor counts from as from a year named; a year said from the publication ("last year") is
// a comparison of figures there. A sentence with a figure in it (up to token end) compares
// figures as well ("sales in June rose 4% from the year before"), and is left.
func (m *matcher) namedMonthYear(end int) bool {
	if m.story.gran != gMonth || m.story.t.Year() != m.lastYear || m.lastMonthSent != m.lastYearSent {
		return false
	}
	sent := m.toks[end].sent
	for k := end - 1; k >= 0 && m.toks[k].sent == sent; k-- {
		if m.toks[k].kind == kNum || m.punct(k, "$") || m.punct(k, "%") || m.anyWord(k, "percent", "cents") {
			return false
		}
	}
	return true
}

// lastPeriod is the last month or year (the unit at token u) the text named, moved by off; a
// season ("that season" after "the 1981 strike") is a year of play, the year named.
// Days ("that day", "the next morning") are left out: the day a narrative means is too often
// not the last one it named. The unit may be plural ("three months later").
func (m *matcher) lastPeriod(end, u, off int) (cand, bool) {
	if m.anyWord(u, "month", "months") {
		if m.lastMonth == 0 {
			return cand{}, false
		}
		n := m.lastMonth + off
		return cand{end: end, typ: "DATE", val: monthVal(n/12, n%12+1), gran: gMonth, by: m.lastMonthBy}, true
	}
	if m.lastYear == 0 {
		return cand{}, false
	}
	return cand{end: end, typ: "DATE", val: yearVal(m.lastYear + off), gran: gYear, by: m.lastYearBy}, true
}

// lastYearMoved is the last year the text named, moved by off years.
func (m *matcher) lastYearMoved(end, off int) (cand, bool) {
	if m.lastYear == 0 {
		return cand{}, false
	}
	return cand{end: end, typ: "DATE", val: yearVal(m.lastYear + off), gran: gYear, by: m.lastYearBy}, true
}

// normPeriodAnaphor: "the quarter" of a results story is the last one named; "the quarter of
// a century", "the quarter-point" are none.
func normPeriodAnaphor(m *matcher, x *match) (cand, bool) {
	if m.anyWord(x.end, "of", "century", "ended", "ending") || m.isHyphen(x.end) || m.quarterThatEnded(x.end) { // timex73.go
		return cand{}, false
	}
	if w := x.end + 2; m.punct(x.end, ",") && m.word(x.end+1, "which") && m.anyWord(w, "ended", "ends", "ending") && m.kind(w+1) == lxMonth {
		// "the quarter, which ended March 31": the quarter that holds the day the clause names,
		// whatever the sentence's tense ("will report results for the quarter, which ended March
		// 31, in early May").
		y := -1
		if _, ok := m.yearAt(w + 4); ok && m.punct(w+3, ",") {
			y = w + 4
		}
		if mo, yr, by, ok := m.endingDay(w, w+1, w+2, y, x.start, x.end); ok {
			return cand{typ: "DATE", val: quarterVal(yr, (mo-1)/3+1), gran: gQuarter, by: by}, true
		}
	}
	if m.lastQuarter == 0 {
		// No quarter named: "for the quarter" in a sentence of results is the quarter the
		// story reports, the latest ended, or the current one when told ahead.
		if !m.hasDoc || !m.word(x.start-1, "for") || !m.resultsSentence(x.start) {
			return cand{}, false
		}
		off := -1
		if m.tense(x.start, x.end) == tenseFuture {
			off = 0
		}
		// The quarter is inferred, not named: the comparisons after it ("compared with a loss
		// a year ago") keep their own reading rather than chain from it.
		c, ok := m.offset(x.end, uQuarter, off, 0)
		c.aside = true
		if ok {
			m.inferQuarter(c, x.start)
		}
		return c, ok
	}
	n, by := m.lastQuarter, m.lastQuarterBy
	if m.lastEnded != 0 && m.lastEnded != n && m.hasDoc && !quarterEnded(n, m.doc) && m.tense(x.start, x.end) == tensePast {
		// Told in the past, the quarter is one that has ended: "earned $41 million in the
		// quarter" after "third-quarter profit fell ... and sales in the fourth quarter will be
		// lower" is the third.
		n, by = m.lastEnded, m.lastEndedBy
	}
	if f, ok := m.fiscalNameOfCalendarQuarter(n, x.start); ok { // "the December quarter ... ended the quarter" (timex66.go)
		return cand{typ: "DATE", val: quarterVal(f/4, f%4+1), gran: gQuarter, by: by, fiscal: true}, true
	}
	return cand{typ: "DATE", val: quarterVal(n/4, n%4+1), gran: gQuarter, by: by}, true
}

// normYearAgoPeriod: "the year-ago quarter" is the last quarter named, a year before; "the
// year-earlier period" too in a results story, else the year before the last named (yearAgo).
// Both are comparisons, not the story's time.
func normYearAgoPeriod(m *matcher, x *match) (cand, bool) {
	c, ok := m.yearAgo(x.tok(4), x.start, x.end)
	if ok && m.word(x.tok(4), "half") && c.gran != gHalf {
		return cand{}, false // "the year-earlier half" with no half named just before
	}
	return c, ok
}

// The day anaphors date a phrase from the last day the text named, which is the day a
// narrative is at ("The plant burned on Aug. 3. The next day ..."). Without a day just named
// (the story's time is a month or a year, or nothing) there is nothing to tag: the
// publication is not what "the next day" counts from.

// normAnaphorDay: "the next day", "the following week", "the previous evening", "the same
// day", "the day before" (not "the day before the vote": an event's, which event-unit reads).
// "over the next week", "within the next day" are ahead of the telling, not of the story's day.
func normAnaphorDay(m *matcher, x *match) (cand, bool) {
	rel, unit := x.tok(1), x.tok(2)
	off := 0
	switch {
	case m.anyWord(rel, "next", "following"):
		off = 1
	case m.anyWord(rel, "previous", "preceding"):
		off = -1
	case m.anyWord(rel, "day", "night", "morning", "evening"):
		// "the day before|after" ends its phrase: at a comma, a stop, or the clause's subject;
		// so does "the night before", the evening of the day before.
		if !m.anyWord(unit, "before", "after") || !m.phraseEnds(x.end) && !m.clauseGoesOn(x.end) { // timex44.go
			return cand{}, false
		}
		off = 1
		if m.word(unit, "before") {
			off = -1
		}
		if c, ok := m.fromEventDay(x.end, off); ok { // timex44.go
			return c, true
		}
		return m.fromLastDay(x.end, uDay, off)
	}
	if m.anyWord(unit, "before", "after") {
		return cand{}, false
	}
	if m.word(rel, "next") && m.anyWord(x.start-1, "over", "in", "within", "during", "for", "throughout", "through", "into") {
		return cand{}, false // "over the next week", "within the next day": ahead of the telling
	}
	u := uDay
	switch {
	case m.word(unit, "week"):
		u = uWeek
	case m.word(unit, "weekend"): // "the following weekend": the next week's (timex51.go)
		u = uWeekend
	}
	c, ok := m.fromLastDay(x.end, u, off)
	if !ok && m.word(rel, "same") && u == uDay {
		c, ok = m.sameDay(x.end)
	}
	if ok && off == 0 {
		if cy, ok := m.inYearAfter(c, x.end); ok {
			return cy, true
		}
	}
	return c, ok
}

// normStoryDayOfMonth: "most came in by the 15th", "because the fifteenth fell on a
// Sunday": a day of the month the text is at, named in the sentence or the one before. An
// ordinal that counts something ("the fifteenth round", "the first to leave", "the 20th-largest")
// is no day: the phrase must stand after a preposition of time or "because", or before a verb
// of the calendar, and be followed by nothing it counts.
func normStoryDayOfMonth(m *matcher, x *match) (cand, bool) {
	k := x.tok(1)
	n, ok := m.dayNumAt(k)
	if m.toks[k].kind != kAlnum {
		n, _, ok = m.wordOrdinal(k)
	}
	st := m.story
	if !ok || n < 1 || n > 31 {
		return cand{}, false
	}
	before := m.anyWord(x.start-1, "on", "by", "until", "till", "since", "before", "after", "through", "because")
	verb := m.anyWord(x.end, "fell", "falls", "was", "is")
	ends := x.end >= len(m.toks) || m.toks[x.end].kind == kPunct && !m.isHyphen(x.end) && !m.punct(x.end, "'") && !m.punct(x.end, "’")
	if st.gran != gDay && st.gran != gMonth || m.toks[x.start].sent-st.sent > 1 {
		return m.tellingDayOfMonth(x, n, before && ends)
	}
	if !(before && (ends || verb || m.anyWord(x.end, "and", "or", "when", "at"))) && !verb {
		return cand{}, false
	}
	if d, ok := m.dayOfMonthAhead(x, n, st); ok { // "end on the 20th," told in May after 2007's December (timex49.go)
		return cand{end: x.end, typ: "DATE", val: dayVal(d), gran: gDay, by: ByPublication}, true
	}
	d, ok := validDay(st.t.Year(), int(st.t.Month()), n)
	if !ok {
		return cand{}, false
	}
	return cand{end: x.end, typ: "DATE", val: dayVal(d), gran: gDay, by: ByStory}, true
}

// normAnaphorWeekday: "the following Monday" is the first Monday after the day the story is
// at, "the previous Friday" the last Friday before it; with no day named just before, the
// phrase counts from the publication the same way.
func normAnaphorWeekday(m *matcher, x *match) (cand, bool) {
	wd := m.toks[x.tok(2)].lex.val
	if !m.toks[x.tok(2)].upper || !m.hasDoc {
		return cand{}, false
	}
	from, by := m.doc, ByPublication
	if m.story.gran == gDay && m.toks[x.start].sent-m.story.sent <= 3 {
		from, by = m.story.t, ByStory
	} else if t, ok := m.dayAheadNamed(x.start); ok { // timex35.go
		from, by = t, ByStory
	}
	var d time.Time
	if m.word(x.tok(1), "following") {
		d = from.AddDate(0, 0, mod(wd-isoWeekday(from)-1, 7)+1)
	} else {
		d = from.AddDate(0, 0, -(mod(isoWeekday(from)-wd-1, 7) + 1))
	}
	return cand{end: x.end, typ: "DATE", val: dayVal(d), gran: gDay, by: by}, true
}

// normAnaphorThatWeekday: "that Thursday", "later that Saturday": the day of that name in the
// week of the day a narrative is at ("ran aground on Sept. 14 ... arrived that Thursday"). After
// a verb of saying or knowing, "that" opens a clause ("said that Friday was the last shift"),
// which the weekday rule reads. The phrase ends, or a clause it frames opens, after it.
func normAnaphorThatWeekday(m *matcher, x *match) (cand, bool) {
	k := x.start
	if !m.word(k, "that") {
		k++ // "later that Saturday"
	}
	wd := m.toks[x.end-1].lex.val
	if !m.toks[x.end-1].upper || m.verbInfo(k-1)&vReporting != 0 || thatClauseVerbs[lowerWord(&m.toks[max(k-1, 0)])] {
		return cand{}, false
	}
	if !m.phraseEnds(x.end) && !m.anyWord(x.end, "and", "but", "when", "as", "after", "before", "until", "because",
		"he", "she", "it", "they", "we", "i", "the", "a", "its", "his", "her", "their") {
		return cand{}, false
	}
	d, ok := m.narrativeDay(x.end)
	if !ok || d.gran != gDay {
		return cand{}, false
	}
	day := d.t.AddDate(0, 0, wd-isoWeekday(d.t))
	return cand{end: x.end, typ: "DATE", val: dayVal(day), gran: gDay, by: ByStory, aside: true}, true
}

// normAnaphorMonth: "the following May" is the first May after the time the story is at, "the
// previous November" the last November before it; a year the story is at is left whole ("burned
// in 1952 ... the following May" is 1953's). A day after the month ("the following March 3")
// is a date others read, and a lower-case "may" a verb.
func normAnaphorMonth(m *matcher, x *match) (cand, bool) {
	st := m.story
	mo := m.toks[x.tok(2)].lex.val
	if st.gran == "" || !m.toks[x.tok(2)].upper || x.end < len(m.toks) && (m.toks[x.end].kind == kNum || m.toks[x.end].kind == kAlnum) {
		return cand{}, false
	}
	back := m.anyWord(x.tok(1), "previous", "preceding")
	n := st.t.Year()*12 + int(st.t.Month()) - 1 // months since year 0, January 0
	switch {
	case st.gran == gYear && back:
		n = st.t.Year() * 12
	case st.gran == gYear:
		n = st.t.Year()*12 + 11
	case st.gran != gMonth && st.gran != gDay:
		return cand{}, false
	}
	if back {
		n -= mod(n%12-(mo-1)-1, 12) + 1
	} else {
		n += mod((mo-1)-n%12-1, 12) + 1
	}
	return cand{end: x.end, typ: "DATE", val: monthVal(n/12, n%12+1), gran: gMonth, by: ByStory, aside: back}, true
}

// normAnaphorThatDay: "that day", "that same week", "later that night": the last day named.
func normAnaphorThatDay(m *matcher, x *match) (cand, bool) {
	u := uDay
	switch {
	case m.word(x.tok(3), "week"):
		u = uWeek
	case m.word(x.tok(3), "weekend"):
		u = uWeekend // "The boy vanished on Friday, Oct. 3. That weekend ..." (timex48.go)
	}
	c, ok := m.fromLastDay(x.end, u, 0)
	if !ok && m.word(x.tok(2), "same") && u == uDay {
		c, ok = m.sameDay(x.end)
	}
	if ok {
		if cy, ok := m.inYearAfter(c, x.end); ok {
			return cy, true
		}
	}
	return c, ok
}

// normAnaphorDayAmount: "a day earlier", "two weeks later", "three days before," (not "three
// days before the vote", an event's): days and weeks from the last day named.
func normAnaphorDayAmount(m *matcher, x *match) (cand, bool) {
	n, k, ok := m.amountAt(x.start)
	if !ok || k != x.tok(1) {
		return cand{}, false
	}
	u, _, _ := m.unitAt(x.tok(1))
	if c, ok := m.amountAfterThat(x, n, u); ok { // "a year after that" (timex68.go)
		return c, true
	}
	dir := x.tok(2)
	if (u == uYear || u == uMonth || u == uDecade) && m.anyWord(dir, "later", "earlier") && !m.word(x.end, "than") && n <= 50 {
		// "two years later", "a month earlier": from the last year or month the text named,
		// as "the following year" is; "a decade later" is ten years on
		if m.anyWord(dir, "earlier") {
			n = -n
		}
		if u == uDecade {
			if d := m.decadeNamed(x.start); d != 0 {
				// "By the late 1970s the chain had 300 stores; a decade later it had 1,200"
				return cand{end: x.end, typ: "DATE", val: itoa(d + n), gran: gDecade, by: ByStory}, true
			}
			n *= 10
		}
		unit := x.tok(1)
		if u == uMonth {
			return m.lastPeriod(x.end, unit, n)
		}
		return m.lastYearMoved(x.end, n)
	}
	if u != uDay && u != uWeek {
		return cand{}, false
	}
	if m.habitual(x.start, x.end) {
		return cand{}, false // "usually ships them two weeks later": after each, a length (timex40.go)
	}
	if m.anyWord(dir, "before", "after") && !m.phraseEnds(x.end) || m.word(x.end, "than") {
		return cand{}, false // an event's ("two days before the vote"), a comparison ("a day earlier than expected")
	}
	if m.anyWord(dir, "earlier", "before") {
		n = -n
	}
	c, ok := m.fromLastDay(x.end, u, n)
	if !ok && u == uWeek {
		return m.weeksFromLastWeek(x.start, x.end, n) // "this week from ... a week earlier" (timex42.go)
	}
	return c, ok
}

// phraseEnds reports whether a time phrase ends at token i: at punctuation, the end of the
// text or of a sentence.
func (m *matcher) phraseEnds(i int) bool {
	return i >= len(m.toks) || m.toks[i].kind == kPunct || m.toks[i].sent != m.toks[i-1].sent
}

// inYearAfter reads a year written after a day anaphor ("the same day in 1985", "that day of
// 1992"): the year in the phrase wins, and the day keeps the named day's month and day. ok is
// false when none follows.
func (m *matcher) inYearAfter(c cand, end int) (cand, bool) {
	if c.gran != gDay || !m.anyWord(end, "in", "of") {
		return c, false
	}
	y, ok := m.yearAt(end + 1)
	if !ok {
		return c, false
	}
	d, _ := parseDay(c.val)
	c.val, c.end, c.aside = dayVal(clampDay(y, int(d.Month()), d.Day())), end+2, true
	return c, true
}

// sameDay is the day "the same day" or "that same day" means when the story has moved to a
// month or a year since its last day: "same" insists on a day already named, so the last
// one, in that sentence or the three before, is meant, past a month told in between ("he
// locked up the nomination on March 7 ... will turn toward November. His rival, who won
// his own the same day, ...").
func (m *matcher) sameDay(end int) (cand, bool) {
	d, st := m.lastDay, m.story
	if d.gran != gDay || end < 1 || m.toks[end-1].sent-d.sent > 3 {
		return cand{}, false
	}
	// The month or year named since must be told ahead of the publication (a plan, not where
	// the narrative went) or hold the day: "killed last October ... crossed out that same
	// day" is a day of that October, which no text named.
	holds := st.gran == gMonth && st.t.Year() == d.t.Year() && st.t.Month() == d.t.Month() ||
		st.gran == gYear && st.t.Year() == d.t.Year()
	if !m.hasDoc || !st.t.After(m.doc) && !holds {
		return cand{}, false
	}
	return cand{end: end, typ: "DATE", val: dayVal(d.t), gran: gDay, by: ByStory}, true
}

// fromLastDay is the day or week of the day the narrative is at (narrativeDay), moved by off
// units. A look back ("the day before", "a day earlier") is a flashback: the narrative stays
// at its day, so "The fire began May 11. The day before, ... The next day, ..." is the 12th;
// a step forward moves the narrative on.
func (m *matcher) fromLastDay(end, u, off int) (cand, bool) {
	d, ok := m.narrativeDay(end)
	if !ok {
		return cand{}, false
	}
	val, gran := unitVal(shift(d.t, u, off), u)
	return cand{end: end, typ: "DATE", val: val, gran: gran, by: ByStory, aside: off < 0 || gran != gDay}, true
}

// narrativeDay is the day a narrative is at for a day anaphor ending at token end: the last day
// the text named, in this sentence or the three before, when the story is still at it or the
// month or year the story has gone to since holds the day: a month that holds the day does not
// leave it ("lost 190 points on Oct. 13 ... Since mid-October it has won back half of what it
// lost that day"). Another month or year is where the narrative went, and an event of it may be
// the anaphor's day though no text named it ("killed last October ... crossed out that same
// day"); a day named further back is no longer the narrative's.
func (m *matcher) narrativeDay(end int) (story, bool) {
	if end < 1 {
		return story{}, false
	}
	d, st := m.lastDay, m.story
	switch st.gran {
	case gDay:
		d = st
	case gMonth:
		if st.t.Year() != d.t.Year() || st.t.Month() != d.t.Month() {
			return story{}, false
		}
	case gYear:
		if st.t.Year() != d.t.Year() {
			return story{}, false
		}
	}
	if d.gran != gDay || m.toks[end-1].sent-d.sent > 3 {
		return story{}, false
	}
	return d, true
}
