package analytics

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"maps"
	"math"
	"math/big"
	"slices"
	"strings"
	"time"

	"gonum.org/v1/gonum/stat"
	"gonum.org/v1/gonum/stat/distuv"

	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/internal/sqltext"
)

// Window is a range of trading days relative to t0, both ends included: {-1, 1} is the day
// before, the event day and the day after.
type Window struct{ From, To int }

func (w Window) String() string { return fmt.Sprintf("[%+d,%+d]", w.From, w.To) }

// Models of normal returns.
const (
	MarketModel    = "market"          // alpha + beta * market return, OLS over the estimation window
	MarketAdjusted = "market-adjusted" // the market return itself
	ConstantMean   = "constant-mean"   // the stock's own mean return over the estimation window
)

// StudyOptions configure an event study.
type StudyOptions struct {
	Filter
	Windows   []Window
	Benchmark string
	Model     string
	// Estimation is the window, relative to t0, over which the market model is fitted.
	Estimation Window
	// MinEstimation is the fewest estimation returns the market model needs; with fewer the event
	// falls back to market-adjusted returns and says so.
	MinEstimation int
	// LogReturns uses log returns instead of simple ones.
	LogReturns bool
	// IncludeCoarse counts events dated by a week, month or quarter, at their period's first
	// trading day; by default only day-granular events enter the statistics.
	IncludeCoarse bool
	// IncludePriceMoves studies price_move events too. They exist because the return moved, so
	// studying them selects on the outcome; by default they are left out (unless Types names them).
	IncludePriceMoves bool
	// Overlap says what to do with events of one ticker whose windows overlap: OverlapFirst (the
	// default, also for ""), OverlapKeep or OverlapDrop.
	Overlap string
	// DailyTests asks for the tests that rank or correlate every event's daily abnormal returns
	// (Corrado, generalized sign, Kolari-Pynnönen): DailyTests (the function) computes them after
	// Aggregates, in a second pass over the prices.
	DailyTests bool
	// BatchTickers is how many tickers one statement measures (0: DefaultBatchTickers). The
	// statement sorts and holds its tickers' prices, so its memory grows with the batch.
	BatchTickers int
}

// DefaultBatchTickers is the batch a study measures in one statement. At 5,000 days a ticker,
// batches of 500 peaked at 1.2 GB and of 1,000 at 1.9 GB, in 6.4 s and 6.2 s for 5,000 tickers
// (1,000 events). At 100,000 events (bench/study), batches of 250 took 15% less CPU than 500
// and 30% less than 1,000, and peaked at 1.0 GB: the block sums' hash table and the sorts of a
// smaller batch stay in the processor's caches. Batches of 125 were no faster than 250.
const DefaultBatchTickers = 250

// batch is the number of tickers one statement measures.
func (o StudyOptions) batch() int {
	if o.BatchTickers > 0 {
		return o.BatchTickers
	}
	return DefaultBatchTickers
}

// What to do with overlapping event windows of one ticker.
const (
	OverlapFirst = "first" // keep the earliest event of each overlapping run, leave out the others
	OverlapKeep  = "keep"  // keep them all (and report them)
	OverlapDrop  = "drop"  // leave out every event whose window overlaps another's
)

// PriceMove is the outcome-defined event type that studies leave out by default.
const PriceMove = "price_move"

// DefaultBenchmark is the market index studies measure against unless told otherwise: the S&P
// 500 as Yahoo Finance names it (^GSPC, loaded from GSPC.csv). usecase.Benchmark decides when it
// is used.
const DefaultBenchmark = "GSPC"

// DefaultStudyOptions are the windows and estimation window the CLI starts from.
func DefaultStudyOptions() StudyOptions {
	return StudyOptions{
		Windows:       []Window{{-1, 1}, {0, 5}, {-5, 20}},
		Benchmark:     DefaultBenchmark,
		Model:         MarketModel,
		Estimation:    Window{-250, -11},
		MinEstimation: 60,
		Overlap:       OverlapFirst,
	}
}

// EventReturn is one event, ticker and window of a study.
type EventReturn struct {
	EventID  int64
	Ticker   string
	Type     string
	Headline string
	// Session is when the event's news came out (before_open, regular, after_close, or "");
	// after_close moved T0 to the trading day after the event's date.
	Session string
	T0      time.Time
	Window  Window
	// PriceBefore and PriceT0 are the close column (not the adjusted close) at t0-1 and t0, for people;
	// the returns come from adjusted closes.
	PriceBefore, PriceT0 sql.NullFloat64
	Return               float64 // the ticker's return over the window
	// MarketReturn is the benchmark's return over the window, NaN when the benchmark lacks a day.
	MarketReturn float64
	// CAR is the cumulative abnormal return under Model; NaN (NULL when stored) when it cannot be
	// known, which Note explains: never 0 for a missing benchmark.
	CAR float64
	// SCAR is CAR over its standard error from the estimation window (NaN without one).
	SCAR float64
	// Model is the model actually used: market or constant-mean as asked, or market-adjusted when
	// the estimation window had fewer than MinEstimation returns (Fallback true).
	Model    string
	Fallback bool
	Alpha    float64
	Beta     float64
	// EstimationDays is how many returns the estimation window held.
	EstimationDays int
	// AbnormalVolume is the window's mean volume over the estimation window's (NaN without one).
	AbnormalVolume float64
	Days           int
	Complete       bool
	// BHAR is the buy-and-hold abnormal return: the stock's compounded return over the window less
	// the benchmark's (Barber and Lyon 1997), NaN where the benchmark lacks a day.
	BHAR float64
	// Note says why CAR is unknown.
	Note string
	// Excluded says why the window is left out of the statistics across events (an overlap under
	// OverlapFirst or OverlapDrop); empty when it counts.
	Excluded string
	// Overlaps names the earlier events of the ticker whose same window overlaps this one's, and
	// EstimationEvents the events of the ticker inside this event's estimation window.
	Overlaps, EstimationEvents []int64
	// day is t0's place in the ticker's trading days (comparable within a ticker only).
	day int64
	// df is the degrees of freedom of the variance behind SCAR (Patell's test needs it).
	df int
}

