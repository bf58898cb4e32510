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

// TestNews67PremiumAfterAside checks a price paid per share whose premium is told after an
// attribution set off by commas: a deal's price, no payout, where a payout's sentence with an
// attribution and no premium stays a dividend.
func TestNews67PremiumAfterAside(t *testing.T) {
	checkSentences(t, news67Extractor(), []sentenceCase{
		{body: "Pendry Payroll will pay $22.50 a share, the companies said in a statement on Tuesday, a premium of about 20% to the stock's last close.",
			want: nil},
		{body: "Corlan Packaging will pay $31 per share, the two companies said in a joint statement, a 25% premium.",
			want: nil},
		{body: "Under the agreement, Corlan Packaging will pay $18 a share, people familiar with the matter said, representing a premium of 31% over the stock's price.",
			want: nil},
		// Near misses: payouts told with an attribution and no premium.
		{body: "Tarvin Tools will pay 25 cents a share on March 3, the company said in a statement.",
			want: []string{"dividend TRVN"}},
		{body: "Brackwell Pumps will pay shareholders 40 cents a share, the board said, up from 36 cents.",
			want: []string{"dividend BRKP"}},
	}, typeTickers)
}

// TestNews67CloseOnDay checks the day of a closing price told after its noun ("the stock's
// close on Friday", "closing price on Monday"): the day the deal's price is measured against, not
// the deal's, which is told the day of the news. The verb "close" keeps its day.
func TestNews67CloseOnDay(t *testing.T) {
	checkSentences(t, news67Extractor(), []sentenceCase{
		{body: "Pendry Payroll agreed to buy Ostley Staffing for $24 a share in cash, a premium of 18% above the stock's close on Friday.",
			want: []string{"acquisition PNDY;OSTF 2024-06-12"}},
		{body: "Tarvin Tools offered to buy the rest of Brackwell Pumps, a premium of 14% to Brackwell's closing price on Monday.",
			want: []string{"acquisition TRVN;BRKP 2024-06-12"}},
		// Near misses: a deal's own closing day, and a move measured from a close (dated by it, as
		// before), keep their day.
		{body: "Pendry Payroll said its purchase of Ostley Staffing would close on Friday.",
			want: []string{"acquisition PNDY;OSTF 2024-06-14"}},
		{body: "Tarvin Tools announced a dividend increase after the close on Friday.",
			want: []string{"dividend TRVN 2024-06-07"}},
		{body: "Shares of Corlan Packaging rose 6% from their close on Friday.",
			want: []string{"price_move CRLN 2024-06-07"}},
	}, typeTickersValue)
}

// TestNews67JoinsRanks checks "joins" or "joined" before a class of companies alike in what they
// did ("a line of", "a growing list of", "the ranks of"): no partnership, where a consortium
// joined or a company joined in a venture is one.
func TestNews67JoinsRanks(t *testing.T) {
	checkSentences(t, news67Extractor(), []sentenceCase{
		{body: "Tarvin Tools joins a line of U.S. manufacturers that have split themselves up in recent years.",
			want: nil},
		{body: "Corlan Packaging joined a growing list of suppliers that have moved their headquarters to Texas.",
			want: nil},
		{body: "With the plan, Brackwell Pumps joins the ranks of pump makers that have moved production to Mexico.",
			want: nil},
		// Near misses: a venture joined with a partner named, and a consortium joined.
		{body: "Tarvin Tools joined Brackwell Pumps in a venture to make industrial pumps.",
			want: []string{"partnership TRVN;BRKP"}},
		{body: "Corlan Packaging joined a consortium of can makers formed by Tarvin Tools to build a recycling plant.",
			want: []string{"partnership CRLN;TRVN"}},
	}, typeTickers)
}

// TestNews67OrdersLevel checks orders that are the subject of a verb of level or change past what
// describes them ("orders from truck makers remained soft", "were likely to stay weak"): demand,
// no contract, where orders won or signed are orders.
func TestNews67OrdersLevel(t *testing.T) {
	checkSentences(t, news67Extractor(), []sentenceCase{
		{body: "Brackwell Pumps said orders from oil drillers remained soft in the quarter.",
			want: nil},
		{body: "He said Tarvin Tools' orders from machine builders and distributors were likely to stay weak through the first half.",
			want: nil},
		{body: "Tarvin Tools said orders from Corlan Packaging stayed strong through December.",
			want: nil},
		// Near misses: orders won, orders signed, and a relative clause after the orders.
		{body: "Brackwell Pumps won orders from two oil drillers that remained unnamed.",
			want: []string{"contract BRKP"}},
		{body: "Tarvin Tools said orders for 40 saws from Corlan Packaging were signed on Friday.",
			want: []string{"contract TRVN;CRLN"}},
	}, typeTickers)
}
