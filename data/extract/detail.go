package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// eventDetail is what an event's trigger says beyond its type (Event.Detail): the kind of a
// payout, a forecast or a split (see detail), where a deal stands, and who leaves and who comes in
// a management change.
func (s *sentence) eventDetail(t trigger) string {
	switch t.typ {
	case events.Acquisition:
		return s.dealStage(t)
	case events.Partnership:
		// A partnership ended is news of its own ("Apple is ending its card partnership with
		// Goldman Sachs"); one that goes on has no stage.
		if s.dealStage(t) == "terminated" {
			return "terminated"
		}
	case events.Executive:
		return s.officers(t)
	case events.Contract:
		if orderVerbs[s.words[t.from]] {
			return "order" // told by the buyer: "ordered 150 jets from Boeing", "agreed to buy 220 Boeing jets"
		}
	case events.Bankruptcy:
		if bankruptcyExit(s.words, t) {
			return "emerged" // "emerged from Chapter 11" (lead20.go)
		}
	case events.Guidance:
		if d := s.detail(t.typ); d != "cut" || s.cutInClause(t) {
			return d
		}
		return "issued" // lead15.go
	}
	return s.detail(t.typ)
}

// orderVerbs open a contract trigger told by the buyer rather than by the company that won it.
var orderVerbs = wordSet(`buy buys bought buying purchase purchases purchased purchasing order orders ordered
	ordering place places placed placing`)

// Words in a deal's clause that say where it stands: ended before it closed ("ended their merger
// agreement", "called off the takeover", "Acme withdrew its bid") or closed ("completed the
// acquisition"). An ended deal is news in its own right (the target's shares fall), and a study
// must not read it as a deal that went through.
var (
	dealEnded = wordSet(`end ends ended ending terminate terminates terminated terminating termination
		scrap scraps scrapped scrapping abandon abandons abandoned abandoning cancel cancels cancelled
		canceled cancelling withdraw withdraws withdrew withdrawn withdrawing collapse collapses collapsed
		drop drops dropped dropping`)
	// dealEndedPhrases are the endings written in two words.
	dealEndedPhrases = [][2]string{{"called", "off"}, {"calls", "off"}, {"call", "off"}, {"walked", "away"},
		{"walks", "away"}, {"walk", "away"}, {"broke", "off"}, {"breaks", "off"}, {"pulled", "out"}, {"pulls", "out"},
		{"no", "longer"}} // "no longer pursuing a deal with Humana" (lead14)
	dealClosed = wordSet(`complete completes completed completing completion close closes closed closing finalized
		finalizes consummated`)
	// priceClosings follow a word of closing that tells a stock's close, no deal's: "closing at
	// $54", "closed 3% higher", "closed up".
	priceClosings = wordSet(`at price up down higher lower unchanged flat`)
)

// dealStage returns "terminated" or "completed" when the clause of an acquisition's trigger says
// so, else "": the word stands before the trigger in its clause ("ended their merger agreement",
// "completed its purchase") or just after it ("the merger agreement was terminated"), not further
// on or after a comma, where it tells of something else ("completed its purchase of VMware, ending
// a long review"; "agreed to merge, ending months of talks").
func (s *sentence) dealStage(t trigger) string {
	lo, hi := s.statusClause(t)
	hi = min(hi, t.to+3)
	closed := false
	for k := lo; k < hi; k++ {
		w := s.words[k]
		if k >= t.to && w == "," {
			break // "agreed to merge, ending months of talks": what follows tells the deal's consequence
		}
		if dealEndedShapes.mayHold(w) && dealEnded[w] { // xspeed22.go
			return "terminated"
		}
		if k+1 < hi {
			for _, p := range dealEndedPhrases {
				if w == p[0] && s.words[k+1] == p[1] {
					return "terminated"
				}
			}
		}
		// "closing at $54", "closed 3% higher" are a price, not a deal that closed (lead15).
		if dealClosedShapes.mayHold(w) && dealClosed[w] && !(k+1 < len(s.words) && (priceClosings[s.words[k+1]] || isNumber(s.words[k+1]))) {
			closed = true
		}
	}
	if closed {
		return "completed"
	}
	return ""
}

