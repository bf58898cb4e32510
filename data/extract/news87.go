package extract

import (
	"slices"

	"github.com/eventline/eventline/data/events"
)

// Rules from misreads noticed while newswire30 (wire copy of the weeks after the October 1987
// crash) was written: officers buying their company's stock for themselves, a close set against
// the level of an earlier day, a stock's drop told as a decision's cause, and an issue that
// trades.

// insiderNouns name the people inside a company who buy its stock for their own account:
// "officers and directors bought", "EXECUTIVES BUY STOCK".
var insiderNouns = wordSet(`officers directors executives insiders officer director executive insider
	chairman president`)

// insiderAuxiliaries may stand between the insiders and their verb of buying: "directors have
// purchased", "officers also bought".
var insiderAuxiliaries = wordSet(`have has had also each together personally recently all`)

// insiderGroupWords before the insiders make the buyer a group the insiders belong to, a holder
// whose stake is deal news: "an investor group including two directors bought 9.8 pct".
var insiderGroupWords = wordSet(`group groups including led partnership investors investor fund`)

// insiderPastVerbs are the verbs of buying a title and a name may stand before.
var insiderPastVerbs = wordSet(`bought purchased`)

// insiderTitles are the singular titles that may stand before a person's name.
var insiderTitles = wordSet(`chairman president director officer executive`)

// nameToken says whether w may be a word of a person's name between a title and its verb: no
// clause break, comma, verb of saying or conjunction ("Chairman Paul R. Decker bought").
func nameToken(w string) bool {
	return !isClauseBreak(w) && w != "," && w != "said" && w != "says" && w != "that" && w != "and" &&
		w != "the" && w != "of" && !isNumber(w)
}

// insiderStockWords are the object of an insider's purchase: shares of the company's stock.
var insiderStockWords = wordSet(`shares stock`)

// insidersBought says whether an acquisition or buyback trigger whose verb of buying has
// officers or directors as its subject buys shares: "its chairman and five other officers and
// directors bought a total of 186,000 of the company's common shares in the open market",
// "SIMONBURN <SMBN> EXECUTIVES BUY STOCK", "officers and directors have purchased 50,000 shares
// of its common stock". Insiders buying for themselves make no company event: the company buys
// nothing back and takes nothing over. feeds.go's insiderPurchase reads one officer's Form 4
// ("a director bought 50,000 shares"), a count right after the verb; the wire tells insiders in
// the plural, the shares as "the company's" after a total, and a headline's bare "STOCK". A
// group they belong to ("an investor group including two directors bought 9.8 pct of its
// shares") is a holder and stays deal news, and insiders that decide a purchase ("its directors
// authorized the purchase of 1 million of its shares") or buy a company ("directors agreed to buy
// Dunholm Corp") are left as they were. A name may follow a singular title ("Chairman Paul R.
// Decker bought 100,000 shares"), not a plural ("directors approve buying own shares").
func insidersBought(words []string, t trigger) bool {
	v := t.from
	if !ownBuyVerbs[words[v]] {
		return false
	}
	s := v - 1
	for s >= 0 && insiderAuxiliaries[words[s]] {
		s--
	}
	// A title may stand before a name and a past verb: "Chairman Paul R. Decker bought". Plural
	// insiders and a present or progressive verb take no name between ("directors approve buying
	// own shares" tells a decision, which the skip would read past).
	if insiderPastVerbs[words[v]] {
		a := s
		for n := 0; s > 0 && n < 4 && !insiderNouns[words[s]] && nameToken(words[s]); n++ {
			s--
		}
		if s < a && !insiderTitles[words[s]] {
			return false // a name after a plural: no title of one person
		}
	}
	if s < 0 || !insiderNouns[words[s]] {
		return false
	}
	// The subject runs back to the clause's start; a group in it is the buyer.
	for k := s - 1; k >= 0 && k >= s-10; k-- {
		w := words[k]
		if isClauseBreak(w) || w == "," || w == "said" || w == "says" || w == "that" {
			break
		}
		if insiderGroupWords[w] {
			return false
		}
	}
	for k := v + 1; k < len(words) && k <= v+12; k++ {
		w := words[k]
		if insiderStockWords[w] {
			return true
		}
		if isClauseBreak(w) || w == "," {
			break
		}
	}
	return false
}

// closedWords tell a stock's close, the level closeAgainstEarlierDay compares.
var closedWords = wordSet(`closed close closing`)

