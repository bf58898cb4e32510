// Package rows writes many rows into DuckDB tables through DuckDB's appender, which is far faster
// than INSERT statements row by row and, on a connection that began a transaction, appends within
// it: a rollback leaves nothing behind.
package rows

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"

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
