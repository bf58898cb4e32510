package extract

// announcedAside says whether the date at tokens [from, to) lies in an aside that tells when
// the trigger's deal or payout was announced, set off by commas after the trigger's noun, and
// a date of the main clause follows the aside: "The split, announced on Aug. 11, took effect
// after the close on Friday", "the dividend, declared on May 20, was paid on Monday", "the
// merger, first agreed in January, closed on Tuesday". The announcement is an earlier step;
// the predicate's date is the event's. A relative clause ("The split, which took effect on
// Aug. 11, lifted volume") tells the event itself and is left alone, as is an aside with no
// date after it.
func (s *sentence) announcedAside(t trigger, from, to int) bool {
	if t.verbal || from < t.to+2 {
		return false
	}
	w := s.words
	c := -1
	for k := from - 1; k >= t.to && k >= from-4; k-- {
		if w[k] == "," {
			c = k
			break
		}
	}
	if c < 0 || c-t.to > 5 {
		return false // the comma after the trigger's noun phrase ("merger with Beta Inc,")
	}
	p := c + 1
	if asideAdverbs[w[p]] {
		p++
	}
	if p >= from || !announcedParticiples[w[p]] {
		return false
	}
	end := -1
	for k := to; k < len(w) && k <= to+2; k++ {
		if w[k] == "," {
			end = k
			break
		}
	}
	if end < 0 {
		return false
	}
	for _, e := range s.timexes {
		if s.tokenIndex(e.ByteStart) > end {
			return true
		}
	}
	return false
}

// asideAdverbs may stand before an aside's participle: "first announced", "originally agreed".
var asideAdverbs = wordSet(`first originally initially previously`)

// announcedParticiples tell that a deal or payout was made known or agreed, before it happened.
var announcedParticiples = wordSet(`announced declared agreed unveiled approved proposed disclosed reported
	signed struck outlined`)

