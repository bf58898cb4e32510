package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// wire31Extractor knows the companies of TestWire31's stories, all invented.
func wire31Extractor() *extract.Extractor {
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Halford Industries", Company: extract.Company{Name: "Halford Industries Inc", Ticker: "HLFD"}},
		{Alias: "Halford", Company: extract.Company{Name: "Halford Industries Inc", Ticker: "HLFD"}},
		{Alias: "Corbridge Motors", Company: extract.Company{Name: "Corbridge Motors Corp", Ticker: "CRBM"}},
		{Alias: "Alnmouth Steel", Company: extract.Company{Name: "Alnmouth Steel Corp", Ticker: "ALNS"}},
		{Alias: "Rothbury Mills", Company: extract.Company{Name: "Rothbury Mills Inc", Ticker: "RTHM"}},
		{Alias: "Bamburgh Shipyards", Company: extract.Company{Name: "Bamburgh Shipyards Inc", Ticker: "BMBS"}},
		{Alias: "Wooler Chemical", Company: extract.Company{Name: "Wooler Chemical Co", Ticker: "WOLC"}},
		{Alias: "Felton Petroleum", Company: extract.Company{Name: "Felton Petroleum Corp", Ticker: "FLTP"}},
	})}
}

// wire31Story is a story and the events wanted of it, each "type status date tickers".
type wire31Story struct {
	name, title, published, body string
	want                         []string
}

func runWire31Stories(t *testing.T, tests []wire31Story) {
	t.Helper()
	x := wire31Extractor()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range x.Extract(article(tc.title, tc.published, tc.body)).Events {
				tickers := slices.Clone(e.Tickers)
				slices.Sort(tickers)
				s := strings.Join([]string{string(e.Type), string(e.Status), e.Value, strings.Join(tickers, ";")}, " ")
				if !slices.Contains(got, s) {
					got = append(got, s)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("events %q, want %q", got, tc.want)
			}
		})
	}
}