// studySQL measures every event window in one statement. The prices of the tickers (numbered by
// their place in $1, so that sorts, groups and joins compare integers), with the benchmark's
// returns joined by date, are sorted by (ticker, date) and numbered in that order by window
// functions with an empty OVER clause, which DuckDB streams in the sort's order (in studyStreams'
// streams): r, where row g's previous row belongs to the same ticker when the tickers match, and
// a ticker's days are the rows gfirst .. glast. (A window partitioned by ticker took 3.3 s for
// 25M rows where one stream takes 2.3.) The market model's sums over the estimation window (240
// returns an event by default) come from blocks of 32 rows summed once: an event reads about 7 block sums plus the rows at the two
// ragged ends, instead of joining every row of its estimation window, and the OLS fit is then
// arithmetic on the sums (n, Σx, Σy, Σxy, Σx², Σy²), as regr_* computes it. The ragged ends and
// the event windows are ranges of rows, joined to r by their 32-row blocks in one equi-join whose
// build side is the events' ranges, each event (and ticker) known inside by its place ek in $3.
// (Running sums carried by the streams, differenced at a window's ends, would need two rows an
// event instead of the ragged ends and the blocks, but DuckDB's streaming window computes a running
// sum row by row: eleven of them made the statement 80% slower.)
var studySQL = numberedPrices("$9", "$4", true, "$11", "$12") + `, e AS (
	-- Through a list and back: the planner's estimate of the joins' sizes below is wild, and the
	-- one-row list resets it, so that they build on the events' rows and not on r.
	SELECT unnest(l, recursive := true) FROM (SELECT list({ek: e.ek, tid: tk.tid, day: e.day}) AS l
		FROM (SELECT generate_subscripts($3::BIGINT[], 1)::INTEGER AS ek, unnest($4::VARCHAR[]) AS ticker,
			unnest($5::DATE[]) AS day) e
		JOIN tk USING (ticker))
), hit AS (
	-- Each event's day $5 placed on its ticker's trading days as alignSQL places it, over the
	-- prices numbered here rather than in a pass of its own: t0 is the first trading day in the
	-- week from the day on, and before says whether the ticker traded in the week up to the day
	-- (the caller settles an event without both as Align does). Most days are trading days, their
	-- own t0, found by equality; the week's days are probed for the others only, so that the
	-- common case costs one probe of r with the events' rows.
	SELECT e.ek, e.tid, r.g AS g0, r.date AS t0, r.c AS c0, r.cprev AS cbefore, true AS before
	FROM e JOIN r ON r.tid = e.tid AND r.date = e.day
), miss AS (
	SELECT d.ek, d.tid, min({g: r.g, date: r.date, c: r.c, cprev: r.cprev}) FILTER (WHERE d.k > 0) AS t,
		bool_or(d.k < 0) AS before
	FROM (SELECT e.ek, e.tid, o.k, e.day + o.k::INTEGER AS day
		FROM e ANTI JOIN hit USING (ek) CROSS JOIN range(-6, 7) AS o(k) WHERE o.k <> 0) d
	JOIN r ON r.tid = d.tid AND r.date = d.day
	GROUP BY d.ek, d.tid
), ev AS (
	-- Through a list and back again, for the joins below.
	-- cut: the event needs a row its ticker's numbering may have left out (tk.lo, tk.hi): the
	-- return of the row before its earliest day (the estimation window's or a window's), or a row
	-- past the last numbered. The caller measures such an event again over all its ticker's rows.
	SELECT unnest(l, recursive := true) FROM (SELECT list({ek: p.ek, t0: p.t0, before: p.before, tid: p.tid,
			g0: p.g0, c0: p.c0, cbefore: p.cbefore, gfirst: b.gfirst, glast: b.glast,
			lo: greatest(p.g0 + $6, b.gfirst), hi: p.g0 + $7,
			cut: b.locut AND p.g0 + least($6, list_min($8::INTEGER[])) <= b.gfirst
				OR b.hicut AND p.g0 + list_max($10::INTEGER[]) > b.glast}) AS l
		FROM (SELECT * FROM hit
			UNION ALL
			SELECT ek, tid, t.g, t.date, t.c, t.cprev, before FROM miss WHERE t IS NOT NULL) p
		JOIN bounds b ON b.tid = p.tid)
), evb AS (
	-- Whole blocks b cover rows 32b .. 32b+31; bl .. bh are those inside [lo, hi], all the
	-- event's ticker's (a block that straddles two tickers is never whole inside one).
	SELECT *, (lo + 31) // 32 AS bl, (hi + 1) // 32 - 1 AS bh FROM ev
), blk AS (
	SELECT g // 32 AS b, count(x * y) AS n, sum(CASE WHEN y IS NOT NULL THEN x END) AS sx,
		sum(CASE WHEN x IS NOT NULL THEN y END) AS sy, sum(x * y) AS sxy,
		sum(CASE WHEN y IS NOT NULL THEN x * x END) AS sxx, sum(CASE WHEN x IS NOT NULL THEN y * y END) AS syy,
		count(v) AS nv, sum(v) AS sv, ` + cmBlockSums + `
	FROM r WHERE tid IN (SELECT tid FROM ev) GROUP BY ALL
), w AS (
	SELECT unnest($8::INTEGER[]) AS wfrom, unnest($10::INTEGER[]) AS wto
), need AS (
	-- The estimation window's ragged ends (no window: wfrom NULL) and every event window, each a
	-- range of rows a .. b, listed once for every 32-row block it touches: the join below finds
	-- the range's rows in r by their block and keeps those inside the range. (Listing every row
	-- built a hash table ten times the size, the join's largest cost.)
	SELECT *, unnest(range(a // 32, b // 32 + 1)) AS bk
	FROM (
		SELECT ek, NULL::INTEGER AS wfrom, NULL::INTEGER AS wto, unnest(CASE WHEN bl <= bh
			THEN [{a: lo, b: 32 * bl - 1}, {a: 32 * bh + 32, b: hi}] ELSE [{a: lo, b: hi}] END, recursive := true)
		FROM evb
		UNION ALL
		SELECT ev.ek, w.wfrom, w.wto, greatest(ev.g0 + w.wfrom, ev.gfirst) AS a, least(ev.g0 + w.wto, ev.glast) AS b
		FROM ev CROSS JOIN w)
	WHERE a <= b
), sums AS MATERIALIZED (
	SELECT need.ek, need.wfrom, need.wto,
		count(r.x * r.y) AS n, sum(CASE WHEN r.y IS NOT NULL THEN r.x END) AS sx,
		sum(CASE WHEN r.x IS NOT NULL THEN r.y END) AS sy, sum(r.x * r.y) AS sxy,
		sum(CASE WHEN r.y IS NOT NULL THEN r.x * r.x END) AS sxx, sum(CASE WHEN r.x IS NOT NULL THEN r.y * r.y END) AS syy,
		count(r.v) AS nv, sum(r.v) AS sv, ` + cmRowSums + `,
		CASE WHEN $9 THEN sum(r.y) ELSE product(1 + r.y) - 1 END AS ret,
		CASE WHEN $9 THEN sum(r.x) ELSE product(1 + r.x) - 1 END AS mret,
		sum(r.y - r.x) AS car_ma, sum(r.x) AS sxall, count(r.x) AS nx, count(r.y) AS days, avg(r.v) AS vbar
	FROM need JOIN r ON r.g // 32 = need.bk AND r.g BETWEEN need.a AND need.b
	GROUP BY need.ek, need.wfrom, need.wto
), est_sums AS (
	-- The counts' sums as BIGINT, not the HUGEINT that sum() makes of them: Go reads them as integers.
	SELECT ek, sum(n)::BIGINT AS n, sum(sx) AS sx, sum(sy) AS sy, sum(sxy) AS sxy, sum(sxx) AS sxx,
		sum(syy) AS syy, sum(nv) AS nv, sum(sv) AS sv, sum(ny)::BIGINT AS ny, sum(sya) AS sya, sum(syya) AS syya
	FROM (
		SELECT k.ek, blk.n, blk.sx, blk.sy, blk.sxy, blk.sxx, blk.syy, blk.nv, blk.sv, blk.ny, blk.sya, blk.syya
		FROM (SELECT ek, unnest(range(bl, bh + 1)) AS b FROM evb) k
		JOIN blk USING (b)
		UNION ALL
		SELECT ek, n, sx, sy, sxy, sxx, syy, nv, sv, ny, sya, syya FROM sums WHERE wfrom IS NULL
	) GROUP BY ek
), fit AS (
	SELECT *, CASE WHEN n > 0 AND vxx > 0 THEN cxy / vxx END AS beta
	FROM (SELECT ek, n, sxy - sx * sy / n AS cxy, sxx - sx * sx / n AS vxx, syy - sy * sy / n AS vyy,
		sx / n AS mbar, sy / n AS ybar, sv / nv AS vbar, ny, sya / ny AS cm_mean,
		CASE WHEN ny >= 2 THEN (syya - sya * sya / ny) / (ny - 1) END AS cm_var,
		CASE WHEN n >= 2 THEN ((syy - 2 * sxy + sxx) - (sy - sx) * (sy - sx) / n) / (n - 1) END AS ma_var
		FROM est_sums)
)
SELECT ev.ek, ev.g0, s.wfrom, s.wto, ev.cbefore, ev.c0, s.ret, s.mret, s.car_ma,
	s.sy - s.n * (f.ybar - f.beta * f.mbar) - f.beta * s.sx AS car_mm,
	s.sxall - s.nx * f.mbar AS mdev,
	s.days, s.n AS adj_days, s.vbar / f.vbar AS abvol,
	f.n, f.ybar - f.beta * f.mbar AS alpha, f.beta, f.vyy, f.vxx, f.ma_var,
	s.sya - s.days * f.cm_mean AS car_cm, f.ny, f.cm_var, f.cm_mean, ev.t0, ev.before, ev.cut
FROM ev JOIN sums s ON s.ek = ev.ek AND s.wfrom IS NOT NULL
LEFT JOIN fit f ON f.ek = ev.ek`

