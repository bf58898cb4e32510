package extract

import "github.com/eventline/eventline/data/events"

// soldPartGap says whether t is "sold its ... group" (or arm, affiliate) with a gap that is no
// name of the part: the part's name runs straight from "its" to the noun ("its Wilkinson Sword
// Consumer Group", "its European lighting arm"); a preposition or an article inside tells a sale
// of something else to a group ("sold its trucks to a dealer group").
func soldPartGap(words []string, t trigger) bool {
	if t.typ != events.Acquisition || !t.gap || t.to > len(words) || t.from+2 >= t.to || words[t.from+1] != "its" {
		return false
	}
	switch words[t.to-1] {
	case "group", "arm", "affiliate":
	default:
		return false
	}
	for _, w := range words[t.from+2 : t.to-1] {
		switch w {
		case "to", "of", "for", "with", "from", "in", "a", "an", "the", "and", ",":
			return true
		}
	}
	return false
}
