package extract

import "github.com/eventline/eventline/data/events"

// conditionOpeners open a clause that sets the event's condition or time after it: "would not
// close until a case brought by Exxon Mobil is decided", "unless Beta's holders vote it down",
// "before regulators in Brussels rule". The companies in that clause bring the condition about;
// they are no parties to the event, as the companies after "after" are not.
func conditionOpenerAt(words []string, k, to int) bool {
	if k <= to {
		return false // "before" inside the trigger's own phrase stays the trigger's
	}
	switch words[k] {
	case "until", "unless", "till", "once":
		return true
	}
	return false
}

// outlookPeriod says whether the date from word from to word to names the period of an outlook
// ("cuts 2025 forecast", "pulls full-year guidance", "raised its fiscal 2025 revenue outlook"):
// the period the forecast covers, not a time at which an event of another type happened. Only
// a guidance trigger reads it, as its own object.
func (s *sentence) outlookPeriod(from, to int, t trigger) bool {
	w := s.words
	if t.typ == events.Guidance || to >= len(w) || from >= t.from && from < t.to {
		return false
	}
	if outlookNouns[w[to]] {
		return true
	}
	return to+1 < len(w) && forecastMeasures[w[to]] && outlookNouns[w[to+1]]
}
