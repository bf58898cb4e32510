package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestAliasesShowsWhereLinksComeFrom(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.duckdb")
	csv := fixture(t, dir, "aliases.csv", "alias,name,ticker,exchange\nBig Blue,IBM,IBM,NYSE\n")
	if r := run(t, db, "", "ingest", "aliases", csv); r.code != 0 {
		t.Fatalf("ingest aliases: %+v", r)
	}
	r := run(t, db, "", "aliases", "IBM", "--format", "json")
	if r.code != 0 {
		t.Fatalf("aliases IBM: %+v", r)
	}
	var rows []struct {
		Alias, Source, Ticker string
		FirstSeen             string `json:"first_seen"`
	}
	if err := json.Unmarshal([]byte(r.out), &rows); err != nil {
		t.Fatalf("%v: %s", err, r.out)
	}
	if len(rows) < 3 || rows[0].Alias != "Big Blue" || rows[0].Source != "user" {
		t.Fatalf("the user's alias comes first: %+v", rows)
	}
	var sources []string
	for _, row := range rows {
		sources = append(sources, row.Source)
	}
	if s := strings.Join(sources, ","); !strings.Contains(s, "seed") || !strings.Contains(s, "directory") {
		t.Errorf("sources %s", s)
	}

	// Linking a text shows each company with its source, on the text's date.
	r = run(t, db, "", "aliases", "--date", "2007-08-14", "--format", "csv", "--text", "Sun Microsystems (NASDAQ: JAVA) and Big Blue")
	if r.code != 0 || !strings.Contains(r.out, "Sun Microsystems,0,16,Sun Microsystems,JAVA,NASDAQ,seed") || !strings.Contains(r.out, "Big Blue,") || !strings.Contains(r.out, ",user,") {
		t.Errorf("aliases --text: %+v", r)
	}
	r = run(t, db, "", "aliases", "--date", "2025-06-02", "--format", "csv", "--text", "(NASDAQ: JAVA)")
	if r.code != 0 || !strings.Contains(r.out, "JPMorgan Active Value ETF,JAVA") || !strings.Contains(r.out, ",directory,") {
		t.Errorf("aliases --text in 2025: %+v", r)
	}
	if r := run(t, db, "", "aliases", "--date", "14.08.2007", "--text", "x"); r.code != 2 {
		t.Errorf("a bad date is a usage error: %+v", r)
	}
	if r := run(t, db, "", "aliases"); r.code != 0 || !strings.Contains(r.out, "Big Blue") || !strings.Contains(r.out, "VMware") {
		t.Errorf("aliases lists the table: %+v", r)
	}
}
