package report

import (
	"context"
	"fmt"
	"html/template"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/eventline/eventline/analytics"
	"github.com/eventline/eventline/internal/null"
	"github.com/eventline/eventline/internal/table"
)

// doc is the report laid out: what both documents show, in order.
type doc struct {
	Title     string
	Subtitle  string
	Generated string
	Params    []param
	Notes     []note
	// Highlights are a few sentences of the figures a reader looks for first.
	Highlights []string

	Prices     []chart // one per ticker
	Benchmark  *chart  // the benchmark's, when it is not one of the tickers
	Comparison *chart
	CARChart   *chart

	Events       *Table
	Summary      *Table
	StudyEvents  *Table // per event CARs, one row per event and ticker (a view of event_returns)
	EventReturns *Table // CSV only: the event_returns table as stored
	EventStudy   *Table
	Claims       *Table

	// Empty-section messages, "" when the section has rows.
	NoEvents, NoStudy, NoClaims string
	CARNote                     string
	StudyNote                   string

	Queries string
	Files   []string // the CSV and SQL files, for the appendix
}

type param struct{ Label, Value string }

// note is a note on the data with the items it lists ("2 events have ...:" and the events).
type note struct {
	Text  string
	Items []string
}

// groupNotes puts each item note (analytics.NoteItem) under the note before it.
func groupNotes(lines []string) []note {
	var out []note
	for _, l := range lines {
		if item, ok := strings.CutPrefix(l, analytics.NoteItem); ok && len(out) > 0 {
			out[len(out)-1].Items = append(out[len(out)-1].Items, item)
			continue
		}
		out = append(out, note{Text: strings.TrimSpace(l)})
	}
	return out
}

// chart is one rendered chart: its files and, for the HTML page, its SVG inline.
type chart struct {
	ID      string
	Caption string
	PNG     string // slash path under the report directory
	SVGFile string
	SVG     template.HTML
}

func build(ctx context.Context, d *data, w *writer) (*doc, error) {
	doc := &doc{
		Title:     d.Title,
		Generated: d.Generated.UTC().Format("2006-01-02 15:04 MST"),
		Notes:     groupNotes(d.Notes),
	}
	if doc.Title == "" {
		doc.Title = "Event timeline: " + strings.Join(d.Tickers, ", ")
	}
	doc.Subtitle = fmt.Sprintf("Daily prices %s to %s", day(d.First), day(d.Last))
	if d.Benchmark != "" {
		doc.Subtitle += ", against " + d.Benchmark
	}
	bench := d.Benchmark
	if bench == "" {
		bench = "none loaded"
	}
	doc.Params = []param{
		{"Tickers", strings.Join(d.Tickers, ", ")},
		{"Benchmark", bench},
		{"Range", fmt.Sprintf("%s to %s", dayOr(d.From, "first price"), dayOr(d.To, "last price"))},
		{"Trading days shown", fmt.Sprintf("%s to %s", day(d.First), day(d.Last))},
		{"Events", fmt.Sprintf("%d (%d with an event day studied)", len(d.Events), d.Studied)},
	}
	if d.Benchmark != "" {
		so := analytics.DefaultStudyOptions()
		var ws []string
		for _, w := range d.Windows {
			ws = append(ws, w.String())
		}
		doc.Params = append(doc.Params,
			param{"Normal-return model", fmt.Sprintf("market model against %s, OLS over trading days %d to %d; market-adjusted with fewer than %d returns",
				d.Benchmark, so.Estimation.From, so.Estimation.To, so.MinEstimation)},
			param{"Event windows", fmt.Sprintf("%s trading days around t0; CAR path from day %d to %+d", strings.Join(ws, ", "), -pathDays, pathDays)})
	}
	if d.Database != "" {
		doc.Params = append(doc.Params, param{"Database", d.Database})
	}
	doc.Events = eventsTable(d)
	doc.Summary = summaryTable(d)
	doc.StudyEvents = studyEventsTable(d)
	doc.EventReturns = eventReturnsTable(d)
	doc.EventStudy = eventStudyTable(d)
	doc.Claims = claimsTable(d)
	if len(d.Events) == 0 {
		doc.NoEvents = "No events for these tickers in this range: load some with eventline ingest events FILE."
	}
	switch {
	case d.Benchmark == "":
		doc.NoStudy = "No event study: it needs a benchmark's prices (load GSPC, or name another benchmark)."
	case len(d.Study) == 0:
		doc.NoStudy = "No events with an event day in the prices to study."
	}
	doc.StudyNote = "CAR is the cumulative abnormal return over the window, in trading days around the event day t0 " +
		"(the first trading day on or after the event). Forecasts and events dated by a week, month or quarter are not studied; " +
		"price_move events are left out (they are defined by the return itself), and of same-ticker events whose windows overlap " +
		"only the earliest counts in the statistics (see the notes and the Note column). " +
		"A blank CAR: the window runs past the prices, or the benchmark has no price on those days. " +
		"The tests across events are the cross-sectional t, BMP, the sign test, Patell's Z and Wilcoxon's signed rank on the CARs, " +
		"and the skewness-adjusted t on the buy-and-hold abnormal returns (BHAR); docs/statistics.md gives each formula."
	if len(d.Claims) == 0 {
		doc.NoClaims = "No claims (claims come from articles)."
	}
	doc.Highlights = highlights(d)
	if err := renderCharts(ctx, d, doc, w); err != nil {
		return nil, err
	}
	var err error
	if doc.Queries, err = queries(d, doc.Title); err != nil {
		return nil, err
	}
	return doc, nil
}

