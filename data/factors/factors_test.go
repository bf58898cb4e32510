package factors

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eventline/eventline/data/store"
)

func TestReadFrenchLayout(t *testing.T) {
	daily, err := Read("testdata/F-F_Research_Data_Factors_daily.CSV")
	if err != nil {
		t.Fatal(err)
	}
	// 12 days of four factors; the first row is "20080102,   -0.17,   -0.09,   -0.04,    0.012".
	if len(daily) != 48 {
		t.Fatalf("%d rows", len(daily))
	}
	want := []Row{{Daily, time.Date(2008, 1, 2, 0, 0, 0, 0, time.UTC), "mkt_rf", -0.0017}, {Daily, time.Date(2008, 1, 2, 0, 0, 0, 0, time.UTC), "smb", -0.0009},
		{Daily, time.Date(2008, 1, 2, 0, 0, 0, 0, time.UTC), "hml", -0.0004}, {Daily, time.Date(2008, 1, 2, 0, 0, 0, 0, time.UTC), "rf", 0.00012}}
	for i, w := range want {
		g := daily[i]
		if g.Frequency != w.Frequency || !g.Date.Equal(w.Date) || g.Factor != w.Factor || math.Abs(g.Value-w.Value) > 1e-15 {
			t.Errorf("row %d: %+v, want %+v", i, g, w)
		}
	}
	mom, err := Read("testdata/F-F_Momentum_Factor_daily.CSV")
	if err != nil {
		t.Fatal(err)
	}
	if len(mom) != 12 || mom[0].Factor != "mom" || math.Abs(mom[0].Value-0.0053) > 1e-15 {
		t.Errorf("momentum: %d rows, first %+v", len(mom), mom[0])
	}
	monthly, err := Read("testdata/F-F_Research_Data_Factors.CSV")
	if err != nil {
		t.Fatal(err)
	}
	// 24 months of four factors; the annual block is skipped.
	if len(monthly) != 96 || monthly[0].Frequency != Monthly || !monthly[0].Date.Equal(time.Date(2007, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("monthly: %d rows, first %+v", len(monthly), monthly[0])
	}
}

func TestReadProblems(t *testing.T) {
	for _, tt := range []struct{ content, want string }{
		{"Prose.\n\n,Mkt-RF,SMB,HML,RF\n20080102, 0.1, 0.2, 0.3\n", `f.csv:4: value "20080102, 0.1, 0.2, 0.3": the row has 3 values where the header names 4 factors`},
		{",Mkt-RF,RF\n20080102, 0.1, x\n", `f.csv:2: column rf: value "x": factor returns are numbers`},
		{",Mom\n20080102, -99.99\n", `f.csv:2: column mom: value "-99.99"`},
		{",Mom\n2008012, 1.0\n", `f.csv:2: column date: value "2008012": a factor row starts with its date`},
		{",Mom\n20081302, 1.0\n", `f.csv:2: column date: value "20081302"`},
		{"Only prose here.\n", `f.csv: no factor rows`},
	} {
		p := filepath.Join(t.TempDir(), "f.csv")
		if err := os.WriteFile(p, []byte(tt.content), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Read(p)
		if err == nil || !strings.Contains(strings.ReplaceAll(err.Error(), p, "f.csv"), tt.want) {
			t.Errorf("%q: %v, want %s", tt.content, err, tt.want)
		}
	}
}

func TestStoreReplaces(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "f.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rs, err := Read("testdata/F-F_Research_Data_Factors_daily.CSV")
	if err != nil {
		t.Fatal(err)
	}
	for range 2 { // loading twice changes nothing
		if _, err := Store(ctx, st.DB, rs); err != nil {
			t.Fatal(err)
		}
	}
	var n int
	var sum float64
	if err := st.DB.QueryRow(`SELECT count(*), sum(value) FROM factors WHERE frequency = 'daily'`).Scan(&n, &sum); err != nil {
		t.Fatal(err)
	}
	var want float64
	for _, r := range rs {
		want += r.Value
	}
	if n != 48 || math.Abs(sum-want) > 1e-12 {
		t.Errorf("%d rows summing to %v, want 48 and %v", n, sum, want)
	}
}
