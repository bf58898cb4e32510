package timex

import (
	"math"
	"strconv"
	"time"
)

// Families of the Xinhua English wire of 1996-2000 and of AP world news of 1998-2000
// (heldout41, timex32): a span of years named as one period and the feasts that end Ramadan and
// the pilgrimage.

// worldWireRules are this file's pattern families; they follow calendarRules (no other rule
// matches their words, so ties do not arise).
func worldWireRules() []rule {
	return []rule{
		{name: "year-span-period", starts: []string{"the"}, doc: "the 1996-2000 period: a span of years named as one period, a duration",
			pattern: "the %y4 +- +%d24 period", norm: normYearSpanPeriod,
			examples: []Example{{"Exports doubled in the 1991-95 period.", "the 1991-95 period", "P5Y"},
				{"The plan sets targets for the 2001-2005 period.", "the 2001-2005 period", "P5Y"}}},
		{name: "islamic-feast", starts: []string{"eid"}, doc: "Eid al-Fitr and Eid al-Adha, by the tabular Islamic calendar and the tense",
			pattern: "eid al|el|ul? -? fitr|adha", norm: normIslamicFeast,
			examples: []Example{{"Talks will resume after Eid al-Fitr.", "Eid al-Fitr", "2007-10-13"},
				{"Markets were shut for Eid al-Adha.", "Eid al-Adha", "2006-12-31"}}},
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

// normIslamicFeast dates Eid al-Fitr (the first of Shawwal, ending Ramadan) and Eid al-Adha (the
// tenth of Dhu al-Hijjah) by the tabular Islamic calendar, which falls within a day of the
// sighting most countries go by. A lunar year is eleven days short of the sun's, so a feast
// has no fixed month: the clause's tense picks the one after the publication or the one
// before, and without a tense the nearer one.
func normIslamicFeast(m *matcher, x *match) (cand, bool) {
	if !m.toks[x.tok(0)].upper || !m.hasDoc {
		return cand{}, false
	}
	last := x.end - 1
	month, day := 10, 1
	if m.word(last, "adha") {
		month, day = 12, 10
	}
	ah := int(float64(m.doc.Year()-622)*33/32) + 1 // the Hijri year in which the publication falls, or the one before
	var before, after time.Time
	for y := ah - 3; y <= ah+2; y++ {
		d := hijriDate(y, month, day)
		if d.Before(m.doc) {
			before = d
		} else if after.IsZero() {
			after = d
		}
	}
	if before.IsZero() || after.IsZero() {
		return cand{}, false
	}
	d := after
	switch m.tense(x.start, x.end) {
	case tensePast:
		d = before
	case tenseNone:
		if m.doc.Sub(before) < after.Sub(m.doc) {
			d = before
		}
	}
	return cand{typ: "DATE", val: dayVal(d), gran: gDay, by: ByPublication}, true
}

// hijriDate is the Gregorian day of day d of month mo of Hijri year y in the tabular Islamic
// calendar (the civil epoch, 16 July 622).
func hijriDate(y, mo, d int) time.Time {
	jd := d + int(math.Ceil(29.5*float64(mo-1))) + (y-1)*354 + (3+11*y)/30 + 1948439
	return date(2000, 1, 1).AddDate(0, 0, jd-2451545)
}

// phraseParticles follow a verb and make a phrase of it: "hands over", "steps down", "takes up".
