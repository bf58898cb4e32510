package timex

import (
	"strings"
)

// What Reading says beyond the tense: the clause that a span's status is read in, and the modal,
// intent and hedge words in it. Extraction takes an event's status from this reading (see
// Text.Reading), so the words that make an event a forecast or a report are listed here, next to
// the tense that dates it.

// reader reads the clauses of a text for Text.Reading: a matcher without a reference, and
// what the readings of one text share.
type reader struct {
	*matcher
	inParens []bool  // per token: inside parentheses; nil until a reading needs it
	classes  []uint8 // per token: its readingClasses bits, or 0 until computed
}

// Bits of a word's reading classes.
const (
	rBreak      = 1 << iota // in scopeBreaks
	rClauseVerb             // in clauseVerbs
	rModal                  // a modal or forecasting word by itself
	rHedge                  // a hedge word by itself
	rLead                   // may start a phrase of modalAt or hedgeAt ("plans to", "in talks")
	rKnown                  // computed
)

// readingClasses holds the classes of the words the reading lists name, so that a word costs
// one lookup per text however many readings look at it.
var readingClasses = func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(set map[string]bool, bit uint8) {
		for w := range set {
			m[w] |= bit
		}
	}
	add(scopeBreaks, rBreak)
	add(clauseVerbs, rClauseVerb)
	add(modalWords, rModal)
	add(forecastWords, rModal)
	add(hedgeWords, rHedge)
	add(deliberation, rHedge)
	add(intentModal, rLead)
	for _, w := range []string{"is", "are", "going", "set", "subject", "to", "as", "next", "wanted", "tried",
		"failed", "attempted", "in", "held", "holding", "talks", "reports", "sources", "approached", "approaches",
		"approach", "approaching"} {
		m[w] |= rLead
	}
	return m
}()

// class returns the reading classes of token k.
func (r *reader) class(k int) uint8 {
	if r.classes == nil {
		r.classes = make([]uint8, len(r.toks))
	}
	if c := r.classes[k]; c != 0 {
		return c
	}
	c := uint8(rKnown)
	if t := &r.toks[k]; t.kind == kWord {
		c |= t.classBits() // readingClasses of its lower case (perf13.go)
	}
	r.classes[k] = c
	return c
}

// read is the Reading of the clause around tokens [start, end): the tense the tagger resolves
// dates with, and the modal and hedge words of the clause that a status is read in.
func (r *reader) read(start, end int) Reading {
	t, cue := r.tenseCue(start, end, true)
	out := Reading{Tense: t, Cue: lowerASCII(cue), CueAt: -1, ModalAt: -1, HedgeAt: -1}
	at := r.cueToken(start, end, cue)
	if at >= 0 {
		out.CueAt = r.toks[at].bs
	}
	lo, hi := r.scope(start, end)
	out.Clause = Span{r.toks[lo].bs, r.toks[hi-1].be}
	if k, w := r.modalIn(start, end, lo, hi); k >= 0 {
		out.Modal, out.ModalAt = w, r.toks[k].bs
	}
	if k, w := r.hedgeIn(start, end, lo, hi); k >= 0 {
		out.Hedge, out.HedgeAt = w, r.toks[k].bs
	}
	out.Ahead = out.Modal != "" || t == TenseFuture && at >= lo && at < hi && r.governs(at, start, end)
	return out
}

// cueToken is the token of the tense's cue: the nearest word spelled as the cue in the
// sentence, from the span outward (the way the tense was read), or -1.
func (r *reader) cueToken(start, end int, cue string) int {
	if cue == "" {
		return -1
	}
	first, _, _ := strings.Cut(cue, " ") // "as early as"
	clause := r.toks[start].clause
	for k := start; k < end; k++ {
		if strings.EqualFold(r.toks[k].s, first) {
			return k
		}
	}
	for d := 1; start-d >= 0 || end-1+d < len(r.toks); d++ {
		for _, k := range [2]int{start - d, end - 1 + d} {
			if k >= 0 && k < len(r.toks) && r.toks[k].clause == clause && strings.EqualFold(r.toks[k].s, first) {
				return k
			}
		}
	}
	return -1
}

