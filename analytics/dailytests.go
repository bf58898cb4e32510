package analytics

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"gonum.org/v1/gonum/stat"
	"gonum.org/v1/gonum/stat/distuv"

	"github.com/eventline/eventline/internal/sqltext"
)

// The tests on daily abnormal returns (Corrado's rank test, the generalized sign test, BMP with
// the Kolari-Pynnönen adjustment) need every event's abnormal return on every day of its
// estimation and event windows: 100,000 events are 27M (event, day) pairs. Read into Go they took
// longer than the study; here they stay in DuckDB. Per batch of tickers, one statement numbers the
// prices in the study's ordered streams and writes the batch's daily abnormal returns to a
// temporary table; statements over that table then rank them per event (window functions over
// one sort by event and abnormal return) and sum what the tests need by group and day. Go
// receives one row per event (for the sign test) and per group and day (for the rank test).
//
// Kolari and Pynnönen's mean correlation is over pairs of same-day events, which cross batches of
// tickers. For events whose estimation window has every day, a pair's sample correlation is the
// mean product of the two standardized series, so a cluster's pairs sum to
// Σ_k [(Σ_i z_ik)² - Σ_i z_ik²] / (2(T-1)): each batch adds its events' Σz and Σz² per cluster and
// day to a second temporary table, and one statement squares the totals. The few pairs with an
// event whose estimation window lacks days are correlated on the days both have, in Go.

// dailyARSQL writes the batch's daily abnormal returns: for each event (its place ek in the
// lists), the days k from $6 to $7 around t0 that the ticker has, under the event's model (alpha
// and beta, or the estimation mean when cm). Days without an abnormal return are left out. The
// rows hold the event, the day and the abnormal return only: the event's group, the windows it
// counts in (mask), its same-day cluster and the windows where it has a SCAR (smask) are in
// study_daily_ev, one row an event, which the statements over the table join. (Written on every
// row, they made writing the table 40% of the statement.)
var dailyARSQL = `
INSERT INTO study_daily_ar` + numberedPrices("$5", "$3", false, "", "") + `, ev AS (
	-- Through a one-row list, as in studySQL: the join below builds on the events.
	SELECT unnest(l, recursive := true) FROM (SELECT list({ek: e.ek, g0: r.g, gfirst: b.gfirst, glast: b.glast,
			alpha: e.alpha, beta: e.beta, cm: e.cm}) AS l
		FROM (SELECT generate_subscripts($3::VARCHAR[], 1)::INTEGER AS ek, unnest($3::VARCHAR[]) AS ticker,
			unnest($4::DATE[]) AS t0, unnest($8::DOUBLE[]) AS alpha, unnest($9::DOUBLE[]) AS beta, unnest($10::BOOLEAN[]) AS cm) e
		JOIN tk USING (ticker)
		JOIN r ON r.tid = tk.tid AND r.date = e.t0
		JOIN bounds b ON b.tid = tk.tid)
), d AS (
	-- Each event's rows a .. b, listed once for every 64-row block they touch, as studySQL lists
	-- its windows: a hash table of the events' blocks, not of their 27M rows.
	SELECT *, unnest(range(a // 64, b // 64 + 1)) AS bk
	FROM (SELECT ek, g0, alpha, beta, cm, greatest(g0 + $6, gfirst) AS a, least(g0 + $7, glast) AS b FROM ev)
	WHERE a <= b
)
SELECT d.ek, (r.g - d.g0)::INTEGER AS k,
	CASE WHEN d.cm THEN r.y - d.alpha ELSE r.y - (d.alpha + d.beta * r.x) END AS ar
FROM d JOIN r ON r.g // 64 = d.bk AND r.g BETWEEN d.a AND d.b
WHERE ar IS NOT NULL AND NOT isnan(ar)`

// signSQL counts each event's positive abnormal returns and its abnormal returns over the
// estimation window ($1 to $2).
const signSQL = `
SELECT ek, count(*) FILTER (WHERE ar > 0), count(*) FROM study_daily_ar WHERE k BETWEEN $1 AND $2 GROUP BY ek`

