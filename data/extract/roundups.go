package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// A market roundup's heading names the stocks it lists after a colon: "Stocks making the
// biggest moves midday: Acme, Beta, Gamma", "These stocks are moving after hours: ...". Each
// stock listed is the heading's move, though the heading has no verb of moving a stock: its
// "moves" and "moving" are the list's (news27). The heading opens the sentence and ends at
// its colon within a few words, so that "one of the biggest moves in its history" in a body
// sentence, or a colon far into a sentence, tells nothing.

// roundupHeadWords are the words a movers heading opens with or names its stocks by.
var roundupHeadWords = wordSet(`stocks stock shares these biggest top`)

// roundupMoveWords name the moves of a movers heading.
var roundupMoveWords = wordSet(`moves moving movers move`)

// moversHeading returns a price move from the sentence's start to the colon of a movers
// heading, if the sentence opens with one.
func moversHeading(words []string) (trigger, bool) {
	if len(words) == 0 || !roundupHeadWordSet.has(words[0]) {
		return trigger{}, false
	}
	moved := false
	for k := 1; k < len(words) && k <= 9; k++ {
		switch w := words[k]; {
		case w == ":":
			if moved && k+1 < len(words) {
				return trigger{typ: events.PriceMove, from: 0, to: k}, true
			}
			return trigger{}, false
		case roundupMoveWordSet.has(w):
			// "the biggest moves", "are moving", "stocks moving", "top movers"; not "Stock
			// moves were small", a sentence about the market.
			switch p := words[k-1]; w {
			case "moves", "move":
				moved = p == "biggest" || p == "big" || p == "top"
			case "moving":
				moved = p == "are" || p == "stocks"
			case "movers":
				moved = true
			}
		case w == "," || w == ";" || w == "." || w == "said" || w == "says":
			return trigger{}, false
		}
	}
	return trigger{}, false
}

// boughtBackNouns name a business a company may buy back: a unit it sold or spun off, a stake, a
// maker it once owned.
var boughtBackNouns = wordSet(`company unit division business subsidiary stake maker supplier operations brand franchise chain plant factory`)

// businessBoughtBack says whether the verb "buy back" of trigger t takes a business as its
// object ("buy back the fuselage maker it spun off", "bought back its former cable unit"),
// which makes it a purchase. A count or share of stock ("bought back 5% of the company", "buy
// back the company's shares") stays the company's own stock.
func businessBoughtBack(words []string, t trigger) bool {
	if t.to-t.from != 2 || words[t.from+1] != "back" {
		return false
	}
	for k := t.to; k < len(words) && k < t.to+5; k++ {
		switch w := words[k]; {
		case endsClause(w) || w == "," || w == "of" || w == "%" || w == "shares" || w == "share" || w == "stock" ||
			w == "common" || debtPaper[w] || strings.HasSuffix(w, "%"):
			return false
		case w == "stake" && stakeBoughtBack(words, t.to, k):
			return false // "BUYS BACK CARNE STAKE": the company's own stock (wire27.go)
		case boughtBackNouns[w]:
			return k+1 >= len(words) || words[k+1] != "'" && words[k+1] != "’" && words[k+1] != "'s"
		}
	}
	return false
}

// commentedSpan says whether the words [lo, hi) between an event's trigger and a later date hold
// a participial comment on the event and, in it, a relative clause that the date belongs to:
// "raised its dividend 4%, extending a streak of increases that began in 1971", "..., continuing
// a run which started in 2010". The date is when the streak began, not when the payout was
// raised (news27). A participle with no relative clause after it may time the event itself
// (", beginning in March"), and so does a relative clause without the comment ("a deal that
// closed in March").
func (s *sentence) commentedSpan(lo, hi int) bool {
	comment := false
	for k := lo; k < hi && k < len(s.words); k++ {
		w := s.words[k]
		switch {
		case w == "," && k+1 < hi:
			next := s.words[k+1]
			comment = len(next) > 5 && strings.HasSuffix(next, "ing") && !startsUpper(s.toks[k+1].text) &&
				next != "including" && next != "according"
		case comment && (w == "that" || w == "which"):
			return true
		}
	}
	return false
}

// previewTitle says whether a title tells results to come, whatever its verb's tense: an
// earnings preview ("Nike reports Thursday: what to expect", "Nike earnings preview", "What to
// watch when Nike reports") or a calendar's heading ("Earnings this week: Kroger, FedEx",
// "Week ahead: earnings from Nike"). The report is scheduled, not yet made (news27).
func previewTitle(words []string, t trigger) bool {
	for k, w := range words {
		switch w {
		case "preview", "previews", "calendar":
			return true
		case "expect", "watch":
			if k >= 2 && words[k-1] == "to" && words[k-2] == "what" {
				return true
			}
		case "ahead":
			if k > 0 && words[k-1] == "week" {
				return true
			}
		}
	}
	// "Earnings this week:", "Results next week:": the heading's news, then its week.
	k := t.to
	return k+2 < len(words) && (words[k] == "this" || words[k] == "next") && words[k+1] == "week" && words[k+2] == ":"
}

// sessionReport returns the end of a company's report told by the bare verb and its session
// or day, as previews and calendars tell results to come: "Nike reports after the bell
// Thursday", "Kroger reports on Tuesday before the open", "is due to report before the
// market opens" (news27). The verb's object would say what is reported ("reports a loss" is
// read by the lexicon); a noun "report" after a determiner or a possessive is no verb ("its
// report on Tuesday", "a report on Friday said").
func sessionReport(words []string, i int) int {
	if i == 0 {
		return 0
	}
	switch words[i-1] {
	case "the", "a", "an", "its", "their", "his", "her", "this", "that", "'s", "annual", "quarterly", "credit", "news", "media", "jobs":
		return 0
	}
	if namedReport(words, i) { // news103.go
		return 0
	}
	k := i + 1
	if k < len(words) && words[k] == "on" {
		k++
	}
	if k < len(words) && weekdays[words[k]] {
		// "reports on Tuesday", then the clause ends or its session follows.
		if k+1 >= len(words) || endsClause(words[k+1]) || words[k+1] == "," || words[k+1] == "." ||
			words[k+1] == "after" || words[k+1] == "before" || words[k+1] == "morning" || words[k+1] == "evening" {
			return k + 1
		}
		return 0
	}
	k = i + 1
	if k+2 < len(words) && (words[k] == "after" || words[k] == "before") && words[k+1] == "the" {
		switch words[k+2] {
		case "bell", "close", "open":
			return k + 3
		case "market":
			if k+3 < len(words) && (words[k+3] == "closes" || words[k+3] == "opens" || words[k+3] == "close" || words[k+3] == "open") {
				return k + 4
			}
		}
	}
	return 0
}