// governs reports whether the future cue at token k governs the span's status: not when the
// span's own verb is past ("which today reported earnings"), not a past verb's intent (the
// decision is news: "agreed to buy"), not an adjective, not from inside an aside in
// parentheses that does not hold the span, not the "due" of a cause ("due to litigation"), not
// the month May, and not "can", which tells an ability rather than a prediction.
func (r *reader) governs(k, start, end int) bool {
	for j := start; j < end; j++ {
		if r.toks[j].kind == kWord && r.verbInfo(j)&(vPast|vFuture) == vPast && !r.attributive(j) {
			return false
		}
	}
	if r.verbInfo(k)&vPast != 0 || r.attributive(k) {
		return false // a decision taken ("agreed to buy", "decided to sell"); an adjective ("its planned purchase")
	}
	in := r.parens()
	w := r.toks[k].s
	return !(in[k] && !in[start]) && !causalDue(r.matcher, k) && w != "May" && !eqFold(w, "can")
}

// causalDue reports whether word k is the "due" of a cause ("in bankruptcy due to litigation")
// rather than of a schedule ("the notes are due to mature in 1997", "due to report on Friday").
func causalDue(m *matcher, k int) bool {
	if !m.word(k, "due") || !m.word(k+1, "to") {
		return false
	}
	n := k + 2
	return n >= len(m.toks) || m.toks[n].kind != kWord ||
		!m.anyWord(n, "be", "report", "mature", "end", "complete", "pay", "take") && m.verbInfo(n)&vSchedule == 0
}

// scope is the clause around tokens [start, end) that a status is read in, as token indices
// [lo, hi): the tense's clause (a sentence cut at ";"), cut further before a subordinator or a
// reporting verb that opens another statement ("shares fell 34% today after the company said
// growth will slow": the "will" is the company's, not the fall's), and after a comma that opens
// a clause with a new subject ("..., Red Hat may find it difficult").
func (r *reader) scope(start, end int) (lo, hi int) {
	clause := r.toks[start].clause
	lo, hi = start, end
	for lo > 0 && r.toks[lo-1].clause == clause && !r.scopeBreak(lo-1) && !r.participleAfter(lo-1) && !r.newPredicate(lo-1) {
		lo--
	}
	for hi < len(r.toks) && r.toks[hi].clause == clause && !r.scopeBreak(hi) && !r.newSubject(hi) && !r.participleAfter(hi) && !r.newPredicate(hi) &&
		!(hi > end && (r.laterStep(hi) || r.word(hi, "and") && r.newPredicate(hi) || r.contentThat(hi))) {
		hi++
	}
	for j := start; j > lo && j >= start-3; j-- {
		if r.coordinatedPast(j) {
			return j, hi
		}
	}
	return lo, hi
}

// contentThat reports whether token k is a "that" which opens what a noun of thought or
// information holds: "fell on concern that earnings will be weak", "rose on hopes that the
// merger would close", "amid signs that demand may slow". The clause tells the worry, not the
// move: its modal is its own.
func (r *reader) contentThat(k int) bool {
	return k > 0 && len(r.toks[k].s) == 4 && r.word(k, "that") && r.toks[k-1].kind == kWord && contentNouns[lowerASCII(r.toks[k-1].s)]
}

var contentNouns = map[string]bool{"concern": true, "concerns": true, "fear": true, "fears": true, "worry": true,
	"worries": true, "hope": true, "hopes": true, "expectation": true, "expectations": true, "optimism": true,
	"speculation": true, "bets": true, "belief": true, "doubt": true, "doubts": true, "signs": true,
	"indications": true, "news": true, "word": true, "views": true, "view": true, "prospect": true,
	"prospects": true, "confidence": true, "anxiety": true, "suspicion": true, "suspicions": true}

