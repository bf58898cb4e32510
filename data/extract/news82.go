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
	if !compassAdjectives[us[i].key] || i == 0 || i+1 >= len(us) {
		return false
	}
	before, after := toks[us[i-1].from].text, toks[us[i+1].from].text
	return adjacent(text, us[i-1], us[i]) && adjacent(text, us[i], us[i+1]) &&
		isWord(before) && !capitalized(before) && isWord(after) && !capitalized(after) && !legalKeys[us[i+1].key]
}
