package timex

// Families of broadcast business news of 1997-2000 (heldout66, timex63): anchors' and
// correspondents' market closes, earnings and the Fed, told with spelled-out years.

// changeForYear reports whether "the year" at x, after "for", closes a market's change told
// with its figure: "the index is up about twenty percent for the year", "the Dow has gained
// 1,200 points for the year". A wrap-up sums the year as it sums the week (weekOfChange), and
// the year is the telling's though no results word is in the sentence (resultsSentence). A
// change without its figure ("stocks fell for the year") stays none, as "fell for the month"
// does.
func (m *matcher) changeForYear(x *match) bool {
	f := x.start - 2
	return m.word(x.start-1, "for") && m.word(x.end-1, "year") && !m.word(x.start+1, "fiscal") &&
		(m.punct(f, "%") || m.anyWord(f, "percent", "points", "point", "cents"))
}