// coordinatedPast reports whether word k is a past verb with its object, joined by "and" to
// the verbs before it: "said it would split its stock, and raised its dividend". A modal
// governs bare verbs ("would split its stock and raise its dividend"), so a past form after
// the "and" is a predicate of the sentence's subject of its own, told as done, and the modal
// or hedge before it is not its. The object rules out a participle of a passive ("will be
// sold and merged into the parent").
func (r *reader) coordinatedPast(k int) bool {
	if !r.word(k-1, "and") || r.toks[k].kind != kWord || r.toks[k].upper || !r.anyWord(k+1, "its", "the", "a", "an", "their") {
		return false
	}
	v := r.verbInfo(k)
	return v&vPast != 0 && v&(vFuture|vReporting|vBe) == 0 && !r.anyWord(k, "had", "did", "last", "earlier", "ago", "yesterday")
}

// laterStep reports whether token k opens a relative clause that tells a later step of what the
// clause's object does: "agreed to buy Cerner in a deal that is expected to close next year",
// "a deal expected to close in the first quarter", "launched a phone that will ship next week".
// Its modal is the step's: the agreement and the launch happened. "said that it will" and "the
// deal is expected to close" are no relative clause, and a clause right after the span is the
// span's own ("a deal expected to close": the deal's close lies ahead).
func (r *reader) laterStep(k int) bool {
	if k < 1 || k+1 >= len(r.toks) || r.toks[k].kind != kWord || r.toks[k-1].kind != kWord {
		return false
	}
	switch len(r.toks[k].s) {
	case 3, 4, 6, 8, 9: // the lengths of the words below: most tokens are passed over here
	default:
		return false
	}
	switch {
	case r.word(k, "that"):
		return r.anyWord(k+1, "will", "would", "could", "should", "may", "might", "can", "is", "are", "was", "were", "has", "have", "had") &&
			r.verbInfo(k-1)&^vKnown == 0
	case r.anyWord(k, "expected", "scheduled", "slated", "set", "due", "poised", "likely"):
		return r.word(k+1, "to") && r.verbInfo(k-1)&^vKnown == 0 && !r.anyWord(k-1, "be", "been", "being", "not", "also", "now", "still")
	}
	return false
}

// LaterStep says whether a relative clause that tells a later step of what a clause's object
// does opens among the tokens of bytes [start, end) (see reader.laterStep): the step's date is
// not the clause's event's. Extraction dates events by the rule the status reading uses.
func (t *Text) LaterStep(start, end int) bool {
	if len(t.toks) == 0 {
		return false
	}
	i, _ := t.firstFrom(start)
	for ; i < len(t.toks) && t.toks[i].be <= end; i++ {
		if t.reader().laterStep(i) {
			return true
		}
	}
	return false
}

// Finite says whether the word that starts at byte start is a verb that makes a clause of its
// own: a past form, a modal, a form of "be" or a reporting verb, by the lists the tense reading
// uses. Extraction asks it where "and" may open a clause with its own subject ("sued Moderna,
// and Amgen settled with Regeneron").
func (t *Text) Finite(start int) bool {
	if len(t.toks) == 0 {
		return false
	}
	i, ok := t.firstFrom(start)
	if !ok || t.toks[i].kind != kWord {
		return false
	}
	return t.reader().verbInfo(i)&(vPast|vFuture|vBe|vPossibility|vReporting) != 0
}

// participleAfter reports whether the comma at token k opens a participial clause: a comment on
// what the clause before it told, with its own verbs ("Shares rose 8%, reflecting doubt the deal
// will close": the rise happened; "agreed to buy it for $2 billion, valuing the company at ...").
func (r *reader) participleAfter(k int) bool {
	if !r.punct(k, ",") || k+1 >= len(r.toks) || r.toks[k+1].kind != kWord || r.toks[k+1].upper {
		return false
	}
	w := r.toks[k+1].s
	return len(w) > 5 && strings.HasSuffix(w, "ing")
}

// scopeBreak reports whether token k opens another clause or statement.
func (r *reader) scopeBreak(k int) bool {
	t := &r.toks[k]
	if t.kind == kPunct {
		return t.s == ";"
	}
	if r.class(k)&rBreak == 0 {
		return false
	}
	// Part of a hyphenated word is no clause word: "an after-tax gain", "a so-called plan".
	return !(r.punct(k+1, "-") && r.glued(k+1) || r.punct(k-1, "-") && r.glued(k))
}