func eventsTable(d *data) *Table {
	t := &Table{Name: "events", Columns: []Column{
		{Name: "num", Label: "#", Unit: Integer},
		{Name: "event_id"},
		{Name: "date", Label: "Date", Unit: Date},
		{Name: "granularity"},
		{Name: "tickers", Label: "Tickers", Format: plainList},
		{Name: "type", Label: "Type", Swatch: true},
		{Name: "status", Label: "Status"},
		{Name: "headline", Label: "Headline", Link: "url", Wrap: true},
		{Name: "source", Label: "Source", Link: "url", Optional: true},
		{Name: "url"},
		{Name: "t0"},
		{Name: "note", Label: "Note", Optional: true, Wrap: true},
	}}
	for _, e := range d.Events {
		m := e.First()
		var notes []string
		for _, mk := range e.Marks {
			if mk.Reason != "" {
				notes = append(notes, mk.Reason)
			}
		}
		var t0 any
		if !m.Day.IsZero() {
			t0 = m.Day
		}
		t.Rows = append(t.Rows, []any{e.Num, e.ID, e.Value, m.Granularity, e.TickerList(), m.Type, m.Status, m.Headline,
			m.Source, m.URL, t0, strings.Join(notes, "; ")})
	}
	return t
}

// plainList shows a list cell to readers as "EMC, VMW".
func plainList(v any) string {
	items, ok := v.([]any)
	if !ok {
		return table.Display(v)
	}
	parts := make([]string, len(items))
	for i, x := range items {
		parts[i] = table.Display(x)
	}
	return strings.Join(parts, ", ")
}

