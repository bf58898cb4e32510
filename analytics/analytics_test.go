package analytics

import (
	"context"
	"database/sql"
	"encoding/csv"
	"math"
	"strconv"
	"testing"
	"time"

	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/example"
	"github.com/eventline/eventline/internal/testdb"
)

func day(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }

// exampleDB loads the embedded example prices and a few events into a fresh database.
func exampleDB(t *testing.T) *sql.DB {
	t.Helper()
	ctx := context.Background()
	st := testdb.ExamplePrices(t, "")
	for _, e := range []struct{ date, ticker, typ, headline string }{
		{"2007-08-14", "VMW", "ipo", "VMware begins trading"},
		{"2007-08-15", "CTXS", "acquisition", "Citrix to acquire XenSource"},
		{"2007-09", "VMW", "product", "VMworld 2007"},
		{"2008-01-26", "VMW", "forecast", "A Saturday event rolls to Monday"},
		{"2008-01-29", "VMW", "forecast", "VMware lowers its 2008 revenue outlook"},
		{"2009-03-02", "VMW", "other", "After the series ends"},
	} {
		p, err := events.ParsePeriod(e.date)
		if err != nil {
			t.Fatal(err)
		}
		ev := &events.Event{Period: p, Type: events.Type(e.typ), Status: "occurred", Headline: e.headline, Tickers: []string{e.ticker}, Origin: events.Curated}
		if _, err := events.Insert(ctx, st.DB, ev); err != nil {
			t.Fatal(err)
		}
	}
	return st.DB
}

