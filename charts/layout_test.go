package charts

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

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

// Markers of several tickers on one day sit on their own ticker's line: where each is drawn
// alone. Two events of one ticker on one day stack instead.
func TestSameDayMarkersStayOnTheirLines(t *testing.T) {
	a := growth("2007-08-15", 120, 30, 2)
	b := growth("2007-08-15", 120, 50, 0.8)
	d := a[60].Date
	ev := func(tk, h string) Event {
		return Event{Date: d, Granularity: "day", Type: "product", Status: "occurred", Ticker: tk, Headline: h}
	}
	cc := ComparisonChart{Series: []Series{series("VMW", a), series("CTXS", b)}}
	center := func(evs ...Event) []float64 {
		cc.Events = evs
		var buf bytes.Buffer
		lay, err := cc.Render(&buf, "png", Options{Height: 6 * vg.Inch})
		if err != nil {
			t.Fatal(err)
		}
		var ys []float64
		for _, m := range lay.Marks {
			// As a share of the plot's height: the table under it differs with the events.
			ys = append(ys, ((m.Marker.Y0+m.Marker.Y1)/2-lay.Plot.Y0)/(lay.Plot.Y1-lay.Plot.Y0))
		}
		return ys
	}
	alone := []float64{center(ev("CTXS", "c"))[0], center(ev("VMW", "v"))[0]}
	both := center(ev("CTXS", "c"), ev("VMW", "v"))
	for i := range alone {
		if diff := both[i] - alone[i]; diff > 0.001 || diff < -0.001 {
			t.Errorf("marker %d at y %.1f, its line at %.1f", i+1, both[i], alone[i])
		}
	}
	same := center(ev("VMW", "v1"), ev("VMW", "v2"))
	if !(same[1] > same[0]+0.01) {
		t.Errorf("two events of one ticker and day: %.1f and %.1f", same[0], same[1])
	}
}

