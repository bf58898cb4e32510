package charts

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"fmt"
	"image/png"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/plot/vg"
)

func day(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }

// exampleBars reads a ticker of the embedded example dataset.
func exampleBars(t *testing.T, ticker string) []Bar {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "data", "example", "prices", ticker+".csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	num := func(s string) float64 {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return math.NaN()
		}
		return v
	}
	var bars []Bar
	for _, r := range rows[1:] {
		bars = append(bars, Bar{Date: day(r[0]), Open: num(r[1]), High: num(r[2]), Low: num(r[3]), Close: num(r[4]), Volume: num(r[6])})
	}
	return bars
}

var vmwEvents = []Event{
	{Date: day("2007-08-15"), Granularity: "day", Type: "ipo", Status: "occurred", Ticker: "VMW", Headline: "VMware's first full day of trading after its IPO at $29", Source: "Reuters"},
	{Date: day("2007-08-15"), Granularity: "day", Type: "acquisition", Status: "occurred", Ticker: "CTXS", Headline: "Citrix to acquire XenSource for $500 million", Source: "Citrix press release"},
	{Date: day("2007-08-21"), Granularity: "day", Type: "price_move", Status: "occurred", Ticker: "VMW", Headline: "VMW breaks $66 <intraday>", Source: "MarketWatch"},
	{Start: day("2007-10-01"), End: day("2007-12-31"), Granularity: "quarter", Type: "product", Status: "occurred", Ticker: "VMW", Headline: "VMware ships ESX 3.5 and VirtualCenter 2.5"},
	{Date: day("2008-01-29"), Granularity: "day", Type: "earnings", Status: "occurred", Ticker: "VMW", Headline: "VMware warns 2008 revenue growth will slow; shares fall 25%", Source: "Bloomberg"},
	{Date: day("2008-07-08"), Granularity: "day", Type: "executive", Status: "occurred", Ticker: "VMW", Headline: "EMC replaces VMware CEO Diane Greene with Paul Maritz", Source: "NYT"},
	{Date: day("2008-07-01"), Granularity: "day", Type: "forecast", Status: "forecast", Ticker: "VMW", Headline: "Analysts expect Q2 revenue of $470 million"},
}

func between(bars []Bar, from, to string) []Bar {
	var out []Bar
	for _, b := range bars {
		if !b.Date.Before(day(from)) && !b.Date.After(day(to)) {
			out = append(out, b)
		}
	}
	return out
}