func TestAlign(t *testing.T) {
	as, err := Align(context.Background(), exampleDB(t), Filter{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Alignment{}
	for _, a := range as {
		got[a.Headline] = a
	}
	str := func(p *time.Time) string {
		if p == nil {
			return "-"
		}
		return p.Format("2006-01-02")
	}
	tests := []struct{ headline, t0, start, end, reason string }{
		// Yahoo's VMW series starts the day after the IPO: no t0, never the wrong day.
		{"VMware begins trading", "-", "-", "-", "VMW has no prices before 2007-08-15"},
		{"Citrix to acquire XenSource", "2007-08-15", "-", "-", ""},
		{"VMworld 2007", "-", "2007-09-04", "2007-09-28", ""}, // Labor Day: the month starts on the 4th
		{"A Saturday event rolls to Monday", "2008-01-28", "-", "-", ""},
		{"VMware lowers its 2008 revenue outlook", "2008-01-29", "-", "-", ""},
		{"After the series ends", "-", "-", "-", "VMW has no prices after 2008-07-14"},
	}
	for _, tt := range tests {
		a, ok := got[tt.headline]
		if !ok {
			t.Errorf("%s: not aligned", tt.headline)
			continue
		}
		if str(a.T0) != tt.t0 || str(a.PeriodStart) != tt.start || str(a.PeriodEnd) != tt.end || a.Reason != tt.reason {
			t.Errorf("%s: t0 %s period %s..%s reason %q; want %s %s..%s %q", tt.headline,
				str(a.T0), str(a.PeriodStart), str(a.PeriodEnd), a.Reason, tt.t0, tt.start, tt.end, tt.reason)
		}
	}
	if as, _ := Align(context.Background(), exampleDB(t), Filter{Tickers: []string{"CTXS"}}); len(as) != 1 {
		t.Fatalf("ticker filter: %d alignments", len(as))
	}
}

// adjCloses reads a Yahoo CSV of the example data independently of eventline's ingest.
func adjCloses(t *testing.T, ticker string) ([]time.Time, []float64) {
	t.Helper()
	f, err := example.Prices().Open(ticker + ".csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var days []time.Time
	var px []float64
	for _, r := range recs[1:] {
		v, err := strconv.ParseFloat(r[5], 64)
		if err != nil {
			t.Fatal(err)
		}
		days = append(days, day(r[0]))
		px = append(px, v)
	}
	return days, px
}

// marketAdjusted runs the study with market-adjusted returns, whose every figure can be
// recomputed from the CSV without a fitted model.
func marketAdjusted(t *testing.T, db *sql.DB, f Filter, windows []Window) []EventReturn {
	t.Helper()
	got, _, err := Study(context.Background(), db, StudyOptions{Filter: f, Windows: windows, Benchmark: "GSPC",
		Model: MarketAdjusted, Estimation: Window{-250, -11}, MinEstimation: 60})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func TestWindowReturnsMatchHandComputation(t *testing.T) {
	windows := []Window{{-1, 1}, {0, 0}, {0, 5}, {-5, 20}}
	got := marketAdjusted(t, exampleDB(t), Filter{}, windows)
	if len(got) != 3*len(windows) { // CTXS 2007-08-15, VMW 2008-01-28 and 2008-01-29
		t.Fatalf("%d window returns, want %d", len(got), 3*len(windows))
	}
	md, mp := adjCloses(t, "GSPC")
	mIndex := map[time.Time]int{}
	for i, d := range md {
		mIndex[d] = i
	}
	for _, wr := range got {
		d, p := adjCloses(t, wr.Ticker)
		i0 := -1
		for i := range d {
			if d[i].Equal(wr.T0) {
				i0 = i
			}
		}
		a, b := i0+wr.Window.From, i0+wr.Window.To
		wantRet := p[b]/p[a-1] - 1
		var wantCAR float64
		for i := a; i <= b; i++ {
			mi := mIndex[d[i]]
			wantCAR += (p[i]/p[i-1] - 1) - (mp[mi]/mp[mi-1] - 1)
		}
		if math.Abs(wr.Return-wantRet) > 1e-12 || math.Abs(wr.CAR-wantCAR) > 1e-12 || !wr.Complete {
			t.Errorf("%s %s %s: return %.10f CAR %.10f complete %v; want %.10f %.10f", wr.Ticker,
				wr.T0.Format("2006-01-02"), wr.Window, wr.Return, wr.CAR, wr.Complete, wantRet, wantCAR)
		}
	}
	// Checked by hand from the CSV: VMW's adjusted close went from 68.950058 (2008-01-28) to
	// 45.581802 (2008-01-29) on the lowered outlook, a one-day fall of 33.9%; GSPC rose from
	// 1353.959961 to 1362.300049 (+0.62%), so the day's abnormal return is about -34.5%.
	found := false
	for _, wr := range got {
		if wr.Ticker == "VMW" && wr.T0.Equal(day("2008-01-29")) && wr.Window == (Window{0, 0}) {
			found = true
			if math.Abs(wr.Return-(45.581802/68.950058-1)) > 1e-9 || math.Abs(wr.CAR-(45.581802/68.950058-1362.300049/1353.959961)) > 1e-8 {
				t.Errorf("VMW 2008-01-29: return %.6f CAR %.6f", wr.Return, wr.CAR)
			}
		}
	}
	if !found {
		t.Error("no [0,0] window for VMW 2008-01-29")
	}
}

func TestWindowPastTheSeriesIsIncomplete(t *testing.T) {
	db := exampleDB(t)
	// Two trading days before the series ends.
	if _, err := db.Exec(`INSERT INTO events (event_id, date, granularity, start_date, end_date, type, status, headline, origin)
		VALUES (200, '2008-07-11', 'day', DATE '2008-07-11', DATE '2008-07-11', 'other', 'occurred', 'late', 'curated');
		INSERT INTO event_tickers (event_id, ticker) VALUES (200, 'VMW')`); err != nil {
		t.Fatal(err)
	}
	got := marketAdjusted(t, db, Filter{From: day("2008-07-11"), To: day("2008-07-11")}, []Window{{0, 5}})
	if len(got) != 1 || got[0].Complete || got[0].Days != 2 {
		t.Fatalf("%+v", got)
	}
}
