package extract

import (
	"strings"

	"github.com/eventline/eventline/data/directory"
)

// News names a company in full once and shortens it after, and headlines shorten it from the
// start: "Walgreens Boots Alliance" is "Walgreens", "Walt Disney Co" is "Disney". The directory
// derives the short forms a rule can foresee (closing descriptors: "Ford Motor" is "Ford"); the
// rest are learned within the article, from the full name it used: a word of that name that no
// other listed company's name holds, and that is no ordinary word, given name or place, means the
// company for the whole article, its headline included (read after the body).

// nameWordCounts counts, for each word of the directory's company names, the distinct names that
// hold it (a company's share classes share one name). Words are the units names match by, so
// that the counts are looked up by the keys a sentence's words fold to.
func nameWordCounts(dir *directory.Directory) map[string]int32 {
	nc := newNameCounter(len(dir.Listings))
	var toks []token
	var us []unit
	for i := range dir.Listings {
		if l := &dir.Listings[i]; nc.wants(l) {
			toks = appendTokens(toks[:0], l.Name)
			us = units(l.Name, toks, us)
			nc.add(l, us)
		}
	}
	return nc.counts()
}

// rememberParts makes the distinctive words of a company's full name, just matched at units us,
// stand for it in the rest of the article. A name the article itself tied to a ticker
// ("Qorvex Labs Inc (QRVX.O)", learned) is no listed name: its words count as distinctive when no
// listed company's name holds them, where a listed name's must be its own alone, or the
// article's spelling of it that no listed name holds ("JPMorgan" of the listing's "JP Morgan
// Chase").
func (a *ArticleLinks) rememberParts(toks []token, us []unit, co Company, learned bool) {
	c := a.c
	if c.nameWords == nil || len(us) < 2 || co.Ticker == "" {
		return
	}
	shared := int32(1)
	if learned {
		shared = 0
	}
	for _, u := range us {
		w := toks[u.from].text
		// A short word is a part only as an acronym of the name ("CVS" of "CVS Health"): "Oil",
		// "Air" and "Big" name too much.
		if len(u.key) < 4 && !(len(u.key) == 3 && strings.ToUpper(w) == w) || !isWord(w) || !capitalized(w) || legalKeys[u.key] || corporateSuffixes[u.key] ||
			givenNames[w] || c.dir.Common(u.key) || c.nameWords[u.key] > shared || a.namesOther(u.key, co.Ticker) {
			continue
		}
		if _, taken := a.learned[u.key]; taken {
			continue
		}
		if a.learned == nil {
			a.learned = map[string]Company{}
		}
		a.learnKey(u.key, co)
		a.learnedMax = max(a.learnedMax, 2)
	}
	a.rememberInitials(toks, us, co)
	a.rememberHead(toks, us, co)
}

// rememberInitials makes the initials of a company's full name stand for it in the rest of the
// article, written in capitals, where they are its symbol: after "General Motors", "GM and Honda
// to build cheaper electric cars" is GM. The directory keeps initials of three letters or more
// for every article (brands.go); two letters are too often something else, unless the article
// has just named the company they abbreviate. They are stored under the capitals themselves,
// which no folded key of learned spells.
//
// Initials of three or four letters that are not the company's symbol stand for it too: news
// writes "RBC" after "Royal Bank of Canada" (symbol RY), "CIBC" after "Canadian Imperial Bank of
// Commerce" (CM), "NCL" after "Norwegian Cruise Line Holdings" (NCLH), where the directory would
// read another company's symbol (RBC Bearings, NCL) or nothing. Function words inside the name
// ("of", "and", "the") and its legal and corporate suffixes give no letter. Initials that are an
// institution's or a term's ("SEC", "CEO") stay theirs (lead19).
func (a *ArticleLinks) rememberInitials(toks []token, us []unit, co Company) {
	var b [8]byte
	n := 0
	for _, u := range us {
		w := toks[u.from].text
		if (legalKeyShapes.mayHold(u.key) && legalKeys[u.key]) || (corporateSuffixShapes.mayHold(u.key) && corporateSuffixes[u.key]) {
			continue
		}
		if n > 0 && initialsSkip[w] {
			continue
		}
		if !capitalized(w) || !isWord(w) || n == len(b) {
			return
		}
		b[n] = w[0]
		n++
	}
	key := string(b[:n])
	if n < 2 || key != co.Ticker && (n < 3 || n > 4 || termInitials[key] || parenAfter(toks, us)) {
		return
	}
	if _, taken := a.learned[key]; taken {
		return
	}
	if a.learned == nil {
		a.learned = map[string]Company{}
	}
	a.learnKey(key, co)
}

