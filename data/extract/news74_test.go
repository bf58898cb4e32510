package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news74Extractor knows the companies of the news74 tests, all invented: a chemicals maker, a
// paper maker, an oil producer and a gas pipeline company.
func news74Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Corbridge Chemical", Company: co("Corbridge Chemical Corp", "CBGC")},
		{Alias: "Hexmoor Paper", Company: co("Hexmoor Paper Co", "HXMP")},
		{Alias: "Dunstan Oil", Company: co("Dunstan Oil Co", "DNSO")},
		{Alias: "Kilnsey Gas", Company: co("Kilnsey Gas Transmission Corp", "KLNG")},
	})}
}

// TestNews74RightsDividend checks that rights a takeover defence hands out "as a dividend" are
// no dividend, while money or shares paid as one stay a dividend.
func TestNews74RightsDividend(t *testing.T) {
	x := news74Extractor()
	tests := []struct {
		title, body string
		want        []string
	}{
		{"CORBRIDGE CHEMICAL ADOPTS SHAREHOLDER RIGHTS PLAN",
			"Corbridge Chemical Corp said its board adopted a rights plan to deter unsolicited takeover bids and declared a dividend of one right for each common share outstanding.",
			[]string{"acquisition"}},
		{"HEXMOOR PAPER ADOPTS POISON PILL",
			"Hexmoor Paper Co said it declared a dividend distribution of one junior preferred purchase right per common share held, under a plan to deter hostile bids.",
			nil},
		// Near misses: money and a stock dividend declared beside rights stay dividends, and so
		// does a bare distribution of rights with no defence told.
		{"HEXMOOR PAPER DECLARES DIVIDEND RIGHT",
			"Hexmoor Paper Co said it declared a dividend distribution of one junior preferred purchase right per common share held.",
			[]string{"dividend"}},
		{"CORBRIDGE CHEMICAL DECLARES DIVIDEND",
			"Corbridge Chemical Corp said it declared a dividend of 25 cts a share and adopted a rights plan.",
			[]string{"dividend"}},
		{"HEXMOOR PAPER DECLARES STOCK DIVIDEND",
			"Hexmoor Paper Co said its board declared a dividend of one share for each ten shares held.",
			[]string{"dividend"}},
	}
	for _, tt := range tests {
		if got := storyTypes(x, "1987-03-10", tt.title, tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.body, got, tt.want)
		}
	}
}

// TestNews74IssuerPartnership checks that a master limited partnership whose units are sold is
// no alliance, while a partnership formed with another company stays one. Only the partnership
// reading is checked: the offering's own type is other rules' concern.
func TestNews74IssuerPartnership(t *testing.T) {
	x := news74Extractor()
	tests := []struct {
		title, body string
		want        bool // a partnership read
	}{
		{"DUNSTAN OIL <DNSO> SETS ROYALTY PARTNERSHIP OFFERING",
			"TULSA, Okla., Nov 4 - Dunstan Oil Co said it filed for an initial public offering of five mln units of a newly formed royalty partnership.",
			false},
		{"KILNSEY GAS SETS PIPELINE PARTNERSHIP OFFERING",
			"Kilnsey Gas Transmission Corp said it filed for an initial public offering of eight mln units of Kilnsey Pipeline Partners L.P., a newly formed master limited partnership that will own its pipelines.",
			false},
		{"DUNSTAN OIL <DNSO> SETS ROYALTY PLAN",
			"Dunstan Oil Co said it formed a master limited partnership to hold its Texas royalty interests.",
			false},
		// Near misses: a partnership formed with another company stays one.
		{"DUNSTAN OIL FORMS PIPELINE PARTNERSHIP WITH KILNSEY GAS",
			"Dunstan Oil Co said it formed a pipeline partnership with Kilnsey Gas Transmission Corp.",
			true},
		{"HEXMOOR PAPER, CORBRIDGE SET PULP PARTNERSHIP",
			"Hexmoor Paper Co and Corbridge Chemical Corp said they formed a limited partnership with equal interests to build a pulp mill.",
			true},
	}
	for _, tt := range tests {
		if got := storyTypes(x, "1987-03-10", tt.title, tt.body); slices.Contains(got, "partnership") != tt.want {
			t.Errorf("%q: got %v, want a partnership %v", tt.body, got, tt.want)
		}
	}
}

// TestNews74PayOffer checks that an employer's offer of pay to its workers is no bid, while an
// offer of a price for shares stays one.
func TestNews74PayOffer(t *testing.T) {
	x := news74Extractor()
	tests := []struct {
		title, body string
		want        bool // an acquisition read
	}{
		{"HEXMOOR PAPER MILL WORKERS WALK OUT",
			"The unions rejected the company's offer of a 2.5 pct wage increase in each of three years, saying it did not restore concessions made in 1986.",
			false},
		{"HEXMOOR PAPER MILL WORKERS WALK OUT",
			"Workers turned down Hexmoor Paper's offer of a three pct raise in each year of the contract.",
			false},
		// Near miss: a price offered for a company's shares stays a bid.
		{"DUNSTAN OIL BIDS FOR HEXMOOR PAPER",
			"Dunstan Oil Co said it made an offer of 42 dlrs a share for Hexmoor Paper Co.",
			true},
	}
	for _, tt := range tests {
		if got := storyTypes(x, "1987-03-10", tt.title, tt.body); slices.Contains(got, "acquisition") != tt.want {
			t.Errorf("%q: got %v, want an acquisition %v", tt.body, got, tt.want)
		}
	}
}
