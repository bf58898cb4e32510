package timex

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// Families of the Xinhua English wire of 1996-2000 and of AP world news of 1998-2000
// (heldout41, timex32): a span of years named as one period, the feasts that end Ramadan and the
// pilgrimage, and a hand-over told in the present with its particle.

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
		{name: "orthodox-feast", starts: []string{"orthodox"}, doc: "Orthodox Christmas (Jan. 7) and Orthodox Easter (by the Julian calendar), by the tense",
			pattern: "orthodox christmas|easter day|eve|sunday?", norm: normOrthodoxFeast,
			examples: []Example{{"Serbs will celebrate Orthodox Christmas.", "Orthodox Christmas", "2008-01-07"},
				{"Churches were full on Orthodox Easter.", "Orthodox Easter", "2007-04-08"}}},
		{name: "half-of-era", starts: []string{"the"}, doc: "the first or second half of a decade or a century: it, with mod START or END", compound: true,
			pattern: "the first|second half of", norm: normHalfOfEra,
			examples: []Example{{"Growth averaged 9 percent in the first half of the 1990s.", "the first half of the 1990s", "199"},
				{"The mill closed in the second half of the 19th century.", "the second half of the 19th century", "18"},
				{"Growth averaged 3 percent in the first half of the decade.", "the first half of the decade", "200"}}},
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

// normHalfOfEra reads "the first half of the 1990s", "the second half of the 19th century" as
// the decade or the century with the mod of its start or end, as "the early 1990s" is; alone,
// "the first half" is a half of the publication's year, which a decade after "of" is not.
func normHalfOfEra(m *matcher, x *match) (cand, bool) {
	j := x.end
	c, ok := m.core(j)
	if !ok && m.word(j, "the") {
		c, ok = m.core(j + 1)
	}
	if !ok {
		c, ok = m.currentEra(j) // lead13.go
	}
	if !ok || c.typ != "DATE" || c.gran != gDecade && c.gran != gCentury || c.mod != "" {
		return cand{}, false
	}
	c.mod = "START"
	if m.word(x.tok(1), "second") {
		c.mod = "END"
	}
	return c, true
}

// normOrthodoxFeast dates the feasts of the Orthodox churches, which keep the Julian calendar:
// Christmas on Jan. 7 of the Gregorian (Dec. 25 Julian; Christmas Eve the day before), Easter by
// the Julian reckoning moved thirteen days. Read as "Christmas", Orthodox Christmas was Dec. 25.
// The year is the one the tense and the nearness pick, as for a month and its day.
func normOrthodoxFeast(m *matcher, x *match) (cand, bool) {
	if !m.toks[x.tok(0)].upper || !m.toks[x.tok(1)].upper || !m.hasDoc || x.has(2) && !m.toks[x.tok(2)].upper {
		return cand{}, false
	}
	feast := func(y int) time.Time { return date(y, 1, 7) }
	if m.word(x.tok(1), "easter") {
		if x.has(2) && !m.word(x.tok(2), "sunday") {
			return cand{}, false
		}
		feast = orthodoxEaster
	} else if x.has(2) && m.word(x.tok(2), "sunday") {
		return cand{}, false
	} else if x.has(2) && m.word(x.tok(2), "eve") {
		feast = func(y int) time.Time { return date(y, 1, 6) }
	}
	d := feast(m.doc.Year())
	d = feast(m.yearFor(x.start, x.end, int(d.Month()), d.Day()))
	return cand{typ: "DATE", val: dayVal(d), gran: gDay, by: ByPublication}, true
}