// scopeBreaks are the words that open another clause (a contrast, a cause, a relative clause) or
// another statement (a subordinator, a reporting verb).
var scopeBreaks = map[string]bool{"now": true, "while": true, "whereas": true, "although": true, "but": true,
	"because": true, "which": true, "despite": true, "though": true, "however": true, "after": true, "as": true,
	"when": true, "since": true, "saying": true, "said": true, "says": true, "following": true, "amid": true,
	"until": true, "before": true, "if": true, "unless": true, "so": true, "who": true, "whom": true,
	"where": true} // "rose 1% ahead of its conference, where it is expected to unveil" (lead19)

// newSubject reports whether the comma or colon at token k opens a clause with a new subject: one
// to four capitalized words and then a verb of a clause ("..., Red Hat may find it difficult",
// "...: Virtual Iron is the first").
func (r *reader) newSubject(k int) bool {
	if !r.punct(k, ",") && !r.punct(k, ":") {
		return false
	}
	j := k + 1
	for j < len(r.toks) && j <= k+4 && r.toks[j].kind == kWord && r.toks[j].upper {
		j++
	}
	return j > k+1 && j < len(r.toks) && r.class(j)&rClauseVerb != 0
}

// newPredicate reports whether the comma at token k opens a second predicate of the same subject,
// as headlines join them: "Acme cuts 2,000 jobs, sees weak demand" cut the jobs; only the demand
// is seen ahead. After the span, "and" does too: "said it reduced its dividend and expects
// lower earnings" reduced it.
func (r *reader) newPredicate(k int) bool {
	// The scope asks it of every token it passes: a comma or "and" first, told from the token.
	if k < 0 || k+1 >= len(r.toks) {
		return false
	}
	t := &r.toks[k]
	comma := t.kind == kPunct && t.s == ","
	if !comma && (t.kind != kWord || len(t.s) != 3 || !eqFold(t.s, "and")) {
		return false
	}
	if comma && r.anyWord(k+1, "and", "but") && r.anyWord(k+2, "its", "the", "their", "his", "her", "it", "they") {
		// A coordinated clause with a subject of its own: "net proceeds will add to its
		// capital, and its shares began trading today" began trading; "said quarterly sales
		// fell 3%, and it forecast a decline" reported the fall.
		return true
	}
	if !comma && r.toks[k+1].kind == kWord && r.toks[k+1].in(sTellingVerbs) {
		// "halted its buybacks and told investors it would keep its cash": what is told after
		// "and" is another statement, its modal the telling's, not the halt's (news23).
		return true
	}
	return r.toks[k+1].kind == kWord && r.toks[k+1].in(sPredicateVerbs)
}

// tellingVerbs, past, after "and" open a statement of what the subject told someone.
var tellingVerbs = map[string]bool{"told": true, "assured": true, "informed": true, "reminded": true,
	"promised": true, "warned": true}

// predicateVerbs open a headline's second predicate after a comma, and a second predicate after
// "and": "posted a loss and plans to close 150 stores" posted it; only the closing lies ahead.
var predicateVerbs = map[string]bool{"sees": true, "forecasts": true, "expects": true, "predicts": true, "warns": true,
	"raises": true, "cuts": true, "lowers": true, "lifts": true, "trims": true, "names": true, "posts": true,
	"reports": true, "beats": true, "misses": true, "tops": true, "reaffirms": true, "withdraws": true,
	"suspends": true, "halts": true, "announces": true, "declares": true, "plans": true, "intends": true}

// clauseVerbs follow the subject of a new clause.
var clauseVerbs = map[string]bool{"may": true, "might": true, "will": true, "would": true, "could": true,
	"can": true, "is": true, "was": true, "has": true, "had": true, "said": true, "says": true, "shares": true,
	"stock": true, "also": true, "which": true, "did": true, "does": true, "are": true, "were": true}

