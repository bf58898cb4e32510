package analytics

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"slices"
	"strings"

	"gonum.org/v1/gonum/mat"

	"github.com/eventline/eventline/internal/sqltext"
)

// Factor models of normal returns, over the daily factors of `eventline ingest factors`.
const (
	FamaFrench3 = "ff3"     // excess return on Mkt-RF, SMB and HML (Fama and French 1993)
	Carhart4    = "carhart" // the three and momentum (Carhart 1997)
)

// factorNames are each model's regressors, as the factors table names them.
var factorNames = map[string][]string{
	FamaFrench3: {"mkt_rf", "smb", "hml"},
	Carhart4:    {"mkt_rf", "smb", "hml", "mom"},
}

// IsFactorModel reports whether model regresses on stored factors.
func IsFactorModel(model string) bool { _, ok := factorNames[model]; return ok }

// factorSQL gathers, per event, the sums an OLS fit of the excess return z = y - rf on the factors
// needs over the estimation window (wfrom NULL), and per event window the sums its CAR needs. A
// day counts where the stock's return, the risk-free rate and every factor are known (ok). It is a
// plain formulation (every estimation row joined): factor models are not the speed target's path.
// $tickers, the events' $event_tickers and $t0s, the estimation window $est_from..$est_to, the
// windows' ends $wfrom and $wto, and $momentum, momentum's weight (0 for three factors, so that
// its sums vanish).
const factorSQL = `
WITH px AS (
	SELECT ticker, date, coalesce(adj_close, close) AS p, row_number() OVER (PARTITION BY ticker ORDER BY date) AS i
	FROM prices WHERE ticker IN (SELECT unnest($tickers::VARCHAR[]))
), r AS MATERIALIZED (
	SELECT ticker, date, i, p / lag(p) OVER (PARTITION BY ticker ORDER BY date) - 1 AS y FROM px
), f AS (
	SELECT date, max(value) FILTER (WHERE factor = 'mkt_rf') AS f1, max(value) FILTER (WHERE factor = 'smb') AS f2,
		max(value) FILTER (WHERE factor = 'hml') AS f3, max(value) FILTER (WHERE factor = 'mom') * $momentum AS f4,
		max(value) FILTER (WHERE factor = 'rf') AS rf
	FROM factors WHERE frequency = 'daily' GROUP BY date
), ev AS (
	SELECT e.ek, e.ticker, r.i AS i0
	FROM (SELECT generate_subscripts($event_tickers::VARCHAR[], 1) AS ek, unnest($event_tickers::VARCHAR[]) AS ticker, unnest($t0s::DATE[]) AS t0) e
	JOIN r ON r.ticker = e.ticker AND r.date = e.t0
), w AS (
	SELECT unnest($wfrom::INTEGER[]) AS wfrom, unnest($wto::INTEGER[]) AS wto
), need AS (
	SELECT ev.ek, ev.ticker, NULL::INTEGER AS wfrom, NULL::INTEGER AS wto, ev.i0 + k AS i
	FROM ev CROSS JOIN range($est_from, $est_to + 1) AS t(k)
	UNION ALL
	SELECT ev.ek, ev.ticker, w.wfrom, w.wto, ev.i0 + k AS i
	FROM ev CROSS JOIN w CROSS JOIN LATERAL range(w.wfrom, w.wto + 1) AS t(k)
), d AS (
	SELECT need.ek, need.wfrom, need.wto, r.y, f.f1, f.f2, f.f3, coalesce(f.f4, CASE WHEN $momentum = 0 THEN 0 END) AS f4,
		r.y - f.rf AS z
	FROM need JOIN r ON r.ticker = need.ticker AND r.i = need.i LEFT JOIN f ON f.date = r.date
), ok AS (
	SELECT *, z IS NOT NULL AND f1 IS NOT NULL AND f2 IS NOT NULL AND f3 IS NOT NULL AND f4 IS NOT NULL AS ok FROM d
)
SELECT ek, wfrom, wto, count(y) AS days, count(*) FILTER (WHERE ok) AS n,
	sum(z) FILTER (WHERE ok), sum(z * z) FILTER (WHERE ok),
	sum(f1) FILTER (WHERE ok), sum(f2) FILTER (WHERE ok), sum(f3) FILTER (WHERE ok), sum(f4) FILTER (WHERE ok),
	sum(f1 * f1) FILTER (WHERE ok), sum(f1 * f2) FILTER (WHERE ok), sum(f1 * f3) FILTER (WHERE ok), sum(f1 * f4) FILTER (WHERE ok),
	sum(f2 * f2) FILTER (WHERE ok), sum(f2 * f3) FILTER (WHERE ok), sum(f2 * f4) FILTER (WHERE ok),
	sum(f3 * f3) FILTER (WHERE ok), sum(f3 * f4) FILTER (WHERE ok), sum(f4 * f4) FILTER (WHERE ok),
	sum(f1 * z) FILTER (WHERE ok), sum(f2 * z) FILTER (WHERE ok), sum(f3 * z) FILTER (WHERE ok), sum(f4 * z) FILTER (WHERE ok)
FROM ok GROUP BY ek, wfrom, wto`

