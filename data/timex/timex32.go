package timex

import (
	"strconv"
)

// Families of the Xinhua English wire of 1996-2000 and of AP world news of 1998-2000
// (heldout41, timex32): a span of years named as one period.

// worldWireRules are this file's pattern families; they follow calendarRules (no other rule
// matches their words, so ties do not arise).
func worldWireRules() []rule {
	return []rule{
		{name: "year-span-period", starts: []string{"the"}, doc: "the 1996-2000 period: a span of years named as one period, a duration",
			pattern: "the %y4 +- +%d24 period", norm: normYearSpanPeriod,
			examples: []Example{{"Exports doubled in the 1991-95 period.", "the 1991-95 period", "P5Y"},
				{"The plan sets targets for the 2001-2005 period.", "the 2001-2005 period", "P5Y"}}},
	}
}

// normYearSpanPeriod reads "the 1996-2000 period" as one span: the first year to the last, both
// counted. Alone, "1996-2000" stays two years (yearRange); "period" makes the range the length
// a five-year plan or a statistics series covers, as "the 1996-97 season" makes it one season.
func normYearSpanPeriod(m *matcher, x *match) (cand, bool) {
	a, b := x.tok(1), x.tok(3)
	if !m.rangeEnd(a, b) || m.rangeGoesOn(b+1) {
		return cand{}, false
	}
	y2 := m.toks[b].num
	if m.toks[b].ndig == 2 {
		y2 += m.toks[a].num / 100 * 100
		if y2 <= m.toks[a].num {
			y2 += 100
		}
	}
	return cand{typ: "DURATION", val: "P" + strconv.Itoa(y2-m.toks[a].num+1) + "Y"}, true
}
