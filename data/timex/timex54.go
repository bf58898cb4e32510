package timex

import "strings"

// Families of labor, school and local-government copy of 1996-2000 (heldout60, timex54): a
// bare irregular verb that opens a hyphenated compound ("a cost-of-living raise"), a year in a
// participle that describes a noun ("a pact signed in 1995", "a law passed in 1983"), a forecast
// a future verb sends or publishes, a deadline extended a second time ("first to Aug. 31 and
// then to Friday"), the cutoff day of those a plan covers ("workers hired after Jan. 1"), and
// "the month" set in apposition to a month it describes ("October, the month the state counts
// students").

// hyphenCompound reports whether the bare irregular verb at token k ("cost", "cut", "set")
// opens a hyphenated compound: "their first permanent cost-of-living increase", "a big cut-rate
// store", "a set-aside program". The compound modifies the noun after it, and no verb is
// written glued to a hyphen and a word, whatever words stand before it.
func (m *matcher) hyphenCompound(k int) bool {
	return k+2 < len(m.toks) && m.isHyphen(k+1) && m.glued(k+1) && m.glued(k+2) && m.toks[k+2].kind == kWord
}

// participleYear reports whether the year whose expression ends at token k is the date of a
// participle that describes a noun ("a pact signed in 1995", "a law passed in 1983", "a mill
// built in 1970"), and so dates that participle only, not the date at token i later in the
// sentence. Two shapes keep the participle apart from the clause:
//   - an apposition between commas that opens with "a" or "an" ("The contract, a three-year
//     pact signed in 1995, expired June 30"), as a relative clause between commas is an aside;
//   - a subject whose verb after the year is a present ("A law passed in 1983 lets teachers
//     strike after notice, which the union filed on Aug. 20"): the sentence is told of now.
//
// A past verb after a subject's participle keeps the year ("A law passed in 1983 required a
// vote, which the board held on May 4").
func (m *matcher) participleYear(k, i int) bool {
	if k < 3 || k+1 >= len(m.toks) || i <= k+1 {
		return false
	}
	y := k
	if m.toks[y].kind != kNum {
		return false
	}
	if !m.word(y-1, "in") || !m.participle(y-2) || m.toks[y-3].kind != kWord || m.toks[y-3].lex.kind != lxNone ||
		m.toks[y-3].in(sParticipleAux) || m.toks[y-3].in(sLinkingVerbs) || m.verbInfo(y-3)&(vPast|vFuture|vBe) != 0 {
		return false // "was signed in 1995", "had passed in 1983": a verb of the clause
	}
	if m.punct(y+1, ",") && m.toks[i].sent == m.toks[y].sent {
		// an apposition: a comma before, then "a" or "an", within eight words of the year
		for j := y - 3; j >= 1 && j >= y-10 && m.toks[j].sent == m.toks[y].sent; j-- {
			if m.toks[j].kind == kPunct && !m.isHyphen(j) {
				return m.punct(j, ",") && m.anyWord(j+1, "a", "an")
			}
		}
		return false
	}
	v := &m.toks[y+1]
	w := strings.ToLower(v.s)
	if v.kind != kWord || v.upper || v.lex.kind != lxNone || len(w) < 3 || !strings.HasSuffix(w, "s") ||
		strings.HasSuffix(w, "ss") || w == "was" || w == "has" || m.verbInfo(y+1)&vPast != 0 {
		return false
	}
	// the subject opens the sentence: a determiner, up to three words, the participle
	for j := y - 3; j >= 0 && j >= y-6; j-- {
		if j == 0 || m.toks[j-1].sent != m.toks[y].sent {
			return m.toks[j].in(sDeterminers)
		}
		if m.toks[j].kind != kWord {
			return false
		}
	}
	return false
}