// rankSQL sums, per group and day, the events' standardized ranks U = K/(T+1) - 1/2 for each
// window w (Corrado and Zivney 1992): K is the day's mid-rank among the event's abnormal returns
// over the estimation window and w, T their count. The batch's returns are sorted once by (event,
// return) and numbered as they stream, as studySQL numbers the prices: a running count of each
// window's days (those of the events that count in it) less the count before the event's first
// row is the number of the event's days below the current one. Days tied with a neighbour take
// the mean rank of their tie, from a small grouping of the tied rows alone. (Window functions
// partitioned by event and window took five times as long.) %[1]s: the per-window flags in_w,
// %[2]s their running counts c_w, %[3]s each event's counts t_w and the counts b_w of the events
// before it, %[4]s the tied rows' lowest count below and number of days, %[5]s U per window,
// %[6]s the sums. The flags are doubles, whose sums stay doubles (exact for counts): the sums of
// integers are 128-bit, twice as wide to hold and slower to compute with.
const rankSQL = `
WITH s AS (
	SELECT ek, gid, k, ar%[1]s
	FROM study_daily_ar JOIN study_daily_ev USING (ek)
	ORDER BY ek, ar
), c AS MATERIALIZED (
	SELECT *%[2]s,
		(lag(ek) OVER () = ek AND lag(ar) OVER () = ar) OR (lead(ek) OVER () = ek AND lead(ar) OVER () = ar) AS tied
	FROM s
	WINDOW run AS (ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
), tot AS (
	SELECT *%[3]s FROM (SELECT ek%[7]s FROM c GROUP BY ek)
), ties AS (
	SELECT c.ek, c.ar%[4]s FROM c JOIN tot USING (ek) WHERE c.tied GROUP BY c.ek, c.ar
), u AS (
	SELECT c.gid, c.k%[5]s
	FROM c JOIN tot USING (ek) LEFT JOIN ties ON c.tied AND ties.ek = c.ek AND ties.ar = c.ar
)
SELECT gid, k%[6]s FROM u GROUP BY gid, k`

// rankQuery writes rankSQL for windows ws and the estimation window est.
func rankQuery(ws []Window, est Window) string {
	var in, run, tot, ties, u, sums, cnt strings.Builder
	for i, w := range ws {
		fmt.Fprintf(&in, ",\n\t\t(mask & %d <> 0 AND (k BETWEEN %d AND %d OR k BETWEEN %d AND %d))::INTEGER::DOUBLE AS in%d",
			int64(1)<<i, est.From, est.To, w.From, w.To, i)
		fmt.Fprintf(&run, ", sum(in%[1]d) OVER run AS c%[1]d", i)
		fmt.Fprintf(&cnt, ", sum(in%[1]d) AS t%[1]d", i)
		fmt.Fprintf(&tot, ", sum(t%[1]d) OVER (ORDER BY ek ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS b%[1]d", i)
		fmt.Fprintf(&ties, ", min(c.c%[1]d - c.in%[1]d - coalesce(tot.b%[1]d, 0)) AS lt%[1]d, sum(c.in%[1]d) AS n%[1]d", i)
		fmt.Fprintf(&u, ",\n\t\tCASE WHEN c.in%[1]d = 1 THEN (coalesce(ties.lt%[1]d, c.c%[1]d - 1 - coalesce(tot.b%[1]d, 0)) + (coalesce(ties.n%[1]d, 1) + 1) / 2)"+
			" / (tot.t%[1]d + 1) - 0.5 END AS u%[1]d", i)
		fmt.Fprintf(&sums, ", sum(u%[1]d), count(u%[1]d)", i)
	}
	return fmt.Sprintf(rankSQL, in.String(), run.String(), tot.String(), ties.String(), u.String(), sums.String(), cnt.String())
}

// clusterSQL adds, per same-day cluster and estimation day ($1 to $2), the standardized abnormal
// returns of the batch's events whose estimation window has every day (those with a cluster), and
// their squares, for each window (the events with a SCAR counted in it: bit w of smask). An event
// with no variation has no correlation and is left out, as a pair's correlation with it is
// undefined. The cluster and day are one key, cl·T + day, which groups faster than two.
const clusterSQL = `
INSERT INTO study_daily_cluster
WITH z AS (
	SELECT cl, smask, k, (ar - avg(ar) OVER ev) / stddev_samp(ar) OVER ev AS z
	FROM study_daily_ar JOIN study_daily_ev USING (ek)
	WHERE k BETWEEN $1 AND $2 AND cl IS NOT NULL
	WINDOW ev AS (PARTITION BY ek)
)
SELECT cl::BIGINT * ($2 - $1 + 1) + (k - $1) AS key%s
FROM z
WHERE isfinite(z)
GROUP BY key`

