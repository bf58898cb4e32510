package extract_test

import "testing"

// What follows a comma after a deal's trigger tells its consequence, not where the deal stands:
// a deal agreed "ending months of talks" is agreed, not ended (detail.go dealStage).
func TestDealStageAfterComma(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Paramount Global and Skydance agreed to merge, ending months of on-and-off talks.",
			[]string{"acquisition occurred PARA 2024-06-12"}},
		{"Chevron agreed to buy Hess, ending a bidding contest that had dragged on for weeks.",
			[]string{"acquisition occurred CVX;HES 2024-06-12"}},
		{"Broadcom completed its purchase of VMware, ending a long review.",
			[]string{"acquisition occurred AVGO;VMW 2024-06-12 completed"}},
		// controls: the end told before the trigger or in its passive
		{"Intel called off its planned purchase of an Israeli foundry.",
			[]string{"acquisition occurred INTC 2024-06-12 terminated"}},
		{"Pfizer's merger agreement was terminated.",
			[]string{"acquisition occurred PFE 2024-06-12 terminated"}},
	})
}

// A part of the company sold under its own name is a divestiture like a unit: "sold its ...
// Group", "its ... arm", "its ... affiliate" (triggers.go).
func TestSellsItsNamedPart(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Honeywell sold its Aerospace Components Group to a buyout firm for $1.2 billion.",
			[]string{"acquisition occurred HON 2024-06-12"}},
		{"General Electric is selling its European lighting arm to a Chinese rival.",
			[]string{"acquisition occurred GE 2024-06-12"}},
		{"Ford said it sold its Brazilian finance affiliate on Monday.",
			[]string{"acquisition occurred F 2024-06-10"}},
		// controls: something else of the company's sold to a group
		{"Ford sold its trucks to a dealer group in Texas.", nil},
		{"Nike is selling its sneakers through a retail group in Japan.", nil},
	})
}

// A date after "since" starts another event's span, but an event told inside the since clause,
// or in a "when" clause right after its date, happened at that date (lead12.go).
func TestEventAtSpanStart(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Chip stocks have rallied since chip designer Arm Holdings went public in September 2023.",
			[]string{"ipo occurred ARM 2023-09"}},
		{"The cruise market has grown since 2015, when Norwegian Cruise Line completed its purchase of Prestige Cruises.",
			[]string{"acquisition occurred NCLH 2015 completed"}},
		// controls: the record's own event keeps the telling's day
		{"Rivian reported its first quarterly profit since going public in November.",
			[]string{"earnings occurred RIVN 2024-06-12"}},
		{"Ford cut its dividend for the first time since its listing in 1956.",
			[]string{"dividend occurred F 2024-06-12 cut"}},
	})
}

// Goods bought by the measure are trade, not a business changing hands (lead12.go bulkBought).
func TestBulkBought(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Archer-Daniels-Midland bought 1.2 mln bushels of corn for shipment in July.", nil},
		{"Bunge bought two 30,000 tonne cargoes of soybean oil at the tender.", nil},
		{"Kellogg bought 11 mln pounds of flour and 2 mln pounds of sugar.", nil},
		// controls: money in pounds, and a business
		{"Unilever bought the tea business for 500 mln pounds.", []string{"acquisition occurred UL 2024-06-12"}},
		{"Archer-Daniels-Midland bought a flour milling company in Ohio.", []string{"acquisition occurred ADM 2024-06-12"}},
	})
}

// A deal's noun that names the trade of deals tells no deal (lead12.go dealTrade).
func TestDealTrade(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Goldman Sachs hired a veteran merger banker from a rival to lead its technology coverage.", nil},
		{"Morgan Stanley suspended the head of its London mergers and acquisitions department.", nil},
		{"Takeover stocks slipped as the merger boom cooled.", nil},
		// controls: a deal's noun with a deal
		{"Chevron's merger with Hess won approval from regulators.", []string{"acquisition occurred CVX;HES 2024-06-12"}},
		{"The takeover talks between Paramount and Skydance collapsed.", []string{"acquisition occurred PARA 2024-06-12"}},
	})
}

// A company's offer for its own paper is a refinancing, however long the paper's description
// (triggers.go ownSecurities).
func TestOwnPaperLongName(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Citigroup will begin an exchange offer for all of its 2,400,000 issued and outstanding shares of 6.5% non-cumulative convertible preferred stock.",
			[]string{"offering forecast C 2024-06-12"}},
		{"Ford made a tender offer for any and all of its outstanding 7.45% senior unsecured notes due 2031.", nil},
		// control: another company's shares
		{"Chevron made a tender offer for all of the outstanding shares of Hess.", []string{"acquisition occurred CVX;HES 2024-06-12"}},
	})
}

// A period's reported result revised by its company is results news (lead12.go resultRevised).
func TestResultRevised(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Boeing said it increased its 2023 loss to $2.2 billion from the $1.9 billion it first reported.", []string{"earnings occurred BA 2024-06-12"}},
		{"Pfizer raised its first-quarter loss to $1.2 billion to include a write-down.", []string{"earnings occurred PFE 2024-06-12"}},
		{"General Electric reduced its 2023 profit to $9.1 billion after a review of its insurance reserves.", []string{"earnings occurred GE 2024-06-12"}},
		// controls: a forecast of a result, a payout and a stake
		{"Nike raised its 2025 profit forecast.", []string{"guidance occurred NKE 2024-06-12 raised"}},
		{"Costco raised its quarterly dividend.", []string{"dividend occurred COST 2024-06-12 raised"}},
		{"Ford increased its profit margins on trucks.", nil},
	})
}

// The period a result is set after is the earlier result's, no date of the one told (lead12.go
// resultAfterTerm).
func TestResultAfterTerm(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Boeing reported a net loss for the year of $2.2 billion after a $5 billion profit in 2018.", []string{"earnings occurred BA 2024-06-12"}},
		{"Intel posted a quarterly loss of $1.6 billion after a profit of $1.5 billion in 2023.", []string{"earnings occurred INTC 2024-06-12"}},
	})
}
