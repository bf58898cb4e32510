package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news73Extractor knows the companies of the news73 tests, all invented: two brokers, a tractor
// maker, a shoe maker and a drugmaker.
func news73Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Harlech Securities", Company: co("Harlech Securities plc", "HRLC")},
		{Alias: "Tywyn Capital", Company: co("Tywyn Capital Inc", "TYWN")},
		{Alias: "Ridgefield Tractor", Company: co("Ridgefield Tractor Co", "RDGT")},
		{Alias: "Ridgefield Tractor Co", Company: co("Ridgefield Tractor Co", "RDGT")},
		{Alias: "Stride Footwear", Company: co("Stride Footwear Inc", "STRD")},
		{Alias: "Velcor Pharma", Company: co("Velcor Pharma Inc", "VLCP")},
	})}
}

// TestNews73ColonRated checks the terminal's rating line that names the stock before a colon and
// the broker after it, acting with no object: the stock is rated, the broker only the source.
func TestNews73ColonRated(t *testing.T) {
	checkSentences(t, news73Extractor(), []sentenceCase{
		{title: "Ridgefield Tractor Co: Harlech Securities upgrades to overweight",
			want: []string{"analyst RDGT"}},
		{body: "Stride Footwear Inc (STRD.N): Tywyn Capital cuts to neutral from buy; price target $80 from $95.",
			want: []string{"analyst STRD"}},
		{title: "Stride Footwear: Tywyn Capital raises price target to $120",
			want: []string{"analyst STRD"}},
		// Controls: the broker names the stock it rates; no company before the colon.
		{title: "Ridgefield Tractor Co: Harlech Securities upgrades Stride Footwear to buy",
			want: []string{"analyst STRD"}},
		{title: "Harlech Securities upgrades Ridgefield Tractor to overweight",
			want: []string{"analyst RDGT"}},
	}, typeTickers)
}

// TestNews73BodyWeight checks "overweight" and "underweight" telling people's weight, beside a
// word of obesity or before a noun of people: no rating. A broker's rating stays one, even in a
// story about an obesity drug.
func TestNews73BodyWeight(t *testing.T) {
	checkSentences(t, news73Extractor(), []sentenceCase{
		{body: "Regulators approved Velcor Pharma's injection for adults with obesity or who are overweight with a related condition.",
			want: []string{"product VLCP"}},
		{body: "Velcor Pharma said its pill helped overweight adults lose 12% of their weight in a trial.",
			want: nil},
		{body: "Velcor Pharma's study enrolled 600 people who were overweight or obese.",
			want: nil},
		// Controls: ratings of the stock, beside words of obesity.
		{body: "Harlech Securities upgraded Velcor Pharma to overweight on demand for its obesity drug.",
			want: []string{"analyst VLCP"}},
		{body: "Tywyn Capital rates Velcor Pharma overweight, citing its obesity franchise.",
			want: []string{"analyst VLCP"}},
	}, typeTickers)
}

// TestNews73ReleasedStatement checks a company's words released, a statement, filing, letter or
// transcript, before or right after the verb: no product. Goods released stay one, with a
// statement told further on.
func TestNews73ReleasedStatement(t *testing.T) {
	checkSentences(t, news73Extractor(), []sentenceCase{
		{body: "Stride Footwear said in a filing released late Monday that holiday sales were strong.",
			want: nil},
		{body: "Stride Footwear released its annual letter to shareholders on Monday.",
			want: nil},
		{body: "Stride Footwear released a transcript of the call on Tuesday.",
			want: nil},
		// Controls: goods released, with the company's statement told further on.
		{body: "Stride Footwear released a new line of trail shoes on Monday, the company said in a statement.",
			want: []string{"product STRD"}},
	}, typeTickers)
}
