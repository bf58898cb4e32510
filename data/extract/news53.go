package extract

// news53 reads a takeover's price a share after its trigger as the bid's price, not goods.

// shareMoney are money words that, before "a share" or "per share", price a bid for a company.
var shareMoney = wordSet(`dlrs dollars stg yen`)

// sharePrice says whether the money word at words[k] is a price a share or each ("a tender offer
// of 27 dlrs a share for", "an offer of 2.40 stg per share", "31 dlrs for each share"), which names what a bidder pays for
// a company's stock. corporateDeal reads a money word after a trigger as traded goods ("bought
// 50 mln dlrs of bills"); a price a share is never that.
func sharePrice(words []string, k int) bool {
	if !shareMoney[words[k]] || k+1 >= len(words) {
		return false
	}
	if words[k+1] == "each" || words[k+1] == "for" && k+2 < len(words) && words[k+2] == "each" {
		return true
	}
	return k+2 < len(words) && (words[k+1] == "a" || words[k+1] == "per") && words[k+2] == "share"
}

// tenderWinners before "tender for" make it a contract won or lost ("WINS TENDER FOR QANTAS
// JETS"), not a bid for a company.
var tenderWinners = wordSet(`win wins won winning lose loses lost losing awarded award awards`)

// bareTenderNoCompany says whether the trigger "tender for", the wire's headline shorthand for a
// tender offer ("STARTS TENDER FOR ORLESTONE <ORLN>"), lacks what makes it one: a company named
// right after "for" and ending the clause or its ticker mark. "Tender" alone is also a call for
// goods or works ("TENDER FOR 50,000 TONNES OF WHEAT", "WINS TENDER FOR BRIDGE") or a verb
// ("may tender for cash").
func (s *sentence) bareTenderNoCompany(t trigger) bool {
	if t.to-t.from != 2 || s.words[t.from] != "tender" || s.words[t.from+1] != "for" {
		return false
	}
	if t.from > 0 && tenderWinners[s.words[t.from-1]] {
		return true
	}
	for _, c := range s.companies {
		if s.startIndex(c.Start) != t.to {
			continue
		}
		e := s.tokenIndex(c.End)
		if e+1 < len(s.words) && corporateSuffixes[s.words[e]] {
			e++
		}
		if e >= len(s.words) || s.words[e] == "<" || s.words[e] == "." || s.words[e] == "," {
			return false
		}
	}
	return true
}
