package rows

import (
	"context"
	"database/sql"
	"errors"
	"testing"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"
)

func TestAppendWithinTransaction(t *testing.T) {
	ctx := context.Background()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE TABLE t (id BIGINT, name VARCHAR, day DATE, tags VARCHAR[], n INTEGER DEFAULT 7)`); err != nil {
		t.Fatal(err)
	}
	count := func() (n int) {
		db.QueryRow(`SELECT count(*) FROM t`).Scan(&n)
		return n
	}
	b := NewBatch("t", "id", "name", "day", "tags")
	day := time.Date(2007, 8, 14, 0, 0, 0, 0, time.UTC)
	// A failure after appending rolls the rows back.
	boom := errors.New("boom")
	err = InTransaction(ctx, db, func(conn *sql.Conn) error {
		b.Add(int64(1), "a", day, []string{"x"})
		if err := Append(ctx, conn, b); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) || count() != 0 {
		t.Fatalf("after a failure: err %v, %d rows", err, count())
	}
	err = InTransaction(ctx, db, func(conn *sql.Conn) error {
		b.Add(int64(1), "a", day, []string{"x", "y"})
		b.Add(int64(2), nil, nil, []string{})
		return Append(ctx, conn, b)
	})
	if err != nil || count() != 2 || b.Len() != 0 {
		t.Fatalf("err %v, %d rows, %d left", err, count(), b.Len())
	}
	var name string
	var n, tags int
	var got time.Time
	if err := db.QueryRow(`SELECT name, day, len(tags), n FROM t WHERE id = 1`).Scan(&name, &got, &tags, &n); err != nil ||
		name != "a" || !got.Equal(day) || tags != 2 || n != 7 {
		t.Errorf("row 1: %q %v %d %d %v", name, got, tags, n, err)
	}
}

// A stream appends in the order given, runs Do between appends on the same transaction, and
// leaves nothing behind when the transaction fails.
func TestStream(t *testing.T) {
	ctx := context.Background()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE TABLE t (id BIGINT PRIMARY KEY, name VARCHAR)`); err != nil {
		t.Fatal(err)
	}
	count := func() (n int) {
		db.QueryRow(`SELECT count(*) FROM t`).Scan(&n)
		return n
	}
	tests := []struct {
		name     string
		fail     bool // the transaction's function fails after the stream is closed
		wantRows int
	}{
		{"committed", false, 300},
		{"rolled back", true, 300}, // the 300 of the committed case stay, nothing is added
	}
	next := int64(0)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			boom := errors.New("boom")
			err := InTransaction(ctx, db, func(conn *sql.Conn) error {
				s := NewStream(ctx, conn)
				defer s.Close()
				b := NewBatch("t", "id", "name")
				var seen []int
				for round := range 3 {
					for range 100 {
						next++
						b.Add(next, "x")
					}
					if err := s.Send(b.Take()); err != nil {
						return err
					}
					if b.Len() != 0 {
						t.Errorf("round %d: %d rows left in the batch after Take", round, b.Len())
					}
					// Do sees every row sent before it, within the transaction.
					var n int
					if err := s.Do(func(c *sql.Conn) error { return c.QueryRowContext(ctx, `SELECT count(*) FROM t`).Scan(&n) }); err != nil {
						return err
					}
					seen = append(seen, n)
				}
				if err := s.Close(); err != nil {
					return err
				}
				base := seen[0] - 100
				for i, n := range seen {
					if n != base+100*(i+1) {
						t.Errorf("Do after round %d saw %d rows, want %d", i, n, base+100*(i+1))
					}
				}
				if tc.fail {
					return boom
				}
				return nil
			})
			if tc.fail != errors.Is(err, boom) || (!tc.fail && err != nil) {
				t.Fatalf("err %v", err)
			}
			if got := count(); got != tc.wantRows {
				t.Errorf("%d rows, want %d", got, tc.wantRows)
			}
		})
	}
}

// A failed append is reported by a later call and by Close, later work does not run, and
// Close may be called again.
func TestStreamFailure(t *testing.T) {
	ctx := context.Background()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE TABLE t (id BIGINT PRIMARY KEY)`); err != nil {
		t.Fatal(err)
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	s := NewStream(ctx, conn)
	dup := NewBatch("t", "id")
	dup.Add(int64(1))
	dup.Add(int64(1)) // breaks the primary key
	if err := s.Send(dup); err != nil {
		t.Fatalf("the first Send reports nothing yet: %v", err)
	}
	ran := false
	if err := s.Do(func(*sql.Conn) error { ran = true; return nil }); err == nil || ran {
		t.Errorf("Do after a failed append: err %v, ran %v", err, ran)
	}
	if err := s.Send(NewBatch("t", "id")); err == nil {
		t.Error("Send after a failure returned nil")
	}
	if err := s.Close(); err == nil {
		t.Error("Close after a failure returned nil")
	}
	if err := s.Close(); err == nil {
		t.Error("a second Close forgot the failure")
	}
	ok := NewStream(ctx, conn)
	if err := ok.Close(); err != nil {
		t.Fatal(err)
	}
	if err := ok.Send(NewBatch("t", "id")); !errors.Is(err, errClosed) {
		t.Errorf("Send after Close: %v", err)
	}
}
