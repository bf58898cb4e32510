package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// News48: company news of the pandemic and SPAC years (data/eventeval/testdata/modern45).

// dowPoints says whether the name from token start, ending before token k, is the Dow Jones
// average told by its first word and measured in points: "Dow plunges nearly 2,000 points",
// "The Dow plunged 1,100 points on Monday". An index moves by points, a stock by dollars or
// percent, so the bare name with "points" a few words on is the index, not Dow Inc; "Dow shares
// fall 5%" and "Dow Inc fell 3%" stay the chemical maker's.
func dowPoints(words []string, start, k int) bool {
	if start < 0 || k != start+1 || k >= len(words) || words[start] != "dow" {
		return false
	}
	for j := k; j < len(words) && j <= k+6; j++ {
		switch words[j] {
		case "points", "point", "pts":
			return j > k
		case "shares", "stock", "stocks", "inc", "'s", "’s", ".", ";":
			return false
		}
	}
	return false
}

// spacWords name a blank-check company: "SPAC"; "blank-check company" and "special purpose
// acquisition company" are read word by word in spacListing.
var spacWords = wordSet(`spac spacs`)

// spacMergers tell a combination in a sentence about going public.
var spacMergers = wordSet(`merger mergers merge merges merged merging combination combine combines combined
	combining deal tie-up`)

// spacListing says whether IPO trigger t is a company's going public, or its shares' first
// trading, through a merger with a blank-check company: "agreed to go public through a merger
// with a blank-check company", "to go public in SPAC deal with Churchill Capital", "began
// trading after it completed its combination with a special purpose acquisition company". The
// listing is the merger's (an acquisition, as the labelled sets count a SPAC's deal), not an
// offering of shares. The words of an offering ("raised $690 million in its initial public
// offering", "in a traditional IPO rather than a SPAC") keep the IPO: a blank-check company's
// own sale, or a listing that is no merger.
func spacListing(w []string, t trigger) bool {
	if t.typ != events.IPO {
		return false
	}
	for k := t.from; k < t.to; k++ {
		switch w[k] {
		case "ipo", "ipos", "offering", "initial", "float", "floats", "floated", "floating":
			return false
		}
	}
	spac, merger := false, false
	for k, x := range w {
		switch {
		case x == "ipo" || x == "offering":
			return false
		case spacWords[x] || x == "blank-check":
			spac = true
		case x == "blank" && k+1 < len(w) && (w[k+1] == "check" || w[k+1] == "-" && k+2 < len(w) && w[k+2] == "check"):
			spac = true
		case x == "special" && k+2 < len(w) && w[k+1] == "purpose" && w[k+2] == "acquisition":
			spac = true
		case spacMergers[x]:
			merger = true
		}
	}
	return spac && merger
}

// raiseNouns name a capital raise a company's own stock is sold in.
var raiseNouns = wordSet(`raise raises fundraising fund-raising offering offerings`)

// raiseModifiers may stand between "in" and the raise: "in its third raise", "in a second
// capital raise", "in the latest equity offering".
var raiseModifiers = wordSet(`a an its their the this that latest new another second third fourth fifth
	capital equity cash share stock`)

// stockSoldInRaise says whether an acquisition trigger "sell ... stock" or "... shares", then
// "in", is
// told of a raise rather than a company: "to sell up to $5 billion of stock in third raise this
// year", "will sell $1.5 billion of shares in its second raise". The stock is the seller's own,
// sold to raise money, an offering; "sell $1 billion of stock in Carnival plc" sells a holding.
func (s *sentence) stockSoldInRaise(t trigger) bool {
	w := s.words
	from := t.to // the word after "in"
	if from < len(w) && w[from] == "in" {
		from++ // "sell ... stock", then "in"
	}
	if from < 2 || from >= len(w) || w[from-1] != "in" || w[from-2] != "stock" && w[from-2] != "shares" {
		return false
	}
	for k := from; k < len(w) && k < from+4; k++ {
		switch {
		case raiseNouns[w[k]]:
			return true
		case !raiseModifiers[w[k]]:
			return false
		}
	}
	return false
}

// alsoMoveVerbs are the verbs of a move told bare after "also", in the past: "while BlackBerry
// and Nokia also surged".
var alsoMoveVerbs = wordSet(`rose jumped climbed gained rallied soared surged advanced fell dropped slid
	tumbled sank slumped declined plunged`)

