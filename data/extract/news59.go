package extract

import "github.com/eventline/eventline/data/events"

// investingVehicle says whether the participle at k ("managed", "led") describes the
// vehicle a firm invests through, so that the firm after "by" is the party, not a bystander as
// an offering's manager or a round's leader is: "bought by funds managed by Apollo", "a
// consortium led by KKR agreed to buy", "an investor group led by Bain Capital".
// A group is an investor group only by name: "an underwriting group led by Morgan Stanley" is an
// offering's managers.
func investingVehicle(words []string, k int) bool {
	if k < 1 {
		return false
	}
	if words[k-1] == "group" || words[k-1] == "groups" {
		return k > 1 && investorGroups[words[k-2]]
	}
	return vehicleNouns[words[k-1]]
}

// vehicleNouns are what an investment firm buys and holds companies through.
var vehicleNouns = wordSet(`fund funds vehicle vehicles entity entities affiliate affiliates consortium
	investors partnership partnerships`)

// investorGroups are the words before "group" that make it one of investors.
var investorGroups = wordSet(`investor investors investment buyout equity`)

// contractRenewals lists a contract kept by extending or renewing it, in the body's verbs as
// a title's "extends ... contract" already tells it: "extended its contract to serve as the
// main distributor to Safeway", "renewed its supply contract with the Navy". Business kept is
// news of the contract as business won is.
func contractRenewals() []string {
	var forms []string
	for _, v := range []string{"extend", "renew"} {
		forms = append(forms, verbForms(v)...)
	}
	return objectsAfter(forms, "contract", "contracts")
}

// feeChanges lists a change of what members or subscribers pay, product news as a change of a
// list price is (news54): "raises membership fees", "will hike subscription prices", "cut the
// membership price". Bare "prices" stays out: "raised prices" is how a quarter's sales grew.
func feeChanges() []string {
	var forms []string
	for _, v := range []string{"cut", "lower", "reduce", "slash", "raise", "increase", "hike", "lift"} {
		forms = append(forms, verbForms(v)...)
	}
	return objectsAfter(forms, "membership fee", "membership fees", "membership price", "membership prices",
		"subscription fee", "subscription fees", "subscription price", "subscription prices")
}

// news59Misread drops a contract renewal that is a person's or a union's ("extended the contract
// of its chief executive", "renewed coach Jane Roe's contract" tell a job kept, "extended its
// contract with the union" a labor agreement, not business) and a fee change denied.
func news59Misread(s *sentence, t trigger) bool {
	return t.typ == events.Contract && renewalVerbs[s.words[t.from]] && (officerContract(s.words, t) || laborAgreement(s.words, t)) ||
		t.typ == events.Product && s.feeChangeDenied(t)
}

// feeChangeDenied says whether t is a change of fees (feeChanges) that the sentence denies: "has
// no plan to raise membership fees", "denies plan to raise membership fees" change nothing a
// member pays, so tell no product news (a denied deal, by contrast, is still the deal's story).
func (s *sentence) feeChangeDenied(t trigger) bool {
	last := s.words[t.to-1]
	return (last == "fee" || last == "fees" || last == "price" || last == "prices") && t.to-t.from > 2 &&
		(s.words[t.to-2] == "membership" || s.words[t.to-2] == "subscription") && s.negation(t) == "denied"
}

// renewalVerbs open contractRenewals' triggers.
var renewalVerbs = wordSet(`extend extends extended extending renew renews renewed renewing`)

// officerContract says whether an officer or a coach stands in the contract trigger t or in the
// "of" phrase right after it.
func officerContract(words []string, t trigger) bool {
	end := t.to
	if end+1 < len(words) && words[end] == "of" {
		end = min(len(words), end+4)
	}
	for k := t.from; k < end; k++ {
		if officerWords[words[k]] || words[k] == "coach" || words[k] == "executive" {
			return true
		}
	}
	return false
}

// denyForms deny the plan they stand before, as "no" does: "Costco denies plan to raise
// membership fees", "denied plans to sell its stake". A plan rejected or dismissed is another's
// ("shareholders rejected plans to merge"), a deal that failed, not one denied.
var denyForms = wordSet(`deny denies denied denying`)