// parenAfter says whether a parenthesis follows the name at units us (a suffix between):
// "Computer Network Technology Corp (CNT)" gives the article's own short form, which ties it
// as written (links.go) and is not to be guessed from the initials before it.
func parenAfter(toks []token, us []unit) bool {
	k := us[len(us)-1].to
	for k < len(toks) && (toks[k].text == "." || toks[k].text == "," || legalKeys[strings.ToLower(toks[k].text)]) {
		k++
	}
	return k < len(toks) && toks[k].text == "("
}

// initialsSkip are the words inside a company's name that give its initials no letter.
var initialsSkip = map[string]bool{"of": true, "and": true, "the": true, "&": true, "for": true}

// termInitials are initials that news uses for institutions and terms, not for a company named
// before them.
var termInitials = wordSet(`SEC FDA FTC FCC FAA EPA DOJ IRS CEO CFO COO CTO IPO ETF GDP CPI EPS USA NYSE
	IMF ECB OPEC NATO CNBC`)

// rememberHead makes the first words of a company's full name stand for it in the rest of the
// article where news shortens a name to its head, though no word of it is distinctive alone:
// "Capital One" of Capital One Financial, "Super Micro" of Super Micro Computer, "Discover" of
// Discover Financial Services. A head counts when it is no name or place by itself (the town
// Palo Alto is no Palo Alto Networks) and every name that begins with it is the company's. One
// word counts only before at least one more, two before at least two more; an ordinary word
// ("Discover") counts where no capitalized word stands next to it. A one-word head that other
// names begin with too ("Constellation" begins Constellation Brands' name as well as
// Constellation Energy's, "Dollar" Dollar Tree's as well as Dollar General's) counts only as a
// company's subject ("Constellation shares jumped", "Dollar said"): the article named this
// company, and what it does is told of it.
func (a *ArticleLinks) rememberHead(toks []token, us []unit, co Company) {
	c := a.c
	node := int32(0)
	for k := 0; k < 2 && k+1 < len(us); k++ {
		u := us[k]
		w := toks[u.from].text
		if u.key == "" || !isWord(w) || !capitalized(w) || k == 0 && len(u.key) < 4 && !headIsSymbol(u.key, co) || legalKeys[u.key] || corporateSuffixes[u.key] || givenNames[w] {
			return
		}
		next, ok := c.child(node, u.key)
		if !ok {
			return // a name the article tied to a ticker, not the directory's
		}
		node = next
		// The company's own brand there (brands.go) is no other name: its head is learned as
		// if the brand were not listed, for the days the brand's entry does not cover.
		own := a.idleBrands(node, co.Ticker)
		if k == 0 && c.ends[node] != noIDs && !own {
			a.rememberShadow(u.key, node, co)
			return
		}
		if k == 1 && len(us) < 3 {
			return
		}
		if c.ends[node] != noIDs && !own {
			a.rememberPairShadow(us, node, co) // news88.go
			return
		}
		key := u.key
		if k == 1 {
			key = us[0].key + " " + u.key
		}
		if _, taken := a.heads[key]; taken {
			return
		}
		if a.heads == nil {
			a.heads = map[string]headName{}
		}
		h := headName{Company: co, ordinary: k == 0 && c.dir != nil && c.dir.Common(key)}
		if !c.onlyUnder(node, co) {
			if k == 1 {
				return
			}
			h.subject = true // a longer head may still be the company's alone
			a.heads[key] = h
			continue
		}
		a.heads[key] = h
		if !h.ordinary {
			return
		}
		// An ordinary first word counts alone only away from capitals, so its company's
		// two-word head is learned too (news28): "Cracker Barrel" of Cracker Barrel Old
		// Country Store, "Cracker Barrel Names a Chief".
	}
}

