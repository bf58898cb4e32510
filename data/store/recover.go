package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Why ingests need more than DuckDB's transactions.
//
// Every ingest runs in one transaction, yet DuckDB 1.5 can bring back part of one that never
// committed. A large insert writes its row groups straight into the database file as it goes
// ("optimistic writes") and the commit logs only pointers to them (a ROW_GROUP_DATA entry in the
// WAL). When the WAL ends before the commit's closing entry (a process killed while committing,
// or the last bytes of the WAL lost), replay drops the transaction's other changes but keeps those
// row groups: a million prices of a batch stayed while its ingests and securities rows were gone
// (crash_test.go records such WALs and cuts them). duckdb/duckdb pull request 25931 ("Fix
// uncommitted data recovered accidentally") is still open at the time of writing.
//
// So eventline keeps its own commit marker. An ingest first records itself in pending_ingests, in
// a transaction of its own, with the highest ids stored at that moment; its own transaction
// deletes that row as it commits. A pending row found on opening is an ingest that never
// committed, and Open removes whatever it left: the rows stamped with its ingest id (prices,
// ingest_rejects, aliases, factors, the tickers it added to older events, the saved study's rows
// by run_id) and the rows with ids above its marks (articles and everything that hangs off them,
// events and their tickers and mentions, claims), all in one transaction, then checkpoints.
// Only changes such a crash can leave are undone: appended rows. Deletes and updates are never
// written optimistically, so DuckDB drops them with the transaction, which is what undoing asks:
// a replacing write (a study replaces its tables, a factor file the stored days, an ingest the
// rows it updates) gets the old rows back and loses the new ones.
//
// Every command that writes the database, and how it is kept whole (cmd/eventline/crash_test.go
// cuts a recorded WAL of each and kills each in a child process; EVENTLINE_CRASH_SOAK for many):
//
//	ingest prices     kind prices: prices, ingest_rejects by ingest_id; securities re-derived
//	ingest articles   kind articles: ids above the marks; event_tickers added to older events by ingest_id
//	ingest events     kind events: events and their tickers above the event mark
//	ingest aliases    kind aliases: aliases by ingest_id
//	ingest factors    kind factors: factors by ingest_id
//	study, report     kind study: event_returns, event_study by run_id (analytics.SaveStudy)
//	demo              a new database in a staging folder, moved into place when done
//	opening           upgrades: migrate_wal.go; this recovery: its own transaction, run again if cut
//	sql --write       the user's statements: DuckDB's own transactions only
//
// The rest only read. A row with neither an id of its own nor an ingest's stamp may not be
// appended by a write of more than a row group; securities are the one exception (a row per new
// ticker, re-derived from prices here; a securities row without prices is left, as the user may
// have written it).

// Ingest is an ingest under way: its id and its place in pending_ingests.
type Ingest struct {
	ID int64
	db Querier
}

