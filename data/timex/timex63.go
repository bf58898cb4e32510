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

// periodSpelledYear reads the year in words after "of" at token j that closes a quarter or a
// half, k the token after "of" (and "fiscal" if any): "a slower first half of two thousand
// one", "the fourth quarter of nineteen ninety-eight". A broadcast says its years so, and the
// period is of that year, one expression, as "the first half of 2001" is. A count after "of"
// ("the first half of two thousand shares") names no year: something follows it that it counts.
func (m *matcher) periodSpelledYear(j, k int) (year, end int, ok bool) {
	if !m.word(j, "of") || m.kind(k) != lxNumber {
		return 0, 0, false
	}
	y, e, ok := m.spelledYear(k)
	if !ok || !m.countlessAfter(e) {
		return 0, 0, false
	}
	return y, e, true
}
