package timex

// sourceAfter reports whether token k, after a date, opens the source a sentence cites for its
// news: "according to" and what follows, with or without a comma before it ("will lay off 140
// workers by mid-April, according to a notice it filed with the state"). The source's verbs tell
// how the news came out (a notice filed, a memo seen), not when the act happens, and govern no
// date before it; a date inside the source phrase keeps its own verb ("a memo seen by Reuters on
// Monday").
func (m *matcher) sourceAfter(k int) bool {
	if m.punct(k, ",") {
		k++
	}
	return m.word(k, "according") && m.word(k+1, "to")
}

// endedQuarter is the calendar quarter of a quarter that ends on day dn of month mo in year yr:
// the quarter that holds the day, except in a quarter's first week ("the quarter ended July 1",
// "the quarter ended Oct. 2, 2022"), where the 52- or 53-week calendar of retailers and grocers
// ends a quarter on the Saturday nearest the calendar's: a quarter does not end a day or a week
// after it began, so it is the quarter just before. Its year is the year before for a quarter
// that ends in January's first week.
func endedQuarter(yr, mo, dn int) (int, int) {
	q := (mo-1)/3 + 1
	if (mo-1)%3 != 0 || dn > 7 {
		return yr, q
	}
	if q == 1 {
		return yr - 1, 4
	}
	return yr, q - 1
}