// parens marks the tokens inside parentheses, computed once: an aside's words do not decide the
// status of the clause around it.
func (r *reader) parens() []bool {
	if r.inParens == nil {
		r.inParens = make([]bool, len(r.toks))
		depth := 0
		for i := range r.toks {
			if t := &r.toks[i]; t.kind == kPunct { // a word only takes the depth
				switch {
				case t.s == "(":
					depth++
				case t.s == ")" && depth > 0:
					depth--
				}
			}
			r.inParens[i] = depth > 0
		}
	}
	return r.inParens
}

// modalIn is the modal, intent or forecasting word of the scope [lo, hi) nearest the span
// [start, end), outside parentheses, as the index of its first token and its words; -1 when none.
func (r *reader) modalIn(start, end, lo, hi int) (int, string) {
	return r.nearest(start, end, lo, hi, func(k int) string {
		if r.class(k)&(rModal|rLead) == 0 {
			return ""
		}
		return r.modalAt(k, start)
	})
}

// describes reports whether the forecasting word k bears on the span at token start: a verb
// does ("expects to buy"), and so does a participle used as an adjective when it modifies the
// span's own noun ("a proposed public offering"), but not another noun ("priced above the
// expected range").
func (m *matcher) describes(k, start int) bool {
	w := m.toks[k].s
	if len(w) < 3 || !eqFold(w[len(w)-2:], "ed") || !m.attributive(k) {
		return true
	}
	if k >= start || start-k > 3 {
		return false
	}
	for j := k + 1; j < start; j++ {
		if m.toks[j].kind != kWord && m.toks[j].kind != kAlnum {
			return false
		}
	}
	return true
}

// hedgeIn is the hedge word of the scope nearest the span: the words of a rumor, talks or an
// attempt, which make a clause a report rather than a fact.
func (r *reader) hedgeIn(start, end, lo, hi int) (int, string) {
	return r.nearest(start, end, lo, hi, func(k int) string {
		if r.class(k)&(rHedge|rLead) == 0 {
			return ""
		}
		return r.hedgeAt(k)
	})
}

// nearest returns the first token k of [lo, hi) outside parentheses, outward from the span
// (the word before first at each distance, the span's own words last), where at(k) finds words.
func (r *reader) nearest(start, end, lo, hi int, at func(int) string) (int, string) {
	in := r.parens()
	try := func(k int) (string, bool) {
		if k < lo || k >= hi || in[k] || r.toks[k].kind != kWord {
			return "", false
		}
		w := at(k)
		return w, w != ""
	}
	for d := 1; start-d >= lo || end-1+d < hi; d++ {
		if w, ok := try(start - d); ok {
			return start - d, w
		}
		if w, ok := try(end - 1 + d); ok {
			return end - 1 + d, w
		}
	}
	for k := start; k < end; k++ {
		if w, ok := try(k); ok {
			return k, w
		}
	}
	return -1, ""
}

// modalAt returns the modal, intent or forecasting words that start at token k, lower case: a
// modal ("will", "may"), a verb of intent or expectation ("plans", "expects", "intends to"), a
// proposal or a pending deal ("proposed", "pending", "subject to"), a scheduled future ("is to",
// "set to", "to close", "next year").
func (m *matcher) modalAt(k, start int) string {
	w := m.toks[k].s
	if w == "May" || eqFold(w, "can") {
		return "" // the month ("payable May 1"); an ability, not a prediction ("a bank can sell the bonds")
	}
	if m.seeksAsAct(k) || m.compared(k) {
		return ""
	}
	switch {
	case m.toks[k].in(sModalWords), m.toks[k].in(sForecastWords) && m.describes(k, start):
		return lowerASCII(w)
	case m.toks[k].in(sIntentModal) && m.word(k+1, "to") && !causalDue(m, k), m.anyWord(k, "is", "are", "going", "set") && m.word(k+1, "to"):
		return lowerASCII(w) + " to"
	case m.anyWord(k, "is", "are") && m.word(k+1, "going"):
		return lowerASCII(w) + " going" // "is going public"
	case m.word(k, "subject") && m.word(k+1, "to"):
		return "subject to"
	case m.word(k, "to") && (m.word(k+1, "close") && !m.anyWord(k+2, "at", "up", "down", "higher", "lower", "flat", "unchanged") ||
		m.word(k+1, "be") && m.word(k+2, "completed")):
		// (A session's close is a price: "rose 3% to close at $135", "fell 2% to close lower".)
		return "to " + lowerASCII(m.toks[k+1].s)
	case m.word(k, "as") && m.word(k+1, "soon") && m.word(k+2, "as"):
		return "as soon as"
	case m.word(k, "next") && m.word(k+1, "year") && !m.word(k-1, "effective"):
		// (A change "effective next year" was made now and takes effect then: "named Ana Ruiz
		// chief executive, effective next year" tells an appointment that occurred.)
		return "next year"
	}
	return ""
}

