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
