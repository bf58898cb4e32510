package timex

// conditionAfter reports whether the word at token k, after a date, opens a clause of condition
// or concession: its verb is that clause's, not the date's. In "the offer expires at midnight on
// Dec. 15 unless extended" the participle "extended" read as a past put the deadline a year back;
// the date's verb is "expires", before it.
func (m *matcher) conditionAfter(k int) bool {
	return m.anyWord(k, "unless", "if", "once", "although", "though", "because", "whereas")
}
