package charts

import (
	"bytes"
	"fmt"
	"testing"

	"gonum.org/v1/plot/vg"
)

// manyEvents are n day events on the weekdays of bars, spread over the series' tickers.
func manyEvents(bars []Bar, tickers []string, n int) []Event {
	var evs []Event
	for i := 0; i < n; i++ {
		b := bars[(i*7+3)%len(bars)]
		evs = append(evs, Event{Date: b.Date, Granularity: "day", Type: EventTypes()[i%len(EventTypes())], Status: "occurred",
			Ticker: tickers[i%len(tickers)], Headline: fmt.Sprintf("Event number %d with a headline of some length", i+1)})
	}
	return evs
}

// The comparison chart's plot keeps 60% of the image height, however long its event table.
func TestPlotKeepsItsShare(t *testing.T) {
	a := growth("2007-08-15", 230, 30, 2)
	b := growth("2007-08-15", 230, 50, 0.8)
	cc := ComparisonChart{Series: []Series{series("VMW", a), series("CTXS", b)}}
	for _, n := range []int{0, 3, 12, 30, 60} {
		for _, height := range []vg.Length{0, 4.5 * vg.Inch, 8 * vg.Inch} {
			cc.Events = manyEvents(a, []string{"VMW", "CTXS"}, n)
			var buf bytes.Buffer
			lay, err := cc.Render(&buf, "png", Options{Title: "Relative performance", SourceLine: "prices: test", Height: height})
			if err != nil {
				t.Fatal(err)
			}
			share := (lay.Plot.Y1 - lay.Plot.Y0) / lay.Height
			if share < plotShare {
				t.Errorf("%d events, height %v: plot %.0f of %.0f pt (%.0f%%)", n, height, lay.Plot.Y1-lay.Plot.Y0, lay.Height, share*100)
			}
			if height == 0 && lay.Listed != min(n, 2*maxLegendRows) {
				t.Errorf("%d events, own height: %d listed", n, lay.Listed)
			}
			if height > 0 && n > 0 && float64(lay.Height) != height.Points() {
				t.Errorf("height %v: image %.0f pt", height, lay.Height)
			}
			keep(t, fmt.Sprintf("share-%d-%.0f.png", n, height.Points()), buf.Bytes())
		}
	}
}
