package timex

// Misreads of news copy noticed in the news95 round: a weekday after a verb of telling and its
// hearer, told before a reported clause in the future.

// pastTellings are the pasts of verbs that take a hearer before what is told: "told staff",
// "informed investors", "assured analysts". Their present or future ("will tell staff on
// Friday") is left to the clause.
var pastTellings = map[string]bool{"told": true, "informed": true, "assured": true, "warned": true,
	"reminded": true, "notified": true, "briefed": true, "advised": true, "promised": true}

// toldHearerWeekday reports whether the weekday at token i follows a past verb of telling and
// its hearer, a short noun phrase: "Jane Roe told staff on Tuesday she will retire", "the
// company told investors Monday it would cut 500 jobs". The day is the telling's, gone,
// whatever the future of the reported clause that follows it.
func (m *matcher) toldHearerWeekday(i int) bool {
	k := i - 1
	if m.anyWord(k, "on", "late", "early") {
		k--
	}
	cl := m.toks[i].clause
	for words := 0; k >= 0 && words <= 4; k-- {
		t := m.toks[k]
		if t.kind != kWord || t.clause != cl {
			return false
		}
		if inSet(pastTellings, t.s) {
			// "was told on Friday" has no hearer; "told to report" is an order
			return words > 0 && !m.anyWord(k+1, "to", "that", "of", "about")
		}
		if t.lex.kind != lxNone || m.verbInfo(k)&^vKnown != 0 || t.in(sClauseWords) {
			return false
		}
		words++
	}
	return false
}
