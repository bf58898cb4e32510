package timex

// The lead's sixteenth round: a weekday named with its week ("on Wednesday of next week").
// A period code with an apostrophe's year ("Q1'25") is read in periodYear (rules.go).

// lead16Rules are the patterns of this file.
func lead16Rules() []rule {
	return []rule{
		{name: "weekday-of-week", starts: []string{"@weekday"}, doc: "Wednesday of next week, Friday of last week: that day of the week named, counted from the telling's week",
			pattern: "%weekday of next|last|this week", norm: normWeekdayOfWeek,
			examples: []Example{{"The board meets on Wednesday of next week.", "Wednesday of next week", "2007-08-22"},
				{"Shares fell on Friday of last week.", "Friday of last week", "2007-08-10"},
				{"The vote is on Thursday of this week.", "Thursday of this week", "2007-08-16"}}},
	}
}

// normWeekdayOfWeek reads the weekday in the week its phrase names, Monday to Sunday around the
// telling: the weekday rule alone would resolve "Wednesday" by the tense and leave "next week"
// a second expression, a week the day is not in.
func normWeekdayOfWeek(m *matcher, x *match) (cand, bool) {
	if !m.hasDoc || !m.toks[x.start].upper {
		return cand{}, false
	}
	wd := m.toks[x.start].lex.val
	off := 0
	switch {
	case m.word(x.end-2, "next"):
		off = 7
	case m.word(x.end-2, "last"):
		off = -7
	}
	monday := m.doc.AddDate(0, 0, 1-isoWeekday(m.doc))
	return cand{end: x.end, typ: "DATE", val: dayVal(monday.AddDate(0, 0, off+wd-1)), gran: gDay, by: ByPublication}, true
}

// monthAsModifier says whether the span [start, end) is a month alone that modifies the noun
// after it, as a calendar quarter glued to its month does (quarterHeadEnd, timex67.go): "the
// chain said December sales would be weak" reports December's sales, whose verb is the modal
// after the noun. "said December was the best month" has no noun after the month.
func (m *matcher) monthAsModifier(start, end int) bool {
	if end-start != 1 || end >= len(m.toks) || m.glued(end) {
		return false
	}
	return m.plainNounWord(end) // timex67.go
}
