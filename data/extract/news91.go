package extract

import "github.com/eventline/eventline/data/events"

// Rules for the classes modern64 (news written from SEC filings and exchange notices) found first
// seen: a proxy fight told by the activist's nominees, an officer's or founder's own sale of
// shares, a close set against a past high, warrants a company grants, a holding's worth and
// papers released.

// contestedNominees lists a proxy fight told by the nominees a holder puts up against the board:
// "urged shareholders to vote against the two nominees put forward by Trian", "a dissident
// slate", "urges holders to reject Trian's board nominees", "ISS backed two of Elliott's
// nominees". The verb forms need another's possessive in their gap (othersNominees): "re-elected
// the board's nominees" and "vote against two of Tesla's nominees" (a vote-no campaign against
// the company's own) are no fight. The lexicon's "proxy fight" reads the fight as acquisition
// news (newswire8, feed4), and so do these.
func contestedNominees() []string {
	return join(
		verb("reject ... nominees", "rejects ... nominees", "rejected ... nominees", "rejecting ... nominees",
			"oppose ... nominees", "opposes ... nominees", "opposed ... nominees", "opposing ... nominees",
			"vote against ... nominees", "votes against ... nominees", "voted against ... nominees", "voting against ... nominees",
			"back ... nominees", "backs ... nominees", "backed ... nominees", "backing ... nominees",
			"support ... nominees", "supports ... nominees", "supported ... nominees", "supporting ... nominees"),
		[]string{"nominees put forward by", "nominees proposed by", "dissident nominees", "dissident nominee",
			"dissident slate", "dissident directors"})
}

// othersNominees says whether a gapped acquisition trigger ending in "nominees" has in its gap
// the possessive of a capitalized name that links to no listed company: the nominees of a holder
// ("Trian's", "Elliott Management's"), not the board's or the company's own.
func othersNominees(s *sentence, t trigger) bool {
	w := s.words
	for k := t.from + 2; k+1 < t.to-1; k++ {
		if w[k] != "'" || w[k+1] != "s" {
			continue
		}
		if startsUpper(s.toks[k-1].text) && !s.companyWithin(k-3, k) {
			return true
		}
	}
	return false
}

// boardPutForward says whether the nominees put forward "by" before k are the board's own: "the
// nominees put forward by the board", "by its nominating committee", "by management".
func boardPutForward(w []string, k int) bool {
	if k < len(w) && w[k] == "management" {
		return true
	}
	if k+1 >= len(w) || w[k] != "the" && w[k] != "its" {
		return false
	}
	switch w[k+1] {
	case "board", "company", "nominating", "directors", "management":
		return true
	}
	return false
}

// insiderSellers name the people inside a company who sell its stock for their own account,
// founders among them: "founder Jeff Bezos sold", "its chief executive sold", "a director sold".
var insiderSellers = wordSet(`chief ceo cfo coo cto president chairman chairwoman chair officer founder co-founder
	cofounder director insider executive`)

// insiderSold says whether an offering or acquisition trigger that sells shares or stock has an
// officer, a founder or a director for its subject, named in the few words before the verb:
// "Amazon founder Jeff Bezos sold about 12 million shares this week", "Chief Executive Ann Lee
// sold 40,000 shares of the company's stock on Monday". An insider's Form 4 sale makes no company
// event, as the purchase does not (feeds.go's insiderPurchase, news87.go): the company raises
// nothing and no holder takes control. New shares ("sold 5 million new shares"), a stake, and a
// sale in an offering ("sold 2 million shares in the offering") stay as they were, and so does
// a company whose officer only tells of its sale ("its chief executive said the company sold").
func insiderSold(w []string, t trigger) bool {
	if !sellVerbs[w[t.from]] || t.to-t.from < 2 {
		return false
	}
	if last := w[t.to-1]; last != "shares" && last != "stock" {
		return false
	}
	for k := t.from + 1; k < t.to; k++ {
		if w[k] == "new" || w[k] == "its" || w[k] == "their" {
			return false
		}
	}
	for k := t.to; k < len(w) && k < t.to+5; k++ {
		switch w[k] {
		case "offering", "ipo", "offerings", "placement":
			return false
		}
	}
	for k := t.from - 1; k >= 0 && k >= t.from-6; k-- {
		switch x := w[k]; {
		case x == "," || x == ";" || x == "said" || x == "says" || x == "that" || isClauseBreak(x):
			return false
		case insiderSellers[x]:
			return true
		}
	}
	return false
}

// peakLevels after "from" make the earlier level a stock's best, which a close is compared with
// over months or years: "down from a high of $90", "down from its peak".
var peakLevels = wordSet(`high highs peak peaks record`)

// priceQualifiers may stand between "from" and the earlier price: "down from more than $20",
// "up from nearly $5", "down from a high of about $40".
var priceQualifiers = wordSet(`more than less nearly almost over about roughly around a an its their of under`)

// stretchUnits name the stretch after or before an event that an earlier price is told in: "in the
// months after it went public".
var stretchUnits = wordSet(`days weeks months years`)

