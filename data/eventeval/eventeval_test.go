package eventeval_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/eventline/eventline/data/articles"
	"github.com/eventline/eventline/data/directory"
	"github.com/eventline/eventline/data/eventeval"
	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/extract"
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

// TestModernDevelopmentSet scores the modern company news of testdata/modern (written for
// eventline and labelled before extraction ran on it) with the listing directory loaded, as
// eventline runs out of the box. The floors are regression guards a little under what this
// version measures (see README's eval events section), not targets.
func TestModernDevelopmentSet(t *testing.T) {
	dir, err := directory.Load()
	if err != nil {
		t.Fatal(err)
	}
	res, err := eventeval.EvaluateWith(context.Background(), "testdata/modern", eventeval.Options{Directory: dir})
	if err != nil {
		t.Fatal(err)
	}
	if res.Documents < 80 {
		t.Errorf("%d documents, want at least 80", res.Documents)
	}
	var sum [3]int
	for _, ty := range res.TypeOrder {
		s := res.Types[ty]
		sum[0], sum[1], sum[2] = sum[0]+s.Gold, sum[1]+s.Predicted, sum[2]+s.Correct
		t.Logf("%-13s P %.2f R %.2f F1 %.2f (keywords F1 %.2f)", ty, s.P, s.R, s.F1, res.KeywordTypes[ty].F1)
	}
	if m := res.Micro; sum != [3]int{m.Gold, m.Predicted, m.Correct} {
		t.Errorf("micro counts %+v, want the sum over types %v", m, sum)
	}
	if len(res.TypeOrder) < 15 {
		t.Errorf("%d types scored, want the 15 or more the set is labelled with", len(res.TypeOrder))
	}
	if m := res.Micro; m.F1 < minModernMicroF1 || m.P < minModernMicroP {
		t.Errorf("micro %+v, want F1 at least %.2f and precision at least %.2f", m, minModernMicroF1, minModernMicroP)
	}
	if res.Micro.F1 <= res.KeywordMicro.F1 {
		t.Errorf("micro F1 %.3f is no better than the keyword baseline's %.3f", res.Micro.F1, res.KeywordMicro.F1)
	}
	if res.Tickers.P < 0.95 {
		t.Errorf("ticker precision %+v, want at least 0.95", res.Tickers)
	}
	t.Logf("micro %+v\nkeywords %+v\ntickers %+v", res.Micro, res.KeywordMicro, res.Tickers)
}

// The modern set's floors, set from the measured figures (micro F1 0.943, precision 0.930 over
// 129 articles when they were set) with a margin for an honest trade between types.
const (
	minModernMicroF1 = 0.90
	minModernMicroP  = 0.88
)

