package main

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventline/eventline/charts"
)

// chartDB loads the example prices and a few curated events: day events, a quarter, a forecast.
func chartDB(t *testing.T) (db, dir string) {
	t.Helper()
	dir = t.TempDir()
	db = filepath.Join(dir, "e.duckdb")
	if r := run(t, db, "", "ingest", "prices", "../../data/example/prices"); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	ev := fixture(t, dir, "ev.csv", `date,ticker,type,title,status,source_url
2007-08-14,VMW,ipo,VMware prices its IPO at $29,occurred,https://www.reuters.com/a
2007-08-15,CTXS,acquisition,Citrix to acquire XenSource,occurred,
2007-08-21,VMW,price_move,VMW closes above $66 <first time>,occurred,https://www.marketwatch.com/b
2007-Q4,VMW,product,VMware ships ESX 3.5,occurred,
2008-01-29,VMW,earnings,VMware says 2008 growth will slow,occurred,
2008-07-08,VMW,executive,EMC replaces VMware's CEO,occurred,
2008-07-01,VMW,forecast,Q2 revenue of $470M expected,forecast,
`)
	if r := run(t, db, "", "ingest", "events", ev); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	return db, dir
}

// renderChart runs the command in-process and returns its options (with the Layout) and result.
func renderChart(t *testing.T, db string, args ...string) (*chartOptions, result) {
	t.Helper()
	ios, _, out, errOut := TestIO()
	f := &factory{IO: ios, dbFlag: db}
	got := &chartOptions{}
	cmd := newCmdChart(f, got)
	cmd.SetArgs(args)
	cmd.SetOut(out)
	cmd.SetErr(errOut)
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	err := cmd.Execute()
	code := 0
	if err != nil {
		printError(ios, err)
		code = exitCode(err)
	}
	return got, result{out.String(), errOut.String(), code}
}

