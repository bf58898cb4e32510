package extract_test

import (
	"reflect"
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestExtractReusesNothingVisible: an Extractor reuses one article's reading memory for the next
// (sentences, tokens, events before merging), so an article read after others, long and short,
// with and without a title, must give exactly what it gives to a fresh Extractor, and a result
// must not change when later articles are read.
func TestExtractReusesNothingVisible(t *testing.T) {
	arts := []struct{ title, published, body string }{
		{"Citrix agrees to buy XenSource", "2007-08-15", "Citrix Systems said on Wednesday it agreed to acquire XenSource for $500 million. " +
			"Shares of Citrix fell 3% to $36.10. The deal is expected to close in the fourth quarter, the company said."},
		{"", "2008-01-29", "VMware shares fell 25% today, closing at $54.87, after the company said growth will slow. " +
			"VMware reported fourth-quarter revenue of $413 million late yesterday."},
		{"Dell to offer preloaded hypervisor", "2007-08-22", "Dell will ship servers with the hypervisor preloaded, a spokesman said."},
		{"Novell and Microsoft", "2006-11-02", "Novell and Microsoft announced a partnership on Thursday. " +
			"Microsoft will pay Novell $348 million. Analysts at a large bank upgraded Novell to buy on Friday. " +
			"Red Hat stock fell 9% after the announcement. The two companies plan to work together on virtualization for five years, " +
			"and Sun Microsystems said it would watch the market closely in 2007."},
		// A date where the next article has its trigger, in a sentence of as many words: what a
		// word's flags said in one article must not hold in the next.
		{"", "2007-08-15", "Citrix yesterday XenSource for $500 million on Tuesday."},
		{"", "2007-08-15", "Citrix acquired XenSource for $500 million on Tuesday."},
		// What linking learns in an article (a name tied to a ticker, a person's surname, the
		// companies named with evidence and how often) must not hold in the next: "Lawnkeep"
		// means LWNK only after "(NASDAQ: LWNK)" in the same article.
		{"Lawnkeep agrees to buy Turfco", "1987-03-02", "Lawnkeep Corp (NASDAQ: LWNK) said it agreed to acquire Turfco Inc for $40 million. " +
			"Thomas Ogden, Lawnkeep's president, said the deal would close in April. Ogden said Lawnkeep would keep Turfco's staff."},
		{"", "1987-03-03", "Lawnkeep completed its purchase of Turfco Inc on Tuesday, Ogden said."},
	}
	x := newExtractor(t)
	fresh := make([]extract.Result, len(arts))
	for i, a := range arts {
		// A new Extractor over the same companies starts with no memory to reuse.
		fresh[i] = (&extract.Extractor{Companies: x.Companies}).Extract(article(a.title, a.published, a.body))
		if i != 2 && i != 4 && i != 7 && len(fresh[i].Events) == 0 {
			t.Fatalf("article %d: no events; the test needs some to compare", i)
		}
	}
	has := func(r extract.Result, ticker string) bool {
		for _, e := range r.Events {
			if slices.Contains(e.Tickers, ticker) {
				return true
			}
		}
		return false
	}
	if !has(fresh[6], "LWNK") || has(fresh[7], "LWNK") {
		t.Fatalf("LWNK in article 6's events %v, in article 7's %v: want only in 6's, where the article ties the name to it", has(fresh[6], "LWNK"), has(fresh[7], "LWNK"))
	}
	var got []extract.Result
	for _, i := range []int{3, 0, 1, 2, 3, 1, 0, 4, 5, 6, 7, 6, 7} { // long after short and short after long
		got = append(got, x.Extract(article(arts[i].title, arts[i].published, arts[i].body)))
		if r := got[len(got)-1]; !reflect.DeepEqual(r, fresh[i]) {
			t.Errorf("article %d read after others:\n got %+v\nwant %+v", i, r, fresh[i])
		}
	}
	if !reflect.DeepEqual(got[0], fresh[3]) {
		t.Errorf("article 3's result changed when later articles were read:\n got %+v\nwant %+v", got[0], fresh[3])
	}
}