func summaryTable(d *data) *Table {
	bench := strings.ToLower(d.Benchmark)
	if bench == "" {
		bench = "benchmark"
	}
	t := &Table{Name: "summary", Transpose: true, Columns: []Column{
		{Name: "ticker", Label: "Ticker"},
		{Name: "first_day", Label: "First day", Unit: Date},
		{Name: "last_day", Label: "Last day", Unit: Date},
		{Name: "days", Label: "Trading days", Unit: Integer},
		{Name: "first_close", Label: "First close", Unit: Dollars, UnitFrom: "currency"},
		{Name: "last_close", Label: "Last close", Unit: Dollars, UnitFrom: "currency"},
		{Name: "total_return", Label: "Total return", Unit: Percent},
		{Name: "annualized_return", Label: "Annualized return", Unit: Percent},
		{Name: "annualized_volatility", Label: "Annualized volatility", Unit: Share},
		{Name: "max_drawdown", Label: "Maximum drawdown", Unit: Percent},
		{Name: "peak_day", Label: "Drawdown peak", Unit: Date},
		{Name: "trough_day", Label: "Drawdown trough", Unit: Date},
		{Name: "best_day", Label: "Best day", Unit: Date},
		{Name: "best_return", Label: "Best day's return", Unit: Percent},
		{Name: "worst_day", Label: "Worst day", Unit: Date},
		{Name: "worst_return", Label: "Worst day's return", Unit: Percent},
		{Name: "days_above_" + bench, Label: "Days above " + d.Benchmark, Unit: Integer},
		{Name: "days_below_" + bench, Label: "Days below " + d.Benchmark, Unit: Integer},
		// The benchmark over each ticker's own first to last day, the figure the highlights quote:
		// the benchmark's own row covers its own days, which may differ.
		{Name: bench + "_same_days", Label: d.Benchmark + " over the same days", Unit: Percent},
		{Name: "ipo_price", Label: "IPO price", Unit: Dollars, UnitFrom: "currency"},
		{Name: "since_ipo", Label: "Return since IPO", Unit: Percent},
		{Name: "first_day_return", Label: "First-day return", Unit: Percent},
		{Name: "currency"},
	}}
	if d.Benchmark == "" {
		tt := (*table.Table)(t)
		tt.Column("days_above_"+bench).Label, tt.Column("days_below_"+bench).Label, tt.Column(bench+"_same_days").Label = "", "", ""
	}
	for _, s := range d.Summary {
		var above, below, same any = s.DaysAbove, s.DaysBelow, nil
		if s.Ticker == d.Benchmark || d.Benchmark == "" {
			above, below = nil, nil // against itself, or nothing
		} else if r, ok := d.returnBetween(d.Benchmark, s.FirstDay, s.LastDay); ok {
			same = r
		}
		t.Rows = append(t.Rows, []any{s.Ticker, s.FirstDay, s.LastDay, s.Days, s.FirstClose, s.LastClose, s.TotalReturn,
			s.AnnualizedReturn, s.AnnualizedVolatility, s.MaxDrawdown, s.PeakDay, s.TroughDay, null.Cell(s.BestDay), s.BestReturn,
			null.Cell(s.WorstDay), s.WorstReturn, above, below, same, null.Cell(s.IPOPrice), null.Cell(s.SinceIPO), null.Cell(s.FirstDayReturn),
			d.Charts.Unit(s.Ticker)})
	}
	return t
}

// studyEventsTable shows one row per studied event and ticker, a column per window.
func studyEventsTable(d *data) *Table {
	t := &Table{Columns: []Column{
		{Name: "num", Label: "#", Unit: Integer},
		{Name: "t0", Label: "t0", Unit: Date},
		{Name: "ticker", Label: "Ticker"},
		{Name: "type", Label: "Type", Swatch: true},
		{Name: "headline", Label: "Headline", Wrap: true},
		{Name: "model", Label: "Model"},
		{Name: "beta", Label: "Beta", Unit: Fixed2},
	}}
	for _, w := range d.Windows {
		t.Columns = append(t.Columns, Column{Name: "car" + w.String(), Label: "CAR " + w.String(), Unit: Percent})
	}
	t.Columns = append(t.Columns, Column{Name: "abnormal_volume", Label: "Abn. volume [0,+5]", Unit: Fixed2},
		Column{Name: "note", Label: "Note", Wrap: true, Optional: true})
	num := map[int64]int{}
	for _, e := range d.Events {
		num[e.ID] = e.Num
	}
	type key struct {
		id     int64
		ticker string
	}
	rows := map[key][]any{}
	var order []key
	for _, r := range d.Study {
		k := key{r.EventID, r.Ticker}
		row, ok := rows[k]
		if !ok {
			model := r.Model
			if r.Fallback {
				model += " (fallback)"
			}
			row = make([]any, len(t.Columns))
			copy(row, []any{num[r.EventID], r.T0, r.Ticker, r.Type, r.Headline, model, r.Beta})
			rows[k] = row
			order = append(order, k)
		}
		if i := slices.Index(d.Windows, r.Window); i >= 0 && r.Complete {
			row[7+i] = null.Cell(r.CAR)
		}
		if r.Window == (analytics.Window{From: 0, To: 5}) {
			row[len(row)-2] = null.Cell(r.AbnormalVolume)
		}
		// Why a window's CAR is not in the statistics: the study's design left it out (an
		// overlap), or it has none (a benchmark without those days).
		var why string
		switch {
		case r.Excluded != "":
			why = r.Window.String() + " left out: " + r.Excluded
		case r.Note != "":
			why = r.Window.String() + " no CAR: " + r.Note
		}
		if why != "" {
			if prev, _ := row[len(row)-1].(string); prev != "" {
				why = prev + "; " + why
			}
			row[len(row)-1] = why
		}
	}
	for _, k := range order {
		t.Rows = append(t.Rows, rows[k])
	}
	return t
}