func TestChartPNGSizeAndLabels(t *testing.T) {
	db, dir := chartDB(t)
	out := filepath.Join(dir, "vmw.png")
	opts, r := renderChart(t, db, "--ticker", "VMW", "--from", "2007-08-01", "--to", "2008-07-31", "--out", out,
		"--width", "8in", "--height", "600px", "--dpi", "50")
	if r.code != 0 || !strings.Contains(r.err, "wrote "+out+" (6 events)") {
		t.Fatalf("%+v", r)
	}
	// The IPO day is missing from Yahoo's series: drawn at the left edge with its own date,
	// never moved to another day (TestChartEventBeforeTheFirstPrice).
	if strings.Contains(r.err, "not on the chart") {
		t.Errorf("stderr: %s", r.err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	// 8in x 600px (6.25in) at 50 dpi.
	if b := img.Bounds(); b.Dx() != 400 || b.Dy() != 313 {
		t.Errorf("png is %dx%d, want 400x313", b.Dx(), b.Dy())
	}
	assertNoOverlaps(t, opts.Layout, 6)
}

func assertNoOverlaps(t *testing.T, lay *charts.Layout, want int) {
	t.Helper()
	if lay == nil || len(lay.Marks) != want {
		t.Fatalf("layout %+v, want %d marks", lay, want)
	}
	for i, a := range lay.Marks {
		if a.Label.Empty() {
			t.Errorf("event %d has no label", a.Num)
		}
		for _, b := range lay.Marks[i+1:] {
			if a.Label.Overlaps(b.Label) {
				t.Errorf("labels %d and %d overlap", a.Num, b.Num)
			}
		}
	}
}

func TestChartSVGHasOneMarkerLabelAndTitlePerEvent(t *testing.T) {
	db, dir := chartDB(t)
	out := filepath.Join(dir, "vmw.svg")
	opts, r := renderChart(t, db, "--ticker", "vmw", "--out", out, "--volume")
	if r.code != 0 {
		t.Fatalf("%+v", r)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	n := len(opts.Layout.Marks)
	if n != 6 { // the forecast of 2008-07-01 is inside the prices; the IPO day at the left edge
		t.Fatalf("%d marks", n)
	}
	for _, want := range []string{`class="marker"`, `class="label"`, "<title>"} {
		if got := strings.Count(s, want); got != n {
			t.Errorf("%d %s, want %d", got, want, n)
		}
	}
	if !strings.Contains(s, "<title>#2 2007-08-21 VMW: VMW closes above $66 &lt;first time&gt; (marketwatch.com)</title>") {
		t.Errorf("hover text missing or unescaped")
	}
	assertNoOverlaps(t, opts.Layout, n)
}

func TestChartKindsAndThemes(t *testing.T) {
	db, dir := chartDB(t)
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"dark.png", []string{"--ticker", "VMW", "--theme", "dark"}, "(6 events)"},
		{"candles.png", []string{"--ticker", "VMW", "--style", "candle", "--volume"}, "(6 events)"},
		{"candles.pdf", []string{"--ticker", "VMW", "--style", "candle"}, "(6 events)"},
		{"compare.svg", []string{"--kind", "compare", "--ticker", "VMW,CTXS", "--benchmark", "GSPC"}, "(3 series, 7 events)"},
		{"study.png", []string{"--kind", "study", "--days", "3"}, "(mean CAR over 3 events)"}, // the price_move is left out
		{"stdout", []string{"--ticker", "VMW", "--out", "-", "--format", "svg"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(dir, tc.name)
			args := append([]string{"--out", out}, tc.args...)
			r := run(t, db, "", append([]string{"chart"}, args...)...)
			if r.code != 0 || !strings.Contains(r.err, tc.want) {
				t.Fatalf("%+v", r)
			}
			if tc.name == "stdout" {
				if !strings.HasPrefix(r.out, "<?xml") {
					t.Errorf("stdout: %.40q", r.out)
				}
				return
			}
			b, err := os.ReadFile(out)
			if err != nil || len(b) < 1000 {
				t.Fatalf("%s: %d bytes, %v", out, len(b), err)
			}
			if strings.HasSuffix(out, ".png") {
				if _, err := png.Decode(bytes.NewReader(b)); err != nil {
					t.Error(err)
				}
			}
		})
	}
}

func TestChartBadInput(t *testing.T) {
	db, dir := chartDB(t)
	out := filepath.Join(dir, "x.png")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--ticker", "VMW", "--from", "2009-01-01", "--to", "2009-12-31"}, "no prices for VMW between 2009-01-01 and 2009-12-31 (its prices run 2007-08-15 to 2008-07-14)"},
		{[]string{"--ticker", "NOPE"}, "no prices for NOPE: load them"},
		{[]string{"--ticker", "VMW", "--out", filepath.Join(dir, "x.gif")}, "name a .png, .svg or .pdf file"},
		{[]string{"--ticker", "VMW", "--format", "bmp"}, `--format "bmp"`},
		{[]string{"--ticker", "VMW", "--theme", "pink"}, `--theme "pink"`},
		{[]string{"--ticker", "VMW", "--style", "bars"}, `--style "bars"`},
		{[]string{"--ticker", "VMW", "--width", "wide"}, `--width "wide"`},
		{[]string{"--ticker", "VMW,CTXS"}, "needs one --ticker"},
		{[]string{"--kind", "compare", "--ticker", "VMW"}, "two tickers or more"},
		{[]string{"--kind", "study", "--benchmark", "NOPE"}, "benchmark NOPE has no prices"},
		{[]string{"--kind", "pie"}, `--kind "pie"`},
		{[]string{"--ticker", "VMW", "--log", "--linear"}, "choose one"},
		{[]string{"--kind", "study", "--log"}, "apply to price and compare charts"},
		{[]string{"--kind", "study", "--type", "legal"}, "no events with 10 trading days on each side"},
	} {
		args := append([]string{"chart", "--out", out}, tc.args...)
		r := run(t, db, "", args...)
		if r.code != 2 || !strings.Contains(r.err, tc.want) {
			t.Errorf("%v: %+v", tc.args, r)
		}
		if _, err := os.Stat(out); err == nil {
			t.Fatalf("%v left %s behind", tc.args, out)
		}
	}
	if r := run(t, db, "", "chart", "--ticker", "VMW"); r.code != 2 || !strings.Contains(r.err, "needs --out") {
		t.Errorf("no --out: %+v", r)
	}
}

