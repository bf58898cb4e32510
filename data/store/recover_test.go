package store

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestOpenRemovesWhatAnUnfinishedIngestLeft stores, outside any ingest, rows of the kind a crash
// can leave of an ingest that never committed (crash_test.go in cmd/eventline produces them with
// real WALs) and checks that opening removes exactly those.
func TestOpenRemovesWhatAnUnfinishedIngestLeft(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "r.duckdb")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := s.DB.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	// A finished ingest, with an article and an event.
	done, err := BeginIngest(ctx, s.DB, "articles")
	if err != nil {
		t.Fatal(err)
	}
	tx, err := s.DB.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO prices (ticker, date, close, ingest_id) VALUES ('OLD', DATE '2007-08-14', 1, ` + itoa(done.ID) + `)`,
		`INSERT INTO securities (ticker) VALUES ('OLD')`,
		`INSERT INTO articles (article_id, title, body) VALUES (nextval('article_id_seq'), 'kept', 'x')`,
		`INSERT INTO events (event_id, date, granularity, start_date, end_date, type, headline, origin)
			VALUES (nextval('event_id_seq'), '2007', 'year', DATE '2007-01-01', DATE '2007-12-31', 'ipo', 'kept', 'curated')`,
		`INSERT INTO event_tickers (event_id, ticker) SELECT max(event_id), 'KEPT' FROM events`,
		`INSERT INTO ingests VALUES (` + itoa(done.ID) + `, 'articles', current_timestamp, 1, 1, 0, 0, 0)`,
		// A study and factor values stored before schema version 11, without a run id.
		`INSERT INTO event_returns (event_id, ticker, t0, window_from, window_to, model, fallback, complete, benchmark)
			VALUES (1, 'OLD', DATE '2007-08-14', 0, 0, 'market', false, true, 'GSPC')`,
		`INSERT INTO event_study (grouping, group_value, window_from, window_to, n) VALUES ('all', 'all', 0, 0, 1)`,
		`INSERT INTO factors VALUES ('daily', DATE '2007-08-14', 'smb', 0.01, NULL)`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if err := done.Finish(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	done.Release(ctx)
	// An ingest that never finished: its rows are there but neither its ingests row nor its end.
	dead, err := BeginIngest(ctx, s.DB, "prices")
	if err != nil {
		t.Fatal(err)
	}
	exec(`INSERT INTO prices (ticker, date, close, ingest_id) VALUES ('NEW', DATE '2007-08-14', 2, ?), ('OLD', DATE '2007-08-15', 2, ?)`, dead.ID, dead.ID)
	exec(`INSERT INTO articles (article_id, title, body) VALUES (nextval('article_id_seq'), 'left', 'y')`)
	exec(`INSERT INTO timexes SELECT max(article_id), 0, 1, 'y', 'DATE', '2007', 'year', NULL, 'absolute' FROM articles`)
	exec(`INSERT INTO events (event_id, date, granularity, start_date, end_date, type, headline, origin)
		VALUES (nextval('event_id_seq'), '2008', 'year', DATE '2008-01-01', DATE '2008-12-31', 'ipo', 'left', 'extracted')`)
	exec(`INSERT INTO event_mentions SELECT (SELECT max(event_id) FROM events), min(article_id), 's', 0, 1, NULL FROM articles`)
	// A ticker it added to the event stored before it, which has no id above its marks.
	exec(`INSERT INTO event_tickers (event_id, ticker, ingest_id) SELECT min(event_id), 'ADDED', ? FROM events`, dead.ID)
	// A study and factor values of the same run, beside the old ones whose deletion the crash dropped.
	exec(`INSERT INTO event_returns (event_id, ticker, t0, window_from, window_to, model, fallback, complete, benchmark, run_id)
		VALUES (1, 'OLD', DATE '2007-08-14', -1, 1, 'market', false, true, 'GSPC', ?)`, dead.ID)
	exec(`INSERT INTO event_study (grouping, group_value, window_from, window_to, n, run_id) VALUES ('all', 'all', -1, 1, 1, ?)`, dead.ID)
	exec(`INSERT INTO factors VALUES ('daily', DATE '2007-08-14', 'smb', 0.02, ?)`, dead.ID)
	// A user deleting an ingests row by hand is no crash: nothing of that ingest goes.
	exec(`DELETE FROM ingests`)
	s.Close()

	s, err = Open(ctx, path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if len(s.Recovered) != 1 || s.Recovered[0].IngestID != dead.ID || s.Recovered[0].Rows["prices"] != 2 {
		t.Fatalf("recovered %+v", s.Recovered)
	}
	msg := s.Recovered[0].String()
	for _, want := range []string{"ingest prices (ingest 2, begun ", "did not finish", "2 prices", "1 articles", "1 timexes", "1 events", "1 event_mentions",
		"1 event_tickers", "1 event_returns", "1 event_study", "1 factors"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q lacks %q", msg, want)
		}
	}
	var got string
	if err := s.DB.QueryRowContext(ctx, `SELECT concat_ws(' ',
		(SELECT string_agg(ticker || date, ',' ORDER BY ticker, date) FROM prices),
		(SELECT string_agg(ticker, ',' ORDER BY ticker) FROM securities),
		(SELECT string_agg(title, ',') FROM articles), (SELECT string_agg(headline, ',') FROM events),
		(SELECT count(*) FROM timexes), (SELECT count(*) FROM event_mentions), (SELECT count(*) FROM pending_ingests),
		(SELECT string_agg(ticker, ',') FROM event_tickers), (SELECT string_agg(window_from, ',') FROM event_returns),
		(SELECT string_agg(window_from, ',') FROM event_study), (SELECT string_agg(value, ',') FROM factors))`).Scan(&got); err != nil {
		t.Fatal(err)
	}
	if want := "OLD2007-08-14 OLD kept kept 0 0 0 KEPT 0 0 0.01"; got != want {
		t.Fatalf("after recovery: %q, want %q", got, want)
	}
}

func TestReleaseForgetsARolledBackIngest(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "r.duckdb"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	in, err := BeginIngest(ctx, s.DB, "events")
	if err != nil {
		t.Fatal(err)
	}
	var n int
	s.DB.QueryRowContext(ctx, `SELECT count(*) FROM pending_ingests`).Scan(&n)
	if n != 1 {
		t.Fatalf("%d pending ingests after BeginIngest", n)
	}
	if err := in.Release(ctx); err != nil {
		t.Fatal(err)
	}
	s.DB.QueryRowContext(ctx, `SELECT count(*) FROM pending_ingests`).Scan(&n)
	if n != 0 {
		t.Fatalf("%d pending ingests after Release", n)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
