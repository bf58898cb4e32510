package timex

import "time"

// Misreads of commodity, farm, energy and weather-driven market news (timex69, batch
// heldout70): futures named by their delivery month before the commodity ("December corn"),
// crop and marketing years written with a slash ("the 2012/13 marketing year"), seasons that
// only name a crop ("summer grain"), the winter a January story is in, and the days a
// market's calendar is told by (a report, a holiday just gone, "the rest of the year").

// timex69Rules are the patterns of this file.
func timex69Rules() []rule {
	return []rule{
		{name: "rest-of-unit", starts: []string{"the"}, doc: "the rest of the year, the remainder of the month, the balance of the quarter: the part of the period still to run, valued as the period; the story's past year in a narrative",
			pattern: "the rest|remainder|balance of the %unit", norm: normRestOfUnit,
			examples: []Example{{"Prices should stay high for the rest of the year.", "the rest of the year", "2007"},
				{"The plant will run one shift for the remainder of the month.", "the remainder of the month", "2007-08"},
				{"The mill shut in March 1991 and stayed idle for the rest of the year.", "the rest of the year", "1991"}}},
	}
}

// normRestOfUnit reads "the rest of the year" as the year it is part of, as TimeML marks a
// part of a period by the period ("the end of the year" with a mod; the rest has none): the
// telling's, or in a narrative told in the past the year or month the story is at, as
// endOfStoryUnit reads "the end of the year". A plural ("the rest of the years"), a day or an
// hour is no such period.
func normRestOfUnit(m *matcher, x *match) (cand, bool) {
	u, plural, _ := m.unitAt(x.tok(4))
	if !m.hasDoc || plural || u != uYear && u != uMonth && u != uWeek && u != uQuarter {
		return cand{}, false
	}
	if c, ok := m.endOfStoryUnit(x, u); ok {
		c.mod = ""
		return c, true
	}
	return m.offset(x.end, u, 0, 0)
}

// cropNouns are what a season before them names the kind of, not the time: "winter wheat",
// "summer grain", "the spring planting", "autumn crops".
var cropNouns = map[string]bool{"wheat": true, "grain": true, "grains": true, "crop": true, "crops": true,
	"corn": true, "rice": true, "barley": true, "oats": true, "rye": true, "canola": true, "planting": true,
	"plantings": true, "sowing": true, "harvest": true, "harvests": true, "wheats": true}

// seasonNamesCrop reports whether the word at token k, after a bare season, is a crop or a
// farm's work the season names the kind of ("growth in summer grain output", "during winter
// wheat planting", "prices of spring wheat"): the crop's name, as "the summer driving season"
// is a trade's, no time of its own. "by summer, the crop" has a mark between and is left.
func (m *matcher) seasonNamesCrop(k int) bool {
	return k < len(m.toks) && m.toks[k].kind == kWord && !m.toks[k].upper && cropNouns[lowerWord(&m.toks[k])]
}

// marketPriceVerbs tell what a futures contract did in the session: "December corn closed at
// $5.95", "March wheat fell 4 cents".
var marketPriceVerbs = map[string]bool{"closed": true, "settled": true, "ended": true, "finished": true,
	"rose": true, "fell": true, "gained": true, "lost": true, "slipped": true, "climbed": true, "jumped": true,
	"dropped": true, "eased": true, "firmed": true, "traded": true, "added": true, "shed": true, "surged": true,
	"tumbled": true, "declined": true, "advanced": true, "edged": true, "rallied": true, "slid": true, "sank": true}

// bareContractMonth reports whether the month at token i, its phrase ending at token j, names
// a futures contract by its delivery month before the traded good, with neither "futures" nor
// "contract" after it: "December corn closed at $5.95", "November soybeans at $13.40",
// "Benchmark March wheat fell 4 cents". The good must be followed by a verb of the session's
// price or by "at" and a price, and no preposition of time may lead the month: "In December
// corn rose 5 percent" and "March wheat exports fell" are a month's.
func (m *matcher) bareContractMonth(i, j int) bool {
	if m.anyWord(i-1, "in", "since", "during", "by", "until", "through", "from", "of", "last", "next", "this", "early", "late", "mid", "before", "after") {
		return false
	}
	k := j
	for k < len(m.toks) && k < j+2 && m.toks[k].kind == kWord && m.toks[k].in(sTradedGoods) {
		k++
	}
	if k == j || k >= len(m.toks) {
		return false
	}
	if m.word(k, "at") {
		return m.punct(k+1, "$") || k+1 < len(m.toks) && m.kind(k+1) == lxNone && m.toks[k+1].kind == kNum
	}
	k = m.afterExchange(k)
	return k < len(m.toks) && m.toks[k].kind == kWord && marketPriceVerbs[lowerWord(&m.toks[k])]
}

