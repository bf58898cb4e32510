package extract_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestCoordinatedEvents checks that a clause coordinating two announcements of different types
// tells both, each with the company of the clause, and that one type joined to itself stays one
// event.
func TestCoordinatedEvents(t *testing.T) {
	x := tableExtractor()
	tests := []struct {
		text string
		want []string // type:tickers of the sentence's events, in order
	}{
		{"Alphabet lifted its quarterly dividend by 4% and authorized a $60 billion share buyback.",
			[]string{"dividend:GOOGL", "buyback:GOOGL"}},
		{"Meta Platforms unveiled a $40 billion repurchase program and its first quarterly dividend.",
			[]string{"buyback:META", "dividend:META"}},
		{"Intel halted its dividend and said it would cut about 12% of its staff.",
			[]string{"dividend:INTC", "restructuring:INTC"}},
		{"Nvidia announced a four-for-one stock split and raised its quarterly dividend by 50%.",
			[]string{"split:NVDA", "dividend:NVDA"}},
		{"Goldman Sachs raised its dividend to $3 a share and will buy back up to $30 billion of stock.",
			[]string{"dividend:GS", "buyback:GS"}},
		// A charge booked against earnings is a cost of the restructuring, not a legal event.
		{"Microsoft cut 8,000 jobs and took a $900 million charge for the layoffs.",
			[]string{"restructuring:MSFT"}},
		// Regulators approving a deal clear the takeover; they put no product on sale (r9).
		{"Chevron closed its purchase of a shale driller after regulators approved the deal.",
			[]string{"acquisition:CVX"}},
		{"General Motors will restructure its China unit and record a charge of $5 billion.",
			[]string{"restructuring:GM"}},
		// What a sentence names beside its news tells no event of its own: the contract a suit
		// is about, the record a fact comes from, what money raised pays for.
		{"Walmart was sued by a former supplier over an ended supply deal.",
			[]string{"legal:WMT"}},
		{"JetBlue sought protection from its creditors on Sunday after failing to refinance $1.4 billion of loans coming due, a filing in federal court showed.",
			[]string{"bankruptcy:JBLU"}},
		{"Pfizer sold $31 billion of bonds to help pay for its purchase of Seagen.",
			[]string{"offering:PFE"}},
		// A payout told by its amount, not a listed phrase, beside a listed event; and the move
		// the news sent the shares into, told in a participle after a comma.
		{"Alphabet announced a dividend of 20 cents per share and a $70 billion stock buyback, sending its shares up 11%.",
			[]string{"dividend:GOOGL", "buyback:GOOGL", "price_move:GOOGL"}},
		{"Nvidia unveiled a $25 billion buyback, pushing its stock up 4% in late trading.",
			[]string{"buyback:NVDA", "price_move:NVDA"}},
		// Two stocks' moves in one sentence are two events; one stock's moves stay one.
		{"Starbucks shares jumped 24.5%, while Chipotle shares fell 7.5%.",
			[]string{"price_move:SBUX", "price_move:CMG"}},
		{"Starbucks shares jumped 24.5% in early trading and then fell back 3%.",
			[]string{"price_move:SBUX"}},
		{"Alphabet said its board would meet to consider a dividend and approved a $70 billion buyback.",
			[]string{"buyback:GOOGL"}},
		// A move told in a debut: the move, then the listing beside it.
		{"Shares of Reddit rose 48% in their first day of trading.",
			[]string{"price_move:RDDT", "ipo:RDDT"}},
		{"Birkenstock shares slipped 13% in their NYSE debut.",
			[]string{"price_move:BIRK", "ipo:BIRK"}},
		// A cause told after the news: a sale behind a payout, the company's products bought
		// behind its move, are its reasons; a takeover of the company's unit after its move is
		// news of its own (news9).
		{"Coca-Cola's board approved a special distribution of $2 a share after the company sold its bottling operations in Asia.",
			[]string{"dividend:KO"}},
		{"Super Micro Computer shares more than doubled on Thursday after the company said a large cloud provider would buy its servers.",
			[]string{"price_move:SMCI"}},
		{"Intel shares jumped 9% after Broadcom said it would buy its foundry unit.",
			[]string{"price_move:INTC", "acquisition:AVGO;INTC"}},
		// Results told in a clause after "after" are that clause's company's; stocks that move
		// together each move.
		{"Intel shares fell 5% after Nvidia reported quarterly results.",
			[]string{"price_move:INTC", "earnings:NVDA"}},
		{"Shares of Nvidia, Intel and Advanced Micro Devices rose at least 2%.",
			[]string{"price_move:AMD;INTC;NVDA"}},
		// A court stopping a deal is a legal event of both parties, after the move it caused.
		{"JetBlue shares fell 5% after a federal judge blocked the deal.",
			[]string{"price_move:JBLU", "legal:JBLU"}},
		// "but" coordinates as "and" does: the results, then the outlook.
		{"Nike reported quarterly revenue of $12 billion late Tuesday, but said its revenue for the current quarter would grow less than 5%.",
			[]string{"earnings:NKE", "guidance:NKE"}},
		// One type on both sides of the "and" is one event.
		{"Costco raised its quarterly dividend and declared a special dividend of $15 a share.",
			[]string{"dividend:COST"}},
	}
	const lead = "Stocks were mixed in morning trading."
	for _, tt := range tests {
		res := x.Extract(article("Northwind Traders Corp update", "2024-06-12", lead+" "+tt.text))
		var got []string
		for _, e := range res.Events {
			if !slices.ContainsFunc(e.Mentions, func(m extract.Mention) bool { return m.Sentence == tt.text }) {
				continue
			}
			got = append(got, string(e.Type)+":"+sortedTickers(e))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestMoveFigures checks that each stock's move takes its own figure, in the headline and as a
// claim, whatever verb tells it, and that a move whose figure is not told borrows no other
// stock's.
func TestMoveFigures(t *testing.T) {
	x := tableExtractor()
	tests := []struct {
		text      string
		headlines []string // of the sentence's price moves, in order
		claims    []string // ticker value
	}{
		{"Starbucks shares jumped 21% in premarket trading, while Chipotle's stock slipped 4%.",
			[]string{"Starbucks shares rise 21%", "Chipotle shares fall 4%"}, []string{"CMG -4"}},
		{"Nike shares dipped 2.5%, while Disney shares skidded 3%.",
			[]string{"Nike shares fall 2.5%", "Disney shares fall 3%"}, []string{"NKE -2.5", "DIS -3"}},
		{"Starbucks shares jumped 21% in premarket trading, while Chipotle's stock edged lower.",
			[]string{"Starbucks shares rise 21%", "Chipotle shares move"}, nil},
		{"Home Depot shares slumped 6% on Tuesday.",
			[]string{"Home Depot shares fall 6%"}, []string{"HD -6"}},
		// The cause told after the move names results; the move is still the shares'. (A move
		// outside the session, premarket or in extended trading, has its headline but no claim:
		// no day's close-to-close return checks it.)
		{"Home Depot shares plunged 20% in extended trading after it forecast quarterly revenue below estimates.",
			[]string{"Home Depot shares fall 20%"}, nil},
		{"Home Depot shares plunged 20% on Wednesday after it forecast quarterly revenue below estimates.",
			[]string{"Home Depot shares fall 20%"}, []string{"HD -20"}},
		{"Nike's revenue rose 20% on strong demand for running shoes.", nil, nil},
	}
	for _, tt := range tests {
		res := x.Extract(article("Market movers", "2024-06-12", "Stocks were mixed in morning trading. "+tt.text))
		var heads, claims []string
		for _, e := range res.Events {
			if string(e.Type) == "price_move" && slices.ContainsFunc(e.Mentions, func(m extract.Mention) bool { return m.Sentence == tt.text }) {
				heads = append(heads, e.Headline)
			}
		}
		for _, c := range res.Claims {
			claims = append(claims, c.Ticker+" "+strconv.FormatFloat(c.Value, 'g', -1, 64))
		}
		if !slices.Equal(heads, tt.headlines) || !slices.Equal(claims, tt.claims) {
			t.Errorf("%q: headlines %q, claims %q; want %q, %q", tt.text, heads, claims, tt.headlines, tt.claims)
		}
	}
}

// TestAnalystOnTheStock: a broker's action on "the stock" is about the article's company; the
// broker is its source, not its party.
func TestAnalystOnTheStock(t *testing.T) {
	x := tableExtractor()
	res := x.Extract(article("Nike falls after a downgrade", "2024-06-12",
		"Goldman Sachs downgraded Nike to neutral from buy on Wednesday. Separately, Morgan Stanley reiterated its overweight rating on the stock."))
	var got []string
	for _, e := range res.Events {
		got = append(got, string(e.Type)+":"+strings.Join(e.Tickers, ";"))
	}
	if !slices.Equal(got, []string{"analyst:NKE"}) {
		t.Errorf("events %q, want the analyst event of NKE alone", got)
	}
	// The stock of a sentence whose subject is another company than the article's is that
	// company's.
	res = x.Extract(article("Disney overtakes Nike in market value", "2024-06-12",
		"Disney shares rose 2% on Wednesday. Nike has lost ground this year after analysts at Morgan Stanley downgraded the stock."))
	got = nil
	for _, e := range res.Events {
		if e.Type == "analyst" {
			got = append(got, strings.Join(e.Tickers, ";"))
		}
	}
	if !slices.Equal(got, []string{"NKE"}) {
		t.Errorf("analyst events of %q, want NKE's", got)
	}
}