// TestWire31 checks the classes newswire22 found in 1987-1988 wire copy, each beside a neighbour
// that must stay as it was: paper offered in a headline, a unit named in apposition with its
// listed parent, dates that time a contract's deliveries, restate a day or tell when a suit was
// filed, results recalled with the month they came out, and orders told as a trend. The stories
// are our own.
func TestWire31(t *testing.T) {
	runWire31Stories(t, []wire31Story{
		// paperOffered
		{
			name: "a unit's notes offered in a headline", title: "HALFORD <HLFD> UNIT OFFERS 100 MLN DLRS OF NOTES", published: "1987-05-05",
			body: "The notes are rated A-2 by Moody's.\nReuter",
			want: []string{"offering occurred 1987-05-05 HLFD"},
		},
		{
			name: "preferred stock offered in a headline", title: "CORBRIDGE MOTORS OFFERS PREFERRED STOCK", published: "1988-02-10",
			body: "The company is based in Detroit.\nReuter",
			want: []string{"offering occurred 1988-02-10 CRBM"},
		},
		{
			name: "a bid in dollars a share stays a deal", title: "HALFORD <HLFD> OFFERS 20 DLRS A SHARE FOR WOOLER CHEMICAL", published: "1987-05-05",
			body: "The offer expires June 2.\nReuter",
			want: []string{"acquisition occurred 1987-05-05 HLFD;WOLC"},
		},
		{
			name: "shares offered for another company's are no offering", title: "HALFORD STATEMENT", published: "1987-05-05",
			body: "Halford Industries Inc offered 1.5 shares of its common stock for each share of Wooler Chemical Co.\nReuter",
			want: nil,
		},
		{
			name: "debentures offered for each share are a deal's terms", title: "HALFORD STATEMENT", published: "1987-05-05",
			body: "Halford Industries Inc said it would offer 40 dlrs of subordinated debentures for each share of Wooler Chemical Co.\nReuter",
			want: nil,
		},
		// unitsParent
		{
			name: "a unit in apposition with its parent", title: "CORBRIDGE STATEMENT", published: "1988-02-10",
			body: "Corbridge Credit Corp, a unit of Corbridge Motors Corp, said it sold 150 mln dlrs of medium-term notes.\nReuter",
			want: []string{"offering occurred 1988-02-10 CRBM"},
		},
		{
			name: "a wholly owned subsidiary's contract", title: "TWEEDSIDE STATEMENT", published: "1987-07-07",
			body: "Tweedside Forge Co, a wholly owned subsidiary of Alnmouth Steel Corp, was awarded a 31 mln dlr Navy contract for propeller shafts.\nReuter",
			want: []string{"contract occurred 1987-07-07 ALNS"},
		},
		{
			name: "a former unit is no part of its old parent", title: "OTTERBURN STATEMENT", published: "1987-07-07",
			body: "Otterburn Yarns Inc, a former unit of Rothbury Mills Inc, said it will close its Georgia plant.\nReuter",
			want: []string{"restructuring forecast 1987-07-07 "},
		},
		{
			name: "an affiliate is not owned", title: "OTTERBURN STATEMENT", published: "1987-07-07",
			body: "Otterburn Yarns Inc, an affiliate of Rothbury Mills Inc, said it will close its Georgia plant.\nReuter",
			want: []string{"restructuring forecast 1987-07-07 "},
		},
		// otherTime: a contract's deliveries
		{
			name: "deliveries scheduled in a fiscal year", title: "BAMBURGH STATEMENT", published: "1988-08-30",
			body: "Bamburgh Shipyards Inc said the Navy awarded it a 96 mln dlr contract for two tugs, with deliveries scheduled in fiscal 1990.\nReuter",
			want: []string{"contract occurred 1988-08-30 BMBS"},
		},
		{
			name: "a contract won in a past month keeps the month", title: "BAMBURGH STATEMENT", published: "1988-08-30",
			body: "Bamburgh Shipyards Inc said it won a 40 mln dlr contract from the Navy in July.\nReuter",
			want: []string{"contract occurred 1988-07 BMBS"},
		},
		{
			name: "a closing to be completed keeps its date", title: "ALNMOUTH STATEMENT", published: "1988-08-30",
			body: "Alnmouth Steel Corp said it will close its Pittsburgh mill, with the closing to be completed by the end of 1989.\nReuter",
			want: []string{"restructuring forecast 1989 ALNS"},
		},
		// otherTime: a fiscal year restating a day
		{
			name: "a fiscal year in apposition with the day", title: "ROTHBURY MILLS STATEMENT", published: "1987-05-12",
			body: "Rothbury Mills Inc said it named Alan Keel president, effective October 1, the start of its 1988 fiscal year.\nReuter",
			want: []string{"executive occurred 1987-05-12 RTHM"},
		},
		{
			name: "a fiscal year told on its own", title: "ROTHBURY MILLS STATEMENT", published: "1987-05-12",
			body: "Rothbury Mills Inc said Alan Keel will become president in fiscal 1988.\nReuter",
			want: []string{"executive forecast 1988 RTHM"},
		},
		// otherTime: a suit's filing
		{
			name: "a suit brought in an earlier year, settled today", title: "WOOLER STATEMENT", published: "1988-06-28",
			body: "Wooler Chemical Co said it agreed to pay 3 mln dlrs to settle a suit brought by the state of Ohio in 1985.\nReuter",
			want: []string{"legal occurred 1988-06-28 WOLC"},
		},
		{
			name: "a suit which was filed in an earlier year", title: "WOOLER STATEMENT", published: "1988-06-28",
			body: "Wooler Chemical Co said it agreed to pay 3 mln dlrs to settle a suit which was filed in 1985 by holders.\nReuter",
			want: []string{"legal occurred 1988-06-28 WOLC"},
		},
		{
			name: "a suit filed in a month, told by its own verb", title: "WOOLER STATEMENT", published: "1988-06-28",
			body: "Wooler Chemical Co said holders filed suit against it in March.\nReuter",
			want: []string{"legal occurred 1988-03 WOLC"},
		},
		{
			name: "an agreement in principle to settle is the settlement", title: "WOOLER STATEMENT", published: "1988-06-28",
			body: "Wooler Chemical Co said it reached an agreement in principle to settle a class action lawsuit filed against it in May 1986 by holders of its debentures.\nReuter",
			want: []string{"legal occurred 1988-06-28 WOLC"},
		},
		{
			name: "a complaint filed on a day with no resolution is the news", title: "FELTON STATEMENT", published: "1988-06-28",
			body: "Investors have sued Felton Petroleum Corp in federal court in Houston, accusing it of hiding drilling losses, according to a complaint filed on Friday.\nReuter",
			want: []string{"legal occurred 1988-06-24 FLTP"},
		},
		{
			name: "a suit that a party filed in an earlier year", title: "WOOLER STATEMENT", published: "1988-06-28",
			body: "Wooler Chemical Co and Halford Industries Inc said they settled a patent suit that Halford brought against Wooler in 1984.\nReuter",
			want: []string{"legal occurred 1988-06-28 HLFD;WOLC"},
		},
		{
			name: "a settlement dated by its own court papers", title: "WOOLER STATEMENT", published: "1988-06-29",
			body: "Wooler Chemical Co has agreed to pay 4 mln dlrs to settle claims by two counties over a solvent spill, according to court papers filed on Tuesday.\nReuter",
			want: []string{"legal occurred 1988-06-28 WOLC"},
		},
		// toldInMonth
		{
			name: "results recalled with the month they came out", title: "FELTON STATEMENT", published: "1987-06-16",
			body: "Felton Petroleum Corp posted a fourth quarter loss in February, its first in five years.\nReuter",
			want: []string{"earnings occurred 1987-02 FLTP"},
		},
		{
			name: "a month with no other period keeps the day", title: "FELTON STATEMENT", published: "1987-06-16",
			body: "Felton Petroleum Corp reported record earnings in May.\nReuter",
			want: []string{"earnings occurred 1987-06-16 FLTP"},
		},
		// trendOrders
		{
			name: "orders that fell are demand", title: "FELTON STATEMENT", published: "1988-06-28",
			body: "Felton Petroleum Corp said orders for its drilling pipe fell sharply in the first quarter.\nReuter",
			want: nil,
		},
		{
			name: "orders won stay a contract", title: "FELTON STATEMENT", published: "1988-06-28",
			body: "Felton Petroleum Corp said it won orders from two Texas drillers for 40 mln dlrs of pipe.\nReuter",
			want: []string{"contract occurred 1988-06-28 FLTP"},
		},
	})
}
