package analytics

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"math"
	"slices"
	"testing"

	"gonum.org/v1/gonum/stat"
	"gonum.org/v1/gonum/stat/distuv"

	"github.com/eventline/eventline/internal/sqltext"
)

// The first formulation of the tests on daily abnormal returns, kept as the reference that
// dailytests.go's set-wise statements are checked against: every event's daily abnormal returns
// read into Go, ranked and correlated there.

// referenceDailySQL lists, per event (its place ek in $2/$3), the stock's and the benchmark's return on each
// trading day k from $5 to $6 relative to t0: what the rank, generalized sign and cross-correlation
// tests need. A plain formulation, every row joined: these tests are asked for (DailyTests).
const referenceDailySQL = `
WITH px AS (
	SELECT ticker, date, coalesce(adj_close, close) AS p, row_number() OVER (PARTITION BY ticker ORDER BY date) AS i
	FROM prices WHERE ticker IN (SELECT unnest($1::VARCHAR[]))
), r AS MATERIALIZED (
	SELECT ticker, date, i, CASE WHEN $7 THEN ln(p / lag(p) OVER w) ELSE p / lag(p) OVER w - 1 END AS y
	FROM px WINDOW w AS (PARTITION BY ticker ORDER BY date)
), m AS (
	SELECT date, CASE WHEN $7 THEN ln(p / lag(p) OVER (ORDER BY date)) ELSE p / lag(p) OVER (ORDER BY date) - 1 END AS x
	FROM (SELECT date, coalesce(adj_close, close) AS p FROM prices WHERE ticker = $4)
), ev AS (
	SELECT e.ek, e.ticker, r.i AS i0
	FROM (SELECT generate_subscripts($2::VARCHAR[], 1) AS ek, unnest($2::VARCHAR[]) AS ticker, unnest($3::DATE[]) AS t0) e
	JOIN r ON r.ticker = e.ticker AND r.date = e.t0
)
SELECT ev.ek, k, r.y, m.x
FROM ev CROSS JOIN range($5, $6 + 1) AS t(k)
JOIN r ON r.ticker = ev.ticker AND r.i = ev.i0 + k
LEFT JOIN m ON m.date = r.date
ORDER BY ev.ek, k`

// dailyAR is one event's abnormal returns by trading day relative to t0, from lo on (NaN where
// unknown).
type dailyAR struct {
	lo int
	ar []float64
}

func (d *dailyAR) at(k int) float64 {
	if d == nil || k < d.lo || k-d.lo >= len(d.ar) {
		return math.NaN()
	}
	return d.ar[k-d.lo]
}

