package timex

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// A rule recognizes one family of expressions. It is a pattern over tokens and lexicon
// classes with a normalization of what the pattern matched (see pattern.go), or, for the one
// family whose shape no pattern says (the clock), a recognizer function. Either way the
// rule only recognizes and normalizes: values that need the reference (a weekday, a month
// without its year) leave it underspecified and resolve.go settles them.
//
// Every rule has a name, by which it is listed (Rules), switched off (NewTagger) and counted
// (eventline eval timeml --rules), and examples, which TestRuleExamples checks: each example
// text, published on Friday 17 August 2007 with one anchor (VMware's IPO on 14 August 2007),
// must yield the expression by this rule with the value given.
type rule struct {
	name     string
	doc      string
	pattern  string // the pattern as written, for listing; empty for recognizer rules
	elems    []elem
	norm     func(m *matcher, x *match) (cand, bool)
	recog    func(m *matcher, i int) (cand, bool)
	compound bool // builds on other rules ("early" + a date): not tried inside them
	// starts lists what the rule can start with, for dispatch: lower-case words, "#num" (digits),
	// "#alnum" (digits and letters), "#apos" (an apostrophe), or "@" and a lexicon class
	// ("@month"). Patterns that start with words need none.
	starts   []string
	examples []Example
	// nextLens is the second element's lens when both first elements must match and the second
	// is plain words (see elem): a token after the first element of no such length fails the
	// rule. 0 for no such test.
	nextLens uint64
}

// Example is a sentence a rule must read: Expr is the expression's text in it and Value its
// value, published on Friday 17 August 2007.
type Example struct {
	Text, Expr, Value string
}

// RuleInfo describes a rule for people: its name, what it recognizes, its pattern (empty for
// a rule written as a function) and its examples.
type RuleInfo struct {
	Name, Doc, Pattern string
	Examples           []Example
}

// registry is the list of rules, in the order that breaks ties between matches of the same
// length: the patterns of families.go (the specific before the general), of business.go, of calendar.go,
// then the compounds of compound.go.
// It is built once at init (the rules refer to the matcher, which refers to the list)
// and never changed.
var registry []rule

// registryIndex maps rule names to their index.
var registryIndex map[string]int

// byStart lists, for each word or token class a rule can start with (rule.starts), the rules
// that can start there, in registry order: a token tries only those, and a tie goes to the
// same rule as if all were tried.
var byStart map[string][]int

func init() {
	// In order of precedence: a tie between two rules goes to the earlier one.
	registry = slices.Concat(patternRules(), businessRules(), timex33Rules(), timex35Rules(), timex37Rules(), timex38Rules(), timex39Rules(), timex43Rules(), timex42Rules(), timex46Rules(), timex52Rules(), timex53Rules(), timex55Rules(), timex57Rules(), timex66Rules(), timex69Rules(), timex73Rules(), lead16Rules(),
		calendarRules(), worldWireRules(), domesticRules(), timex41Rules(), timex47Rules(), timex48Rules(), compoundRules())
	registryIndex = make(map[string]int, len(registry))
	for i := range registry {
		r := &registry[i]
		if _, dup := registryIndex[r.name]; dup {
			panic("timex: rule " + r.name + " twice")
		}
		registryIndex[r.name] = i
		if r.pattern != "" {
			r.elems = mustParsePattern(r.name, r.pattern)
			if e := r.elems; len(e) > 1 && !e[0].opt && !e[1].opt && e[1].plain {
				r.nextLens = e[1].lens
			}
		}
		keys := r.starts
		if len(keys) == 0 {
			words, ok := firstWords(r.elems)
			if !ok {
				panic("timex: rule " + r.name + " starts with a class and lists no starts")
			}
			keys = words
		}
		if byStart == nil {
			byStart = map[string][]int{}
		}
		for _, k := range keys {
			byStart[k] = append(byStart[k], i)
		}
	}
	buildCandidates()
	indexLexicon()
	theCands = lexicon["the"].cands
	checkThe()
}

// firstWords are the words a pattern can start with; ok is false when it can start with a
// class.
func firstWords(elems []elem) (words []string, ok bool) {
	for _, e := range elems {
		if e.fn != nil {
			return nil, false
		}
		words = append(words, e.words...)
		if !e.opt {
			return words, true
		}
	}
	return nil, false
}

// Rules lists the rules of the tagger, sorted by name.
func Rules() []RuleInfo {
	out := make([]RuleInfo, 0, len(registry))
	for _, r := range registry {
		out = append(out, RuleInfo{Name: r.name, Doc: r.doc, Pattern: r.pattern, Examples: r.examples})
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Name < out[b].Name })
	return out
}

// Tagger tags text with some rules switched off. The zero value and nil have every rule on.
type Tagger struct {
	off []bool
}