// headIsSymbol says whether a short head (folded) spells the company's own ticker: "Arm" of
// Arm Holdings (ARM), "Box" of Box Inc (BOX). A word of three letters or fewer is too often a
// part of other names to stand for one company, unless the article's ticker spells it too.
func headIsSymbol(key string, co Company) bool {
	return co.Ticker != "" && strings.EqualFold(key, co.Ticker)
}

// rememberShadow makes a one-word head that is another listing's whole name stand for the
// article's company as the subject of a company's verb: after "Vertex Pharmaceuticals", "Vertex
// said" is the drugmaker, though "Vertex" alone is the name of Vertex Inc, a tax software maker.
// An article that names one company in full and then shortens its name means that company
// (one sense per discourse), unless it names the other one in full too. Not for an ordinary
// word or a place, where the short form is often no company at all.
func (a *ArticleLinks) rememberShadow(key string, node int32, co Company) {
	c := a.c
	if c.dir != nil && c.dir.Common(key) {
		return
	}
	for _, id := range c.ids(c.ends[node]) {
		if e := &c.entries[id]; e.place || e.Ticker == "" || e.Ticker == co.Ticker {
			return
		}
	}
	if _, taken := a.heads[key]; taken {
		return
	}
	if a.heads == nil {
		a.heads = map[string]headName{}
	}
	a.heads[key] = headName{Company: co, subject: true, shadow: true}
}

// headName is a company's name shortened to its head: whether the head is an ordinary word,
// whether it names the company only as the subject of a company's verb, and whether it is
// another listing's whole name (rememberShadow), which it stands in for.
type headName struct {
	Company
	ordinary, subject, shadow bool
}

// head matches a head the article learned at unit i: one that names no company the aliases and
// the directory know there, which are looked up first ("Capital One Financial" again is the full
// name, "Dynamics Corp" a user's alias).
func (a *ArticleLinks) head(text string, toks []token, us []unit, i int, shout bool) (CompanyMention, int, bool) {
	if len(a.heads) == 0 || us[i].key == "" {
		return CompanyMention{}, 0, false
	}
	var keyBuf [128]byte
	for n := min(2, len(us)-i); n >= 1; n-- {
		key := append(keyBuf[:0], us[i].key...)
		if n == 2 {
			if us[i+1].key == "" || !adjacent(text, us[i], us[i+1]) {
				continue
			}
			key = append(append(key, ' '), us[i+1].key...)
		}
		h, found := a.heads[string(key)]
		if !found {
			continue
		}
		if h.ordinary && !shout && (inLongerName(a.c, text, toks, us, i, n) || capitalAfter(text, toks, us, i+n)) {
			return CompanyMention{}, 0, false // "Discover Card": a longer name
		}
		if h.subject && !companyVerbAfter(toks, us, i+n) {
			return CompanyMention{}, 0, false
		}
		end := a.suffix(text, toks, us, i+n)
		return CompanyMention{Company: h.Company, Text: text[us[i].start:end], Start: us[i].start, End: end, Source: SourceLearned}, n, true
	}
	return CompanyMention{}, 0, false
}

// shadowed matches at unit i a one-word name that the article's company shadows
// (rememberShadow): its head as the subject of a company's verb, with no legal suffix after it
// ("Vertex Inc" is the other company).
func (a *ArticleLinks) shadowed(text string, toks []token, us []unit, i int) (CompanyMention, bool) {
	h, found := a.heads[us[i].key]
	if !found || !h.shadow || !shadowUse(toks, us, i+1) { // news88.go
		return CompanyMention{}, false
	}
	if _, other := a.exactOther(us[i].key, h.Company); other {
		return CompanyMention{}, false // the body wrote the name for the other company (news71.go)
	}
	if end := a.suffix(text, toks, us, i+1); end > us[i].end {
		return CompanyMention{}, false
	}
	return CompanyMention{Company: h.Company, Text: text[us[i].start:us[i].end], Start: us[i].start, End: us[i].end, Source: SourceLearned}, true
}