// Words around an officer's name that say whether the officer leaves or comes in.
var (
	// leaveVerbs after a name: "Jane Roe resigned", "Jane Roe, 63, will step down".
	leaveVerbs = wordSet(`resign resigns resigned resigning step steps stepped stepping retire retires retired
		retiring leave leaves left leaving depart departs departed departing quit quits ousted fired replaced
		dismissed`)
	// outAfter: the name after one of these words leaves ("succeeding Jane Roe", "replaces Jane Roe",
	// "replaced Jane Roe with John Doe", "ousted Jane Roe and named John Doe", "fired Jane Roe"; the
	// passive's "replaced by" is read before it).
	outAfter = wordSet(`succeeding succeeds succeed replacing replaces replace replaced ousting ousts ousted
		fired fires firing dismissed dismisses dismissing`)
	// inAfter: the name after one of these words comes in ("was replaced by John Doe", "named John
	// Doe chief executive").
	inAfter = wordSet(`named names name appointed appoints appoint elected elects elect hired hires tapped
		taps promoted promotes`)
	// inBefore: a name before these words comes in ("John Doe was named", "John Doe will become").
	inBefore = wordSet(`become becomes became succeed succeeds succeeded succeeding replace replaces replaced replacing
		join joins joined take takes took`)
	// officerTitles are the words of a job title, which a person's name does not take in.
	officerTitles = wordSet(`chief executive officer president chairman chairwoman chair ceo cfo coo cto
		director founder vice senior treasurer secretary head interim co-founder general counsel manager
		operating financial technology technical marketing information commercial accounting`)
)

// officers names who leaves and who comes in a management change: "out: Jane Roe; in: John
// Doe", either part alone, or "" when the sentence names no person. A person is two or three
// capitalized words (a middle initial allowed) that no company took and no job title is part of.
// Who comes in: the person after "replaced by", "succeeded by", "named", "appointed" (and the like),
// or before "was named", "will succeed", "becomes"; who leaves: the person before "resigned",
// "stepped down", "retired", "was replaced", or after "succeeding", "replacing".
func (s *sentence) officers(t trigger) string {
	var out, in []string
	for _, p := range s.persons() {
		name := s.text[s.toks[p[0]].start:s.toks[p[1]-1].end]
		before, after := s.wordsBefore(p[0], 2), s.wordsAfter(p[1], 4)
		switch {
		case p[0] > 0 && s.words[p[0]-1] == "since":
			// "the latest departure since Tony Spring was named chief executive": the span's start
			// (lead17.go personSince), no party of this change
			continue
		case len(before) > 0 && before[len(before)-1] == "by" && len(before) > 1 && (before[0] == "replaced" || before[0] == "succeeded"),
			s.replacedByDescribed(p[0]), s.replacedWith(p[0]): // lead19.go
			in = appendNew(in, name)
		case s.handedTo(p[0]): // news103.go
			in = appendNew(in, name)
		case s.handsOver(p[1]):
			out = appendNew(out, name)
		case len(before) > 0 && outAfter[before[len(before)-1]]:
			out = appendNew(out, name)
		case len(before) > 0 && inAfter[before[len(before)-1]]:
			in = appendNew(in, name)
		case s.describedOfficer(p[0]) > 0 || s.appositiveOfficer(p[1]) > 0: // lead18.go
			in = appendNew(in, name)
		case s.describedOfficer(p[0]) < 0 || s.appositiveOfficer(p[1]) < 0:
			out = appendNew(out, name)
		case containsAny(after, leaveVerbs) && !startsPassiveIn(after), s.saidOwnLeaving(p[1]): // news94.go
			out = appendNew(out, name)
		case containsAny(after, inAfter) || containsAny(after, inBefore) || returnsToPost(after): // lead17.go
			in = appendNew(in, name)
		}
	}
	var parts []string
	if len(out) > 0 {
		parts = append(parts, "out: "+strings.Join(out, ", "))
	}
	if len(in) > 0 {
		parts = append(parts, "in: "+strings.Join(in, ", "))
	}
	return strings.Join(parts, "; ")
}

