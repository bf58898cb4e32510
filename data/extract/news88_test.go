package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news88Extractor links invented companies whose short names are other companies' whole names:
// Quillmont Federal Corp and Quillmont Federal Savings Bank, Tarrow Co and Tarrow Bank
// Holdings Inc. The directory is loaded, as the rules that learn heads need its name words.
func news88Extractor(t *testing.T) *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: linker(t,
		extract.Alias{Alias: "Quillmont Federal", Company: co("Quillmont Federal Corp", "QFCP")},
		extract.Alias{Alias: "Quillmont Federal Corp", Company: co("Quillmont Federal Corp", "QFCP")},
		extract.Alias{Alias: "Quillmont Federal Savings Bank", Company: co("Quillmont Federal Savings Bank", "QFSB")},
		extract.Alias{Alias: "Tarrow", Company: co("Tarrow Co", "TRRW")},
		extract.Alias{Alias: "Tarrow Co", Company: co("Tarrow Co", "TRRW")},
		extract.Alias{Alias: "Tarrow Bank Holdings Inc", Company: co("Tarrow Bank Holdings Inc", "TBHI")},
		extract.Alias{Alias: "Lowell Trust Co", Company: co("Lowell Trust Co", "LWTC")},
		extract.Alias{Alias: "Ashford Securities", Company: co("Ashford Securities Inc", "ASHF")},
		extract.Alias{Alias: "Kelvar Corp", Company: co("Kelvar Corp", "KLVR")},
	)}
}

// sentenceTickers extracts an article and describes the events a sentence of its body tells.
func sentenceTickers(x *extract.Extractor, title, body, sentence string) []string {
	var got []string
	for _, e := range x.Extract(article(title, "1987-03-10", body+" "+sentence)).Events {
		for _, m := range e.Mentions {
			if m.Sentence == sentence {
				got = append(got, typeTickers(e))
			}
		}
	}
	return got
}

// TestNews88ShadowedHeads checks a company's full name shortened to a head that is another
// company's whole alias: the article's company where the head is the subject of a company's verb
// (two words, "recently" allowed before the verb) or an owner in the possessive (one word or
// two). A head with a legal suffix after it is the other company, and so is the head in an
// article that never named the longer name.
func TestNews88ShadowedHeads(t *testing.T) {
	x := news88Extractor(t)
	tests := []struct {
		title, body, sentence string
		want                  []string
	}{
		{"Thrift posts gain on mortgage sales",
			"Quillmont Federal Savings Bank said it sold 900 mln dlrs of home loans at a gain.",
			"Quillmont Federal recently agreed to acquire Lowell Trust Co for 40 mln dlrs.",
			[]string{"acquisition QFSB;LWTC"}},
		{"Thrift posts gain on mortgage sales",
			"Quillmont Federal Savings Bank said it sold 900 mln dlrs of home loans at a gain.",
			"Regulators approved Quillmont Federal's purchase of Lowell Trust Co on Monday.",
			[]string{"acquisition QFSB;LWTC"}},
		{"Bank holding company appeals ruling",
			"Tarrow Bank Holdings Inc said it will appeal a court ruling on its bid.",
			"State regulators on Monday approved Tarrow's acquisition of Lowell Trust Co.",
			[]string{"acquisition TBHI;LWTC"}},
		// Near misses: the other company's name with its legal suffix, and a short name the
		// article never wrote in full.
		{"Thrift posts gain on mortgage sales",
			"Quillmont Federal Savings Bank said it sold 900 mln dlrs of home loans at a gain.",
			"Quillmont Federal Corp said it agreed to acquire Lowell Trust Co for 40 mln dlrs.",
			[]string{"acquisition QFCP;LWTC"}},
		{"Lender to buy trust company",
			"The deal was announced on Monday.",
			"Quillmont Federal recently agreed to acquire Lowell Trust Co for 40 mln dlrs.",
			[]string{"acquisition QFCP;LWTC"}},
	}
	for _, tt := range tests {
		if got := sentenceTickers(x, tt.title, tt.body, tt.sentence); !slices.Equal(got, tt.want) {
			t.Errorf("%q after %q: events %q, want %q", tt.sentence, tt.body, got, tt.want)
		}
	}
}

// TestNews88NamedSources checks an analyst's employer written with the analyst's name between it
// and the word that says so ("analyst Thomas Reed of Ashford"), or in the possessive before the
// analyst's name in a sentence that tells an analyst's action: a source, not a party. An
// officer's possessive employer in a sentence with no such action keeps its party.
func TestNews88NamedSources(t *testing.T) {
	x := news88Extractor(t)
	tests := []struct {
		title, body, sentence string
		want                  []string
	}{
		{"Broker sticks with Kelvar", "Kelvar Corp makes valves.",
			"Analyst Thomas Reed of Ashford Securities said he expects Kelvar Corp to report a loss for the second quarter.",
			[]string{"guidance KLVR"}},
		{"Broker sticks with Kelvar", "Kelvar Corp makes valves.",
			"Economist Ann K. Lowe at Ashford Securities said Kelvar Corp should post higher earnings this year.",
			[]string{"earnings KLVR"}},
		{"Broker sticks with Kelvar", "Kelvar Corp makes valves.",
			"Ashford Securities' David Holm said he cut his rating on the stock to hold from buy.",
			nil},
		// Near miss: the possessive employer of an officer who tells the company's own news.
		{"Ashford Securities to buy back stock", "The broker has 40 offices.",
			"Ashford Securities' David Holm said the company will buy back two mln of its shares.",
			[]string{"buyback ASHF"}},
	}
	for _, tt := range tests {
		if got := sentenceTickers(x, tt.title, tt.body, tt.sentence); !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", tt.sentence, got, tt.want)
		}
	}
}