// compared says whether the word at token k is the measure of a comparison, which tells what
// happened against what was looked for, not a prediction: "profit rose more than expected", "a
// smaller-than-expected loss", "a day earlier than scheduled", "than analysts had forecast",
// "rose, as expected".
func (m *matcher) compared(k int) bool {
	if m.word(k-1, "as") && !m.word(k-2, "as") && !m.word(k-2, "is") && !m.word(k-2, "was") {
		return k >= 2 && (m.punct(k-2, ",") || m.toks[k-2].kind == kWord && strings.HasSuffix(lowerASCII(m.toks[k-2].s), "ed"))
	}
	// "than" within four words before it, nothing but words and hyphens between ("than Wall
	// Street had expected").
than:
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch {
		case m.word(j, "than"):
			return true
		case m.anyWord(j, "and", "but", "or", "while"):
			return false
		case m.punct(j, "-"), m.toks[j].kind == kWord:
			continue
		}
		break than
	}
	// A figure measured against the forecast: "below the $22.3 billion analysts had expected",
	// "ahead of the 38 cents Wall Street had estimated".
	if !m.toks[k].in(sComparedWords) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-12; j-- { // (a figure is several tokens: "$", "22", ".", "3")
		t := &m.toks[j]
		if t.kind == kPunct && (t.s == "," || t.s == ";") {
			return false
		}
		if t.kind != kWord {
			continue
		}
		if t.in(sYardsticks) {
			return true
		}
		if t.in(sComparisonStops) {
			return false
		}
	}
	return false
}

// yardsticks measure a figure against another: "below the $22.3 billion analysts had expected".
var yardsticks = map[string]bool{"below": true, "above": true, "ahead": true, "short": true, "beyond": true,
	"exceeding": true, "topping": true, "beating": true, "missing": true}

// comparisonStops end the search for a yardstick: another clause or statement.
var comparisonStops = map[string]bool{"and": true, "but": true, "or": true, "while": true, "after": true,
	"because": true, "said": true, "says": true, "that": true}

// seeksAsAct says whether "seek" at token k names an act done rather than an aim: seeking a
// court's protection is filing for it ("seeks bankruptcy protection", "sought Chapter 11
// protection from its creditors"), and a suit, a petition or a motion "seeking" a remedy is the
// filing described by its aim ("filed a lawsuit seeking to stop the merger"), which the verb
// before it dates.
func (m *matcher) seeksAsAct(k int) bool {
	if !m.anyWord(k, "seek", "seeks", "seeking", "sought") {
		return false
	}
	for j := k + 1; j <= k+4 && j < len(m.toks); j++ {
		if m.word(j, "protection") {
			return true
		}
		if m.toks[j].kind != kWord && m.toks[j].kind != kAlnum {
			break
		}
	}
	return k > 0 && m.anyWord(k-1, "suit", "lawsuit", "complaint", "petition", "motion", "claim", "action", "filing")
}

