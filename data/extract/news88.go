package extract

// News names a company in full once and shortens it after, and the short form may be the whole
// name of another company the aliases know: after "Harbor Pacific Savings Bank", "Harbor Pacific
// said" is the bank, though "Harbor Pacific" alone is Harbor Pacific Corp's name. rememberShadow
// learned this for a one-word head told as a company's subject ("Vertex said"); a head of two
// words shadows the same way (a name of three words or more shortened to its first two), and so
// does a head in the possessive ("Harbor's purchase of the branch"): the article named its
// company and tells what it owns. Among the wire's 1987 stories, "Great American" after a savings
// bank of that head and "Amoskeag's acquisition" after a bank holding company of that head were
// linked to other companies of those names.

// rememberPairShadow makes the two-word head us[0:2] of a company's longer name, which is another
// alias's whole name (ending at trie node), stand for the company as its subject or owner.
func (a *ArticleLinks) rememberPairShadow(us []unit, node int32, co Company) {
	if len(us) < 3 {
		return // the whole name, not a head
	}
	a.rememberShadow(us[0].key+" "+us[1].key, node, co)
}

// shadowUse says whether a shadowing head that ends before unit k is used as a company: the
// subject of a company's verb, with "recently" allowed before it ("Harbor Pacific recently
// agreed"), or an owner in the possessive ("Harbor Pacific's").
func shadowUse(toks []token, us []unit, k int) bool {
	if k+1 < len(us) && us[k].key == "'" && us[k+1].key == "s" {
		return true
	}
	if k < len(us) && us[k].key == "recently" {
		k++
	}
	return companyVerbAfter(toks, us, k)
}

// shadowedPair is shadowed for a head of two units at i.
func (a *ArticleLinks) shadowedPair(text string, toks []token, us []unit, i int) (CompanyMention, bool) {
	if len(a.heads) == 0 || i+1 >= len(us) || us[i+1].key == "" || !adjacent(text, us[i], us[i+1]) {
		return CompanyMention{}, false
	}
	var keyBuf [128]byte
	key := append(append(append(keyBuf[:0], us[i].key...), ' '), us[i+1].key...)
	h, found := a.heads[string(key)]
	if !found || !h.shadow || !shadowUse(toks, us, i+2) {
		return CompanyMention{}, false
	}
	if end := a.suffix(text, toks, us, i+2); end > us[i+1].end {
		return CompanyMention{}, false // "Harbor Pacific Corp": the other company
	}
	return CompanyMention{Company: h.Company, Text: text[us[i].start:us[i+1].end], Start: us[i].start, End: us[i+1].end, Source: SourceLearned}, true
}

// An analyst's employer is a source of the news, not a party (cited), and news often writes the
// analyst's name between the word that says so and the employer: "Analyst Thomas Reed of
// Ashford Securities said he reiterated a buy recommendation", "economist Ann K. Lowe at
// Harland Bank expects". Among the wire's 1987 stories a broker so named was given the
// guidance event of the company its analyst rated.

// namedSource says whether the preposition at token k ("of", "at", "with", "from", "for") follows
// a person's name of one to four capitalized words or initials, itself after an analyst's or an
// economist's word (sourceWords).
func namedSource(toks []token, k int) bool {
	j, n := k-1, 0
	for j >= 0 && n < 4 {
		w := toks[j].text
		if inShapedSet(sourceWordShapes, sourceWords, w) {
			break
		}
		if w == "." && j > 0 && isInitial(toks[j-1].text) {
			j -= 2 // an initial with its dot: "Ann K. Lowe"
			n++
			continue
		}
		if !capitalized(w) || !isWord(w) {
			return false
		}
		j--
		n++
	}
	return n > 0 && j >= 0 && inShapedSet(sourceWordShapes, sourceWords, toks[j].text)
}

// analystActs are the words of an analyst's action on a stock that a sentence tells after the
// analyst's name: "assumed coverage", "reiterated a buy recommendation", "cut his rating".
var analystActs = wordSet(`coverage recommendation recommendations recommended rating ratings upgraded
	downgraded reiterated`)

// possessiveSource says whether the name ending before token to is an analyst's employer in the
// possessive: a person's name (a given name and a capitalized word) follows it, and the sentence
// tells an analyst's action ("Ashford Securities' Jane Roe said she started coverage of Kelvar").
// An officer's possessive employer ("Kelvar's John Moss said the company would") is its party.
func possessiveSource(toks []token, to int) bool {
	k := to
	if k >= len(toks) || toks[k].text != "'" {
		return false
	}
	if k++; k < len(toks) && toks[k].text == "s" {
		k++
	}
	if k+1 >= len(toks) || !givenNames[toks[k].text] || !capitalized(toks[k+1].text) || !isWord(toks[k+1].text) {
		return false
	}
	for _, t := range toks[k+2:] {
		if inShapedSet(analystActShapes, analystActs, t.text) {
			return true
		}
	}
	return false
}
