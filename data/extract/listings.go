package extract

import (
	"time"

	"github.com/eventline/eventline/data/directory"
)

// debutWithin is how long before its first day on the lists a new listing's name already means
// it: the news of an offering's terms, its pricing and its first trade come in the weeks before
// the lists show the symbol ("Klarna prices IPO at $40 a share", the evening before KLAR first
// traded), and the lists are snapshots, so a listing's first day seen may follow its first trade.
const debutWithin = 30 * 24 * time.Hour

// debutsSoon says whether e's listing, not yet listed on day, begins within debutWithin after it
// as a new symbol: no other listing holds the symbol on day, so the name can mean only the
// company about to list. A fund is no company listing.
func (c *Companies) debutsSoon(e *entry, day time.Time) bool {
	l := e.listing
	if l == nil || l.Fund || l.From.IsZero() || day.IsZero() || !day.Before(l.From.Time()) || l.From.Time().Sub(day) > debutWithin {
		return false
	}
	for _, id := range c.listed(e.Ticker) {
		if p := c.entries[id].listing; p != nil && p != l && p.Covers(day) != directory.Outside {
			return false
		}
	}
	return true
}