// The sums behind the constant-mean model (the stock's own mean and variance over the estimation
// window), over studySQL's blocks and over its ranges of rows. Only that model reads them:
// withoutConstantMean leaves them out of the statement for the others, which spares a quarter of
// the aggregates over every row of the block sums.
const (
	cmBlockSums = "count(y) AS ny, sum(y) AS sya, sum(y * y) AS syya"
	cmRowSums   = "count(r.y) AS ny, sum(r.y) AS sya, sum(r.y * r.y) AS syya"
	cmNoSums    = "NULL::BIGINT AS ny, NULL::DOUBLE AS sya, NULL::DOUBLE AS syya"
)

// withoutConstantMean is query (studySQL) with the constant-mean model's sums NULL: its fit's
// columns (cm_mean, cm_var, ny) come out NULL, which studyBatch reads only under that model.
func withoutConstantMean(query string) string {
	return strings.NewReplacer(cmBlockSums, cmNoSums, cmRowSums, cmNoSums).Replace(query)
}

// numberedPrices starts the WITH clause of studySQL and dailyARSQL (which share it): tk, the
// tickers of the sorted list $1 numbered by their place (the benchmark $2 only when it is in the
// list eventTickers, the events' tickers); m, the benchmark $2's returns x by date; r, the
// tickers' prices numbered g in studyStreams' two streams, with the benchmark's return x and the
// ticker's own y (log returns when the parameter logParam is true); bounds, each ticker's first
// and last g (and whether its rows were cut at either end). closes adds to r the close c, the
// previous close cprev and the volume v, which only the study reads. loParam and hiParam, when
// not empty, are lists of dates in $1's order: a ticker's rows before its lo or after its hi
// (where not NULL) are left out of the numbering, as studyBounds sets them.
func numberedPrices(logParam, eventTickers string, closes bool, loParam, hiParam string) string {
	const streams = 2
	cols := "tid, date, g, x"
	if closes {
		cols = "tid, date, g, p, c, v, x, pprev, cprev"
	}
	lo, hi := "NULL::DATE", "NULL::DATE"
	if loParam != "" {
		lo, hi = "unnest("+loParam+"::DATE[])", "unnest("+hiParam+"::DATE[])"
	}
	return fmt.Sprintf(`
WITH tk AS (
	-- The benchmark $2 is numbered only when it has events (in the list %[5]s): its returns come
	-- by date from its prices, and its row groups, usually far from the batch's tickers, would
	-- widen the range the scans below read. s is the stream that numbers the ticker's prices
	-- (studyStreams): the first half of the sorted list, or the second.
	SELECT ticker, tid, ((tid - 1) * %[4]d // len($1::VARCHAR[]))::INTEGER AS s, lo, hi
	FROM (SELECT unnest($1::VARCHAR[]) AS ticker, generate_subscripts($1::VARCHAR[], 1)::INTEGER AS tid,
		%[6]s AS lo, %[7]s AS hi)
	WHERE ticker <> $2 OR list_contains(%[5]s::VARCHAR[], ticker)
), m AS (
	SELECT date, CASE WHEN %[1]s THEN ln(p / pprev) ELSE p / pprev - 1 END AS x
	FROM (SELECT date, p, lag(p) OVER (ORDER BY date) AS pprev
		FROM (SELECT date, coalesce(adj_close, close) AS p FROM prices WHERE ticker = $2))
), r AS MATERIALIZED (
	SELECT %[2]s, CASE WHEN %[1]s THEN ln(p / pprev) ELSE p / pprev - 1 END AS y
	FROM (
%[3]s)
), bounds AS (
	SELECT tid, b.gfirst, b.glast, tk.lo IS NOT NULL AS locut, tk.hi IS NOT NULL AS hicut
	FROM (SELECT tid, min(g) AS gfirst, max(g) AS glast FROM r GROUP BY tid) b JOIN tk USING (tid)
)`, logParam, cols, studyStreams(streams, closes), streams, eventTickers, lo, hi)
}

