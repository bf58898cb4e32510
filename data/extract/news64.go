package extract

import (
	"strings"
)

// Rules from modern57, a first-seen batch of real estate and travel news: initials that spell an
// honorific.

// initialsHonorific says whether the honorific unit us[i] is a company's initials that only
// spell one: dotted letters ("D.R. Horton", "M.S. Carriers") or a word in capitals without the
// title's dot ("DR Horton"). A person's title is one word with a capital and its dot ("Dr.
// Horton", "Mr. Cooper"), or in a headline in capitals one word and its dot ("MR. COOPER").
func initialsHonorific(toks []token, us []unit, i int) bool {
	u := us[i]
	if u.to-u.from > 1 {
		return true // "D . R": the letters of dotted initials, folded to one unit
	}
	t := toks[u.from].text
	if t != strings.ToUpper(t) {
		return false
	}
	return u.to >= len(toks) || toks[u.to].text != "." || toks[u.to].start != toks[u.from].end
}