// closeAgainstEarlierDay says whether a price-move trigger is a close whose only change is told
// against the level of an earlier day or before an event: "Kirkharle shares closed yesterday at
// 27-1/2, down from 36-3/4 on October 16", "closed Friday at 33-1/4, down from 43-1/2 before the
// October 19 market crash". The close is a price level (priceLevel) and the fall runs over the
// days since, none of them the day's move. The day's own change ("closed at 27-1/2, down 1/2"),
// a level of a weekday ("down from 29 on Friday", which may be the day before) and a course
// over years ("up from roughly $50 five years ago") stay as they were.
func closeAgainstEarlierDay(words []string, t trigger) bool {
	closed := false
	for k := t.from; k < t.to; k++ {
		if closedWordShapes.mayHold(words[k]) && closedWords[words[k]] {
			closed = true
		}
	}
	if !closed {
		return false
	}
	from := -1
	for k := t.to; k+2 < len(words); k++ {
		w := words[k]
		if isClauseBreak(w) {
			return false
		}
		if (w == "down" || w == "up") && words[k+1] == "from" {
			if words[k-1] != "," {
				return false
			}
			from = k + 2
			break
		}
		if moveWords[w] {
			return false // the day's change is told before any comparison
		}
	}
	if from < 0 {
		return false
	}
	// The earlier level: a price, then "on" or "in" and a month, or "before".
	k := from
	for k < len(words) && k < from+6 && (priceToken(words[k]) || words[k] == "about" || words[k] == "roughly" ||
		words[k] == "around") {
		k++
	}
	if k == from || k+1 >= len(words) {
		return false
	}
	switch words[k] {
	case "before":
		return true
	case "on", "in":
		return monthWords[words[k+1]]
	}
	return false
}

// priceToken says whether w is part of a price as the words split it: "$", "22.875", and a wire
// fraction's "36-3", "/" and "4".
func priceToken(w string) bool {
	return w == "$" || w == "/" || w != "" && w[0] >= '0' && w[0] <= '9'
}

// nounCauseOpeners open a cause told as a noun phrase: "in response to last week's drop", "because
// of the decline", "in light of the fall", "citing the drop", "amid the slide".
var nounCauseOpeners = wordSet(`response because light due owing citing amid`)

// moveInCause says whether a price-move trigger's move word lies in a cause the sentence gives
// for another decision: "authorized the purchase of 1.5 million of the company's common shares,
// in response to last week's drop in the stock's price", "set the buyback because of the decline
// in its shares", "set a buyback of 500,000 shares, citing the drop in its stock price". The drop
// is why the company acted, told as a noun, as a deal told as the cause of other news is no deal:
// the trigger reaches from the shares bought over the cause's opener to the noun, and the move
// it made took the decision's place ("authorized the purchase of up to 2 mln of its common
// shares, in response to Monday's plunge in the share price" gave the move alone). A move told
// for itself ("shares fell in response to the report") has its verb before the opener and
// stays.
func moveInCause(words []string, t trigger) bool {
	if t.to-t.from < 3 {
		return false
	}
	for k := t.from + 1; k < t.to-1; k++ {
		w := words[k]
		if !nounCauseOpeners[w] {
			continue
		}
		switch {
		case w == "response" && words[k-1] == "in" && words[k+1] == "to",
			w == "because" && words[k+1] == "of",
			w == "light" && words[k-1] == "in" && words[k+1] == "of",
			(w == "due" || w == "owing") && words[k+1] == "to",
			w == "citing" || w == "amid":
			// The move noun ends the cause's phrase; a comma between closes the cause before
			// a verb of the shares' own ("shares, citing nothing, fell 3").
			return !anyWithin(words, t.from, k, moveWords) && !slices.Contains(words[k:t.to], ",")
		}
	}
	return false
}

// tradedIssueWords before "issues" make them stocks that trade: "the most actively traded
// issues", "among the most active issues".
var tradedIssueWords = wordSet(`traded active`)

// tradedIssues says whether an offering trigger opens with "issue" or "issues" that a word of
// trading describes: "Stannington was among the most actively traded issues on the Amex, with
// 1.4 million shares changing hands" is a stock's trading, no paper sold. "Acme's issue of 2
// mln shares" and "issues of new stock" stay.
func tradedIssues(words []string, t trigger) bool {
	w := words[t.from]
	if w != "issues" && w != "issue" || t.from == 0 {
		return false
	}
	return tradedIssueWords[words[t.from-1]]
}

// news87Misreads says whether trigger t tells none of its event by the rules above.
func news87Misreads(words []string, t trigger) bool {
	switch t.typ {
	case events.Acquisition, events.Buyback:
		return insidersBought(words, t)
	case events.PriceMove:
		return closeAgainstEarlierDay(words, t) || moveInCause(words, t)
	case events.Offering:
		return tradedIssues(words, t)
	}
	return false
}
