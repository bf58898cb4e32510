package extract

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
