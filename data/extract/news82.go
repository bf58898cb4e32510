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