// orthodoxEaster is Easter Sunday by the Julian reckoning (Meeus), on the Gregorian calendar,
// from 1900 to 2099 thirteen days after the Julian date.
func orthodoxEaster(y int) time.Time {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	n := d + e + 114
	return date(y, n/31, n%31+1).AddDate(0, 0, 13)
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
var phraseParticles = map[string]bool{"over": true, "down": true, "up": true, "out": true, "off": true, "back": true, "aside": true}

// leavingPresents leave an office or a post, which news tells ahead in the present as it tells a
// hand-over: "the chairman retires in October".
var leavingPresents = map[string]bool{"retires": true, "resigns": true, "quits": true, "departs": true}

// phrasalPresent reports whether word k, before the date at token start, is the third person's
// present of a verb with its particle and object, as news tells a hand-over or a departure on
// the calendar: "the president hands over power in August", "the envoy, who took up the post
// in 1996, gives up the job on Friday", "the chairman steps down as chief executive in June".
// The -s word follows its singular subject, or an aside between commas after it; a particle
// follows it (or it is a present of leaving: "the governor retires in October"), then at most
// four lower-case words of its object and the date's preposition. A
// plural noun before a particle has no such subject ("the talks over the weekend", "with
// costs up 5 percent in May").
func (m *matcher) phrasalPresent(k, start int) bool {
	if k < 1 || start-k > 7 || m.toks[k].upper || m.toks[k].lex.kind != lxNone || !sForm(m.toks[k].s) ||
		m.verbInfo(k)&(vPast|vFuture|vBe|vReporting) != 0 {
		return false
	}
	if !m.dateAt(start) {
		return false // a trigger's reading ("Pfizer wraps up consumer unit disposal"), no date's
	}
	j := k + 1
	switch {
	case m.toks[j].in(sPhraseParticles) && !m.toks[j].upper && start-k >= 3:
		j++ // "hands over", "steps down"; "talks over the weekend" has the date right after
	case m.toks[k].in(sLeavingPresents):
	default:
		return false
	}
	for ; j < start; j++ {
		t := &m.toks[j]
		plain := t.lex.kind == lxNone || t.lex.kind == lxFunction || m.word(j, "as")
		if t.kind != kWord || t.upper || !plain || infoTense(m.verbInfo(j)) != tenseNone || t.in(sClauseWords) && !m.word(j, "as") {
			return false
		}
	}
	s := k - 1
	if m.punct(s, ",") {
		a, b := m.asideOf(k - 2)
		if a >= b || b != k-1 || a < 2 || !m.punct(a-1, ",") {
			return false
		}
		s = a - 2
	}
	if !m.singularSubjectAt(s) {
		return false
	}
	for j := s - 1; j >= 0 && m.toks[j].clause == m.toks[s].clause; j-- {
		if m.toks[j].kind == kPunct && m.toks[j].s != "'" && m.toks[j].s != "’" && m.toks[j].s != "-" || m.toks[j].in(sClauseWords) {
			break
		}
		if m.toks[j].kind == kWord && infoTense(m.verbInfo(j)) != tenseNone {
			return false // "met the president-elect, who hands over ...": the verb's object
		}
	}
	return m.noVerbAfter(start)
}

// singularSubjectAt reports whether token s can be the singular subject of a present -s verb:
// he, she, it, a name, or a noun without -s after a determiner, with at most one word between
// ("the outgoing president").
func (m *matcher) singularSubjectAt(s int) bool {
	if s < 0 || m.toks[s].kind != kWord {
		return false
	}
	w := strings.ToLower(m.toks[s].s)
	switch {
	case inSet(singularSubject, w):
		return true
	case m.toks[s].lex.kind != lxNone || inSet(notSubject, w) || inSet(determiners, w):
		return false
	case m.toks[s].upper:
		return !m.nameInPhrase(s)
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ly"):
		return false
	}
	return s >= 1 && m.determinerAt(s-1) || s >= 2 && m.determinerAt(s-2) && m.toks[s-1].kind == kWord // timex79.go
}

// dateAt reports whether token start opens a date, after its preposition or bare: a day, a
// month, a season, a number, or a word of relation or of part ("in the end of", "on the first")
// with its article. The tense of a clause is read for an event's word too, which is no date.
func (m *matcher) dateAt(start int) bool {
	if start >= len(m.toks) {
		return false
	}
	kind := m.toks[start].lex.kind
	if calendarWord(kind) || kind == lxHoliday {
		return true
	}
	if !m.anyWord(start-1, "in", "on", "at", "by") {
		return false
	}
	if m.word(start, "the") && start+1 < len(m.toks) {
		kind = m.toks[start+1].lex.kind
	}
	return m.toks[start].kind == kNum || calendarWord(kind) || kind == lxRel || kind == lxMod || kind == lxOrdinal || kind == lxUnit
}
