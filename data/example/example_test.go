package example

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/eventline/eventline/data/prices"
	"github.com/eventline/eventline/data/store"
)

func TestExamplePricesLoad(t *testing.T) {
	ctx := context.Background()
	paths, err := WritePrices(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "e.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sum, err := prices.Ingest(ctx, st.DB, prices.Options{Paths: paths})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Files) != 3 || sum.Rejected != 0 {
		t.Fatalf("%+v", sum)
	}
	var first string
	st.DB.QueryRow(`SELECT min(date)::VARCHAR FROM prices WHERE ticker = 'VMW'`).Scan(&first)
	if first != "2007-08-15" {
		t.Fatalf("VMW starts %s", first)
	}
}
