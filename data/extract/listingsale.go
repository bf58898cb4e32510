package extract

import "github.com/eventline/eventline/data/events"

// A holder's shares sold in a listing (issue 11 §2, news12): "SoftBank sold 10% of Arm in the
// IPO", "Johnson and Johnson sold a stake in Kenvue in its initial public offering". The listing
// is the company whose shares were sold, not the seller: the seller is not going public. And the
// sale is what tells the listing, as a verb tells a named happening (predicated), so the
// sentence is news even though the listing is only named after "in".

// holderSales are the verbs of a holder selling shares in a listing.
var holderSales = wordSet(`sold sells sell selling offloaded offloads offload floated floats float`)

// listedInSale returns the company whose shares were sold in the listing trigger t: a company
// after "of" or "in" (a stake in it, a share of it), a verb of selling within six words before
// that, and at most five words from the company to the trigger, which "in" opens. The clause
// holds all of it.
func (s *sentence) listedInSale(t trigger) (CompanyMention, bool) {
	if t.from < 2 {
		return CompanyMention{}, false
	}
	in := -1
	for k := t.from - 1; k >= 0 && k >= t.from-3; k-- {
		if s.words[k] == "in" {
			in = k
			break
		}
	}
	if in < 0 {
		return CompanyMention{}, false
	}
	for _, c := range s.companies {
		k, end := s.startIndex(c.Start), s.tokenIndex(c.End)
		if k < 1 || end > in || in-end > 2 || s.words[k-1] != "of" && s.words[k-1] != "in" {
			continue
		}
		for j := k - 2; j >= 0 && j >= k-7; j-- {
			w := s.words[j]
			if w == "," || w == ";" || gapStops[w] {
				break
			}
			if holderSales[w] {
				return c, true
			}
		}
	}
	return CompanyMention{}, false
}

// soldInListing says whether t is a listing told by a holder's sale in it, outside background.
func (s *sentence) soldInListing(t trigger) bool {
	if t.typ != events.IPO || s.background(t) {
		return false
	}
	_, ok := s.listedInSale(t)
	return ok
}
