package timex

// untilEndOfStart returns where a date's clause is to be read from when the date ends "the
// end of", "the middle of", "the start of", "the beginning of" or "the close of" after "until"
// or "till": the phrase's first word, so that "postponed the hearing until the end of July" is
// read as "postponed the hearing until July" is, ahead of its past verb. The month alone sees
// only "of" before it and took the past verb's reading, a year back. Any other date, and such
// a phrase after any other word ("by the end of July", "since the end of May"), keeps start.
func (m *matcher) untilEndOfStart(start int) int {
	if !m.word(start-1, "of") || !m.anyWord(start-2, "end", "middle", "start", "beginning", "close") {
		return start
	}
	k := start - 3
	if m.word(k, "the") {
		k--
	}
	if !m.anyWord(k, "until", "till") {
		return start
	}
	return k + 1
}