// Querier runs statements outside a transaction: a *sql.DB, or the *sql.Conn an ingest already
// holds (with one connection allowed, asking the *sql.DB for another would wait forever).
type Querier interface {
	Execer
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Execer runs a statement: a *sql.Tx, or a *sql.Conn in a transaction.
type Execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// BeginIngest records that an ingest of kind begins and returns it with its id. It commits at once,
// before the ingest's own transaction starts; Finish ends it inside that transaction, and Release
// (deferred) forgets it when the transaction did not commit.
func BeginIngest(ctx context.Context, db Querier, kind string) (*Ingest, error) {
	var id int64
	err := db.QueryRowContext(ctx, `
		INSERT INTO pending_ingests (ingest_id, kind, article_mark, event_mark, claim_mark)
		SELECT nextval('ingest_id_seq'), $1, (SELECT coalesce(max(article_id), 0) FROM articles),
			(SELECT coalesce(max(event_id), 0) FROM events), (SELECT coalesce(max(claim_id), 0) FROM claims)
		RETURNING ingest_id`, kind).Scan(&id)
	if err != nil {
		return nil, fmt.Errorf("ingest %s: record the ingest: %w", kind, err)
	}
	return &Ingest{ID: id, db: db}, nil
}

// The marks are the highest ids stored, not the sequences' values: the ingest's ids come from the
// sequences, which are ahead of every id stored and never hand a value out twice, so its rows
// are above the marks. (Marks taken from duckdb_sequences().last_value were one too high once the
// file had been reopened, and the crash tests found the first article of an ingest left behind.)

// Finish marks the ingest done within its own transaction: the commit that stores its rows is
// the commit that ends it.
func (in *Ingest) Finish(ctx context.Context, tx Execer) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM pending_ingests WHERE ingest_id = ?`, in.ID); err != nil {
		return fmt.Errorf("finish ingest %d: %w", in.ID, err)
	}
	return nil
}

// Release forgets an ingest whose transaction rolled back (DuckDB undid its rows while the process
// lived); after a commit its row is gone already and Release changes nothing.
func (in *Ingest) Release(ctx context.Context) error {
	if _, err := in.db.ExecContext(ctx, `DELETE FROM pending_ingests WHERE ingest_id = ?`, in.ID); err != nil {
		return fmt.Errorf("release ingest %d: %w", in.ID, err)
	}
	return nil
}

// Recovered is an ingest that never committed, whose remains Open removed.
type Recovered struct {
	IngestID  int64
	Kind      string
	StartedAt time.Time
	// Rows counts the rows removed per table.
	Rows map[string]int64
}

func (r Recovered) String() string {
	var parts []string
	for _, t := range recoverTables {
		if n := r.Rows[t.table]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, t.table))
		}
	}
	left := "nothing of it was stored"
	if len(parts) > 0 {
		left = "removed what a crash left of it: " + strings.Join(parts, ", ")
	}
	return fmt.Sprintf("ingest %s (ingest %d, begun %s) did not finish; %s",
		r.Kind, r.IngestID, r.StartedAt.Format("2006-01-02 15:04:05"), left)
}

// recoverTables says, table by table and in this order, which rows an unfinished ingest owns:
// {id} is its ingest id and {article}, {event}, {claim} its marks.
var recoverTables = []struct{ table, owned string }{
	{"prices", "ingest_id = {id}"},
	{"ingest_rejects", "ingest_id = {id}"},
	{"factors", "ingest_id = {id}"},
	{"event_returns", "run_id = {id}"},
	{"event_study", "run_id = {id}"},
	{"timexes", "article_id > {article}"},
	{"event_mentions", "article_id > {article} OR event_id > {event}"},
	{"claims", "claim_id > {claim} OR article_id > {article}"},
	{"articles", "article_id > {article}"},
	{"event_tickers", "event_id > {event} OR ingest_id = {id}"},
	{"events", "event_id > {event}"},
	{"aliases", "ingest_id = {id}"},
	{"ingests", "ingest_id = {id}"},
}

// recover removes what ingests that never committed left behind, in one transaction, and then
// checkpoints so that the file itself no longer holds it. An ingest is never pending while another
// process writes (DuckDB allows one writer, and an ingest's process holds the file), so every
// pending row on opening is a dead ingest.
func (s *Store) recover(ctx context.Context) ([]Recovered, error) {
	var pending int
	if err := s.DB.QueryRowContext(ctx, `SELECT count(*) FROM pending_ingests`).Scan(&pending); err != nil {
		return nil, fmt.Errorf("%s: check for unfinished ingests: %w", s.Path, err)
	}
	if pending == 0 {
		return nil, nil
	}
	conn, err := s.DB.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: recover: %w", s.Path, err)
	}
	defer conn.Close()
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: recover: %w", s.Path, err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT ingest_id, kind, started_at, article_mark, event_mark, claim_mark FROM pending_ingests ORDER BY ingest_id`)
	if err != nil {
		return nil, fmt.Errorf("%s: recover: %w", s.Path, err)
	}
	type pendingIngest struct {
		Recovered
		marks [3]int64
	}
	var ps []pendingIngest
	for rows.Next() {
		var p pendingIngest
		if err := rows.Scan(&p.IngestID, &p.Kind, &p.StartedAt, &p.marks[0], &p.marks[1], &p.marks[2]); err != nil {
			rows.Close()
			return nil, fmt.Errorf("%s: recover: %w", s.Path, err)
		}
		p.Rows = map[string]int64{}
		ps = append(ps, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: recover: %w", s.Path, err)
	}
	var out []Recovered
	for _, p := range ps {
		for _, t := range recoverTables {
			cond := strings.NewReplacer("{id}", strconv.FormatInt(p.IngestID, 10), "{article}", strconv.FormatInt(p.marks[0], 10),
				"{event}", strconv.FormatInt(p.marks[1], 10), "{claim}", strconv.FormatInt(p.marks[2], 10)).Replace(t.owned)
			res, err := tx.ExecContext(ctx, `DELETE FROM `+t.table+` WHERE `+cond)
			if err != nil {
				return nil, fmt.Errorf("%s: recover ingest %d: %s: %w", s.Path, p.IngestID, t.table, err)
			}
			n, err := res.RowsAffected()
			if err != nil {
				return nil, fmt.Errorf("%s: recover ingest %d: %w", s.Path, p.IngestID, err)
			}
			p.Rows[t.table] += n
		}
		out = append(out, p.Recovered)
	}
	// Tickers are the one thing an ingest adds without an id: every ticker with prices has its row.
	// A securities row without prices is left alone, as the user may have written it.
	if _, err := tx.ExecContext(ctx, `INSERT INTO securities (ticker) SELECT DISTINCT ticker FROM prices ON CONFLICT DO NOTHING`); err != nil {
		return nil, fmt.Errorf("%s: recover securities: %w", s.Path, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM pending_ingests`); err != nil {
		return nil, fmt.Errorf("%s: recover: %w", s.Path, err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("%s: recover: %w", s.Path, err)
	}
	// The repair is in the WAL now; a checkpoint writes it, and drops the remains, into the file.
	if _, err := conn.ExecContext(ctx, `CHECKPOINT`); err != nil {
		return nil, fmt.Errorf("%s: checkpoint after recovering: %w", s.Path, err)
	}
	return out, nil
}
