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