// afterExchange is the token after a market's name that starts at token k ("on the Chicago
// Board of Trade", "in New York"): "on" or "in", "the" at most, and capitalized words with
// "of" between them. It is k when no such name starts there.
func (m *matcher) afterExchange(k int) int {
	if !m.anyWord(k, "on", "in") {
		return k
	}
	j := k + 1
	if m.word(j, "the") {
		j++
	}
	n := 0
	for j < len(m.toks) && j < k+9 && m.toks[j].kind == kWord && (m.toks[j].upper || n > 0 && m.word(j, "of")) {
		j++
		n++
	}
	if n == 0 {
		return k
	}
	return j
}

// deliveryMonthAt reports whether token k is a month that names a futures contract ("the
// December contract", "December corn closed"): the month of delivery, no month of a figure,
// so "up from 61 cents a year ago" after it is no month a year back.
func (m *matcher) deliveryMonthAt(k int) bool {
	if k < 0 || k >= len(m.toks) || m.kind(k) != lxMonth {
		return false
	}
	j := k + 1
	if m.toks[k].lex.abbr && m.punct(j, ".") {
		j++
	}
	return m.contractMonth(j) || m.bareContractMonth(k, j)
}

// seasonNow is the season that holds the telling when "this" names the one the telling is in:
// "This winter is the coldest since 1979", told on Jan. 29, 2014, is the winter begun in
// December 2013 (`2013-WI`, a winter named for the year it begins in, as "last winter" told in
// April is the one before), not the next. ok is false for another season ("this summer" told in
// January is the summer ahead) or a relation other than "this".
func seasonNow(n need, cur int) (int, bool) {
	if n.rel != rThis || mod(cur, 4) != n.a {
		return 0, false
	}
	return cur, true
}

// causeHolidayGone reports whether the holiday of need n, whose date this year is d, is the
// cause of what the clause tells and lies in the six days before the telling: "will come out
// on Thursday because of the Labor Day holiday", told the day after it, is that Monday, not the
// next year's, though the clause is told ahead. A cause farther back, or ahead ("markets close
// early Friday because of Christmas", told on Dec. 20), is left to the tense.
func (m *matcher) causeHolidayGone(n need, d time.Time) bool {
	if !m.hasDoc || !d.Before(m.doc) || m.doc.Sub(d) > 6*24*time.Hour {
		return false
	}
	k := n.start - 1
	if m.word(k, "the") {
		k--
	}
	return m.word(k, "of") && m.word(k-1, "because") || m.word(k, "to") && m.anyWord(k-1, "due", "owing")
}

// longCompoundHead reports whether the base form at token k ends a noun phrase that a singular
// determiner or a possessive opens four or five words back: "said in its weekly crop progress
// report on Monday", "in the department's monthly supply and demand report" reads "report" as
// a noun, as compoundHead reads "in their stock market debut on Thursday" with fewer words
// between. The base form cannot be a present after a singular subject, and the word before it
// must not be a plural one ("its farmers report").
func (m *matcher) longCompoundHead(k int) bool {
	t := &m.toks[k]
	if !t.in(sScheduleVerbs) || t.upper || len(t.s) < 2 || t.s[len(t.s)-1] == 's' {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6 && m.toks[j].kind == kWord && m.toks[j].sent == t.sent; j-- {
		if m.anyWord(j, "its", "his", "her", "the", "a", "an", "this") {
			return j <= k-4
		}
		w := lowerWord(&m.toks[j])
		if j == k-1 && len(w) > 2 && w[len(w)-1] == 's' && w[len(w)-2] != 's' || m.anyWord(j, "and", "or") ||
			m.toks[j].lex.kind != lxNone && !m.anyWord(j, "weekly", "monthly", "quarterly", "daily", "annual", "yearly") || m.toks[j].in(sNotSubject) {
			return false
		}
	}
	return false
}

// cropYearNamed reports whether the year pair of a two-year-fiscal match is a crop or
// marketing year the phrase names ("the 2012/13 marketing year", "the 1997/98 crop year"), or
// a bare pair ("stocks left from 2011/12") in a text that names one so. The word "year" must
// follow "crop" or "marketing": "1986/87 wheat output" and "the 1987/88 crop" name no year of a
// calendar and stay with the year rule.
func (m *matcher) cropYearNamed(x *match) bool {
	if x.has(6) {
		return x.has(7) && m.anyWord(x.tok(6), "crop", "marketing")
	}
	if m.twoYearCrop == 0 {
		m.twoYearCrop = 1
		for k := 0; k+4 < len(m.toks); k++ {
			t := &m.toks[k]
			if t.kind == kNum && t.ndig == 4 && m.punct(k+1, "/") && m.glued(k+1) && m.glued(k+2) && m.toks[k+2].kind == kNum &&
				m.anyWord(k+3, "crop", "marketing") && m.word(k+4, "year") {
				m.twoYearCrop = 2
				break
			}
		}
	}
	return m.twoYearCrop == 2
}
