package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// A deal noun of the main clause, told before a ruling in a clause of time ("hours after a panel
// ruled against a claim over ..."), is the deal done; the ruling's topic is its own (lead15.go
// dealBeforeSuit). A deal noun after the suit stays the suit's object.
func TestDealBeforeSuit(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Chevron completed its acquisition of Hess on Monday, hours after an arbitration panel ruled against a claim over Hess's stake in an oil field.",
			[]string{"acquisition occurred CVX;HES 2024-06-10 completed", "legal occurred CVX;HES 2024-06-10"}},
		{"Synopsys completed its acquisition of Ansys on Thursday, hours after a court ruled against a challenge over Ansys's stake in a software venture.",
			[]string{"acquisition occurred SNPS;ANSS 2024-06-06 completed", "legal occurred SNPS;ANSS 2024-06-06"}},
		{"Mars completed its takeover of Kellanova on Tuesday, a day after a judge dismissed a suit over the sale of Kellanova's stake in a cereal venture.",
			[]string{"acquisition occurred K 2024-06-11 completed", "legal occurred K 2024-06-10"}},
		// near-misses: the deal after the suit, its object
		{"A federal judge ruled against the merger of Kroger and Albertsons on Tuesday.",
			[]string{"legal occurred KR;ACI 2024-06-11"}},
		{"Shareholders sued over the buyout of Skechers on Tuesday, hours after the board approved it.",
			[]string{"legal occurred SKX 2024-06-11"}},
	})
}

// "sign off on" approves another's deal or plan: the approver signs no agreement (lead15.go
// signedOff).
func TestSignedOffIsNoAgreement(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Capital One completed its acquisition of Discover Financial on Friday after regulators signed off on the deal.",
			[]string{"acquisition occurred COF;DFS 2024-06-07 completed"}},
		{"Broadcom completed its purchase of VMware on Wednesday, hours after Chinese regulators signed off on the deal.",
			[]string{"acquisition occurred AVGO;VMW 2024-06-12 completed"}},
		// near-miss: a signing
		{"Oracle signed a cloud agreement with Palantir on Tuesday.",
			[]string{"partnership occurred ORCL;PLTR 2024-06-11"}},
	})
}

// A model year before a list of the makes' models ("2021-2023 Ford Bronco, Ford Ranger and
// Lincoln Nautilus models") is the goods', not the recall's date (modelyears.go, lead15).
func TestModelYearsOfAList(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Ford Motor recalled some 2021-2023 Ford Bronco, Ford Ranger and Lincoln Nautilus models over a faulty pump.",
			[]string{"product occurred F 2024-06-12"}},
		{"General Motors is recalling 2024 Chevrolet Silverado, GMC Sierra or Cadillac Escalade trucks because a wheel may come loose.",
			[]string{"product occurred GM 2024-06-12"}},
		// near-miss: a year the recall was made in
		{"Ford Motor recalled the pickups in 2021, after a fire.",
			[]string{"product occurred F 2021"}},
	})
}

// A year that is the attribute of a noun of its own in a phrase after the trigger ("over its 2021
// recall") dates that noun, not the event (lead15.go yearOfLaterNoun). A year of the trigger's own
// happening named again ("in a 2023 deal") or of an occasion ("during the 2008 crisis") stays.
func TestYearOfLaterNoun(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Johnson & Johnson agreed to pay $700 million to settle claims over its 2020 talc marketing.",
			[]string{"legal occurred JNJ 2024-06-12"}},
		{"Nike settled a lawsuit tied to a 2019 advertising campaign.",
			[]string{"legal occurred NKE 2024-06-12"}},
		// near-misses
		{"Pfizer agreed to buy Seagen in a 2023 deal worth $43 billion.",
			[]string{"acquisition occurred PFE 2023"}}, // Seagen was delisted in December 2023
		{"Ford Motor sold its stake in the venture during the 2008 crisis.",
			[]string{"acquisition occurred F 2008"}},
	})
}

