package timex

// pastSpanVerbs are past forms of verbs that tell how something went on for a while, up to a
// time "until" names: "ran at half speed until March", "lagged until October", "traded flat
// until Friday". Verbs that act toward a date ("postponed", "delayed", "extended") are none:
// the date they set lies ahead.
var pastSpanVerbs = map[string]bool{"ran": true, "operated": true, "traded": true, "worked": true,
	"struggled": true, "lagged": true, "languished": true, "slumped": true, "sagged": true,
	"hovered": true, "lingered": true, "dragged": true, "idled": true, "stalled": true,
	"stagnated": true, "waited": true, "kept": true, "held": true, "lasted": true, "continued": true,
	"remained": true, "stayed": true}

// notStateAfterBe are the words after "was" or "were" that make a plan or a passive act of
// it, not a state that held: "was to stay until March", "were due until May".
var notStateAfterBe = map[string]bool{"to": true, "due": true, "likely": true, "going": true,
	"about": true, "not": true, "never": true}

// pastStateUntil returns the verb of a past clause that went on up to the date after "until"
// at token u, or -1: "Sales were slow until Thanksgiving", "the plant ran at half speed until
// March". Such a clause tells a stretch already over, so the month or holiday is the one gone;
// "will stay closed until March" keeps the date ahead. A passive ("was postponed until May",
// "was closed until March") may set a date ahead and is left to the tense, and so is a past
// reported after a verb of saying ("said the plant was idle until March" is often the
// present's, shifted back), and a modal between the verb and "until".
func (m *matcher) pastStateUntil(u int) int {
	for k := u - 1; k >= 0 && k >= u-8 && m.toks[k].clause == m.toks[u].clause; k-- {
		if m.toks[k].kind == kPunct || m.anyWord(k, "will", "would", "ll", "shall", "may", "might", "could", "should", "must") {
			return -1
		}
		if m.toks[k].kind != kWord {
			continue
		}
		isBe := m.anyWord(k, "was", "were")
		if isBe && (k+1 >= u || inSet(notStateAfterBe, m.toks[k+1].s) || m.verbInfo(k+1)&vPast != 0) {
			return -1
		}
		if !isBe && !inSet(pastSpanVerbs, m.toks[k].s) {
			continue
		}
		if m.anyWord(k-1, "to", "would", "will", "had") || m.reportedBefore(k) {
			return -1
		}
		return k
	}
	return -1
}

// sameSeasonNamed reads "the same season" (off 0 in normAnaphorNext) right after a season
// of a year was named, in its sentence or the one before, as that season: "opened a plant in
// spring 2024 ... a second one the same season" is 2024-SP, not the year. After a year alone
// ("cut jobs in 2019 ... the same season") the season may be a sport's or a trade's, and the
// year keeps its reading.
func (m *matcher) sameSeasonNamed(x *match, off int) (cand, bool) {
	if off != 0 || m.lastSeason == 0 || !m.word(x.tok(2), "season") || m.lastYearSent != m.lastSeasonSent || m.lastYear != m.lastSeason/4 {
		return cand{}, false
	}
	if d := m.toks[x.start].sent - m.lastSeasonSent; d < 0 || d > 1 {
		return cand{}, false
	}
	n := m.lastSeason
	return cand{end: x.end, typ: "DATE", val: yearVal(n/4) + "-" + seasonCodes[n%4], gran: gSeason, by: ByStory}, true
}
