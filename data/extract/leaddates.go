package extract

import (
	"time"

	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/timex"
)

// Undated body sentences after a dated lead (issue 11 §2, news12). A wire story dates its news
// once, in the lead ("Nike on Tuesday reported quarterly profit above estimates"), and tells the
// rest of the same announcement without a date ("The company also raised its dividend by 5%").
// Such a sentence used to take the publication day, a day after the announcement. The tense
// decides which date is right:
//
//   - the simple past ("raised", "named", "announced") tells what happened at the time the story
//     is about, which the lead gave: the lead's day, where the lead's event is the same
//     company's and its day is within a week before publication;
//   - the present perfect ("has appointed") tells a result that holds at publication, with no
//     time of its own: the publication day;
//   - the future or a modal ("will buy back", "plans to") tells something not yet done, whose
//     date is not the lead's either: the publication day, as a forecast's is elsewhere.
//
// A body sentence with a date of its own keeps it, and a lead without a day (or with a day more
// than a week old, which is background) dates nothing else.

// leadDating is the lead's dated event an article's later sentences may take their day from.
type leadDating struct {
	ev  Event
	set bool
}

// see records the lead's first event dated by its own words to a day within a week before
// publication, and gives that day to the undated simple-past events of later sentences.
func (d *leadDating) see(evs []Event, lead bool, text string, published time.Time) {
	if lead {
		for _, e := range evs {
			if e.DateText != "" && e.Granularity == events.Day && e.Status == Occurred &&
				!e.Start.After(published) && published.Sub(e.Start) <= 7*24*time.Hour {
				d.ev, d.set = e, true
				return
			}
		}
		return
	}
	if !d.set {
		return
	}
	for i := range evs {
		e := &evs[i]
		// A stock's move is the lead's session's whoever's it is: "Nvidia shares fell 9.5% on
		// Tuesday ... Advanced Micro Devices lost 7.8%".
		session := e.Type == events.PriceMove && d.ev.Type == events.PriceMove
		if !e.pastTold || e.DateText != "" || e.Status != Occurred || !sameParty(d.ev, *e) && !session {
			continue
		}
		e.Period, e.DateText, e.ResolvedBy = d.ev.Period, d.ev.DateText, d.ev.ResolvedBy
		e.Timing = events.EventTiming(e.Period, text, published)
	}
}

// toldInPast says whether the trigger's clause tells it in the simple past: past tense, no modal,
// and no "has" or "have" just before the trigger (the present perfect).
func (s *sentence) toldInPast(t trigger) bool {
	r := s.reading(t)
	if r.Tense != timex.TensePast || r.Modal != "" {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-2; k-- {
		if w := s.words[k]; w == "has" || w == "have" {
			return false
		}
	}
	return true
}