// alsoMoved adds to ts, the triggers of a sentence that tells a price move, the move of the
// companies a coordinated clause names before "also" and a bare verb of a move: "Shares of
// GameStop and AMC more than doubled on Wednesday, while BlackBerry, Nokia and Bed Bath &
// Beyond also surged". Alone a bare "surged" is too weak a move ("sales also surged"), but after
// the sentence's own move and a coordinator, with a company right before "also", it is the
// movers' (the meme-stock day's list of movers).
func (s *sentence) alsoMoved(ts []trigger) []trigger {
	w := s.words
	// The sentence's own move is the one that ends first: a gapped "shares ... surged" may reach
	// over the coordinated clause to its verb.
	var first *trigger
	for i := range ts {
		if ts[i].typ == events.PriceMove && (first == nil || ts[i].to < first.to) {
			first = &ts[i]
		}
	}
	if first == nil {
		return ts
	}
	for k := first.to + 2; k+1 < len(w); k++ {
		if w[k] != "also" || !alsoMoveVerbs[w[k+1]] || !s.companyEndsAt(k) {
			continue
		}
		for j := k - 1; j > first.to; j-- {
			if moveCoordinators[w[j]] && (j == first.to+1 || w[j-1] == ",") {
				return append(ts, trigger{typ: events.PriceMove, from: k + 1, to: k + 2, verbal: true})
			}
		}
	}
	return ts
}

// companyEndsAt says whether a company's name ends right before token k, or before the
// corporate suffix there ("Bed Bath & Beyond Inc also surged").
func (s *sentence) companyEndsAt(k int) bool {
	for _, c := range s.companies {
		if e := s.tokenIndex(c.End); e == k || e == k-1 && corporateSuffixes[s.words[k-1]] {
			return true
		}
	}
	return false
}

// competeWords name a rivalry a company is named in after "with" or "against".
var competeWords = wordSet(`competition compete competes competing rivalry`)

// competedWith says whether the company at token k is named as a rival the sentence's news
// competes with, no party to it: "agreed to buy Slack ... as it steps up competition with
// Microsoft", "teamed up with Microsoft to compete with Amazon". ("A legal fight with Apple"
// keeps Apple: a fight has two parties.)
func competedWith(words []string, k int) bool {
	return k > 1 && (words[k-1] == "with" || words[k-1] == "against") && competeWords[words[k-2]]
}

// mergedNouns are what "the merged ..." names: the company a deal made, no deal.
var mergedNouns = wordSet(`company companies group entity firm business bank airline carrier`)

// news48Misread says whether trigger t is no event (misread's hook): "merged" as an adjective
// before a company noun, after a determiner ("even if the merged company does poorly", "a newly
// merged bank"), names the company a merger made, which is told as a deal where the merger is
// ("the companies merged last year").
func news48Misread(s *sentence, t trigger) bool {
	w := s.words
	if t.typ != events.Acquisition || t.to != t.from+1 || w[t.from] != "merged" || t.from == 0 || t.to >= len(w) {
		return false
	}
	switch w[t.from-1] {
	case "the", "a", "newly", "its", "their":
		return mergedNouns[w[t.to]]
	}
	return false
}

// pastSuffix returns the token after the corporate suffix that may follow a company's name
// outside its link, from token e, the name's end: "JPMorgan Chase & Co", "Wells Fargo & Co",
// "Procter and Gamble Co". A name with no such suffix ends at e.
func (s *sentence) pastSuffix(e int) int {
	w := s.words
	if e+1 < len(w) && (w[e] == "&" || w[e] == "and") && corporateSuffixes[w[e+1]] && startsUpper(s.toks[e+1].text) {
		e += 2
	} else if e < len(w) && corporateSuffixes[w[e]] && startsUpper(s.toks[e].text) {
		e++
	}
	if e < len(w) && w[e] == "." && e > 0 && s.toks[e].start == s.toks[e-1].end {
		e++ // "Co."
	}
	return e
}

// listedByCommas says whether company b follows company a in a list joined by a comma, a
// suffix outside a's link allowed before it ("JPMorgan Chase & Co, Bank of America Corp").
func (s *sentence) listedByCommas(a, b CompanyMention) bool {
	k := s.pastSuffix(s.tokenIndex(a.End))
	return k < len(s.words) && s.words[k] == "," && s.startIndex(b.Start) == k+1
}

// trimSuffixGap returns the text between two companies without the corporate suffix that opens
// it outside the first's link: "& Co, " is ", " ("JPMorgan Chase & Co, Bank of America Corp and
// Citigroup Inc"), "& Co. and " is " and ".
func trimSuffixGap(gap string) string {
	g := strings.TrimLeft(gap, " ")
	for _, joiner := range []string{"& ", "and ", ""} {
		rest, ok := strings.CutPrefix(g, joiner)
		if !ok {
			continue
		}
		word, _, _ := strings.Cut(rest, " ")
		word = strings.TrimRight(word, ",.")
		if word == "" || word[0] < 'A' || word[0] > 'Z' || !corporateSuffixes[strings.ToLower(word)] {
			continue
		}
		cut := len(gap) - len(rest) + len(word)
		if cut < len(gap) && gap[cut] == '.' {
			cut++
		}
		return gap[cut:]
	}
	return gap
}
