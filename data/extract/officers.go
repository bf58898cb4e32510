package extract

// A new officer named as someone who already acts is no change of management told: "Nike shares
// surge as new CEO's turnaround shows progress", "Starbucks' new CEO lays out his plan", "its new
// chief executive said demand was soft". The change is the news only where the officer is named,
// hired or sought ("names new CEO", "picked a new chief executive"); here the officer is the
// possessor of the news or the subject of its verb, after a possessive or "the" that says the
// officer is already the company's. underNewOfficer (news30.go) is the same for "under its new
// CEO".

// officerActs are the verbs of an officer in office: telling, planning, deciding. Not "is", "has"
// or "named": "its new CEO is Kelly Ortberg" and "new CEO named" tell the change.
var officerActs = wordSet(`says said tells told lays laid outlines outlined unveils unveiled plans planned
	wants wanted vows vowed promises promised pledges pledged bets bet pushes pushed seeks sought faces faced
	takes took sets makes made shakes shook warns warned sees saw aims aimed moves moved`)

// newOfficerActing says whether the executive trigger t, a new officer ("new ceo", "new chief
// executive"), is the possessor of what follows, or the subject of an officer's act after a
// possessive or "the".
func newOfficerActing(w []string, t trigger) bool {
	if w[t.from] != "new" || t.from < 1 || t.to >= len(w) {
		return false
	}
	if w[t.to] == "'" {
		// the possessor of what follows needs no determiner: "as new CEO's turnaround shows"
		return t.to+1 < len(w) && w[t.to+1] == "s"
	}
	d := w[t.from-1]
	owned := possessives[d] || d == "the" || d == "'" || d == "s" && t.from >= 2 && w[t.from-2] == "'"
	return owned && officerActs[w[t.to]] || newOfficerClause(w, t) // news57.go
}

// personRelativeToEnd says whether the relative clause about a person opened by the comma at a
// runs to the sentence's end: no other comma, semicolon or colon after it.
func personRelativeToEnd(w []string, a int) bool {
	for j := a + 1; j < len(w); j++ {
		switch w[j] {
		case ",", ";", ":":
			return false
		}
	}
	return true
}

// hasPersonRelative says whether the sentence holds "who", "whose" or "whom" at all, worked out
// once: dateFor asks of every date whether it lies in a relative clause about a person, and most
// sentences have none.
func (s *sentence) hasPersonRelative() bool {
	if !s.personRead {
		s.personRead = true
		for _, w := range s.words {
			if len(w) >= 3 && w[0] == 'w' && w[1] == 'h' && (w == "who" || w == "whose" || w == "whom") {
				s.personAny = true
				break
			}
		}
	}
	return s.personAny
}