// forecastNounAhead reports whether the "forecast" at token k is a noun that a future verb
// sends, publishes or issues ("will publish a new forecast in May", "would send investors a
// revised forecast in August"): the month dates the act ahead, not the making of a forecast
// gone, as forecastMadeIn reads "the 2.5% forecast in October". A determiner or an adjective
// stands right before "forecast", and "will", "would" or an infinitive's "to" within six
// words before that, with no past verb or mark between.
func (m *matcher) forecastNounAhead(k int) bool {
	if !m.anyWord(k-1, "a", "an", "its", "their", "new", "revised", "updated", "fresh", "latest", "next", "first") {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-8 && m.toks[j].clause == m.toks[k].clause; j-- {
		t := &m.toks[j]
		if t.kind == kPunct {
			return false
		}
		if t.kind != kWord {
			continue
		}
		if m.anyWord(j, "will", "would", "to", "ll") {
			return true
		}
		if m.verbInfo(j)&vPast != 0 && !t.in(sBareIrregular) {
			return false
		}
	}
	return false
}

// extendedAgain reports whether the date at token start is the second term of an extension
// told as a sequence: "extended twice, first to Aug. 31 and then to Friday", "the offer was
// extended to March 3 and again to March 17". "to" and "then", "again" or "later" (after "and"
// or a comma) come before the date, another "to" and a date before them, and a form of extend
// earlier in the sentence, within two dozen words: what is extended to runs to a time ahead.
// "Sales rose to $4 million in May and then to $5 million in June" extends nothing.
func (m *matcher) extendedAgain(start int) bool {
	if !m.word(start-1, "to") || !m.anyWord(start-2, "then", "again", "later", "finally") {
		return false
	}
	j := start - 3
	if m.word(j, "and") || m.punct(j, ",") {
		j--
	}
	// the first term: a date right before, after its own "to"
	first := -1
	for k := j; k >= 0 && k >= j-4 && m.toks[k].sent == m.toks[start].sent; k-- {
		if m.timeWord(k) && m.word(k-1, "to") {
			first = k - 1
			break
		}
		if m.toks[k].kind == kWord && m.toks[k].lex.kind == lxNone {
			return false
		}
	}
	for k := first - 1; first > 0 && k >= 0 && k >= first-24 && m.toks[k].sent == m.toks[start].sent; k-- {
		if m.toks[k].kind == kWord && m.toks[k].in(sExtendForms) {
			return true
		}
	}
	return false
}

// cutoffOfPlan reports whether the date at token start is the cutoff of those a plan or a
// demand covers: a participle after a noun before "after" or "before" ("drivers hired after
// Jan. 1", "students enrolled before Sept. 1"), with a future or a wish before the noun
// ("wants drivers hired after Jan. 1 to join", "would cover workers hired before July 1"). The
// participle's past tells nothing of when: the cutoff lies ahead, as the plan does. "Workers
// hired after Jan. 1 were paid less" has no plan and keeps the tense of its verb.
func (m *matcher) cutoffOfPlan(start int) bool {
	if start < 4 || !m.anyWord(start-1, "after", "before") || !m.participle(start-2) {
		return false
	}
	n := start - 3
	if n < 1 || m.toks[n].kind != kWord || m.toks[n].lex.kind != lxNone || m.verbInfo(n)&(vPast|vFuture|vBe) != 0 ||
		m.toks[n].in(sParticipleAux) {
		return false
	}
	for j := n - 1; j >= 0 && j >= n-6 && m.toks[j].clause == m.toks[start].clause; j-- {
		t := &m.toks[j]
		if t.kind == kPunct {
			return false
		}
		if m.anyWord(j, "will", "would", "wants", "want", "wanted", "proposes", "proposed", "seeks", "sought") {
			return true
		}
		if t.kind == kWord && m.verbInfo(j)&(vPast|vBe|vReporting) != 0 {
			return false
		}
	}
	return false
}

// monthDescribed reports whether "the month" at [start, end) stands in apposition to the
// month named just before it and opens a clause that describes it: "in October, the month the
// state counts students", "in April, the month when most returns are filed". The apposition
// names no time of its own, as "Oct. 13, the day of the drop" and "2005, the year the levees
// failed" are no times in the batches.
func (m *matcher) monthDescribed(start, end int) bool {
	if !m.punct(start-1, ",") || !(m.kind(start-2) == lxMonth || m.toks[start-2].kind == kNum && m.kind(start-3) == lxMonth) {
		return false
	}
	if end >= len(m.toks) || m.toks[end].kind != kWord || m.toks[end].sent != m.toks[start].sent {
		return false
	}
	return m.anyWord(end, "when", "that", "which") || m.toks[end].in(sDeterminers) || inSet(clausePronouns, m.toks[end].s)
}

// contactRelative reports whether the past verb at token k, after a date, closes a relative
// clause written without "that" after a noun of the date's clause: "will get a raise in
// September under a bill the Legislature passed late Wednesday", "reopens in June under a deal
// the union signed Friday". The clause is a determiner and a noun (the head), then a
// determiner and a noun or a pronoun (its subject), then the verb: it is the head's, not the
// date's. "said in March the board approved the plan" has no head and stays the date's
// reading.
func (m *matcher) contactRelative(k int) bool {
	if k < 4 || m.toks[k].upper || m.verbInfo(k)&vPast == 0 || m.verbInfo(k)&vReporting != 0 {
		return false
	}
	h := k - 3 // "bill" in "a bill the Legislature passed"
	switch {
	case m.toks[k-1].kind == kWord && inSet(clausePronouns, strings.ToLower(m.toks[k-1].s)):
		h = k - 2 // "a bill they passed"
	case !m.anyWord(k-2, "the", "a", "an", "its", "their", "his", "her") || m.toks[k-1].kind != kWord || m.toks[k-1].lex.kind != lxNone:
		return false
	}
	hd := &m.toks[h]
	if hd.kind != kWord || hd.upper || hd.lex.kind != lxNone || m.verbInfo(h)&(vPast|vFuture|vBe|vReporting) != 0 ||
		inSet(notSubject, strings.ToLower(hd.s)) {
		return false
	}
	return m.anyWord(h-1, "a", "an", "the", "its", "their", "his", "her", "this", "that", "another")
}

// schoolYear reports whether the "year" at token y is a school's ("the school year begins
// Aug. 26", "the new academic year starts Sept. 8", "the 1998-99 school year ends June 9"):
// unlike a company's fiscal year, whose calendar is the same every year ("Redwood's fiscal year
// ends June 30", no date), a school year's first and last days move from year to year, and
// news that names them dates the coming or current one.
func (m *matcher) schoolYear(y int) bool {
	return m.word(y, "year") && m.anyWord(y-1, "school", "academic")
}
