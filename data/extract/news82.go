package extract

// News82: readings of companies' own press releases (modern62's misses).
//
//   - A name written with a slash between two words is one name: "Cullen/Frost Bankers",
//     "M/I Homes", "RE/MAX", "B/E Aerospace". The units of a name held only words, "&", "'"
//     and an inner ".", so the directory dropped every listing whose name has a slash and the
//     text could link none of them; with the slash a key of its own where it is glued to a word
//     on both sides, both the directory's names and the text's carry it. A slash with a space
//     ("Acme / Beta") or between companies no name joins ("Kraft/Heinz") links as before: the
//     name before it alone, where one is known.

// nameSlash says whether toks[i] is a slash glued to a word on each side, as inside a name.
func nameSlash(toks []token, i int) bool {
	return toks[i].text == "/" && i > 0 && i+1 < len(toks) &&
		toks[i-1].end == toks[i].start && toks[i+1].start == toks[i].end &&
		isWord(toks[i-1].text) && isWord(toks[i+1].text)
}

//   - A compass adjective between lower-case words describes a region, not the company named
//     by it: "a leading Southern regional bank", "across Southern states", "its Western
//     customers". Southern Co's short name is "Southern"; written after a lower-case word and
//     before one, in the middle of a noun phrase, it is the South. "Southern said on Monday",
//     "Southern Co agreed" and "Southern's Georgia Power" stay the company's.

// compassAdjectives name a region of a country.
var compassAdjectives = wordSet(`southern northern eastern western midwestern southeastern southwestern
	northeastern northwestern`)

// regionAdjective says whether unit i, a one-word name, is a compass adjective inside a noun
// phrase: a lower-case word right before it and a lower-case word other than a legal suffix
// right after it, each a space away.
func regionAdjective(text string, toks []token, us []unit, i int) bool {
	if !compassAdjectiveShapes.mayHold(us[i].key) || !compassAdjectives[us[i].key] || i == 0 || i+1 >= len(us) {
		return false
	}
	before, after := toks[us[i-1].from].text, toks[us[i+1].from].text
	return adjacent(text, us[i-1], us[i]) && adjacent(text, us[i], us[i+1]) &&
		isWord(before) && !capitalized(before) && isWord(after) && !capitalized(after) && !legalKeys[us[i+1].key]
}

//   - Debt bought back by its sum is debt, however long its description: "to repurchase about
//     $115 million of its existing 2.50% green convertible senior notes due 2025", "will buy back
//     up to $300 million of its outstanding 6.875% senior subordinated notes". debtBoughtBack
//     reads six words after the verb, which the sum, its "of" and the notes' rate and kind fill
//     before the noun; a sum followed by "of" now carries the reading on to the paper, as
//     financing news. A sum of stock ("repurchase up to $500 million of its common stock",
//     "$200 million of its shares") stays a buyback.

// sumLead are the words that may open the sum of what is bought back.
var sumLead = wordSet(`about approximately around nearly roughly some up to an additional another aggregate
	principal amount`)

// sumOfDebtBoughtBack says whether the buyback trigger t buys back a sum of debt: after the verb,
// a sum ("$" within three words of it), "of" within four words after the "$", then the debt
// paper within ten words, with no stock, shares or clause end between.
func sumOfDebtBoughtBack(w []string, t trigger) bool {
	k := t.to
	for k < len(w) && k < t.to+3 && sumLead[w[k]] {
		k++
	}
	if k >= len(w) || w[k] != "$" {
		return false
	}
	of := -1
	for j := k + 1; j < len(w) && j <= k+4; j++ {
		if w[j] == "of" {
			of = j
			break
		}
	}
	if of < 0 {
		return false
	}
	for j := of + 1; j < len(w) && j <= of+10; j++ {
		switch x := w[j]; {
		case endsClause(x) || x == "," || x == "shares" || x == "share" || x == "stock" || x == "common" || x == "units":
			return false
		case debtPaper[x]:
			return true
		}
	}
	return false
}

//   - Borrowings under a credit facility told as how something was paid for are the means of
//     the thing paid for, no financing of the day: "The purchase was funded with cash on hand
//     and borrowings under the Company's revolving credit facility", "financed the deal with
//     borrowings under its credit facility". A draw told for itself ("borrowed $200 million
//     under its revolving credit facility") and a facility entered into stay an offering.

// meansVerbs tell what paid for something.
var meansVerbs = wordSet(`funded financed paid fund finance pay funding financing paying`)

// facilityAsMeans says whether the offering trigger t, a credit facility, is the source of
// "borrowings" told after a verb of paying and "with": "borrowings" or "borrowing" and "under"
// within six words before the facility, and "with" after a form of fund, finance or pay (at most
// ten words before "with") earlier in the sentence, with no clause end between.
func facilityAsMeans(w []string, t trigger) bool {
	facility := false
	for k := t.from; k < t.to; k++ {
		facility = facility || w[k] == "facility" || w[k] == "credit" || w[k] == "revolver"
	}
	if !facility {
		return false
	}
	under := -1
	for k := t.from - 1; k >= 0 && k >= t.from-6; k-- {
		if w[k] == "under" {
			under = k
			break
		}
	}
	if under < 1 || w[under-1] != "borrowings" && w[under-1] != "borrowing" {
		return false
	}
	for k := under - 2; k >= 1 && k >= under-14; k-- {
		if endsClause(w[k]) {
			return false
		}
		if w[k] == "with" {
			for j := k - 1; j >= 0 && j >= k-10; j-- {
				if endsClause(w[j]) {
					return false
				}
				if meansVerbs[w[j]] {
					return true
				}
			}
			return false
		}
	}
	return false
}
