package timex

// asideDayApart reports whether the story's day stands in an aside that closes before the
// weekday at token i, in one sentence: "The split, announced on Aug. 11, took effect after the
// close on Friday", "The offer, which was launched on May 1, expired on Tuesday". The aside
// tells a step of the past about its noun; the main clause's weekday is the telling's, the
// last such day before the news, not the first one after the aside's day.
func (m *matcher) asideDayApart(st story, i int) bool {
	if st.gran != gDay || m.lastDay.sent != st.sent || !m.lastDay.t.Equal(st.t) || m.toks[i].sent != st.sent {
		return false
	}
	a, b := m.asideOf(m.lastDayTok)
	return a < b && i >= b
}
