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

// Type is what kind of happening an event is.
type Type string

// The event types. The first eleven are the ones eventline started with; the rest are the
// corporate actions and financial news that event studies group by.
const (
	IPO           Type = "ipo"
	Acquisition   Type = "acquisition" // mergers, takeovers, tender offers, stakes, sales of units
	Partnership   Type = "partnership"
	Product       Type = "product"
	Forecast      Type = "forecast" // a prediction by anyone, about anything
	Analyst       Type = "analyst"  // ratings, price targets, coverage
	PriceMove     Type = "price_move"
	Legal         Type = "legal"
	Criticism     Type = "criticism"
	Executive     Type = "executive"
	Earnings      Type = "earnings" // results as reported, including newswire results tables
	Dividend      Type = "dividend" // declared, raised, cut, special or omitted
	Buyback       Type = "buyback"
	Split         Type = "split"         // forward and reverse stock splits
	Guidance      Type = "guidance"      // a company's own outlook: raised, cut, reaffirmed
	Restructuring Type = "restructuring" // layoffs, plant closures, restructuring plans
	Bankruptcy    Type = "bankruptcy"
	Offering      Type = "offering" // stock and debt offerings, private placements, credit lines
	Contract      Type = "contract" // contracts and orders won
	Other         Type = "other"
)

// Types lists the event types eventline knows.
var Types = []Type{IPO, Acquisition, Partnership, Product, Forecast, Analyst, PriceMove, Legal, Criticism,
	Executive, Earnings, Dividend, Buyback, Split, Guidance, Restructuring, Bankruptcy, Offering, Contract, Other}

// Status says whether an event happened.
type Status string

// The statuses: it happened, it is predicted or expected for its date, or it is a rumor or an
// unconfirmed report.
const (
	Occurred    Status = "occurred"
	Predicted   Status = "forecast" // predicted or expected for its date
	Unconfirmed Status = "report"   // a rumor or an unconfirmed report
)

// Statuses lists what an event's status may be.
var Statuses = []Status{Occurred, Predicted, Unconfirmed}

// ParseType returns the type named s (lower case), if it is one of Types.
func ParseType(s string) (Type, bool) {
	t := Type(s)
	return t, slices.Contains(Types, t)
}

// ParseStatus returns the status named s (lower case), if it is one of Statuses.
func ParseStatus(s string) (Status, bool) {
	st := Status(s)
	return st, slices.Contains(Statuses, st)
}

// TypeNames lists the type names, for help and messages.
func TypeNames() []string {
	out := make([]string, len(Types))
	for i, t := range Types {
		out[i] = string(t)
	}
	return out
}

// StatusNames lists the status names, for help and messages.
func StatusNames() []string {
	out := make([]string, len(Statuses))
	for i, s := range Statuses {
		out[i] = string(s)
	}
	return out
}

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
	Type      Type
	Status    Status
	Headline  string
	Tickers   []string // listed companies involved
	Companies []string // every company involved, listed or private, by canonical name
	Origin    string   // Curated or Extracted
	SourceURL string
	Notes     string
	Timing    Timing // when in the trading day its news came out, when known
}

// Execer is what Insert and Store need: a *sql.Tx, *sql.Conn or *sql.DB.
type Execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
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