// keep writes the chart where CHARTS_OUT says, so that a person can look at it.
func keep(t *testing.T, name string, b []byte) {
	if dir := os.Getenv("CHARTS_OUT"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func checkLayout(t *testing.T, lay *Layout, want int) {
	t.Helper()
	if len(lay.Marks) != want {
		t.Fatalf("%d marks, want %d", len(lay.Marks), want)
	}
	for i, a := range lay.Marks {
		if a.Label.Empty() {
			continue
		}
		if a.Label.X0 < 0 || a.Label.Y0 < 0 || a.Label.X1 > lay.Width || a.Label.Y1 > lay.Height {
			t.Errorf("label %d outside the image: %+v", a.Num, a.Label)
		}
		for _, b := range lay.Marks[i+1:] {
			if !b.Label.Empty() && a.Label.Overlaps(b.Label) {
				t.Errorf("labels %d and %d overlap: %+v %+v", a.Num, b.Num, a.Label, b.Label)
			}
			if !b.Event.isSpan() && a.Label.Overlaps(b.Marker) {
				t.Errorf("label %d hides marker %d", a.Num, b.Num)
			}
		}
	}
}

func TestPriceChartFormats(t *testing.T) {
	bars := between(exampleBars(t, "VMW"), "2007-08-01", "2008-07-14")
	for _, tc := range []struct {
		name   string
		chart  PriceChart
		format string
		opts   Options
	}{
		{"line.png", PriceChart{Ticker: "VMW", Bars: bars, Events: vmwEvents}, "png", Options{Title: "VMware (VMW), first year after the IPO", SourceLine: "prices: Yahoo Finance daily; events: curated"}},
		{"candles-volume.png", PriceChart{Ticker: "VMW", Bars: bars, Events: vmwEvents, Candles: true, Volume: true}, "png", Options{Title: "VMW candles", Theme: "dark", DPI: 120}},
		{"line-volume-dark.png", PriceChart{Ticker: "VMW", Bars: bars, Events: vmwEvents, Volume: true}, "png", Options{Title: "VMW", Theme: "dark"}},
		{"line.svg", PriceChart{Ticker: "VMW", Bars: bars, Events: vmwEvents, Volume: true}, "svg", Options{Title: "VMW"}},
		{"line.pdf", PriceChart{Ticker: "VMW", Bars: bars, Events: vmwEvents}, "pdf", Options{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			lay, err := tc.chart.Render(&buf, tc.format, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			keep(t, tc.name, buf.Bytes())
			checkLayout(t, lay, len(vmwEvents))
			for _, m := range lay.Marks {
				if m.Label.Empty() {
					t.Errorf("event %d has no label", m.Num)
				}
			}
			switch tc.format {
			case "png":
				img, err := png.Decode(&buf)
				if err != nil {
					t.Fatal(err)
				}
				dpi := tc.opts.DPI
				if dpi == 0 {
					dpi = 96
				}
				wantW := int(math.Round(lay.Width / 72 * float64(dpi)))
				wantH := int(math.Round(lay.Height / 72 * float64(dpi)))
				if b := img.Bounds(); b.Dx() != wantW || b.Dy() != wantH {
					t.Errorf("png %dx%d, want %dx%d", b.Dx(), b.Dy(), wantW, wantH)
				}
			case "svg":
				s := buf.String()
				for _, want := range []string{`class="marker"`, `class="label"`, "<title>"} {
					if n := strings.Count(s, want); n != len(vmwEvents) {
						t.Errorf("%d %s, want %d", n, want, len(vmwEvents))
					}
				}
				if !strings.Contains(s, "<title>#3 2007-08-21 VMW: VMW breaks $66 &lt;intraday&gt; (MarketWatch)</title>") {
					t.Errorf("hover text missing or unescaped")
				}
				// Well-formed XML, or browsers show an error instead of the chart.
				dec := xml.NewDecoder(strings.NewReader(s))
				for {
					if _, err := dec.Token(); err == io.EOF {
						break
					} else if err != nil {
						t.Fatalf("svg: %v", err)
					}
				}
			case "pdf":
				if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF")) {
					t.Errorf("not a PDF")
				}
			}
		})
	}
}

func TestPriceChartSizeAndErrors(t *testing.T) {
	bars := exampleBars(t, "VMW")
	var buf bytes.Buffer
	lay, err := PriceChart{Ticker: "VMW", Bars: bars}.Render(&buf, "png", Options{Width: 8 * vg.Inch, Height: 5 * vg.Inch, DPI: 50})
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&buf)
	if err != nil || img.Bounds().Dx() != 400 || img.Bounds().Dy() != 250 || lay.Width != 576 {
		t.Fatalf("size: %v %v", img.Bounds(), err)
	}
	for _, tc := range []struct {
		chart  PriceChart
		format string
		opts   Options
		want   string
	}{
		{PriceChart{Ticker: "VMW"}, "png", Options{}, "no prices for VMW"},
		{PriceChart{Ticker: "VMW", Bars: bars}, "gif", Options{}, `unknown format "gif"`},
		{PriceChart{Ticker: "VMW", Bars: bars}, "png", Options{Theme: "pink"}, `unknown theme "pink"`},
		{PriceChart{Ticker: "VMW", Bars: bars}, "png", Options{Width: 10}, "image size"},
		{PriceChart{Ticker: "VMW", Bars: bars}, "png", Options{Width: 100 * vg.Inch, Height: 100 * vg.Inch, DPI: 1200}, "megapixels"},
	} {
		buf.Reset()
		_, err := tc.chart.Render(&buf, tc.format, tc.opts)
		if err == nil || !strings.Contains(err.Error(), tc.want) || buf.Len() != 0 {
			t.Errorf("%s: got %v (%d bytes), want %q", tc.want, err, buf.Len(), tc.want)
		}
	}
	if _, err := (PriceChart{Ticker: "VMW"}).Render(&buf, "png", Options{}); !errors.Is(err, ErrEmpty) {
		t.Errorf("not ErrEmpty: %v", err)
	}
}

// syntheticChart is the benchmark's case: 5,000 trading days and 200 events.
func syntheticChart(n, events int) PriceChart {
	rng := rand.New(rand.NewPCG(7, 11))
	pc := PriceChart{Ticker: "SYN"}
	d := day("2000-01-03")
	p := 50.0
	for len(pc.Bars) < n {
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			p *= math.Exp(rng.NormFloat64() * 0.02)
			pc.Bars = append(pc.Bars, Bar{Date: d, Open: p, High: p * 1.01, Low: p * 0.99, Close: p, Volume: 1e6 * (1 + rng.Float64())})
		}
		d = d.AddDate(0, 0, 1)
	}
	for i := 0; i < events; i++ {
		b := pc.Bars[rng.IntN(n)]
		pc.Events = append(pc.Events, Event{Date: b.Date, Granularity: "day", Type: typeOrder[i%len(typeOrder)], Ticker: "SYN", Headline: fmt.Sprintf("event %d", i)})
	}
	return pc
}