// Where two lines meet (every series is 100 on the base day), same-day markers stack rather
// than hide each other; an event before its line begins sits at the line's left edge.
func TestMarkersWhereLinesMeetAndBeforeTheFirstValue(t *testing.T) {
	a := growth("2007-08-15", 120, 30, 2)
	b := growth("2007-08-15", 120, 50, 0.8)
	cc := ComparisonChart{Series: []Series{series("VMW", a), series("CTXS", b)}, Events: []Event{
		{Date: day("2007-08-14"), Granularity: "day", Type: "ipo", Status: "occurred", Ticker: "VMW", Headline: "IPO the day before the first quote"},
		{Date: day("2007-08-15"), Granularity: "day", Type: "acquisition", Status: "occurred", Ticker: "CTXS", Headline: "on the base day"},
		{Date: day("2006-01-10"), Granularity: "day", Type: "other", Status: "occurred", Ticker: "VMW", Headline: "long before"},
	}}
	var buf bytes.Buffer
	lay, err := cc.Render(&buf, "png", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(lay.Marks) != 2 {
		t.Fatalf("%d marks, want the IPO and the base day's (not an event over a year before)", len(lay.Marks))
	}
	ipo, base := lay.Marks[0], lay.Marks[1]
	if !ipo.Early || base.Early {
		t.Errorf("early: %v %v", ipo.Early, base.Early)
	}
	if ipo.Marker.Overlaps(base.Marker) {
		t.Errorf("markers hide each other: %+v %+v", ipo.Marker, base.Marker)
	}
	if ipo.Marker.X0 > base.Marker.X1 || ipo.Marker.X1 < base.Marker.X0 {
		t.Errorf("the IPO is not at the line's first day: %+v vs %+v", ipo.Marker, base.Marker)
	}
	if ipo.Event.When() != "2007-08-14" {
		t.Errorf("IPO dated %q", ipo.Event.When())
	}
}

// The CAR chart's key goes to a corner free of the mean and its band, and lists only what is drawn.
func TestCARKeyAvoidsTheData(t *testing.T) {
	var days []int
	for d := -10; d <= 10; d++ {
		days = append(days, d)
	}
	// High on the left, low on the right: the top left and the bottom right corners are taken.
	cc := CARChart{Days: days, Label: "mean CAR, 3 events"}
	for _, d := range days {
		m := -0.01 * float64(d)
		cc.Mean = append(cc.Mean, m)
		cc.Lower = append(cc.Lower, m-0.01)
		cc.Upper = append(cc.Upper, m+0.01)
	}
	for k := -1; k <= 1; k++ {
		var p []float64
		for i := range days {
			p = append(p, cc.Mean[i]+0.005*float64(k))
		}
		cc.Paths = append(cc.Paths, p)
	}
	var buf bytes.Buffer
	lay, err := cc.Render(&buf, "png", Options{})
	if err != nil {
		t.Fatal(err)
	}
	keep(t, "car-key.png", buf.Bytes())
	right := (lay.Key.X0+lay.Key.X1)/2 > (lay.Plot.X0+lay.Plot.X1)/2
	top := (lay.Key.Y0+lay.Key.Y1)/2 > (lay.Plot.Y0+lay.Plot.Y1)/2
	if right != top {
		t.Errorf("key at %+v in plot %+v: over the data", lay.Key, lay.Plot)
	}
	if len(lay.Keys) != 3 {
		t.Errorf("keys %q", lay.Keys)
	}

	// One event: no band (its bounds are unknown), so the key does not list one.
	one := CARChart{Days: days, Mean: cc.Paths[0], Paths: cc.Paths[:1]}
	for range days {
		one.Lower, one.Upper = append(one.Lower, math.NaN()), append(one.Upper, math.NaN())
	}
	lay, err = one.Render(&buf, "png", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range lay.Keys {
		if strings.Contains(k, "confidence") {
			t.Errorf("keys %q list a band that is not drawn", lay.Keys)
		}
	}
}

// The volume panel's two colors have a key, inside the image and below the price panel.
func TestVolumeKey(t *testing.T) {
	pc := PriceChart{Ticker: "X", Bars: growth("2007-01-01", 200, 10, 1.5), Volume: true}
	var buf bytes.Buffer
	lay, err := pc.Render(&buf, "png", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(lay.Keys) != 2 || lay.Key.Empty() || lay.Key.Y1 > lay.Plot.Y0 || lay.Key.X0 < lay.Plot.X0 {
		t.Errorf("volume key %q at %+v, price plot %+v", lay.Keys, lay.Key, lay.Plot)
	}
	pc.Volume = false
	if lay, _ = pc.Render(&buf, "png", Options{}); len(lay.Keys) != 0 {
		t.Errorf("a key without a volume panel: %q", lay.Keys)
	}
}

func TestTradingDayAxisLeavesNoGaps(t *testing.T) {
	bars := growth("2007-01-01", 60, 10, 1.2) // weekdays from Monday 1 January
	// A Friday, the Monday after it and the Tuesday: a weekend apart, then one day.
	fri, mon, tue := day("2007-01-12"), day("2007-01-15"), day("2007-01-16")
	evs := []Event{{Date: fri, Type: "product", Granularity: "day"}, {Date: mon, Type: "product", Granularity: "day"},
		{Date: tue, Type: "product", Granularity: "day"}}
	gaps := func(trading bool) (weekend, weekday float64) {
		t.Helper()
		pc := PriceChart{Ticker: "X", Bars: bars, Events: evs, Candles: true, TradingDays: trading}
		lay, err := pc.Render(&bytes.Buffer{}, "png", Options{})
		if err != nil {
			t.Fatal(err)
		}
		x := map[time.Time]float64{}
		for _, m := range lay.Marks {
			x[m.Event.Date] = (m.Marker.X0 + m.Marker.X1) / 2
		}
		return x[mon] - x[fri], x[tue] - x[mon]
	}
	if we, wd := gaps(true); math.Abs(we-wd) > 0.01 || wd <= 0 {
		t.Errorf("trading days: Friday to Monday %.2f pt, Monday to Tuesday %.2f pt; want equal", we, wd)
	}
	if we, wd := gaps(false); math.Abs(we-3*wd) > 0.01 || wd <= 0 {
		t.Errorf("calendar days: Friday to Monday %.2f pt, Monday to Tuesday %.2f pt; want three to one", we, wd)
	}
}

func TestTimeAxisRoundTrips(t *testing.T) {
	days := []time.Time{day("2007-01-05"), day("2007-01-08"), day("2007-01-09"), day("2007-01-11")}
	ax := timeAxis{trading: days}
	for _, tc := range []struct {
		date string
		x    float64
	}{
		{"2007-01-05", 0}, {"2007-01-08", 1}, {"2007-01-11", 3},
		{"2007-01-10", 2.5}, // a holiday between two trading days
		{"2007-01-18", 8},   // a week past the last: five trading days on
		{"2006-12-29", -5},  // a week before the first
	} {
		if got := ax.x(day(tc.date)); math.Abs(got-tc.x) > 1e-9 {
			t.Errorf("x(%s) = %g, want %g", tc.date, got, tc.x)
		}
		if got := ax.date(tc.x); !got.Equal(day(tc.date)) {
			t.Errorf("date(%g) = %s, want %s", tc.x, got.Format("2006-01-02"), tc.date)
		}
	}
}