// The pluperfect right after "said" or "announced" with only its subject between is reported
// speech backshifted, the company's news of the day ("said it had completed its purchase"), not
// background (lead15.go reportedPluperfect). A pluperfect told without a reporting verb, or after
// "had said", stays the story's past and makes no undated event.
func TestReportedPluperfect(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Broadcom said it had completed its purchase of VMware.",
			[]string{"acquisition occurred AVGO;VMW 2024-06-12 completed"}},
		{"Intel announced that it had cut 15,000 jobs.",
			[]string{"restructuring occurred INTC 2024-06-12"}},
		{"Alphabet said the company had sold its stake in Uber Technologies.",
			[]string{"acquisition occurred GOOG;UBER 2024-06-12"}},
		// near-misses: the story's past
		{"Broadcom had completed its purchase of VMware after a long review.", nil},
		{"Intel had said it had cut 15,000 jobs.", nil},
	})
}

// "closed" before a deal's noun completes it as "completed" does (detail.go dealStage); a stock
// that closed at a price or by a change is no deal's close.
func TestDealClosed(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"UnitedHealth closed its purchase of Amedisys on Friday.",
			[]string{"acquisition occurred UNH;AMED 2024-06-07 completed"}},
		{"Home Depot closed the acquisition of SRS Distribution in June.",
			[]string{"acquisition occurred HD 2024-06 completed"}},
		// near-miss: a stock's close
		{"Shares of Amedisys closed 3% higher after UnitedHealth agreed to buy the company.",
			[]string{"price_move occurred AMED 2024-06-12", "acquisition occurred AMED;UNH 2024-06-12"}},
	})
}

// "shares" that open a price move are the stock, not the verb of a cost-sharing pact
// (lead15.go moveOpensCostSharing).
func TestMoveSharesNoCostSharing(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"CrowdStrike shares slid as legal costs mounted.",
			[]string{"price_move occurred CRWD 2024-06-12"}},
		{"Boeing shares dropped 3% as production costs climbed.",
			[]string{"price_move occurred BA 2024-06-12"}},
		// near-miss: the verb
		{"General Motors and Honda will share the costs of a new battery plant.",
			[]string{"partnership forecast GM;HMC 2024-06-12"}},
	})
}

// A known process named after "during" or "throughout" and a determiner is the backdrop of the
// clause's act, no event (lead15.go duringProcess).
func TestDuringProcess(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Spirit Airlines said it would keep flying during the restructuring.", nil},
		{"Party City said it paid its suppliers throughout the bankruptcy.", nil},
		// near-misses: the process with words of its own, or told by its verb
		{"Spirit Airlines said it would cut 200 jobs during the restructuring of its debt.",
			[]string{"restructuring forecast SAVE 2024-06-12"}},
		{"Spirit Airlines said it filed for bankruptcy during the weekend.",
			[]string{"bankruptcy occurred SAVE 2024-06-12"}},
	})
}

// A relative clause about the subject reaches its closing comma however long the companies' names
// in it are written ("Amazon.com Inc. and CVS Health Corp."): their periods and legal forms are no
// words of the aside (feeds.go skipAside, extract.go asideAround), so its companies stay out of
// the main clause's event.
func TestAsideWithLongNames(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"The pharmacy chain, which has struggled with competition from Amazon.com Inc. and CVS Health Corp., agreed to sell its German unit.", nil},
		{"The department store chain, which has lost shoppers to Amazon.com Inc. and TJX Cos. Inc. in recent years, said it would close 27 stores.",
			[]string{"restructuring forecast  2024-06-12"}},
		// near-miss: a company after the aside is the deal's
		{"The pharmacy chain, which has struggled for years, agreed to sell its German unit to CVS Health Corp.",
			[]string{"acquisition occurred CVS 2024-06-12"}},
	})
}