// studyStreams numbers the prices in n ordered streams, each over its part of the sorted ticker
// list (tk.s): each stream runs on one thread, and DuckDB runs the union's branches side by
// side. Parts of the list, not every n-th ticker, so that each stream's scan reads only the row
// groups of its own range of tickers (the scan skips the others by their tickers' least and
// greatest values; every n-th ticker made each stream read the whole batch's). Stream k's rows
// are numbered from k·2^40, so that a ticker's rows stay consecutive and no 32-row block is
// shared by two streams. closes adds the closes and volumes (c, cprev, v) to the sort and the
// rows.
func studyStreams(n int, closes bool) string {
	cols, lags, read := "tid, date, p, x", "", "coalesce(p.adj_close, p.close) AS p, m.x"
	if closes {
		cols = "tid, date, p, c, v, x"
		lags = ",\n\t\t\tCASE WHEN lag(tid) OVER () = tid THEN lag(c) OVER () END AS cprev"
		read = "coalesce(p.adj_close, p.close) AS p, p.close AS c, p.volume AS v, m.x"
	}
	var parts []string
	for k := range n {
		parts = append(parts, fmt.Sprintf(`		SELECT %s, row_number() OVER () + %d AS g,
			CASE WHEN lag(tid) OVER () = tid THEN lag(p) OVER () END AS pprev%s
		FROM (SELECT tk.tid, p.date, %s
			FROM prices p JOIN tk USING (ticker) LEFT JOIN m USING (date)
			WHERE tk.s = %d AND (tk.lo IS NULL OR p.date >= tk.lo) AND (tk.hi IS NULL OR p.date <= tk.hi)
			ORDER BY tk.tid, p.date)`, cols, int64(k)<<40, lags, read, k))
	}
	return strings.Join(parts, "\n\t\tUNION ALL\n")
}

// Study measures abnormal returns around the selected events. Forecasts never count as events that
// occurred, and coarse events count only with IncludeCoarse.
func Study(ctx context.Context, db *sql.DB, opts StudyOptions) ([]EventReturn, []Alignment, error) {
	return studyWith(ctx, db, opts, studySQL, true)
}

// study runs Study with query, which takes studySQL's arguments and returns its columns but for
// the last two (t0 and before): tests pass the first, direct formulation to check the faster one
// against it. Each event's t0 comes from Align.
func study(ctx context.Context, db *sql.DB, opts StudyOptions, query string) ([]EventReturn, []Alignment, error) {
	return studyWith(ctx, db, opts, query, false)
}

// studyEvent is an event a study measures: aligned[row], at day, which is its t0 when exact, or
// else its date (moved after the close) for the statement to place on a trading day.
type studyEvent struct {
	row   int
	day   time.Time
	exact bool
	// What the statement found: placed (a t0, which is t0) and before (a trading day in the week
	// up to day).
	placed, before bool
	t0             time.Time
}

// studyWith runs the study with query. With place, the query places the day-granular events it
// measures on their tickers' trading days itself, over the prices it numbers anyway (studySQL
// does), and Align looks up only the others' days: one pass over the prices instead of two. The
// events the query cannot place within a week are settled as Align settles them, and measured
// again at the day found.
func studyWith(ctx context.Context, db *sql.DB, opts StudyOptions, query string, place bool) ([]EventReturn, []Alignment, error) {
	if opts.Model != MarketModel && opts.Model != MarketAdjusted && opts.Model != ConstantMean && !IsFactorModel(opts.Model) {
		return nil, nil, fmt.Errorf("unknown model %q: use %s, %s, %s, %s or %s", opts.Model, MarketModel, MarketAdjusted, ConstantMean, FamaFrench3, Carhart4)
	}
	if IsFactorModel(opts.Model) && opts.LogReturns {
		return nil, nil, fmt.Errorf("the %s model uses simple returns, as the factors are: leave out log returns", opts.Model)
	}
	if IsFactorModel(opts.Model) {
		// Measured market-adjusted first (returns, prices, volume, and the fallback's CARs), then
		// refitted on the factors.
		base := opts
		base.Model = MarketAdjusted
		rs, aligned, err := studyWith(ctx, db, base, query, place)
		if err != nil {
			return nil, nil, err
		}
		if err := applyFactorModel(ctx, db, opts, rs); err != nil {
			return nil, nil, err
		}
		return rs, aligned, nil
	}
	switch opts.Overlap {
	case "":
		opts.Overlap = OverlapFirst
	case OverlapFirst, OverlapKeep, OverlapDrop:
	default:
		return nil, nil, fmt.Errorf("unknown overlap rule %q: use %s, %s or %s", opts.Overlap, OverlapFirst, OverlapKeep, OverlapDrop)
	}
	if opts.Estimation.From > opts.Estimation.To || opts.Estimation.To >= 0 {
		return nil, nil, fmt.Errorf("estimation window %s must end before the event day", opts.Estimation)
	}
	var froms, tos []string
	for _, w := range opts.Windows {
		if w.From > w.To {
			return nil, nil, fmt.Errorf("window %s: the first day is after the last", w)
		}
		froms = append(froms, fmt.Sprint(w.From))
		tos = append(tos, fmt.Sprint(w.To))
	}
	if opts.Model != ConstantMean {
		query = withoutConstantMean(query)
	}
	// One transaction, so that the alignment and every batch read the same prices.
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("event study: %w", err)
	}
	defer tx.Rollback()
	leaveOutMoves := !opts.IncludePriceMoves && !slices.Contains(opts.Types, PriceMove)
	// The events the statement places: day-granular, not forecasts, not left out (as in the loop
	// below), in Go and in SQL over alignSQL's events.
	var skip string
	var deferred func(*Alignment) bool
	if place {
		skip = fmt.Sprintf("granularity = %s AND status <> 'forecast'", sqltext.String(events.Day))
		if leaveOutMoves {
			skip += " AND type <> " + sqltext.String(PriceMove)
		}
		deferred = func(a *Alignment) bool {
			return a.Granularity == events.Day && a.Status != "forecast" && !(leaveOutMoves && a.Type == PriceMove)
		}
	}
	rows, err := alignRows(ctx, tx, opts.Filter, alignSQL, skip, deferred)
	if err != nil {
		return nil, nil, err
	}
	aligned := make([]Alignment, len(rows))
	var evs []studyEvent
	for i := range rows {
		if rows[i].deferred {
			aligned[i] = rows[i].a
			evs = append(evs, studyEvent{row: i, day: rows[i].start})
			continue
		}
		aligned[i] = rows[i].resolve()
		a := &aligned[i]
		if a.Type == PriceMove && leaveOutMoves {
			a.Excluded = "price_move events are defined by the return itself (selection on the outcome): --include-price-moves adds them"
			continue
		}
		if a.Status == "forecast" {
			continue
		}
		t0 := a.T0
		if t0 == nil && opts.IncludeCoarse {
			t0 = a.PeriodStart
		}
		if t0 == nil {
			continue
		}
		evs = append(evs, studyEvent{row: i, day: *t0, exact: true})
	}
	if len(evs) == 0 {
		return nil, aligned, nil
	}
	m := measurer{opts: opts, query: query, place: place, tx: tx, aligned: aligned, evs: evs, froms: froms, tos: tos,
		out: make([]EventReturn, 0, len(evs)*len(opts.Windows))}
	all := make([]int, len(evs))
	for k := range all {
		all[k] = k
	}
	if err := m.measure(ctx, all); err != nil {
		return nil, nil, err
	}
	if place {
		if err := m.settle(ctx, rows); err != nil {
			return nil, nil, err
		}
	}
	out := m.out
	sortEventReturns(out)
	if err := noteMissingBenchmark(ctx, db, opts.Benchmark, out); err != nil {
		return nil, nil, err
	}
	markOverlaps(out, opts.Overlap, opts.Estimation)
	return out, aligned, nil
}

