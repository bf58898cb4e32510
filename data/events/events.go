// Package events stores dated corporate events, curated by hand or extracted from articles, and
// loads curated ones from CSV and JSON files.
package events

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"github.com/eventline/eventline/internal/sqltext"
)

// Types lists the event types eventline knows.
var Types = []string{"ipo", "acquisition", "partnership", "product", "forecast", "analyst",
	"price_move", "legal", "criticism", "executive", "earnings", "other"}

// Statuses lists what an event's status may be: it happened, it is predicted or expected for its
// date, or it is a rumor or unconfirmed report.
var Statuses = []string{"occurred", "forecast", "report"}

// Origins of events.
const (
	Curated   = "curated"
	Extracted = "extracted"
)

// Event is one dated happening about one or more companies.
type Event struct {
	ID        int64
	Period           // Value is the TIMEX3 date value
	DateText  string // the words that dated it, for extracted events
	Type      string // one of Types
	Status    string // one of Statuses
	Headline  string
	Tickers   []string // listed companies involved
	Companies []string // every company involved, listed or private, by canonical name
	Origin    string   // Curated or Extracted
	SourceURL string
	Notes     string
	Timing    Timing // when in the trading day its news came out, when known
}

// Execer is what Insert needs: a *sql.Tx, *sql.Conn or *sql.DB.
type Execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Insert stores e and its tickers and returns its new id.
func Insert(ctx context.Context, db Execer, e *Event) (int64, error) {
	var id int64
	companies := e.Companies
	if companies == nil {
		companies = []string{}
	}
	err := db.QueryRowContext(ctx, `
		INSERT INTO events (date, date_text, granularity, start_date, end_date, type, status, headline,
			companies, origin, source_url, notes, session, release_time)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::VARCHAR[], ?, ?, ?, ?, ?::TIME)
		RETURNING event_id`,
		e.Value, nullIfEmpty(e.DateText), e.Granularity, e.Start, e.End, e.Type, e.Status, e.Headline,
		sqltext.List(companies), e.Origin, nullIfEmpty(e.SourceURL), nullIfEmpty(e.Notes),
		nullIfEmpty(e.Timing.Session), nullIfEmpty(e.Timing.Clock)).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("insert event %q: %w", e.Headline, err)
	}
	for _, t := range uniq(e.Tickers) {
		if _, err := db.ExecContext(ctx, `INSERT INTO event_tickers (event_id, ticker) VALUES (?, ?)`, id, t); err != nil {
			return 0, fmt.Errorf("insert event %q ticker %s: %w", e.Headline, t, err)
		}
	}
	e.ID = id
	return id, nil
}

// Delete removes events and their tickers.
func Delete(ctx context.Context, db Execer, ids ...int64) error {
	for _, id := range ids {
		for _, q := range []string{`DELETE FROM event_tickers WHERE event_id = ?`, `DELETE FROM events WHERE event_id = ?`} {
			if _, err := db.ExecContext(ctx, q, id); err != nil {
				return fmt.Errorf("delete event %d: %w", id, err)
			}
		}
	}
	return nil
}

func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func uniq(items []string) []string {
	var out []string
	for _, s := range items {
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
