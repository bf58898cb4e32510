package analytics

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/internal/english"
)

// markOverlaps finds, per ticker and window, the events whose windows share trading days, and
// leaves some out of the statistics by rule: two events of one ticker measured over the same
// days count one market reaction twice (the example's "VMware reports results" after the close
// of 2008-01-28 and "VMware shares fall 34%" on 2008-01-29). Under OverlapFirst the earliest
// event of a run stays and every later event whose window overlaps a kept one's is left out, so
// that the kept windows are disjoint; under OverlapDrop every event that overlaps another is left
// out; under OverlapKeep all stay. Every overlap is recorded either way. It also records, for each
// event, the events of its ticker that fall inside its estimation window (they bias the fitted
// model, but only flag it). Events of one t0 are ordered by when their news came out (newsOrder),
// then by id. rs is sorted by t0.
func markOverlaps(rs []EventReturn, rule string, est Window) {
	// The rows' places sorted by ticker, window and then as above: each run of one ticker and
	// window is a group. (One sort of 4-byte places, where maps of groups keyed by strings took
	// most of the time at 300,000 rows.)
	order := make([]int32, len(rs))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(i, j int32) int {
		a, b := &rs[i], &rs[j]
		if c := strings.Compare(a.Ticker, b.Ticker); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Window.From, b.Window.From); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Window.To, b.Window.To); c != 0 {
			return c
		}
		if c := cmp.Compare(a.day, b.day); c != 0 {
			return c
		}
		if c := cmp.Compare(newsOrder(a.Session), newsOrder(b.Session)); c != 0 {
			return c
		}
		if c := cmp.Compare(a.EventID, b.EventID); c != 0 {
			return c
		}
		return cmp.Compare(i, j)
	})
	for start := 0; start < len(order); {
		first := &rs[order[start]]
		end := start + 1
		for end < len(order) && rs[order[end]].Ticker == first.Ticker && rs[order[end]].Window == first.Window {
			end++
		}
		idx := order[start:end]
		start = end
		span := int64(first.Window.To - first.Window.From) // windows [d+from, d+to] overlap when their t0s are at most span apart
		kept := int32(-1)
		for j, i := range idx {
			r := &rs[i]
			for _, p := range slices.Backward(idx[:j]) {
				if r.day-rs[p].day > span {
					break
				}
				r.Overlaps = append(r.Overlaps, rs[p].EventID)
			}
			slices.Reverse(r.Overlaps)
			switch rule {
			case OverlapFirst:
				if kept >= 0 && r.day-rs[kept].day <= span {
					r.Excluded = fmt.Sprintf("window overlaps that of event %d (%s, t0 %s), kept as the earlier",
						rs[kept].EventID, rs[kept].Ticker, rs[kept].T0.Format("2006-01-02"))
					continue
				}
				kept = i
			case OverlapDrop:
				later := j+1 < len(idx) && rs[idx[j+1]].day-r.day <= span
				if len(r.Overlaps) > 0 || later {
					r.Excluded = fmt.Sprintf("window overlaps another event's of %s (--overlap drop)", r.Ticker)
				}
			}
		}
	}
	// Estimation windows: per ticker, the distinct events in order of their days (then ids), each
	// event's rows (its windows) together.
	slices.SortFunc(order, func(i, j int32) int {
		a, b := &rs[i], &rs[j]
		if c := strings.Compare(a.Ticker, b.Ticker); c != 0 {
			return c
		}
		if c := cmp.Compare(a.day, b.day); c != 0 {
			return c
		}
		if c := cmp.Compare(a.EventID, b.EventID); c != 0 {
			return c
		}
		return cmp.Compare(i, j)
	})
	type ev struct {
		id       int64
		day      int64
		from, to int // its rows in order
	}
	var evs []ev
	for start := 0; start < len(order); {
		first := &rs[order[start]]
		evs = evs[:0]
		end := start
		for end < len(order) && rs[order[end]].Ticker == first.Ticker {
			r := &rs[order[end]]
			if n := len(evs); n > 0 && evs[n-1].id == r.EventID {
				evs[n-1].to = end + 1
			} else {
				evs = append(evs, ev{r.EventID, r.day, end, end + 1})
			}
			end++
		}
		start = end
		for _, e := range evs {
			lo, hi := e.day+int64(est.From), e.day+int64(est.To)
			i, _ := slices.BinarySearchFunc(evs, lo, func(x ev, d int64) int { return cmp.Compare(x.day, d) })
			var inside []int64
			for ; i < len(evs) && evs[i].day <= hi; i++ {
				if evs[i].id != e.id {
					inside = append(inside, evs[i].id)
				}
			}
			for _, k := range order[e.from:e.to] {
				rs[k].EstimationEvents = inside
			}
		}
	}
}

// noteMissingBenchmark completes the notes of windows whose CAR is unknown because the benchmark
// lacks days, with the benchmark's own range (MSFT's 1986 IPO against a GSPC series from 1990).
func noteMissingBenchmark(ctx context.Context, db *sql.DB, benchmark string, rs []EventReturn) error {
	if !slices.ContainsFunc(rs, func(r EventReturn) bool { return r.Note != "" }) {
		return nil
	}
	var first, last sql.NullTime
	if err := db.QueryRowContext(ctx, `SELECT max(first_day), max(last_day) FROM price_coverage() WHERE ticker = ?`, benchmark).Scan(&first, &last); err != nil {
		return fmt.Errorf("event study: benchmark range: %w", err)
	}
	for i := range rs {
		r := &rs[i]
		if r.Note == "" {
			continue
		}
		if !first.Valid {
			r.Note = fmt.Sprintf("%s has no prices, so the abnormal return is unknown", benchmark)
			continue
		}
		r.Note += fmt.Sprintf(" (its prices run %s to %s), so the abnormal return is unknown",
			first.Time.Format("2006-01-02"), last.Time.Format("2006-01-02"))
	}
	return nil
}

