package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// wire29Extractor knows the companies of TestWire29's stories, all invented.
func wire29Extractor() *extract.Extractor {
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Hallbank Grain", Company: extract.Company{Name: "Hallbank Grain Corp", Ticker: "HBGC"}},
		{Alias: "Kirkhaugh Savings", Company: extract.Company{Name: "Kirkhaugh Savings Association", Ticker: "KRKH"}},
		{Alias: "Sawrey", Company: extract.Company{Name: "Sawrey Corp", Ticker: "SWRY"}},
	})}
}

// TestWire29 checks the classes newswire20 found first seen and its probes found beside them:
// grain sold abroad by the measure is a contract won; a thrift closed or seized by its regulator
// is its failure; an "insolvent" lender bought is the deal's object, no bankruptcy of the buyer;
// a company's own printing or production merged is no merger; a trucker's terminals and a
// railroad's yard closed are a restructuring. Each has a neighbour that must stay as it was. The
// stories are our own.
func TestWire29(t *testing.T) {
	runWireStories(t, wire29Extractor(), []wireStory{
		{
			name:  "wheat sold by the tonne to a foreign buyer is a contract",
			title: "HALLBANK GRAIN NEWS",
			body:  "Hallbank Grain Corp said it sold 250,000 tonnes of hard red winter wheat to Egypt under the export enhancement program.\nReuter",
			want:  []string{"contract HBGC"},
		},
		{
			name:  "the same with an initial in the grade and a shipping month",
			title: "HALLBANK GRAIN NEWS",
			body:  "Hallbank Grain Corp said it will sell about 300,000 metric tonnes of U.S. corn to Algeria for shipment in June.\nReuter",
			want:  []string{"contract HBGC"},
		},
		{
			name:  "bushels sold with no buyer named are no contract",
			title: "HALLBANK GRAIN NEWS",
			body:  "Hallbank Grain Corp said it sold 1.5 mln bushels of soybeans for shipment in May.\nReuter",
			want:  nil,
		},
		{
			name:  "a unit sold stays a deal",
			title: "HALLBANK GRAIN NEWS",
			body:  "Hallbank Grain Corp said it sold its feed mill unit to Sawrey Corp for 14 mln dlrs.\nReuter",
			want:  []string{"acquisition HBGC;SWRY"},
		},
		{
			name:  "a thrift closed by federal regulators",
			title: "KIRKHAUGH SAVINGS NEWS",
			body:  "Federal regulators closed Kirkhaugh Savings Association of Denver and moved its deposits to a new federally chartered thrift.\nReuter",
			want:  []string{"bankruptcy KRKH"},
		},
		{
			name:  "a thrift seized, told in the passive",
			title: "KIRKHAUGH SAVINGS NEWS",
			body:  "Kirkhaugh Savings Association was seized by state banking regulators after its capital ran out.\nReuter",
			want:  []string{"bankruptcy KRKH"},
		},
		{
			name:  "a thrift closing its own branches stays a restructuring",
			title: "KIRKHAUGH SAVINGS NEWS",
			body:  "Kirkhaugh Savings Association said it will close six branches in Colorado next month.\nReuter",
			want:  []string{"restructuring KRKH"},
		},
		{
			name:  "insolvent thrifts bought are the deal's object",
			title: "SAWREY NEWS",
			body:  "Sawrey Corp agreed to acquire two insolvent savings banks in Louisiana with aid from federal regulators.\nReuter",
			want:  []string{"acquisition SWRY"},
		},
		{
			name:  "a company that says it is insolvent stays insolvent",
			title: "SAWREY NEWS",
			body:  "Sawrey Corp said it is insolvent and will seek protection from its creditors.\nReuter",
			want:  []string{"bankruptcy SWRY"},
		},
		{
			name:  "printing merged at a plant is no merger",
			title: "SAWREY NEWS",
			body:  "Sawrey Corp said it will merge the printing of its two Ohio dailies at its Akron plant.\nReuter",
			want:  nil,
		},
		{
			name:  "a merger with another company stays one",
			title: "SAWREY NEWS",
			body:  "Sawrey Corp said it will merge with Hallbank Grain Corp in an exchange of stock.\nReuter",
			want:  []string{"acquisition HBGC;SWRY"},
		},
		{
			name:  "a trucker's terminals closed",
			title: "SAWREY NEWS",
			body:  "Sawrey Corp said its trucking unit closed 14 of its terminals in the Midwest.\nReuter",
			want:  []string{"restructuring SWRY"},
		},
		{
			name:  "a railroad's yard to close",
			title: "SAWREY NEWS",
			body:  "Sawrey Corp said it will close its rail yard in Pueblo, Colo., at the end of the year.\nReuter",
			want:  []string{"restructuring SWRY"},
		},
		{
			name:  "a headline's grain sale won is a contract",
			title: "HALLBANK GRAIN WINS EGYPT CORN SALE",
			body:  "Hallbank Grain Corp has shipped grain from Gulf ports since 1948.\nReuter",
			want:  []string{"contract HBGC"},
		},
		{
			name:  "approval won for a unit's sale stays no contract",
			title: "HALLBANK GRAIN WINS APPROVAL FOR SALE OF UNIT",
			body:  "Hallbank Grain Corp has shipped grain from Gulf ports since 1948.\nReuter",
			want:  []string{"acquisition HBGC"},
		},
		{
			name:  "new equipment bought with an offering's proceeds is no deal",
			title: "SAWREY NEWS",
			body:  "Sawrey Corp said it will use the proceeds of the note sale to buy new printing presses for its Akron plant.\nReuter",
			want:  nil,
		},
		{
			name:  "new shares bought stay a stake",
			title: "SAWREY NEWS",
			body:  "Sawrey Corp said it agreed to buy new shares of Hallbank Grain Corp that will give it 19.9 pct of the company.\nReuter",
			want:  []string{"acquisition HBGC;SWRY"},
		},
		{
			name:  "stock given to lenders under a plan is no stake bought",
			title: "SAWREY FILES REORGANIZATION PLAN",
			body:  "Under the plan, Sawrey Corp's bank lenders and holders of its subordinated debentures will receive about 80 pct of the common stock of the reorganized company.\nReuter",
			want:  []string{"bankruptcy SWRY"},
		},
		{
			name:  "a stake bought from lenders stays a deal",
			title: "SAWREY NEWS",
			body:  "Sawrey Corp said it bought 30 pct of Hallbank Grain Corp from the grain company's lenders.\nReuter",
			want:  []string{"acquisition HBGC;SWRY"},
		},
		{
			name:  "a daily closed by its publisher",
			title: "SAWREY NEWS",
			body:  "Sawrey Corp said it will cease publishing the Morning Courant, its money-losing afternoon daily, on March 31.\nReuter",
			want:  []string{"restructuring SWRY"},
		},
		{
			name:  "figures no longer published close nothing",
			title: "SAWREY NEWS",
			body:  "Sawrey Corp said it will stop publishing its monthly traffic statistics.\nReuter",
			want:  nil,
		},
		{
			name:  "a supervisory agreement with the bank board is a regulator's action",
			title: "KIRKHAUGH SAVINGS NEWS",
			body:  "Kirkhaugh Savings Association said it entered into a supervisory agreement with the Federal Home Loan Bank Board that limits its growth.\nReuter",
			want:  []string{"legal KRKH"},
		},
		{
			name:  "an agreement with another thrift stays a partnership",
			title: "KIRKHAUGH SAVINGS NEWS",
			body:  "Kirkhaugh Savings Association said it signed an agreement with Sawrey Corp to share a network of automated teller machines.\nReuter",
			want:  []string{"partnership KRKH;SWRY"},
		},
		{
			name:  "a chairman's death told by its verb",
			title: "SAWREY NEWS",
			body:  "Sawrey Corp said its chairman and founder, Thomas Gale, died Tuesday at his home in Akron at the age of 74.\nReuter",
			want:  []string{"executive SWRY"},
		},
		{
			name:  "a headline's officer dies",
			title: "SAWREY CORP PRESIDENT DIES",
			body:  "Sawrey Corp has printed newspapers in Ohio since 1911.\nReuter",
			want:  []string{"executive SWRY"},
		},
		{
			name:  "a bill that died names no officer",
			title: "SAWREY NEWS",
			body:  "Sawrey Corp said a bill to lower the tariff on Canadian newsprint died in committee last month.\nReuter",
			want:  nil,
		},
		{
			name:  "workers sent home for two weeks are no cut",
			title: "SAWREY NEWS",
			body:  "Sawrey Corp said it will furlough 380 workers at its Akron press plant for two weeks to trim inventories.\nReuter",
			want:  nil,
		},
		{
			name:  "workers laid off for good stay a restructuring",
			title: "SAWREY NEWS",
			body:  "Sawrey Corp said it will lay off 380 workers at its Akron press plant when it closes in June.\nReuter",
			want:  []string{"restructuring SWRY"},
		},
		{
			name:  "an increment awarded on an existing contract",
			title: "SAWREY NEWS",
			body:  "The Army has awarded Sawrey Corp an 18 mln dlr increment to an existing contract for truck axles.\nReuter",
			want:  []string{"contract SWRY"},
		},
		{
			name:  "a thrift placed in conservatorship",
			title: "KIRKHAUGH SAVINGS NEWS",
			body:  "Federal regulators placed Kirkhaugh Savings Association in conservatorship after its losses on Denver office loans wiped out its capital.\nReuter",
			want:  []string{"bankruptcy KRKH"},
		},
		{
			name:  "a thrift placed under the management consignment program",
			title: "KIRKHAUGH SAVINGS NEWS",
			body:  "Kirkhaugh Savings Association was placed under the management consignment program of the FSLIC.\nReuter",
			want:  []string{"bankruptcy KRKH"},
		},
		{
			name:  "a move told in a relative clause on the stock",
			title: "SAWREY NEWS",
			body:  "Sawrey Corp said it knew of no reason for the rise in its stock, which gained 3-3/8 to 27 on heavy volume.\nReuter",
			want:  []string{"price_move SWRY"},
		},
		{
			name:  "a close up in a relative clause",
			title: "SAWREY NEWS",
			body:  "Sawrey Corp declined to comment on the activity in its shares, which closed up 1-3/4 at 22-1/2.\nReuter",
			want:  []string{"price_move SWRY"},
		},
		{
			name:  "a closing price in a relative clause is no move",
			title: "SAWREY NEWS",
			body:  "Sawrey Corp said it will list its stock, which closed at 22-1/2, on the New York Stock Exchange next month.\nReuter",
			want:  nil,
		},
	})
}

// TestWire29MergedInto checks that a merger told with "into" names the company after "into" first,
// as the buyer: the merged company is the target, whichever the sentence's subject is.
func TestWire29MergedInto(t *testing.T) {
	x := wire29Extractor()
	tests := []struct{ body, want string }{
		{"Holders of Sawrey Corp approved the company's merger into Hallbank Grain Corp at a special meeting.\nReuter", "Hallbank Grain Corp"},
		{"Regulators approved the merger of Kirkhaugh Savings Association into Sawrey Corp.\nReuter", "Sawrey Corp"},
		{"Sawrey Corp agreed to merge with Hallbank Grain Corp in an exchange of stock.\nReuter", "Sawrey Corp"},
	}
	for _, tt := range tests {
		got := "no deal"
		for _, e := range x.Extract(article("SAWREY NEWS", "1987-03-20", tt.body)).Events {
			if string(e.Type) == "acquisition" && len(e.Companies) > 0 {
				got = e.Companies[0]
				break
			}
		}
		if got != tt.want {
			t.Errorf("%q: buyer %q, want %q", tt.body, got, tt.want)
		}
	}
}