// forecastWords make a clause a prediction, a plan or a proposal whatever follows them.
var forecastWords = map[string]bool{"expects": true, "expected": true, "expect": true, "plans": true,
	"planning": true, "predicts": true, "predicted": true, "predict": true, "intends": true, "intend": true,
	"aims": true, "upcoming": true, "projected": true, "proposed": true, "proposes": true, "propose": true,
	"seeks": true, "seeking": true, "sees": true, "pending": true, "shall": true, "considering": true,
	"considers": true, "consider": true}

// hedgeAt returns the hedge words that start at token k, lower case: what is rumored, reported
// by others, explored or attempted is not yet a fact ("reportedly", "in talks", "tried to").
func (m *matcher) hedgeAt(k int) string {
	w := m.toks[k].s
	switch {
	case m.toks[k].in(sHedgeWords):
		return lowerASCII(w)
	case deliberation[lowerASCII(w)] && !m.anyWord(k+1, "on", "upon", "in", "down", "heavily", "whether") &&
		k > 0 && m.toks[k-1].sent == m.toks[k].sent && m.toks[k-1].s != "," && !m.anyWord(k-1, "after", "before", "without", "when", "while"):
		// A company that weighs or mulls a deal has not made it: "Intel mulls sale of Mobileye
		// stake", as "weighing" and "exploring" tell. Not the price that weighs on a stock, nor
		// a clause that opens on the verb ("Weighed down by debt, ...") or "after mulling".
		return lowerASCII(w)
	case m.anyWord(k, "wanted", "tried", "failed", "attempted") && m.word(k+1, "to"):
		return lowerASCII(w) + " to"
	case m.anyWord(k, "approached", "approaches", "approach", "approaching") && m.approachAbout(k):
		// An approach about a deal is an overture, not the deal: "Qualcomm approached Intel
		// about a takeover".
		return lowerASCII(w)
	case m.anyWord(k, "in", "held", "holding") && m.word(k+1, "talks"):
		return lowerASCII(w) + " talks"
	case m.anyWord(k, "in", "held", "holding") && k+1 < len(m.toks) && m.toks[k+1].kind == kWord && m.word(k+2, "talks"):
		// "Honda, Nissan in merger talks", "held exclusive talks" (lead16)
		return lowerASCII(w) + " talks"
	case m.word(k, "talks") && m.word(k+1, "with"):
		return "talks with"
	case m.anyWord(k, "is", "are") && m.word(k+1, "reporting"):
		return lowerASCII(w) + " reporting"
	case m.word(k, "reports") && m.word(k+1, "from"):
		return "reports from"
	case m.word(k, "sources") && m.anyWord(k+1, "say", "said"):
		return "sources " + lowerASCII(m.toks[k+1].s)
	}
	return ""
}

// approachAbout says whether the word of approaching at token k takes an object and then "about"
// or "with" ("approached Intel about a takeover", "approached the board with an offer"), not a
// time that draws near ("as the deadline approached").
func (m *matcher) approachAbout(k int) bool {
	if k == 0 || m.toks[k-1].sent != m.toks[k].sent || m.anyWord(k-1, "the", "a", "an", "its", "as", "deadline") {
		return false
	}
	for j := k + 2; j <= k+6 && j < len(m.toks); j++ {
		if m.anyWord(j, "about", "with") {
			return true
		}
		if m.toks[j].kind == kPunct {
			return false
		}
	}
	return false
}

// deliberation are the verbs of a choice not yet made, which hedge a clause where they take an
// object (hedgeAt).
// ("considering" is a modal word already: an intent, a forecast.)
var deliberation = map[string]bool{"weighs": true, "weighed": true, "mulls": true, "mulled": true,
	"mulling": true, "contemplates": true, "contemplating": true}

// hedgeWords make a clause a report whatever follows them.
var hedgeWords = map[string]bool{"reportedly": true, "allegedly": true, "rumor": true, "rumors": true,
	"rumour": true, "rumours": true, "rumored": true, "unconfirmed": true, "speculation": true, "reveals": true,
	"weighing": true, "explored": true, "explores": true, "exploring": true,
	// A deal approached is not made: "Mars nears deal to buy Kellanova" (lead16).
	"nears": true, "nearing": true}

// lowerASCII lower-cases ASCII letters.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
