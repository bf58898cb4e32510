package analytics

import (
	"context"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/prices"
	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/shared"
)

func TestPriceMovesLeftOutByDefault(t *testing.T) {
	f := newFixture(t, 140)
	move := f.event(t, "X", 100, PriceMove, "occurred")
	other := f.event(t, "Y", 100, "earnings", "occurred")
	base := StudyOptions{Windows: []Window{{0, 0}}, Benchmark: "M", Model: MarketModel, Estimation: Window{-80, -11}, MinEstimation: 60}
	studied := func(opts StudyOptions) ([]int64, []Alignment) {
		t.Helper()
		rs, aligned, err := Study(context.Background(), f.db, opts)
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, r := range rs {
			ids = append(ids, r.EventID)
		}
		slices.Sort(ids)
		return ids, aligned
	}
	ids, aligned := studied(base)
	if !slices.Equal(ids, []int64{other}) {
		t.Errorf("default: studied %v, want only %d", ids, other)
	}
	notes := strings.Join(StudyNotes(base, aligned, nil), "\n")
	if !strings.Contains(notes, "1 price_move") || !strings.Contains(notes, "--include-price-moves") {
		t.Errorf("notes do not say the price move was left out:\n%s", notes)
	}
	with := base
	with.IncludePriceMoves = true
	if ids, _ := studied(with); !slices.Equal(ids, []int64{move, other}) {
		t.Errorf("--include-price-moves: studied %v", ids)
	}
	named := base
	named.Types = []string{PriceMove}
	if ids, _ := studied(named); !slices.Equal(ids, []int64{move}) {
		t.Errorf("--type price_move: studied %v", ids)
	}
}

func TestOverlappingWindows(t *testing.T) {
	f := newFixture(t, 140)
	// With the window [-1,+1], t0s two trading days apart or less share days: 100 and 101 do, 101
	// and 103 do, 100 and 103 do not; 120 overlaps nothing. 80 is inside 100's (and 101's, 103's)
	// estimation window -80..-11, and 30 inside 100's but not 120's.
	ids := map[int]int64{}
	for _, d := range []int{30, 80, 100, 101, 103, 120} {
		ids[d] = f.event(t, "X", d, "earnings", "occurred")
	}
	y := f.event(t, "Y", 101, "earnings", "occurred") // another ticker never overlaps X
	run := func(rule string) map[int64]EventReturn {
		t.Helper()
		rs, _, err := Study(context.Background(), f.db, StudyOptions{Windows: []Window{{-1, 1}}, Benchmark: "M",
			Model: MarketModel, Estimation: Window{-80, -11}, MinEstimation: 60, Overlap: rule})
		if err != nil {
			t.Fatal(err)
		}
		out := map[int64]EventReturn{}
		for _, r := range rs {
			if r.Ticker == "X" {
				out[r.EventID] = r
			} else if r.EventID == y && (r.Excluded != "" || len(r.Overlaps) > 0) {
				t.Errorf("%s: Y's event marked %q %v", rule, r.Excluded, r.Overlaps)
			}
		}
		return out
	}
	excluded := func(got map[int64]EventReturn) []int {
		var days []int
		for d, id := range ids {
			if got[id].Excluded != "" {
				days = append(days, d)
			}
		}
		slices.Sort(days)
		return days
	}
	for _, c := range []struct {
		rule string
		want []int
	}{{OverlapFirst, []int{101}}, {"", []int{101}}, {OverlapDrop, []int{100, 101, 103}}, {OverlapKeep, nil}} {
		got := run(c.rule)
		if d := excluded(got); !slices.Equal(d, c.want) {
			t.Errorf("--overlap %q: left out days %v, want %v", c.rule, d, c.want)
		}
		if o := got[ids[101]].Overlaps; !slices.Equal(o, []int64{ids[100]}) {
			t.Errorf("--overlap %q: day 101 overlaps %v, want [%d]", c.rule, o, ids[100])
		}
		if o := got[ids[103]].Overlaps; !slices.Equal(o, []int64{ids[101]}) {
			t.Errorf("--overlap %q: day 103 overlaps %v, want [%d]", c.rule, o, ids[101])
		}
		if o := got[ids[100]].EstimationEvents; !slices.Equal(o, []int64{ids[30], ids[80]}) {
			t.Errorf("day 100's estimation window holds %v, want days 30 and 80", o)
		}
		if o := got[ids[120]].EstimationEvents; !slices.Equal(o, []int64{ids[80], ids[100], ids[101], ids[103]}) {
			t.Errorf("day 120's estimation window holds %v, want days 80 to 103", o)
		}
		// The statistics count what is not left out.
		for _, a := range Aggregates(slices.Collect(mapValues(got)), "all") {
			if want := len(ids) - len(c.want); a.N != want {
				t.Errorf("--overlap %q: N %d, want %d", c.rule, a.N, want)
			}
		}
	}
}