// replacedByDescribed says whether the person at token k comes in after "replaced by" or
// "succeeded by" and a description of one to three lower-case words: "be replaced by company
// veteran Elliott Hill", "succeeded by longtime finance chief Ana Ruiz".
func (s *sentence) replacedByDescribed(k int) bool {
	j := k - 1
	for ; j >= 0 && j >= k-3 && s.words[j] != "by"; j-- {
		if t := s.toks[j].text; !isWord(t) || startsUpper(t) {
			return false
		}
	}
	return j >= 1 && j < k-1 && s.words[j] == "by" && (s.words[j-1] == "replaced" || s.words[j-1] == "succeeded")
}

// startsPassiveIn says whether the words after a name make it come in although a leaving word
// follows later: "John Doe was named to replace Jane Roe, who resigned".
func startsPassiveIn(after []string) bool {
	for _, w := range after {
		if inAfter[w] || inBefore[w] {
			return true
		}
		if leaveVerbs[w] {
			return false
		}
	}
	return false
}

// persons returns the token ranges [from, to) of the people a sentence names (see officers).
func (s *sentence) persons() [][2]int {
	taken := func(k int) bool {
		for _, c := range s.companies {
			if s.toks[k].start < c.End && c.Start < s.toks[k].end {
				return true
			}
		}
		return false
	}
	nameWord := func(k int) bool {
		w := s.toks[k].text
		return isWord(w) && startsUpper(w) && len(w) > 1 && !officerTitles[s.words[k]] && !sentenceOpeners[s.words[k]] &&
			!nameOpeners[s.words[k]] && !s.inTimex[k] && !taken(k) && strings.IndexFunc(w, func(r rune) bool { return r >= '0' && r <= '9' }) < 0
	}
	initial := func(k int) bool {
		return k+1 < len(s.toks) && isInitial(s.toks[k].text) && s.toks[k+1].text == "."
	}
	var out [][2]int
	for k := 0; k < len(s.toks); k++ {
		if !nameWord(k) {
			continue
		}
		j, words := k+1, 1
		for j < len(s.toks) && words < 3 {
			if initial(j) && j+2 < len(s.toks) && nameWord(j+2) {
				j += 2
				continue
			}
			if !nameWord(j) {
				break
			}
			j++
			words++
		}
		if words >= 2 {
			out = append(out, [2]int{k, j})
		}
		k = j - 1
	}
	return out
}

// wordsBefore returns up to n lower-case words before token k, in order, passing over commas.
func (s *sentence) wordsBefore(k, n int) []string {
	var out []string
	for j := k - 1; j >= 0 && len(out) < n; j-- {
		if s.words[j] == "," {
			continue
		}
		out = append([]string{s.words[j]}, out...)
	}
	return out
}

// wordsAfter returns up to n lower-case words from token k on, passing over commas and ages ("Jane
// Roe, 63, resigned").
func (s *sentence) wordsAfter(k, n int) []string {
	var out []string
	for j := k; j < len(s.words) && len(out) < n; j++ {
		w := s.words[j]
		if w == "," || w == "." && j+1 < len(s.words) {
			continue
		}
		out = append(out, w)
	}
	return out
}

func containsAny(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if set[w] {
			return true
		}
	}
	return false
}

func appendNew(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// officerTitled says whether the clause [lo, hi) opens with the title of a company's officer,
// alone or after "its" or "the": a management change told by the title alone ("Chief executive
// Jane Roe stepped down", "Its chairman resigned") is the article's company's. A title further on
// has an actor before it that may be another company ("Acme named a new finance chief").
func (s *sentence) officerTitled(lo, hi int) bool {
	k := lo
	if k < hi && (s.words[k] == "its" || s.words[k] == "the") {
		k++
	}
	if k >= hi {
		return false
	}
	switch s.words[k] {
	case "chief", "ceo", "cfo", "coo", "chairman", "chairwoman", "president":
		return true
	}
	return false
}