// factorSums are one event's (or window's) sums over its ok days: n, Σz, Σz², Σf (4), Σff (the
// upper triangle, 10), Σfz (4).
type factorSums struct {
	days, n int
	sz, szz float64
	sf      [4]float64
	sff     [10]float64
	sfz     [4]float64
}

// ff returns Σ f_i f_j from the upper triangle.
func (s *factorSums) ff(i, j int) float64 {
	if i > j {
		i, j = j, i
	}
	// row-major upper triangle of a 4x4: offsets 0,4,7,9 for rows 0..3
	return s.sff[[]int{0, 4, 7, 9}[i]+j-i]
}

// applyFactorModel replaces the CARs of rs (measured market-adjusted, the fallback) with those of
// the factor model opts.Model where the estimation window has MinEstimation days with factors.
func applyFactorModel(ctx context.Context, db *sql.DB, opts StudyOptions, rs []EventReturn) error {
	names := factorNames[opts.Model]
	k := len(names)
	var have int
	if err := db.QueryRowContext(ctx, `SELECT count(DISTINCT factor) FROM factors WHERE frequency = 'daily' AND factor IN (SELECT unnest(?::VARCHAR[]))`,
		sqltext.List(append(slices.Clone(names), "rf"))).Scan(&have); err != nil {
		return fmt.Errorf("event study: factors: %w", err)
	}
	if have < k+1 {
		return fmt.Errorf("the %s model needs the daily factors %s and rf: load them with eventline ingest factors (Kenneth French's F-F_Research_Data_Factors_daily.CSV%s)",
			opts.Model, strings.Join(names, ", "), map[bool]string{true: " and F-F_Momentum_Factor_daily.CSV"}[k == 4])
	}
	var first, last sql.NullTime
	if err := db.QueryRowContext(ctx, `SELECT min(date), max(date) FROM factors WHERE frequency = 'daily' AND factor = 'mkt_rf'`).Scan(&first, &last); err != nil {
		return fmt.Errorf("event study: factors: %w", err)
	}
	// The events, one per (event, ticker), in rs's order.
	ev := distinctEvents(rs)
	index, tickers, days := ev.index, ev.tickers, ev.days
	if len(ev.first) == 0 {
		return nil
	}
	var froms, tos []string
	for _, w := range opts.Windows {
		froms, tos = append(froms, fmt.Sprint(w.From)), append(tos, fmt.Sprint(w.To))
	}
	uniq := slices.Compact(slices.Sorted(slices.Values(tickers)))
	mom := 0
	if k == 4 {
		mom = 1
	}
	list := func(items []string) string { return "[" + strings.Join(items, ", ") + "]" }
	rows, err := db.QueryContext(ctx, factorSQL, sql.Named("tickers", sqltext.List(uniq)),
		sql.Named("event_tickers", sqltext.List(tickers)), sql.Named("t0s", sqltext.List(days)),
		sql.Named("est_from", opts.Estimation.From), sql.Named("est_to", opts.Estimation.To),
		sql.Named("wfrom", list(froms)), sql.Named("wto", list(tos)), sql.Named("momentum", mom))
	if err != nil {
		return fmt.Errorf("event study: factor model: %w", err)
	}
	defer rows.Close()
	est := make([]*factorSums, len(ev.first))
	type wKey struct {
		ek int
		w  Window
	}
	win := map[wKey]*factorSums{}
	for rows.Next() {
		var ek int
		var wfrom, wto sql.NullInt64
		s := &factorSums{}
		var vals [20]sql.NullFloat64
		dest := []any{&ek, &wfrom, &wto, &s.days, &s.n}
		for i := range vals {
			dest = append(dest, &vals[i])
		}
		if err := rows.Scan(dest...); err != nil {
			return fmt.Errorf("event study: factor model: %w", err)
		}
		s.sz, s.szz = vals[0].Float64, vals[1].Float64
		for i := range 4 {
			s.sf[i] = vals[2+i].Float64
			s.sfz[i] = vals[16+i].Float64
		}
		for i := range 10 {
			s.sff[i] = vals[6+i].Float64
		}
		if !wfrom.Valid {
			est[ek-1] = s
			continue
		}
		win[wKey{ek - 1, Window{int(wfrom.Int64), int(wto.Int64)}}] = s
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("event study: factor model: %w", err)
	}
	day := func(t sql.NullTime) string {
		if !t.Valid {
			return "?"
		}
		return t.Time.Format("2006-01-02")
	}
	for i := range rs {
		r := &rs[i]
		ek := index[eventKey{r.EventID, r.Ticker}]
		e, w := est[ek], win[wKey{ek, r.Window}]
		if e == nil || e.n < opts.MinEstimation || e.n <= k+1 {
			r.Fallback = true // market-adjusted, as measured
			continue
		}
		fit, ok := fitFactors(e, k)
		if !ok {
			r.Fallback = true
			continue
		}
		r.Model, r.Fallback, r.EstimationDays, r.df = opts.Model, false, e.n, e.n-k-1
		r.Alpha, r.Beta = fit.b[0], fit.b[1]
		if w == nil || w.n < r.Days {
			missing := r.Days
			if w != nil {
				missing = r.Days - w.n
			}
			r.CAR, r.SCAR = math.NaN(), math.NaN()
			r.Note = fmt.Sprintf("the factors have no value on %d of the window's %d days (they run %s to %s), so the abnormal return is unknown",
				missing, r.Days, day(first), day(last))
			continue
		}
		r.Note = ""
		r.Complete = r.Days == r.Window.To-r.Window.From+1
		// CAR = Σz - b'·(L, Σf); Var = s²·(L + x_w'(X'X)⁻¹x_w) with x_w = (L, Σf).
		xw := make([]float64, k+1)
		xw[0] = float64(w.n)
		copy(xw[1:], w.sf[:k])
		r.CAR = w.sz - mat.Dot(mat.NewVecDense(k+1, fit.b), mat.NewVecDense(k+1, xw))
		var q mat.VecDense
		q.MulVec(fit.inv, mat.NewVecDense(k+1, xw))
		v := fit.s2 * (float64(w.n) + mat.Dot(mat.NewVecDense(k+1, xw), &q))
		r.SCAR = math.NaN()
		if v > 0 {
			r.SCAR = r.CAR / math.Sqrt(v)
		}
	}
	return nil
}

type factorFit struct {
	b   []float64  // intercept, then the loadings
	inv *mat.Dense // (X'X)⁻¹
	s2  float64    // residual variance, SSE / (n - k - 1)
}

// fitFactors solves the normal equations of z on an intercept and k factors from their sums.
func fitFactors(s *factorSums, k int) (factorFit, bool) {
	xtx := mat.NewDense(k+1, k+1, nil)
	xtz := mat.NewVecDense(k+1, nil)
	xtx.Set(0, 0, float64(s.n))
	xtz.SetVec(0, s.sz)
	for i := range k {
		xtx.Set(0, i+1, s.sf[i])
		xtx.Set(i+1, 0, s.sf[i])
		xtz.SetVec(i+1, s.sfz[i])
		for j := range k {
			xtx.Set(i+1, j+1, s.ff(i, j))
		}
	}
	var inv mat.Dense
	if err := inv.Inverse(xtx); err != nil {
		return factorFit{}, false // collinear factors over the window
	}
	var b mat.VecDense
	b.MulVec(&inv, xtz)
	sse := s.szz - mat.Dot(&b, xtz)
	return factorFit{b: b.RawVector().Data, inv: &inv, s2: sse / float64(s.n-k-1)}, true
}
