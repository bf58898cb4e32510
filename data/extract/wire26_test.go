package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// wire26Extractor knows the companies of TestWire26's stories, all invented.
func wire26Extractor() *extract.Extractor {
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Polventon Airlines", Company: extract.Company{Name: "Polventon Airlines Inc", Ticker: "PLVN"}},
		{Alias: "Carnkie Air", Company: extract.Company{Name: "Carnkie Air Corp", Ticker: "CRNK"}},
		{Alias: "Treslothan Drug", Company: extract.Company{Name: "Treslothan Drug Co", Ticker: "TRSL"}},
		{Alias: "Bolingey Laboratories", Company: extract.Company{Name: "Bolingey Laboratories Inc", Ticker: "BLGY"}},
		{Alias: "Trevarrick Savings", Company: extract.Company{Name: "Trevarrick Savings Bank", Ticker: "TRVK"}},
		{Alias: "St. Erney Mills", Company: extract.Company{Name: "St. Erney Mills Inc", Ticker: "SERN"}},
		{Alias: "Mt. Tolvaddon Mining", Company: extract.Company{Name: "Mt. Tolvaddon Mining Co", Ticker: "MHWK"}},
		{Alias: "Nancegollan Paper", Company: extract.Company{Name: "Nancegollan Paper Co", Ticker: "NCGP"}},
		{Alias: "Carnkie Avionics", Company: extract.Company{Name: "Carnkie Avionics Inc", Ticker: "CKAV"}},
	})}
}

