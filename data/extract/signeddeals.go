package extract

// personalDeal says whether a partnership trigger is a person's contract told by what the
// person will do: "signed a deal to join Intel as finance chief", "inked a deal to remain coach".
// A company's deal says what it makes or supplies ("signed a deal to supply chips").
// A deal signed "for" something is the acquisition's or the supply's to read ("signed a deal
// for the supply of titanium"), not two companies' work together.
func personalDeal(words []string, t trigger) bool {
	if t.to < len(words) && words[t.to] == "for" && words[t.to-1] == "deal" {
		return t.to < 2 || !workDealKinds[words[t.to-2]] // "a licensing deal for a drug" is work together (news54.go)
	}
	return t.to+1 < len(words) && words[t.to] == "to" && personalDealVerbs[words[t.to+1]]
}

var personalDealVerbs = wordSet(`join become remain stay lead coach play host star manage`)