// clusterColumns writes clusterSQL's per-window sums.
func clusterColumns(nw int) string {
	var b strings.Builder
	for i := range nw {
		fmt.Fprintf(&b, ",\n\tsum(z) FILTER (WHERE smask & %[1]d <> 0), sum(z * z) FILTER (WHERE smask & %[1]d <> 0)", int64(1)<<i)
	}
	return b.String()
}

// dailyEvent is one (event, ticker) of the daily tests.
type dailyEvent struct {
	ticker, t0  string
	alpha, beta float64
	cm          bool
	gid         int   // the event's group (its place in groups)
	mask, smask int64 // bit w: counts in window w's aggregate; and has a SCAR there
	full        bool  // every estimation day has an abnormal return
	cluster     int   // same-day cluster within the group, -1 when alone
	pairwise    bool  // in a cluster with an event whose estimation window lacks days
}

// maxDailyWindows is how many windows one pass tests: a window is a bit of a BIGINT mask.
const maxDailyWindows = 62

// DailyTests fills the Kolari-Pynnönen adjusted BMP, Corrado rank and generalized sign tests of
// aggs, the statistics Aggregates(rs, by) computed for the study opts measured as rs. They stay
// NaN for factor models, which have no daily series here.
func DailyTests(ctx context.Context, db *sql.DB, opts StudyOptions, rs []EventReturn, by string, aggs []Aggregate) error {
	if IsFactorModel(opts.Model) || len(aggs) == 0 {
		return nil
	}
	est := opts.Estimation
	T := est.To - est.From + 1
	// The aggregates by group and window, as Aggregates forms them.
	var groups []string
	gidOf := map[string]int{}
	var windows []Window
	widOf := map[Window]int{}
	aggOf := map[[2]int]int{}
	for i, a := range aggs {
		if _, ok := gidOf[a.Group]; !ok {
			gidOf[a.Group] = len(groups)
			groups = append(groups, a.Group)
		}
		if _, ok := widOf[a.Window]; !ok {
			if len(windows) == maxDailyWindows {
				return fmt.Errorf("event study: the daily tests take at most %d windows", maxDailyWindows)
			}
			widOf[a.Window] = len(windows)
			windows = append(windows, a.Window)
		}
		aggOf[[2]int{gidOf[a.Group], widOf[a.Window]}] = i
	}
	lo, hi := est.From, est.To
	for _, w := range windows {
		lo, hi = min(lo, w.From), max(hi, w.To)
	}
	// The events, in ticker order for the batches, each with the windows it counts in.
	index := map[eventKey]int{}
	var evs []dailyEvent
	for _, r := range rs {
		if !counts(r) {
			continue
		}
		w, ok := widOf[r.Window]
		if !ok {
			continue
		}
		k := eventKey{r.EventID, r.Ticker}
		i, ok := index[k]
		if !ok {
			i = len(evs)
			index[k] = i
			evs = append(evs, dailyEvent{ticker: r.Ticker, t0: r.T0.Format(time.DateOnly), alpha: r.Alpha, beta: r.Beta,
				cm: r.Model == ConstantMean, gid: gidOf[groupOf(r, by)], full: r.EstimationDays == T, cluster: -1})
		}
		evs[i].mask |= 1 << w
		if !math.IsNaN(r.SCAR) {
			evs[i].smask |= 1 << w
		}
	}
	if len(evs) == 0 {
		return nil
	}
	// Same-day clusters within each group: events with a SCAR in some window, two or more a day.
	type day struct {
		gid int
		t0  string
	}
	members := map[day][]int{}
	for i, e := range evs {
		if e.smask != 0 {
			members[day{e.gid, e.t0}] = append(members[day{e.gid, e.t0}], i)
		}
	}
	clusterGid := []int{}
	for _, idx := range members {
		if len(idx) < 2 {
			continue
		}
		pairwise := slices.ContainsFunc(idx, func(i int) bool { return !evs[i].full })
		for _, i := range idx {
			evs[i].cluster = len(clusterGid)
			evs[i].pairwise = pairwise
		}
		clusterGid = append(clusterGid, evs[idx[0]].gid)
	}
	byTicker := map[string][]int{}
	for i, e := range evs {
		byTicker[e.ticker] = append(byTicker[e.ticker], i)
	}
	tickers := slices.Sorted(maps.Keys(byTicker))

	// One connection, which holds the temporary tables, and no transaction around the batches:
	// inside one, each batch's dropped table stayed in memory until the end (2.4 GB at 100,000
	// events); without, it goes with the statement that replaces it.
	conn, err := db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("event study: daily tests: %w", err)
	}
	defer conn.Close()
	defer conn.ExecContext(context.WithoutCancel(ctx), `DROP TABLE IF EXISTS study_daily_ar`)
	defer conn.ExecContext(context.WithoutCancel(ctx), `DROP TABLE IF EXISTS study_daily_ev`)
	defer conn.ExecContext(context.WithoutCancel(ctx), `DROP TABLE IF EXISTS study_daily_cluster`)
	nw := len(windows)
	var clusterCols []string
	for i := range nw {
		clusterCols = append(clusterCols, fmt.Sprintf("s%d DOUBLE, q%d DOUBLE", i, i))
	}
	if _, err := conn.ExecContext(ctx, `CREATE OR REPLACE TEMP TABLE study_daily_cluster (key BIGINT, `+strings.Join(clusterCols, ", ")+`)`); err != nil {
		return fmt.Errorf("event study: daily tests: %w", err)
	}

	pos := make([]int, len(evs)) // positive estimation-window abnormal returns
	nEst := make([]int, len(evs))
	sumU := make([][]float64, len(groups)*nw) // by group and window, by day k-lo
	nU := make([][]int, len(groups)*nw)
	for i := range sumU {
		sumU[i], nU[i] = make([]float64, hi-lo+1), make([]int, hi-lo+1)
	}
	series := map[int][]float64{} // estimation-window abnormal returns of the pairwise clusters' events
	rankQuery := rankQuery(windows, est)
	clusterQuery := fmt.Sprintf(clusterSQL, clusterColumns(nw))
	for b, size := 0, opts.batch(); b < len(tickers); b += size {
		batch := tickers[b:min(b+size, len(tickers))]
		var idx []int // the batch's events by their place ek-1
		for _, t := range batch {
			idx = append(idx, byTicker[t]...)
		}
		if err := dailyBatch(ctx, conn, opts, batch, evs, idx, lo, hi, rankQuery, clusterQuery, nw,
			pos, nEst, sumU, nU, series); err != nil {
			return err
		}
	}
	// The clusters' sums of pairwise correlations, by group and window.
	rho := make([]float64, len(groups)*nw)
	if len(clusterGid) > 0 && T > 2 {
		var cols []string
		for i := range nw {
			cols = append(cols, fmt.Sprintf("sum(s%[1]d * s%[1]d - q%[1]d)", i))
		}
		var sums, squares []string
		for i := range nw {
			sums = append(sums, fmt.Sprintf("sum(s%[1]d) AS s%[1]d, sum(q%[1]d) AS q%[1]d", i))
			squares = append(squares, fmt.Sprintf("sum(s%[1]d * s%[1]d - q%[1]d)", i))
		}
		// The batches' sums per cluster and day, added up, then squared and summed per cluster.
		rows, err := conn.QueryContext(ctx, fmt.Sprintf(`SELECT key // %d AS cl, %s FROM (
			SELECT key, %s FROM study_daily_cluster GROUP BY key) GROUP BY cl`, T, strings.Join(squares, ", "), strings.Join(sums, ", ")))
		if err != nil {
			return fmt.Errorf("event study: daily tests: %w", err)
		}
		vals := make([]sql.NullFloat64, nw)
		dest := []any{new(int)}
		for i := range vals {
			dest = append(dest, &vals[i])
		}
		for rows.Next() {
			if err := rows.Scan(dest...); err != nil {
				rows.Close()
				return fmt.Errorf("event study: daily tests: %w", err)
			}
			g := clusterGid[*dest[0].(*int)]
			for w, v := range vals {
				if v.Valid {
					rho[g*nw+w] += v.Float64 / (2 * float64(T-1))
				}
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("event study: daily tests: %w", err)
		}
	}
	// Pairs with an event whose estimation window lacks days: correlated on the days both have.
	pairs := map[int][]int{}
	for i, e := range evs {
		if e.pairwise {
			pairs[e.cluster] = append(pairs[e.cluster], i)
		}
	}
	for _, idx := range pairs {
		for x := 0; x < len(idx); x++ {
			for y := x + 1; y < len(idx); y++ {
				i, j := evs[idx[x]], evs[idx[y]]
				both := i.smask & j.smask
				if both == 0 || (i.full && j.full) {
					continue // full pairs are in the clusters' sums
				}
				u, v := series[idx[x]], series[idx[y]]
				var a, c []float64
				for k := range T {
					if k < len(u) && k < len(v) && !math.IsNaN(u[k]) && !math.IsNaN(v[k]) {
						a, c = append(a, u[k]), append(c, v[k])
					}
				}
				if len(a) <= 2 {
					continue
				}
				r := stat.Correlation(a, c, nil)
				if math.IsNaN(r) {
					continue
				}
				for w := range nw {
					if both&(1<<w) != 0 {
						rho[i.gid*nw+w] += r
					}
				}
			}
		}
	}
	// The tests of each aggregate from its events' sums.
	phat := make([]float64, len(aggs))
	noEst := make([]bool, len(aggs))
	for i, e := range evs {
		for w := range nw {
			if e.mask&(1<<w) == 0 {
				continue
			}
			a := aggOf[[2]int{e.gid, w}]
			if nEst[i] == 0 {
				noEst[a] = true
				continue
			}
			phat[a] += float64(pos[i]) / float64(nEst[i]) / float64(aggs[a].N)
		}
	}
	for key, ai := range aggOf {
		a := &aggs[ai]
		g, w := key[0], key[1]
		if a.N < 2 || noEst[ai] {
			continue
		}
		finishDailyTests(a, est, phat[ai], sumU[g*nw+w], nU[g*nw+w], lo, rho[g*nw+w])
	}
	return nil
}

