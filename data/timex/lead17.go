package timex

// The lead's seventeenth round: misreads found probing 2024-2025 company news.

// narrativeYearBack says whether "a year ago" or "a year earlier" at token i, with no word of
// comparison before it, tells the story's past rather than the term of a results comparison:
// its sentence holds no figure and no word of results ("A year ago, the company had said it
// would review the unit", "A year earlier, it hired a new chief executive"). normComparable
// then leaves it to the year's reading; "A year ago, it earned $1.5 billion" and "A year
// earlier, the company posted a loss" stay the comparable quarter.
func (m *matcher) narrativeYearBack(i int) bool {
	if m.resultsSentence(i) {
		return false
	}
	sent := m.toks[i].sent
	for k := i - 1; k >= 0 && m.toks[k].sent == sent; k-- {
		if m.figureAt(k) {
			return false
		}
	}
	for k := i; k < len(m.toks) && m.toks[k].sent == sent; k++ {
		if m.figureAt(k) {
			return false
		}
	}
	return true
}

// fiscalYearOver says whether fiscal year y had ended before the telling by any calendar's
// count: fiscal years are named for the calendar year they end in or, for retailers, the one
// they start in, so none runs past February of the year after its number.
func (m *matcher) fiscalYearOver(y int) bool {
	return date(y+1, 3, 1).Before(m.doc)
}
