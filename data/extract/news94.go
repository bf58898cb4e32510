package extract

// Readings of news94 (misreads of company news, short round).

// postVerbs tell an index's session record in a market wrap: "Dow posts third straight loss".
var postVerbs = wordSet(`posts posted notches notched logs logged books booked records recorded`)

// sessionSpans are the spans of trading a wrap's record counts: "its best week since March",
// "a record close", "worst day since April", "a fifth straight session".
var sessionSpans = wordSet(`day days week weeks weekly daily session sessions close closes closing streak
	straight consecutive run`)

// wrapReportingPeriods make the record a company's results: "third straight quarterly loss", "a
// record annual profit".
var wrapReportingPeriods = wordSet(`quarter quarters quarterly annual year years yearly fiscal half first-quarter
	second-quarter third-quarter fourth-quarter first-half full-year half-year`)

// postedWrapStops end the noun phrase of what was posted.
var postedWrapStops = wordSet(`, . ; : as on after while amid and but with since`)

// indexPostsWrap says whether the name from token start, ending before token k, is an index by its
// publisher's bare name ("Dow", "Nasdaq", "S&P") posting a session's record in a market wrap:
// "Dow posts third straight loss Friday", "Nasdaq posts its best week since March", "S&P posts
// record close". A span of trading (a day, a week, a close, a streak) in the posted phrase makes
// it the market's; a reporting period ("Dow posts quarterly loss") or a full name ("Dow Inc posts
// second-quarter loss") keeps it the company's results.
func indexPostsWrap(words []string, start, k int) bool {
	if start < 0 || k >= len(words) || k <= start || !postVerbShapes.mayHold(words[k]) || !postVerbs[words[k]] {
		return false
	}
	switch name := words[start:k]; {
	case len(name) == 1 && (name[0] == "dow" || name[0] == "nasdaq" || name[0] == "s&p"):
	case len(name) == 3 && name[0] == "s" && name[1] == "&" && name[2] == "p":
	default:
		return false
	}
	span := false
	for j := k + 1; j < len(words) && j <= k+6; j++ {
		w := words[j]
		if postedWrapStops[w] {
			break
		}
		if wrapReportingPeriods[w] {
			return false
		}
		span = span || sessionSpans[w]
	}
	return span
}

// ownSayingVerbs tell what a person said of himself: "Jane Roe said she will retire", "John Doe
// told staff he is leaving".
var ownSayingVerbs = wordSet(`said says told tells announced announces confirmed confirms wrote writes
	disclosed`)

// ownReportedSubjects open the reported clause with the speaker himself.
var ownReportedSubjects = wordSet(`he she`)

// ownLeavingAuxiliaries may stand between the speaker's pronoun and his verb of leaving: "he
// would step down", "she plans to retire", "he is leaving", "she had decided to resign".
var ownLeavingAuxiliaries = wordSet(`would will is was plans planned intends intended to has had decided
	expects expected wants wanted will'`)

// saidOwnLeaving says whether the person ending before token k says that he himself leaves: the
// subject of a verb of saying (after an appositive, if any) whose reported clause opens with "he"
// or "she" and a verb of leaving: "Warren Buffett said on Saturday he would step down as chief
// executive", "Jane Roe told staff she will retire in June", "John Doe, the founder, said that he
// plans to step down". The speaker is who leaves; where another name or a noun subject stands in
// the reported clause ("Jane Roe said John Doe would step down") the change is that one's, and a
// negation ("he would not step down") tells no leaving.
func (s *sentence) saidOwnLeaving(k int) bool {
	j := k
	for seg := 0; seg < 2; seg++ {
		e := s.appositiveEnd(j)
		if e < 0 {
			break
		}
		j = e + 1
	}
	if j >= len(s.words) || !ownSayingVerbs[s.words[j]] {
		return false
	}
	for i := j + 1; i < len(s.words) && i <= j+10; i++ {
		w := s.words[i]
		switch {
		case ownReportedSubjects[w]:
			return s.leavesAfter(i + 1)
		case s.inTimex[i] || w == "that" || w == ",":
		case !isWord(s.toks[i].text) || startsUpper(s.toks[i].text) || leaveVerbs[w] || inAfter[w] || inBefore[w]:
			return false
		}
	}
	return false
}

// leavesAfter says whether a verb of leaving follows token k with only auxiliaries between.
func (s *sentence) leavesAfter(k int) bool {
	for i := k; i < len(s.words) && i <= k+4; i++ {
		w := s.words[i]
		if leaveVerbs[w] {
			return true
		}
		if !ownLeavingAuxiliaries[w] {
			return false
		}
	}
	return false
}