// TestWire26 checks the classes newswire17 found missed first seen: an analyst's revised
// estimate told with the analyst's pronoun, a drug backed by a regulator's advisory panel, a
// marketing or code-sharing accord, a company whose name holds "St." or "Mt.", work added to an
// existing defence contract, and, from probes
// of our own in the batch's registers, debt paper sold by its size ("the sale of 300 mln dlrs
// of junk bonds"), a savings bank's conversion named by what it becomes and a loss a charge to
// come will bring ("will write off ..., resulting in a net loss"), jetliners bought by the
// number (an order), a maker named prime contractor (a contract) and a court upholding or
// overturning an earlier decision (legal news). Each has a
// neighbour that must stay as it was. The stories are our own.
func TestWire26(t *testing.T) {
	runWireStories(t, wire26Extractor(), []wireStory{
		{
			name:  "an analyst's lowered estimate",
			title: "POLVENTON AIRLINES NEWS",
			body:  "Salomon Brothers analyst Dora Quick lowered her 1988 earnings estimate for Polventon Airlines Inc to 1.60 dlrs a share from 2.05 dlrs.\nReuter",
			want:  []string{"analyst PLVN"},
		},
		{
			name:  "a stock's fall and an analyst's cut estimate in one lead",
			title: "POLVENTON AIRLINES OFF",
			body:  "Polventon Airlines Inc shares fell 1-3/8 to 15-1/2 after Shearson analyst Tom Avery trimmed his estimates for the carrier.\nReuter",
			want:  []string{"price_move PLVN", "analyst PLVN"},
		},
		{
			name:  "a company's own estimate of spending stays no analyst's",
			title: "POLVENTON AIRLINES NEWS",
			body:  "Polventon Airlines Inc said it cut its estimate of 1988 capital spending to 310 mln dlrs.\nReuter",
			want:  nil,
		},
		{
			name:  "an FDA advisory panel recommends approval",
			title: "TRESLOTHAN DRUG NEWS",
			body:  "A Food and Drug Administration advisory panel recommended approval of Treslothan Drug Co's treatment for glaucoma.\nReuter",
			want:  []string{"product TRSL"},
		},
		{
			name:  "a headline's FDA panel backing a drug",
			title: "FDA PANEL BACKS TRESLOTHAN DRUG ULCER PILL",
			body:  "The vote was six to two.\nReuter",
			want:  []string{"product TRSL"},
		},
		{
			name:  "a lenders' advisory committee backs no product",
			title: "TRESLOTHAN DRUG NEWS",
			body:  "Treslothan Drug Co said the advisory committee of its bank lenders recommended approval of its debt rescheduling.\nReuter",
			want:  nil,
		},
		{
			name:  "a drug marketed jointly",
			title: "TRESLOTHAN DRUG NEWS",
			body:  "Treslothan Drug Co said it agreed with Bolingey Laboratories Inc to market its glaucoma treatment jointly in Canada.\nReuter",
			want:  []string{"partnership BLGY;TRSL"},
		},
		{
			name:  "a headline's marketing pact",
			title: "TRESLOTHAN DRUG, BOLINGEY LABORATORIES IN MARKETING PACT",
			body:  "Terms were not disclosed.\nReuter",
			want:  []string{"partnership BLGY;TRSL"},
		},
		{
			name:  "airlines sharing a code",
			title: "POLVENTON AIRLINES NEWS",
			body:  "Polventon Airlines Inc and Carnkie Air Corp said they will list each other's flights under a common code at their Atlanta hubs.\nReuter",
			want:  []string{"partnership CRNK;PLVN"},
		},
		{
			name:  "bonds marketed jointly by underwriters are no alliance",
			title: "NANCEGOLLAN PAPER NEWS",
			body:  "Nancegollan Paper Co said it marketed the new bonds jointly with two regional dealers.\nReuter",
			want:  nil,
		},
		{
			name:  "a Saint company's name",
			title: "MILL NEWS",
			body:  "St. Erney Mills Inc said it will close its Lowell weaving plant and lay off 380 workers.\nReuter",
			want:  []string{"restructuring SERN"},
		},
		{
			name:  "a Mount company's name in a headline",
			title: "MT. TOLVADDON MINING OMITS DIVIDEND",
			body:  "The company cited low copper prices.\nReuter",
			want:  []string{"dividend MHWK"},
		},
		{
			name:  "debt paper sold by its size",
			title: "NANCEGOLLAN PAPER NEWS",
			body:  "Nancegollan Paper Co said it completed the sale of 250 mln dlrs of high-yield notes through Drexel Burnham Lambert.\nReuter",
			want:  []string{"offering NCGP"},
		},
		{
			name:  "a unit sold for notes stays a sale",
			title: "NANCEGOLLAN PAPER NEWS",
			body:  "Nancegollan Paper Co said it completed the sale of its pulp division to a Canadian group for 60 mln dlrs of notes.\nReuter",
			want:  []string{"acquisition NCGP"},
		},
		{
			name:  "work added to an existing contract in a Pentagon list",
			title: "DEFENSE CONTRACTS",
			body:  "The Pentagon announced the following awards:\nThe Navy gave Carnkie Avionics Inc a 17.9 mln dlr modification to an existing contract for cockpit displays.\nReuter",
			want:  []string{"contract CKAV"},
		},
		{
			name:  "an existing contract named without work added stays none",
			title: "CARNKIE AVIONICS NEWS",
			body:  "Carnkie Avionics Inc said deliveries under an existing contract with the Navy will end in June.\nReuter",
			want:  nil,
		},
		{
			name:  "a loss a write-off to come will bring",
			title: "ST. ERNEY MILLS NEWS",
			body:  "St. Erney Mills Inc said it will write off 42 mln dlrs of its investment in a Georgia plant, resulting in a net loss for the second quarter.\nReuter",
			want:  []string{"guidance SERN"},
		},
		{
			name:  "a loss with its period before it",
			title: "ST. ERNEY MILLS NEWS",
			body:  "St. Erney Mills Inc said the plant closing will result in a second quarter loss.\nReuter",
			want:  []string{"guidance SERN"},
		},
		{
			name:  "a write-off booked, resulting in a loss, stays results",
			title: "ST. ERNEY MILLS NEWS",
			body:  "St. Erney Mills Inc said it wrote off 42 mln dlrs of its investment in a Georgia plant, resulting in a net loss for the second quarter.\nReuter",
			want:  []string{"earnings SERN"},
		},
		{
			name:  "jetliners bought by the number are an order",
			title: "POLVENTON AIRLINES NEWS",
			body:  "Polventon Airlines Inc said it will buy 16 Fokker 100 jetliners for about 390 mln dlrs.\nReuter",
			want:  []string{"contract PLVN"},
		},
		{
			name:  "gates bought from a rival stay a deal",
			title: "POLVENTON AIRLINES NEWS",
			body:  "Polventon Airlines Inc said it will buy 12 gates at O'Hare from Carnkie Air Corp for 31 mln dlrs.\nReuter",
			want:  []string{"acquisition CRNK;PLVN"},
		},
		{
			name:  "a maker named prime contractor",
			title: "CARNKIE AVIONICS NEWS",
			body:  "Carnkie Avionics Inc said the Air Force named it prime contractor for a new trainer's cockpit systems.\nReuter",
			want:  []string{"contract CKAV"},
		},
		{
			name:  "a court upholding an order against a company",
			title: "ST. ERNEY MILLS NEWS",
			body:  "A federal appeals court upheld a 12 mln dlr judgment against St. Erney Mills Inc in a patent dispute over loom parts.\nReuter",
			want:  []string{"legal SERN"},
		},
		{
			name:  "a court upholding a deal stays the deal",
			title: "ST. ERNEY MILLS NEWS",
			body:  "A federal judge upheld St. Erney Mills Inc's acquisition of a Georgia towel maker.\nReuter",
			want:  []string{"acquisition SERN"},
		},
		{
			name:  "a savings bank's conversion to a stock bank",
			title: "TREVARRICK SAVINGS NEWS",
			body:  "Trevarrick Savings Bank said it will convert to a stock savings bank and sell about 2.4 mln shares to depositors.\nReuter",
			want:  []string{"ipo TRVK"},
		},
	})
}
