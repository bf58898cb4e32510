package extract

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"

	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/timex"
	"github.com/eventline/eventline/internal/sqltext"
)

// Querier is what loading needs: a *sql.DB or *sql.Tx.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// LoadAnchors reads the events that relative dates may be anchored to: every curated event, and
// extracted events whose day came from an absolute date. Their terms are their companies, their
// tickers' names and the companies their headline names.
func LoadAnchors(ctx context.Context, db Querier, cos *Companies) ([]timex.Anchor, error) {
	rows, err := db.QueryContext(ctx, `
		SELECT e.event_id, e.date, e.type, e.headline, coalesce(e.companies, []::VARCHAR[]),
			coalesce(list(t.ticker ORDER BY t.ticker) FILTER (WHERE t.ticker IS NOT NULL), []::VARCHAR[])
		FROM events e LEFT JOIN event_tickers t USING (event_id)
		WHERE e.status = 'occurred' AND (e.origin = 'curated'
			OR (e.granularity = 'day' AND e.event_id IN (
				SELECT m.event_id FROM event_mentions m JOIN timexes x
				ON x.article_id = m.article_id AND m.date_text = x.text AND x.resolved_by = 'absolute')))
		GROUP BY ALL ORDER BY e.event_id`)
	if err != nil {
		return nil, fmt.Errorf("load anchors: %w", err)
	}
	defer rows.Close()
	var out []timex.Anchor
	for rows.Next() {
		var id int64
		var value, typ, headline string
		var companies, tickers []any
		if err := rows.Scan(&id, &value, &typ, &headline, &companies, &tickers); err != nil {
			return nil, fmt.Errorf("load anchors: %w", err)
		}
		out = append(out, Anchor(strconv.FormatInt(id, 10), value, typ, headline, strs(companies), strs(tickers), cos))
	}
	return out, rows.Err()
}

// Anchor makes an anchor of an event.
func Anchor(id, value, typ, headline string, companies, tickers []string, cos *Companies) timex.Anchor {
	terms := slices.Clone(companies)
	add := func(s string) {
		if s != "" && !slices.Contains(terms, s) {
			terms = append(terms, s)
		}
	}
	for _, t := range tickers {
		add(t)
		if co, ok := cos.Ticker(t); ok {
			add(co.Name)
		}
	}
	for _, m := range cos.Find(headline) {
		add(m.Name)
		add(m.Ticker)
	}
	return timex.Anchor{ID: id, Value: value, Type: typ, Terms: terms}
}

