package store

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestSeedAliases: the seed aliases read from the migration's text are a new database's aliases
// table, row for row and in its order, so that a later migration that changes them fails here.
func TestSeedAliases(t *testing.T) {
	got, err := SeedAliases()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	s, err := Open(ctx, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rows, err := s.DB.QueryContext(ctx, `SELECT alias, name, coalesce(ticker, ''), coalesce(exchange, ''), origin FROM aliases ORDER BY alias`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var want []SeedAlias
	for rows.Next() {
		var a SeedAlias
		var origin string
		if err := rows.Scan(&a.Alias, &a.Name, &a.Ticker, &a.Exchange, &origin); err != nil {
			t.Fatal(err)
		}
		if origin != "seed" {
			t.Errorf("%q: origin %q in a new database", a.Alias, origin)
		}
		want = append(want, a)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if len(want) < 50 || !slices.Equal(got, want) {
		t.Errorf("SeedAliases() gives %d rows, a new database %d:\n got %v\nwant %v", len(got), len(want), got, want)
	}
}

func TestSeedRow(t *testing.T) {
	for _, tt := range []struct{ in, rest, err string }{
		{"('A', 'B', NULL, NULL), x", ", x", ""},
		{"('O''Neil', 'B', 'C', 'D')", "", ""},
		{"('A', 'B', NULL)", "", `want , at ")"`},
		{"('A, 'B', NULL, NULL)", "", "want , at"},
		{"('A', 'B', 3, NULL)", "", "want a string or NULL"},
		{"'A', 'B', NULL, NULL)", "", "want ( at"},
		{"('A", "", "unterminated string"},
	} {
		var row [4]string
		rest, err := seedRow(tt.in, &row)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("seedRow(%q): error %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || rest != tt.rest {
			t.Errorf("seedRow(%q) = %q, %v; want rest %q", tt.in, rest, err, tt.rest)
		}
	}
	var row [4]string
	if _, err := seedRow("('O''Neil', 'B', 'C', NULL)", &row); err != nil || row != [4]string{"O'Neil", "B", "C", ""} {
		t.Errorf("row %q, %v", row, err)
	}
}
