package extract

import (
	"slices"
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Readings of features and explainers in the styles modern39 tests (news41): a newsletter's
// item, a turnaround's long read, a regulator's ruling explained.
//
//   - Two companies in talks to combine are a deal in talks, as "in talks to merge" is: "said
//     they are in talks to combine", "held discussions about combining". "Agreed to combine" is
//     the lexicon's already; "combine" alone joins anything ("combine their research teams").
//   - Comparable sales told in full, "sales at restaurants open at least a year jumped 24% in
//     the quarter", are results when the sentence names a quarter, a half or a fiscal period:
//     resultsAt stops at the place noun, since "sales at stores open a year" is often a
//     retailer's month (monthlySales drops those still).
//   - An authority that rules ("the Federal Trade Commission ruled on Monday that Intuit
//     deceived customers", "a federal judge ruled that ...") tells legal news in a verb of its
//     own; "ruled" stays weak after anyone else ("the company ruled out a sale").

// combineTalks lists the words of two companies' talks to become one.
func combineTalks() []string {
	return []string{"talks to combine", "talks about combining", "talks on combining", "discussions to combine",
		"discussions about combining", "discussions on combining", "combination talks"}
}

// comparableSalesAt reads, at word i, "sales at", up to three words, a place noun of
// salesPlaces, "open" and its span ("at least a year", "for more than a year", "a year"), and
// a verb of change, maybe after "had" or "have": "sales at Chili's restaurants open at least a
// year had jumped 24%". The sentence must name a period of results.
func comparableSalesAt(words []string, i int) (trigger, bool) {
	if words[i] != "sales" || i+1 >= len(words) || words[i+1] != "at" || !slices.ContainsFunc(words, resultsPeriod) {
		return trigger{}, false
	}
	k := i + 2
	for k < len(words) && k <= i+5 && !salesPlaces[words[k]] {
		if !isWord(words[k]) && words[k] != "'" || gapStops[words[k]] {
			return trigger{}, false
		}
		k++
	}
	if k+1 >= len(words) || !salesPlaces[words[k]] || words[k+1] != "open" {
		return trigger{}, false
	}
	for g := k + 2; g < len(words) && g <= k+8; g++ {
		switch {
		case slices.Contains(resultsChanges, words[g]):
			return trigger{typ: events.Earnings, from: i, to: g + 1, gap: true, tail: g, verbal: true}, true
		case !openSpanWords[words[g]] && !isNumber(words[g]):
			return trigger{}, false
		}
	}
	return trigger{}, false
}

// openSpanWords say how long a place has been open, and the auxiliary before the change.
var openSpanWords = wordSet(`at least for more than over a one year years months twelve full had have has`)

// resultsPeriod says whether w names a period results are reported for.
func resultsPeriod(w string) bool {
	return w == "quarter" || w == "quarterly" || w == "half" || w == "fiscal" || w == "half-year"
}

// semicolonGroups groups a sentence's main triggers as coordinated does, within each part a
// semicolon ends (or a clause that ", and" opens with a company of its own: ownSubjectClause): a roundup strings one clause a company after another ("Ralph Lauren's revenue
// rose 14%; PVH reported flat sales; Columbia's sales rose 1%"), each its own sentence in all
// but the stop, in a body (a title's are headlineClauses'). later[i] says whether group i stands after the first part's groups, where an
// event of a type told already is another company's (see laterClauseEvent).
func (s *sentence) semicolonGroups(ts []trigger) (groups [][]trigger, later []bool) {
	if len(ts) == 0 {
		// Most sentences have no main trigger: no group, where an empty one cost two
		// allocations and told no event (clauseEvents tells none of no trigger).
		return nil, nil
	}
	if s.start < 0 {
		// A title's semicolon joins a wrap's lines ("Stocks close higher as banks rally; Nasdaq
		// gains 1.1%"), which headlineClauses reads.
		g := coordinated(s.words, s.inTimex, ts)
		return g, make([]bool, len(g))
	}
	if len(ts) == 1 {
		// One trigger is one group, the first part's: no semicolon or comma before it parts it
		// from anything. Most sentences with a trigger have one; the general way below cost five
		// allocations for it (xspeed17).
		return [][]trigger{ts}, []bool{false}
	}
	var part []trigger
	start, n := 0, 0
	flush := func() {
		if len(part) == 0 {
			return
		}
		for _, g := range coordinated(s.words, s.inTimex, part) {
			groups = append(groups, g)
			later = append(later, n > 0)
		}
		n++
		part = nil
	}
	sorted := slices.Clone(ts)
	slices.SortStableFunc(sorted, func(a, b trigger) int { return a.from - b.from })
	rel := len(sorted) > 1 && s.relativeAside() // most sentences have none: no comma's test
	for _, t := range sorted {
		for k := start; k < t.from; k++ {
			if s.words[k] == ";" && !s.inParens[k] && !s.inTimex[k] || s.ownSubjectClause(part, t, k) || rel && s.words[k] == "," && s.relativeAt(part, t, k) {
				flush()
			}
		}
		start = max(start, t.to)
		part = append(part, t)
	}
	flush()
	if len(groups) == 0 {
		return [][]trigger{ts}, []bool{false}
	}
	return groups, later
}

// ownSubjectClause says whether ", and" at word k opens a clause with a company of its own before
// trigger t, of a type the part holds already: "Atlassian agreed on Thursday to buy The Browser
// Company, and on Friday Cadence Design Systems agreed to buy a unit of Hexagon" tells two
// deals, where "agreed to buy Beta and merge it with Gamma" tells one.
func (s *sentence) ownSubjectClause(part []trigger, t trigger, k int) bool {
	return k+1 < t.from && s.words[k] == "," && s.words[k+1] == "and" && !s.inParens[k] &&
		slices.ContainsFunc(part, func(u trigger) bool { return u.typ == t.typ }) && s.companyWithin(k+2, t.from)
}

// relativeAt says whether the comma at word k opens or closes a relative clause that parts
// trigger t from those before it: "Nike, which named Elliott Hill chief executive in September,
// reported a drop in revenue" tells the clause's appointment and the main clause's results, where
// one group had kept only the first; "the tender offer, which was launched in January, expired on
// Friday" keeps the main clause's expiry on Friday, the launch a step of its own.
func (s *sentence) relativeAt(part []trigger, t trigger, k int) bool {
	if s.words[k] != "," || k >= t.from || len(part) == 0 {
		return false
	}
	if k+1 < len(s.words) && relativePronoun(s.words[k+1]) {
		// t stands in the clause this comma opens: the comma is the one its aside starts at,
		// and the aside, opened by the pronoun just checked, closes after t.
		a, after, ok := s.asideAround(t.from)
		return ok && a == k && after > t.from
	}
	// The clause held part and closed before t: its opening comma stands before part's first
	// trigger, and this one closes it.
	a, after, ok := s.asideAround(part[0].from)
	return ok && after == k+1 && relativePronoun(s.words[a+1]) && s.relativeBefore(part, []trigger{t})
}

// relativeAside says whether the sentence has a comma before a relative pronoun.
func (s *sentence) relativeAside() bool {
	for k := 1; k < len(s.words); k++ {
		if relativePronoun(s.words[k]) && s.words[k-1] == "," {
			return true
		}
	}
	return false
}

// relativePronoun says whether w opens a relative clause after a comma. Comparisons, not a
// set: the test is made at every comma between triggers.
func relativePronoun(w string) bool { return w == "which" || w == "who" || w == "whose" }

// laterClauseEvent says whether event e, of a later semicolon's clause, is news of its own
// beside o, an event of the same type told before: one company's results beside another's.
func laterClauseEvent(later bool, o, e Event) bool {
	return later && len(e.Companies) > 0 && !overlap(o.Companies, e.Companies)
}

// quotedTitle says whether the name at text[start:end] fills a pair of double quotation marks
// by itself, maybe with the comma or period American style puts inside them: the title of a
// film, a show, a book or a song ("Christopher Nolan's "Oppenheimer" earned a fifth of its box
// office from Imax screens"), not the company that shares the word. A quotation that goes on
// past the name is speech, which names companies as any sentence does.
func quotedTitle(text string, start, end int) bool {
	before := text[:start]
	open := strings.HasSuffix(before, "\"") || strings.HasSuffix(before, "“")
	if !open {
		return false
	}
	after := text[end:]
	if strings.HasPrefix(after, ",") || strings.HasPrefix(after, ".") {
		after = after[1:]
	}
	return strings.HasPrefix(after, "\"") || strings.HasPrefix(after, "”")
}

// news41Misread says whether trigger t is told on a day another happening marks, or of a work
// whose quoted title is its subject: "Christopher Nolan's "Oppenheimer" earned a fifth of its box
// office from Imax screens" is the film's takings, not results (see quotedTitle).
func news41Misread(s *sentence, t trigger) bool {
	if s.anchoredDay() {
		return true
	}
	if t.typ != events.Earnings || t.from == 0 {
		return false
	}
	before := strings.TrimRight(s.text[:s.toks[t.from].start], " ")
	if !strings.HasSuffix(before, "\"") && !strings.HasSuffix(before, "”") {
		return false
	}
	open := strings.LastIndexAny(before[:len(before)-1], "\"“")
	return open >= 0 && !strings.ContainsAny(before[open:], ",;:") && len(before)-open < 60
}

// dayBeforeName says whether the word before the name at unit i is a weekday or a month after a
// preposition of time, which make it the sentence's date, not a word of a longer name: "On
// Tuesday Shake Shack named a new chief", "In March Boeing cut its forecast" ("the Sunday
// Times" keeps its longer name).
func dayBeforeName(toks []token, us []unit, i int) bool {
	if i < 2 {
		return false
	}
	// Folded on the stack: fold's copy cost an allocation for every capitalized word (perf14.go).
	var buf [32]byte
	w := appendFold(buf[:0], toks[us[i-1].from].text)
	return calendarNameShapes.mayHoldBytes(w) && (weekdays[string(w)] || monthNames[string(w)]) && foldedIn(timePrepositions, toks[us[i-2].from].text)
}

// timePrepositions open a date.
var timePrepositions = wordSet(`on in since until by last early late through`)

// sincePart returns the companies of before that stand after the last semicolon before token k,
// when there are any: a part a semicolon opens is a sentence of its own, whose subject is its
// first company ("...; PVH, the owner of Calvin Klein, reported a profit that fell by a third"),
// not the first of the whole sentence.
func (s *sentence) sincePart(before []CompanyMention, k int) []CompanyMention {
	for j := k - 1; j > 0; j-- {
		if s.words[j] != ";" || s.inParens[j] {
			continue
		}
		i := slices.IndexFunc(before, func(c CompanyMention) bool { return c.Start >= s.toks[j].end })
		if i < 0 {
			return before
		}
		return before[i:]
	}
	return before
}

// anchoredDay says whether the body sentence dates what it tells by another happening's day, a
// clause of the past after "the day", and names no day of its own: "The day its plans were
// reported, Amazon agreed to buy Whole Foods", "shares fell 11% on the day the deal was
// announced". A story of the day names the day; one that reaches for another's tells the past
// (or the time since: modern36's peg three weeks before). "The day before" and "the day's" are
// other things.
func (s *sentence) anchoredDay() bool {
	if s.start < 0 || s.cues()&cueTheDay == 0 || s.namesDay() {
		return false
	}
	w := s.words
	for k := 0; k+3 < len(w); k++ {
		if w[k] != "the" || w[k+1] != "day" || !startsClause(w[k+2]) {
			continue
		}
		for j := k + 3; j < len(w)-1 && j <= k+7; j++ {
			if w[j] == "," || gapStops[w[j]] {
				break
			}
			if (w[j] == "was" || w[j] == "were") && strings.HasSuffix(w[j+1], "ed") {
				return true
			}
		}
	}
	return false
}

// startsClause says whether w can open the clause after "the day": a determiner or a
// possessive of the happening ("the day the deal was announced", "the day its plans were
// reported").
func startsClause(w string) bool {
	return w == "the" || w == "its" || w == "their" || w == "that" || w == "his" || w == "her"
}