func TestManyEventsStayReadable(t *testing.T) {
	pc := syntheticChart(5000, 200)
	for _, format := range []string{"png", "svg"} {
		var buf bytes.Buffer
		start := time.Now()
		lay, err := pc.Render(&buf, format, Options{Title: "5,000 days, 200 events"})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %v, %d bytes", format, time.Since(start), buf.Len())
		keep(t, "many."+format, buf.Bytes())
		checkLayout(t, lay, 200)
		placed := 0
		for _, m := range lay.Marks {
			if !m.Label.Empty() {
				placed++
			}
		}
		if placed < 150 || lay.Listed != 50 {
			t.Errorf("%d of 200 labels placed, %d listed", placed, lay.Listed)
		}
		if format == "svg" && strings.Count(buf.String(), "<title>") != 200 {
			t.Errorf("svg titles: %d", strings.Count(buf.String(), "<title>"))
		}
	}
}

func TestComparisonAndCAR(t *testing.T) {
	var series []Series
	for _, tk := range []string{"VMW", "CTXS", "GSPC"} {
		s := Series{Name: tk}
		for _, b := range between(exampleBars(t, tk), "2007-08-15", "2008-07-14") {
			s.Dates = append(s.Dates, b.Date)
			s.Values = append(s.Values, b.Close)
		}
		series = append(series, s)
	}
	var buf bytes.Buffer
	lay, err := ComparisonChart{Series: series, Base: day("2007-08-15"), Events: vmwEvents}.Render(&buf, "png", Options{Title: "VMW, CTXS and the S&P 500, rebased"})
	if err != nil {
		t.Fatal(err)
	}
	keep(t, "compare.png", buf.Bytes())
	checkLayout(t, lay, len(vmwEvents))

	days := []int{-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5}
	cc := CARChart{Days: days, Label: "mean CAR, 3 events"}
	for i := range days {
		m := 0.0
		if days[i] >= 0 {
			m = -0.02 * float64(days[i]+1)
		}
		cc.Mean = append(cc.Mean, m)
		cc.Lower = append(cc.Lower, m-0.03)
		cc.Upper = append(cc.Upper, m+0.03)
	}
	for k := 0; k < 3; k++ {
		var p []float64
		for i := range days {
			p = append(p, cc.Mean[i]+0.01*float64(k-1)*float64(i))
		}
		cc.Paths = append(cc.Paths, p)
	}
	buf.Reset()
	if _, err := cc.Render(&buf, "png", Options{Title: "Event study", Theme: "dark"}); err != nil {
		t.Fatal(err)
	}
	keep(t, "car.png", buf.Bytes())
	if _, err := (CARChart{}).Render(&buf, "svg", Options{}); !errors.Is(err, ErrEmpty) {
		t.Errorf("empty CAR: %v", err)
	}
}

func TestTimeTicks(t *testing.T) {
	for _, tc := range []struct {
		from, to string
		first    string
	}{
		{"2007-08-15", "2007-08-24", "Aug 15\n2007"},
		{"2007-08-01", "2008-07-14", "Aug\n2007"},
		{"2000-01-03", "2019-02-28", "2002"},
	} {
		ticks := TimeTicker{}.Ticks(dayNum(day(tc.from)), dayNum(day(tc.to)))
		var labels []string
		for _, tk := range ticks {
			if tk.Label != "" {
				labels = append(labels, tk.Label)
			}
		}
		if len(labels) < 3 || len(labels) > 13 || labels[0] != tc.first {
			t.Errorf("%s..%s: %q", tc.from, tc.to, labels)
		}
	}
}

func TestNoOverlapsUnderCrowding(t *testing.T) {
	// All events on a handful of days: labels stack or give up, never overlap.
	pc := syntheticChart(300, 60)
	for i := range pc.Events {
		pc.Events[i].Date = pc.Bars[100+i%3].Date
	}
	lay, err := pc.Render(&bytes.Buffer{}, "svg", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkLayout(t, lay, 60)
}

// The report draws its charts concurrently.
func TestConcurrentRenders(t *testing.T) {
	pc := syntheticChart(300, 20)
	done := make(chan error)
	for _, f := range []string{"png", "svg", "pdf", "png"} {
		go func() {
			_, err := pc.Render(&bytes.Buffer{}, f, Options{})
			done <- err
		}()
	}
	for range 4 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