// A company that describes the name after it by a tie ("Tesla supplier Panasonic", "Walmart
// rival Target") is no party of that company's event (lead15.go relationModifier).
func TestRelationModifier(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Tesla supplier Panasonic cut its annual profit forecast on Tuesday.", nil},
		{"Nvidia rival Cerebras filed for an initial public offering on Tuesday.", nil},
		{"Walmart rival Target raised its dividend on Tuesday.",
			[]string{"dividend occurred TGT 2024-06-11 raised"}},
		{"Apple chip supplier Skyworks Solutions cut its annual forecast on Tuesday.",
			[]string{"guidance occurred SWKS 2024-06-11 cut"}},
		// near-miss: the tie's word as a verb
		{"Tesla partners with Panasonic on a new battery plant.",
			[]string{"partnership occurred TSLA 2024-06-12"}},
	})
}

// A capitals headline's firm of partners written with a comma ("BAKER, FENTRESS AND CO") is the
// headline's subject (lead15.go commaInFirmName): before a board's "VOTES", which the other
// readings of a name take for a holders' vote, the table's payout had no company and was lost.
func TestCommaInFirmName(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	for _, tt := range []struct {
		title, body string
		want        []string
	}{
		{"HALLORAN, PIKE AND CO VOTES DIVIDEND", "Qtly div 12 cts vs 12 cts prior qtr\nPayable June 10\nRecord May 15",
			[]string{"dividend Halloran, Pike And Co"}},
		{"SOMERS, LANE AND CO INC VOTES PAYOUT", "Qtly div 14 cts vs 12 cts prior\nPay April 1\nRecord March 15",
			[]string{"dividend Somers, Lane And Co Inc"}},
		// near-miss: two names, no firm of partners
		{"HALLORAN, PIKE VOTE DIVIDENDS", "Qtly div 12 cts vs 12 cts prior qtr\nPayable June 10\nRecord May 15", nil},
	} {
		res := x.Extract(article(tt.title, "1987-03-19", tt.body))
		var got []string
		for _, e := range res.Events {
			got = append(got, string(e.Type)+" "+strings.Join(e.Companies, ";"))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", tt.title, got, tt.want)
		}
	}
}

// A forecast is cut only by a word of cutting in its own clause: a job cut in the main clause
// leaves the forecast of the clause after it issued (lead15.go cutInClause).
func TestGuidanceCutInItsClause(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"United Parcel Service said it will cut 12,000 jobs this year, after the delivery company forecast 2024 revenue below Wall Street estimates.",
			[]string{"restructuring forecast UPS 2024", "guidance occurred UPS 2024-06-12 issued"}},
		{"Delta Air Lines trimmed its flight schedule for the fall, after the carrier forecast third-quarter profit above Wall Street estimates.",
			[]string{"guidance occurred DAL 2024-06-12 issued"}},
		{"Boeing said it will reduce 737 output, after the planemaker issued a 2025 cash flow forecast below estimates.",
			[]string{"guidance occurred BA 2024-06-12 issued"}},
		// near-misses: the cut is the forecast's
		{"Target cut its annual sales forecast on Tuesday.",
			[]string{"guidance occurred TGT 2024-06-11 cut"}},
		{"Humana warned that its annual profit would miss its target.",
			[]string{"guidance occurred HUM 2024-06-12 cut"}},
	})
}

// A headline's per-share figure after "sees" is the company's forecast, as its profit or sales
// are (triggers.go).
func TestSeesEPSIsGuidance(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	for _, tt := range []struct{ title, want string }{
		{"FedEx misses, sees flat FY25 EPS", "guidance"},
		{"FedEx sees fiscal 2025 EPS roughly flat", "guidance"},
		// near-miss: results reported
		{"FedEx posts quarterly EPS of $3.51", "earnings"},
	} {
		var got []string
		for _, e := range x.Extract(article(tt.title, "2024-06-26", "Nothing else here.")).Events {
			got = append(got, string(e.Type))
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("%q: events %q, want %s", tt.title, got, tt.want)
		}
	}
}
