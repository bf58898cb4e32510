package extract

// franchisePacts are the nouns of a franchising deal between companies: one company agreeing to
// open and run another's restaurants or stores under its name for fees and royalties ("signed a
// franchise agreement with Lanfear to open 150 units", the wire's "SIGNS FRANCHISE PACT WITH
// ..."). It is work two companies do together, as a licensing pact is, so the franchisor and
// the franchisee are partners (newswire26's 7). Only the compound names the deal: bare
// "franchise" is a brand or a business ("the doll franchise earned 40 mln dlrs"), and
// "franchisees" or "franchise fees" tell no agreement.
func franchisePacts() []string {
	var out []string
	for _, kind := range []string{"franchise", "franchising"} {
		for _, noun := range []string{"agreement", "agreements", "pact", "pacts", "deal", "deals", "accord"} {
			out = append(out, kind+" "+noun)
		}
	}
	return out
}

// unmadeFranchisePact says whether a franchising deal's trigger tells no deal made that day:
// only a verb of making a few words before it ("signed a franchise pact", "reached a master
// franchise agreement", "entered into franchise agreements") tells news. Without one the words
// describe terms in force ("its franchise agreements typically run 20 years"), a breach ("said it
// breached the franchise agreement") or a grant won from a city ("won a franchise agreement from
// Dayton to wire 40,000 homes"), none of them a partnership.
func unmadeFranchisePact(words []string, t trigger) bool {
	if w := words[t.from]; w != "franchise" && w != "franchising" {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-5; k-- {
		if gapStops[words[k]] || words[k] == "," {
			break
		}
		if franchiseMakers[words[k]] {
			return false
		}
	}
	return true
}

// franchiseMakers are the verbs that make a franchising deal.
var franchiseMakers = wordSet(`sign signs signed signing reach reaches reached reaching enter enters
	entered entering conclude concludes concluded concluding strike strikes struck ink inks inked
	agree agrees agreed announce announces announced negotiated completed`)
