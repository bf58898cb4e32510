package extract_test

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// tableAliases are the listed companies the labelled sentences name.
var tableAliases = map[string]string{
	"Apple": "AAPL", "Microsoft": "MSFT", "Alphabet": "GOOGL", "Google": "GOOGL", "Amazon": "AMZN",
	"Meta Platforms": "META", "Meta": "META", "Nvidia": "NVDA", "Intel": "INTC", "Advanced Micro Devices": "AMD",
	"Xilinx": "XLNX", "Oracle": "ORCL", "Salesforce": "CRM", "Adobe": "ADBE", "IBM": "IBM", "Cisco": "CSCO",
	"Broadcom": "AVGO", "VMware": "VMW", "Tesla": "TSLA", "Ford": "F", "General Motors": "GM", "Boeing": "BA",
	"Lockheed Martin": "LMT", "Pfizer": "PFE", "Johnson and Johnson": "JNJ", "Walmart": "WMT", "Target": "TGT",
	"Costco": "COST", "Home Depot": "HD", "Nike": "NKE", "Starbucks": "SBUX", "Chipotle": "CMG", "Disney": "DIS",
	"Netflix": "NFLX", "Exxon Mobil": "XOM", "Chevron": "CVX", "JPMorgan Chase": "JPM", "JPMorgan": "JPM",
	"Goldman Sachs": "GS", "Morgan Stanley": "MS", "Wells Fargo": "WFC", "Coca-Cola": "KO", "PepsiCo": "PEP",
	"Kroger": "KR", "Albertsons": "ACI", "JetBlue": "JBLU", "United Airlines": "UAL", "Delta Air Lines": "DAL", "FedEx": "FDX", "Walgreens Boots Alliance": "WBA", "Brookfield Infrastructure Partners": "BIP", "General Electric": "GE", "Reddit": "RDDT", "Instacart": "CART",
	"Birkenstock": "BIRK", "Kenvue": "KVUE", "Activision Blizzard": "ATVI",
	"CrowdStrike": "CRWD", "AT&T": "T", "Snowflake": "SNOW", "Jefferies": "JEF", "Lyft": "LYFT",
	"Super Micro Computer": "SMCI", "Paramount Global": "PARA", "Moody's": "MCO", "S&P Global": "SPGI",
	"Rivian Automotive": "RIVN", "Occidental Petroleum": "OXY",
	"Stellantis": "STLA", "Kohl's": "KSS", "Qualcomm": "QCOM", "Moderna": "MRNA", "AbbVie": "ABBV",
	"Talen Energy": "TLN", "Amgen": "AMGN", "Joby Aviation": "JOBY", "Western Digital": "WDC", "Seagate": "STX", "Vistra": "VST",
	"UnitedHealth Group": "UNH", "Lowe's": "LOW", "Mondelez": "MDLZ",
}

type labelled struct {
	line                                     int
	typ, status, tickers, date, detail, text string
	title                                    bool
}

func readLabelled(t *testing.T) []labelled {
	t.Helper()
	f, err := os.Open("testdata/sentences.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if sc.Text() == "" || strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 6 {
			t.Fatalf("testdata/sentences.tsv:%d: %d columns, want 6", line, len(c))
		}
		l := labelled{line: line, typ: c[0], status: c[1], tickers: c[2], date: c[3], detail: c[4], text: c[5]}
		if rest, ok := strings.CutPrefix(l.text, "title: "); ok {
			l.text, l.title = rest, true
		}
		out = append(out, l)
	}
	return out
}

// tableExtractor links the companies of tableAliases only: the labelled sentences' tickers do
// not depend on the directory.
func tableExtractor() *extract.Extractor {
	var aliases []extract.Alias
	for alias, ticker := range tableAliases {
		aliases = append(aliases, extract.Alias{Alias: alias, Company: extract.Company{Name: alias, Ticker: ticker}})
	}
	return &extract.Extractor{Companies: extract.NewCompanies(aliases)}
}

// TestLabelledSentences reads every labelled sentence of modern company news as the second
// sentence (or the title) of an article and checks the type, status, participants' tickers, date
// and kind of the first event it tells, or that it tells none.
func TestLabelledSentences(t *testing.T) {
	x := tableExtractor()
	rows := readLabelled(t)
	if len(rows) < 300 {
		t.Errorf("%d labelled sentences, want at least 300", len(rows))
	}
	const lead = "Stocks were mixed in morning trading."
	failed := 0
	for _, l := range rows {
		// The title names the article's company, which "the company" and "it said" stand for.
		a := article("Northwind Traders Corp update", "2024-06-12", lead+" "+l.text)
		if l.title {
			a = article(l.text, "2024-06-12", lead)
		}
		var got *extract.Event
		for i, e := range x.Extract(a).Events {
			for _, m := range e.Mentions {
				if m.Sentence == l.text && got == nil {
					got = &x.Extract(a).Events[i]
				}
			}
		}
		var problems []string
		switch {
		case l.typ == "none" && got != nil:
			problems = append(problems, "an event of type "+string(got.Type))
		case l.typ != "none" && got == nil:
			problems = append(problems, "no event")
		case got != nil:
			tickers := slices.Clone(got.Tickers)
			slices.Sort(tickers)
			want := map[string][2]string{
				"type": {l.typ, string(got.Type)}, "status": {l.status, string(got.Status)},
				"tickers": {l.tickers, strings.Join(tickers, ";")}, "date": {l.date, got.Value},
				"detail": {l.detail, got.Detail},
			}
			if l.date == "pub" {
				want["date"] = [2]string{"2024-06-12", got.Value}
			}
			if l.tickers == "-" {
				want["tickers"] = [2]string{"", strings.Join(tickers, ";")}
			}
			for _, k := range []string{"type", "status", "tickers", "date", "detail"} {
				w := want[k]
				if w[0] != w[1] && w[0] != "*" && !(k == "detail" && w[0] == "-") {
					problems = append(problems, k+" "+w[1]+", want "+w[0])
				}
			}
		}
		if len(problems) > 0 {
			failed++
			t.Errorf("testdata/sentences.tsv:%d: %q: %s", l.line, l.text, strings.Join(problems, "; "))
		}
	}
	if failed > 0 {
		t.Logf("%d of %d sentences wrong", failed, len(rows))
	}
}