// measurer measures a study's events in batches of tickers.
type measurer struct {
	opts       StudyOptions
	query      string
	place      bool
	tx         *sql.Tx
	aligned    []Alignment
	evs        []studyEvent
	froms, tos []string
	out        []EventReturn
}

// measure measures the events evs[which[...]], a batch of tickers at a time. Each ticker's prices
// are numbered only around its events (studyBounds); an event that needs a row left out is
// measured again over all its ticker's prices.
func (m *measurer) measure(ctx context.Context, which []int) error {
	cut, err := m.measureBatches(ctx, which, true)
	if err != nil || len(cut) == 0 {
		return err
	}
	_, err = m.measureBatches(ctx, cut, false)
	return err
}

// measureBatches measures the events evs[which[...]], a batch of tickers at a time, numbering
// only the rows around each ticker's events when bounded. It returns the events it left out,
// those of the tickers where an event needed a row outside the bounds.
func (m *measurer) measureBatches(ctx context.Context, which []int, bounded bool) ([]int, error) {
	byTicker := map[string][]int{}
	for _, k := range which {
		t := m.aligned[m.evs[k].row].Ticker
		byTicker[t] = append(byTicker[t], k)
	}
	tickers := slices.Sorted(maps.Keys(byTicker))
	// The statement sorts and numbers every price of its tickers, and holds them: in batches of
	// tickers its memory stays bounded however many tickers the study has, for a few more scans.
	var cut []int
	for b, size := 0, m.opts.batch(); b < len(tickers); b += size {
		batch := tickers[b:min(b+size, len(tickers))]
		var idx []int // the batch's events in evs, by their place in the query's lists (ek, from 1)
		for _, t := range batch {
			idx = append(idx, byTicker[t]...)
		}
		c, err := m.batch(ctx, batch, idx, bounded)
		if err != nil {
			return nil, err
		}
		cut = append(cut, c...)
	}
	return cut, nil
}

// studyBounds are the dates outside which a ticker's prices are not numbered, from the days of
// its events: the rows an event reads lie within its estimation window's and windows' reach in
// trading days, and a calendar margin for that many trading days (calendarReach) keeps them,
// with the week around its day that placement probes, unless the ticker has a long gap in its
// prices; studySQL then flags the event (cut) and it is measured again over every row. In a
// study of 20 events a ticker over 20 years, a tenth of the rows go; with a few events over a
// long history, most of them.
func studyBounds(opts StudyOptions, days []time.Time) (lo, hi time.Time) {
	before, after := -opts.Estimation.From, 0
	for _, w := range opts.Windows {
		before, after = max(before, -w.From), max(after, w.To)
	}
	first, last := days[0], days[0]
	for _, d := range days[1:] {
		if d.Before(first) {
			first = d
		}
		if d.After(last) {
			last = d
		}
	}
	return first.AddDate(0, 0, -calendarReach(before)), last.AddDate(0, 0, calendarReach(after))
}

// calendarReach is a number of calendar days that holds n trading days and a week more on most
// exchanges' calendars: five trading days a week and up to about fifteen holidays a year take
// under 1.5 calendar days a trading day, and the 14 days cover the week placement probes and a
// holiday week. A longer gap in a ticker's prices costs a second measurement, never a result.
func calendarReach(n int) int { return n*3/2 + 14 }

// settle settles, as Align does, the events the statements did not place (no trading day in the
// week from their day on, or none in the week up to it): it fills in their alignments, drops the
// rows of those without a t0, and measures those whose t0 differs from the one measured (a t0
// after a gap of more than a week in their ticker's prices).
func (m *measurer) settle(ctx context.Context, rows []alignRow) error {
	var far []int
	var open []alignRow
	for k := range m.evs {
		e := &m.evs[k]
		if e.exact {
			continue
		}
		if e.placed && e.before {
			t0 := e.t0
			m.aligned[e.row].T0 = &t0
			continue
		}
		r := rows[e.row]
		r.deferred = false
		far = append(far, k)
		open = append(open, r)
	}
	if len(far) == 0 {
		return nil
	}
	if err := settleFar(ctx, m.tx, open); err != nil {
		return err
	}
	type key struct {
		id     int64
		ticker string
	}
	drop := map[key]bool{}
	var again []int
	for j, k := range far {
		e := &m.evs[k]
		a := open[j].resolve()
		m.aligned[e.row] = a
		if e.placed && (a.T0 == nil || !a.T0.Equal(e.t0)) {
			drop[key{a.EventID, a.Ticker}] = true
		}
		if a.T0 != nil && !(e.placed && a.T0.Equal(e.t0)) {
			e.day, e.exact = *a.T0, true
			again = append(again, k)
		}
	}
	if len(drop) > 0 {
		m.out = slices.DeleteFunc(m.out, func(r EventReturn) bool { return drop[key{r.EventID, r.Ticker}] })
	}
	return m.measure(ctx, again)
}

