package extract_test

import "testing"

// The companies in a clause of condition or time after the trigger ("until", "unless", "once")
// bring the condition about; they take no part in the event (lead14.go conditionOpenerAt).
func TestConditionClauseParties(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Synopsys said its purchase of Ansys would not close until regulators in China, pressed by Cadence Design Systems, approve it.",
			[]string{"acquisition forecast SNPS;ANSS 2024-06-12"}},
		{"Capital One said it would complete its takeover of Discover Financial unless a lawsuit by Synchrony blocks it.",
			[]string{"acquisition forecast COF;DFS 2024-06-12 completed"}},
		// near-miss: the parties named before the condition stay
		{"Synopsys said its purchase of Ansys and Altair Engineering would not close until regulators approve it.",
			[]string{"acquisition forecast SNPS;ANSS;ALTR 2024-06-12"}},
	})
}

// A period before an outlook's noun is what the forecast covers: it dates no event of another
// type in the sentence ("cuts 2025 forecast as finance chief departs"), (lead14.go
// outlookPeriod). A date of the other event's own stays.
func TestOutlookPeriodDatesNoOtherEvent(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Nike pulled its full-year guidance as its chief executive stepped down.",
			[]string{"guidance occurred NKE 2024-06-12 withdrawn", "executive occurred NKE 2024-06-12"}},
		{"Target cut its 2025 sales forecast as its finance chief resigned.",
			[]string{"guidance occurred TGT 2024-06-12 cut", "executive occurred TGT 2024-06-12"}},
		// near-miss: the other event's own month
		{"Target cut its sales forecast as its finance chief resigned in May.",
			[]string{"guidance occurred TGT 2024-06-12 cut", "executive occurred TGT 2024-05"}},
	})
}

// An event placed a count of days or weeks from the main clause's day ("a day after the company
// reported", "two days before the chipmaker reports") is dated that many days away
// (lead14.go offsetFromDate). Without a count ("days after", "after") it keeps the day named.
func TestOffsetFromDate(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"FedEx shares rose 15% on Wednesday, a day after the company reported a quarterly profit above estimates.",
			[]string{"price_move occurred FDX 2024-06-12", "earnings occurred FDX 2024-06-11"}},
		{"Nvidia shares fell 3% on Tuesday, two days before the chipmaker reports quarterly results.",
			[]string{"price_move occurred NVDA 2024-06-11", "earnings forecast NVDA 2024-06-13"}},
		{"Disney shares rose on Tuesday, the day after the company named a new chief executive.",
			[]string{"price_move occurred DIS 2024-06-11", "executive occurred DIS 2024-06-10"}},
		// near-misses: no count of days
		{"Intel shares fell 5% on Tuesday, days after the company cut its forecast.",
			[]string{"price_move occurred INTC 2024-06-11", "guidance occurred INTC 2024-06-11 cut"}},
		{"Apple shares rose on Monday after the company unveiled new iPhones.",
			[]string{"price_move occurred AAPL 2024-06-10", "product occurred AAPL 2024-06-10"}},
	})
}

// A holder selling another company's stock sells a holding, as with its shares: a deal, not an
// offering (lead14.go holdingStock). Stock of no one named, or the
// seller's own, stays an offering.
func TestHoldingSoldAsStock(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Berkshire Hathaway has sold another $982 million of Bank of America stock.",
			[]string{"acquisition occurred BRK.A;BAC 2024-06-12"}},
		{"Alphabet sold $2 billion of Uber Technologies stock.",
			[]string{"acquisition occurred GOOG;UBER 2024-06-12"}},
		// near-misses
		{"Berkshire Hathaway sold $982 million of its own stock.",
			[]string{"offering occurred BRK.A 2024-06-12"}},
		{"Rivian sold $1.5 billion of stock in a public offering.",
			[]string{"offering occurred RIVN 2024-06-12"}},
	})
}

// A deal in the singular with its sum and a customer is business won, as deals in the plural
// are (news75.go customerDealsWon, the singular nouns from lead14); without a sum or a buyer it
// stays a partnership.
func TestCustomerDealSingular(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Oracle said it signed a $5 billion deal with an AI customer.",
			[]string{"contract occurred ORCL 2024-06-12"}},
		{"Broadcom struck a $10 billion deal with a new customer for custom AI chips.",
			[]string{"contract occurred AVGO 2024-06-12"}},
		// near-misses: a partner named, no sum
		{"Nvidia signed a deal with Microsoft to supply chips.",
			[]string{"partnership occurred NVDA;MSFT 2024-06-12"}},
	})
}

// A takeover sought is told as its pursuit: "pursuit of", "pursuing a deal with", the verb with
// the company after it; "no longer" before it ends the deal (lead14.go pursuedCompany,
// lead14Misread; detail.go dealEndedPhrases). Without a company after it, no deal.
func TestTakeoverPursuit(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Cigna said it was no longer pursuing a deal with Humana.",
			[]string{"acquisition occurred CI;HUM 2024-06-12 terminated"}},
		{"Cigna abandoned its pursuit of Humana.",
			[]string{"acquisition occurred CI;HUM 2024-06-12 terminated"}},
		{"Qualcomm is pursuing Intel, people familiar with the matter said.",
			[]string{"acquisition report QCOM;INTC 2024-06-12"}},
		// near-misses: no company pursued
		{"Apple said the pursuit of growth in India would continue.", nil},
		{"Target is pursuing a deal with regulators over its stores.", nil},
	})
}

// "& Co." after a name is its legal form as "Inc." is: the mention takes it in, so a verb right
// after it is the company's (links.go suffix).
func TestAmpersandCompanySuffix(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"JPMorgan Chase & Co. rose 2% after the bank's results.",
			[]string{"price_move occurred JPM 2024-06-12"}},
		{"Eli Lilly & Co. jumped 4% on Wednesday.",
			[]string{"price_move occurred LLY 2024-06-12"}},
		// near-miss: an ampersand inside a name stays the name's
		{"Procter & Gamble Co. slipped 1%.",
			[]string{"price_move occurred PG 2024-06-12"}},
	})
}

// A product's successor is no executive change (lead14.go productSuccessor); an officer's is.
func TestProductSuccessor(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Nvidia on Wednesday unveiled its Blackwell chip, the successor to its H100.",
			[]string{"product occurred NVDA 2024-06-12"}},
		{"Boeing said the 777X, the successor to the 777, would fly in 2026.", nil},
		// near-misses: a post's successor
		{"Disney on Wednesday named a successor to the retiring chief executive.",
			[]string{"executive occurred DIS 2024-06-12"}},
	})
}