func TestParseLength(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64 // points
	}{{"", 0}, {"10", 720}, {"10in", 720}, {"960px", 720}, {"720pt", 720}, {"2.54cm", 72}} {
		got, err := parseLength("--width", tc.in)
		if err != nil || float64(got) < tc.want-0.01 || float64(got) > tc.want+0.01 {
			t.Errorf("%q: %v %v", tc.in, got, err)
		}
	}
	for _, bad := range []string{"0.5in", "x", "500in", "-3"} {
		if _, err := parseLength("--width", bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestChartRangeKeepsOverlappingSpansAndLaterForecasts(t *testing.T) {
	db, dir := chartDB(t)
	opts, r := renderChart(t, db, "--ticker", "VMW", "--from", "2007-11-01", "--to", "2008-06-30", "--out", filepath.Join(dir, "r.svg"))
	if r.code != 0 {
		t.Fatalf("%+v", r)
	}
	// 2007-Q4 began before --from and the forecast is about a day after --to: both show; the
	// day events outside the range do not.
	var got []string
	for _, m := range opts.Layout.Marks {
		got = append(got, m.Event.When())
	}
	if want := "2007-Q4,2008-01-29,2008-07-01 (expected)"; strings.Join(got, ",") != want {
		t.Errorf("events %q, want %s", got, want)
	}
}

func TestChartScaleFlags(t *testing.T) {
	db, dir := chartDB(t)
	out := filepath.Join(dir, "vmw.png")
	for _, tc := range []struct {
		flags []string
		log   bool
	}{
		{nil, false}, // VMW's first year spans less than 10x
		{[]string{"--log"}, true},
		{[]string{"--log=false"}, false},
		{[]string{"--linear"}, false},
	} {
		opts, r := renderChart(t, db, append([]string{"--ticker", "VMW", "--out", out}, tc.flags...)...)
		if r.code != 0 {
			t.Fatalf("%v: %+v", tc.flags, r)
		}
		if opts.Layout.LogScale != tc.log {
			t.Errorf("%v: log scale %v, want %v", tc.flags, opts.Layout.LogScale, tc.log)
		}
	}
}

// A forecast of a month or a quarter is drawn as that period, named as such, never as a day.
func TestChartForecastPeriods(t *testing.T) {
	db, dir := chartDB(t)
	ev := fixture(t, dir, "forecasts.csv", `date,ticker,type,title,status,source_url
2007-11,VMW,product,VMware expects to ship ESX 3.5 in November,forecast,
2008-Q3,VMW,earnings,VMware expects third-quarter revenue of $480M,forecast,
`)
	if r := run(t, db, "", "ingest", "events", ev); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	opts, r := renderChart(t, db, "--ticker", "VMW", "--out", filepath.Join(dir, "f.png"))
	if r.code != 0 {
		t.Fatalf("%+v", r)
	}
	want := map[string]string{"VMware expects to ship ESX 3.5 in November": "2007-11 (expected)",
		"VMware expects third-quarter revenue of $480M": "2008-Q3 (expected)"}
	for _, m := range opts.Layout.Marks {
		w, ok := want[m.Event.Headline]
		if !ok {
			continue
		}
		delete(want, m.Event.Headline)
		if m.Event.When() != w {
			t.Errorf("%q: %q, want %q", m.Event.Headline, m.Event.When(), w)
		}
		if width := m.Marker.X1 - m.Marker.X0; width < 30 {
			t.Errorf("%q: drawn %.1f pt wide, not as its period", m.Event.Headline, width)
		}
	}
	if len(want) > 0 {
		t.Errorf("not drawn: %v", want)
	}
}

// VMW's IPO, the day before its first quote, is drawn at the left edge with its date.
func TestChartEventBeforeTheFirstPrice(t *testing.T) {
	db, dir := chartDB(t)
	for _, kind := range []string{"price", "compare"} {
		opts, r := renderChart(t, db, "--kind", kind, "--ticker", "VMW", "--benchmark", "GSPC", "--out", filepath.Join(dir, kind+".png"))
		if r.code != 0 {
			t.Fatalf("%s: %+v", kind, r)
		}
		if strings.Contains(r.err, "IPO") {
			t.Errorf("%s: %s", kind, r.err)
		}
		found := false
		for _, m := range opts.Layout.Marks {
			if m.Event.Type == "ipo" {
				found = true
				if !m.Early || m.Event.When() != "2007-08-14" || m.Marker.X0 > opts.Layout.Plot.X0+0.05*(opts.Layout.Plot.X1-opts.Layout.Plot.X0) {
					t.Errorf("%s: IPO mark %+v", kind, m)
				}
			}
		}
		if !found {
			t.Errorf("%s: the IPO is not on the chart", kind)
		}
	}
}
