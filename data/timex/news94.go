package timex

// Misreads of news copy noticed in the news94 round: a weekday in a headline or a lead told in
// the present of a market's or a company's move or record, told the day after.

// presentMoveVerbs are the presents a headline or a lead tells a session's move or record with:
// "Velcor shares fall Friday", "Halden posts third straight loss Friday", "Stocks slide Friday".
// None of them is kept for a schedule, as "reports", "holds" or "announces results" are.
var presentMoveVerbs = map[string]bool{"falls": true, "fall": true, "rises": true, "rise": true, "drops": true,
	"drop": true, "slides": true, "slide": true, "slips": true, "slip": true, "sinks": true, "sink": true,
	"tumbles": true, "tumble": true, "plunges": true, "plunge": true, "slumps": true, "slump": true,
	"jumps": true, "jump": true, "climbs": true, "climb": true, "gains": true, "gain": true, "rallies": true,
	"rally": true, "surges": true, "surge": true, "soars": true, "soar": true, "sags": true, "sag": true,
	"posts": true, "post": true, "logs": true, "log": true, "notches": true, "notch": true, "books": true}

// presentSessionEnds end a session: "Stocks end Friday lower", "Markets close higher Friday".
// They tell a schedule too ("the offer ends Friday"), so a direction must follow the verb.
var presentSessionEnds = map[string]bool{"ends": true, "end": true, "closes": true, "close": true,
	"finishes": true, "finish": true}

// sessionDirections after a verb of ending make it a session's move.
var sessionDirections = map[string]bool{"higher": true, "lower": true, "up": true, "down": true, "flat": true,
	"mixed": true, "firmer": true, "weaker": true}

// presentMoveJustGone says whether the bare weekday at [i, j), in the headline's or the lead's
// sentence, closes a clause whose verb is the present of a move or a record, and names the last
// session before the telling (the day before, or a Friday told over the weekend or on Monday):
// "Velcor posts third straight loss Friday", "Halden shares fall Friday as bond yields climb",
// "Stocks end Friday lower", told on a Saturday, are the Friday gone. The present of a headline
// tells what has just happened; a schedule's present ("announces results Thursday", told on a
// Monday) is left to presentTellingWeekday.
func (m *matcher) presentMoveJustGone(i, j int) bool {
	if m.kind(i) != lxWeekday || !m.hasDoc || m.toks[i].sent > 0 {
		return false
	}
	wd, cur := m.toks[i].lex.val, isoWeekday(m.doc)
	if mod(cur-wd, 7) != 1 && !(wd == 5 && (cur == 7 || cur == 1)) {
		return false
	}
	ended := false // a verb of ending seen, waiting for its direction
	for k := j; k < len(m.toks) && k <= j+2 && m.toks[k].kind == kWord; k++ {
		ended = ended || inSet(sessionDirections, m.toks[k].s) // "Stocks end Friday lower"
	}
	k := m.presentVerbBefore(i, func(k int) bool {
		if inSet(sessionDirections, m.toks[k].s) {
			ended = true // "Markets close higher Friday"
		}
		return inSet(presentMoveVerbs, m.toks[k].s) || inSet(presentSessionEnds, m.toks[k].s) && ended
	})
	return k >= 0 && m.verbAfterSubject(k)
}
