package usecase

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/eventline/eventline/analytics"
	"github.com/eventline/eventline/charts"
	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/internal/sqltext"
)

// ChartData is what the charts of some tickers are drawn from, gathered once: each ticker's bars
// in the range, the events placed on the tickers' trading days, where the prices come from and
// in which currency. The chart command and the report draw from it alike.
type ChartData struct {
	Tickers []string
	Bars    map[string][]analytics.DailyBar
	// Events are in timeline order, numbered from 1.
	Events []Event
	// sources are each ticker's price sources by name ("Yahoo Finance"); currencies each
	// ticker's currency where securities records one.
	sources    map[string][]string
	currencies map[string]string
	// indexes are the tickers securities.kind marks as an index.
	indexes map[string]bool
	// from is where the charts' range begins (zero: the tickers' first prices).
	from time.Time
}

// Event is one event of the timeline with its mark on each of its tickers.
type Event struct {
	Num   int
	ID    int64
	Value string // TIMEX3 date: 2007-08-14, 2007-09, 2007-Q3
	Marks []analytics.EventMark
}

// First is the event's mark on its first ticker, which carries what all its marks share.
func (e Event) First() analytics.EventMark { return e.Marks[0] }

// TickerList is the tickers the event is marked on, a list cell (a JSON array, [EMC, VMW] in CSV).
func (e Event) TickerList() []any {
	var ts []any
	for _, m := range e.Marks {
		ts = append(ts, m.Ticker)
	}
	return ts
}

// Unplaced are the marks of events that cannot be placed on a trading day, with the reason.
func (d *ChartData) Unplaced() []analytics.EventMark { return d.unplaced(false) }

// OffChart are the Unplaced marks that the charts cannot show either: all but the events just
// before the prices, which the charts draw at their left edge (see early).
func (d *ChartData) OffChart() []analytics.EventMark { return d.unplaced(true) }

func (d *ChartData) unplaced(drawnAtEdge bool) []analytics.EventMark {
	var out []analytics.EventMark
	for _, e := range d.Events {
		for _, m := range e.Marks {
			if _, ok := d.early(m); ok && drawnAtEdge {
				continue
			}
			if m.Reason != "" {
				out = append(out, m)
			}
		}
	}
	return out
}

// LoadChartData reads the tickers' bars within [from, to] (a ticker without any is an input
// error) and the events that f selects.
func LoadChartData(ctx context.Context, db *sql.DB, tickers []string, from, to time.Time, f analytics.Filter) (*ChartData, error) {
	d := &ChartData{Tickers: tickers, Bars: map[string][]analytics.DailyBar{}, from: from}
	for _, t := range tickers {
		bs, err := Bars(ctx, db, t, from, to)
		if err != nil {
			return nil, err
		}
		d.Bars[t] = bs
	}
	marks, err := analytics.EventMarks(ctx, db, f)
	if err != nil {
		return nil, err
	}
	byID := map[int64]int{}
	for _, m := range marks {
		i, ok := byID[m.EventID]
		if !ok {
			i = len(d.Events)
			byID[m.EventID] = i
			d.Events = append(d.Events, Event{Num: i + 1, ID: m.EventID, Value: m.Value})
		}
		d.Events[i].Marks = append(d.Events[i].Marks, m)
	}
	if d.sources, err = priceSources(ctx, db, tickers); err != nil {
		return nil, err
	}
	if d.currencies, d.indexes, err = currencies(ctx, db, tickers); err != nil {
		return nil, err
	}
	return d, nil
}

// PriceChart is ticker's price chart with its events that fall on the chart (forecasts up to
// the chart's horizon); omitted counts the ticker's events that do not.
func (d *ChartData) PriceChart(ticker string) (pc charts.PriceChart, omitted int) {
	bs := d.Bars[ticker]
	pc = charts.PriceChart{Ticker: ticker, Currency: d.Unit(ticker), Bars: make([]charts.Bar, len(bs))}
	for i, b := range bs {
		pc.Bars[i] = charts.Bar{Date: b.Date, Open: b.Open, High: b.High, Low: b.Low, Close: b.Close, Volume: b.Volume}
	}
	if len(bs) == 0 {
		return pc, 0
	}
	first, last := bs[0].Date, bs[len(bs)-1].Date
	pc.Events, omitted = d.events([]string{ticker}, first, last, charts.ForecastHorizon(first, last))
	return pc, omitted
}

