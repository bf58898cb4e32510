package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// The summary names what a lenient ingest of real Yahoo data did: rows repaired (an Open of 0),
// files refused, and -v prints the repaired rows per file.
func TestIngestPricesRepairedAndRefused(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.duckdb")
	pg := fixture(t, dir, "PG.csv", "Date,Open,High,Low,Close,Adj Close,Volume\n1962-01-02,0,0.6,0.59,0.598,0.1,100\n1962-01-03,0.6,0.61,0.59,0.6,0.1,100\n")
	empty := fixture(t, dir, "EMPTY.csv", "")
	r := run(t, db, "", "ingest", "prices", "--lenient", "-v", "--format", "csv", pg, empty)
	if r.code != 0 {
		t.Fatalf("ingest: %+v", r)
	}
	if !strings.Contains(r.out, "ticker,files,format,inserted,updated,unchanged,rejected,skipped,repaired\n") ||
		!strings.Contains(r.out, ",yahoo,2,0,0,0,0,1\n") {
		t.Errorf("per-file table:\n%s", r.out)
	}
	for _, w := range []string{"2 inserted", "Repaired 1 row:", "Refused (not loaded): " + empty + ":1: file is empty", "ingest_rejects"} {
		if !strings.Contains(r.err, w) {
			t.Errorf("stderr lacks %q:\n%s", w, r.err)
		}
	}
	// Without --lenient the empty file refuses the batch.
	r = run(t, db, "", "ingest", "prices", pg, empty)
	if r.code != 2 || !strings.Contains(r.err, "file is empty") {
		t.Fatalf("strict: %+v", r)
	}
}