func mapValues(m map[int64]EventReturn) func(func(EventReturn) bool) {
	return func(yield func(EventReturn) bool) {
		for _, v := range m {
			if !yield(v) {
				return
			}
		}
	}
}

func TestMissingBenchmarkGivesNoCAR(t *testing.T) {
	f := newFixture(t, 140)
	// The benchmark starts on day 50, as GSPC's Yahoo series starts in 1990 after MSFT's 1986 IPO.
	if _, err := f.db.Exec(`DELETE FROM prices WHERE ticker = 'M' AND date < ?`, f.dates[50]); err != nil {
		t.Fatal(err)
	}
	early := f.event(t, "X", 20, "ipo", "occurred")
	edge := f.event(t, "Y", 50, "earnings", "occurred") // the benchmark's first day has no return
	late := f.event(t, "Y", 130, "earnings", "occurred")
	rs, aligned, err := Study(context.Background(), f.db, StudyOptions{Windows: []Window{{0, 0}, {-5, 5}}, Benchmark: "M",
		Model: MarketModel, Estimation: Window{-80, -11}, MinEstimation: 60})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		unknown := r.EventID == early || r.EventID == edge
		if unknown != math.IsNaN(r.CAR) || unknown != math.IsNaN(r.MarketReturn) || unknown != (r.Note != "") {
			t.Errorf("event %d %s: CAR %v market %v note %q", r.EventID, r.Window, r.CAR, r.MarketReturn, r.Note)
		}
		if unknown && (!strings.Contains(r.Note, "M has no return") || !strings.Contains(r.Note, f.dates[50].Format("2006-01-02"))) {
			t.Errorf("event %d: note %q does not say why", r.EventID, r.Note)
		}
		if r.EventID == late && r.Window == (Window{0, 0}) {
			// 130-80 = 50 is the benchmark's first day: 69 estimation returns remain.
			if r.Model != MarketModel || r.EstimationDays != 69 || math.IsNaN(r.CAR) {
				t.Errorf("late event: %+v", r)
			}
		}
	}
	if notes := strings.Join(StudyNotes(DefaultStudyOptions(), aligned, rs), "\n"); !strings.Contains(notes, "no abnormal return") {
		t.Errorf("notes:\n%s", notes)
	}
	for _, a := range Aggregates(rs, "all") {
		if a.N != 1 || math.IsNaN(a.MeanCAR) {
			t.Errorf("aggregate %+v: only the late event has a CAR", a)
		}
	}
	// Stored as NULL, never 0.
	if err := SaveStudy(context.Background(), f.db, "M", "all", rs, nil); err != nil {
		t.Fatal(err)
	}
	var nulls, notes int
	if err := f.db.QueryRow(`SELECT count(*) FILTER (WHERE car IS NULL), count(note) FROM event_returns WHERE event_id IN (?, ?)`,
		early, edge).Scan(&nulls, &notes); err != nil {
		t.Fatal(err)
	}
	if nulls != 4 || notes != 4 {
		t.Errorf("stored %d NULL CARs and %d notes, want 4 and 4", nulls, notes)
	}
}

func TestPricesShownAreRealCloses(t *testing.T) {
	f := newFixture(t, 140)
	// A dividend history: adjusted closes are 75% of the closes before day 110.
	if _, err := f.db.Exec(`UPDATE prices SET adj_close = close * 0.75 WHERE ticker = 'X' AND date < ?`, f.dates[110]); err != nil {
		t.Fatal(err)
	}
	f.event(t, "X", 110, "earnings", "occurred")
	rs, _, err := Study(context.Background(), f.db, StudyOptions{Windows: []Window{{0, 0}}, Benchmark: "M",
		Model: MarketAdjusted, Estimation: Window{-80, -11}, MinEstimation: 60})
	if err != nil {
		t.Fatal(err)
	}
	r := rs[0]
	if r.PriceT0.Float64 != f.prices["X"][110] || r.PriceBefore.Float64 != f.prices["X"][109] {
		t.Errorf("prices %v %v, want the closes %v %v", r.PriceBefore.Float64, r.PriceT0.Float64, f.prices["X"][109], f.prices["X"][110])
	}
	// The return is the adjusted one: from 0.75 of day 109's close to day 110's close.
	if want := f.prices["X"][110]/(0.75*f.prices["X"][109]) - 1; math.Abs(r.Return-want) > 1e-12 {
		t.Errorf("return %v, want %v from adjusted closes", r.Return, want)
	}
}