// compareEventReturns orders a study's rows as it returns them: by t0, event, ticker and window.
func compareEventReturns(a, b *EventReturn) int {
	if c := a.T0.Compare(b.T0); c != 0 {
		return c
	}
	if c := cmp.Compare(a.EventID, b.EventID); c != 0 {
		return c
	}
	if c := strings.Compare(a.Ticker, b.Ticker); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Window.From, b.Window.From); c != 0 {
		return c
	}
	return cmp.Compare(a.Window.To, b.Window.To)
}

// sortEventReturns puts a study's rows in order of t0, event, ticker and window. It sorts their
// places and then moves each row once: sorting the rows themselves (some 400 bytes each) moved
// every row at each step of the sort, which at 300,000 rows cost more than the statements' wait.
func sortEventReturns(rs []EventReturn) {
	order := make([]int32, len(rs))
	for i := range order {
		order[i] = int32(i)
	}
	// Equal keys keep their order by their places: a stable sort without SortStableFunc's
	// merges, which cost several times the comparisons.
	slices.SortFunc(order, func(i, j int32) int {
		if c := compareEventReturns(&rs[i], &rs[j]); c != 0 {
			return c
		}
		return cmp.Compare(i, j)
	})
	// Row j of the result is rs[order[j]]: each cycle of the permutation is followed once, and a
	// place done points at itself.
	for start := range rs {
		if int(order[start]) == start {
			continue
		}
		held := rs[start]
		j := start
		for {
			k := int(order[j])
			order[j] = int32(j)
			if k == start {
				rs[j] = held
				break
			}
			rs[j] = rs[k]
			j = k
		}
	}
}

// batch measures the events evs[idx[...]] on the tickers batch, appending to out, and returns
// the events it left out: those of the tickers whose numbering, bounded, missed a row that one
// of their events needs.
func (m *measurer) batch(ctx context.Context, batch []string, idx []int, bounded bool) ([]int, error) {
	opts := m.opts
	ids := make([]string, len(idx))
	tickers := make([]string, len(idx))
	days := make([]string, len(idx))
	for k, i := range idx {
		a := &m.aligned[m.evs[i].row]
		ids[k] = fmt.Sprint(a.EventID)
		tickers[k] = a.Ticker
		days[k] = m.evs[i].day.Format("2006-01-02")
	}
	all := slices.Clone(batch)
	if !slices.Contains(all, opts.Benchmark) {
		all = append(all, opts.Benchmark)
		slices.Sort(all)
	}
	list := func(items []string) string { return "[" + strings.Join(items, ", ") + "]" }
	args := []any{sqltext.List(all), opts.Benchmark, list(ids), sqltext.List(tickers),
		sqltext.List(days), opts.Estimation.From, opts.Estimation.To, list(m.froms), opts.LogReturns, list(m.tos)}
	if m.place {
		// Each ticker's dates to number (NULL: all), in all's order: studySQL takes them, the
		// reference formulation that tests pass (not placing its events) does not.
		tickerDays := map[string][]time.Time{}
		for _, i := range idx {
			t := m.aligned[m.evs[i].row].Ticker
			tickerDays[t] = append(tickerDays[t], m.evs[i].day)
		}
		los, his := make([]string, len(all)), make([]string, len(all))
		for k, t := range all {
			los[k], his[k] = "NULL", "NULL"
			if d := tickerDays[t]; bounded && len(d) > 0 {
				lo, hi := studyBounds(opts, d)
				los[k], his[k] = sqltext.String(lo.Format(time.DateOnly)), sqltext.String(hi.Format(time.DateOnly))
			}
		}
		args = append(args, list(los), list(his))
	}
	rows, err := m.tx.QueryContext(ctx, m.query, args...)
	if err != nil {
		return nil, fmt.Errorf("event study: %w", err)
	}
	defer rows.Close()
	// Each row is scanned into plain values and converted here: database/sql's conversions into
	// typed destinations (sql.NullFloat64 and the like, through reflection and, for the HUGEINT
	// sums, strings) cost more than the statement's own sums at 300,000 rows. One set of
	// destinations serves every row.
	ncols := 24
	if m.place {
		ncols += 3
	}
	start := len(m.out)
	short := map[string]bool{} // tickers with an event that lacks a row the bounds left out
	vals := make([]any, ncols)
	dest := make([]any, ncols)
	for i := range vals {
		dest[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("event study: %w", err)
		}
		var er EventReturn
		var c scanned
		ek := int(c.int(vals[0]))
		er.day = c.int(vals[1])
		er.Window.From, er.Window.To = int(c.int(vals[2])), int(c.int(vals[3]))
		er.PriceBefore, er.PriceT0 = c.float(vals[4]), c.float(vals[5])
		ret, mret, carMA, carMM, mdev := c.float(vals[6]), c.float(vals[7]), c.float(vals[8]), c.float(vals[9]), c.float(vals[10])
		er.Days = int(c.int(vals[11]))
		adjDays := int(c.int(vals[12]))
		abvol, n, alpha, beta := c.float(vals[13]), c.nullInt(vals[14]), c.float(vals[15]), c.float(vals[16])
		syy, sxx, maVar, carCM := c.float(vals[17]), c.float(vals[18]), c.float(vals[19]), c.float(vals[20])
		ny, cmVar, cmMean := c.nullInt(vals[21]), c.float(vals[22]), c.float(vals[23])
		var t0 time.Time
		var before, cut bool
		if m.place {
			t0, before, cut = c.time(vals[24]), c.bool(vals[25]), c.bool(vals[26])
		}
		if c.err != nil {
			return nil, fmt.Errorf("event study: %w", c.err)
		}
		if ek < 1 || ek > len(idx) {
			return nil, fmt.Errorf("event study: event %d of %d", ek, len(idx))
		}
		if cut {
			if !bounded {
				return nil, fmt.Errorf("event study: event %d lacks rows though every row was numbered", ek)
			}
			short[m.aligned[m.evs[idx[ek-1]].row].Ticker] = true
			continue
		}
		e := &m.evs[idx[ek-1]]
		if !m.place {
			t0 = e.day
		}
		e.placed, e.before, e.t0 = true, before, t0
		a := &m.aligned[e.row]
		er.EventID, er.Ticker, er.T0 = a.EventID, a.Ticker, t0
		er.Type, er.Headline, er.Session = a.Type, a.Headline, a.Session
		er.Return, er.MarketReturn = ret.Float64, mret.Float64
		er.BHAR = buyAndHold(er.Return, er.MarketReturn, opts.LogReturns)
		er.EstimationDays = int(n.Int64)
		er.AbnormalVolume = nullNaN(abvol)
		L := float64(er.Window.To - er.Window.From + 1)
		if opts.Model == ConstantMean && int(ny.Int64) >= opts.MinEstimation && cmVar.Valid {
			// The stock's own mean return over the estimation window: no benchmark needed.
			er.Model, er.CAR, er.EstimationDays = ConstantMean, carCM.Float64, int(ny.Int64)
			// The normal return as alpha + beta·x with beta 0, so that daily abnormal returns follow.
			er.Alpha, er.Beta, er.df = cmMean.Float64, 0, er.EstimationDays-1
			er.Complete = er.Days == er.Window.To-er.Window.From+1
			if adjDays < er.Days {
				er.MarketReturn, er.BHAR = math.NaN(), math.NaN() // unknown all the same
			}
			er.SCAR = math.NaN()
			nn := float64(er.EstimationDays)
			if v := cmVar.Float64 * (L + L*L/nn); v > 0 {
				er.SCAR = er.CAR / math.Sqrt(v)
			}
			m.out = append(m.out, er)
			continue
		}
		er.Complete = er.Days == er.Window.To-er.Window.From+1 && adjDays == er.Days
		if adjDays < er.Days {
			// The benchmark has no return on some of the window's days: the abnormal return is
			// unknown, not the stock's return against nothing. noteMissingBenchmark says why.
			er.MarketReturn, er.CAR, er.SCAR, er.BHAR = math.NaN(), math.NaN(), math.NaN(), math.NaN()
			er.Note = fmt.Sprintf("%s has no return on %d of the window's %d days", opts.Benchmark, er.Days-adjDays, er.Days)
			er.Model, er.Alpha, er.Beta = opts.Model, math.NaN(), math.NaN()
			er.Fallback = false
			m.out = append(m.out, er)
			continue
		}
		er.SCAR = math.NaN()
		useMM := opts.Model == MarketModel && er.EstimationDays >= opts.MinEstimation && beta.Valid
		switch {
		case useMM:
			er.Model, er.CAR, er.Alpha, er.Beta = MarketModel, carMM.Float64, alpha.Float64, beta.Float64
			er.df = er.EstimationDays - 2
			// The CAR's variance under the market model, with the prediction error of the fitted
			// line (Campbell, Lo and MacKinlay 1997, ch. 4).
			nn := float64(er.EstimationDays)
			s2 := (syy.Float64 - beta.Float64*beta.Float64*sxx.Float64) / (nn - 2)
			v := s2 * (L + L*L/nn + mdev.Float64*mdev.Float64/sxx.Float64)
			if v > 0 {
				er.SCAR = er.CAR / math.Sqrt(v)
			}
		default:
			er.Model, er.CAR = MarketAdjusted, carMA.Float64
			er.Fallback = opts.Model != MarketAdjusted
			er.Alpha, er.Beta, er.df = 0, 1, er.EstimationDays-1
			if maVar.Valid && maVar.Float64 > 0 && er.EstimationDays >= 2 {
				er.SCAR = er.CAR / math.Sqrt(maVar.Float64*L)
			}
		}
		m.out = append(m.out, er)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("event study: %w", err)
	}
	if len(short) == 0 {
		return nil, nil
	}
	// Every event of a ticker with a short event goes back to be measured again, so that the
	// ticker's events are all numbered in one statement (the overlap rules compare their places).
	kept := slices.DeleteFunc(m.out[start:], func(r EventReturn) bool { return short[r.Ticker] })
	m.out = m.out[:start+len(kept)]
	var again []int
	for _, i := range idx {
		if e := &m.evs[i]; short[m.aligned[e.row].Ticker] {
			e.placed, e.before, e.t0 = false, false, time.Time{}
			again = append(again, i)
		}
	}
	return again, nil
}