// NewTagger returns a tagger without the named rules; an unknown name is an error.
func NewTagger(disable ...string) (*Tagger, error) {
	if len(disable) == 0 {
		return &Tagger{}, nil
	}
	off := make([]bool, len(registry))
	for _, name := range disable {
		i, ok := registryIndex[name]
		if !ok {
			return nil, fmt.Errorf("timex: no rule %q (eventline eval timeml --list-rules lists them)", name)
		}
		off[i] = true
	}
	return &Tagger{off: off}, nil
}

// Tag returns the temporal expressions of text, sorted by Start and non-overlapping.
func (tg *Tagger) Tag(text string, ref Reference) []Expr { return tg.TagText(NewText(text), ref) }

// TagText is Tag on a text already read.
func (tg *Tagger) TagText(t *Text, ref Reference) []Expr {
	var off []bool
	if tg != nil {
		off = tg.off
	}
	m := newMatcher(t.s, t.toks, ref, off)
	m.vinfo, m.aside = t.vinfo, t.aside
	out := m.run()
	t.vinfo, t.aside = m.vinfo, m.aside
	m.release()
	return out
}

// best is the longest match of the rules at token i (of the non-compound ones only when core);
// among equally long ones, the first rule's.
func (m *matcher) best(i int, core bool) (cand, bool) {
	var best cand
	// A match per nesting level (a rule may look for another's expression inside it), kept in
	// the matcher so that a match does not cost an allocation.
	var x *match
	if m.depth < len(m.scratch) {
		x = &m.scratch[m.depth]
	} else {
		x = new(match)
	}
	m.depth++
	// The first elements' matches at i, by the candidate list's slots: rules that start alike
	// ("%amount" opens a dozen) match their first element once. firstEnd[s] is valid when bit s
	// of firstDone is set; -1 for no match.
	var firstDone uint32
	var firstEnd [maxFirstSlots]int32
	for _, cd := range m.candidates(i) {
		ri := int(cd.rule)
		r := &registry[ri]
		if core && r.compound || m.off != nil && m.off[ri] {
			continue
		}
		if r.recog != nil {
			if c, ok := r.recog(m, i); ok && c.end > best.end {
				c.rule = ri
				best = c
			}
			continue
		}
		end := -1
		if cd.first < 0 {
			if e, ok := r.elems[0].matchAt(m, i); ok {
				end = e
			}
		} else {
			bit := uint32(1) << cd.first
			if firstDone&bit == 0 {
				if e, ok := r.elems[0].matchAt(m, i); ok {
					end = e
				}
				firstDone, firstEnd[cd.first] = firstDone|bit, int32(end)
			}
			end = int(firstEnd[cd.first])
		}
		// Most tries end here, at the first element or at the length of the token after it,
		// without the calls of the pattern's steps.
		if end < 0 && !r.elems[0].opt || end >= 0 && r.nextLens != 0 && !m.lenIn(end, r.nextLens) {
			continue
		}
		if !r.matchFirst(m, i, x, end, end >= 0) {
			continue
		}
		if c, ok := r.norm(m, x); ok {
			if c.end == 0 {
				c.end = x.end
			}
			if c.end > best.end {
				c.rule = ri
				best = c
			}
		}
	}
	m.depth--
	return best, best.end > i
}

// lexKeys are the start keys of the lexicon classes.
var lexKeys = [...]string{lxMonth: "@month", lxWeekday: "@weekday", lxUnit: "@unit", lxNumber: "@number",
	lxOrdinal: "@ordinal", lxSeason: "@season", lxDeictic: "@deictic", lxPartDay: "@partday", lxRel: "@rel",
	lxMod: "@mod", lxEvent: "@event", lxHoliday: "@holiday", lxFunction: "", lxNone: ""}

// candidates are the rules that can start at token i, in registry order. Words take their
// list from their lexicon entry (a word outside the lexicon starts no rule); numbers and
// apostrophes from their shape.
func (m *matcher) candidates(i int) []candidate {
	t := &m.toks[i]
	switch {
	case t.kind == kNum:
		return numCandidates
	case t.kind == kAlnum:
		return alnumCandidates
	case t.kind == kPunct && (t.s == "'" || t.s == "’"):
		return aposCandidates
	case t.kind == kWord && t.lex.kind != lxNone:
		if t.lex.cands == theCands && eqFold(t.s, "the") && m.plainWord(i+1) {
			return nil // "the" before a word outside the lexicon starts no rule (checkThe)
		}
		return candidateLists[t.lex.cands]
	}
	return nil
}

// plainWord reports whether token i is a word outside the lexicon.
func (m *matcher) plainWord(i int) bool {
	return i < len(m.toks) && m.toks[i].kind == kWord && m.toks[i].lex.kind == lxNone
}

// theCands is the candidate list of "the", the commonest word of news: most of its tokens
// come before a noun that no rule knows, and trying its rules there costs a fifth of the tagging.
var theCands uint16