func TestAfterTheCloseMovesT0(t *testing.T) {
	f := newFixture(t, 140)
	// f.dates are weekdays from Monday 2010-01-04: day 104 is a Friday, 105 the Monday after.
	if f.dates[104].Weekday().String() != "Friday" {
		t.Fatalf("day 104 is a %s", f.dates[104].Weekday())
	}
	p, _ := events.ParsePeriod(f.dates[104].Format("2006-01-02"))
	ids := map[string]int64{}
	for name, timing := range map[string]events.Timing{
		"after": {Session: events.AfterClose, Clock: "16:05:00"}, "before": {Session: events.BeforeOpen},
		"during": {Session: events.Regular}, "unknown": {},
	} {
		id, err := events.Insert(context.Background(), f.db, &events.Event{Period: p, Type: "earnings", Status: "occurred",
			Headline: name, Tickers: []string{"X"}, Origin: events.Curated, Timing: timing})
		if err != nil {
			t.Fatal(err)
		}
		ids[name] = id
	}
	opts := StudyOptions{Windows: []Window{{0, 0}}, Benchmark: "M", Model: MarketAdjusted, Estimation: Window{-80, -11}, Overlap: OverlapKeep}
	rs, aligned, err := Study(context.Background(), f.db, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		want := f.dates[104]
		if r.EventID == ids["after"] {
			want = f.dates[105]
		}
		if !r.T0.Equal(want) {
			t.Errorf("%s: t0 %s, want %s", r.Headline, r.T0.Format("2006-01-02"), want.Format("2006-01-02"))
		}
		if wantCAR := f.ret("X", dayIndex(f, want)) - f.ret("M", dayIndex(f, want)); math.Abs(r.CAR-wantCAR) > 1e-12 {
			t.Errorf("%s: CAR %v, want %v", r.Headline, r.CAR, wantCAR)
		}
	}
	notes := strings.Join(StudyNotes(opts, aligned, rs), "\n")
	if !strings.Contains(notes, "1 event released after the close") || !strings.Contains(notes, "t0 "+f.dates[105].Format("2006-01-02")) {
		t.Errorf("notes:\n%s", notes)
	}
}

func dayIndex(f *fixture, d time.Time) int { return slices.IndexFunc(f.dates, d.Equal) }

// TestMSFTBeforeTheBenchmark: Yahoo's MSFT series starts with the 1986 IPO, its GSPC series in
// 1990. The IPO's abnormal return is unknown, not the stock's return against a market of 0; an
// event in 1995 has both.
func TestMSFTBeforeTheBenchmark(t *testing.T) {
	dir := shared.Dir(t, "data/prices")
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "msft.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := prices.Ingest(ctx, st.DB, prices.Options{Paths: []string{filepath.Join(dir, "MSFT.csv"), filepath.Join(dir, "GSPC.csv")}}); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{"1986-03-14", "1995-08-24"} {
		p, _ := events.ParsePeriod(d)
		if _, err := events.Insert(ctx, st.DB, &events.Event{Period: p, Type: "product", Status: "occurred", Headline: d,
			Tickers: []string{"MSFT"}, Origin: events.Curated}); err != nil {
			t.Fatal(err)
		}
	}
	opts := DefaultStudyOptions()
	rs, _, err := Study(ctx, st.DB, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		early := r.T0.Year() == 1986
		if early != math.IsNaN(r.CAR) || early != math.IsNaN(r.MarketReturn) {
			t.Errorf("%s %s: CAR %v market %v note %q", r.T0.Format("2006-01-02"), r.Window, r.CAR, r.MarketReturn, r.Note)
		}
		if early && !strings.Contains(r.Note, "GSPC has no return") || early && !strings.Contains(r.Note, "1990-01-02") {
			t.Errorf("note %q", r.Note)
		}
		// The CSV's Close of 1995-08-24 (6.007813; Adj Close 3.824654).
		if !early && (r.Model != MarketModel || r.PriceT0.Float64 != 6.007813) {
			t.Errorf("1995: model %s price %v", r.Model, r.PriceT0.Float64)
		}
	}
}

func TestOverlapKeepsTheEarlierNewsOfOneDay(t *testing.T) {
	w := Window{-1, 1}
	for _, c := range []struct {
		name               string
		session1, session2 string
		kept               int64
	}{
		// Results released after the previous close came out before the day's own news.
		{"after the close first", "", "after_close", 2},
		{"before the open first", "regular", "before_open", 2},
		{"no times: the lower id", "", "", 1},
	} {
		rs := []EventReturn{
			{EventID: 1, Ticker: "X", Window: w, Session: c.session1, day: 100},
			{EventID: 2, Ticker: "X", Window: w, Session: c.session2, day: 100},
		}
		markOverlaps(rs, OverlapFirst, Window{-80, -11})
		for _, r := range rs {
			if kept := r.Excluded == ""; kept != (r.EventID == c.kept) {
				t.Errorf("%s: event %d excluded %q, want event %d kept", c.name, r.EventID, r.Excluded, c.kept)
			}
		}
	}
}
