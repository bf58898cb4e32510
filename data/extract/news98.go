package extract

import (
	"time"

	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/timex"
)

// frontingWords may stand before a month that opens a sentence: "In November,", "Back in
// January,", "Early in March".
var frontingWords = wordSet(`in back early late during`)

// frontedMonth says whether a past month that opens the sentence dates results or an outlook told
// after it: "In November, Velcor warned on profit, sending its shares down 12% that day", "Last
// March the stock fell 20% in a session after the company cut its outlook". The fronted time
// frames the whole sentence, an earlier story's news recalled, so the telling was then, not on the
// publication day, as the move the news sent the stock into is dated by it. A verb of telling must come after the month: "In April, sales rose 3%" names
// the period the sales cover and keeps the publication day.
func (s *sentence) frontedMonth(t trigger, e timex.Expr, p events.Period, published time.Time) bool {
	if (t.typ != events.Earnings && t.typ != events.Guidance) || published.IsZero() ||
		!p.End.Before(time.Date(published.Year(), published.Month(), 1, 0, 0, 0, 0, time.UTC)) {
		return false
	}
	from, to := s.tokenIndex(e.ByteStart), s.tokenIndex(e.ByteEnd)
	if from > 2 || to > t.from {
		return false
	}
	// A clause already read as background ("Last month, Velcor cut its forecast") stays dropped.
	return allWithin(s.words, 0, from, frontingWords) && anyWithin(s.words, to, t.to, toldWithVerbs) && !s.background(t)
}
