package eventeval_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/eventline/eventline/data/eventeval"
	"github.com/eventline/eventline/internal/shared"
)

func write(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestEvaluate scores a corpus of six documents written for the test: one acquisition found,
// one results table found, one acquisition missed (no trigger eventline knows), one document
// about neither with a background acquisition from years before, which is not news, a dividend
// story with an acquisition aside in its body, and a sale of plants without gold tickers.
func TestEvaluate(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "articles.jsonl", `{"url":"u1","title":"Acme Widgets to buy Northwind","published":"2024-03-04","body":"Acme Widgets Inc said it agreed to acquire Northwind Traders Corp for $40 a share."}
{"url":"u2","title":"NORTHWIND TRADERS CORP 4TH QTR NET","published":"2024-03-05","body":"Shr 45 cts vs 58 cts\nNet 1.1 mln vs 829,000"}
{"url":"u3","title":"Contoso and Fabrikam to combine","published":"2024-03-06","body":"The two software makers will become one company next year."}
{"url":"u4","title":"Acme Widgets opens a plant","published":"2024-03-07","body":"Acme Widgets Inc opened a plant in Ohio. Acme Widgets Inc had acquired Northwind Traders Corp in March 2019."}
{"url":"u5","title":"Northwind Traders raises dividend","published":"2024-03-08","body":"Northwind Traders Corp raised its quarterly dividend to 12 cents a share. Separately, Acme Widgets Inc agreed to acquire a small software maker for $5 million."}
{"url":"u6","title":"Acme Widgets to sell plants","published":"2024-03-09","body":"Acme Widgets Inc agreed to sell two plants to Northwind Traders Corp."}
`)
	write(t, dir, "gold.jsonl", `{"url":"u1","topics":["acq"],"tickers":["ACME","NWT"]}
{"url":"u2","topics":["earn"],"tickers":["NWT"]}
{"url":"u3","topics":["acq"],"tickers":[]}
{"url":"u4","topics":[],"tickers":["ACME"]}
{"url":"u5","topics":["earn"],"tickers":["NWT.O"]}
{"url":"u6","topics":["acq"],"tickers":[]}
`)
	write(t, dir, "aliases.csv", "alias,name,ticker,exchange\nAcme Widgets,Acme Widgets,ACME,\nNorthwind Traders,Northwind Traders,NWT,\n")
	res, err := eventeval.Evaluate(context.Background(), dir, nil, 2)
	if err != nil {
		t.Fatal(err)
	}
	if res.Documents != 6 {
		t.Errorf("%d documents, want 6", res.Documents)
	}
	// u5's acquisition is an aside of a story about a dividend: its title and lead decide.
	acq, earn := res.Categories["acq"], res.Categories["earn"]
	if acq.Gold != 3 || acq.Predicted != 2 || acq.Correct != 2 || acq.P != 1 {
		t.Errorf("acq %+v, want 3 gold, 2 predicted and correct", acq)
	}
	if earn.Gold != 2 || earn.Predicted != 2 || earn.Correct != 2 || earn.F1 != 1 {
		t.Errorf("earn %+v, want 2 gold, predicted and correct", earn)
	}
	// Scored tickers: u1's two, u2's and u5's (NWT.O is NWT on Nasdaq); u6 has no gold tickers.
	if s := res.Tickers; s.Predicted != 4 || s.Correct != 4 || s.Gold != 5 {
		t.Errorf("tickers %+v, want 4 predicted, all gold, of 5", s)
	}
	// Raw: u6's two count as wrong, u5's NWT.O does not match NWT.
	if s := res.RawTickers; s.Predicted != 6 || s.Correct != 3 {
		t.Errorf("raw tickers %+v, want 6 predicted, 3 correct", s)
	}
	// All events: u5's aside adds ACME.
	if s := res.AllTickers; s.Predicted != 7 || s.Correct != 3 {
		t.Errorf("all-event tickers %+v, want 7 predicted, 3 correct", s)
	}
}

func TestSameSymbol(t *testing.T) {
	for _, tt := range []struct {
		gold, predicted string
		want            bool
	}{
		{"BAC", "BAC", true},
		{"BAC.N", "BAC", true},
		{"GENE", "GENE.O", true},
		{"KLM.A", "KLM.AS", false},
		{"BK", "BKB", false},
		{"BK.N", "BKB", false},
	} {
		if got := eventeval.SameSymbol(tt.gold, tt.predicted); got != tt.want {
			t.Errorf("SameSymbol(%q, %q) = %v, want %v", tt.gold, tt.predicted, got, tt.want)
		}
	}
}

// TestReutersDevelopmentSet runs the development set of issue 11 where ../shared has it and
// keeps its scores from falling below what this version measures.
func TestReutersDevelopmentSet(t *testing.T) {
	if testing.Short() {
		t.Skip("the development set takes a few seconds")
	}
	dir := shared.Dir(t, "data/news/reuters-train")
	res, err := eventeval.Evaluate(context.Background(), dir, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for name, min := range map[string]float64{"acq": 0.90, "earn": 0.92} {
		if s := res.Categories[name]; s.F1 < min {
			t.Errorf("%s F1 %.3f, want at least %.2f (%+v)", name, s.F1, min, s)
		}
	}
	if res.Tickers.P < 0.92 {
		t.Errorf("ticker precision %.3f, want at least 0.92", res.Tickers.P)
	}
	t.Logf("acq %+v\nearn %+v\ntickers %+v", res.Categories["acq"], res.Categories["earn"], res.Tickers)
}
