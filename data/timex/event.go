package timex

import (
	"strings"
	"time"
)

// eventRel resolves expressions relative to a dated event of the reference:
//
//	one week after IPO            amount unit (after|before) EVENT
//	after the XenSource acquisition   (after|before|since|following) EVENT
//	the same day VMware launched its IPO
//	the day after the acquisition
func (m *matcher) eventRel(i int) (cand, bool) {
	if len(m.ref.Anchors) == 0 {
		return cand{}, false
	}
	// [the] same day [as|that|when] PHRASE
	if m.word(i, "the") && m.word(i+1, "same") && m.word(i+2, "day") || m.word(i, "same") && m.word(i+1, "day") && !m.anyWord(i-1, "the", "that") {
		j := i + 3
		if m.word(i, "same") {
			j = i + 2
		}
		if m.anyWord(j, "as", "that", "when") {
			j++
		}
		if end, a, ok := m.eventPhrase(i, j, true); ok {
			return m.anchored(end, a, uDay, 0, "")
		}
		return cand{}, false
	}
	// the day (after|before|of) PHRASE, the week after PHRASE
	if m.word(i, "the") {
		if u, plural, ok := m.unitAt(i + 1); ok && !plural && (u == uDay || u == uWeek || u == uMonth) {
			j := i + 2
			sign := 0
			switch {
			case m.word(j, "after") || m.word(j, "following"):
				sign = 1
			case m.word(j, "before"):
				sign = -1
			case m.word(j, "of") && u == uDay:
			default:
				return cand{}, false
			}
			if end, a, ok := m.eventPhrase(i, j+1, false); ok {
				return m.anchored(end, a, u, sign, "")
			}
		}
		return cand{}, false
	}
	// amount unit (after|before) PHRASE
	if n, j, ok := m.amountAt(i); ok && n >= 0 {
		if m.isHyphen(j) {
			j++
		}
		if u, _, ok := m.unitAt(j); ok && u != uHour && u != uMinute {
			k := j + 1
			sign := 0
			switch {
			case m.word(k, "after") || m.word(k, "following") || m.word(k, "later") && m.word(k+1, "than"):
				sign = 1
			case m.word(k, "before") || m.word(k, "ahead") && m.word(k+1, "of") || m.word(k, "prior") && m.word(k+1, "to"):
				sign = -1
			}
			if sign != 0 {
				if m.anyWord(k+1, "of", "to", "than") {
					k++
				}
				if end, a, ok := m.eventPhrase(i, k+1, false); ok {
					return m.anchored(end, a, u, sign*n, "")
				}
			}
		}
		return cand{}, false
	}
	// (after|before|since|following|until) PHRASE
	mod := ""
	j := i + 1
	switch {
	case m.word(i, "after") || m.word(i, "following"):
		mod = "AFTER"
	case m.word(i, "since"):
		mod = "ON_OR_AFTER"
	case m.word(i, "before") || m.word(i, "until"):
		mod = "BEFORE"
	case m.word(i, "ahead") && m.word(i+1, "of") || m.word(i, "prior") && m.word(i+1, "to"):
		mod, j = "BEFORE", i+2
	default:
		return cand{}, false
	}
	if end, a, ok := m.eventPhrase(i, j, false); ok {
		return m.anchored(end, a, uDay, 0, mod)
	}
	return cand{}, false
}

// anchored builds the candidate for anchor a moved by n units.
func (m *matcher) anchored(end int, a *Anchor, u, n int, mod string) (cand, bool) {
	val, gran := a.Value, granOf(a.Value)
	if n != 0 {
		d, ok := parseDay(a.Value)
		if !ok {
			return cand{}, false // "one week after" an event known only to the month
		}
		val, gran = dayVal(shift(d, u, n)), gDay
	}
	return cand{end: end, typ: "DATE", val: val, gran: gran, mod: mod, by: "event:" + a.ID}, true
}

// granOf tells the granularity of a TIMEX3 date value.
func granOf(v string) string {
	switch {
	case len(v) == 10:
		return gDay
	case strings.Contains(v, "-W"):
		return gWeek
	case strings.Contains(v, "-Q"):
		return gQuarter
	case strings.Contains(v, "-H"):
		return gHalf
	case len(v) == 7:
		return gMonth
	case len(v) == 4:
		return gYear
	}
	return ""
}

