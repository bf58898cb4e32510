package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Readings of stock movers lists and market wraps (news86, modern63's misses).
//
//   - A market wrap's slug ("US STOCKS-", "GLOBAL MARKETS-", "US STOCKS SNAPSHOT-") is glued to
//     the headline's first word by its hyphen as a wire slug is, but it names the market the
//     story is about: "US STOCKS-Nvidia sinks 17% as ...; Nasdaq drops 3%". Read as one word
//     ("stocks-nvidia") it hid the first mover and left the title no market word, so the bare
//     "Nasdaq" was Nasdaq Inc's move. The hyphen becomes a colon, as "Stock market today:"
//     heads a wrap's title, and the slug's words stay to tell the market.

// marketSlugWords end a market wrap's slug: the market it reports on.
var marketSlugWords = wordSet(`STOCKS MARKETS SHARES FUTURES EQUITIES`)

// marketSlug returns the title with the hyphen after an opening market wrap's slug made a colon:
// "US STOCKS-Wall St ends lower" reads "US STOCKS:Wall St ends lower". The slug is one to three
// words in capitals, the last a market word or "SNAPSHOT" after one, and its hyphen has a word
// right after it. A company's name in capitals with a hyphen ("COCA-COLA", "AT&T SHARES UP") is no
// slug: its last word before the hyphen is no market word, or no hyphen follows.
func marketSlug(title string) string {
	end, words, market := 0, 0, false
	for end < len(title) && words < 4 {
		i := end
		for i < len(title) && (title[i] >= 'A' && title[i] <= 'Z' || title[i] == '&' || title[i] == '.') {
			i++
		}
		if i == end {
			return title
		}
		w := title[end:i]
		words++
		market = marketSlugWords[w] || market && w == "SNAPSHOT"
		if i+1 < len(title) && title[i] == '-' && title[i+1] != ' ' {
			if !market || words < 2 {
				return title
			}
			return title[:i] + ":" + title[i+1:]
		}
		if i >= len(title) || title[i] != ' ' {
			return title
		}
		end = i + 1
	}
	return title
}

// An approval told as a move's cause is the move's reason when the approved product is another
// company's ("fell 9%, a day after regulators approved a rival's drug"; approvalBehindMove), but
// the mover's own product approved is news of its own, the product event a movers list leads
// with: "surged 38% after the Food and Drug Administration approved the company's Alzheimer's
// drug", "rose 6% after the FDA cleared its glucose monitor".

// ownApproval says whether the approval trigger t approves the mover's own product: "its" or "the"
// and a noun of the company in the possessive ("the company's", "the drugmaker's") right after
// the approval's verb. "a rival's drug", "the rival's drug" and a company's name ("approved Eli
// Lilly's drug", which may be another's) stay the move's reason.
func ownApproval(w []string, t trigger) bool {
	k := t.from + 1
	if k < len(w) && w[k] == "its" {
		return true
	}
	if k+1 >= len(w) || w[k] != "the" {
		return false
	}
	noun := w[k+1]
	switch {
	case k+2 < len(w) && (w[k+2] == "'s" || w[k+2] == "’s" || w[k+2] == "'" || w[k+2] == "’"):
	case strings.HasSuffix(noun, "'s"):
		noun = strings.TrimSuffix(noun, "'s")
	case strings.HasSuffix(noun, "’s"):
		noun = strings.TrimSuffix(noun, "’s")
	default:
		return false
	}
	return !rivalWords[noun] && noun != "partner" && noun != "partners" // another company than the mover: "a rival's drug"
}

// A wrap's title joins its clauses by a semicolon, and a mover may open the second as a title
// opens with one: "Wall St rebounds late as tech rallies; Twitter jumps on Musk deal". The bare
// verb with its cause after it is the move (titleMoveCause), as "Twitter jumps on Musk deal"
// alone was; a verb followed by anything else ("...; Apple falls behind Samsung") stays none.

// opensTitleClause says whether the company mention starting at token start opens the title or a
// clause of it after a semicolon.
func (s *sentence) opensTitleClause(start int) bool {
	return start == 0 || start > 0 && s.words[start-1] == ";"
}

// A name that is an ordinary word ("Apple", "Target") opens a sentence capitalized anyway, so
// its link wants a company's verb after it ("Apple slid 5.2%"). A relative clause on the company
// may stand between, as skipAside reads it for the move: "Apple, which makes most of its iPhones
// in China, slid 5.2%", "Target, which reports next week, said ...". Only "which" opens it: a
// person's "who" and an apposition ("Apple, the fruit, ...") are no company's.

// verbAfterWhich says whether a "which" clause between commas starts at unit k and a company's
// verb follows its closing comma.
func verbAfterWhich(toks []token, us []unit, k int) bool {
	if k+2 >= len(us) || toks[us[k].from].text != "," || !strings.EqualFold(toks[us[k+1].from].text, "which") {
		return false
	}
	for j := k + 2; j < len(us) && j <= k+14; j++ {
		switch toks[us[j].from].text {
		case ",":
			return companyVerbAfter(toks, us, j+1)
		case ";", ":", "(", ")", ".":
			return false
		}
	}
	return false
}

// A wrap's title may tell a company's move by a noun of the move before a verb of its effect on
// the market: "Wall St ends lower as Tesla slump weighs", "Stocks slip as Apple slide drags on
// tech", "Nasdaq gains as Nvidia surge lifts chipmakers". "rally", "rout" and "selloff" were read
// as a feature title's words; the nouns a sales figure shares ("slump", "slide", "drop") only
// with the company's name right before them, so that "housing slump weighs on Home Depot" and
// "China sales slump weighs on Apple" tell no move.

// moveNouns name a stock's move as a noun.
var moveNouns = wordSet(`slump slide plunge tumble drop surge jump climb rebound sell-off`)

// moveEffectVerbs tell what a move did to the market, in a title's present.
var moveEffectVerbs = wordSet(`weighs drags hits pressures lifts boosts buoys props powers pulls sinks`)

// movedNounAt returns the price-move trigger of a move noun and the verb of its effect at i:
// "slump weighs". movedNounOwner checks the company before it.
func movedNounAt(words []string, i int) (trigger, bool) {
	if i == 0 || !moveEffectVerbs[words[i]] || !moveNouns[words[i-1]] {
		return trigger{}, false
	}
	return trigger{typ: events.PriceMove, from: i - 1, to: i + 1}, true
}

// movedNounOwnerless says whether the price-move trigger t is a move noun and its verb of effect
// (movedNounAt) with no company named right before the noun, or before its possessive.
func (s *sentence) movedNounOwnerless(t trigger) bool {
	w := s.words
	if t.to-t.from != 2 || !moveNouns[w[t.from]] || !moveEffectVerbs[w[t.from+1]] {
		return false
	}
	end := t.from
	if end > 0 && (w[end-1] == "'s" || w[end-1] == "’s") {
		end--
	} else if end > 1 && w[end-1] == "s" && (w[end-2] == "'" || w[end-2] == "’") {
		end -= 2
	}
	for _, c := range s.companies {
		if s.tokenIndex(c.End) == end && !c.Cited {
			return false
		}
	}
	return true
}

// A wrap's lead names the stocks that led the market's move after it: "as a sell-off in megacap
// growth stocks, led by Tesla and Apple, offset gains elsewhere", "a rally in chipmakers led by
// Nvidia". Each company after "led by" moved. A group led by a firm that is no move ("a
// consortium led by KKR", "a round led by Sequoia", "revenue growth led by its cloud unit") tells
// none: the noun before "led by" must be a market's move within six words.

// ledMoveNouns name a market's move that stocks lead.
var ledMoveNouns = wordSet(`sell-off selloff rally rout slide slump decline declines losses gains advance
	rebound retreat`)

// ledMeasures before a move noun make it a measure's change, no market's: "sales declines".
var ledMeasures = wordSet(`revenue revenues sales profit profits earnings income margin margins price prices
	subscriber subscribers volume volumes order orders`)

// ledByMoveAt returns a price-move trigger on "led by" at i when a market's move is named within
// six words before it, in its clause.
func ledByMoveAt(words []string, i int) (trigger, bool) {
	if i+2 >= len(words) || words[i+1] != "by" {
		return trigger{}, false
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if ledMoveNouns[words[k]] {
			if k > 0 && ledMeasures[words[k-1]] {
				break // "revenue gains led by its cloud unit": a measure's change
			}
			return trigger{typ: events.PriceMove, from: i, to: i + 2}, true
		}
		if words[k] == ";" || words[k] == "." || clauseBreaks[words[k]] {
			break
		}
	}
	return trigger{}, false
}

// ledMovers returns the companies a "led by" move trigger (ledByMoveAt) names right after it: the
// first and those joined to it ("led by Tesla and Apple"). A part of the company named by its
// possessive ("led by Apple's services unit") leads no market.
func (s *sentence) ledMovers(t trigger) (*CompanyMention, []CompanyMention, bool) {
	if t.typ != events.PriceMove || t.to-t.from != 2 || s.words[t.from] != "led" || s.words[t.from+1] != "by" {
		return nil, nil, false
	}
	for _, c := range s.companies {
		if s.startIndex(c.Start) == t.to && !c.Cited {
			if end := s.tokenIndex(c.End); end < len(s.words) && possessiveWord(s.words[end]) {
				return nil, nil, false // "led by Apple's services unit": a part of the company
			}
			return heapMention(c), s.joinedWith(c), true
		}
	}
	return nil, nil, false
}
