package usecase_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eventline/eventline/analytics"
	"github.com/eventline/eventline/charts"
	"github.com/eventline/eventline/internal/testdb"
	"github.com/eventline/eventline/usecase"
)

func date(s string) time.Time {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return d
}

// TestBenchmarkPolicy: a named benchmark must have prices; the default one is taken when it has
// them, else it is an error for a use case that needs one and nothing for one that does not.
func TestBenchmarkPolicy(t *testing.T) {
	ctx := context.Background()
	st := testdb.ExamplePrices(t, "")
	for _, tt := range []struct {
		name, bench string
		need        usecase.Need
		want, err   string
	}{
		{"default loaded", "", usecase.Required, "GSPC", ""},
		{"named, lower case", " ctxs ", usecase.Optional, "CTXS", ""},
		{"named missing", "SPX", usecase.Optional, "", "benchmark SPX has no prices (loaded: CTXS, GSPC, VMW)"},
	} {
		got, err := usecase.Benchmark(ctx, st.DB, tt.bench, tt.need)
		if got != tt.want || (err == nil) != (tt.err == "") || err != nil && !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%s: %q, %v; want %q, %q", tt.name, got, err, tt.want, tt.err)
		}
		if err != nil && !usecase.IsInputError(err) {
			t.Errorf("%s: %v is not an input error", tt.name, err)
		}
	}
	if _, err := st.DB.Exec(`DELETE FROM prices WHERE ticker = 'GSPC'`); err != nil {
		t.Fatal(err)
	}
	if got, err := usecase.Benchmark(ctx, st.DB, "", usecase.Optional); got != "" || err != nil {
		t.Errorf("optional default missing: %q, %v", got, err)
	}
	if _, err := usecase.Benchmark(ctx, st.DB, "", usecase.Required); !usecase.IsInputError(err) || !strings.Contains(err.Error(), "benchmark GSPC has no prices") {
		t.Errorf("required default missing: %v", err)
	}
}

func TestCoverageAndBars(t *testing.T) {
	ctx := context.Background()
	st := testdb.ExamplePrices(t, "")
	all, err := usecase.Coverage(ctx, st.DB, time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if s := all["VMW"]; !s.First.Equal(date("2007-08-15")) || !s.Last.Equal(date("2008-07-14")) || s.Days != 230 {
		t.Errorf("VMW: %+v", s)
	}
	if got := strings.Join(usecase.Tickers(all), ","); got != "CTXS,GSPC,VMW" {
		t.Errorf("tickers %s", got)
	}
	in, err := usecase.Coverage(ctx, st.DB, date("2007-08-01"), date("2007-08-31"))
	if err != nil {
		t.Fatal(err)
	}
	if s := in["VMW"]; !s.First.Equal(date("2007-08-15")) || !s.Last.Equal(date("2007-08-31")) || s.Days != 13 {
		t.Errorf("VMW in August 2007: %+v", s)
	}
	for _, tt := range []struct {
		ticker   string
		from, to time.Time
		err      string
	}{
		{"ACME", time.Time{}, time.Time{}, "no prices for ACME: load them"},
		{"VMW", date("2007-01-01"), date("2007-06-30"), "no prices for VMW between 2007-01-01 and 2007-06-30 (its prices run 2007-08-15 to 2008-07-14)"},
	} {
		if _, err := usecase.Bars(ctx, st.DB, tt.ticker, tt.from, tt.to); !usecase.IsInputError(err) || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%s: %v, want %q", tt.ticker, err, tt.err)
		}
	}
}