// phraseWords may appear in an event phrase before its head noun.
var phraseWords = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true, "a": true,
	"an": true, "of": true, "by": true, "s": true, "successful": true, "planned": true, "proposed": true, "recent": true,
	"pending": true, "completed": true, "announced": true, "expected": true, "first": true, "initial": true,
	"public": true, "stock": true, "share": true, "new": true, "big": true, "huge": true, "long": true, "awaited": true,
	"company": true, "company's": true, "firm": true, "launch": true, "completion": true, "announcement": true,
	"closing": true, "close": true, "went": true, "go": true, "going": true, "gone": true, "successfully": true, "blockbuster": true, "high": true, "profile": true, "billion": true, "million": true,
	"which": false}

// eventPhrase reads the event phrase starting at token j (the expression starting at token
// start) and picks its anchor. loose admits verbs ("VMware launched its IPO"). It returns the
// end of the phrase.
func (m *matcher) eventPhrase(start, j int, loose bool) (int, *Anchor, bool) {
	if j >= len(m.toks) {
		return 0, nil, false
	}
	sent := m.toks[start].clause
	var types [8]bool // index into eventTypes
	found, end := false, 0
	limit := j + 8
	for k := j; k < len(m.toks) && k < limit && m.toks[k].clause == sent; k++ {
		t := &m.toks[k]
		if t.kind == kPunct {
			if t.s == "'" || t.s == "’" || t.s == "-" || t.s == "$" {
				continue
			}
			break
		}
		lw := strings.ToLower(t.s)
		if typ, ok := eventWord[lw]; ok {
			// "public" after go/went/going: an IPO; "offering" needs no help.
			for ti, et := range eventTypes {
				if et == typ {
					types[ti] = true
				}
			}
			found, end = true, k+1
			continue
		}
		if lw == "public" && k > 0 && (m.anyWord(k-1, "went", "go", "going", "gone", "goes")) {
			types[0], found, end = true, true, k+1
			continue
		}
		if t.upper || t.kind != kWord || phraseWords[lw] || loose {
			continue
		}
		break
	}
	if !found {
		return 0, nil, false
	}
	// "by Citrix", "of XenSource": the names belong to the phrase.
	if m.anyWord(end, "by", "of") && end+1 < len(m.toks) && m.toks[end+1].upper && m.toks[end+1].kind == kWord {
		end += 2
		for end < len(m.toks) && m.toks[end].upper && m.toks[end].kind == kWord && m.toks[end].space {
			end++
		}
	}
	phrase := strings.ToLower(m.text[m.toks[j].bs:m.toks[end-1].be])
	for ti, et := range eventTypes {
		if !types[ti] {
			continue
		}
		if a := m.pickAnchor(et, phrase); a != nil {
			return end, a, true
		}
	}
	return 0, nil, false
}

// pickAnchor chooses among the anchors of a type: those whose terms the phrase names, then the
// nearest on or before the publication date.
func (m *matcher) pickAnchor(typ, phrase string) *Anchor {
	var best *Anchor
	bestNamed := false
	var bestDist time.Duration
	for i := range m.ref.Anchors {
		a := &m.ref.Anchors[i]
		if !strings.EqualFold(a.Type, typ) {
			continue
		}
		named := false
		for _, term := range a.Terms {
			if term != "" && containsWord(phrase, strings.ToLower(term)) {
				named = true
				break
			}
		}
		dist := time.Duration(1<<62 - 1)
		if m.hasDoc {
			if d, ok := parseAnchorStart(a.Value); ok {
				diff := m.doc.Sub(d)
				if diff >= 0 {
					dist = diff
				} else {
					dist = (1 << 61) - diff // after the document: worse than any before it
				}
			}
		}
		if best == nil || named && !bestNamed || named == bestNamed && dist < bestDist {
			best, bestNamed, bestDist = a, named, dist
		}
	}
	return best
}

// parseAnchorStart returns the first day of an anchor's value (day, month or year).
func parseAnchorStart(v string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// containsWord reports whether s contains w with non-letters on both sides.
func containsWord(s, w string) bool {
	for off := 0; ; {
		k := strings.Index(s[off:], w)
		if k < 0 {
			return false
		}
		k += off
		e := k + len(w)
		if (k == 0 || !isWordByte(s[k-1])) && (e == len(s) || !isWordByte(s[e])) {
			return true
		}
		off = k + 1
	}
}

func isWordByte(c byte) bool { return isASCIILetter(c) || isDigit(c) }
