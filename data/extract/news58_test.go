package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news58Extractor knows the companies of the news58 tests, all invented: four lenders, three
// insurers and two companies named like towns (Ashford, Linden).
func news58Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Harwick Bancorp", Company: co("Harwick Bancorp Inc", "HRWK")},
		{Alias: "Tollan Financial", Company: co("Tollan Financial Corp", "TLNF")},
		{Alias: "Pinecrest Bank", Company: co("Pinecrest Bank", "PNCB")},
		{Alias: "Quarry Savings", Company: co("Quarry Savings Inc", "QRRY")},
		{Alias: "Bellmont Insurance", Company: co("Bellmont Insurance Co", "BLMT")},
		{Alias: "Cobalt Mutual", Company: co("Cobalt Mutual Holdings", "CBLM")},
		{Alias: "Strand Re", Company: co("Strand Re Ltd", "STRE")},
		{Alias: "Ashford", Company: co("Ashford Corp", "ASHF")},
		{Alias: "Linden", Company: co("Linden Inc", "LNDN")},
	})}
}

// TestNews58RelativeClause checks that a company named inside a relative clause describing the
// subject ("X, which bought Y's branches last year, reported ...") takes no part in the main
// clause's event: the clause tells X's history, the verb after it is X's.
func TestNews58RelativeClause(t *testing.T) {
	checkSentences(t, news58Extractor(), []sentenceCase{
		{body: "Fernhill Bank, which took over most of Pinecrest Bank's branches in 2022, posted a quarterly loss on Tuesday.",
			want: []string{"acquisition PNCB"}},
		{body: "The lender, which bought Quarry Savings' deposits two years ago, reported third-quarter profit that missed forecasts.",
			want: []string{"acquisition QRRY", "earnings "}},
		{body: "Ridgeway Capital, which is partly owned by Tollan Financial, reported a net loss for the year.",
			want: []string{"earnings "}},
		{body: "Ridgeway Capital, whose biggest shareholder is Tollan Financial, raised its full-year profit forecast.",
			want: nil},
		// Controls: the subject named before the clause keeps the event, and a company named in
		// the main clause is still its party.
		{body: "Harwick Bancorp, which took over most of Pinecrest Bank's branches in 2022, posted a quarterly loss on Tuesday.",
			want: []string{"acquisition HRWK;PNCB", "earnings HRWK"}},
		{body: "Ridgeway Capital, which is partly owned by Tollan Financial, agreed to buy Quarry Savings.",
			want: []string{"acquisition QRRY"}},
		{body: "Pinecrest Bank posted a quarterly loss on Tuesday.", want: []string{"earnings PNCB"}},
	}, typeTickers)
}

// TestNews58GroupWarning checks companies given as examples of a group whose warning of losses
// the sentence tells ("insurers such as X and Y have warned of ..."): the group's warning is no
// company's guidance. A company that itself cuts its outlook still does.
func TestNews58GroupWarning(t *testing.T) {
	checkSentences(t, news58Extractor(), []sentenceCase{
		{body: "Carriers including Bellmont Insurance and Cobalt Mutual have also warned of large hurricane claims.",
			want: nil},
		{body: "Reinsurers such as Strand Re and Cobalt Mutual warned of rising catastrophe losses this year.",
			want: nil},
		{body: "Regional lenders, including Harwick Bancorp and Tollan Financial, warned of higher loan losses.",
			want: nil},
		{body: "Several insurers, such as Bellmont Insurance and Strand Re, have warned that storm losses will be heavy.",
			want: nil},
		// Controls: the company itself warns or cuts its outlook.
		{body: "Bellmont Insurance warned of heavy storm losses and cut its full-year profit forecast.",
			want: []string{"guidance BLMT"}},
		{body: "Cobalt Mutual lowered its full-year earnings outlook, citing hurricane claims.",
			want: []string{"guidance CBLM"}},
		{body: "Insurers including Bellmont Insurance and Cobalt Mutual have cut their profit forecasts for the year.",
			want: []string{"guidance BLMT;CBLM"}},
	}, typeTickers)
}

// TestNews58PlaceBased checks "-based" after a town and a two-word US state or a country: the town
// names a company's home, not a company of that name (news57 did it for one-word states).
func TestNews58PlaceBased(t *testing.T) {
	checkSentences(t, news58Extractor(), []sentenceCase{
		{body: "The Ashford, North Carolina-based lender reported quarterly earnings of 45 cents a share.",
			want: []string{"earnings "}},
		{body: "Tollan Financial, the Linden, New Jersey-based bank, said it would cut 90 jobs.",
			want: []string{"restructuring TLNF"}},
		{body: "The Ashford, Brazil-based carrier said it would buy Quarry Savings.",
			want: []string{"acquisition QRRY"}},
		{body: "Harwick Bancorp, a Linden, Germany-based bank, said it would cut 60 jobs.",
			want: []string{"restructuring HRWK"}},
		// Controls: the company itself, and the town named without "based".
		{body: "Ashford reported quarterly earnings of 45 cents a share.", want: []string{"earnings ASHF"}},
	}, typeTickers)
}
