package extract

import (
	"slices"
	"strings"
)

// Unlinked companies (no alias, no listing) are known by the words the article writes, and an
// article writes one company several ways: the headline's "Qorvex" is the body's "Qorvex Labs
// Inc". A linked company's events merge by its ticker whatever name each mention used; an unlinked
// one's would not, and a headline and the body telling one deal became two events. So within an
// article, an unlinked name whose words begin another unlinked name's (legal forms aside) is that
// name, when it begins only one such name: "Lumina" beside both "Lumina Robotics Corp" and
// "Lumina Health Inc" stays as written.

// unifyNames renames, in the events, each unlinked company name that is a short form of another
// unlinked name of the article (see above) to that fuller name. linked holds the names that
// have a ticker somewhere in the article.
func unifyNames(evs []Event, linked func(name string) bool) {
	var names []string
	for _, e := range evs {
		for _, c := range e.Companies {
			if !slices.Contains(names, c) && !linked(c) {
				names = append(names, c)
			}
		}
	}
	if len(names) < 2 {
		return
	}
	keys := make([][]string, len(names))
	for i, n := range names {
		keys[i] = nameKeys(n)
	}
	for i, short := range names {
		full := -1
		for j := range names {
			if i == j || !isShortForm(keys[i], keys[j], short, names[j]) {
				continue
			}
			switch {
			case full < 0 || isShortForm(keys[full], keys[j], names[full], names[j]):
				full = j // the fullest of a chain: "Qorvex", "Qorvex Labs", "Qorvex Labs Inc"
			case !isShortForm(keys[j], keys[full], names[j], names[full]):
				full = -2 // two companies begin with these words
			}
			if full == -2 {
				break
			}
		}
		if full < 0 {
			continue
		}
		for k := range evs {
			rename(&evs[k], short, names[full])
		}
	}
}

// isShortForm says whether the name a (keys ka) is a short form of the name b (keys kb): its
// words begin b's, and b says more (more words, or the same words with a legal form).
func isShortForm(ka, kb []string, a, b string) bool {
	if len(ka) == 0 || len(ka) > len(kb) || !slices.Equal(ka, kb[:len(ka)]) {
		return false
	}
	return len(ka) < len(kb) || len(b) > len(a)
}

// nameKeys returns a name's folded words without its legal forms ("Qorvex Labs, Inc." is qorvex
// labs).
func nameKeys(name string) []string {
	ws := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == ',' })
	keys := make([]string, 0, len(ws))
	for _, w := range ws {
		keys = append(keys, fold(strings.TrimRight(w, ".")))
	}
	for len(keys) > 1 && (legalKeys[keys[len(keys)-1]] || keys[len(keys)-1] == "lp") {
		keys = keys[:len(keys)-1]
	}
	return keys
}

// rename replaces the company name from by to in an event, once.
func rename(e *Event, from, to string) {
	k := slices.Index(e.Companies, from)
	if k < 0 {
		return
	}
	if slices.Contains(e.Companies, to) {
		e.Companies = slices.Delete(e.Companies, k, k+1)
		return
	}
	e.Companies[k] = to
}
