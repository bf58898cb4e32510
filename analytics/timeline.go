package analytics

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// TimelineEntry is one stored event, as the timeline lists it.
type TimelineEntry struct {
	EventID                         int64
	Date, Granularity, Type, Status string // Date is the TIMEX3 value
	Tickers                         []string
	Headline, Origin, DateText      string
	// Detail is what the event's words say beyond its type (a dividend raised, a deal terminated,
	// who left and who came in a management change); empty when nothing.
	Detail string
	// Session is when in the trading day the news came out (before_open, regular, after_close),
	// empty when unknown; an after_close event's t0 in a study is the next trading day.
	Session  string
	Mentions int    // sentences of articles that tell it
	Source   string // the first article's title, else the event's source URL
}

// Timeline lists the selected events, curated and extracted, in date order: those whose period
// meets [From, To]. Events of private companies (no ticker) are listed unless the filter names
// tickers.
func Timeline(ctx context.Context, db *sql.DB, f Filter) ([]TimelineEntry, error) {
	// A timeline shows every event whose period meets the range, not only those starting in it.
	from, to := f.From, f.To
	f.From, f.To = time.Time{}, time.Time{}
	where, args := f.where()
	if !from.IsZero() {
		where += " AND e.end_date >= ?"
		args = append(args, from)
	}
	if !to.IsZero() {
		where += " AND e.start_date <= ?"
		args = append(args, to)
	}
	rows, err := db.QueryContext(ctx, fmt.Sprintf(`
		SELECT e.event_id, e.date, e.granularity, e.type, e.status,
			coalesce((SELECT string_agg(ticker, ';' ORDER BY ticker) FROM event_tickers t WHERE t.event_id = e.event_id), ''),
			e.headline, e.origin, coalesce(e.date_text, ''), coalesce(e.session, ''), coalesce(e.detail, ''),
			(SELECT count(*) FROM event_mentions m WHERE m.event_id = e.event_id),
			coalesce((SELECT a.title FROM event_mentions m JOIN articles a USING (article_id)
				WHERE m.event_id = e.event_id ORDER BY a.published, a.article_id LIMIT 1), e.source_url, '')
		FROM events e
		WHERE e.event_id IN (SELECT e.event_id FROM events e LEFT JOIN event_tickers t USING (event_id) WHERE %s)
		ORDER BY e.start_date, e.end_date, e.event_id`, where), args...)
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	defer rows.Close()
	var out []TimelineEntry
	for rows.Next() {
		var e TimelineEntry
		var tickers string
		if err := rows.Scan(&e.EventID, &e.Date, &e.Granularity, &e.Type, &e.Status, &tickers, &e.Headline, &e.Origin,
			&e.DateText, &e.Session, &e.Detail, &e.Mentions, &e.Source); err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
		if tickers != "" {
			e.Tickers = strings.Split(tickers, ";")
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
