package analytics

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/eventline/eventline/data/events"
)

// Study places the events it measures in its own statements; it must place them as Align does,
// including the events it cannot place within a week: days just before a series' first price
// (a t0 found, but no trading day before it), inside a gap of more than a week, after the last
// price, and on tickers without prices.
func TestStudyPlacesEventsAsAlign(t *testing.T) {
	db := messyDB(t)
	ctx := context.Background()
	var first, last time.Time
	if err := db.QueryRowContext(ctx, `SELECT min(date), max(date) FROM prices WHERE ticker = 'B'`).Scan(&first, &last); err != nil {
		t.Fatal(err)
	}
	add := func(day time.Time, session, typ string, tickers ...string) {
		p, err := events.ParsePeriod(day.Format("2006-01-02"))
		if err != nil {
			t.Fatal(err)
		}
		id, err := events.Insert(ctx, db, &events.Event{Period: p, Type: events.Type(typ), Status: "occurred",
			Headline: fmt.Sprintf("%s %v", day.Format("2006-01-02"), tickers), Tickers: tickers, Origin: events.Curated})
		if err != nil {
			t.Fatal(err)
		}
		if session != "" {
			if _, err := db.ExecContext(ctx, `UPDATE events SET session = ? WHERE event_id = ?`, session, id); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, d := range []int{-1, -2, -3, -6, -7, -10} {
		add(first.AddDate(0, 0, d), "", "earnings", "B") // before B's first price: within a week of it, or not
	}
	add(first.AddDate(0, 0, -1), events.AfterClose, "earnings", "B") // moved onto the first day
	add(last.AddDate(0, 0, 1), "", "earnings", "B")
	add(last.AddDate(0, 0, 9), "", "earnings", "B", "A")
	add(first.AddDate(0, 0, 3), "", "price_move", "B")
	add(first.AddDate(0, 0, 5), "", "earnings", "NOPRICES", "B")

	base := DefaultStudyOptions()
	base.Benchmark = "M"
	variants := map[string]func(*StudyOptions){
		"default":        func(*StudyOptions) {},
		"coarse":         func(o *StudyOptions) { o.IncludeCoarse = true },
		"price moves":    func(o *StudyOptions) { o.IncludePriceMoves = true },
		"B only, 1 each": func(o *StudyOptions) { o.Tickers, o.BatchTickers = []string{"B", "G"}, 1 },
	}
	for name, change := range variants {
		t.Run(name, func(t *testing.T) {
			opts := base
			change(&opts)
			gotAligned, wantAligned := compareWithReference(t, ctx, db, opts)
			if len(gotAligned) != len(wantAligned) {
				t.Fatalf("%d alignments, want %d", len(gotAligned), len(wantAligned))
			}
			for i := range wantAligned {
				g, w := gotAligned[i], wantAligned[i]
				if gs, ws := deref(g)+" excluded="+g.Excluded, deref(w)+" excluded="+w.Excluded; gs != ws {
					t.Errorf("\n got %s\nwant %s", gs, ws)
				}
			}
		})
	}
}