// TestChartData: the inputs the chart command and the report draw from.
func TestChartData(t *testing.T) {
	ctx := context.Background()
	st := testdb.ExamplePrices(t, "")
	for _, q := range []string{
		`INSERT INTO events (date, granularity, start_date, end_date, type, status, headline, origin, source_url) VALUES
			('2007-08-14', 'day', DATE '2007-08-14', DATE '2007-08-14', 'ipo', 'occurred', 'VMware IPO', 'curated', 'https://example.com/ipo'),
			('2007-09-12', 'day', DATE '2007-09-12', DATE '2007-09-12', 'product', 'occurred', 'ESX 3i', 'curated', 'https://example.com/esx'),
			('2007-08-15', 'day', DATE '2007-08-15', DATE '2007-08-15', 'acquisition', 'occurred', 'Citrix buys XenSource', 'curated', NULL)`,
		`INSERT INTO event_tickers (event_id, ticker) SELECT event_id, CASE WHEN type = 'acquisition' THEN 'CTXS' ELSE 'VMW' END FROM events`,
		`UPDATE securities SET currency = 'EUR' WHERE ticker = 'CTXS'`,
	} {
		if _, err := st.DB.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	tickers := []string{"VMW", "CTXS", "GSPC"}
	d, err := usecase.LoadChartData(ctx, st.DB, tickers, time.Time{}, date("2007-12-31"), analytics.Filter{Tickers: []string{"VMW", "CTXS"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 3 || d.Events[0].Num != 1 || d.Events[0].First().Headline != "VMware IPO" {
		t.Fatalf("events: %+v", d.Events)
	}
	// The IPO day is not in Yahoo's VMW series: unplaced (no trading day, said), but the charts
	// draw it at the left edge, dated.
	if u := d.Unplaced(); len(u) != 1 || u[0].Headline != "VMware IPO" {
		t.Errorf("unplaced: %+v", u)
	}
	if u := d.OffChart(); len(u) != 0 {
		t.Errorf("off the charts: %+v", u)
	}
	pc, omitted := d.PriceChart("VMW")
	if len(pc.Events) != 2 || omitted != 0 || pc.Events[0].Num != 1 || !pc.Events[0].Date.Equal(date("2007-08-14")) ||
		pc.Currency != "USD" || len(pc.Bars) != len(d.Bars["VMW"]) {
		t.Errorf("VMW chart: %d events (%d omitted), currency %s", len(pc.Events), omitted, pc.Currency)
	}
	if c := d.Currency("CTXS"); c != "EUR" {
		t.Errorf("CTXS currency %s", c)
	}
	// Rebased on the first day all three have: VMW's first.
	cc := d.Comparison(tickers, []string{"VMW", "CTXS"})
	if !cc.Base.Equal(date("2007-08-15")) || len(cc.Series) != 3 || len(cc.Events) != 3 {
		t.Errorf("comparison: base %s, %d series, %d events", cc.Base, len(cc.Series), len(cc.Events))
	}
	if got := d.SourceLine([]string{"VMW"}, pc.Events); got != "prices: Yahoo Finance daily; 2 events from 2 articles" {
		t.Errorf("source line %q", got)
	}
	if got := d.SourceLine(tickers, cc.Events); got != "prices: Yahoo Finance daily; 3 events from 2 articles" {
		t.Errorf("source line %q", got)
	}

	// An index is counted in points: by its well-known name, or by securities.kind.
	if u := d.Unit("GSPC"); u != charts.Points {
		t.Errorf("GSPC in %s", u)
	}
	if _, err := st.DB.Exec(`UPDATE securities SET kind = 'index' WHERE ticker = 'CTXS'`); err != nil {
		t.Fatal(err)
	}
	d, err = usecase.LoadChartData(ctx, st.DB, tickers, time.Time{}, date("2007-12-31"), analytics.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if u, v := d.Unit("CTXS"), d.Unit("VMW"); u != charts.Points || v != "USD" {
		t.Errorf("CTXS in %s, VMW in %s", u, v)
	}
	for tk, want := range map[string]bool{"^N225": true, "DJI": true, "ixic": true, "VMW": false, "SPY": false} {
		if usecase.IsIndex(tk) != want {
			t.Errorf("IsIndex(%s) = %v", tk, !want)
		}
	}
}

// TestStudyAndSummary: the study keeps the windows asked for and draws the path apart; the
// summary goes on without the default benchmark and says so.
func TestStudyAndSummary(t *testing.T) {
	ctx := context.Background()
	st := testdb.ExamplePrices(t, "")
	for _, q := range []string{
		`INSERT INTO events (date, granularity, start_date, end_date, type, status, headline, origin) VALUES
			('2007-09-12', 'day', DATE '2007-09-12', DATE '2007-09-12', 'product', 'occurred', 'ESX 3i', 'curated'),
			('2008-01-29', 'day', DATE '2008-01-29', DATE '2008-01-29', 'earnings', 'occurred', 'Guidance cut', 'curated')`,
		`INSERT INTO event_tickers (event_id, ticker) SELECT event_id, 'CTXS' FROM events`,
	} {
		if _, err := st.DB.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	so := analytics.DefaultStudyOptions()
	so.Benchmark = ""
	res, err := usecase.Study(ctx, st.DB, usecase.StudyOptions{Study: so, By: "all", PathDays: 3, Save: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Benchmark != "GSPC" || res.Studied != 2 || len(res.Returns) != 2*len(so.Windows) || len(res.Path.Paths) != 2 || len(res.Path.Days) != 7 {
		t.Errorf("study: %s, %d studied, %d returns, %d paths over %d days", res.Benchmark, res.Studied, len(res.Returns), len(res.Path.Paths), len(res.Path.Days))
	}
	var stored int
	if err := st.DB.QueryRow(`SELECT count(*) FROM event_returns`).Scan(&stored); err != nil || stored != len(res.Returns) {
		t.Errorf("stored %d event windows (%v), want %d", stored, err, len(res.Returns))
	}

	sum, err := usecase.Summary(ctx, st.DB, usecase.SummaryOptions{SummaryOptions: analytics.SummaryOptions{Tickers: []string{"VMW"}}})
	if err != nil || sum.Benchmark != "GSPC" || len(sum.Tickers) != 1 || sum.Tickers[0].DaysAbove == 0 || len(sum.Notes) != 0 {
		t.Fatalf("summary: %+v, %v", sum, err)
	}
	if _, err := st.DB.Exec(`DELETE FROM prices WHERE ticker = 'GSPC'`); err != nil {
		t.Fatal(err)
	}
	sum, err = usecase.Summary(ctx, st.DB, usecase.SummaryOptions{SummaryOptions: analytics.SummaryOptions{Tickers: []string{"VMW"}}})
	if err != nil || sum.Benchmark != "" || len(sum.Notes) != 1 || !strings.Contains(sum.Notes[0], "No prices for the default benchmark GSPC") {
		t.Errorf("summary without the benchmark: %+v, %v", sum, err)
	}
	if _, err := usecase.Summary(ctx, st.DB, usecase.SummaryOptions{SummaryOptions: analytics.SummaryOptions{Tickers: []string{"VMW"}, From: date("2009-01-01")}}); !usecase.IsInputError(err) {
		t.Errorf("empty range: %v", err)
	}
}

// TestStudyNotes: the study's notes say what its design left out, and describe the windows asked
// for, not the path drawn beside them; price_move events come in only when asked for.
func TestStudyNotes(t *testing.T) {
	ctx := context.Background()
	st := testdb.ExamplePrices(t, "")
	// Two CTXS launches two trading days apart (their [-1,+1] windows share 2007-09-13), and a
	// price move, which exists because the return moved.
	for _, q := range []string{
		`INSERT INTO events (date, granularity, start_date, end_date, type, status, headline, origin) VALUES
			('2007-09-12', 'day', DATE '2007-09-12', DATE '2007-09-12', 'product', 'occurred', 'First launch', 'curated'),
			('2007-09-14', 'day', DATE '2007-09-14', DATE '2007-09-14', 'product', 'occurred', 'Second launch', 'curated'),
			('2008-01-29', 'day', DATE '2008-01-29', DATE '2008-01-29', 'price_move', 'occurred', 'Shares fall', 'curated')`,
		`INSERT INTO event_tickers (event_id, ticker) SELECT event_id, 'CTXS' FROM events`,
	} {
		if _, err := st.DB.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	so := analytics.DefaultStudyOptions()
	so.Windows = []analytics.Window{{From: -1, To: 1}}
	for _, tt := range []struct {
		name       string
		priceMoves bool
		want       []string
		types      []string
	}{
		{"default", false, []string{"1 price_move event left out", "overlaps event", "[-1,+1]"}, []string{"product"}},
		{"with price moves", true, []string{"price_move events included"}, []string{"price_move", "product"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			so.IncludePriceMoves = tt.priceMoves
			res, err := usecase.Study(ctx, st.DB, usecase.StudyOptions{Study: so, By: "all", PathDays: 3})
			if err != nil {
				t.Fatal(err)
			}
			notes := strings.Join(res.Notes, "\n")
			for _, w := range tt.want {
				if !strings.Contains(notes, w) {
					t.Errorf("notes lack %q:\n%s", w, notes)
				}
			}
			// The path's windows [-3,d] overlap too, but they are not the study's.
			if strings.Contains(notes, "[-3,") {
				t.Errorf("notes describe the path's windows:\n%s", notes)
			}
			var types []string
			for _, r := range res.Returns {
				if !slices.Contains(types, r.Type) {
					types = append(types, r.Type)
				}
			}
			slices.Sort(types)
			if !slices.Equal(types, tt.types) {
				t.Errorf("studied types %v, want %v", types, tt.types)
			}
		})
	}
}