// onlyUnder says whether every name in the trie below node names co (by its ticker), looking at
// no more than a few dozen nodes: a head that many names begin with is no one's.
func (c *Companies) onlyUnder(node int32, co Company) bool {
	stack := [64]int32{node}
	n, seen := 1, 0
	for n > 0 {
		n--
		at := stack[n]
		if seen++; seen > len(stack) {
			return false
		}
		for _, id := range c.ids(c.ends[at]) {
			if e := &c.entries[id]; e.place || e.Ticker != co.Ticker {
				return false
			}
		}
		for k := c.tnodes[at].first; k != 0; k = c.tnodes[k].next {
			if n == len(stack) {
				return false
			}
			stack[n] = k
			n++
		}
	}
	return true
}

// namesOther says whether a folded word is by itself an alias or a place that the recognizer
// knows, other than a brand idle for the article (idleBrands): then it is no part of the
// company's name to learn.
func (a *ArticleLinks) namesOther(key, ticker string) bool {
	n, ok := a.c.roots[key]
	return ok && a.c.ends[n] != noIDs && !a.idleBrands(n, ticker)
}

// idleBrands says whether every entry that ends at node is a brand (brands.go) that is the
// company's with ticker or means no company on the article's day: "Delta" of Delta Air Lines, or
// "Charter" (Charter Communications') in 1987, when news meant Charter Co by it. Such a word is
// learned as a head of the article's company as if no brand were listed.
func (a *ArticleLinks) idleBrands(node int32, ticker string) bool {
	c := a.c
	ids := c.ids(c.ends[node])
	for _, id := range ids {
		e := &c.entries[id]
		if e.place || !e.brand {
			return false
		}
		if ticker != "" && e.Ticker == ticker {
			continue
		}
		if rank, _ := c.rank(e, a.day); rank >= 0 && !c.outsideBounds(id, a.day) {
			return false
		}
	}
	return len(ids) > 0
}

// namesAlone says whether a folded word is by itself an alias or a place that the recognizer
// knows: then it is no part to learn.
func (c *Companies) namesAlone(key string) bool {
	n, ok := c.roots[key]
	return ok && c.ends[n] != noIDs
}

// splitPairs splits the hyphenated word of two capitalized names that no alias knows as one
// ("the Kroger-Albertsons merger", "the Microsoft-Activision deal") into its two names, each a
// unit of its own; a hyphenated name ("Wal-Mart", "Coca-Cola") stays whole. The parts are not
// adjacent (a hyphen lies between), so they never join into one longer name.
func (c *Companies) splitPairs(text string, toks []token, us []unit) []unit {
	if strings.IndexByte(text, '-') < 0 {
		return us // no hyphenated word: most sentences
	}
	for i := 0; i < len(us); i++ {
		u := us[i]
		if u.to != u.from+1 || u.key == "" {
			continue
		}
		w := toks[u.from].text
		h := strings.IndexByte(w, '-')
		if h <= 0 || h == len(w)-1 || strings.Count(w, "-") != 1 || !capitalized(w[:h]) || !capitalized(w[h+1:]) {
			continue
		}
		if _, known := c.roots[u.key]; known {
			continue
		}
		left, right := fold(w[:h]), fold(w[h+1:])
		if !c.namesAlone(left) || !c.namesAlone(right) {
			continue
		}
		parts := []unit{{left, u.from, u.to, u.start, u.start + h}, {right, u.from, u.to, u.start + h + 1, u.end}}
		us = append(us[:i], append(parts, us[i+1:]...)...)
		i++
	}
	return us
}
