// Package testdb gives tests a real eventline database with the embedded example prices loaded
// (VMW, CTXS and GSPC, 2007-01-03 to 2008-07-14), the fixture the analytics and the report share.
package testdb

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/eventline/eventline/data/example"
	"github.com/eventline/eventline/data/prices"
	"github.com/eventline/eventline/data/store"
)

// ExamplePrices creates a database at path (a new file in t.TempDir() when path is "") and loads
// the example prices into it. The store is closed when the test ends; closing it earlier is fine.
func ExamplePrices(t testing.TB, path string) *store.Store {
	t.Helper()
	ctx := context.Background()
	if path == "" {
		path = filepath.Join(t.TempDir(), "example.duckdb")
	}
	st, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	paths, err := example.WritePrices(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := prices.Ingest(ctx, st.DB, prices.Options{Paths: paths}); err != nil {
		t.Fatal(err)
	}
	return st
}
