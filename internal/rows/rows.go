// Package rows writes many rows into DuckDB tables through DuckDB's appender, which is far faster
// than INSERT statements row by row and, on a connection that began a transaction, appends within
// it: a rollback leaves nothing behind.
package rows

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"sync"

	duckdb "github.com/duckdb/duckdb-go/v2"
)

// Batch gathers rows for some columns of one table.
type Batch struct {
	Table   string
	Columns []string
	rows    [][]driver.Value
}

// NewBatch starts a batch for the named columns of table; columns not named get their defaults.
func NewBatch(table string, columns ...string) *Batch { return &Batch{Table: table, Columns: columns} }

// Add gathers one row, a value per column (nil for NULL).
func (b *Batch) Add(vals ...driver.Value) { b.rows = append(b.rows, vals) }

// Len is the number of rows gathered and not yet written.
func (b *Batch) Len() int { return len(b.rows) }

// Row is the i-th row gathered, to change a value in place before the batch is written.
func (b *Batch) Row(i int) []driver.Value { return b.rows[i] }

// Take moves the rows gathered into a new batch of the same table and columns, leaving b empty
// and ready for more: what a Stream is handed, while b goes on gathering.
func (b *Batch) Take() *Batch {
	t := &Batch{Table: b.Table, Columns: b.Columns, rows: b.rows}
	b.rows = make([][]driver.Value, 0, cap(t.rows))
	return t
}

// Append writes the batches' rows on conn and empties them.
func Append(ctx context.Context, conn *sql.Conn, batches ...*Batch) error {
	return conn.Raw(func(dc any) error {
		for _, b := range batches {
			if len(b.rows) == 0 {
				continue
			}
			a, err := duckdb.NewAppenderWithColumns(dc.(driver.Conn), "", "", b.Table, b.Columns)
			if err != nil {
				return fmt.Errorf("append to %s: %w", b.Table, err)
			}
			for _, r := range b.rows {
				if err := a.AppendRow(r...); err != nil {
					a.Close()
					return fmt.Errorf("append to %s: %w", b.Table, err)
				}
			}
			if err := a.CloseWithCancel(ctx); err != nil {
				return fmt.Errorf("append to %s: %w", b.Table, err)
			}
			b.rows = b.rows[:0]
		}
		return nil
	})
}

// Stream appends batches on a connection from a goroutine of its own, so that whoever fills the
// batches goes on building the next rows while DuckDB takes the last ones (in an ingest of
// articles, the appender's work was a fifth of the process, all of it on the goroutine that
// the extraction workers hand their results to). Work runs in the order it is given, one piece
// at a time; Send waits while a piece is still running, so at most two sets of rows are held
// at once. The connection is the stream's from NewStream to Close: use it through Do. Send, Do
// and Close are called from one goroutine.
type Stream struct {
	ctx  context.Context
	conn *sql.Conn
	work chan func() error
	done chan struct{}

	mu     sync.Mutex
	err    error // the first failure: later work is skipped, and every call returns it
	closed bool
}

// errClosed is what work given after Close returns.
var errClosed = errors.New("rows: stream closed")

// NewStream starts a stream on conn; ctx cancels the appends in progress.
func NewStream(ctx context.Context, conn *sql.Conn) *Stream {
	s := &Stream{ctx: ctx, conn: conn, work: make(chan func() error), done: make(chan struct{})}
	go s.run()
	return s
}

func (s *Stream) run() {
	defer close(s.done)
	for fn := range s.work {
		if err := fn(); err != nil {
			s.mu.Lock()
			if s.err == nil {
				s.err = err
			}
			s.mu.Unlock()
		}
	}
}

// Err is the first failure of the work given so far (nil while none failed).
func (s *Stream) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// give hands fn to the stream's goroutine, waiting while earlier work runs.
func (s *Stream) give(fn func() error) error {
	s.mu.Lock()
	closed, err := s.closed, s.err
	s.mu.Unlock()
	if err != nil {
		return err
	}
	if closed {
		return errClosed
	}
	select {
	case s.work <- fn:
		return nil
	case <-s.ctx.Done():
		return s.ctx.Err()
	}
}

// Send hands the batches over to be appended after the work given before. They are the
// stream's from then on: gather further rows in others (Batch.Take). The error is that of
// earlier work: a failure of this append comes back from a later call or from Close.
func (s *Stream) Send(batches ...*Batch) error {
	return s.give(func() error {
		if err := s.Err(); err != nil {
			return nil // after a failure, the batches are dropped
		}
		return Append(s.ctx, s.conn, batches...)
	})
}

// Do runs fn on the stream's connection once the work given before it is done, and returns
// its error (or an earlier failure, without running fn).
func (s *Stream) Do(fn func(conn *sql.Conn) error) error {
	var fnErr error
	ran := make(chan struct{})
	if err := s.give(func() error {
		defer close(ran)
		if fnErr = s.Err(); fnErr != nil {
			return nil // not run after a failure
		}
		fnErr = fn(s.conn)
		return fnErr
	}); err != nil {
		return err
	}
	<-ran
	return fnErr
}

// Close waits for the work given to finish, ends the stream's goroutine and returns the first
// failure. It may be called more than once (a deferred Close after the one that is checked):
// the connection is the caller's again when it returns, so call it before a rollback or commit.
func (s *Stream) Close() error {
	s.mu.Lock()
	if !s.closed {
		s.closed = true
		close(s.work)
	}
	s.mu.Unlock()
	<-s.done
	return s.Err()
}

// InTransaction runs fn on one connection of db inside a transaction, committing when fn returns
// nil and rolling back otherwise (even when ctx is cancelled).
func InTransaction(ctx context.Context, db *sql.DB, fn func(conn *sql.Conn) error) (err error) {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN TRANSACTION"); err != nil {
		return err
	}
	defer func() {
		if err != nil {
			conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
		}
	}()
	if err = fn(conn); err != nil {
		return err
	}
	_, err = conn.ExecContext(ctx, "COMMIT")
	return err
}