// buyAndHold is the window's buy-and-hold abnormal return from its compounded returns: the
// stock's less the benchmark's (both log sums when logReturns).
func buyAndHold(ret, mret float64, logReturns bool) float64 {
	if logReturns {
		return math.Exp(ret) - math.Exp(mret)
	}
	return ret - mret
}

// scanned converts the plain values a row was scanned into (database/sql's driver values: int64,
// float64, time.Time, bool, or nil for NULL; HUGEINT sums come as *big.Int) and keeps the first
// value of a type it does not expect.
type scanned struct{ err error }

func (c *scanned) float(v any) sql.NullFloat64 {
	switch x := v.(type) {
	case nil:
		return sql.NullFloat64{}
	case float64:
		return sql.NullFloat64{Float64: x, Valid: true}
	case float32:
		return sql.NullFloat64{Float64: float64(x), Valid: true}
	}
	if n := c.nullInt(v); n.Valid {
		return sql.NullFloat64{Float64: float64(n.Int64), Valid: true}
	}
	return sql.NullFloat64{}
}

func (c *scanned) nullInt(v any) sql.NullInt64 {
	switch x := v.(type) {
	case nil:
		return sql.NullInt64{}
	case int64:
		return sql.NullInt64{Int64: x, Valid: true}
	case int32:
		return sql.NullInt64{Int64: int64(x), Valid: true}
	case int16:
		return sql.NullInt64{Int64: int64(x), Valid: true}
	case int8:
		return sql.NullInt64{Int64: int64(x), Valid: true}
	case uint32:
		return sql.NullInt64{Int64: int64(x), Valid: true}
	case *big.Int:
		if x.IsInt64() {
			return sql.NullInt64{Int64: x.Int64(), Valid: true}
		}
	}
	c.fail(v, "an integer")
	return sql.NullInt64{}
}

// int is a value that is never NULL in the statements: a NULL is an error, as a scan into an int
// makes it.
func (c *scanned) int(v any) int64 {
	n := c.nullInt(v)
	if !n.Valid && v == nil {
		c.fail(v, "an integer")
	}
	return n.Int64
}

func (c *scanned) time(v any) time.Time {
	if t, ok := v.(time.Time); ok {
		return t
	}
	c.fail(v, "a date")
	return time.Time{}
}

func (c *scanned) nullTime(v any) sql.NullTime {
	if v == nil {
		return sql.NullTime{}
	}
	return sql.NullTime{Time: c.time(v), Valid: true}
}

