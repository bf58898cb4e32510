package extract

import (
	"slices"

	"github.com/eventline/eventline/data/events"
)

// A business sold by its name for a sum is a deal, whether or not the business is listed: "Dollar
// Tree will sell Family Dollar for $1 billion", "sold Own Company to a rival for $1.9 billion".
// "sell" alone is too common a verb to tell a deal (shares, bonds, goods, "sell the iPhone 16 for
// $799"), and the lexicon knows it only with a business's noun ("sell its unit") or an agreement
// ("agreed to sell"); a capitalized name right after it and a sum in millions or billions after
// "for" tell a business changing hands.

// namedBusinessSales adds an acquisition trigger at each verb of selling followed by a
// capitalized name of up to four words, optionally "to" and a buyer, and "for" a sum with its
// scale. A trigger already at the verb stays.
func (s *sentence) namedBusinessSales(ts []trigger) []trigger {
	for i, w := range s.words {
		// A byte and a switch, not the sellVerbs map: this runs on every word of every sentence.
		if len(w) < 4 || w[0] != 's' {
			continue
		}
		switch w {
		case "sell", "sells", "sold", "selling":
		default:
			continue
		}
		if slices.ContainsFunc(ts, func(t trigger) bool { return t.from <= i && i < t.to }) {
			continue
		}
		if end := s.namedSaleEnd(i); end > 0 {
			ts = insertTrigger(ts, trigger{typ: events.Acquisition, from: i, to: end, verbal: true})
		}
	}
	return ts
}

// namedSaleEnd returns the end of the name sold by the verb at i when a sum in millions or
// billions follows it as namedBusinessSales says, or 0.
func (s *sentence) namedSaleEnd(i int) int {
	name := s.capitalsFrom(i + 1) // types.go
	if name == nil || s.inTimex[i+1] {
		return 0
	}
	end := s.tokenIndex(name.End)
	k := end
	if k < len(s.words) && s.words[k] == "to" {
		// the buyer: a name, or a few words ("to private equity firms")
		j := k + 1
		for j < len(s.words) && j <= k+5 && s.words[j] != "for" && !gapStops[s.words[j]] && s.words[j] != "," {
			j++
		}
		k = j
	}
	if k+3 >= len(s.words) || s.words[k] != "for" {
		return 0
	}
	k++
	if s.words[k] == "about" || s.words[k] == "roughly" || s.words[k] == "nearly" || s.words[k] == "up" && s.words[k+1] == "to" {
		k++
		if s.words[k] == "to" {
			k++
		}
	}
	if k+2 >= len(s.words) || s.words[k] != "$" || !isNumber(s.words[k+1]) || !scaleWords[s.words[k+2]] {
		return 0
	}
	return end
}