// eventReturnsTable is the event_returns table as saveStudy stores it.
func eventReturnsTable(d *data) *Table {
	t := &Table{Name: "event_returns"}
	for _, n := range []string{"event_id", "ticker", "t0", "window_from", "window_to", "price_before", "price_t0", "ret",
		"market_ret", "car", "scar", "model", "fallback", "alpha", "beta", "estimation_days", "abnormal_volume", "complete", "benchmark",
		"note", "excluded", "overlapping_events", "estimation_events", "bhar"} {
		t.Columns = append(t.Columns, Column{Name: n})
	}
	for _, r := range d.Study {
		t.Rows = append(t.Rows, []any{r.EventID, r.Ticker, r.T0, r.Window.From, r.Window.To, null.Cell(r.PriceBefore),
			null.Cell(r.PriceT0), r.Return, null.Cell(r.MarketReturn), null.Cell(r.CAR), null.Cell(r.SCAR), r.Model, r.Fallback,
			null.Cell(r.Alpha), null.Cell(r.Beta), r.EstimationDays, null.Cell(r.AbnormalVolume), r.Complete, d.Benchmark,
			r.Note, r.Excluded, idList(r.Overlaps), idList(r.EstimationEvents), null.Cell(r.BHAR)})
	}
	return t
}

// idList is a list of event ids as DuckDB prints a BIGINT[] ("[3, 7]"), nil when empty (NULL).
func idList(ids []int64) any {
	if len(ids) == 0 {
		return nil
	}
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = strconv.FormatInt(id, 10)
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func eventStudyTable(d *data) *Table {
	t := &Table{Name: "event_study", Columns: []Column{
		{Name: "grouping"},
		{Name: "group_value"},
		{Name: "window_from"},
		{Name: "window_to"},
		{Name: "window", Label: "Window"},
		{Name: "n", Label: "N", Unit: Integer},
		{Name: "mean_car", Label: "Mean CAR", Unit: Percent},
		{Name: "median_car", Label: "Median CAR", Unit: Percent},
		{Name: "t", Label: "t", Unit: Fixed2},
		{Name: "p_t", Label: "p (t)", Unit: Fixed3},
		{Name: "bmp", Label: "BMP", Unit: Fixed2},
		{Name: "p_bmp", Label: "p (BMP)", Unit: Fixed3},
		{Name: "n_bmp"},
		{Name: "positive", Label: "Positive", Unit: Integer},
		{Name: "p_sign", Label: "p (sign)", Unit: Fixed3},
		{Name: "patell", Label: "Patell Z", Unit: Fixed2},
		{Name: "p_patell", Label: "p (Patell)", Unit: Fixed3},
		{Name: "wilcoxon", Label: "Wilcoxon W+", Unit: Fixed2},
		{Name: "p_wilcoxon", Label: "p (Wilcoxon)", Unit: Fixed3},
		{Name: "mean_bhar", Label: "Mean BHAR", Unit: Percent},
		{Name: "t_bhar", Label: "t (BHAR)", Unit: Fixed2},
		{Name: "p_bhar", Label: "p (BHAR)", Unit: Fixed3},
	}}
	for _, a := range d.Aggregates {
		t.Rows = append(t.Rows, []any{"all", a.Group, a.Window.From, a.Window.To, a.Window.String(), a.N, a.MeanCAR, a.MedianCAR,
			null.Cell(a.T), null.Cell(a.PT), null.Cell(a.BMP), null.Cell(a.PBMP), a.NBMP, a.Positive, null.Cell(a.PSign),
			null.Cell(a.Patell), null.Cell(a.PPatell), null.Cell(a.Wilcoxon), null.Cell(a.PWilcoxon),
			null.Cell(a.MeanBHAR), null.Cell(a.TBHAR), null.Cell(a.PBHAR)})
	}
	return t
}

func claimsTable(d *data) *Table {
	t := &Table{Name: "claims", Columns: []Column{
		{Name: "claim_id"},
		{Name: "date", Label: "Date", Unit: Date},
		{Name: "ticker", Label: "Ticker"},
		// The claim is a short span ("fell 34%"): it wraps as it must, without the wide minimum
		// of a headline column, so that the table fits a 1,400 px page.
		{Name: "text", Label: "Claim"},
		{Name: "metric", Label: "Metric"},
		{Name: "op"},
		{Name: "claimed", Label: "Claimed", Unit: Fixed2, UnitFrom: "unit"},
		{Name: "actual", Label: "Actual", Unit: Fixed2, UnitFrom: "unit"},
		{Name: "unit"},
		{Name: "verdict", Label: "Verdict"},
		{Name: "row_date"},
		{Name: "reason", Label: "Reason", Wrap: true, Optional: true},
		{Name: "article", Label: "Article", Link: "article_url", Wrap: true},
		{Name: "article_url"},
	}}
	for _, c := range d.Claims {
		t.Rows = append(t.Rows, []any{c.ClaimID, null.Cell(c.Date), c.Ticker, c.Text, c.Metric, c.Op, c.Claimed,
			null.Cell(c.Actual), c.Unit, c.Verdict, null.Cell(c.RowDate), c.Reason, c.Article, d.ArticleURL[c.ArticleID]})
	}
	return t
}

// highlights states the headline figures: each ticker's return against the benchmark's, the
// largest abnormal return around an event, and the claims' verdicts.
func highlights(d *data) []string {
	var out []string
	for _, s := range d.Summary {
		if s.Ticker == d.Benchmark && !slices.Contains(d.Tickers, s.Ticker) {
			continue
		}
		h := fmt.Sprintf("%s returned %s from %s to %s (maximum drawdown %s)", s.Ticker, Percent.Format(s.TotalReturn),
			day(s.FirstDay), day(s.LastDay), Percent.Format(s.MaxDrawdown))
		if r, ok := d.returnBetween(d.Benchmark, s.FirstDay, s.LastDay); ok && s.Ticker != d.Benchmark {
			// The summary table shows this figure on the ticker's row ("GSPC over the same days").
			h += fmt.Sprintf("; %s returned %s over the same days", d.Benchmark, Percent.Format(r))
		}
		out = append(out, h+".")
	}
	var top *analytics.EventReturn
	for i, r := range d.Study {
		if r.Window == (analytics.Window{From: -1, To: 1}) && r.Complete && r.Excluded == "" && !math.IsNaN(r.CAR) && (top == nil || math.Abs(r.CAR) > math.Abs(top.CAR)) {
			top = &d.Study[i]
		}
	}
	if top != nil {
		out = append(out, fmt.Sprintf("The largest abnormal return around an event: %s %s over days -1 to +1 of %s (%s).",
			top.Ticker, Percent.Format(top.CAR), day(top.T0), top.Headline))
	}
	if len(d.Claims) > 0 {
		n := map[string]int{}
		for _, c := range d.Claims {
			n[c.Verdict]++
		}
		out = append(out, fmt.Sprintf("Of %d claims from the articles, %d verified, %d contradicted and %d unverifiable against the prices.",
			len(d.Claims), n[analytics.Verified], n[analytics.Contradicted], n[analytics.Unverifiable]))
	}
	return out
}

// returnBetween is ticker's return from its adjusted close on from to that on to, when it has
// both days.
func (d *data) returnBetween(ticker string, from, to time.Time) (float64, bool) {
	var a, b float64
	for _, bar := range d.Charts.Bars[ticker] {
		p := bar.AdjClose
		if math.IsNaN(p) {
			p = bar.Close
		}
		switch {
		case bar.Date.Equal(from):
			a = p
		case bar.Date.Equal(to):
			b = p
		}
	}
	if a <= 0 || b <= 0 || math.IsNaN(a) || math.IsNaN(b) {
		return 0, false
	}
	return b/a - 1, true
}