// dailyBatch writes the daily abnormal returns of the events evs[idx[...]] (tickers batch) and
// adds what the tests need from them.
func dailyBatch(ctx context.Context, conn *sql.Conn, opts StudyOptions, batch []string, evs []dailyEvent, idx []int,
	lo, hi int, rankQuery, clusterQuery string, nw int, pos, nEst []int, sumU [][]float64, nU [][]int,
	series map[int][]float64) error {
	est := opts.Estimation
	fail := func(err error) error { return fmt.Errorf("event study: daily tests: %w", err) }
	tickers := make([]string, len(idx))
	days := make([]string, len(idx))
	var alphas, betas, cms, gids, masks, clusters, smasks []string
	for k, i := range idx {
		e := evs[i]
		tickers[k], days[k] = e.ticker, e.t0
		alphas = append(alphas, sqlFloat(e.alpha))
		betas = append(betas, sqlFloat(e.beta))
		cms = append(cms, strconv.FormatBool(e.cm))
		gids = append(gids, strconv.Itoa(e.gid))
		masks = append(masks, strconv.FormatInt(e.mask, 10))
		smasks = append(smasks, strconv.FormatInt(e.smask, 10))
		cl := "NULL"
		if e.cluster >= 0 && e.full {
			cl = strconv.Itoa(e.cluster)
		}
		clusters = append(clusters, cl)
	}
	all := slices.Clone(batch)
	if !slices.Contains(all, opts.Benchmark) {
		all = append(all, opts.Benchmark)
		slices.Sort(all)
	}
	list := func(items []string) string { return "[" + strings.Join(items, ", ") + "]" }
	if _, err := conn.ExecContext(ctx, `CREATE OR REPLACE TEMP TABLE study_daily_ev AS
		SELECT generate_subscripts($1::INTEGER[], 1)::INTEGER AS ek, unnest($1::INTEGER[]) AS gid, unnest($2::BIGINT[]) AS mask,
			unnest($3::INTEGER[]) AS cl, unnest($4::BIGINT[]) AS smask`, list(gids), list(masks), list(clusters), list(smasks)); err != nil {
		return fail(err)
	}
	if _, err := conn.ExecContext(ctx, `CREATE OR REPLACE TEMP TABLE study_daily_ar (ek INTEGER, k INTEGER, ar DOUBLE)`); err != nil {
		return fail(err)
	}
	if _, err := conn.ExecContext(ctx, dailyARSQL, sqltext.List(all), opts.Benchmark, sqltext.List(tickers), sqltext.List(days),
		opts.LogReturns, lo, hi, list(alphas), list(betas), list(cms)); err != nil {
		return fail(err)
	}
	// The sign test's counts.
	rows, err := conn.QueryContext(ctx, signSQL, est.From, est.To)
	if err != nil {
		return fail(err)
	}
	for rows.Next() {
		var ek, p, n int
		if err := rows.Scan(&ek, &p, &n); err != nil {
			rows.Close()
			return fail(err)
		}
		pos[idx[ek-1]], nEst[idx[ek-1]] = p, n
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fail(err)
	}
	// The rank test's sums by group and day.
	rows, err = conn.QueryContext(ctx, rankQuery)
	if err != nil {
		return fail(err)
	}
	vals := make([]sql.NullFloat64, 2*nw)
	var gid, k int
	dest := []any{&gid, &k}
	for i := range vals {
		dest = append(dest, &vals[i])
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			rows.Close()
			return fail(err)
		}
		for w := range nw {
			if n := vals[2*w+1]; n.Valid && n.Float64 > 0 {
				sumU[gid*nw+w][k-lo] += vals[2*w].Float64
				nU[gid*nw+w][k-lo] += int(n.Float64)
			}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fail(err)
	}
	// The clusters' standardized sums, and the series of the events correlated pairwise.
	if _, err := conn.ExecContext(ctx, clusterQuery, est.From, est.To); err != nil {
		return fail(err)
	}
	var dump []string
	for k, i := range idx {
		if evs[i].pairwise {
			dump = append(dump, strconv.Itoa(k+1))
		}
	}
	if len(dump) == 0 {
		return nil
	}
	rows, err = conn.QueryContext(ctx, `SELECT ek, k, ar FROM study_daily_ar WHERE k BETWEEN $1 AND $2 AND ek IN (SELECT unnest($3::INTEGER[]))`,
		est.From, est.To, list(dump))
	if err != nil {
		return fail(err)
	}
	defer rows.Close()
	for rows.Next() {
		var ek, k int
		var ar float64
		if err := rows.Scan(&ek, &k, &ar); err != nil {
			return fail(err)
		}
		i := idx[ek-1]
		s := series[i]
		if s == nil {
			s = make([]float64, est.To-est.From+1)
			for j := range s {
				s[j] = math.NaN()
			}
			series[i] = s
		}
		s[k-est.From] = ar
	}
	return rows.Err()
}

