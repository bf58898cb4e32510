package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news96Extractor knows the companies of the news96 tests, all invented: a Dutch chip-tool maker,
// a Japanese carmaker and a British bank, each listed in New York by its receipts.
func news96Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Velcor Holding", Company: co("Velcor Holding NV", "VLCR")},
		{Alias: "Velcor", Company: co("Velcor Holding NV", "VLCR")},
		{Alias: "Harlow Motor", Company: co("Harlow Motor Corp", "HRLW")},
		{Alias: "Harlow", Company: co("Harlow Motor Corp", "HRLW")},
		{Alias: "Pellman Bank", Company: co("Pellman Bank PLC", "PLMN")},
		{Alias: "Pellman", Company: co("Pellman Bank PLC", "PLMN")},
	})}
}

// news96Events returns each event of the story as "type TICKERS".
func news96Events(x *extract.Extractor, title, body string) []string {
	var got []string
	for _, e := range x.Extract(article(title, "2024-05-08", body)).Events {
		got = append(got, string(e.Type)+" "+strings.Join(e.Companies, ","))
	}
	return got
}

// TestNews96ListedStock checks that a foreign company's receipts, and its shares named by where
// they are listed, are the story's company's stock when they move.
func TestNews96ListedStock(t *testing.T) {
	x := news96Extractor()
	lead := "Velcor Holding said on Wednesday it would delist its shares from the Frankfurt exchange. "
	tests := []struct {
		sentence string
		move     bool
	}{
		{"Its ADRs fell 4% in New York trading on Wednesday.", true},
		{"Its US-listed shares gained 3% in premarket trading.", true},
		{"Its Amsterdam-listed shares rose 2.5% on Wednesday.", true},
		{"Its American depositary shares rose 2% on the Nasdaq.", true},
		{"Its American depositary receipts slid 5% on Wednesday.", true},
		{"The ADRs of the company fell 6% in New York on Wednesday.", true},
		// Near misses: receipts of no stock, peers named by their listing, receipts not moving.
		{"Box-office receipts fell 5% in March, the company said.", false},
		{"Its US-listed peers have fallen this year.", false},
		{"Its ADRs will be delisted on Aug. 28.", false},
	}
	for _, tt := range tests {
		got := news96Events(x, "Velcor to delist from Frankfurt", lead+tt.sentence)
		if has := slices.Contains(got, "price_move Velcor Holding NV"); has != tt.move {
			t.Errorf("%q: got %v, want a move of Velcor: %v", tt.sentence, got, tt.move)
		}
	}
}

// TestNews96DealBehindResult checks that a purchase told as the cause of a result is no deal of
// the day, while a deal beside the result, or behind a move, still is.
func TestNews96DealBehindResult(t *testing.T) {
	x := news96Extractor()
	tests := []struct {
		body string
		deal bool
	}{
		{"Pellman Bank reported higher second-quarter profit on Wednesday, helped by its purchase of a Canadian lender.", false},
		{"Harlow Motor said on Wednesday that quarterly revenue rose 9%, boosted by the $2 billion acquisition of a battery maker.", false},
		{"Pellman Bank's first-half profit fell 4%, hurt by its takeover of a German broker, it said on Wednesday.", false},
		// Near misses: a move's cause, a deal beside the result.
		{"Pellman Bank shares rose 6% on Wednesday, lifted by its purchase of a Canadian lender.", true},
		{"Pellman Bank reported higher profit on Wednesday and agreed to buy a Canadian lender for $2 billion.", true},
	}
	for _, tt := range tests {
		got := storyTypes(x, "2024-05-08", "Pellman Bank news", tt.body)
		if has := slices.Contains(got, "acquisition"); has != tt.deal {
			t.Errorf("%q: got %v, want an acquisition: %v", tt.body, got, tt.deal)
		}
		if !tt.deal && !slices.Contains(got, "earnings") {
			t.Errorf("%q: got %v, want the results", tt.body, got)
		}
	}
}

// TestNews96SharesItBuys checks that shares a company buys in a relative clause with a pronoun
// for subject are its own, no deal, while a named company's shares stay a holding bought.
func TestNews96SharesItBuys(t *testing.T) {
	x := news96Extractor()
	lead := "Harlow Motor said on Wednesday it would buy back up to 10% of its shares. "
	tests := []struct {
		sentence string
		deal     bool
	}{
		{"It will cancel the shares it buys.", false},
		{"Harlow said the stock that it repurchased last year was retired in March.", false},
		{"The shares they purchase will be held in treasury, the company said.", false},
		{"It will hold the shares it purchases in treasury.", false},
		// Near misses: a named company's shares, bought as a holding; a deal with a pronoun.
		{"Harlow sold the Pellman shares it bought in 2020.", true},
		{"It bought Pellman Bank in 2020.", true},
	}
	for _, tt := range tests {
		got := news96Events(x, "Harlow plans buyback", lead+tt.sentence)
		deal := slices.ContainsFunc(got, func(e string) bool { return strings.HasPrefix(e, "acquisition") })
		if deal != tt.deal {
			t.Errorf("%q: got %v, want an acquisition: %v", tt.sentence, got, tt.deal)
		}
	}
}

// TestNews96BoardSeat checks that a person joining a board is no partnership, while companies
// joining forces or a consortium still are.
func TestNews96BoardSeat(t *testing.T) {
	x := news96Extractor()
	tests := []struct {
		body string
		want bool
	}{
		{"Velcor reported results on Wednesday. Activist investor Jane Roe joined its board last year.", false},
		{"Velcor reported results on Wednesday. Jane Roe, a former banker, joins the board of directors in June.", false},
		{"Velcor reported results on Wednesday. John Doe joined Harlow's board in 2021.", false},
		{"Velcor reported results on Wednesday. Velcor said Jane Roe joined the board in March.", false},
		// Near misses: companies joining forces, a consortium joined.
		{"Velcor joined forces with Harlow Motor on Wednesday to build batteries.", true},
		{"Velcor joined a consortium with Pellman Bank on Wednesday to build airport software.", true},
	}
	for _, tt := range tests {
		got := storyTypes(x, "2024-05-08", "Velcor news", tt.body)
		if has := slices.Contains(got, "partnership"); has != tt.want {
			t.Errorf("%q: got %v, want a partnership: %v", tt.body, got, tt.want)
		}
	}
}
