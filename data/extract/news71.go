package extract

// A headline shortens the name its body writes in full, and the short form may be one company's
// exact name and a word of another's: the body writes "Coca-Cola Co" for one company and
// "Coca-Cola Consolidated" for its bottler, and the title's "Coca-Cola" is the first. The learned
// parts of longer names (shortnames.go) would give the title's word to whichever full name held
// it; a name the body wrote exactly, with at most a legal suffix after it, is that company's
// before any part of a longer name.

// A title's head that shadows another listing's whole name (rememberShadow) is likewise the
// other listing's when the body wrote that name for it.

// exactName is a name of one unit the body wrote for a company, without a closing legal suffix
// ("coca-cola" of "Coca-Cola Co").
type exactName struct {
	key string
	co  Company
}

// noteExact remembers the name of a body mention of co made of the units us. Only a name of one
// unit, once a closing legal suffix is cut, is kept: a title's short name is looked up by one
// unit's key (shadowed), so a longer name could never answer, and building its key for every
// body mention cost 0.6% of extraction.
func (a *ArticleLinks) noteExact(us []unit, co Company) {
	n := len(us)
	for n > 1 && legalKeys[us[n-1].key] {
		n--
	}
	if co.Ticker == "" || n != 1 || us[0].key == "" {
		return
	}
	key := us[0].key
	for _, e := range a.exact {
		if e.key == key {
			return // the first company so named keeps it
		}
	}
	a.exact = append(a.exact, exactName{key, co})
}

// exactOther returns the company other than l whose name the body wrote exactly as key, for a
// title's short name.
func (a *ArticleLinks) exactOther(key string, l Company) (Company, bool) {
	if !a.inTitle {
		return Company{}, false
	}
	for _, e := range a.exact {
		if e.key == key && e.co.Ticker != l.Ticker {
			return e.co, true
		}
	}
	return Company{}, false
}

// forecastNounAt says whether token k is a forecast noun (forecastNouns) of the sentence: not a
// capitalized word of a company's name the sentence names, as "Target" in "Target raised prices
// and kept its forecast" is the retailer, whose prices were raised.
func (s *sentence) forecastNounAt(k int) bool {
	return forecastNouns[s.words[k]] && !(startsUpper(s.toks[k].text) && s.companyAt(k))
}
