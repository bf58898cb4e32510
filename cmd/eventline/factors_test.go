package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestIngestFactors(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "f.duckdb")
	daily, mom := "../../data/factors/testdata/F-F_Research_Data_Factors_daily.CSV", "../../data/factors/testdata/F-F_Momentum_Factor_daily.CSV"
	r := run(t, db, "", "ingest", "factors", daily, mom)
	if r.code != 0 || !strings.Contains(r.err, "Stored 60 factor values (mkt_rf, smb, hml, rf, mom) from 2008-01-02 to 2008-01-17") {
		t.Fatalf("%+v", r)
	}
	r = run(t, db, "", "sql", "--format", "csv", "SELECT factor, count(*) AS n FROM factors GROUP BY factor ORDER BY factor")
	if r.out != "factor,n\nhml,12\nmkt_rf,12\nmom,12\nrf,12\nsmb,12\n" {
		t.Errorf("%+v", r)
	}
	bad := fixture(t, dir, "bad.csv", ",Mkt-RF,SMB,HML,RF\n20080102, 0.1, 0.2, 0.3, oops\n")
	r = run(t, db, "", "ingest", "factors", bad)
	if r.code != 2 || !strings.Contains(r.err, `bad.csv:2: column rf: value "oops"`) {
		t.Errorf("bad input: %+v", r)
	}
	// An unknown model is a usage error.
	if r := run(t, db, "", "ingest", "prices", "../../data/example/prices"); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	r = run(t, db, "", "study", "--model", "nope")
	if r.code != 2 {
		t.Errorf("--model nope: %+v", r)
	}
}
