package analytics

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/store"
)

// referenceStudySQL is the study's first formulation: every estimation and window row joined on
// (ticker, day number) and fitted by regr_* aggregates. It is slow on large universes but direct,
// so TestStudyMatchesReference holds the block-sum formulation to it. (It returns each event by its
// place ek in the lists, as studySQL does, where it returned the event's id, ticker and day.)
const referenceStudySQL = `
WITH px AS (
	SELECT ticker, date, coalesce(adj_close, close) AS p, close AS c, volume,
		row_number() OVER (PARTITION BY ticker ORDER BY date) AS i
	FROM prices WHERE ticker IN (SELECT unnest($1::VARCHAR[]))
), r AS MATERIALIZED (
	SELECT ticker, date, i, p, c, volume,
		CASE WHEN $9 THEN ln(p / lag(p) OVER w) ELSE p / lag(p) OVER w - 1 END AS ret
	FROM px WINDOW w AS (PARTITION BY ticker ORDER BY date)
), m AS (
	SELECT date, ret AS mret FROM r WHERE ticker = $2
), ev AS (
	SELECT e.ek, e.event_id, e.ticker, e.t0, r.i AS i0, r.c AS c0, (SELECT q.c FROM r q WHERE q.ticker = e.ticker AND q.i = r.i - 1) AS cbefore
	FROM (SELECT generate_subscripts($3::BIGINT[], 1) AS ek, unnest($3::BIGINT[]) AS event_id,
		unnest($4::VARCHAR[]) AS ticker, unnest($5::DATE[]) AS t0) e
	JOIN r ON r.ticker = e.ticker AND r.date = e.t0
), est AS (
	SELECT ev.event_id, ev.ticker,
		regr_count(r.ret, m.mret) AS n,
		regr_slope(r.ret, m.mret) AS beta,
		regr_intercept(r.ret, m.mret) AS alpha,
		regr_syy(r.ret, m.mret) AS syy,
		regr_sxx(r.ret, m.mret) AS sxx,
		regr_avgx(r.ret, m.mret) AS mbar,
		var_samp(r.ret - m.mret) AS ma_var,
		avg(r.volume) AS vbar, avg(r.ret) AS cm_mean, var_samp(r.ret) AS cm_var, count(r.ret) AS ny
	FROM ev CROSS JOIN range($6, $7 + 1) AS k(off)
	JOIN r ON r.ticker = ev.ticker AND r.i = ev.i0 + k.off
	LEFT JOIN m ON m.date = r.date
	GROUP BY ev.event_id, ev.ticker
), w AS (
	SELECT unnest($8::INTEGER[]) AS wfrom, unnest($10::INTEGER[]) AS wto
)
SELECT ev.ek, ev.i0, w.wfrom, w.wto, ev.cbefore, ev.c0,
	CASE WHEN $9 THEN sum(r.ret) ELSE product(1 + r.ret) - 1 END AS ret,
	CASE WHEN $9 THEN sum(m.mret) ELSE product(1 + m.mret) - 1 END AS mret,
	sum(r.ret - m.mret) AS car_ma,
	sum(r.ret - (est.alpha + est.beta * m.mret)) AS car_mm,
	sum(m.mret - est.mbar) AS mdev,
	count(r.ret) AS days, count(r.ret - m.mret) AS adj_days,
	avg(r.volume) / any_value(est.vbar) AS abvol,
	any_value(est.n), any_value(est.alpha), any_value(est.beta), any_value(est.syy), any_value(est.sxx), any_value(est.ma_var),
	sum(r.ret) - count(r.ret) * any_value(est.cm_mean) AS car_cm, any_value(est.ny), any_value(est.cm_var), any_value(est.cm_mean)
FROM ev CROSS JOIN w CROSS JOIN LATERAL range(w.wfrom, w.wto + 1) AS k(off)
JOIN r ON r.ticker = ev.ticker AND r.i = ev.i0 + k.off
LEFT JOIN m ON m.date = r.date
LEFT JOIN est ON est.event_id = ev.event_id AND est.ticker = ev.ticker
GROUP BY ev.ek, ev.i0, ev.event_id, ev.ticker, ev.t0, w.wfrom, w.wto, ev.cbefore, ev.c0
ORDER BY ev.t0, ev.event_id, ev.ticker, w.wfrom, w.wto`

