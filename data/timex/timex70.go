package timex

// Misreads of public-health and epidemic news (timex70, batch heldout71): what a clause looks
// ahead to though its verb is past or perfect (a season counted on, a shortage warned of, a
// holiday worried about), "Now" that sets a present against the past sentence before it, and a
// habit told in an appositive after a complete clause ("were for flu, a level the agency
// normally sees only in bad seasons") that says nothing of the clause's date.

// appositiveAfterClause reports whether word k opens an appositive ", a level the agency
// normally sees" after a clause that is complete before the comma and holds the time ending at
// token end: "Visits on Oct. 10 were for flu, a level the agency normally sees only in bad
// seasons". The appositive describes the figure; a habit in it says nothing of the date. "On
// Oct. 10, a doctor usually sees ten patients" has no verb before the comma and stays a habit.
func (m *matcher) appositiveAfterClause(end, k int) bool {
	if !m.anyWord(k, "a", "an") || !m.punct(k-1, ",") || k-1 <= end {
		return false
	}
	for j := end; j < k-1; j++ {
		if m.toks[j].kind == kWord && m.verbInfo(j)&(vPast|vBe) != 0 && !m.toks[j].upper {
			return true
		}
	}
	return false
}