// Comparison rebases the tickers' adjusted closes (closes where there is none) to 100 on the
// first day they all have, so that a later listing (VMW in August 2007) starts level with the
// others, and marks the events of marked (the benchmark's own are left out).
func (d *ChartData) Comparison(tickers, marked []string) charts.ComparisonChart {
	var cc charts.ComparisonChart
	var lastDay time.Time
	for _, t := range tickers {
		bs := d.Bars[t]
		if len(bs) == 0 {
			continue
		}
		s := charts.Series{Name: t}
		for _, b := range bs {
			v := b.AdjClose
			if math.IsNaN(v) {
				v = b.Close
			}
			s.Dates, s.Values = append(s.Dates, b.Date), append(s.Values, v)
		}
		if bs[0].Date.After(cc.Base) {
			cc.Base = bs[0].Date
		}
		if l := bs[len(bs)-1].Date; l.After(lastDay) {
			lastDay = l
		}
		cc.Series = append(cc.Series, s)
	}
	cc.Events, _ = d.events(marked, cc.Base, lastDay, lastDay)
	return cc
}

// CARChart draws an event study's mean CAR path.
func CARChart(path analytics.CARPath, label string) charts.CARChart {
	return charts.CARChart{Days: path.Days, Mean: path.Mean, Lower: path.Lower, Upper: path.Upper, Paths: path.Paths, Label: label}
}

// events are the tickers' events that a chart of first..last shows: day events on a trading day
// in range, forecasts whose target is in first..horizon, coarse events whose span meets the
// range. omitted counts the others, including events that cannot be placed at all.
func (d *ChartData) events(tickers []string, first, last, horizon time.Time) (shown []charts.Event, omitted int) {
	for _, e := range d.Events {
		for _, m := range e.Marks {
			if !slices.Contains(tickers, m.Ticker) {
				continue
			}
			ce := charts.Event{Num: e.Num, Date: m.Day, Start: m.Start, End: m.End, Granularity: m.Granularity,
				Type: m.Type, Status: m.Status, Ticker: m.Ticker, Headline: m.Headline, Source: m.Source, URL: m.URL}
			var ok bool
			early, isEarly := d.early(m)
			switch {
			case isEarly:
				ce.Date, ok = early, true
			case m.Day.IsZero() && m.Start.IsZero():
			case m.Status == string(events.Predicted) && m.Granularity != events.Day && !m.Day.IsZero():
				// An expected month or quarter is drawn as its calendar period, which may lie
				// past the last price (so it has no trading days to span).
				ce.Start, ce.End = m.Day, periodEnd(m.Day, m.Granularity)
				ok = !ce.Start.After(horizon) && !ce.End.Before(first)
			case m.Status == string(events.Predicted):
				ok = !m.Day.Before(first) && !m.Day.After(horizon)
			case m.Granularity != events.Day:
				ok = !m.Start.IsZero() && !m.Start.After(last) && !m.End.Before(first)
			default:
				ok = !m.Day.Before(first) && !m.Day.After(last)
			}
			if ok {
				shown = append(shown, ce)
			} else {
				omitted++
			}
		}
	}
	return shown, omitted
}

