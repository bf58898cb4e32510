package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news78Extractor links the invented companies of news78's tests.
func news78Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Velcor", Company: co("Velcor Corp", "VLCR")},
		{Alias: "Zentrix", Company: co("Zentrix Inc", "ZNTX")},
	})}
}

type news78Case struct {
	title, body string
	want        []string
}

// news78Check compares each article's distinct event types, sorted, with the case's.
func news78Check(t *testing.T, tests []news78Case) {
	t.Helper()
	x := news78Extractor()
	for _, tt := range tests {
		var got []string
		for _, e := range x.Extract(article(tt.title, "2001-06-04", tt.body)).Events {
			if !slices.Contains(got, string(e.Type)) {
				got = append(got, string(e.Type))
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q / %q: got %v, want %v", tt.title, tt.body, got, tt.want)
		}
	}
}

// TestNews78CompanyWon checks that a company won in a deal, or a deal paid in stock, is a
// takeover, while a customer's deal or order won stays business won.
func TestNews78CompanyWon(t *testing.T) {
	news78Check(t, []news78Case{
		{"Velcor wins Zentrix in $9 billion stock deal", "The two companies said on Monday.", []string{"acquisition"}},
		{"Velcor wins $9 billion all-stock deal", "The two companies said on Monday.", []string{"acquisition"}},
		{"Velcor wins Zentrix with sweetened offer", "The two companies said on Monday.", []string{"acquisition"}},
		// Near misses: business won from a customer.
		{"Velcor wins $2 billion Army deal", "The company said on Monday.", []string{"contract"}},
		{"Velcor wins Zentrix order for 40 jets", "The company said on Monday.", []string{"contract"}},
	})
}

// TestNews78CourseAsCause checks that a course over months or years told as the cause of a
// company's act is no move, while a course told for itself and a session's move stay moves.
func TestNews78CourseAsCause(t *testing.T) {
	news78Check(t, []news78Case{
		{"Velcor declares 2-for-1 split", "Velcor said Thursday its board approved a 2-for-1 stock split, after its shares more than tripled over the past 12 months on soaring demand.", []string{"split"}},
		{"Velcor lifts payout", "Velcor raised its quarterly dividend on Thursday as its stock doubled in the past year.", []string{"dividend"}},
		// Near misses: a course told for itself, a day's move before the cause, a span of days.
		{"Velcor stock review", "Velcor shares rose 40 percent over the past year.", []string{"price_move"}},
		{"Velcor cuts forecast", "Velcor shares fell 12 percent on Thursday after the company cut its forecast.", []string{"guidance", "price_move"}},
		{"Velcor cuts forecast", "Velcor cut its forecast on Thursday, after its shares fell 12 percent over the past two days.", []string{"guidance", "price_move"}},
	})
}

// TestNews78ToBePost checks that a successor named in headline-ese with "to be" and a post is an
// executive change, while a past post, a wish and a company before "to be" are none.
func TestNews78ToBePost(t *testing.T) {
	news78Check(t, []news78Case{
		{"Velcor to buy Zentrix for $58 billion; Dimon to be CEO", "Velcor agreed on Thursday to buy Zentrix for $58 billion.", []string{"acquisition", "executive"}},
		{"Ana Ruiz to be chief executive of Velcor", "The company said on Thursday.", []string{"executive"}},
		// Near misses: a past post, a wish, a record, a company before "to be".
		{"Velcor profile", "Jane Doe, who used to be CEO of Velcor, said on Thursday she liked the company.", nil},
		{"Velcor profile", "Jane Doe said she never wanted to be chief executive.", nil},
		{"Velcor profile", "Jane Doe was the first woman to be CEO of Velcor, a post she held until 1999.", nil},
		{"Velcor to be chairman of trade group", "The company said on Thursday.", nil},
	})
}

// TestNews78DotComNames checks that a dot-com name, with or without a legal form, is a company
// that can report results, while a web address is none.
func TestNews78DotComNames(t *testing.T) {
	news78Check(t, []news78Case{
		{"Quarterly report", "Qorvane.com Inc. on Tuesday reported a fourth-quarter net profit of $5.1 million.", []string{"earnings"}},
		{"Qorvane.com posts first net profit as holiday sales climb", "The online retailer said on Tuesday.", []string{"earnings"}},
		{"Quarterly report", "eLumo.com reported a fourth-quarter net profit of $5.1 million.", []string{"earnings"}},
		// Near misses: addresses name no company.
		{"Quarterly report", "Shoppers who visit qorvane.com/deals reported a fourth-quarter net profit of $5.1 million.", nil},
		{"Quarterly report", "Readers of www.Qorvane.com reported a fourth-quarter net profit of $5.1 million.", nil},
	})
}

// TestNews78AppositiveShareMove checks that a move told after a long appositive of the company
// whose shares moved is a move, while an appositive without a move and a relative clause are none.
func TestNews78AppositiveShareMove(t *testing.T) {
	news78Check(t, []news78Case{
		{"Market debut", "Shares of Zentrix Inc., the operator of a popular online auction site, nearly tripled on their first day of trading Thursday.", []string{"ipo", "price_move"}},
		{"Zentrix stock", "Shares of Zentrix Inc., the big old Ohio maker of hand tools, rose 20 percent on Thursday.", []string{"price_move"}},
		{"Zentrix stock", "Shares of Zentrix, a maker of hand tools for farms and workshops, more than doubled on Thursday.", []string{"price_move"}},
		// Near misses: no verb of a move after the appositive.
		{"Zentrix profile", "Shares of Zentrix Inc., the operator of a popular online auction site, are held mostly by its founders.", nil},
		{"Zentrix profile", "Shares of Zentrix Inc., the operator of a popular online auction site, were first sold to the public in 1998.", nil},
	})
}

// TestNews78InnerCapitalNames checks that a name in lower case with a capital inside, before a
// legal form, is a company, while such a word without a legal form is none.
func TestNews78InnerCapitalNames(t *testing.T) {
	news78Check(t, []news78Case{
		{"Quarterly report", "eLumo Inc. on Tuesday reported a fourth-quarter net profit of $5.1 million.", []string{"earnings"}},
		{"Quarterly report", "Shares of iQorva Inc., the operator of a popular online auction site, nearly tripled on their first day of trading Thursday.", []string{"ipo", "price_move"}},
		// Near misses: a product's name, and an ordinary lower-case word, before no legal form.
		{"Quarterly report", "The iQorva player reported a fourth-quarter net profit of $5.1 million.", nil},
		{"Quarterly report", "An online seller reported a fourth-quarter net profit of $5.1 million.", nil},
	})
}
