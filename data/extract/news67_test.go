package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news67Extractor knows the companies of the news67 tests, all invented: two machinery makers,
// a staffing firm, a payroll company, two brokers and a packaging maker.
func news67Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Tarvin Tools", Company: co("Tarvin Tools Inc", "TRVN")},
		{Alias: "Brackwell Pumps", Company: co("Brackwell Pumps Corp", "BRKP")},
		{Alias: "Ostley Staffing", Company: co("Ostley Staffing Inc", "OSTF")},
		{Alias: "Pendry Payroll", Company: co("Pendry Payroll Inc", "PNDY")},
		{Alias: "Halsey Securities", Company: co("Halsey Securities Corp", "HLSY")},
		{Alias: "Morrow Capital", Company: co("Morrow Capital Group", "MRRW")},
		{Alias: "Corlan Packaging", Company: co("Corlan Packaging Co", "CRLN")},
	})}
}

// TestNews67HeadlineRatedStock checks a broker's rating change that names the stock by a bare
// noun after the verb, a headline's way ("cuts stock to underweight"), or by "the" and a
// description ending in "company" or "firm": the rated company is the one named before the
// broker, never the broker.
func TestNews67HeadlineRatedStock(t *testing.T) {
	checkSentences(t, news67Extractor(), []sentenceCase{
		{title: "Tarvin Tools falls after Halsey Securities cuts stock to underweight",
			want: []string{"analyst TRVN"}},
		{title: "Brackwell Pumps gains as Morrow Capital raises shares to buy",
			want: []string{"analyst BRKP"}},
		{title: "Corlan Packaging slips after Halsey Securities lowers supplier to sell",
			want: []string{"analyst CRLN"}},
		{body: "Shares of Tarvin Tools fell 4% after Halsey Securities downgraded the power tool company to underweight.",
			want: []string{"price_move TRVN", "analyst TRVN"}},
		{body: "Shares of Pendry Payroll rose 3% after Morrow Capital upgraded the payroll processing firm to buy.",
			want: []string{"price_move PNDY", "analyst PNDY"}},
		// Near misses: the rated company named in the gap is its own, and a broker cutting a
		// stake of its own is no rating.
		{title: "Halsey Securities cuts Tarvin Tools to underweight",
			want: []string{"analyst TRVN"}},
		{body: "Morrow Capital cut its stake in Corlan Packaging to 4% from 6%.",
			want: []string{"acquisition MRRW;CRLN"}},
	}, typeTickers)
}
