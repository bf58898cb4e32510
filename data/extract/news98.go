package extract

import (
	"slices"
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

// saleGainDetail drops a gain a company expects to book on a sale from a story whose title tells
// the sale: "Velcor to sell barge unit" over "Velcor expects to record a gain of about $140
// million on the sale". The sale is the news and the gain a figure of it, no results forecast of
// its own; a title that names the gain ("TO HAVE GAIN ON UNIT SALE", "SELLS UNIT, SEES GAIN") or tells
// results keeps it, and so
// does a gain booked, told in the past. The sale the title tells is the gain's source even where
// the sentence names none ("will recognize a gain of $45 million in the third quarter").
func saleGainDetail(evs []Event) []Event {
	titleSale := slices.ContainsFunc(evs, func(e Event) bool {
		return e.fromTitle && e.Type == events.Acquisition
	})
	if !titleSale || slices.ContainsFunc(evs, func(e Event) bool {
		return e.fromTitle && (e.Type == events.Earnings || len(e.Mentions) > 0 && tellsGain(e.Mentions[0].Sentence))
	}) {
		return evs
	}
	return slices.DeleteFunc(evs, func(e Event) bool {
		return !e.fromTitle && e.Type == events.Earnings && e.Status == events.Predicted && len(e.Mentions) > 0 &&
			tellsGain(e.Mentions[0].Sentence)
	})
}

// pastPossessiveDeal says whether the noun trigger t follows a past period in the possessive:
// "the proceeds of last year's sale of its barge line", "cash from last month's sale of its
// printer unit". The happening is named as a time's, an earlier story's news recalled as the
// source of something else, neither the day's news nor a sale to come. A day's possessive
// ("Monday's sale") may be the week's news and is left; so is a period not yet over ("this year's
// planned sale"), and a sale told with its own clause ("the sale, which closed on Monday").
func (s *sentence) pastPossessiveDeal(t trigger, published time.Time) bool {
	if t.verbal || t.from < 3 || published.IsZero() || s.words[t.from-1] != "s" || s.words[t.from-2] != "'" && s.words[t.from-2] != "’" {
		return false
	}
	for _, e := range s.timexes {
		if s.tokenIndex(e.ByteEnd) != t.from-2 {
			continue
		}
		p, ok := usable(e)
		return ok && p.Granularity != events.Day && p.End.Before(published)
	}
	return false
}