// closeAgainstPeak says whether a price-move trigger is a close compared with a past high or with
// the level of a stretch after or before an event: "closed at 52 cents on Friday, down from more
// than $20 in the months after it went public", "closed at 61 cents, down from a high of more
// than $90 in June 2020". The close is a price level and the fall runs over months or years, no
// day's move, as news87's close against an earlier day. The day's change told before the
// comparison ("closed down 4% at $5, down from ...") and a level of a weekday stay as they were.
func closeAgainstPeak(w []string, t trigger) bool {
	closed := false
	for k := t.from; k < t.to; k++ {
		if closedWords[w[k]] {
			closed = true
		}
	}
	if !closed {
		return false
	}
	from := -1
	for k := t.to; k+2 < len(w); k++ {
		x := w[k]
		if isClauseBreak(x) {
			return false
		}
		if (x == "down" || x == "up") && w[k+1] == "from" {
			if w[k-1] != "," {
				return false
			}
			from = k + 2
			break
		}
		if moveWords[x] {
			return false // the day's change is told before any comparison
		}
	}
	if from < 0 {
		return false
	}
	k := from
	for ; k < len(w) && k < from+8; k++ {
		switch x := w[k]; {
		case peakLevels[x]:
			return true
		case priceQualifiers[x] || priceToken(x) || x == "cents" || x == "million" || x == "billion":
			continue
		}
		break
	}
	if k == from || k+2 >= len(w) {
		return false
	}
	// "in the months after", "in the weeks before", "in the years following".
	return w[k] == "in" && w[k+1] == "the" && stretchUnits[w[k+2]] && k+3 < len(w) &&
		(w[k+3] == "after" || w[k+3] == "before" || w[k+3] == "following" || w[k+3] == "since")
}

// rightInstruments are the instruments that give their holder a right to buy a company's shares.
var rightInstruments = wordSet(`warrant warrants option options right rights`)

// grantedOption says whether a buyback trigger's verb of buying is the right an instrument gives
// its holder: "granted the retailer warrants to buy up to 55 million of its shares", "options to
// purchase 2 million of its shares". The holder may buy new stock one day; the company buys none
// back. "Plans to buy up to 5 million of its shares" stays a buyback.
func grantedOption(w []string, t trigger) bool {
	k := t.from
	return k >= 2 && w[k-1] == "to" && rightInstruments[w[k-2]]
}

// stakeWorth says whether a stake trigger is an appositive that prices a holding told before its
// comma by a verb of having (news34's holdVerbs): "owns about 3.5% of the company, a stake worth more than $70
// billion", "holds 12 million shares, a stake valued at $2 billion". It is a holding's worth, no
// stake bought or sold; "bought 5% of Acme, a stake worth $1 billion" stays a deal.
func stakeWorth(w []string, t trigger) bool {
	if w[t.to-1] != "stake" || t.to >= len(w) || w[t.to] != "worth" && w[t.to] != "valued" {
		return false
	}
	k := t.to - 1
	if k > 0 && (w[k-1] == "a" || w[k-1] == "the") {
		k--
	}
	if k == 0 || w[k-1] != "," {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-10; j-- {
		switch x := w[j]; {
		case holdVerbs[x]:
			return true
		case x == "," || isClauseBreak(x) || sellVerbs[x] || ownBuyVerbs[x]:
			return false
		}
	}
	return false
}

// releasedPapers are the papers a company, a court or an agency releases: what they tell is news,
// their release no product.
var releasedPapers = wordSet(`filing filings document documents papers data figures records transcript transcripts
	emails report reports letter letters minutes statement statements disclosure disclosures`)

// releaseAgentWords may stand in a prepositional phrase between the papers and "released":
// "filings with the Securities and Exchange Commission released late on Friday".
var releaseAgentWords = wordSet(`with by from of to the and & its their was were been being`)

// papersReleased says whether a product trigger "released" is the participle or verb of papers
// made public: "according to filings with the Securities and Exchange Commission released late on
// Friday", "court papers released on Tuesday", "the documents were released by a judge". A
// company that released a phone, an app or a drug ("Walmart released a new app", "its new app,
// released on Friday") launches a product as before.
func (s *sentence) papersReleased(t trigger) bool {
	w := s.words
	if w[t.from] != "released" || t.to-t.from != 1 {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-9; k-- {
		switch x := w[k]; {
		case releasedPapers[x]:
			return true
		case releaseAgentWords[x] || startsUpper(s.toks[k].text) && k > 0:
			continue
		}
		return false
	}
	return false
}

// news91Misread says whether trigger t tells none of its event by the rules above.
func news91Misread(s *sentence, t trigger) bool {
	w := s.words
	switch t.typ {
	case events.Acquisition:
		if t.gap && w[t.to-1] == "nominees" && !othersNominees(s, t) || w[t.to-1] == "by" && boardPutForward(w, t.to) {
			return true
		}
		return insiderSold(w, t) || stakeWorth(w, t)
	case events.Offering:
		return insiderSold(w, t)
	case events.PriceMove:
		return closeAgainstPeak(w, t)
	case events.Buyback:
		return grantedOption(w, t)
	case events.Product:
		return s.papersReleased(t)
	}
	return false
}
