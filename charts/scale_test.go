package charts

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"testing"
	"time"
)

// growth is n trading days (weekdays) from start whose close grows by factor over the whole run.
func growth(start string, n int, from, factor float64) []Bar {
	var bars []Bar
	d := day(start)
	for len(bars) < n {
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			v := from * math.Pow(factor, float64(len(bars))/float64(n-1))
			bars = append(bars, Bar{Date: d, Open: v, High: v * 1.01, Low: v * 0.99, Close: v, Volume: 1e6})
		}
		d = d.AddDate(0, 0, 1)
	}
	return bars
}

func TestScaleChoice(t *testing.T) {
	for _, tc := range []struct {
		name    string
		factor  float64
		scale   string
		wantLog bool
		wantErr string
	}{
		{"narrow auto", 3, ScaleAuto, false, ""},
		{"wide auto", 400, ScaleAuto, true, ""},
		{"wide linear", 400, ScaleLinear, false, ""},
		{"narrow forced log", 3, ScaleLog, true, ""},
		{"unknown", 3, "cubic", false, `unknown scale "cubic"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bars := growth("2000-01-03", 300, 2, tc.factor)
			for _, chart := range []interface {
				Render(w *bytes.Buffer, format string, o Options) (*Layout, error)
			}{priceR{PriceChart{Ticker: "X", Bars: bars}}, compareR{ComparisonChart{Series: []Series{series("X", bars), series("Y", growth("2000-01-03", 300, 5, 1.5))}}}} {
				var buf bytes.Buffer
				lay, err := chart.Render(&buf, "png", Options{Scale: tc.scale})
				if tc.wantErr != "" {
					if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
						t.Fatalf("err %v, want %q", err, tc.wantErr)
					}
					continue
				}
				if err != nil {
					t.Fatal(err)
				}
				if lay.LogScale != tc.wantLog {
					t.Errorf("%T: log %v, want %v", chart, lay.LogScale, tc.wantLog)
				}
			}
		})
	}
	var buf bytes.Buffer
	_, err := PriceChart{Ticker: "Z", Bars: []Bar{{Date: day("2000-01-03"), Close: 0}, {Date: day("2000-01-04"), Close: 5}}}.Render(&buf, "png", Options{Scale: ScaleLog})
	if err == nil || !strings.Contains(err.Error(), "log scale needs values above 0") {
		t.Errorf("log of 0: %v", err)
	}
}

type priceR struct{ PriceChart }

func (p priceR) Render(w *bytes.Buffer, f string, o Options) (*Layout, error) {
	return p.PriceChart.Render(w, f, o)
}

type compareR struct{ ComparisonChart }

func (c compareR) Render(w *bytes.Buffer, f string, o Options) (*Layout, error) {
	return c.ComparisonChart.Render(w, f, o)
}

func series(name string, bars []Bar) Series {
	s := Series{Name: name}
	for _, b := range bars {
		s.Dates, s.Values = append(s.Dates, b.Date), append(s.Values, b.Close)
	}
	return s
}

// On a log scale equal ratios are equal distances: markers on closes of 1, 10 and 100 are evenly
// spaced, where a linear scale puts the first two almost together.
func TestLogScaleSpacesRatiosEvenly(t *testing.T) {
	bars := growth("2001-01-01", 201, 1, 100) // 1 at day 0, 10 at day 100, 100 at day 200
	evs := []Event{
		{Date: bars[0].Date, Granularity: "day", Type: "other", Ticker: "X", Headline: "at 1"},
		{Date: bars[100].Date, Granularity: "day", Type: "other", Ticker: "X", Headline: "at 10"},
		{Date: bars[200].Date, Granularity: "day", Type: "other", Ticker: "X", Headline: "at 100"},
	}
	for _, scale := range []string{ScaleAuto, ScaleLinear} {
		var buf bytes.Buffer
		lay, err := PriceChart{Ticker: "X", Bars: bars, Events: evs}.Render(&buf, "png", Options{Scale: scale})
		if err != nil {
			t.Fatal(err)
		}
		y := func(i int) float64 { return (lay.Marks[i].Marker.Y0 + lay.Marks[i].Marker.Y1) / 2 }
		low, high := y(1)-y(0), y(2)-y(1)
		if scale == ScaleAuto && math.Abs(low-high) > 1 {
			t.Errorf("log: 1 to 10 is %.1f pt, 10 to 100 is %.1f pt", low, high)
		}
		if scale == ScaleLinear && !(high > 5*low) {
			t.Errorf("linear: 1 to 10 is %.1f pt, 10 to 100 is %.1f pt", low, high)
		}
	}
}

func TestLogTicks(t *testing.T) {
	for _, tc := range []struct {
		min, max float64
		want     []string
	}{
		{0.06, 400, []string{"$0.1", "$1", "$10", "$100"}},
		{80, 60000, []string{"$100", "$1,000", "$10,000"}},
		{9, 120, []string{"$10", "$20", "$50", "$100"}},
	} {
		var labels []string
		for _, tk := range logPriceTicks("USD").Ticks(tc.min, tc.max) {
			if tk.Label != "" {
				labels = append(labels, tk.Label)
			}
			if tk.Value < tc.min || tk.Value > tc.max {
				t.Errorf("%g..%g: tick %g outside", tc.min, tc.max, tk.Value)
			}
		}
		for _, w := range tc.want {
			if !slices.Contains(labels, w) {
				t.Errorf("%g..%g: labels %q lack %q", tc.min, tc.max, labels, w)
			}
		}
		if len(labels) > 9 || len(labels) < 3 {
			t.Errorf("%g..%g: %d labels %q", tc.min, tc.max, len(labels), labels)
		}
	}
}

func TestIndexLevelsArePoints(t *testing.T) {
	for _, tk := range append(priceTicks(Points).Ticks(1380, 1560), logPriceTicks(Points).Ticks(300, 4000)...) {
		if strings.ContainsAny(tk.Label, "$€£¥") {
			t.Errorf("index tick %q has a currency", tk.Label)
		}
	}
	if l := priceTicks("USD").Ticks(10, 20)[0].Label; !strings.HasPrefix(l, "$") {
		t.Errorf("USD tick %q", l)
	}
}