// theClasses are the classes that match only words of the lexicon or tokens that are no
// words (digits, codes).
var theClasses = map[string]bool{"ordinal": true, "relative": true, "season": true, "unit": true, "number": true,
	"amount": true, "decade": true, "decade2": true, "nth": true, "dayth": true, "wordord": true, "year": true, "y4": true, "month": true, "weekday": true, "holiday": true,
	"d4": true} // timex57.go: "the 1998/99 fiscal year"

// checkThe makes sure that no rule can start with "the" before a word outside the lexicon,
// which candidates relies on: what can follow "the" in a pattern is a word of the lexicon or a
// class of theClasses.
func checkThe() {
	for _, ri := range byStart["the"] {
		r := &registry[ri]
		if len(r.elems) == 0 {
			panic("timex: rule " + r.name + " starts with the and is no pattern")
		}
		for _, e := range r.elems[1:] {
			for _, w := range e.words {
				if _, ok := lexicon[w]; !ok && isASCIILetter(w[0]) {
					panic("timex: rule " + r.name + " has " + w + " after the; the lexicon lacks it (lex.go)")
				}
			}
			if e.fn != nil && !theClasses[e.class] {
				panic("timex: rule " + r.name + " has %" + e.class + " after the (theClasses)")
			}
			if !e.opt {
				break
			}
		}
	}
}

// candidateLists holds the candidate lists of the lexicon's words (lexEntry.cands indexes
// it); the others are those of token shapes. Built once at init from byStart.
var (
	candidateLists                                 [][]candidate
	numCandidates, alnumCandidates, aposCandidates []candidate
)

// A candidate is a rule that can start at a token, with the slot its pattern's first element
// takes in best's memo of first elements for this list (-1 for none: a recognizer, or a first
// element no other rule of the list shares). Rules of a list whose first elements are alike
// share a slot, so the element is matched once a token however many rules open with it.
type candidate struct {
	rule  int32
	first int8
}

// firstElemKeys numbers the first elements of the registry's patterns, alike elements alike;
// -1 for a recognizer.
func firstElemKeys() []int {
	ids := map[string]int{}
	keys := make([]int, len(registry))
	for ri := range registry {
		keys[ri] = -1
		if r := &registry[ri]; len(r.elems) > 0 {
			e := &r.elems[0]
			k := e.class + "|" + strings.Join(e.words, "|") // a class or words: "amount|" is no "|amount"
			if e.glued {
				k = "+" + k
			}
			id, ok := ids[k]
			if !ok {
				id = len(ids)
				ids[k] = id
			}
			keys[ri] = id
		}
	}
	return keys
}

// maxFirstSlots bounds the shared first elements of one candidate list (best keeps their
// matches in a bit set and an array on its stack); a list with more leaves the rest unshared.
const maxFirstSlots = 32

// withFirstSlots makes the candidate list of rules l: rules whose patterns open with the same
// element (same words or class, same gluing; optional or not, which the rule's step decides)
// share a slot. firstKeys numbers the registry's first elements (firstElemKeys).
func withFirstSlots(l []int, firstKeys []int) []candidate {
	count := map[int]int{}
	for _, ri := range l {
		if k := firstKeys[ri]; k >= 0 {
			count[k]++
		}
	}
	slots := map[int]int8{}
	out := make([]candidate, len(l))
	for n, ri := range l {
		out[n] = candidate{rule: int32(ri), first: -1}
		k := firstKeys[ri]
		if k < 0 || count[k] < 2 {
			continue
		}
		s, ok := slots[k]
		if !ok && len(slots) < maxFirstSlots {
			s, ok = int8(len(slots)), true
			slots[k] = s
		}
		if ok {
			out[n].first = s
		}
	}
	return out
}

// buildCandidates fills the candidate lists and stores each word's in its lexicon entry.
func buildCandidates() {
	merge := func(keys ...string) []int {
		var l []int
		for _, k := range keys {
			l = append(l, byStart[k]...)
		}
		slices.Sort(l)
		return slices.Compact(l)
	}
	keys := firstElemKeys()
	numCandidates, alnumCandidates, aposCandidates = withFirstSlots(merge("#num"), keys), withFirstSlots(merge("#alnum"), keys), withFirstSlots(merge("#apos"), keys)
	index := map[string]uint16{}
	for w, e := range lexicon {
		l := merge(w, lexKeys[e.kind])
		key := fmt.Sprint(l)
		n, ok := index[key]
		if !ok {
			n = uint16(len(candidateLists))
			index[key] = n
			candidateLists = append(candidateLists, withFirstSlots(l, keys))
		}
		e.cands = n
		lexicon[w] = e
	}
	for k := range byStart {
		if !strings.HasPrefix(k, "#") && !strings.HasPrefix(k, "@") {
			if _, ok := lexicon[k]; !ok {
				panic("timex: rules start with " + k + ", which the lexicon lacks (lex.go)")
			}
		}
	}
}

// lowerWord is the token's text in lower case (allocating only when it has capitals).
func lowerWord(t *token) string {
	for i := 0; i < len(t.s); i++ {
		if c := t.s[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(t.s)
		}
	}
	return t.s
}