// finishDailyTests computes a's daily tests from its events' sums: phat the mean share of positive
// estimation-window abnormal returns, sumU and nU the standardized ranks' sums and counts by day
// (from lo), rho the sum of the same-day pairs' correlations.
func finishDailyTests(a *Aggregate, est Window, phat float64, sumU []float64, nU []int, lo int, rho float64) {
	N := float64(a.N)
	// Generalized sign (Cowan 1992).
	if phat > 0 && phat < 1 {
		a.GSign = (float64(a.Positive) - N*phat) / math.Sqrt(N*phat*(1-phat))
		a.PGSign = twoSided(a.GSign)
	}
	// Corrado (1989) over the estimation window and the event window, the window's mean ranks
	// summed as Cowan (1992) does.
	w := a.Window
	var ss, inW float64
	var nDays, L int
	for k := lo; k < lo+len(sumU); k++ {
		if nU[k-lo] == 0 || !(k >= est.From && k <= est.To || k >= w.From && k <= w.To) {
			continue
		}
		u := sumU[k-lo] / float64(nU[k-lo])
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
	// Kolari and Pynnönen (2010): BMP deflated by the events' mean correlation, same-day pairs
	// only.
	if math.IsNaN(a.BMP) || a.NBMP < 2 {
		return
	}
	n := float64(a.NBMP)
	rbar := rho / (n * (n - 1) / 2)
	if f := (1 - rbar) / (1 + (n-1)*rbar); f > 0 {
		a.BMPKP = a.BMP * math.Sqrt(f)
		a.PBMPKP = 2 * distuv.StudentsT{Mu: 0, Sigma: 1, Nu: n - 1}.Survival(math.Abs(a.BMPKP))
	}
}

// sqlFloat writes v as a DuckDB double literal, NULL for NaN (DuckDB orders NaN above every number).
func sqlFloat(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "NULL"
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// eventKey is one event on one ticker: a study's unit of estimation.
type eventKey struct {
	id     int64
	ticker string
}

// studyEvents are the distinct (event, ticker) pairs of a study's rows, in the rows' order.
type studyEvents struct {
	index   map[eventKey]int // the pair's place in the lists below
	first   []int            // per pair: its first row
	tickers []string         // per pair: the ticker
	days    []string         // per pair: t0 as YYYY-MM-DD, as SQL lists take it
}

func distinctEvents(rs []EventReturn) studyEvents {
	ev := studyEvents{index: map[eventKey]int{}}
	for i, r := range rs {
		k := eventKey{r.EventID, r.Ticker}
		if _, ok := ev.index[k]; !ok {
			ev.index[k] = len(ev.first)
			ev.first = append(ev.first, i)
			ev.tickers = append(ev.tickers, r.Ticker)
			ev.days = append(ev.days, r.T0.Format("2006-01-02"))
		}
	}
	return ev
}