func TestKeywordTypes(t *testing.T) {
	for _, tt := range []struct {
		title, body string
		want        []events.Type
	}{
		{"Acme lifts dividend", "The board raised the quarterly payout to 30 cents.", []events.Type{events.Dividend}},
		{"Acme files for Chapter 11", "The retailer listed debts of $2 billion.", []events.Type{events.Bankruptcy}},
		{"Acme wins Navy contract", "The work runs to 2030.", []events.Type{events.Contract}},
		// The keyword list cannot tell a rating from a takeover.
		{"Broker upgrades Acme to buy", "The stock gained 4% in early trading.", []events.Type{events.Acquisition, events.Analyst, events.PriceMove}},
		{"Acme opens a store", "It is the chain's tenth in Ohio.", nil},
	} {
		got := eventeval.KeywordTypes(articles.Article{Title: tt.title, Body: tt.body})
		if !slices.Equal(got, tt.want) {
			t.Errorf("KeywordTypes(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

// TestNewswireSet scores the newswire-style articles of testdata/newswire (invented companies,
// their aliases in the set) by event type, with a floor under what this version measures (micro
// F1 1.00 on 26 articles when it was set; a small set, so the margin is wide).
func TestNewswireSet(t *testing.T) {
	res, err := eventeval.EvaluateWith(context.Background(), "testdata/newswire", eventeval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if m := res.Micro; m.F1 < 0.90 || m.P < 0.88 {
		t.Errorf("micro %+v, want F1 at least 0.90 and precision at least 0.88", m)
	}
	if res.Micro.F1 <= res.KeywordMicro.F1 {
		t.Errorf("micro F1 %.3f is no better than the keyword baseline's %.3f", res.Micro.F1, res.KeywordMicro.F1)
	}
	if res.Tickers.P < 0.95 {
		t.Errorf("ticker precision %+v, want at least 0.95", res.Tickers)
	}
}

// TestLaterModernSets scores the sets written after the rules, each labelled before extraction
// first ran on it (see their READMEs), with the listing directory loaded: testdata/modern2 (first
// seen 0.813) and testdata/modern3 (first seen 0.912, its second part 0.792). The floors guard the
// classes fixed since, with a margin for honest trades between types.
func TestLaterModernSets(t *testing.T) {
	dir, err := directory.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range []struct {
		path  string
		types []events.Type // types whose classes were fixed on the set: F1 at least 0.80
	}{
		{"testdata/modern2", []events.Type{events.Legal, events.Product}},
		{"testdata/modern3", []events.Type{events.Restructuring, events.Bankruptcy, events.Partnership, events.Buyback, events.Offering}},
	} {
		t.Run(set.path, func(t *testing.T) {
			res, err := eventeval.EvaluateWith(context.Background(), set.path, eventeval.Options{Directory: dir})
			if err != nil {
				t.Fatal(err)
			}
			if res.Documents != 72 {
				t.Errorf("%d documents, want 72", res.Documents)
			}
			if m := res.Micro; m.F1 < 0.90 || m.P < 0.88 {
				t.Errorf("micro %+v, want F1 at least 0.90 and precision at least 0.88", m)
			}
			if res.Micro.F1 <= res.KeywordMicro.F1 {
				t.Errorf("micro F1 %.3f is no better than the keyword baseline's %.3f", res.Micro.F1, res.KeywordMicro.F1)
			}
			for _, ty := range set.types {
				if s := res.Types[ty]; s.F1 < 0.80 {
					t.Errorf("%s %+v, want F1 at least 0.80", ty, s)
				}
			}
			if res.Tickers.P < 0.95 {
				t.Errorf("ticker precision %+v, want at least 0.95", res.Tickers)
			}
			t.Logf("micro %+v\nkeywords %+v\ntickers %+v", res.Micro, res.KeywordMicro, res.Tickers)
		})
	}
}

// TestSubjectAfterDateline: a wire lead opens with where it was filed ("CHICAGO (UPI) -- "), and
// extraction reads its first sentence after the dateline; that sentence is still the lead, so its
// news is the story's beside the title's, and a body sentence's stays an aside.
func TestSubjectAfterDateline(t *testing.T) {
	x := &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Northwind Traders", Company: extract.Company{Name: "Northwind Traders Corp", Ticker: "NWT"}},
		{Alias: "Acme Widgets", Company: extract.Company{Name: "Acme Widgets Inc", Ticker: "ACME"}},
	})}
	for _, lead := range []string{"CHICAGO (UPI) -- ", "DALLAS, March 4 - ", ""} {
		t.Run(lead, func(t *testing.T) {
			r := x.Extract(articles.Article{
				Title:     "NORTHWIND TRADERS RAISES PAYOUT",
				Published: time.Date(1987, 3, 4, 0, 0, 0, 0, time.UTC),
				Body: lead + "Northwind Traders Corp raised its quarterly dividend to 12 cts a share and said it will buy back up to one mln of its shares.\n" +
					"Separately, Acme Widgets Inc agreed to acquire a small software maker for five mln dlrs.\nReuter",
			})
			var got []events.Type
			for _, e := range eventeval.Subject(r) {
				if !slices.Contains(got, e.Type) {
					got = append(got, e.Type)
				}
			}
			slices.Sort(got)
			if want := []events.Type{events.Buyback, events.Dividend}; !slices.Equal(got, want) {
				t.Errorf("subject types %v, want %v", got, want)
			}
		})
	}
}
