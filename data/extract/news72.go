package extract

import (
	"strings"
	"time"

	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/timex"
)

// scheduleToldVerbs tell results in the present of a schedule: "reports its results in
// November", told before November, is a date on the calendar, as "reports Thursday" is.
var scheduleToldVerbs = wordSet(`reports posts releases announces issues publishes`)

// scheduleGapStops between the results and the month make the month another's: a clause break, or
// the period the results cover ("results for the quarter ended in November").
var scheduleGapStops = wordSet(`, ; for of ended ending`)

// scheduledInMonth says whether a month after the publication, closing the clause of results told
// with a present verb of telling before them, is the day the results are due: "Deere reports its
// results in November" told in October, "posts quarterly results next month". The month is the
// schedule's, not a fiscal period the results cover (that is "results for November" or "November
// sales"), so the event is a forecast dated by it rather than the publication day's news.
func (s *sentence) scheduledInMonth(t trigger, e timex.Expr, p events.Period, published time.Time) bool {
	if t.typ != events.Earnings || published.IsZero() || !p.Start.After(published) {
		return false
	}
	from := s.tokenIndex(e.ByteStart)
	w := s.words
	if from < t.to || from < 1 || !(w[from-1] == "in" || strings.HasPrefix(strings.ToLower(e.Text), "next ")) ||
		anyWithin(w, t.to, from, scheduleGapStops) {
		return false
	}
	for k := t.from; k >= 0 && k >= t.from-5; k-- {
		if scheduleToldVerbs[w[k]] {
			return true
		}
	}
	return false
}
