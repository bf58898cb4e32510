package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news105Extractor knows the companies of the news105 tests, all invented: hospital and
// nursing-home chains, drug makers and a biotech.
func news105Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Samso Hospital Corp", Company: co("Samso Hospital Corp", "SMSH")},
		{Alias: "Samso", Company: co("Samso Hospital Corp", "SMSH")},
		{Alias: "Langeland Medical", Company: co("Langeland Medical Inc", "LGLM")},
		{Alias: "Langeland", Company: co("Langeland Medical Inc", "LGLM")},
		{Alias: "Bornholm Care", Company: co("Bornholm Care Corp", "BRHC")},
		{Alias: "Bornholm", Company: co("Bornholm Care Corp", "BRHC")},
		{Alias: "Anholt Biogenics", Company: co("Anholt Biogenics Inc", "ANBG")},
		{Alias: "Anholt", Company: co("Anholt Biogenics Inc", "ANBG")},
		{Alias: "Laeso Pharmaceutical", Company: co("Laeso Pharmaceutical Co", "LAES")},
		{Alias: "Laeso", Company: co("Laeso Pharmaceutical Co", "LAES")},
		{Alias: "Endelave Drug", Company: co("Endelave Drug Corp", "ENDV")},
		{Alias: "Endelave", Company: co("Endelave Drug Corp", "ENDV")},
	})}
}

type news105Case struct {
	title, body string
	want        []string
}

// news105Check extracts each story as of a day in 1987 and compares its events as "type
// TICKERS", in the order extraction gives them.
func news105Check(t *testing.T, tests []news105Case) {
	t.Helper()
	x := news105Extractor()
	for _, tt := range tests {
		var got []string
		for _, e := range x.Extract(article(tt.title, "1987-03-11", tt.body)).Events {
			got = append(got, string(e.Type)+" "+strings.Join(e.Tickers, ";"))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q / %q: got %q, want %q", tt.title, tt.body, got, tt.want)
		}
	}
}

// TestNews105CareSwaps checks that hospitals and nursing homes traded between chains are a deal
// of both, while records, staff and ideas exchanged with hospitals stay none.
func TestNews105CareSwaps(t *testing.T) {
	news105Check(t, []news105Case{
		{"Hospital deal", "Samso Hospital Corp and Langeland Medical Inc said they agreed to swap hospitals in Georgia and Alabama.",
			[]string{"acquisition SMSH;LGLM"}},
		{"Homes deal", "Bornholm Care Corp said it exchanged four of its nursing homes in Ohio for three Indiana homes owned by Samso Hospital Corp.",
			[]string{"acquisition BRHC;SMSH"}},
		{"SAMSO <SMSH> IN HOSPITAL SWAP WITH LANGELAND <LGLM>", "", []string{"acquisition SMSH;LGLM"}},
		// Near misses: what is exchanged with hospitals, and a hospital's own swap of debt.
		{"Records", "Samso Hospital Corp said it will exchange patient records electronically with hospitals in four states.", nil},
		{"Debt", "Langeland Medical Inc said it agreed to exchange 40 mln dlrs of notes held by lenders to its clinics for new preferred stock.", nil},
		{"Staff", "Bornholm Care said its nurses exchanged ideas with staff at other nursing homes.", nil},
		{"Billing", "Samso Hospital Corp said it will exchange billing data electronically among its 40 hospitals.", nil},
		{"Nurses", "Langeland Medical Inc said it would exchange nurses between its clinics in Dallas and Houston.", nil},
	})
}

// TestNews105LicensedTo checks that a company licensing another to make or sell its product is
// a partnership of both, and a licence pact in a title one too, while a regulator's licence, a
// licence to people and a licence with no work named stay as they were.
func TestNews105LicensedTo(t *testing.T) {
	news105Check(t, []news105Case{
		{"Clotting factor", "Anholt Biogenics Inc said it has licensed Laeso Pharmaceutical Co to develop and market its blood-clotting factor in Europe.",
			[]string{"partnership ANBG;LAES"}},
		{"Antibiotic", "Laeso said it signed an agreement licensing Endelave Drug Corp (NASDAQ: ENDV) to make and sell its antibiotic in Canada.",
			[]string{"partnership LAES;ENDV"}},
		{"ANHOLT BIOGENICS, LAESO SIGN LICENSE PACT FOR VACCINE", "", []string{"partnership ANBG;LAES"}},
		// Near misses: a regulator's licence, a state's permit, people licensed, and a licence
		// named with no work.
		{"Vaccine", "The Food and Drug Administration licensed Anholt Biogenics Inc to make its hepatitis vaccine at a new plant.", nil},
		{"Beer", "The state licensed Endelave Drug Corp to sell beer and wine in Ohio.", nil},
		{"Pharmacists", "Endelave Drug said Ohio had licensed pharmacists to give flu shots in its stores.", nil},
		{"Name", "Samso Hospital Corp said it is licensing Langeland Medical as a preferred provider.", nil},
	})
}

