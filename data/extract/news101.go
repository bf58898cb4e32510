package extract

// Rules of the modern66 batch: Indian, Korean, Chinese and Japanese companies listed in New
// York, in the copy of the Asian English-language business press (README.md, "News101").
//
//   - A rating changed on the story's company told by an epithet or a pronoun after the
//     broker's verb: "Bilibili jumps 8% as Morgan Stanley upgrades video platform", "after
//     Nomura downgrades the e-commerce giant", "as Jefferies upgrades it". The broker is the
//     source; the stock is the company named before it (ratedByEpithet).
//   - Two companies that set up a holding company to own both, or talk of doing so, merge: a
//     "business integration" or "management integration" is the Japanese and Korean desks'
//     word for a merger (integrationDeals).
//   - A company turned into a holding company over units it keeps whole reorganizes itself:
//     "approve shift to holding company structure", "a plan to turn the company into a holding
//     company" (holdingCompanyShifts).
//   - A write-down told as what a loss was booked on is the loss's cause, no restructuring:
//     "shares crash after record loss on JLR write-down", "swung to a loss after an impairment
//     charge" (lossOnWriteDown); "takes $3 billion write-down on JLR" stays one.

// epithetNouns end a company's epithet that the rating desks of Asian papers use where the
// American ones write "the chipmaker": "the video platform", "the e-commerce giant", "the search
// firm".
var epithetNouns = wordSet(`platform giant firm titan heavyweight major`)

// ratingChangeVerbs change a broker's rating on a stock named as their object.
var ratingChangeVerbs = wordSet(`upgrades upgraded upgrade downgrades downgraded downgrade`)

// ratedByEpithet says whether the one-word analyst trigger t, a verb of changing a rating, has
// as its object a pronoun ("upgrades it") or an epithet of up to three words ending in an
// epithet noun, with or without "the" ("upgrades video platform", "downgraded the Chinese
// e-commerce giant"): the stock is a company the sentence named before, not a name after.
func ratedByEpithet(w []string, t trigger) bool {
	if t.to-t.from != 1 || t.gap || !ratingChangeVerbs[w[t.from]] || t.to >= len(w) {
		return false
	}
	k := t.to
	if w[k] == "it" {
		return k+1 == len(w) || w[k+1] == "to" || w[k+1] == "," || w[k+1] == "." || w[k+1] == "on" || w[k+1] == "citing"
	}
	if w[k] == "the" {
		k++
	}
	for j := k; j < len(w) && j <= k+3; j++ {
		if epithetNouns[w[j]] {
			return j > k || w[k-1] == "the"
		}
		if !isWord(w[j]) && w[j] != "-" || endsClause(w[j]) || objectEnds[w[j]] {
			return false
		}
	}
	return false
}

// integrationDeals are the words of two companies becoming one under a holding company or by
// merger, as the Japanese and Korean desks write them: "signed a memorandum of understanding to
// begin talks on a business integration", "agreed on a management integration".
func integrationDeals() []string {
	return []string{"business integration", "management integration", "integration talks",
		"talks on integrating", "integrate their businesses", "integrate their operations"}
}

// holdingCompanyShifts are the words of a company that turns itself into a holding company over
// businesses it keeps: "approved a shift to a holding company structure", "will convert into a
// holding company", "a plan to turn the company into a holding company". A holding company named
// as an owner ("its holding company structure", "sold to a holding company") is none.
func holdingCompanyShifts() []string {
	out := []string{"into a holding company", "into a holding firm"}
	for _, v := range []string{"shift", "shifts", "shifted", "shifting", "transition", "switch", "move", "conversion",
		"convert", "converts", "converted", "converting"} {
		out = append(out, v+" to a holding company", v+" to holding company")
	}
	return out
}

// writeDownNouns are the charges a loss may be told as booked on.
var writeDownNouns = wordSet(`write-down write-downs writedown writedowns write-off write-offs writeoff
	impairment impairments`)

// lossNouns are results a write-down may be the cause of.
var lossNouns = wordSet(`loss losses profit profits earnings income`)

// causeWords put a charge after them as the cause of the result before: "loss on the
// write-down", "loss after a write-down", "loss due to", "profit hit by".
var causeWords = wordSet(`on after from over by to`)

// lossOnWriteDown says whether the restructuring trigger t is a write-down told as the cause of
// a loss or profit before it in its clause: a result noun, then within four words a word of
// cause, then the write-down within four words more ("record loss on JLR write-down", "swung
// to a loss after a $3 billion writedown"). A write-down taken ("takes a write-down on its
// unit") names no result before it and stays.
func lossOnWriteDown(w []string, t trigger) bool {
	if !writeDownNouns[w[t.from]] && !(t.from+1 < t.to && writeDownNouns[w[t.to-1]]) {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-4; k-- {
		if endsClause(w[k]) || w[k] == "," {
			return false
		}
		if !causeWords[w[k]] || k == 0 {
			continue
		}
		if (w[k] == "to" || w[k] == "by") && !(k > 0 && (w[k-1] == "due" || w[k-1] == "hit" || w[k-1] == "hurt" || w[k-1] == "owing")) {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if lossNouns[w[j]] {
				return true
			}
			if endsClause(w[j]) || w[j] == "," {
				return false
			}
		}
	}
	return false
}
