package analytics

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"gonum.org/v1/gonum/stat"
	"gonum.org/v1/gonum/stat/distuv"

	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/store"
)

// fixture is a hand-made market: M, and stocks X and Y that follow it with their own noise.
type fixture struct {
	db     *sql.DB
	dates  []time.Time
	prices map[string][]float64
}

func newFixture(t *testing.T, days int) *fixture {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "s.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f := &fixture{db: st.DB, prices: map[string][]float64{}}
	rng := rand.New(rand.NewPCG(7, 11))
	d := time.Date(2010, 1, 4, 0, 0, 0, 0, time.UTC)
	for len(f.dates) < days {
		if d.Weekday() != time.Saturday && d.Weekday() != time.Sunday {
			f.dates = append(f.dates, d)
		}
		d = d.AddDate(0, 0, 1)
	}
	m, x, y := 100.0, 50.0, 20.0
	// One transaction: row by row in autocommit took seconds a fixture on a loaded machine.
	tx, err := st.DB.Begin()
	if err != nil {
		t.Fatal(err)
	}
	stmt, err := tx.Prepare(`INSERT INTO prices (ticker, date, close, adj_close, volume) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		t.Fatal(err)
	}
	for i := range f.dates {
		rm := rng.NormFloat64() * 0.01
		m *= 1 + rm
		x *= 1 + 0.0005 + 1.3*rm + rng.NormFloat64()*0.01
		y *= 1 - 0.0002 + 0.7*rm + rng.NormFloat64()*0.015
		for tk, p := range map[string]float64{"M": m, "X": x, "Y": y} {
			f.prices[tk] = append(f.prices[tk], p)
			vol := 1000 + i
			if _, err := stmt.Exec(tk, f.dates[i], p, p, vol); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *fixture) event(t *testing.T, ticker string, i int, typ, status string) int64 {
	t.Helper()
	p, _ := events.ParsePeriod(f.dates[i].Format("2006-01-02"))
	id, err := events.Insert(context.Background(), f.db, &events.Event{Period: p, Type: events.Type(typ), Status: events.Status(status),
		Headline: fmt.Sprintf("%s event on day %d", ticker, i), Tickers: []string{ticker}, Origin: events.Curated})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func (f *fixture) ret(tk string, i int) float64 { return f.prices[tk][i]/f.prices[tk][i-1] - 1 }

func TestStudyMatchesIndependentComputation(t *testing.T) {
	f := newFixture(t, 140)
	eventDays := map[string]int{"X": 100, "Y": 120}
	for tk, i := range eventDays {
		f.event(t, tk, i, "acquisition", "occurred")
	}
	f.event(t, "X", 110, "forecast", "forecast") // never counted as an event that occurred
	opts := StudyOptions{Windows: []Window{{-1, 1}, {0, 5}}, Benchmark: "M", Model: MarketModel,
		Estimation: Window{-80, -11}, MinEstimation: 60}
	got, _, err := Study(context.Background(), f.db, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 4 {
		t.Fatalf("%d event windows, want 4 (the forecast is left out)", len(got))
	}
	var cars, scars []float64
	for _, er := range got {
		i0 := eventDays[er.Ticker]
		// OLS of the stock's returns on the market's over days i0-80 .. i0-11.
		var xs, ys []float64
		for i := i0 - 80; i <= i0-11; i++ {
			xs = append(xs, f.ret("M", i))
			ys = append(ys, f.ret(er.Ticker, i))
		}
		alpha, beta := stat.LinearRegression(xs, ys, nil, false)
		var sse float64
		for k := range xs {
			e := ys[k] - alpha - beta*xs[k]
			sse += e * e
		}
		n := float64(len(xs))
		s2 := sse / (n - 2)
		mbar := stat.Mean(xs, nil)
		var sxx float64
		for _, x := range xs {
			sxx += (x - mbar) * (x - mbar)
		}
		var car, mdev float64
		a, b := i0+er.Window.From, i0+er.Window.To
		for i := a; i <= b; i++ {
			car += f.ret(er.Ticker, i) - (alpha + beta*f.ret("M", i))
			mdev += f.ret("M", i) - mbar
		}
		L := float64(b - a + 1)
		scar := car / math.Sqrt(s2*(L+L*L/n+mdev*mdev/sxx))
		wantRet := f.prices[er.Ticker][b]/f.prices[er.Ticker][a-1] - 1
		// Volume grows by one a day, so the ratio of means is exact arithmetic.
		wantVol := (1000 + float64(a+b)/2) / (1000 + float64(i0-80+i0-11)/2)
		checks := []struct {
			name      string
			got, want float64
		}{
			{"alpha", er.Alpha, alpha}, {"beta", er.Beta, beta}, {"CAR", er.CAR, car}, {"SCAR", er.SCAR, scar},
			{"return", er.Return, wantRet}, {"abnormal volume", er.AbnormalVolume, wantVol},
			{"price t0", er.PriceT0.Float64, f.prices[er.Ticker][i0]}, {"price t0-1", er.PriceBefore.Float64, f.prices[er.Ticker][i0-1]},
		}
		for _, c := range checks {
			if math.Abs(c.got-c.want) > 1e-9*math.Max(1, math.Abs(c.want)) {
				t.Errorf("%s %s %s: %.12g, want %.12g", er.Ticker, er.Window, c.name, c.got, c.want)
			}
		}
		if er.Model != MarketModel || er.Fallback || er.EstimationDays != 70 || !er.Complete {
			t.Errorf("%s %s: model %s fallback %v est %d complete %v", er.Ticker, er.Window, er.Model, er.Fallback, er.EstimationDays, er.Complete)
		}
		if er.Window == (Window{0, 5}) {
			cars = append(cars, car)
			scars = append(scars, scar)
		}
	}
	// The cross-section for [0,+5], against statistics computed here.
	var agg *Aggregate
	for _, a := range Aggregates(got, "all") {
		if a.Window == (Window{0, 5}) {
			agg = &a
		}
	}
	if agg == nil || agg.N != 2 {
		t.Fatalf("aggregate %+v", agg)
	}
	mean := (cars[0] + cars[1]) / 2
	sd := math.Abs(cars[0]-cars[1]) / math.Sqrt2
	wantT := mean / (sd / math.Sqrt2)
	wantP := 2 * distuv.StudentsT{Mu: 0, Sigma: 1, Nu: 1}.Survival(math.Abs(wantT))
	smean := (scars[0] + scars[1]) / 2
	ssd := math.Abs(scars[0]-scars[1]) / math.Sqrt2
	wantBMP := smean / (ssd / math.Sqrt2)
	for _, c := range []struct {
		name      string
		got, want float64
	}{{"mean", agg.MeanCAR, mean}, {"median", agg.MedianCAR, mean}, {"t", agg.T, wantT}, {"p", agg.PT, wantP}, {"BMP", agg.BMP, wantBMP}} {
		if math.Abs(c.got-c.want) > 1e-9*math.Max(1, math.Abs(c.want)) {
			t.Errorf("aggregate %s: %.12g, want %.12g", c.name, c.got, c.want)
		}
	}
}

func TestStudyFallsBackWithShortEstimation(t *testing.T) {
	f := newFixture(t, 60)
	f.event(t, "X", 30, "ipo", "occurred")
	got, _, err := Study(context.Background(), f.db, StudyOptions{Windows: []Window{{0, 0}}, Benchmark: "M",
		Model: MarketModel, Estimation: Window{-250, -11}, MinEstimation: 60})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !got[0].Fallback || got[0].Model != MarketAdjusted || got[0].EstimationDays != 19 {
		t.Fatalf("%+v", got)
	}
	want := f.ret("X", 30) - f.ret("M", 30)
	if math.Abs(got[0].CAR-want) > 1e-12 {
		t.Fatalf("market-adjusted CAR %.12g, want %.12g", got[0].CAR, want)
	}
}

func TestSignTest(t *testing.T) {
	// 9 of 10 positive: P(X <= 1) = 11/1024, two-sided 22/1024.
	if p := signTest(9, 10); math.Abs(p-22.0/1024) > 1e-12 {
		t.Fatalf("p = %v", p)
	}
	if p := signTest(5, 10); p != 1 {
		t.Fatalf("balanced p = %v", p)
	}
}

// TestStudyReferenceEvents pins the example data's reference events to figures read off the CSV
// rows by hand: Citrix announcing the XenSource purchase (2007-08-15) and VMware replacing its CEO
// (2008-07-08), market-adjusted against the S&P 500.
func TestStudyReferenceEvents(t *testing.T) {
	db := exampleDB(t)
	for _, q := range []string{
		`INSERT INTO events (event_id, date, granularity, start_date, end_date, type, status, headline, origin)
		 VALUES (100, '2008-07-08', 'day', DATE '2008-07-08', DATE '2008-07-08', 'executive', 'occurred', 'VMware replaces its CEO', 'curated')`,
		`INSERT INTO event_tickers (event_id, ticker) VALUES (100, 'VMW')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	got, _, err := Study(context.Background(), db, StudyOptions{Windows: []Window{{-1, 1}, {0, 0}}, Benchmark: "GSPC",
		Model: MarketAdjusted, Estimation: Window{-250, -11}, MinEstimation: 60})
	if err != nil {
		t.Fatal(err)
	}
	// CTXS adjusted closes 26.262829 (08-13), 25.364691, 24.985304, 24.613663 (08-16); GSPC 1452.92,
	// 1426.54, 1406.70, 1411.27. VMW 44.186188 (07-07) and 33.386780 (07-08); GSPC 1252.31, 1273.70.
	want := map[string]struct{ ret, car float64 }{
		"CTXS 2007-08-15 [-1,+1]": {-0.06279468217228235, -0.03521414581692606},
		"VMW 2008-07-08 [+0,+0]":  {-0.24440687212031054, -0.26148722089762866},
	}
	found := 0
	for _, er := range got {
		w, ok := want[er.Ticker+" "+er.T0.Format("2006-01-02")+" "+er.Window.String()]
		if !ok {
			continue
		}
		found++
		if math.Abs(er.Return-w.ret) > 1e-9 || math.Abs(er.CAR-w.car) > 1e-9 {
			t.Errorf("%s %s %s: return %.10f CAR %.10f, want %.10f %.10f", er.Ticker, er.T0.Format("2006-01-02"), er.Window, er.Return, er.CAR, w.ret, w.car)
		}
	}
	if found != len(want) {
		t.Fatalf("found %d of %d reference windows in %d results", found, len(want), len(got))
	}
}
