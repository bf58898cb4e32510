package extract

import "strings"

// Rules of the modern65 batch: foreign companies listed in New York, in the copy of the desks
// that follow them (README.md, "News96 added").
//
//   - A foreign company's stock is told by its receipts and by where it is listed: "its ADRs
//     fell 4%", "its US-listed shares gained 3% in premarket trading", "its American depositary
//     shares rose 2%", "the ADRs of the five companies fell". Like "its shares" they are the
//     story's company's stock (listedOwnStock).

// receiptNouns name a foreign company's depositary receipts, which trade in its place.
var receiptNouns = wordSet(`adrs adss`)

// listingWords may stand between "its" and the stock a listing names: "its US-listed shares",
// "its U.S.-listed ADRs", "its New York-listed stock", "its American depositary shares".
var listingWords = wordSet(`listed us u s . - american global depositary depository ordinary sponsored new
	hong york`)

// listedOwnStock says whether the price move t is told of the story's company's stock in the
// words of a foreign listing: the receipts or the shares after "its" and words of where they are
// listed ("its Amsterdam-listed shares", "its ADRs"), or receipts opening the move's clause ("The
// ADRs of the five companies fell"). A stock a name owns ("Sony's US shares") is that name's,
// read by roles before this is asked.
func (s *sentence) listedOwnStock(t trigger, lo int) bool {
	w := s.words
	for k := t.from; k < t.to && k < len(w); k++ {
		receipt := receiptNouns[w[k]] || w[k] == "receipts" && k > 0 && (w[k-1] == "depositary" || w[k-1] == "depository")
		if !receipt && w[k] != "shares" && w[k] != "stock" {
			continue
		}
		j := k - 1
		for j >= 0 && j >= k-7 && (listingWords[w[j]] || strings.HasSuffix(w[j], "-listed")) {
			j--
		}
		if j == k-1 && !receipt {
			return false // a bare "its shares" is ownShares' own
		}
		switch {
		case j >= 0 && w[j] == "its":
			return true
		case receipt && (j+1 == lo || j >= 0 && w[j] == "the" && j == lo):
			return true
		}
		return false
	}
	return false
}
