package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news66Extractor knows the companies of the news66 tests, all invented: software makers, a
// department store chain, a mall owner, a landlord and its tenants, and a drive maker.
func news66Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Zentrix", Company: co("Zentrix Inc", "ZNTX")},
		{Alias: "Halvorn Systems", Company: co("Halvorn Systems Corp", "HLVN")},
		{Alias: "Brightwell", Company: co("Brightwell Corp", "BRWL")},
		{Alias: "Penwick", Company: co("Penwick Stores Inc", "PNWK")},
		{Alias: "Dorlan's", Company: co("Dorlan's Inc", "DRLN")},
		{Alias: "Kestrel Properties", Company: co("Kestrel Properties Inc", "KSTP")},
		{Alias: "Oakridge Realty", Company: co("Oakridge Realty Trust", "OKRT")},
		{Alias: "Velcor", Company: co("Velcor Inc", "VLCR")},
		{Alias: "Marston Pharmacy", Company: co("Marston Pharmacy Corp", "MRSP")},
		{Alias: "Calder Technology", Company: co("Calder Technology Inc", "CLDT")},
		{Alias: "Fairmount", Company: co("Fairmount Inc", "FRMT")},
	})}
}

// TestNews66ExampleCompanies checks companies named as examples of a group, after "such as",
// "like" or "including" or as a range "from X to Y" of companies: no parties of the group's
// event. A deal's "including" names what was bought, and a range after another noun is a move.
func TestNews66ExampleCompanies(t *testing.T) {
	checkSentences(t, news66Extractor(), []sentenceCase{
		{body: "Companies from Zentrix to Halvorn Systems have announced job cuts this year.",
			want: nil},
		{body: "Kestrel Properties said it would spin off its malls anchored by department stores such as Penwick and Dorlan's.",
			want: []string{"acquisition KSTP"}},
		{body: "Retailers from Penwick to Dorlan's plan to close stores after the holidays.",
			want: nil},
		{body: "Kestrel Properties said it would cut 300 jobs at malls leased to retailers including Penwick and Dorlan's.",
			want: []string{"restructuring KSTP"}},
		// Controls: examples before the verb are its subjects (as in news58.go); a company's own
		// cuts beside the examples; things bought under "including" or "such as" right after a
		// deal's verb; and a range after a noun that is no group of companies.
		{body: "Retailers including Penwick and Dorlan's said they would close stores after the holidays.",
			want: []string{"restructuring PNWK;DRLN"}},
		{body: "Brightwell said it would cut 500 jobs, joining companies such as Zentrix.",
			want: []string{"restructuring BRWL"}},
		{body: "Kestrel Properties agreed to sell stakes in its malls to several retailers including Penwick and Dorlan's.",
			want: []string{"acquisition KSTP;PNWK;DRLN"}},
		{body: "Kestrel Properties agreed to buy three mall chains including Penwick and Dorlan's.",
			want: []string{"acquisition KSTP;PNWK;DRLN"}},
		{body: "Kestrel Properties agreed to buy chains such as Penwick for $2 billion.",
			want: []string{"acquisition KSTP;PNWK"}},
		{body: "Zentrix switched its chip orders from Velcor to Halvorn Systems under a new supply agreement.",
			want: []string{"contract ZNTX;VLCR;HLVN"}},
	}, typeTickers)
}

// TestNews66WhoseList checks companies listed in a ", whose" relative clause about the subject,
// closed by a comma before the main clause's verb: they describe the subject and take no part in
// its event, however many commas the list has.
func TestNews66WhoseList(t *testing.T) {
	checkSentences(t, news66Extractor(), []sentenceCase{
		{body: "The REIT, whose tenants include Velcor, Marston Pharmacy and Zentrix, has been selling properties this year.",
			want: nil},
		{body: "The landlord, whose biggest renters are Penwick, Dorlan's, Velcor and Marston Pharmacy, cut 200 jobs on Monday.",
			want: nil},
		{body: "Oakridge Realty, whose tenants include Velcor, Marston Pharmacy and Zentrix, agreed to sell 30 warehouses.",
			want: []string{"acquisition OKRT"}},
		// Controls: a company after the clause is the main clause's party, and a list with no
		// "whose" clause is the verb's subjects.
		{body: "The REIT, whose tenants include Velcor and Zentrix, agreed to sell the buildings to Kestrel Properties.",
			want: []string{"acquisition KSTP"}},
		{body: "Velcor, Marston Pharmacy and Zentrix said they would cut 200 jobs each.",
			want: []string{"restructuring VLCR;MRSP;ZNTX"}},
	}, typeTickers)
}

// TestNews66BoardApproval checks a board's or holders' approval of an agreement, a deal or a plan:
// a deal's step, no product approval.
func TestNews66BoardApproval(t *testing.T) {
	checkSentences(t, news66Extractor(), []sentenceCase{
		{body: "Zentrix's board unanimously approved the agreement on Monday.",
			want: nil},
		{body: "Directors of Halvorn Systems approved the plan last week.",
			want: nil},
		{body: "The board of Halvorn Systems approved the terms on Friday.",
			want: nil},

		// Controls: a regulator's approval of goods stays product news, and a deal's approval
		// told with the deal's word stays the deal's news.
		{body: "Penwick shareholders approved the transaction at a special meeting on Thursday.",
			want: []string{"acquisition PNWK"}},
		{body: "Velcor stockholders approved the merger with Marston Pharmacy on Thursday.",
			want: []string{"acquisition VLCR;MRSP"}},
		{body: "Regulators approved the Velcor heart pump on Tuesday.",
			want: []string{"product VLCR"}},
	}, typeTickers)
}

// TestNews66HedgedOutput checks a count of goods shipped, delivered or sold in a reporting period
// told with a hedge before the count: results, as the count without the hedge is
// (deliveries.go), no product news.
func TestNews66HedgedOutput(t *testing.T) {
	checkSentences(t, news66Extractor(), []sentenceCase{
		{body: "Calder Technology shipped about 7.4 million drives in the quarter.",
			want: []string{"earnings CLDT"}},
		{body: "Calder Technology shipped more than 20 million modems during its fiscal third quarter.",
			want: []string{"earnings CLDT"}},
		{body: "Zentrix sold an estimated 3 million headsets in the holiday quarter.",
			want: []string{"earnings ZNTX"}},
		// Controls: the count with no hedge is results already; a hedged count with no period is
		// still the launch's news, and a holding sold stays a deal.
		{body: "Calder Technology shipped 7.4 million drives in the quarter.",
			want: []string{"earnings CLDT"}},
		{body: "Calder Technology shipped about 7.4 million drives of its new model after launch.",
			want: []string{"product CLDT"}},
		{body: "Zentrix sold about 40 stores to Penwick in the quarter.",
			want: []string{"acquisition ZNTX;PNWK"}},
	}, typeTickers)
}