// TestNews105ApprovalsTallied checks that a maker's count of approvals won over a span is no
// product news, while an approval told with its day, or two drugs approved at once, stay news.
func TestNews105ApprovalsTallied(t *testing.T) {
	news105Check(t, []news105Case{
		{"Hearing", "Endelave Drug Corp told the committee it had received approval for 11 generic medicines so far this year.", nil},
		{"Record", "Laeso Pharmaceutical said it has won FDA approval for more than 20 products since 1982, most of them antibiotics.", nil},
		// Near misses: approvals told as news.
		{"Drug", "Laeso Pharmaceutical Co said it won approval for its heart drug on Tuesday.", []string{"product LAES"}},
		{"Drugs", "Anholt Biogenics Inc said it received approval for two new drugs to treat anemia.", []string{"product ANBG"}},
	})
}

// TestNews105ProgramCountBought checks that a count of shares bought under a buyback program is
// the company's own stock, while another company's shares and shares bought under an
// agreement with a holder stay a stake bought.
func TestNews105ProgramCountBought(t *testing.T) {
	news105Check(t, []news105Case{
		{"Shares", "Endelave Drug Corp said it completed the purchase of 900,000 shares under a program approved in 1986.",
			[]string{"buyback ENDV"}},
		{"Shares", "Bornholm Care Corp bought 1.1 mln common shares under the program in the second quarter.",
			[]string{"buyback BRHC"}},
		// Near misses: another's stock, and a holder's block.
		{"Stake", "Endelave Drug Corp said it completed the purchase of 900,000 shares of Samso Hospital Corp under a program it began in May.",
			[]string{"acquisition ENDV;SMSH"}},
		{"Block", "Bornholm Care Corp said it completed the purchase of 1.1 mln shares under an agreement with Langeland Medical.",
			[]string{"acquisition BRHC;LGLM"}},
	})
}

// TestNews105ResultsDealParty checks that the buyer or seller in a results NOTE's gain or
// charge takes no part in the results, while a company that reports beside the trigger keeps
// its own results.
func TestNews105ResultsDealParty(t *testing.T) {
	news105Check(t, []news105Case{
		{"SAMSO HOSPITAL CORP <SMSH> 2ND QTR NET", "Shr 44 cts vs 39 cts\nNet 12.1 mln vs 10.7 mln\nNOTE: 1987 net includes a gain of 2.4 mln dlrs from the sale of a hospital in Ohio to Langeland Medical Inc.\nReuter",
			[]string{"earnings SMSH"}},
		{"BORNHOLM CARE CORP <BRHC> 1ST QTR NET", "Shr 21 cts vs 30 cts\nNet 3.3 mln vs 4.6 mln\nNOTE: 1987 net includes a charge of 1.9 mln dlrs on the purchase of eleven nursing homes from Samso Hospital Corp.\nReuter",
			[]string{"earnings BRHC"}},
		{"LANGELAND MEDICAL INC <LGLM> YEAR NET", "Shr 1.12 dlrs vs 94 cts\nNet 30.4 mln vs 25.5 mln\nNOTE: 1986 net includes gain of 900,000 dlrs on an office building sold to Bornholm Care Corp.\nReuter",
			[]string{"earnings LGLM"}},
		{"BORNHOLM CARE CORP <BRHC> YEAR NET", "Shr 81 cts vs 70 cts\nNet 14.0 mln vs 12.2 mln\nNOTE: Year net includes gain of 6.1 mln dlrs, or 35 cts a share, from sale of its Tulsa nursing homes to Samso Hospital Corp in March.\nReuter",
			[]string{"earnings BRHC"}},
		// Near miss: results reported by the named company.
		{"Quarter", "Langeland Medical Inc said its second-quarter net income rose to 8.2 mln dlrs from 6.1 mln dlrs.",
			[]string{"earnings LGLM"}},
	})
}
