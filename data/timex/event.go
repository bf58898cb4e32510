package timex

import (
	"slices"
	"strings"
	"time"
)

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
	types, end := m.eventWords(start, j, loose)
	if end == 0 {
		return 0, nil, false
	}
	end = m.phraseNames(end)
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

// eventWords reads up to eight words of an event phrase from token j, in the clause of token
// start: the event types it names (indexes into eventTypes) and the end of its last event
// word, 0 when it names none.
func (m *matcher) eventWords(start, j int, loose bool) (types [8]bool, end int) {
	sent := m.toks[start].clause
	for k := j; k < len(m.toks) && k < j+8 && m.toks[k].clause == sent; k++ {
		ti, goOn := m.phraseWord(k, loose)
		if ti >= 0 {
			types[ti], end = true, k+1
		}
		if !goOn {
			break
		}
	}
	return types, end
}

// phraseWord is the event type word k names (an index into eventTypes, -1 for none) and
// whether an event phrase goes on past it: past names, apostrophes, hyphens, the words of
// phraseWords, and with loose any word.
func (m *matcher) phraseWord(k int, loose bool) (int, bool) {
	t := &m.toks[k]
	if t.kind == kPunct {
		return -1, t.s == "'" || t.s == "’" || t.s == "-" || t.s == "$"
	}
	lw := strings.ToLower(t.s)
	if typ, ok := eventWord[lw]; ok {
		return slices.Index(eventTypes, typ), true
	}
	if lw == "public" && m.anyWord(k-1, "went", "go", "going", "gone", "goes") {
		return 0, true // "went public": an IPO
	}
	return -1, t.upper || t.kind != kWord || phraseWords[lw] || loose
}

// phraseNames extends an event phrase ending at token end with the names after "by" or "of"
// ("the acquisition by Citrix", "the purchase of XenSource"), which pickAnchor matches.
func (m *matcher) phraseNames(end int) int {
	if !m.anyWord(end, "by", "of") || end+1 >= len(m.toks) || !m.toks[end+1].upper || m.toks[end+1].kind != kWord {
		return end
	}
	end += 2
	for end < len(m.toks) && m.toks[end].upper && m.toks[end].kind == kWord && m.toks[end].space {
		end++
	}
	return end
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