// addDailyAbnormal gives each event of rs its daily abnormal returns over the estimation window
// and the event windows, under the model each event's CAR used (the market model's alpha and
// beta, the benchmark for market-adjusted, the estimation mean for constant-mean). Factor models
// have no daily series here (their tests stay NaN).
func referenceDailyAbnormal(ctx context.Context, db *sql.DB, opts StudyOptions, rs []EventReturn) (map[eventKey]*dailyAR, error) {
	lo, hi := opts.Estimation.From, opts.Estimation.To
	for _, w := range opts.Windows {
		lo, hi = min(lo, w.From), max(hi, w.To)
	}
	ev := distinctEvents(rs)
	index, first, tickers, days := ev.index, ev.first, ev.tickers, ev.days
	if len(first) == 0 {
		return nil, nil
	}
	all := slices.Compact(slices.Sorted(slices.Values(append(slices.Clone(tickers), opts.Benchmark))))
	rows, err := db.QueryContext(ctx, referenceDailySQL, sqltext.List(all), sqltext.List(tickers), sqltext.List(days),
		opts.Benchmark, lo, hi, opts.LogReturns)
	if err != nil {
		return nil, fmt.Errorf("event study: daily abnormal returns: %w", err)
	}
	defer rows.Close()
	series := make([]*dailyAR, len(first))
	for rows.Next() {
		var ek, k int
		var y, x sql.NullFloat64
		if err := rows.Scan(&ek, &k, &y, &x); err != nil {
			return nil, fmt.Errorf("event study: daily abnormal returns: %w", err)
		}
		r := rs[first[ek-1]]
		if IsFactorModel(r.Model) {
			continue
		}
		d := series[ek-1]
		if d == nil {
			d = &dailyAR{lo: lo, ar: make([]float64, hi-lo+1)}
			for i := range d.ar {
				d.ar[i] = math.NaN()
			}
			series[ek-1] = d
		}
		switch {
		case !y.Valid:
		case r.Model == ConstantMean:
			d.ar[k-lo] = y.Float64 - r.Alpha
		case x.Valid:
			d.ar[k-lo] = y.Float64 - (r.Alpha + r.Beta*x.Float64)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("event study: daily abnormal returns: %w", err)
	}
	out := map[eventKey]*dailyAR{}
	for k, i := range index {
		if series[i] != nil {
			out[k] = series[i]
		}
	}
	return out, nil
}

// dailyTests fills a's Kolari-Pynnönen adjusted BMP, Corrado rank and generalized sign tests from
// the events' daily abnormal returns; it leaves them NaN unless every event has them.
func referenceDailyTests(a *Aggregate, rs []EventReturn, series map[eventKey]*dailyAR, est Window) {
	daily := func(r EventReturn) *dailyAR { return series[eventKey{r.EventID, r.Ticker}] }
	if len(rs) < 2 || slices.ContainsFunc(rs, func(r EventReturn) bool { return daily(r) == nil }) {
		return
	}
	w := a.Window
	N := float64(len(rs))
	// Generalized sign (Cowan 1992): the expected share of positive abnormal returns is each
	// event's share over its estimation window, averaged.
	var phat float64
	for _, r := range rs {
		pos, n := 0, 0
		for k := est.From; k <= est.To; k++ {
			if v := daily(r).at(k); !math.IsNaN(v) {
				n++
				if v > 0 {
					pos++
				}
			}
		}
		if n == 0 {
			return
		}
		phat += float64(pos) / float64(n) / N
	}
	if phat > 0 && phat < 1 {
		a.GSign = (float64(a.Positive) - N*phat) / math.Sqrt(N*phat*(1-phat))
		a.PGSign = twoSided(a.GSign)
	}
	// Corrado's rank test (1989), ranks standardized by each event's count of returns (Corrado
	// and Zivney 1992), over a multi-day window as Cowan (1992) sums the mean ranks.
	days := []int{}
	for k := est.From; k <= est.To; k++ {
		days = append(days, k)
	}
	for k := w.From; k <= w.To; k++ {
		if k < est.From || k > est.To {
			days = append(days, k)
		}
	}
	sumU := map[int]float64{}
	nU := map[int]int{}
	for _, r := range rs {
		type kv struct {
			k int
			v float64
		}
		var vs []kv
		for _, k := range days {
			if v := daily(r).at(k); !math.IsNaN(v) {
				vs = append(vs, kv{k, v})
			}
		}
		slices.SortFunc(vs, func(a, b kv) int { return cmp.Compare(a.v, b.v) })
		T := float64(len(vs))
		for i := 0; i < len(vs); {
			j := i
			for j < len(vs) && vs[j].v == vs[i].v {
				j++
			}
			rank := float64(i+j+1) / 2
			for q := i; q < j; q++ {
				sumU[vs[q].k] += rank/(T+1) - 0.5
				nU[vs[q].k]++
			}
			i = j
		}
	}
	var ss, inW float64
	var nDays, L int
	for _, k := range days {
		if nU[k] == 0 {
			continue
		}
		u := sumU[k] / float64(nU[k])
		ss += u * u
		nDays++
		if k >= w.From && k <= w.To {
			inW += u
			L++
		}
	}
	if nDays > 0 && L > 0 && ss > 0 {
		a.Corrado = inW / math.Sqrt(float64(L)) / math.Sqrt(ss/float64(nDays))
		a.PCorrado = twoSided(a.Corrado)
	}
	// Kolari and Pynnönen (2010): BMP deflated by the mean correlation of the events' estimation
	// abnormal returns. Events of different days are taken as uncorrelated; the pairs of a same-day
	// cluster contribute their sample correlation over the relative days both have.
	if math.IsNaN(a.BMP) || a.NBMP < 2 {
		return
	}
	byDay := map[string][]int{}
	for i, r := range rs {
		if !math.IsNaN(r.SCAR) {
			d := r.T0.Format("2006-01-02")
			byDay[d] = append(byDay[d], i)
		}
	}
	var sumRho float64
	for _, idx := range byDay {
		for x := 0; x < len(idx); x++ {
			for y := x + 1; y < len(idx); y++ {
				var u, v []float64
				for k := est.From; k <= est.To; k++ {
					p, q := daily(rs[idx[x]]).at(k), daily(rs[idx[y]]).at(k)
					if !math.IsNaN(p) && !math.IsNaN(q) {
						u, v = append(u, p), append(v, q)
					}
				}
				if len(u) > 2 {
					if c := stat.Correlation(u, v, nil); !math.IsNaN(c) {
						sumRho += c
					}
				}
			}
		}
	}
	n := float64(a.NBMP)
	rbar := sumRho / (n * (n - 1) / 2)
	if f := (1 - rbar) / (1 + (n-1)*rbar); f > 0 {
		a.BMPKP = a.BMP * math.Sqrt(f)
		a.PBMPKP = 2 * distuv.StudentsT{Mu: 0, Sigma: 1, Nu: n - 1}.Survival(math.Abs(a.BMPKP))
	}
}

// TestDailyTestsMatchReference holds DailyTests' set-wise statements to the first formulation
// above, on a study that takes every path: same-day clusters of two tickers and of one ticker,
// events whose estimation window is cut by the series' start or lacks a benchmark day (their pairs
// correlated on the days both have), overlapping windows left out, the market-adjusted fallback,
// flat prices whose equal returns tie in the ranks, and groups by type and ticker.
func TestDailyTestsMatchReference(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t, 260)
	for _, e := range []struct {
		ticker string
		day    int
		typ    string
	}{
		{"X", 40, "earnings"}, {"Y", 40, "earnings"}, // estimation windows cut by the series' start
		{"X", 100, "earnings"}, {"Y", 100, "product"}, {"X", 100, "product"}, // one ticker's same-day pair too
		{"X", 130, "earnings"}, {"Y", 130, "earnings"}, {"X", 133, "earnings"}, // 133 overlaps 130's windows
		{"Y", 160, "product"}, {"X", 175, "earnings"}, {"Y", 175, "earnings"}, {"X", 210, "product"},
		{"Y", 210, "earnings"}, {"Y", 230, "product"},
	} {
		f.event(t, e.ticker, e.day, e.typ, "occurred")
	}
	// Flat prices: days of equal returns, whose ranks are ties (under the constant-mean model,
	// equal abnormal returns).
	if _, err := f.db.Exec(`UPDATE prices SET close = 30, adj_close = 30 WHERE ticker = 'Y' AND date BETWEEN ? AND ?`,
		f.dates[112], f.dates[121]); err != nil {
		t.Fatal(err)
	}
	// A missing benchmark day inside some estimation windows.
	if _, err := f.db.Exec(`DELETE FROM prices WHERE ticker = 'M' AND date = ?`, f.dates[150]); err != nil {
		t.Fatal(err)
	}
	for _, model := range []string{MarketModel, ConstantMean, MarketAdjusted} {
		for _, by := range []string{"all", "type", "ticker"} {
			opts := StudyOptions{Windows: []Window{{-1, 1}, {0, 5}, {-3, 8}}, Benchmark: "M", Model: model,
				Estimation: Window{-60, -6}, MinEstimation: 40, DailyTests: true}
			rs, _, err := Study(ctx, f.db, opts)
			if err != nil {
				t.Fatal(err)
			}
			aggs := Aggregates(rs, by)
			if err := DailyTests(ctx, f.db, opts, rs, by, aggs); err != nil {
				t.Fatal(err)
			}
			series, err := referenceDailyAbnormal(ctx, f.db, opts, rs)
			if err != nil {
				t.Fatal(err)
			}
			tested := 0
			for _, a := range aggs {
				want := a
				var members []EventReturn
				for _, r := range rs {
					if counts(r) && groupOf(r, by) == a.Group && r.Window == a.Window {
						members = append(members, r)
					}
				}
				want.BMPKP, want.PBMPKP, want.Corrado, want.PCorrado, want.GSign, want.PGSign = nan(), nan(), nan(), nan(), nan(), nan()
				referenceDailyTests(&want, members, series, opts.Estimation)
				for _, c := range []struct {
					name      string
					got, want float64
				}{{"BMP-KP", a.BMPKP, want.BMPKP}, {"p BMP-KP", a.PBMPKP, want.PBMPKP}, {"Corrado", a.Corrado, want.Corrado},
					{"p Corrado", a.PCorrado, want.PCorrado}, {"generalized sign", a.GSign, want.GSign}, {"p generalized sign", a.PGSign, want.PGSign}} {
					if math.IsNaN(c.got) != math.IsNaN(c.want) || !math.IsNaN(c.want) && !close9(c.got, c.want) {
						t.Errorf("%s by %s, %s %s (%d events): %s %.12g, want %.12g", model, by, a.Group, a.Window, a.N, c.name, c.got, c.want)
					}
				}
				if !math.IsNaN(want.BMPKP) && !math.IsNaN(want.Corrado) && !math.IsNaN(want.GSign) {
					tested++
				}
			}
			if by == "all" && tested != len(aggs) {
				t.Errorf("%s by all: %d of %d aggregates have all three tests", model, tested, len(aggs))
			}
		}
	}
}

func nan() float64 { return math.NaN() }