// StudyNotes says, for people, what a study's design left out or changed: price_move events left
// out, overlapping windows, events inside others' estimation windows, CARs unknown for a missing
// benchmark. Each note is one line; the CLI prints them on stderr and the report beside its tables.
func StudyNotes(opts StudyOptions, aligned []Alignment, rs []EventReturn) []string {
	var notes []string
	moves := 0
	for _, a := range aligned {
		if a.Excluded != "" {
			moves++
		}
	}
	if moves > 0 {
		notes = append(notes, fmt.Sprintf("%s left out: price_move events are defined by the return itself, so studying them selects on the outcome (--include-price-moves adds them)", english.Count(moves, "price_move event")))
	} else if opts.IncludePriceMoves {
		notes = append(notes, "price_move events included (--include-price-moves): they are defined by the return itself")
	}
	if opts.DailyTests && IsFactorModel(opts.Model) {
		notes = append(notes, fmt.Sprintf("--daily-tests: the rank, generalized sign and Kolari-Pynnönen tests are not computed for the %s model", opts.Model))
	}
	var moved []string
	for _, a := range aligned {
		if a.Moved && a.T0 != nil && a.Excluded == "" {
			moved = append(moved, fmt.Sprintf("event %d (%s, %s): t0 %s", a.EventID, a.Ticker, a.Date, a.T0.Format("2006-01-02")))
		}
	}
	if len(moved) > 0 {
		notes = append(notes, fmt.Sprintf("%s released after the close: t0 moved to the next trading day:", english.Count(len(moved), "event")))
		notes = append(notes, indent(moved)...)
	}
	rule := opts.Overlap
	if rule == "" {
		rule = OverlapFirst
	}
	var overl, unknown []string
	var estim []string
	seenEst := map[[2]any]bool{}
	for _, r := range rs {
		if len(r.Overlaps) > 0 {
			what := "kept"
			if r.Excluded != "" {
				what = "left out"
			}
			overl = append(overl, fmt.Sprintf("event %d (%s, t0 %s) %s overlaps event %s: %s", r.EventID, r.Ticker,
				r.T0.Format("2006-01-02"), r.Window, joinIDs(r.Overlaps), what))
		}
		if k := [2]any{r.Ticker, r.EventID}; len(r.EstimationEvents) > 0 && !seenEst[k] {
			seenEst[k] = true
			estim = append(estim, fmt.Sprintf("event %d (%s, t0 %s): its estimation window holds event %s", r.EventID,
				r.Ticker, r.T0.Format("2006-01-02"), joinIDs(r.EstimationEvents)))
		}
		if r.Note != "" {
			unknown = append(unknown, fmt.Sprintf("event %d (%s, t0 %s) %s: no CAR: %s", r.EventID, r.Ticker,
				r.T0.Format("2006-01-02"), r.Window, r.Note))
		}
	}
	if len(overl) > 0 {
		what := map[string]string{OverlapFirst: "the earliest of each run kept, the later left out of the statistics",
			OverlapDrop: "all of them left out of the statistics", OverlapKeep: "all kept"}[rule]
		notes = append(notes, fmt.Sprintf("%s overlap an earlier one of the same ticker (--overlap %s: %s):", english.Count(len(overl), "event window"), rule, what))
		notes = append(notes, indent(overl)...)
	}
	if len(estim) > 0 {
		notes = append(notes, fmt.Sprintf("%s another event of the same ticker inside the estimation window (flagged, kept):", english.Count(len(estim), "event has", "events have")))
		notes = append(notes, indent(estim)...)
	}
	if len(unknown) > 0 {
		notes = append(notes, fmt.Sprintf("%s no abnormal return (NULL, left out of the statistics):", english.Count(len(unknown), "event window has", "event windows have")))
		notes = append(notes, indent(unknown)...)
	}
	return notes
}

func joinIDs(ids []int64) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = fmt.Sprint(id)
	}
	return strings.Join(s, ", ")
}

// noteLines is how many items a note lists before it counts the rest: a study of 100,000 events
// can have thousands of overlaps, which --events and event_returns list in full.
const noteLines = 10

// NoteItem starts a note that is an item of the note before it (which ends in ":"): on stderr it
// reads indented, and the report lists it under that note.
const NoteItem = "  "

// indent makes lines items of the note before them.
func indent(lines []string) []string {
	out := make([]string, 0, min(len(lines), noteLines+1))
	for i, l := range lines {
		if i == noteLines {
			out = append(out, NoteItem+fmt.Sprintf("... and %d more (eventline study --events, or the event_returns table)", len(lines)-noteLines))
			break
		}
		out = append(out, NoteItem+l)
	}
	return out
}

// finite reports whether f is a number (not NaN): a known CAR.
func finite(f float64) bool { return !math.IsNaN(f) }

// newsOrder ranks events of one t0 by when their news came out: after the previous close (the
// session moved t0 to this day), before the open, during the day or at an unknown time.
func newsOrder(session string) int {
	switch session {
	case events.AfterClose:
		return 0
	case events.BeforeOpen:
		return 1
	}
	return 2
}