// early gives the date of a day event that has no trading day because the ticker's prices begin
// after it (VMW's IPO on 2007-08-14, the day before Yahoo's first row), by at most a year and
// inside the charts' range: the charts draw it at their left edge with its date rather than
// leave it out.
func (d *ChartData) early(m analytics.EventMark) (time.Time, bool) {
	if !m.Day.IsZero() || m.Granularity != events.Day || m.Status == string(events.Predicted) {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", m.Value)
	bs := d.Bars[m.Ticker]
	if err != nil || len(bs) == 0 || !t.Before(bs[0].Date) || t.Before(bs[0].Date.AddDate(-1, 0, 0)) || t.Before(d.from) {
		return time.Time{}, false
	}
	return t, true
}

// periodEnd is the last calendar day of the period of granularity that begins on start.
func periodEnd(start time.Time, granularity string) time.Time {
	switch granularity {
	case "week":
		return start.AddDate(0, 0, 6)
	case "month":
		return start.AddDate(0, 1, -1)
	case "quarter":
		return start.AddDate(0, 3, -1)
	case "half":
		return start.AddDate(0, 6, -1)
	case "year":
		return start.AddDate(1, 0, -1)
	}
	return start
}

// Currency is ticker's currency code, USD unless securities says otherwise.
func (d *ChartData) Currency(ticker string) string {
	if c, ok := d.currencies[ticker]; ok && c != "" {
		return c
	}
	return "USD"
}

// Unit is what ticker's prices are counted in: charts.Points for an index (the S&P 500 stands at
// 1,416.60 points, not dollars), else its currency.
func (d *ChartData) Unit(ticker string) string {
	if d.indexes[ticker] || IsIndex(ticker) {
		return charts.Points
	}
	return d.Currency(ticker)
}

// knownIndexes are the market indexes Yahoo lists under a "^" (^GSPC), which a file name keeps
// or drops: a security of one of these names is an index even where securities.kind is unset.
var knownIndexes = map[string]bool{"GSPC": true, "SPX": true, "DJI": true, "IXIC": true, "NDX": true, "RUT": true,
	"VIX": true, "NYA": true, "FTSE": true, "GDAXI": true, "FCHI": true, "N225": true, "HSI": true, "STOXX50E": true}

// IsIndex says whether a ticker names a market index by its name alone: "^" in front (Yahoo's
// mark) or one of the well-known index symbols.
func IsIndex(ticker string) bool {
	t := strings.ToUpper(strings.TrimSpace(ticker))
	return strings.HasPrefix(t, "^") || knownIndexes[t]
}

// SourceLine says where a chart's prices come from and how many sources its events cite:
// "prices: Yahoo Finance daily; 4 events from 3 articles".
func (d *ChartData) SourceLine(tickers []string, evs []charts.Event) string {
	var names []string
	for _, t := range tickers {
		for _, s := range d.sources[t] {
			if n, ok := sourceNames[s]; ok {
				s = n
			}
			if !slices.Contains(names, s) {
				names = append(names, s)
			}
		}
	}
	slices.Sort(names)
	line := "prices: daily"
	if len(names) > 0 {
		line = "prices: " + strings.Join(names, ", ") + " daily"
	}
	// An article is told apart by its URL; a publication name alone stands for its articles.
	articles, sources := map[string]bool{}, map[string]bool{}
	for _, e := range evs {
		switch {
		case e.URL != "":
			articles[e.URL] = true
		case e.Source != "":
			sources[e.Source] = true
		}
	}
	if len(evs) > 0 {
		line += "; " + Plural(len(evs), "event")
		switch {
		case len(articles) > 0 && len(sources) == 0:
			line += " from " + Plural(len(articles), "article")
		case len(articles)+len(sources) > 0:
			line += " citing " + Plural(len(articles)+len(sources), "source")
		}
	}
	return line
}

// Plural counts: "1 event", "3 events".
func Plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// sourceNames are the names of the price sources ingest detects; any other is a user's label.
var sourceNames = map[string]string{"yahoo": "Yahoo Finance", "stooq": "Stooq", "csv": "CSV files"}

// priceSources gives the source labels (yahoo, stooq, csv or a --source label) of each of
// tickers' prices, sorted; nil tickers means every ticker.
func priceSources(ctx context.Context, db *sql.DB, tickers []string) (map[string][]string, error) {
	var list any
	if tickers != nil {
		list = sqltext.List(tickers)
	}
	rows, err := db.QueryContext(ctx, `SELECT DISTINCT ticker, source::VARCHAR FROM prices
		WHERE ($1::VARCHAR[] IS NULL OR ticker IN (SELECT unnest($1::VARCHAR[]))) AND source IS NOT NULL
		ORDER BY 1, 2`, list)
	if err != nil {
		return nil, fmt.Errorf("price sources: %w", err)
	}
	defer rows.Close()
	out := map[string][]string{}
	for rows.Next() {
		var t, s string
		if err := rows.Scan(&t, &s); err != nil {
			return nil, fmt.Errorf("price sources: %w", err)
		}
		out[t] = append(out[t], s)
	}
	return out, rows.Err()
}

// currencies reads the tickers' currencies and which are indexes from securities.
func currencies(ctx context.Context, db *sql.DB, tickers []string) (map[string]string, map[string]bool, error) {
	rows, err := db.QueryContext(ctx, `SELECT ticker, coalesce(currency, ''), coalesce(kind, '') = 'index' FROM securities
		WHERE ticker IN (SELECT unnest(?::VARCHAR[]))`, sqltext.List(tickers))
	if err != nil {
		return nil, nil, fmt.Errorf("currencies: %w", err)
	}
	defer rows.Close()
	out, idx := map[string]string{}, map[string]bool{}
	for rows.Next() {
		var t, c string
		var index bool
		if err := rows.Scan(&t, &c, &index); err != nil {
			return nil, nil, fmt.Errorf("currencies: %w", err)
		}
		if c != "" {
			out[t] = c
		}
		idx[t] = index
	}
	return out, idx, rows.Err()
}
