package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news91Extractor knows the companies of the news91 tests, all invented: a retailer, a maker of
// trucks, a chipmaker, a software house and a bank.
func news91Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Harlow Stores", Company: co("Harlow Stores Inc", "HRLW")},
		{Alias: "Harlow", Company: co("Harlow Stores Inc", "HRLW")},
		{Alias: "Pellman Trucks", Company: co("Pellman Trucks Corp", "PLMN")},
		{Alias: "Pellman", Company: co("Pellman Trucks Corp", "PLMN")},
		{Alias: "Quoddy Semiconductor", Company: co("Quoddy Semiconductor Inc", "QDSC")},
		{Alias: "Quoddy", Company: co("Quoddy Semiconductor Inc", "QDSC")},
		{Alias: "Tarrant Software", Company: co("Tarrant Software Inc", "TRSW")},
		{Alias: "Tarrant", Company: co("Tarrant Software Inc", "TRSW")},
		{Alias: "Ellery Bank", Company: co("Ellery Bank Corp", "ELRY")},
	})}
}

// news91Check runs the table of a news91 test: each story's event types as storyTypes reads them.
func news91Check(t *testing.T, tests []struct {
	title, body string
	want        []string
}) {
	t.Helper()
	x := news91Extractor()
	for _, tt := range tests {
		if got := storyTypes(x, "2024-03-08", tt.title, tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q / %q: got %v, want %v", tt.title, tt.body, got, tt.want)
		}
	}
}

// TestNews91ContestedNominees checks that a proxy fight told by an activist's nominees is
// acquisition news, while the board's own nominees and a proposal voted down are not.
func TestNews91ContestedNominees(t *testing.T) {
	news91Check(t, []struct {
		title, body string
		want        []string
	}{
		{"Harlow urges holders to reject Brackley's board nominees", "The vote is in May.", []string{"acquisition"}},
		{"Filing", "Harlow Stores urged its shareholders on Monday to vote against the three directors' nominees put forward by Brackley Partners.", []string{"acquisition"}},
		{"Filing", "Proxy adviser Glass Lewis backed two of Corran Capital's nominees for the Tarrant Software board.", []string{"acquisition"}},
		{"Filing", "Pellman Trucks said the dissident slate lacked industry experience.", []string{"acquisition"}},
		// Near misses: the board's own nominees, a vote-no against the company's own, a proposal.
		{"Filing", "Harlow Stores shareholders re-elected all of the board's nominees at the annual meeting.", nil},
		{"Filing", "A pension fund urged investors to vote against two of Harlow's nominees over pay.", nil},
		{"Filing", "Tarrant Software urged shareholders to vote against a proposal on climate reporting.", nil},
		{"Filing", "Quoddy said the nominees put forward by the board were all independent.", nil},
	})
}

// TestNews91InsiderSold checks that an officer's or founder's sale of shares for his own account
// is no offering and no deal, while the company's own sale and a holder's in an offering stay.
func TestNews91InsiderSold(t *testing.T) {
	news91Check(t, []struct {
		title, body string
		want        []string
	}{
		{"Filings", "Quoddy Semiconductor founder Dana Webb sold about 3 million shares of the company this week, worth roughly $90 million.", nil},
		{"Filings", "Chief Executive Ann Lee sold 40,000 Harlow shares on Monday, a Form 4 filing showed.", nil},
		{"Filings", "A director of Ellery Bank sold 12,500 shares at $41.20 each on Tuesday.", nil},
		// Near misses: the company sells, a holder sells in an offering, an officer tells of the
		// company's sale.
		{"Filings", "Tarrant Software sold 5 million shares at $20 each to raise money for its expansion.", []string{"offering"}},
		{"Filings", "Quoddy Semiconductor founder Dana Webb sold 2 million shares in the secondary offering.", []string{"offering"}},
		{"Filings", "Its chief executive said Tarrant Software sold 8 million shares at $20 each to fund the plant.", []string{"offering"}},
	})
}

// TestNews91CloseAgainstPeak checks that a close compared with a past high or with the level of
// a stretch after an event is a price level, while the day's change and a weekday's level stay.
func TestNews91CloseAgainstPeak(t *testing.T) {
	news91Check(t, []struct {
		title, body string
		want        []string
	}{
		{"Notice", "Pellman's shares closed at 61 cents on Thursday, down from a high of more than $90 in June 2020.", nil},
		{"Notice", "Harlow stock closed at $3.10 on Friday, down from more than $40 in the months after its debut.", nil},
		{"Notice", "Tarrant shares closed at $12 on Monday, down from their peak of $60 in 2021.", nil},
		// Near misses: the day's change, a weekday's level.
		{"Notice", "Pellman's shares closed down 8% at 61 cents on Thursday, down from a high of $90.", []string{"price_move"}},
		{"Notice", "Harlow stock closed at $3.10 on Friday, down from $3.40 on Thursday.", []string{"price_move"}},
	})
}

// TestNews91GrantedOption checks that warrants or options a company grants are no buyback, while
// a plan to buy its own shares stays one.
func TestNews91GrantedOption(t *testing.T) {
	news91Check(t, []struct {
		title, body string
		want        []string
	}{
		{"Filing", "Harlow Stores granted the logistics firm warrants to buy up to 9 million of its shares as part of the agreement.", nil},
		{"Filing", "Quoddy gave its new chief options to purchase up to 2 million of its shares.", nil},
		// Near miss: the company's own purchase.
		{"Filing", "Harlow Stores plans to buy up to 9 million of its shares over two years.", []string{"buyback"}},
	})
}

// TestNews91StakeWorth checks that a holding priced in an appositive is no stake bought, while a
// stake bought and priced so stays a deal.
func TestNews91StakeWorth(t *testing.T) {
	news91Check(t, []struct {
		title, body string
		want        []string
	}{
		{"Proxy", "Webb, who founded Quoddy Semiconductor in 1998, owns about 4% of the company, a stake worth more than $2 billion.", nil},
		{"Proxy", "The family holds 12 million Harlow shares, a stake valued at $300 million.", nil},
		// Near miss: a stake bought.
		{"Filing", "Brackley Partners bought 5% of Harlow Stores, a stake worth $200 million, the filing showed.", []string{"acquisition"}},
	})
}

// TestNews91PapersReleased checks that papers made public are no product launched, while a
// company's release of goods stays one.
func TestNews91PapersReleased(t *testing.T) {
	news91Check(t, []struct {
		title, body string
		want        []string
	}{
		{"Filings", "Harlow's board met 14 times last year, according to filings with the Securities and Exchange Commission released late on Friday.", nil},
		{"Filings", "Tarrant's founder gave away 10,000 shares, according to court papers released on Tuesday.", nil},
		// Near misses: goods released.
		{"Launch", "Tarrant Software released a new accounting app on Friday.", []string{"product"}},
		{"Launch", "Quoddy's new chip, released on Friday, sold out within hours.", []string{"product"}},
	})
}
