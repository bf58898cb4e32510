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
	if outlookNounShapes.mayHold(w[to]) && outlookNouns[w[to]] {
		return true
	}
	return to+1 < len(w) && (forecastMeasureShapes.mayHold(w[to]) && forecastMeasures[w[to]]) && outlookNouns[w[to+1]]
}

// offsetCounts are the counts a news sentence puts before the days between two of its events.
var offsetCounts = map[string]int{"a": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7}

// offsetFromDate reads a clause that places its event a count of days or weeks from the main
// clause's day: "shares rose 15% on Wednesday, a day after the company reported its profit",
// "fell on Friday, two days before Nvidia reports". The trigger's event is that many days
// before (after) or after (before) the day named at token dateTo; days is the signed shift.
func (s *sentence) offsetFromDate(t trigger, dateTo int) (days int, ok bool) {
	w := s.words
	for k := t.from - 1; k >= dateTo+2 && k >= t.from-16; k-- {
		if w[k] == ";" || s.wordIs(k, wClauseBreak) {
			return 0, false
		}
		if w[k] != "after" && w[k] != "before" {
			continue
		}
		unit := 1
		switch w[k-1] {
		case "day", "days":
		case "week", "weeks":
			unit = 7
		default:
			return 0, false
		}
		n, ok := offsetCounts[w[k-2]]
		if !ok || (n == 1) != (w[k-1] == "day" || w[k-1] == "week") || w[k-2] == "the" && unit != 1 {
			return 0, false // "a days", "two week", "the week after" (a week, not seven days)
		}
		if w[k] == "after" {
			return -n * unit, true
		}
		return n * unit, true
	}
	return 0, false
}

// shiftDay moves a day's period by days.
func shiftDay(p events.Period, days int) events.Period {
	d := p.Start.AddDate(0, 0, days)
	return events.Period{Value: d.Format("2006-01-02"), Granularity: events.Day, Start: d, End: d}
}

// holdingStock says whether an offering trigger "sold ... stock" sells a holding: a company
// linked right before "stock" ("sold another $982 million of Bank of America stock"), as
// "sold 114,000 Allied Products common shares" does with shares. A capitalized word alone is
// not enough, as it is for shares: "stock" follows many a noun in wire headlines ("SELLS TAP
// STOCK", "SELLS FARMERS STOCK PEANUTS").
func (s *sentence) holdingStock(t trigger) bool {
	if s.caps || s.words[t.to-1] != "stock" {
		return false
	}
	for _, c := range s.companies {
		if k := s.tokenIndex(c.End); k == t.to-1 && s.startIndex(c.Start) > t.from {
			return true
		}
	}
	return false
}

// pursueHeads tell a takeover sought as its pursuit: "Cigna drops pursuit of Humana", "was no
// longer pursuing a deal with Humana", "is pursuing a merger with Beta".
var pursueHeads = wordSet(`pursuit pursue pursues pursued pursuing`)

// pursuedDeals are the nouns of a combination a company pursues with another.
var pursuedDeals = wordSet(`deal merger takeover combination acquisition tie-up`)

// pursuedCompany returns the end of a takeover's pursuit at word i, where the company pursued
// must stand (lead14Misread drops the trigger when none does): "pursuit of", "pursuing a deal
// with", "pursue a merger with", or the verb alone ("is pursuing Humana"). Zero when none.
func pursuedCompany(words []string, i int) int {
	k := i + 1
	if k >= len(words) {
		return 0
	}
	if words[i] == "pursuit" {
		if words[k] == "of" {
			return k + 1
		}
		return 0
	}
	if words[k] == "a" || words[k] == "an" || words[k] == "its" || words[k] == "the" {
		k++
		if k+1 >= len(words) || !pursuedDeals[words[k]] {
			return 0
		}
		if words[k+1] == "with" || words[k+1] == "of" {
			return k + 2
		}
		return 0
	}
	return k
}

// lead14Misread drops a pursuit's trigger that no company follows: "the pursuit of growth",
// "pursuing a deal with regulators", "pursue a merger with a rival" are no named takeover.
func lead14Misread(s *sentence, t trigger) bool {
	return t.typ == events.Acquisition && pursueHeads[s.words[t.from]] && !s.companyWithin(t.to, t.to+1)
}

// productSuccessor says whether the executive trigger "successor" names a thing's successor:
// "unveiled its Blackwell chip, the successor to its H100", "the successor to the Model 3".
// A post's holder is named after "to" by a name or with a word of the post ("successor to the
// retiring chief executive", "successor to Jones"); a determiner or possessive and no such word
// in the next words is a product, a model or a program.
func productSuccessor(w []string, t trigger) bool {
	k := t.from + 1
	if w[t.from] != "successor" || k+1 >= len(w) || w[k] != "to" {
		return false
	}
	switch w[k+1] {
	case "its", "the", "their", "our", "a", "an":
	default:
		return false
	}
	for j := k + 2; j < len(w) && j <= k+5; j++ {
		if officerWords[w[j]] || w[j] == "executive" || w[j] == "founder" || w[j] == "boss" || w[j] == "head" {
			return false
		}
		if w[j] == "," || w[j] == "." || w[j] == ";" {
			break
		}
	}
	return true
}
