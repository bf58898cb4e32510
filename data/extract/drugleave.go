package extract

// A regulator of medicines letting a company sell its goods (wire19, on 1980s wire copy): "the
// Food and Drug Administration cleared it to sell its laser system", "the FDA approved its
// application to market a blood test". What the regulator lets the company sell is a product,
// never a business, so the verb of selling after its leave is no sale of a unit or a system of
// stores; and an application "to market" goods is a product's, where an application to acquire
// a bank, which a Federal Reserve approves, stays a deal.

// leaveWords are a regulator's yes told before "to" and the verb it allows.
var leaveWords = wordSet(`approved approves approve cleared clears clear authorized authorizes authorised
	authorises approval clearance authorization authorisation permission allowed allows permitted permits
	application applications`)

// marketingVerbs are the verbs of selling goods a regulator's leave is for.
var marketingVerbs = wordSet(`sell market distribute`)

// drugLeaveSale says whether the acquisition trigger t is a verb of selling that a regulator of
// medicines allows: "to" before it, and within the eight words before that, in one clause, a
// word of leave and the regulator's name.
func drugLeaveSale(words []string, t trigger) bool {
	if t.from == 0 || words[t.from-1] != "to" || !marketingVerbs[baseSell(words[t.from])] {
		return false
	}
	leave, regulator := false, false
	for k := t.from - 2; k >= 0 && k >= t.from-10; k-- {
		if endsClause(words[k]) || words[k] == "," {
			break
		}
		leave = leave || leaveWords[words[k]]
		regulator = regulator || drugRegulatorAt(words, k)
	}
	return leave && regulator
}

// baseSell maps the forms of "sell" a trigger starts with to the verb.
func baseSell(w string) string {
	switch w {
	case "sells", "sold", "selling":
		return "sell"
	}
	return w
}

// appliedToMarket says whether the approval trigger t is followed by an application "to market"
// goods, or "to sell" or "to distribute" them with a regulator of medicines named before it: a
// product's approval, not a deal's.
func appliedToMarket(words []string, t trigger) bool {
	for k := t.to; k+2 < len(words) && k < t.to+5; k++ {
		if endsClause(words[k]) {
			return false
		}
		if words[k] != "application" && words[k] != "applications" {
			continue
		}
		if words[k+1] != "to" || !marketingVerbs[words[k+2]] {
			return false
		}
		if words[k+2] == "market" {
			return true
		}
		for j := t.from - 1; j >= 0 && j >= t.from-4; j-- {
			if drugRegulatorAt(words, j) {
				return true
			}
		}
		return false
	}
	return false
}

// awaitWords make what follows within their clause a condition still to be met or a request
// still to be answered: "will market the drug once it wins Food and Drug Administration
// approval", "if it receives FDA approval", "subject to FDA clearance", "SEEKS FDA APPROVAL",
// "is awaiting FDA approval".
var awaitWords = wordSet(`once if unless until pending subject seek seeks sought seeking await awaits
	awaited awaiting`)

// approvalNouns are the words of a regulator's yes in a product's trigger.
var approvalNouns = wordSet(`approval approvals clearance nod go-ahead`)

// approvalAwaited says whether the product trigger t is a regulator's approval told as a
// condition or sought: a word of waiting within the three words before it or before its
// regulator's name ("once again" aside), with no clause break between. A condition or a request
// is no launch; the deal it qualifies, if any, is the news.
func approvalAwaited(words []string, t trigger) bool {
	if !anyWithin(words, t.from, t.to, approvalNouns) {
		return false
	}
	// The regulator's name before an "approval for" trigger does not count against the window.
	from := t.from
	switch {
	case from >= 4 && words[from-1] == "administration" && drugRegulatorAt(words, from-1):
		from -= 4 // "food and drug administration"
	case from >= 1 && drugRegulators[words[from-1]]:
		from--
	}
	for k := from - 1; k >= 0 && k >= from-3; k-- {
		if endsClause(words[k]) || words[k] == "," {
			return false
		}
		if awaitWords[words[k]] && !(words[k] == "once" && k+1 < len(words) && words[k+1] == "again") &&
			!(words[k] == "subject" && (k+1 >= len(words) || words[k+1] != "to")) {
			return true
		}
	}
	return false
}
