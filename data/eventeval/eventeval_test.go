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

// TestEvaluate scores a corpus of four documents written for the test: one acquisition found,
// one results table found, one acquisition missed (no trigger eventline knows), and one document
// about neither with a background acquisition from years before, which is not news.
func TestEvaluate(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "articles.jsonl", `{"url":"u1","title":"Acme Widgets to buy Northwind","published":"2024-03-04","body":"Acme Widgets Inc said it agreed to acquire Northwind Traders Corp for $40 a share."}
{"url":"u2","title":"NORTHWIND TRADERS CORP 4TH QTR NET","published":"2024-03-05","body":"Shr 45 cts vs 58 cts\nNet 1.1 mln vs 829,000"}
{"url":"u3","title":"Contoso and Fabrikam to combine","published":"2024-03-06","body":"The two software makers will become one company next year."}
{"url":"u4","title":"Acme Widgets opens a plant","published":"2024-03-07","body":"Acme Widgets Inc opened a plant in Ohio. Acme Widgets Inc had acquired Northwind Traders Corp in March 2019."}
`)
	write(t, dir, "gold.jsonl", `{"url":"u1","topics":["acq"],"tickers":["ACME","NWT"]}
{"url":"u2","topics":["earn"],"tickers":["NWT"]}
{"url":"u3","topics":["acq"],"tickers":[]}
{"url":"u4","topics":[],"tickers":["ACME"]}
`)
	write(t, dir, "aliases.csv", "alias,name,ticker,exchange\nAcme Widgets,Acme Widgets,ACME,\nNorthwind Traders,Northwind Traders,NWT,\n")
	res, err := eventeval.Evaluate(context.Background(), dir, nil, 2)
	if err != nil {
		t.Fatal(err)
	}
	if res.Documents != 4 {
		t.Errorf("%d documents, want 4", res.Documents)
	}
	acq, earn := res.Categories["acq"], res.Categories["earn"]
	if acq.Gold != 2 || acq.Predicted != 1 || acq.Correct != 1 || acq.R != 0.5 || acq.P != 1 {
		t.Errorf("acq %+v, want 2 gold, 1 predicted and correct", acq)
	}
	if earn.Gold != 1 || earn.Predicted != 1 || earn.Correct != 1 || earn.F1 != 1 {
		t.Errorf("earn %+v, want 1 gold, predicted and correct", earn)
	}
	if res.Tickers.Predicted != 3 || res.Tickers.Correct != 3 {
		t.Errorf("tickers %+v, want 3 predicted, all gold", res.Tickers)
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
	for name, min := range map[string]float64{"acq": 0.84, "earn": 0.89} {
		if s := res.Categories[name]; s.F1 < min {
			t.Errorf("%s F1 %.3f, want at least %.2f (%+v)", name, s.F1, min, s)
		}
	}
	if res.Tickers.P < 0.80 {
		t.Errorf("ticker precision %.3f, want at least 0.80", res.Tickers.P)
	}
	t.Logf("acq %+v\nearn %+v\ntickers %+v", res.Categories["acq"], res.Categories["earn"], res.Tickers)
}