// messyDB is a market M and six stocks with what real series have: late listings, missing days
// (the market's and the stocks'), missing volumes and adjusted closes, and events on the first
// day, within the estimation window's reach of it, near the last day, on several tickers at once
// and dated by a month.
func messyDB(t *testing.T) *sql.DB {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "m.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	rng := rand.New(rand.NewPCG(3, 5))
	dates := weekdays(time.Date(2012, 1, 2, 0, 0, 0, 0, time.UTC), 700)
	tx, err := st.DB.Begin()
	if err != nil {
		t.Fatal(err)
	}
	stmt, err := tx.Prepare(`INSERT INTO prices (ticker, date, close, adj_close, volume) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		t.Fatal(err)
	}
	first := map[string]int{"M": 0, "A": 0, "B": 40, "C": 200, "D": 330, "E": 0, "F": 650, "G": 0}
	t0s := map[string][]int{}
	for _, tk := range []string{"M", "A", "B", "C", "D", "E", "F", "G"} {
		p := 20 + 80*rng.Float64()
		for i := first[tk]; i < len(dates); i++ {
			p *= math.Exp(rng.NormFloat64() * 0.02)
			if i > first[tk] && rng.Float64() < 0.03 || tk == "G" && i >= 300 && i < 340 {
				continue // a missing day; G misses eight weeks
			}
			var adj, vol any = p * 0.97, int64(1e5 + rng.Float64()*1e6)
			if rng.Float64() < 0.05 {
				adj = nil
			}
			if rng.Float64() < 0.05 {
				vol = nil
			}
			if _, err := stmt.Exec(tk, dates[i], p, adj, vol); err != nil {
				t.Fatal(err)
			}
			t0s[tk] = append(t0s[tk], i)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	add := func(value, typ string, tickers ...string) {
		addEvent(t, st.DB, value, typ, fmt.Sprintf("%s %s", value, tickers), tickers...)
	}
	for _, tk := range []string{"A", "B", "C", "D", "E", "F"} {
		days := t0s[tk]
		picks := []int{0, 1, 5, 11, 12, 30, 70, 71, len(days) - 1, len(days) - 3}
		for range 12 {
			picks = append(picks, rng.IntN(len(days)))
		}
		for _, k := range picks {
			if k >= 0 && k < len(days) {
				add(dates[days[k]].Format("2006-01-02"), "earnings", tk)
			}
		}
	}
	for _, i := range []int{100, 400, 690} {
		add(dates[i].Format("2006-01-02"), "acquisition", "A", "C", "E")
	}
	add("2012-03-03", "other", "A") // a Saturday
	for _, i := range []int{300, 310, 339, 699} {
		add(dates[i].Format("2006-01-02"), "other", "G")
	}
	add(dates[100].Format("2006-01-02"), "other", "F")                       // before F's first price
	add(dates[699].AddDate(0, 0, 3).Format("2006-01-02"), "other", "A", "G") // after the last
	add(dates[305].Format("2006-01"), "product", "G")                        // a month inside G's gap
	add(dates[300].Format("2006")+"-Q4", "product", "G")
	add("2011-12", "product", "A")    // a month before the series
	add("2012-05-02", "other", "ZZZ") // a ticker without prices
	add("2013-06", "product", "A", "B")
	add("2013-W20", "product", "C")
	// News after the close: every fifth event, day or coarse (a coarse event ignores it), and one on
	// a Friday and one on a series' last day.
	add("2012-03-09", "other", "B", "E")
	add(dates[699].Format("2006-01-02"), "other", "E")
	if _, err := st.DB.Exec(`UPDATE events SET session = 'after_close' WHERE event_id % 5 = 0 OR date IN ('2012-03-09', ?)`,
		dates[699].Format("2006-01-02")); err != nil {
		t.Fatal(err)
	}
	return st.DB
}

func TestStudyMatchesReference(t *testing.T) {
	db := messyDB(t)
	ctx := context.Background()
	base := DefaultStudyOptions()
	base.Benchmark = "M"
	base.Windows = append(base.Windows, Window{0, 0}, Window{-300, -260}, Window{-3, -1}, Window{5, 40})
	variants := map[string]func(*StudyOptions){
		"market model":    func(*StudyOptions) {},
		"market-adjusted": func(o *StudyOptions) { o.Model = MarketAdjusted },
		"constant mean":   func(o *StudyOptions) { o.Model = ConstantMean },
		"log returns":     func(o *StudyOptions) { o.LogReturns = true },
		"coarse":          func(o *StudyOptions) { o.IncludeCoarse = true },
		"short estimation": func(o *StudyOptions) {
			o.Estimation, o.MinEstimation = Window{-40, -2}, 20
		},
		"one ticker":       func(o *StudyOptions) { o.Tickers = []string{"C"} },
		"missing market":   func(o *StudyOptions) { o.Benchmark = "NONE" },
		"estimation of 17": func(o *StudyOptions) { o.Estimation = Window{-33, -17} },
	}
	// The reference below measures all tickers in one statement.
	variants["batches of two tickers"] = func(o *StudyOptions) { o.BatchTickers = 2 }
	for name, change := range variants {
		t.Run(name, func(t *testing.T) {
			opts := base
			change(&opts)
			compareWithReference(t, ctx, db, opts)
		})
	}
}

// referenceAlignSQL is Align's first formulation: two ASOF joins over every price row.
const referenceAlignSQL = `
WITH bounds AS (
	SELECT ticker, min(date) AS first_day, max(date) AS last_day FROM prices GROUP BY ticker
), ev AS (
	SELECT e.event_id, t.ticker, e.date, e.granularity,
		CASE WHEN e.granularity = 'day' AND e.session = 'after_close' THEN e.start_date + 1 ELSE e.start_date END AS start_date,
		CASE WHEN e.granularity = 'day' AND e.session = 'after_close' THEN e.end_date + 1 ELSE e.end_date END AS end_date,
		e.type, e.status, e.headline, e.session
	FROM events e JOIN event_tickers t USING (event_id)
	WHERE %s
), fwd AS (
	SELECT ev.*, p.date AS on_or_after
	FROM ev ASOF LEFT JOIN prices p ON p.ticker = ev.ticker AND p.date >= ev.start_date
), both_ways AS (
	SELECT fwd.*, p.date AS on_or_before
	FROM fwd ASOF LEFT JOIN prices p ON p.ticker = fwd.ticker AND p.date <= fwd.end_date
)
SELECT w.event_id, w.ticker, w.date, w.granularity, w.type, w.status, w.headline, w.session,
	w.start_date, w.end_date, w.on_or_after, w.on_or_before, b.first_day, b.last_day
FROM both_ways w LEFT JOIN bounds b USING (ticker)
ORDER BY w.start_date, w.event_id, w.ticker`

func TestAlignMatchesReference(t *testing.T) {
	ctx := context.Background()
	for name, db := range map[string]*sql.DB{"messy": messyDB(t), "example": exampleDB(t)} {
		for _, f := range []Filter{{}, {Tickers: []string{"G", "VMW"}}, {Types: []string{"product"}}} {
			got, err := Align(ctx, db, f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := align(ctx, db, f, referenceAlignSQL)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) || len(want) == 0 {
				t.Fatalf("%s %+v: %d alignments, want %d", name, f, len(got), len(want))
			}
			for i := range want {
				if g, w := fmt.Sprintf("%+v", deref(got[i])), fmt.Sprintf("%+v", deref(want[i])); g != w {
					t.Errorf("%s %+v:\n got %s\nwant %s", name, f, g, w)
				}
			}
		}
	}
}

// deref writes an alignment's days rather than their addresses.
func deref(a Alignment) string {
	day := func(t *time.Time) string {
		if t == nil {
			return "-"
		}
		return t.Format("2006-01-02")
	}
	return fmt.Sprintf("%d %s %s %s %s %s %q t0=%s period=%s..%s reason=%q session=%q moved=%v", a.EventID, a.Ticker, a.Date, a.Granularity,
		a.Type, a.Status, a.Headline, day(a.T0), day(a.PeriodStart), day(a.PeriodEnd), a.Reason, a.Session, a.Moved)
}

// compareWithReference runs the study and the reference statement with opts, compares their
// event windows, and returns both sides' alignments.
func compareWithReference(t *testing.T, ctx context.Context, db *sql.DB, opts StudyOptions) (got, want []Alignment) {
	t.Helper()
	rows, gotAligned, err := Study(ctx, db, opts)
	if err != nil {
		t.Fatal(err)
	}
	wantRows, wantAligned, err := study(ctx, db, opts, referenceStudySQL)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(wantRows) || len(wantRows) == 0 {
		t.Fatalf("%d event windows, want %d", len(rows), len(wantRows))
	}
	for i := range wantRows {
		compareEventReturn(t, rows[i], wantRows[i])
	}
	return gotAligned, wantAligned
}

func compareEventReturn(t *testing.T, got, want EventReturn) {
	t.Helper()
	id := fmt.Sprintf("event %d %s %s %s", want.EventID, want.Ticker, want.T0.Format("2006-01-02"), want.Window)
	if got.EventID != want.EventID || got.Ticker != want.Ticker || !got.T0.Equal(want.T0) || got.Window != want.Window {
		t.Fatalf("%s: got event %d %s %s %s", id, got.EventID, got.Ticker, got.T0.Format("2006-01-02"), got.Window)
	}
	if got.Model != want.Model || got.Fallback != want.Fallback || got.EstimationDays != want.EstimationDays ||
		got.Days != want.Days || got.Complete != want.Complete || got.PriceBefore.Valid != want.PriceBefore.Valid {
		t.Errorf("%s: model %s fallback %v est %d days %d complete %v before %v, want %s %v %d %d %v %v", id,
			got.Model, got.Fallback, got.EstimationDays, got.Days, got.Complete, got.PriceBefore.Valid,
			want.Model, want.Fallback, want.EstimationDays, want.Days, want.Complete, want.PriceBefore.Valid)
	}
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"price before", got.PriceBefore.Float64, want.PriceBefore.Float64}, {"price t0", got.PriceT0.Float64, want.PriceT0.Float64},
		{"return", got.Return, want.Return}, {"market return", got.MarketReturn, want.MarketReturn},
		{"CAR", got.CAR, want.CAR}, {"SCAR", got.SCAR, want.SCAR}, {"alpha", got.Alpha, want.Alpha}, {"beta", got.Beta, want.Beta},
		{"abnormal volume", got.AbnormalVolume, want.AbnormalVolume},
	} {
		if math.IsNaN(c.got) != math.IsNaN(c.want) || math.Abs(c.got-c.want) > 1e-9*math.Max(1, math.Abs(c.want)) {
			t.Errorf("%s: %s %.15g, want %.15g", id, c.name, c.got, c.want)
		}
	}
}

// The constant-mean sums leave the statement for the other models: each is written once in
// studySQL, so that withoutConstantMean finds them.
func TestWithoutConstantMeanLeavesOutItsSums(t *testing.T) {
	for _, sums := range []string{cmBlockSums, cmRowSums} {
		if n := strings.Count(studySQL, sums); n != 1 {
			t.Errorf("studySQL holds %q %d times, want once", sums, n)
		}
	}
	q := withoutConstantMean(studySQL)
	if strings.Contains(q, cmBlockSums) || strings.Contains(q, cmRowSums) || strings.Count(q, cmNoSums) != 2 {
		t.Errorf("withoutConstantMean left the constant-mean sums in:\n%s", q)
	}
}

// sortEventReturns orders rows as a stable sort of the rows themselves does, whatever their order:
// by t0, event, ticker and window, rows with equal keys (a window listed twice) as they came.
func TestSortEventReturns(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2024, 1, d, 0, 0, 0, 0, time.UTC) }
	var rows []EventReturn
	for _, d := range []int{2, 3} {
		for _, id := range []int64{1, 7} {
			for _, tk := range []string{"A", "B"} {
				for _, w := range []Window{{-5, 20}, {-1, 1}, {-1, 1}, {0, 5}} {
					rows = append(rows, EventReturn{T0: day(d), EventID: id, Ticker: tk, Window: w, Days: len(rows)})
				}
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		rng.Shuffle(len(rows), func(i, j int) { rows[i], rows[j] = rows[j], rows[i] })
		want := slices.Clone(rows)
		slices.SortStableFunc(want, func(a, b EventReturn) int { return compareEventReturns(&a, &b) })
		got := slices.Clone(rows)
		sortEventReturns(got)
		for i := range want {
			// Days is each row's first place, which tells apart rows of equal keys.
			if got[i].Days != want[i].Days {
				t.Fatalf("row %d is the row first at %d, want the one at %d", i, got[i].Days, want[i].Days)
			}
		}
	}
}

// boundsDB is a market M and tickers whose events test the numbering bounded around them: K's
// events lie far from both ends of its prices (its numbering is cut at both); H's come 100 and 200
// trading days after a 200-day gap, so that the estimation window reaches before the bounds; P's
// last event is followed within its window by a 195-day gap, so that the window reaches past
// them; L is listed late with an event on its tenth day, and N has an event near its last day.
func boundsDB(t *testing.T) *sql.DB {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "b.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	dates := weekdays(time.Date(2010, 1, 4, 0, 0, 0, 0, time.UTC), 1500)
	rng := rand.New(rand.NewPCG(7, 11))
	tx, err := st.DB.Begin()
	if err != nil {
		t.Fatal(err)
	}
	stmt, err := tx.Prepare(`INSERT INTO prices (ticker, date, close, adj_close, volume) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		t.Fatal(err)
	}
	for _, tk := range []string{"M", "H", "K", "L", "N", "P"} {
		p := 50.0
		for i, d := range dates {
			p *= math.Exp(rng.NormFloat64() * 0.02)
			if tk == "H" && i >= 600 && i < 800 || tk == "L" && i < 1000 || tk == "P" && i >= 1105 && i < 1300 {
				continue
			}
			if _, err := stmt.Exec(tk, d, p, p*0.98, int64(1e5+rng.Float64()*1e6)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	for tk, days := range map[string][]int{"K": {700, 900, 902, 1200}, "H": {900, 1000}, "P": {700, 1100}, "L": {1009, 1300}, "N": {500, 1495}} {
		for _, i := range days {
			addEvent(t, st.DB, dates[i].Format("2006-01-02"), "earnings", fmt.Sprintf("%s day %d", tk, i), tk)
		}
	}
	return st.DB
}

// weekdays are the n days from from on that are not Saturday or Sunday: a calendar without holidays.
func weekdays(from time.Time, n int) []time.Time {
	var dates []time.Time
	for d := from; len(dates) < n; d = d.AddDate(0, 0, 1) {
		if d.Weekday() != time.Saturday && d.Weekday() != time.Sunday {
			dates = append(dates, d)
		}
	}
	return dates
}

// addEvent stores a curated, occurred event of the period value.
func addEvent(t *testing.T, db *sql.DB, value, typ, headline string, tickers ...string) {
	t.Helper()
	p, err := events.ParsePeriod(value)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := events.Insert(context.Background(), db, &events.Event{Period: p, Type: events.Type(typ), Status: "occurred",
		Headline: headline, Tickers: tickers, Origin: events.Curated}); err != nil {
		t.Fatal(err)
	}
}

// A study numbers each ticker's prices only around its events; where that leaves out a row an
// event needs (after a gap, near a listing, near the last price) the ticker is measured again over
// all its rows. Either way the results are the reference's, which numbers every row.
func TestStudyBoundedNumberingMatchesReference(t *testing.T) {
	db := boundsDB(t)
	ctx := context.Background()
	opts := DefaultStudyOptions()
	opts.Benchmark = "M"
	opts.Overlap = OverlapKeep
	for name, change := range map[string]func(*StudyOptions){
		"default":          func(*StudyOptions) {},
		"long windows":     func(o *StudyOptions) { o.Windows = []Window{{-120, 120}, {0, 250}} },
		"short estimation": func(o *StudyOptions) { o.Estimation = Window{-30, -2}; o.MinEstimation = 20 },
		"one batch each":   func(o *StudyOptions) { o.BatchTickers = 1 },
	} {
		t.Run(name, func(t *testing.T) {
			o := opts
			change(&o)
			compareWithReference(t, ctx, db, o)
			// The overlap rule compares the places of a ticker's events: K's 900 and 902 overlap
			// under [-1,+1] whichever numbering measured them.
			rs, _, err := Study(ctx, db, o)
			if err != nil {
				t.Fatal(err)
			}
			ids := map[string]int64{}
			for _, r := range rs {
				ids[r.Headline] = r.EventID
			}
			for _, r := range rs {
				if r.Headline == "K day 902" && r.Window == (Window{-1, 1}) && !slices.Equal(r.Overlaps, []int64{ids["K day 900"]}) {
					t.Errorf("K's day 902 overlaps %v, want day 900's event %d", r.Overlaps, ids["K day 900"])
				}
			}
		})
	}
}

// calendarReach holds n trading days and a week on a calendar of weekdays with fifteen holidays a
// year, the bound of studyBounds: counted back and forward from every day of a decade.
func TestCalendarReachHoldsTheTradingDays(t *testing.T) {
	trading := func(d time.Time) bool {
		// Fifteen holidays a year, on fixed days spread over it.
		return d.Weekday() != time.Saturday && d.Weekday() != time.Sunday && d.YearDay()%24 != 5
	}
	for _, n := range []int{1, 5, 11, 20, 60, 120, 250, 500} {
		reach := calendarReach(n)
		for d := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2010; d = d.AddDate(0, 0, 1) {
			for _, dir := range []int{-1, 1} {
				count := 0
				for k := 8; k <= reach; k++ { // the week next to the day is the placement's
					if trading(d.AddDate(0, 0, dir*k)) {
						count++
					}
				}
				if count < n {
					t.Fatalf("n=%d: %d calendar days from %s (%+d) hold %d trading days beyond the week", n, reach, d.Format("2006-01-02"), dir, count)
				}
			}
		}
	}
}