func strs(vs []any) []string {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// Summary counts what a Writer stored.
type Summary struct {
	Articles, Replaced, Timexes, Events, NewEvents, Claims int
}

// Writer stores extraction results in one transaction. Events told by several articles are stored
// once with a mention per sentence: a new event joins a stored event of the same type and status
// that shares a company and whose period holds its date, or holds it (see Same). A curated event
// gains mentions but keeps its own date, headline and companies.
type Writer struct {
	tx      *sql.Tx
	known   []storedEvent
	Summary Summary
}

type storedEvent struct {
	id      int64
	curated bool // mentions join a curated event, which keeps its own date and companies
	Event
}

// NewWriter starts writing into tx, reading the extracted events already stored.
func NewWriter(ctx context.Context, tx *sql.Tx) (*Writer, error) {
	w := &Writer{tx: tx}
	rows, err := tx.QueryContext(ctx, `
		SELECT e.event_id, e.origin = 'curated', e.date, e.type, e.status, coalesce(e.companies, []::VARCHAR[]),
			coalesce(list(t.ticker) FILTER (WHERE t.ticker IS NOT NULL), []::VARCHAR[])
		FROM events e LEFT JOIN event_tickers t USING (event_id)
		GROUP BY ALL ORDER BY 2 DESC, 1`)
	if err != nil {
		return nil, fmt.Errorf("read extracted events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var se storedEvent
		var value string
		var companies, tickers []any
		if err := rows.Scan(&se.id, &se.curated, &value, &se.Type, &se.Status, &companies, &tickers); err != nil {
			return nil, fmt.Errorf("read extracted events: %w", err)
		}
		if se.Period, err = events.ParsePeriod(value); err != nil {
			continue
		}
		se.Companies, se.Tickers = strs(companies), strs(tickers)
		w.known = append(w.known, se)
	}
	return w, rows.Err()
}

// Write stores one article and its findings. An article already stored (the same title and
// publication date, or the same URL) is replaced with its findings, so re-ingesting does not
// duplicate.
func (w *Writer) Write(ctx context.Context, r Result) error {
	a := r.Article
	var published any
	if !a.Published.IsZero() {
		published = a.Published
	}
	if err := w.replace(ctx, a.Title, published, a.URL); err != nil {
		return err
	}
	var articleID int64
	err := w.tx.QueryRowContext(ctx, `
		INSERT INTO articles (title, published, source, url, file, format, body)
		VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING article_id`,
		a.Title, published, nullIfEmpty(a.Source), nullIfEmpty(a.URL), a.File, a.Format, a.Body).Scan(&articleID)
	if err != nil {
		return fmt.Errorf("store article %q: %w", a.Title, err)
	}
	w.Summary.Articles++
	for _, x := range r.Timexes {
		if _, err := w.tx.ExecContext(ctx, `INSERT INTO timexes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			articleID, x.Start, x.End, x.Text, x.Type, nullIfEmpty(x.Value), nullIfEmpty(x.Granularity),
			nullIfEmpty(x.Mod), x.ResolvedBy); err != nil {
			return fmt.Errorf("store article %q: timex %q: %w", a.Title, x.Text, err)
		}
		w.Summary.Timexes++
	}
	ids := make([]int64, len(r.Events))
	for i, e := range r.Events {
		id, err := w.event(ctx, e)
		if err != nil {
			return fmt.Errorf("store article %q: %w", a.Title, err)
		}
		ids[i] = id
		for _, m := range e.Mentions {
			if _, err := w.tx.ExecContext(ctx, `INSERT INTO event_mentions VALUES (?, ?, ?, ?, ?, ?)`,
				id, articleID, m.Sentence, m.Start, m.End, nullIfEmpty(e.DateText)); err != nil {
				return fmt.Errorf("store article %q: mention: %w", a.Title, err)
			}
		}
		w.Summary.Events++
	}
	for _, c := range r.Claims {
		var eventID, date any
		if c.Event >= 0 {
			eventID = ids[c.Event]
		}
		if c.Date != "" {
			date = c.Date
		}
		if _, err := w.tx.ExecContext(ctx, `
			INSERT INTO claims (article_id, event_id, ticker, date, date_value, metric, op, value, unit, text, sentence)
			VALUES (?, ?, ?, ?::DATE, ?, ?, ?, ?, ?, ?, ?)`,
			articleID, eventID, nullIfEmpty(c.Ticker), date, nullIfEmpty(c.DateValue), c.Metric, c.Op, c.Value,
			c.Unit, c.Text, c.Sentence); err != nil {
			return fmt.Errorf("store article %q: claim %q: %w", a.Title, c.Text, err)
		}
		w.Summary.Claims++
	}
	return nil
}

// replace removes a stored article that this one replaces, with its findings, and the extracted
// events that only it told.
func (w *Writer) replace(ctx context.Context, title string, published any, url string) error {
	rows, err := w.tx.QueryContext(ctx, `
		SELECT article_id FROM articles
		WHERE (title = ? AND published IS NOT DISTINCT FROM ?::DATE) OR (? <> '' AND url = ?)`,
		title, published, url, url)
	if err != nil {
		return fmt.Errorf("find stored article %q: %w", title, err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	for _, id := range ids {
		var orphans []int64
		rs, err := w.tx.QueryContext(ctx, `
			SELECT DISTINCT m.event_id FROM event_mentions m JOIN events e USING (event_id)
			WHERE m.article_id = $1 AND e.origin = 'extracted' AND NOT EXISTS (
				SELECT 1 FROM event_mentions o WHERE o.event_id = m.event_id AND o.article_id <> $1)`, id)
		if err != nil {
			return fmt.Errorf("replace article %q: %w", title, err)
		}
		for rs.Next() {
			var e int64
			if err := rs.Scan(&e); err != nil {
				rs.Close()
				return err
			}
			orphans = append(orphans, e)
		}
		rs.Close()
		for _, q := range []string{`DELETE FROM timexes WHERE article_id = ?`, `DELETE FROM claims WHERE article_id = ?`,
			`DELETE FROM event_mentions WHERE article_id = ?`, `DELETE FROM articles WHERE article_id = ?`} {
			if _, err := w.tx.ExecContext(ctx, q, id); err != nil {
				return fmt.Errorf("replace article %q: %w", title, err)
			}
		}
		if err := events.Delete(ctx, w.tx, orphans...); err != nil {
			return err
		}
		w.known = slices.DeleteFunc(w.known, func(s storedEvent) bool { return slices.Contains(orphans, s.id) })
		w.Summary.Replaced++
	}
	return nil
}

// event stores e, or joins it to the stored event that tells the same happening, and returns the
// event's id.
func (w *Writer) event(ctx context.Context, e Event) (int64, error) {
	for i, k := range w.known {
		if !Same(k.Event, e) {
			continue
		}
		if k.curated {
			return k.id, nil
		}
		merged := Merge(k.Event, e)
		if merged.Period != k.Period || len(merged.Companies) != len(k.Companies) || len(merged.Tickers) != len(k.Tickers) {
			if _, err := w.tx.ExecContext(ctx, `
				UPDATE events SET date = ?, granularity = ?, start_date = ?, end_date = ?, companies = ?::VARCHAR[]
				WHERE event_id = ?`, merged.Value, merged.Granularity, merged.Start, merged.End,
				sqltext.List(merged.Companies), k.id); err != nil {
				return 0, fmt.Errorf("update event %d: %w", k.id, err)
			}
			for _, t := range merged.Tickers {
				if !slices.Contains(k.Tickers, t) {
					if _, err := w.tx.ExecContext(ctx, `INSERT INTO event_tickers VALUES (?, ?)`, k.id, t); err != nil {
						return 0, fmt.Errorf("update event %d: %w", k.id, err)
					}
				}
			}
		}
		merged.Mentions = nil
		w.known[i].Event = merged
		return k.id, nil
	}
	ev := events.Event{Period: e.Period, DateText: e.DateText, Type: e.Type, Status: e.Status,
		Headline: e.Headline, Tickers: e.Tickers, Companies: e.Companies, Origin: events.Extracted}
	id, err := events.Insert(ctx, w.tx, &ev)
	if err != nil {
		return 0, err
	}
	e.Mentions = nil
	w.known = append(w.known, storedEvent{id: id, Event: e})
	w.Summary.NewEvents++
	return id, nil
}

func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}
