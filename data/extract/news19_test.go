package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews19Rules checks modern19's classes in whole articles about real companies, linked by
// the embedded directory alone: a stock named by its bare ticker, a listing's hyphen head with
// a legal suffix, a trust's listing named with
// its legal form before "REIT", a measure fallen from its peak, the noun "guide" of an
// earnings call, what a spill releases, bitcoin bought as a treasury asset, and a dismissal
// with the inquiry behind it.
func TestNews19Rules(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type:TICKER;TICKER" of each event, in any order
	}{
		// A symbol written bare in stock context names its company, and names it again after,
		// in the title too (read after the body); a fund's symbol, an acronym and an all-caps
		// headline's words do not.
		{"Betting news", "Shares of DKNG jumped 7% on Wednesday.", []string{"price_move:DKNG"}},
		{"Ad-tech news", "TTD stock sank 30% on Wednesday.", []string{"price_move:TTD"}},
		{"DKNG sets $1 billion buyback", "Shares of DKNG rose 3% on Wednesday.", []string{"buyback:DKNG", "price_move:DKNG"}},
		{"Index news", "Shares of SPY rose 1% on Wednesday.", nil},
		{"Travel news", "Shares in EXPE slid 9% after the travel site gave a weak forecast.", []string{"price_move:EXPE", "guidance:EXPE"}}, // the site's own outlook handed out
		{"Travel news", "ABNB's stock fell 8% on Wednesday.", []string{"price_move:ABNB"}},
		{"Chip news", "MRVL closed up 6% on Wednesday.", []string{"price_move:MRVL"}},
		{"Chip news", "IPO shares of the chip designer rose 10% on Wednesday.", nil},
		// A trust's listing with a legal form before "REIT" is known by the name before it.
		{"Timber news", "Rayonier said it would pay a special dividend of $1.80 a share.", []string{"dividend:RYN"}},
		{"Prison operator news", "GEO Group agreed to sell a detention center in Texas for $30 million.", []string{"acquisition:GEO"}},
		// A head the listing's name was cut at ("KLA-Tencor"), with a legal suffix, is the
		// company under the name it took.
		{"Chip equipment news", "KLA Corp said it would raise its quarterly dividend by 10%.", []string{"dividend:KLAC"}},
		// The noun "guide" after a period or a measure is the company's outlook.
		{"Marvell call recap: data center sales up 87%, $1.25 billion third-quarter guide", "Marvell Technology said AI demand was strong.",
			[]string{"guidance:MRVL"}},
		// Bitcoin bought with an offering's money is no deal; a miner of goods is a business.
		{"MicroStrategy sells $2 billion of notes to buy more bitcoin", "The software company holds 250,000 coins.",
			[]string{"offering:MSTR"}},
		{"Mining news", "Newmont agreed to buy gold miner Newcrest Mining for $17 billion.", []string{"acquisition:NEM"}},
		// A measure fallen from its peak is a trend behind the news, not a period's results.
		{"Apparel news", "Nike will cut 700 jobs to lower costs after revenue fell from its pandemic peak.", []string{"restructuring:NKE"}},
		// A headline's present "fires CEO"; the inquiry behind a management change, after "after"
		// or "following", is its cause, no legal news; a suit beside a change still is one.
		{"Starbucks fires CEO after probe into expense claims", "The coffee chain named an interim chief.",
			[]string{"executive:SBUX"}},
		{"Aerospace news", "Boeing dismissed its finance chief following an internal investigation into his expenses.",
			[]string{"executive:BA"}},
		{"Airline news", "Delta Air Lines named a new chief executive and said the SEC had sued it over fuel hedging disclosures.",
			[]string{"executive:DAL", "legal:DAL"}},
		// What a leak or a spill releases is no product.
		{"Chemicals news", "Dow said its Texas plant released toxic chemicals into a ship channel on Tuesday.", nil},
	}
	for _, tt := range tests {
		if got := eventKinds(x, tt.title, "2024-06-12", tt.body); !sameKinds(got, tt.want) {
			t.Errorf("%q / %q: events %v, want %v", tt.title, tt.body, got, tt.want)
		}
	}
	// Before the directory's history a bare symbol is the story's acronym, not today's listing.
	body := "Shares of CNT common stock rose 5% on Wednesday, Computer Network Technology Corp (CNT) said."
	if got, want := eventKinds(x, "Computer news", "1987-04-01", body), []string{"price_move:"}; !sameKinds(got, want) {
		t.Errorf("1987 %q: events %v, want %v", body, got, want)
	}
}
