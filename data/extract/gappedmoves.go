package extract

import "github.com/eventline/eventline/data/events"

// Two stocks' moves in one sentence (issue 11 §2, news13): "Acme shares rose 2%, and Beta shares
// fell 1%". The lexicon's gapped phrase "shares ... fell" also matches from Acme's "shares" over
// the gap to Beta's verb, and that one trigger spanning both clauses made the two moves one, with
// Acme's subject. A gapped move whose gap holds a coordinator, then a word that no move or count
// explains ("Beta"), then the stock's own word right before the verb, is the second clause's
// move told by its own subject: the gapped reading is dropped, and the second clause keeps its
// own trigger. A gap without a second subject ("rose 2% and its shares then fell", "shares,
// already down 5% this week, fell") keeps the gapped reading, which wire copy relies on.

// stockNouns are the words for a stock right before a move's verb.
var stockNouns = wordSet(`shares share stock stocks`)

// secondStockInGap says whether the gapped price move t spans into another stock's clause.
func secondStockInGap(words []string, t trigger) bool {
	if t.typ != events.PriceMove || !t.gap || t.tail < t.from+3 || !stockNouns[words[t.tail-1]] {
		return false
	}
	return otherStock(words, t.from+1, t.tail-1)
}
