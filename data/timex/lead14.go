package timex

// futureDayGone says whether a month and day without a year, some weeks before the
// publication, is told by a clause that looks ahead from the telling ("Apple will hold its
// conference on June 10" told on July 24; "the plant will reopen May 2" told in late June): the
// day to come is next year's. Only "will" and "shall" tell that future: "would" looks ahead
// from a past ("said in May it would close the plant on June 10"), and a schedule verb may
// be a plan since dropped ("had been set for Oct. 29 but was put off"). Within two weeks the
// day may be a slip or a schedule told late; beyond 45 days yearFor's tense reading moves it.
func (m *matcher) futureDayGone(start, end, diff int) bool {
	if diff >= -14 {
		return false
	}
	t, cue := m.tenseCue(start, end, false)
	return t == tenseFuture && (cue == "will" || cue == "ll" || cue == "shall")
}
