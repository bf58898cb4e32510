package extract_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eventline/eventline/data/articles"
	"github.com/eventline/eventline/data/directory"
	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/extract"
	"github.com/eventline/eventline/data/store"
)

// linker builds the recognizer extraction uses: the embedded directory, the seed aliases of a
// fresh store, and the given user aliases.
func linker(t *testing.T, user ...extract.Alias) *extract.Companies {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, "", store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rows, err := st.DB.QueryContext(ctx, `SELECT alias, name, coalesce(ticker, ''), coalesce(exchange, ''), origin FROM aliases`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var as []extract.Alias
	for rows.Next() {
		var a extract.Alias
		if err := rows.Scan(&a.Alias, &a.Name, &a.Ticker, &a.Exchange, &a.Origin); err != nil {
			t.Fatal(err)
		}
		as = append(as, a)
	}
	dir, err := directory.Load()
	if err != nil {
		t.Fatal(err)
	}
	for i := range user {
		user[i].Origin = extract.SourceUser
	}
	return extract.NewDirectoryCompanies(dir, append(as, user...))
}

func day(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

// links renders mentions as "text=TICKER(source)", "text=-(source)" for a company without ticker.
func links(ms []extract.CompanyMention) []string {
	var out []string
	for _, m := range ms {
		tk := m.Ticker
		if tk == "" {
			tk = "-"
		}
		out = append(out, m.Text+"="+tk+"("+m.Source+")")
	}
	return out
}

func TestLinkRules(t *testing.T) {
	cos := linker(t,
		extract.Alias{Alias: "RJR Nabisco", Company: extract.Company{Name: "RJR Nabisco", Ticker: "RJR"}},
		extract.Alias{Alias: "Angeles", Company: extract.Company{Name: "Angeles Corp", Ticker: "ANG"}},
		extract.Alias{Alias: "Banc One", Company: extract.Company{Name: "Banc One", Ticker: "ONE"}},
		extract.Alias{Alias: "One", Company: extract.Company{Name: "Banc One", Ticker: "ONE"}},
		extract.Alias{Alias: "Thomas", Company: extract.Company{Name: "Thomas and Betts", Ticker: "TNB"}},
		extract.Alias{Alias: "Georgia", Company: extract.Company{Name: "First Georgia", Ticker: "FGA"}},
		extract.Alias{Alias: "Dynamics Corp", Company: extract.Company{Name: "Dynamics Corp", Ticker: "DYA"}},
		extract.Alias{Alias: "Midland", Company: extract.Company{Name: "Midland Co", Ticker: "MLA"}},
		extract.Alias{Alias: "Roy F. Weston Inc", Company: extract.Company{Name: "Roy F. Weston Inc", Ticker: "WSTNA"}},
		extract.Alias{Alias: "Roy F. Weston", Company: extract.Company{Name: "Roy F. Weston Inc", Ticker: "WSTNA"}},
		extract.Alias{Alias: "Weston", Company: extract.Company{Name: "Weston Co", Ticker: "WST"}},
	)
	tests := []struct {
		name      string
		published string
		tickers   []string // the article's metadata
		text      []string // sentences in order; the last one's links are checked
		want      []string
	}{
		// Punctuation as news writes it.
		{"an ampersand, written tight", "2020-03-02", nil, []string{"Shares of AT&T fell after the call."}, []string{"AT&T=T(directory)"}},
		{"an ampersand with spaces", "2020-03-02", nil, []string{"Shares of AT & T fell after the call."}, []string{"AT & T=T(directory)"}},
		{"a name with an ampersand", "2019-05-14", nil, []string{"A jury ruled against Johnson & Johnson on Tuesday."}, []string{"Johnson & Johnson=JNJ(directory)"}},
		{"'and' for the ampersand", "2019-05-14", nil, []string{"A jury ruled against Johnson and Johnson on Tuesday."}, []string{"Johnson and Johnson=JNJ(directory)"}},
		{"'And' of a title-case headline", "2023-04-20", nil, []string{"Procter And Gamble Raises Prices Again"}, []string{"Procter And Gamble=PG(directory)"}},
		{"initials of an ampersand name", "2021-07-30", nil, []string{"Analysts expect P&G to raise prices again."}, []string{"P&G=PG(directory)"}},
		{"a web address as a name", "2022-02-03", nil, []string{"Investors sold Amazon.com after the report."}, []string{"Amazon.com=AMZN(directory)"}},
		// An abbreviation's dot inside a name, written or left out; a sentence's dot ends one.
		{"an abbreviation's dot in a name", "2025-06-09", nil, []string{"Shares of Warner Bros. Discovery rose 8% on Monday."}, []string{"Warner Bros. Discovery=WBD(directory)"}},
		{"an abbreviation's dot left out", "2025-06-09", nil, []string{"Warner Bros Discovery said it would split in two."}, []string{"Warner Bros Discovery=WBD(directory)"}},
		{"a web address without its ending", "2022-02-03", nil, []string{"Investors sold Amazon after the report."}, []string{"Amazon=AMZN(directory)"}},
		{"a hyphen the listing cut off", "2016-11-15", nil, []string{"Shoppers at Wal-Mart spent less."}, []string{"Wal-Mart=WMT(directory)"}},
		{"the name without the hyphen", "2025-06-10", nil, []string{"Shoppers at Walmart spent less, and Wal-Mart said so."}, []string{"Walmart=WMT(directory)", "Wal-Mart=WMT(directory)"}},
		{"dotted initials", "1988-10-21", nil, []string{"The buyout of R.J.R. Nabisco was the largest."}, []string{"R.J.R. Nabisco=RJR(user)"}},
		{"a middle initial", "1987-03-02", nil, []string{"Roy F. Weston Inc said net income rose."}, []string{"Roy F. Weston Inc=WSTNA(user)"}},
		{"a middle initial is no end of a name", "1987-03-02", nil, []string{"Analysts expect Roy F. Weston to gain."}, []string{"Roy F. Weston=WSTNA(user)"}},
		{"a possessive", "2023-09-13", nil, []string{"Buyers lined up for Apple's new phone."}, []string{"Apple=AAPL(directory)"}},
		{"a place's possessive is no company's short name", "2024-05-02", nil, []string{"America's largest drugstore chain cut its outlook."}, nil},
		{"a particle opens a person's or a thing's name", "2025-09-01", nil, []string{"Regulators cleared the da Vinci 5 surgical robot."}, nil},
		{"a short name alone", "2025-09-01", nil, []string{"Shares of Vinci rose after the report."}, []string{"Vinci=VINP(directory)"}},
		// A short name renamed companies share, and one a spin-off took later.
		{"a short name kept through a rename", "2024-05-02", nil, []string{"Cigna said costs rose."}, []string{"Cigna=CI(directory)"}},
		{"a short name before a spin-off of that name", "2024-10-08", nil, []string{"Honeywell said it would split."}, []string{"Honeywell=HON(directory)"}},
		{"the short name once the spin-off trades", "2026-08-10", nil, []string{"Honeywell said it would split."}, nil},
		// Short names the directory derives from the listings' names.
		{"a name without what the company does", "2024-03-07", nil, []string{"Membership fees at Costco rose again."}, []string{"Costco=COST(directory)"}},
		{"an ordinary word as a short name, with a company's verb", "2024-03-07", nil, []string{"Ford raised its dividend."}, []string{"Ford=F(directory)"}},
		{"an ordinary word as a short name, without", "2024-03-07", nil, []string{"Ford the river at the shallow end."}, nil},
		{"initials joined as news writes them", "2024-03-07", nil, []string{"Analysts at the bank said JPMorgan Chase would gain."}, []string{"JPMorgan Chase=JPM(directory)"}},
		{"a parent named after its brand", "2024-03-07", nil, []string{"Google parent Alphabet announced a buyback."}, []string{"Alphabet=GOOG(directory)"}},
		{"an old name after a rename under the same symbol", "2024-03-07", nil, []string{"Shares of Google rose after the event."}, []string{"Google=GOOG(directory)"}},
		{"a given name that is a short name", "2024-03-07", nil, []string{"Kelly said the plan would work."}, nil},
		{"a given name that is a listing's whole name, before a surname", "2024-07-31", nil, []string{"He succeeds Dave Calhoun, who retires this year."}, nil},
		{"a given name that is a listing's whole name, before a surname, in a list", "2024-06-12", nil, []string{"The board added Dana Ortiz and Marcus Webb."}, nil},
		{"a listing's one-word name that is a given name, alone", "2024-06-12", nil, []string{"Dana said it would close a plant."}, []string{"Dana=DAN(directory)"}},
		{"a trade noun before a name at a sentence's start", "2022-05-26", nil, []string{"Chipmaker Broadcom Inc will buy a software maker."}, []string{"Broadcom Inc=AVGO(directory)"}},
		{"a plural trade noun before names", "2024-06-12", nil, []string{"Drugmakers Pfizer and Merck & Co raised prices."}, []string{"Pfizer=PFE(directory)", "Merck & Co=MRK(directory)"}},
		// Names the listings lack (brands.go): a brand, a service, a former name the symbol left.
		{"a brand the company trades as", "2024-05-09", nil, []string{"Orders at Instacart grew 15%."}, []string{"Instacart=CART(directory)"}},
		{"a service standing for its owner", "2022-10-25", nil, []string{"Users of WhatsApp could not send messages."}, []string{"WhatsApp=META(directory)"}},
		{"a former name after the ticker changed", "2023-05-22", nil, []string{"Regulators fined Facebook a record amount."}, []string{"Facebook=META(directory)"}},
		{"a former name before the ticker changed", "2018-07-26", nil, []string{"Investors sold Facebook after the warning."}, []string{"Facebook=FB(directory)"}},
		{"a brand before its owner listed", "2021-03-01", nil, []string{"Orders at Instacart grew 15%."}, nil},
		{"a short name in a title", "2023-03-14", nil, []string{"Meta to lay off 10,000 more workers"}, []string{"Meta=META(directory)"}},
		{"initials that are the symbol", "2024-01-30", nil, []string{"Shares of UPS fell while AMD rose."}, []string{"UPS=UPS(directory)", "AMD=AMD(directory)"}},
		{"initials in title case are a word", "2024-01-30", nil, []string{"Analysts expect Ups and downs in the quarter."}, nil},
		{"initials in a headline in capitals", "2024-01-30", nil, []string{"UPS AND DOWNS FOR FREIGHT STOCKS THIS WEEK"}, nil},
		// People whose names hold a company's.
		{"a person's surname after the full name", "1987-03-02", nil, []string{"The bank's view came from Thomas Midland.", "Midland said the loans were sound."}, nil},
		{"a person's name of three words in apposition", "1987-03-02", nil, []string{"Midland Bramham Lee, an investor from Texas, raised his stake."}, nil},
		{"a person's name with an age", "1987-03-02", nil, []string{"Midland Roe, 63, will retire."}, nil},
		{"a company in apposition", "1987-03-02", nil, []string{"Midland, a bank holding company, raised its stake."}, []string{"Midland=MLA(user)"}},
		{"a legal suffix is part of the name", "2018-05-02", nil, []string{"Shares of Agilent Technologies, Inc. rose."}, []string{"Agilent Technologies, Inc.=A(directory)"}},
		{"a short form", "2018-05-02", nil, []string{"Shares of Agilent rose."}, []string{"Agilent=A(directory)"}},
		// A foreign company listed through American depositary shares is listed all the same.
		{"a company listed by its ADS", "2024-05-02", nil, []string{"Vodafone Group Plc agreed to sell its unit; Alibaba rose."}, []string{"Vodafone Group Plc=VOD(directory)", "Alibaba=BABA(directory)"}},
		// Ordinary words and places need evidence.
		{"an ordinary word opening a sentence", "2023-09-13", nil, []string{"Apple pie sales rose in the fall."}, nil},
		{"an ordinary word inside a sentence", "2023-09-13", nil, []string{"Sales at Apple rose in the fall."}, []string{"Apple=AAPL(directory)"}},
		{"an ordinary word after evidence", "2023-09-13", nil, []string{"Apple Inc. will report on Thursday.", "Apple is expected to beat."}, []string{"Apple=AAPL(directory)"}},
		{"an ordinary word before a company's verb", "2023-09-13", nil, []string{"Apple said it would open stores."}, []string{"Apple=AAPL(directory)"}},
		{"an ordinary word before a verb of its own business", "2023-09-13", nil, []string{"Target lowered its annual forecast."}, []string{"Target=TGT(directory)"}},
		{"an ordinary word before a verb of prices", "2023-09-13", nil, []string{"Apple fell out of favor with bakers."}, nil},
		{"an ordinary word in the possessive before its stock", "2023-09-13", nil, []string{"Apple's stock slid 3% on heavy volume."}, []string{"Apple=AAPL(directory)"}},
		{"an ordinary word in the possessive before another noun", "2023-09-13", nil, []string{"Apple's harvest was late this year."}, nil},
		{"a new name before the lists show it", "2024-06-12", nil, []string{"Walmart raised its outlook."}, []string{"Walmart=WMT(directory)"}},
		{"an ordinary word before another verb", "2023-09-13", nil, []string{"Apple trees bloomed early."}, nil},
		{"a first name is not an acronym", "2024-07-24", nil, []string{"Tim Cook spoke on Tuesday."}, nil},
		{"an acronym in capitals", "2024-07-24", nil, []string{"Shares of TIM rose in Milan."}, []string{"TIM=TIMB(directory)"}},
		{"initials of the listing's name", "2024-07-24", nil, []string{"IBM agreed to buy a startup."}, []string{"IBM=IBM(directory)"}},
		{"an ordinary word in a capitals headline", "2023-09-13", nil, []string{"APPLE TREES BLOOM EARLY IN OREGON"}, nil},
		{"a place hides the name inside it", "1987-04-01", nil, []string{"Rents in Los Angeles rose."}, nil},
		{"a company named like a place needs a suffix", "1987-04-01", nil, []string{"Farmers in Georgia planted less."}, nil},
		{"a company named like a place with a suffix", "1987-04-01", nil, []string{"Shares of Georgia Inc rose."}, []string{"Georgia Inc=FGA(user)"}},
		{"a given name and a surname", "1987-04-01", nil, []string{"The chairman, Thomas Jasper, resigned."}, nil},
		// Tickers only in ticker context.
		{"capitals are no tickers", "1987-03-04", nil, []string{"FED BUYS ONE BILLION DLRS OF BILLS FOR CUSTOMERS"}, nil},
		{"tickers that are words", "2020-01-02", nil, []string{"OIL PRICES HIT NEW HIGH AS AIR TRAVEL RECOVERS"}, nil},
		{"a bare ticker", "2016-01-05", nil, []string{"VMW closed higher."}, nil},
		{"a dollar ticker", "2016-01-05", nil, []string{"Traders bought $VMW and $CTXS."}, []string{"$VMW=VMW(directory)", "$CTXS=CTXS(directory)"}},
		{"an exchange and a ticker", "2016-01-05", nil, []string{"Shares (NASDAQ:CTXS) and (NYSE: IBM) rose."}, []string{"NASDAQ:CTXS=CTXS(directory)", "NYSE: IBM=IBM(directory)"}},
		{"a ticker of the article's metadata", "2016-01-05", []string{"VMW"}, []string{"VMW closed higher."}, []string{"VMW=VMW(directory)"}},
		// A ticker means the company that held it on the article's date.
		{"EMC in 2015", "2015-06-01", nil, []string{"Holders of (NYSE: EMC) voted."}, []string{"NYSE: EMC=EMC(directory)"}},
		{"EMC since 2024", "2025-06-02", nil, []string{"Holders of (NYSE: EMC) voted."}, []string{"NYSE: EMC=EMC(directory)"}},
		{"JAVA before the directory's history", "2007-08-14", nil, []string{"Sun Microsystems (NASDAQ: JAVA) rose."}, []string{"Sun Microsystems=JAVA(seed)", "NASDAQ: JAVA=JAVA(seed)"}},
		{"JAVA now", "2025-06-02", nil, []string{"Funds like (NASDAQ: JAVA) grew."}, []string{"NASDAQ: JAVA=JAVA(directory)"}},
		{"a seed name whose ticker moved on", "2025-06-02", nil, []string{"Dell bought EMC in 2016."}, []string{"Dell=DELL(directory)", "EMC=-(seed)"}},
		{"a full name before the history", "2007-05-01", nil, []string{"Shares of General Motors fell."}, []string{"General Motors=GM(directory-before-history)"}},
		{"a one-word name before the history", "2009-05-01", nil, []string{"A unit of Moody's rated the notes."}, nil},
		{"a full name long before the history", "1987-05-01", nil, []string{"Shares of General Motors fell."}, nil},
		// A new listing's name means it in the weeks before its first day on the lists: its
		// offering's news comes first.
		{"an offering priced the day before the debut", "2025-09-10", nil, []string{"Klarna priced its offering at $40 a share."}, []string{"Klarna=KLAR(directory-before-listing)"}},
		{"a listing's name months before its debut", "2025-05-01", nil, []string{"Klarna priced its offering at $40 a share."}, nil},
		// Funds by their full name only.
		{"a fund's ordinary words", "2025-06-02", nil, []string{"Emerging Markets Great Consumer spending rose."}, nil},
		// Learned within the article.
		{"a name tied to its ticker", "1987-03-02", nil, []string{"ChemLawn Corp (NASDAQ: CHEM) agreed to a bid.", "ChemLawn said the board met."}, []string{"ChemLawn=CHEM(learned)"}},
		{"a name tied to its Reuters code", "2024-05-02", nil, []string{"Qorvex Labs Inc (QRVX.O) said it would cut jobs."}, []string{"Qorvex Labs Inc=QRVX(learned)", "QRVX.O=QRVX(ticker)"}},
		{"a distinctive word of that name later", "2024-05-02", nil, []string{"Qorvex Labs Inc (QRVX.O) said it would cut jobs.", "Qorvex shares fell."}, []string{"Qorvex=QRVX(learned)"}},
		{"a listed company's Reuters code", "2024-05-02", nil, []string{"Shares of Apple Inc (AAPL.O) rose."}, []string{"Apple Inc=AAPL(directory)", "AAPL.O=AAPL(directory)"}},
		{"another market's code is no US ticker", "2024-05-02", nil, []string{"Qorvex Labs Plc (QRVX.L) said it would cut jobs."}, nil},
		{"a code with a space is no code", "2024-05-02", nil, []string{"Qorvex Labs Inc (QRVX. O) said it would cut jobs."}, nil},
		{"an acronym of other words", "1987-03-02", nil, []string{"The International Coffee Organization (ICO) met.", "ICO talks failed."}, nil},
		// The user's aliases override.
		{"the user's alias", "1987-03-02", nil, []string{"Rents at Banc One rose."}, []string{"Banc One=ONE(user)"}},
		// An alias inside a longer name that no alias knows is not that company.
		{"an alias after an unknown capitalized word", "1987-03-02", nil, []string{"Biomedical Dynamics Corp said net income rose."}, nil},
		{"an alias after an unknown word mid-sentence", "1987-03-02", nil, []string{"Lenders to Kessler Dynamics Corp agreed."}, nil},
		{"an alias before capitalized words and a suffix", "1987-03-02", nil, []string{"Shares of Midland Steel Products Inc rose."}, nil},
		{"an alias after a word that opens sentences", "1987-03-02", nil, []string{"Rival Dynamics Corp said it would bid."}, []string{"Dynamics Corp=DYA(user)"}},
		{"an alias opening a sentence", "1987-03-02", nil, []string{"Dynamics Corp said net income rose."}, []string{"Dynamics Corp=DYA(user)"}},
		{"a town and its state", "1987-03-02", nil, []string{"An investor from Midland, Texas, bought shares."}, nil},
		{"a town and an abbreviated state", "1987-03-02", nil, []string{"It sold its Midland, Pa., office."}, nil},
		{"a company and a comma", "1987-03-02", nil, []string{"It sold its stake in Midland, the paper said."}, []string{"Midland=MLA(user)"}},
		{"an alias before an ordinary capitalized word", "1987-03-02", nil, []string{"Midland Co Chairman Jane Roe resigned."}, []string{"Midland Co=MLA(user)"}},
		{"an alias before words joined by and, up to a suffix", "1987-03-02", nil, []string{"It ordered cranes from Midland Engineering and Shipbuilding Co Ltd."}, nil},
		{"an alias before a particle of a foreign name", "1987-03-02", nil, []string{"It formed a venture with Midland de Venezuela."}, nil},
		{"an alias before a particle's English word", "1987-03-02", nil, []string{"Drivers of Midland van fleets went on strike."}, []string{"Midland=MLA(user)"}},
		{"two companies joined by and", "1987-03-02", nil, []string{"Midland and Dynamics Corp agreed to merge."}, []string{"Midland=MLA(user)", "Dynamics Corp=DYA(user)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := cos.Article(day(tt.published), tt.tickers)
			var got []extract.CompanyMention
			for _, s := range tt.text {
				got = a.Find(s)
				for _, m := range got {
					if s[m.Start:m.End] != m.Text {
						t.Errorf("span %d:%d of %q is %q, not %q", m.Start, m.End, s, s[m.Start:m.End], m.Text)
					}
				}
			}
			if g := links(got); !slices.Equal(g, tt.want) {
				t.Errorf("%q: links %q, want %q", tt.text[len(tt.text)-1], g, tt.want)
			}
		})
	}
}

// TestCapitalsHeadline links a newswire headline in capitals, read after its body: capitals do not
// show where a name ends, so a name right after an unknown first word is the rest of a longer
// one, and a company the body did not name keeps no ticker.
func TestCapitalsHeadline(t *testing.T) {
	cos := linker(t,
		extract.Alias{Alias: "Dynamics Corp", Company: extract.Company{Name: "Dynamics Corp", Ticker: "DYA"}},
		extract.Alias{Alias: "Midland", Company: extract.Company{Name: "Midland Co", Ticker: "MLA"}},
		extract.Alias{Alias: "Telecommunications", Company: extract.Company{Name: "Telecommunications Inc", Ticker: "TCOMA"}},
	)
	tests := []struct {
		name  string
		body  []string
		title string
		want  []string
	}{
		{"a longer name the body spells out", []string{"Biomedical Dynamics Corp said fourth quarter net rose."}, "BIOMEDICAL DYNAMICS CORP 4TH QTR NET", nil},
		{"a longer name over a results table", []string{"Shr 12 cts vs 10 cts"}, "BIOMEDICAL DYNAMICS CORP 4TH QTR NET", nil},
		{"the body names the company", []string{"Dynamics Corp said it raised its dividend."}, "DYNAMICS CORP RAISES DIVIDEND", []string{"DYNAMICS CORP=DYA(user)"}},
		{"a company the body does not name", []string{"Dynamics Corp said it would buy a unit of a rival."}, "MIDLAND CO TO BUY DYNAMICS CORP UNIT", []string{"MIDLAND CO=-(user)", "DYNAMICS CORP=DYA(user)"}},
		{"a headline alone", nil, "MIDLAND CO RAISES DIVIDEND", []string{"MIDLAND CO=MLA(user)"}},
		{"a longer name after an alias, up to a legal suffix", []string{"Shr 12 cts vs 10 cts"}, "MIDLAND SAVINGS INDUSTRIES INC 4TH QTR NET", nil},
		{"a verb between an alias and another company", nil, "MIDLAND TO BUY WIDGET MAKERS CORP", []string{"MIDLAND=MLA(user)"}},
		{"an alias with a corporate word of its own", nil, "MIDLAND INDUSTRIES RAISES DIVIDEND", []string{"MIDLAND=MLA(user)"}},
		{"an alias and its \"and Co\"", nil, "MIDLAND AND CO SETS DIVIDEND", []string{"MIDLAND=MLA(user)"}},
		{"a partnership's name, not the verb", nil, "MIDLAND PARTNERS LP 4TH QTR LOSS", nil},
		{"a verb before a corporate word", nil, "MIDLAND TAKEOVER GROUP CANCELS HEARING", []string{"MIDLAND=MLA(user)"}},
		{"the verb, not a partnership's name", nil, "MIDLAND PARTNERS WITH DYNAMICS CORP", []string{"MIDLAND=MLA(user)", "DYNAMICS CORP=DYA(user)"}},
		{"a full name over a table whose note names another company", []string{"Shr 12 cts vs 10 cts", "Note: the year includes a gain on the sale of shares of Dynamics Corp."},
			"MIDLAND CO 4TH QTR NET", []string{"MIDLAND CO=MLA(user)"}},
		{"a short name over a table whose note names another company", []string{"Shr 12 cts vs 10 cts", "Note: the year includes a gain on the sale of shares of Dynamics Corp."},
			"MIDLAND 4TH QTR NET", []string{"MIDLAND=-(user)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := cos.Article(day("1987-03-02"), nil)
			for _, s := range tt.body {
				a.Find(s)
			}
			if got := links(a.FindTitle(tt.title)); !slices.Equal(got, tt.want) {
				t.Errorf("%q: links %q, want %q", tt.title, got, tt.want)
			}
		})
	}
}

// TestHeadlineInExtraction checks that extraction links an article's title as a headline (the
// rules of TestCapitalsHeadline), not as a body sentence: a results table under a headline whose
// first word begins a longer name is no event of the alias inside it.
func TestHeadlineInExtraction(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t,
		extract.Alias{Alias: "Dynamics Corp", Company: extract.Company{Name: "Dynamics Corp", Ticker: "DYA"}},
	)}
	for _, tt := range []struct{ title, want string }{
		{"BIOMEDICAL DYNAMICS CORP 4TH QTR NET", ""},
		{"DYNAMICS CORP 4TH QTR NET", "DYA"},
	} {
		r := x.Extract(articles.Article{Title: tt.title, Body: "Shr 12 cts vs 10 cts\nNet 1.2 mln vs 1.1 mln", Published: day("1987-03-02")})
		var got []string
		for _, e := range r.Events {
			got = append(got, e.Tickers...)
		}
		if strings.Join(got, ";") != tt.want {
			t.Errorf("%q: event tickers %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestMainCompanyAndReferences(t *testing.T) {
	cos := linker(t)
	a := cos.Article(day("2016-01-05"), nil)
	for _, s := range []string{"Citrix Systems said revenue rose.", "Analysts at Microsoft were not surprised.", "Citrix also named a new chief."} {
		a.Find(s)
	}
	if co, ok := a.Main(); !ok || co.Ticker != "CTXS" {
		t.Errorf("the most mentioned company is %+v, want Citrix", co)
	}
	a.FindTitle("Microsoft buys a startup")
	if co, ok := a.Main(); !ok || co.Ticker != "MSFT" {
		t.Errorf("the title's company is %+v, want Microsoft", co)
	}
	got := links(a.Refer("The company said it would buy the firm's rival."))
	if want := []string{"company=MSFT(main)", "it=MSFT(main)", "the firm=MSFT(main)"}; !slices.Equal(got, want) &&
		!slices.Equal(got, []string{"The company=MSFT(main)", "it=MSFT(main)", "the firm=MSFT(main)"}) {
		t.Errorf("references %q", got)
	}
	if ms := cos.Article(time.Time{}, nil).Refer("It rose."); ms != nil {
		t.Errorf("references without a main company: %v", ms)
	}
}

func TestCitedCompanies(t *testing.T) {
	cos := linker(t, extract.Alias{Alias: "Salomon Brothers", Company: extract.Company{Name: "Salomon", Ticker: "SB"}})
	tests := []struct {
		text  string
		cited []string
	}{
		{"Salomon Brothers analyst Jane Roe said Citrix Systems would gain.", []string{"Salomon Brothers"}},
		{"Citrix Systems rose, said an analyst with Salomon Brothers.", []string{"Salomon Brothers"}},
		{"The underwriters are Salomon Brothers and Microsoft.", []string{"Salomon Brothers", "Microsoft"}},
		{"Citrix Systems sold notes, Salomon Brothers said as lead manager.", []string{"Salomon Brothers"}},
		{"Citrix Systems bought a unit of Salomon Brothers.", nil},
		{"The offering was co-managed by Salomon Brothers, Microsoft and Citrix Systems.", []string{"Salomon Brothers", "Microsoft", "Citrix Systems"}},
		{"A brokerage initiated coverage of Citrix Systems with a buy rating.", nil},
		{"The broker said Citrix Systems would buy Microsoft.", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range cos.Article(day("1987-05-05"), nil).Find(tt.text) {
			if m.Cited {
				got = append(got, m.Text)
			}
		}
		if !slices.Equal(got, tt.cited) {
			t.Errorf("%q: cited %q, want %q", tt.text, got, tt.cited)
		}
	}
}

func TestLinksShowProvenance(t *testing.T) {
	cos := linker(t, extract.Alias{Alias: "Big Blue", Company: extract.Company{Name: "IBM", Ticker: "IBM", Exchange: "NYSE"}})
	ls := cos.Links("IBM")
	var srcs []string
	for _, l := range ls {
		srcs = append(srcs, l.Source)
	}
	if len(ls) < 3 || srcs[0] != extract.SourceUser || !slices.Contains(srcs, extract.SourceSeed) || !slices.Contains(srcs, extract.SourceDirectory) {
		t.Fatalf("Links(IBM) sources %q", srcs)
	}
	if ls[0].Alias != "Big Blue" {
		t.Errorf("the user's alias is %q", ls[0].Alias)
	}
	for _, l := range ls {
		if l.Source == extract.SourceDirectory && (l.First == "" || !strings.Contains(l.Alias, "International Business Machines")) {
			t.Errorf("directory link %+v", l)
		}
	}
	// A short form another company writes on other days says on which days it is this one's.
	if ls := cos.Links("Honeywell"); len(ls) == 0 || !strings.Contains(ls[0].Alias, "Honeywell (until 2026-") {
		t.Errorf("Links(Honeywell) = %+v, want the short form with its last day", ls)
	}
}

// TestShortNamesLearnedFromTheFullName: a distinctive word of a company's full name, as the body
// wrote it, stands for the company in the headline and in the sentences after; a word that other
// listed names share, an ordinary word or a given name does not.
func TestShortNamesLearnedFromTheFullName(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct{ title, body, want string }{
		{"Walgreens halves its payout", "Walgreens Boots Alliance cut its quarterly dividend by 48% on Thursday.", "WBA"},
		{"Disney names a new chief executive", "Walt Disney Co named its parks chief as chief executive on Thursday.", "DIS"},
		// "American" opens many listed names: no short form, whatever the body named.
		{"American raises its forecast", "American Airlines Group raised its forecast on Thursday.", ""},
		// An acronym of three letters is a part ("CVS" of "CVS Health"); a short ordinary word is not.
		{"CVS cuts its profit forecast", "CVS Health cut its annual profit forecast on Wednesday.", "CVS"},
		// Two-letter initials that are the symbol of a company the article named in full, in
		// capitals; a headline in capitals and an article that named no such company do not link.
		{"GM and Honda to jointly develop cheaper electric cars", "General Motors and Honda Motor said on Tuesday they would build cheaper electric cars together.", "GM;HMC"},
		{"GE to cut 500 jobs at its lighting unit", "General Electric said on Monday it would cut 500 jobs at its lighting unit.", "GE"},
		// GM and GE are names news writes alone (brands.go), full name or not.
		{"GE to cut 500 jobs at its lighting unit", "The company said on Monday it would cut 500 jobs at its lighting unit.", "GE"},
		// The article's spelling of a listed name's words ("JPMorgan" for the listing's "JP
		// Morgan Chase") is the company's own when no listed name holds it.
		{"JPMorgan raises its dividend", "JPMorgan Chase & Co raised its quarterly dividend on Wednesday.", "JPM"},
		// The head of a name, when every listed name that begins with it is the company's:
		// two words that are not distinctive alone, or one ordinary word.
		{"Super Micro shares tumble on filing delay", "Super Micro Computer said on Tuesday it would delay filing its annual report.", "SMCI"},
		{"Capital One raises its dividend", "Capital One Financial raised its quarterly dividend on Thursday.", "COF"},
		{"Discover cuts its payout", "Discover Financial Services cut its quarterly dividend on Monday.", "DFS"},
		// A head that other names begin with too ("Dollar": Dollar General, Dollar Tree) is the
		// company's only as the subject of a company's verb.
		{"Dollar shares slide as forecast disappoints", "Dollar General cut its annual forecast on Thursday.", "DG"},
		{"Dollar jumps 2% against the yen", "Dollar General cut its annual forecast on Thursday.", "no headline event"},
		// A stock's move with its figure is a company's verb too.
		{"Dollar rose 3% after the forecast", "Dollar General cut its annual forecast on Thursday.", "DG"},
		{"Berkshire sells more of its airline stakes", "Berkshire Hathaway sold shares of two airlines on Thursday.", "BRK.A"},
		// A head that is another listing's whole name ("Vertex" is Vertex Inc's) stands for the
		// company the article named in full, as a company verb's subject; with its legal suffix
		// it is the other one, and without the full name before it the directory's.
		{"Vertex wins approval for its pain drug", "Vertex Pharmaceuticals said on Thursday regulators approved its pain drug.", "VRTX"},
		{"Vertex Inc raises its forecast", "Vertex Pharmaceuticals said on Thursday regulators approved its pain drug.", "VERX"},
		{"Vertex raises its forecast", "The tax software maker raised its forecast on Thursday.", "VERX"},
		// An ordinary word beside another capitalized word is part of a longer name.
		{"Discover Pictures Group raises its dividend", "Discover Financial Services cut its quarterly dividend on Monday.", ""},
	}
	for _, tt := range tests {
		r := x.Extract(articles.Article{Title: tt.title, Body: tt.body, Published: day("2024-01-04")})
		got := "no headline event"
		for _, e := range r.Events {
			if e.Headline == tt.title {
				got = strings.Join(e.Tickers, ";")
			}
		}
		if got != tt.want {
			t.Errorf("%q after %q: headline event tickers %q, want %q", tt.title, tt.body, got, tt.want)
		}
	}
}

// TestHeadlineAndBodyTellOneAnnouncement: a headline and the body telling one announcement the
// same day, one as done and one ahead, are one event, which happened; a plan the body dates later
// stays its own event.
func TestHeadlineAndBodyTellOneAnnouncement(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		pub, title, body string
		want             []string // type:status of the events
	}{
		{"2022-05-26", "Broadcom to buy VMware for $61 billion", "Broadcom Inc agreed to acquire VMware Inc in cash and stock, the chipmaker said on Thursday.",
			[]string{"acquisition:occurred"}},
		{"2025-04-16", "Costco raises quarterly dividend", "Costco Wholesale said on Wednesday it would raise its quarterly dividend to $1.30 a share.",
			[]string{"dividend:occurred"}},
		// The body's day before the headline's, which is the paper's.
		{"2024-02-21", "Walmart to buy Vizio for $2.3 billion", "Walmart agreed to buy Vizio Holding for about $2.3 billion, the retailer said on Tuesday.",
			[]string{"acquisition:occurred"}},
		{"2025-04-16", "Costco raises quarterly dividend", "Costco Wholesale raised its dividend on Wednesday. The company plans to raise its dividend again in 2027.",
			[]string{"dividend:occurred", "dividend:forecast"}},
	}
	for _, tt := range tests {
		r := x.Extract(articles.Article{Title: tt.title, Body: tt.body, Published: day(tt.pub)})
		var got []string
		for _, e := range r.Events {
			got = append(got, string(e.Type)+":"+string(e.Status))
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%q / %q: events %v, want %v", tt.title, tt.body, got, tt.want)
		}
	}
}

// TestUnlinkedNameVariants: a company no alias or listing knows, named one way in the headline and
// another in the body, is one company, so the headline's event and the body's merge as a listed
// company's do; a short name that begins two companies' names stays apart.
func TestUnlinkedNameVariants(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		name, title, body string
		want              []string // "type companies" of each event
	}{
		{"a short name in the headline", "Qorvex raises dividend", "Qorvex Labs Inc said on Tuesday it raised its quarterly dividend to 12 cents a share.",
			[]string{"dividend Qorvex Labs Inc"}},
		{"the name without its legal form", "Qorvex Labs raises dividend", "Qorvex Labs Inc said on Tuesday it raised its quarterly dividend to 12 cents a share.",
			[]string{"dividend Qorvex Labs Inc"}},
		{"a deal told twice", "Qorvex to buy Lumina Robotics", "Qorvex Labs Inc said on Tuesday it agreed to acquire Lumina Robotics Corp for $40 million in cash.",
			[]string{"acquisition Qorvex Labs Inc;Lumina Robotics Corp"}},
		{"a short name that begins two names", "Lumina raises dividend",
			"Lumina Robotics Corp said on Tuesday it raised its quarterly dividend to 12 cents a share. Lumina Health Inc raised its dividend on Tuesday too.",
			[]string{"dividend Lumina", "dividend Lumina Robotics Corp", "dividend Lumina Health Inc"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(articles.Article{Title: tt.title, Body: tt.body, Published: day("2024-05-07")})
			var got []string
			for _, e := range r.Events {
				got = append(got, string(e.Type)+" "+strings.Join(e.Companies, ";"))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("%q / %q: events %q, want %q", tt.title, tt.body, got, tt.want)
			}
		})
	}
}

// TestInsolvencyOfficerIsNoParty: the firm appointed as receiver or administrator acts for the
// creditors; the bankruptcy is the company handed to it, named by the post ("administrator of
// X") or by the regulator's closing ("closed X and appointed ..."), or a company the sentence
// links.
func TestInsolvencyOfficerIsNoParty(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct{ body, want string }{
		{"State regulators on Friday closed Harbor Point Savings Bank and appointed the Federal Deposit Insurance Corp as receiver.", "Harbor Point Savings Bank"},
		{"A court on Monday appointed Grant Thornton LLP as administrator of Harrow Home Finance, the lender said.", "Harrow Home Finance"},
		{"Creditors of Walgreens Boots Alliance appointed Kroll Ltd as administrators of its British pharmacy chain.", "Walgreens Boots Alliance"},
	}
	for _, tt := range tests {
		r := x.Extract(articles.Article{Title: "Company news", Body: "Markets were quiet on Monday.\n" + tt.body, Published: day("2024-06-12")})
		got := "no bankruptcy"
		for _, e := range r.Events {
			if e.Type == events.Bankruptcy {
				got = strings.Join(e.Companies, ";")
			}
		}
		if got != tt.want {
			t.Errorf("%q: bankruptcy of %q, want %q", tt.body, got, tt.want)
		}
	}
}

// TestBrokerTitleRatesTheMainCompany: a title whose first company is a broker rating another
// company is about the rated one: the body's "the chipmaker" and its share moves are that
// company's, and so are the claims. A broker's own news stays the broker's.
func TestBrokerTitleRatesTheMainCompany(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct{ title, body, want string }{
		{"Morgan Stanley upgrades Nvidia to overweight", "Shares of the chipmaker rose 3% in early trading on Wednesday.", "NVDA"},
		{"Goldman Sachs cuts Tesla to sell on margin worries", "The stock fell 4% on Wednesday.", "TSLA"},
		{"Morgan Stanley names a new finance chief", "Shares of the bank rose 1% on Wednesday.", "MS"},
	}
	for _, tt := range tests {
		r := x.Extract(articles.Article{Title: tt.title, Body: tt.body, Published: day("2024-05-08")})
		got := "no move"
		for _, e := range r.Events {
			if e.Type == events.PriceMove {
				got = strings.Join(e.Tickers, ";")
			}
		}
		claim := "no claim"
		for _, c := range r.Claims {
			claim = c.Ticker
		}
		if got != tt.want || claim != tt.want {
			t.Errorf("%q / %q: move of %q, claim of %q, want %q", tt.title, tt.body, got, claim, tt.want)
		}
	}
}

// TestMovesOfIndexesMarketsAndTheEconomy: a percentage move is the company's only where its words
// say nothing else moved: an index's move is the index's (by its symbol), the market's or an
// economic figure's is no claim at all, and the company's own stock stays its.
func TestMovesOfIndexesMarketsAndTheEconomy(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct{ sentence, want string }{
		{"Target shares slid 3% on Wednesday.", "TGT -3"},
		{"The S&P 500 slipped 0.6% and the Nasdaq gained 0.2%.", "GSPC -0.6;IXIC 0.2"},
		{"The Dow Jones Industrial Average added 1.1% while the Russell 2000 fell 0.4%.", "DJI 1.1;RUT -0.4"},
		{"The Nasdaq 100 climbed 1.5%.", "NDX 1.5"},
		{"Wholesale prices rose 0.3% in May, the government said.", ""},
		{"U.S. stocks fell 1% as bond yields climbed.", ""},
		{"Nasdaq shares rose 2% after the exchange operator beat estimates.", "NDAQ 2"},
		// A company's own quantity names the company: no share move, but no other company's.
		{"Oil fell 2%, and Target shares rose 1%.", "TGT 1"},
	}
	for _, tt := range tests {
		r := x.Extract(articles.Article{Title: "Target shares move", Body: "Markets were busy on Wednesday.\n" + tt.sentence, Published: day("2024-05-08")})
		var got []string
		for _, c := range r.Claims {
			if c.Mention.Sentence == tt.sentence {
				got = append(got, fmt.Sprintf("%s %g", c.Ticker, c.Value))
			}
		}
		if strings.Join(got, ";") != tt.want {
			t.Errorf("%q: claims %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestOrdinaryNameBeforeItsVerb: a company named by an ordinary word opening a sentence is the
// company where its verb follows, with the day or an adverb between; without a company's verb
// the word is no company.
func TestOrdinaryNameBeforeItsVerb(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct{ body, want string }{
		{"Apple on Thursday announced a $110 billion share buyback.", "AAPL"},
		{"Target also declared a quarterly dividend of $1.12 a share.", "TGT"},
		{"Apple on Thursday orchards sold a record harvest to juice makers.", ""},
		// A name listed with another company's is a company's too.
		{"Tapestry and Capri Holdings called off their $8.5 billion merger on Thursday.", "TPR;CPRI"},
		{"Apple and Alphabet said on Thursday they would jointly fund a chip plant.", "AAPL;GOOG"},
		{"Apple and pear growers sold a record harvest to juice makers on Thursday.", ""},
	}
	for _, tt := range tests {
		r := x.Extract(articles.Article{Title: "Markets wrap", Body: "Stocks were mixed.\n" + tt.body, Published: day("2024-05-02")})
		got := ""
		for _, e := range r.Events {
			got = strings.Join(e.Tickers, ";")
		}
		if got != tt.want {
			t.Errorf("%q: event tickers %q, want %q", tt.body, got, tt.want)
		}
	}
}