// str is a VARCHAR that is never NULL in the statements.
func (c *scanned) str(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	c.fail(v, "a string")
	return ""
}

// nullStr is a VARCHAR that may be NULL, read as "".
func (c *scanned) nullStr(v any) string {
	if v == nil {
		return ""
	}
	return c.str(v)
}

func (c *scanned) bool(v any) bool {
	if b, ok := v.(bool); ok {
		return b
	}
	c.fail(v, "a boolean")
	return false
}

func (c *scanned) fail(v any, want string) {
	if c.err == nil {
		c.err = fmt.Errorf("a column holds %T (%v), not %s", v, v, want)
	}
}

func nullNaN(v sql.NullFloat64) float64 {
	if !v.Valid {
		return math.NaN()
	}
	return v.Float64
}

// Aggregate is the cross-section of CARs for one window over a group of events.
type Aggregate struct {
	Group     string // "all", a ticker or a type
	Window    Window
	N         int
	MeanCAR   float64
	MedianCAR float64
	T         float64 // cross-sectional t of the mean CAR
	PT        float64 // two-sided p-value of T
	BMP       float64 // Boehmer, Musumeci and Poulsen (1991) standardized cross-sectional t
	PBMP      float64
	NBMP      int // events with a standardized CAR
	Positive  int
	PSign     float64 // two-sided binomial sign test p-value
	// Patell (1976) Z of the standardized CARs, with its two-sided normal p-value.
	Patell, PPatell float64
	// Wilcoxon is the signed-rank statistic W+ of the CARs, PWilcoxon its two-sided p-value.
	Wilcoxon, PWilcoxon float64
	// MeanBHAR is the mean buy-and-hold abnormal return over NBHAR events, TBHAR its
	// skewness-adjusted t (Lyon, Barber and Tsai 1999) and PBHAR the two-sided p-value.
	MeanBHAR, TBHAR, PBHAR float64
	NBHAR                  int
	// BMPKP is BMP adjusted for the average cross-correlation of the events' abnormal returns
	// (Kolari and Pynnönen 2010); Corrado the rank test (Corrado 1989); GSign the generalized sign
	// test (Cowan 1992); each with its two-sided p-value. They need every event's daily abnormal
	// returns: NaN until DailyTests fills them.
	BMPKP, PBMPKP, Corrado, PCorrado, GSign, PGSign float64
}

// Aggregates groups complete event windows with a CAR by key (ticker, type, or "all") and tests
// their CARs; windows a study's design left out (Excluded) do not count.
func Aggregates(rs []EventReturn, by string) []Aggregate {
	type key struct {
		group string
		w     Window
	}
	// The groups hold the rows' places: copying the rows (some 400 bytes each) into them cost
	// more than the tests at 300,000 rows.
	groups := map[key][]int32{}
	var order []key
	for i := range rs {
		r := &rs[i]
		if !counts(*r) {
			continue
		}
		k := key{groupOf(*r, by), r.Window}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], int32(i))
	}
	slices.SortFunc(order, func(a, b key) int {
		if c := strings.Compare(a.group, b.group); c != 0 {
			return c
		}
		if a.w.From != b.w.From {
			return a.w.From - b.w.From
		}
		return a.w.To - b.w.To
	})
	var out []Aggregate
	for _, k := range order {
		out = append(out, aggregate(k.group, k.w, rs, groups[k]))
	}
	return out
}

// counts reports whether an event window counts in the statistics across events: complete, with a
// CAR, and not left out by the study's design.
func counts(r EventReturn) bool { return r.Complete && r.Excluded == "" && finite(r.CAR) }

// groupOf is the group of r when the statistics are grouped by by (ticker, type, or all).
func groupOf(r EventReturn, by string) string {
	switch by {
	case "ticker":
		return r.Ticker
	case "type":
		return r.Type
	}
	return "all"
}

// aggregate tests the rows rs[idx[...]] of one group and window.
func aggregate(group string, w Window, rs []EventReturn, idx []int32) Aggregate {
	a := Aggregate{Group: group, Window: w, N: len(idx)}
	nan := math.NaN()
	a.BMPKP, a.PBMPKP, a.Corrado, a.PCorrado, a.GSign, a.PGSign = nan, nan, nan, nan, nan, nan
	cars := make([]float64, 0, len(idx))
	scars := make([]float64, 0, len(idx))
	bhars := make([]float64, 0, len(idx))
	dfs := make([]int, 0, len(idx))
	for _, i := range idx {
		r := &rs[i]
		cars = append(cars, r.CAR)
		if r.CAR > 0 {
			a.Positive++
		}
		if !math.IsNaN(r.SCAR) {
			scars = append(scars, r.SCAR)
			dfs = append(dfs, r.df)
		}
		if !math.IsNaN(r.BHAR) {
			bhars = append(bhars, r.BHAR)
		}
	}
	a.MeanCAR = stat.Mean(cars, nil)
	sorted := slices.Clone(cars)
	slices.Sort(sorted)
	mid := len(sorted) / 2
	a.MedianCAR = sorted[mid]
	if len(sorted)%2 == 0 {
		a.MedianCAR = (sorted[mid-1] + sorted[mid]) / 2
	}
	a.T, a.PT = tTest(cars)
	a.NBMP = len(scars)
	a.BMP, a.PBMP = tTest(scars)
	a.PSign = signTest(a.Positive, a.N)
	a.Patell, a.PPatell = patellZ(scars, dfs)
	a.Wilcoxon, a.PWilcoxon = wilcoxon(cars)
	a.NBHAR = len(bhars)
	a.MeanBHAR, a.TBHAR, a.PBHAR = skewAdjustedT(bhars)
	return a
}

// tTest is the one-sample t of the mean against zero, with its two-sided p-value.
func tTest(xs []float64) (float64, float64) {
	if len(xs) < 2 {
		return math.NaN(), math.NaN()
	}
	sd := stat.StdDev(xs, nil)
	if sd == 0 {
		return math.NaN(), math.NaN()
	}
	t := stat.Mean(xs, nil) / (sd / math.Sqrt(float64(len(xs))))
	p := 2 * distuv.StudentsT{Mu: 0, Sigma: 1, Nu: float64(len(xs) - 1)}.Survival(math.Abs(t))
	return t, p
}

// signTest is the two-sided binomial test that positives out of n is a fair coin's.
func signTest(positives, n int) float64 {
	if n == 0 {
		return math.NaN()
	}
	b := distuv.Binomial{N: float64(n), P: 0.5}
	k := float64(min(positives, n-positives))
	p := 2 * b.CDF(k)
	return math.Min(1, p)
}
