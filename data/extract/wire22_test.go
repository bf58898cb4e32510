package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// wire22Extractor links the invented companies of the wire22 stories.
func wire22Extractor() *extract.Extractor {
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Troutbeck Motors", Company: extract.Company{Name: "Troutbeck Motors Corp", Ticker: "TRBM"}},
		{Alias: "Langstrath Paper", Company: extract.Company{Name: "Langstrath Paper Co", Ticker: "LGSP"}},
		{Alias: "Swindale Software", Company: extract.Company{Name: "Swindale Software Inc", Ticker: "SWSW"}},
		{Alias: "Wythburn Stores", Company: extract.Company{Name: "Wythburn Stores Inc", Ticker: "WYST"}},
		{Alias: "Ennerdale Steel", Company: extract.Company{Name: "Ennerdale Steel Corp", Ticker: "ENST"}},
		{Alias: "Kentmere Mills", Company: extract.Company{Name: "Kentmere Mills Inc", Ticker: "KTMM"}},
	})}
}

// TestWire22Narrative checks events the AP and UPI narrative tells in words the Reuters-style
// rules did not read: a company's first public stock offering, work done together at an "idle"
// plant (a state, not a closing), a result the company "will report" told ahead by its sign (an
// outlook), a charge taken "against" a quarter's earnings beside a closing (no results), and
// results told by a plain verb with their sum and period ("lost $6.3 million in the second
// quarter"), goods sold "in stores" (no stores sold), results that "would be hurt" (an
// outlook), a unit "put up for sale" (deal news), and a sum awarded "to supply" (a contract).
func TestWire22Narrative(t *testing.T) {
	runWireStories(t, wire22Extractor(), []wireStory{
		{
			name:  "its first public stock offering",
			title: "Swindale Software shares offered",
			body:  "BOSTON (AP) - Swindale Software Inc. made its first public stock offering Friday, selling 1.4 million shares at $9 each.",
			want:  []string{"ipo SWSW"},
		},
		{
			name:  "a first public common stock offering",
			title: "Swindale Software news",
			body:  "BOSTON (UPI) -- Swindale Software Inc. said it has completed its first public common stock offering, raising $14 million.",
			want:  []string{"ipo SWSW"},
		},
		{
			name:  "a first stock offering in years is financing",
			title: "Swindale Software news",
			body:  "BOSTON (UPI) -- Swindale Software Inc. said it will make its first public offering of debentures, selling $40 million of notes due 1997.",
			want:  []string{"offering SWSW"},
		},
		{
			name:  "cars built together at an idle plant",
			title: "Troutbeck Motors news",
			body:  "DETROIT (AP) - Troutbeck Motors Corp. and a Korean automaker said Friday they would jointly produce light trucks at an idle Troutbeck plant in Kentucky.",
			want:  []string{"partnership TRBM"},
		},
		{
			name:  "a mill idled is still a closing",
			title: "Ennerdale Steel news",
			body:  "PITTSBURGH (AP) - Ennerdale Steel Corp. said Friday it will idle its Gary, Ind., mill and lay off 1,100 workers.",
			want:  []string{"restructuring ENST"},
		},
		{
			name:  "probably will report a loss",
			title: "Kentmere Mills news",
			body:  "GREENVILLE, S.C. (AP) - Kentmere Mills Inc. said Friday it probably will report a loss for its fiscal third quarter because of a flood at its largest weaving plant.",
			want:  []string{"guidance KTMM"},
		},
		{
			name:  "would post sharply lower earnings",
			title: "Kentmere Mills news",
			body:  "GREENVILLE, S.C. (UPI) -- Kentmere Mills Inc. said it would post sharply lower earnings for the year ending in June as cotton prices climb.",
			want:  []string{"guidance KTMM"},
		},
		{
			name:  "a charge against a quarter's earnings beside store closings",
			title: "Wythburn Stores news",
			body:  "CINCINNATI (AP) - Wythburn Stores Inc. said Friday it will close 25 of its variety stores and take a $19 million charge against first-quarter earnings.",
			want:  []string{"restructuring WYST"},
		},
		{
			name:  "goods sold in stores",
			title: "Swindale Software news",
			body:  "BOSTON (AP) - Swindale Software Inc. said Friday it will begin selling a home tax program in computer stores next month.",
			want:  []string{"product SWSW"},
		},
		{
			name:  "stores sold are still a sale",
			title: "Langstrath Paper news",
			body:  "PORTLAND, Maine (AP) - Langstrath Paper Co. said Friday it agreed to sell its 12 stationery stores in Maine to a rival chain.",
			want:  []string{"acquisition LGSP"},
		},
		{
			name:  "an interest in stores sold is still a sale",
			title: "Langstrath Paper news",
			body:  "PORTLAND, Maine (UPI) -- Langstrath Paper Co. said Friday it sold its half interest in a chain of stationery stores.",
			want:  []string{"acquisition LGSP"},
		},
		{
			name:  "earnings that would be hurt",
			title: "Kentmere Mills news",
			body:  "GREENVILLE, S.C. (AP) - Kentmere Mills Inc. cautioned Friday that its fourth-quarter earnings would be hurt by a strike at its Spartanburg weaving plant.",
			want:  []string{"guidance KTMM"},
		},
		{
			name:  "profit that will be helped",
			title: "Kentmere Mills news",
			body:  "GREENVILLE, S.C. (UPI) -- Kentmere Mills Inc. said its profit for the year will be helped by lower cotton prices.",
			want:  []string{"guidance KTMM"},
		},
		{
			name:  "a unit put up for sale",
			title: "Langstrath Paper news",
			body:  "PORTLAND, Maine (AP) - Langstrath Paper Co. has put its paperboard unit up for sale to raise cash for a new mill, its chairman said Friday.",
			want:  []string{"acquisition LGSP"},
		},
		{
			name:  "a sum awarded to supply",
			title: "Ennerdale Steel news",
			body:  "WASHINGTON (AP) - The Navy on Friday awarded Ennerdale Steel Corp. $38 million to supply armor plate for two destroyers.",
			want:  []string{"contract ENST"},
		},
		{
			name:  "a sum lost in a quarter",
			title: "Langstrath Paper news",
			body:  "PORTLAND, Maine (AP) - Langstrath Paper Co. lost $6.3 million in the second quarter as newsprint prices fell, the company said Friday.",
			want:  []string{"earnings LGSP"},
		},
		{
			name:  "a sum made in the first six months",
			title: "Langstrath Paper news",
			body:  "PORTLAND, Maine (UPI) -- Langstrath Paper Co. said Friday it made 14.2 mln dlrs in the first six months of its fiscal year.",
			want:  []string{"earnings LGSP"},
		},
		{
			name:  "a sum lost in a fire is no result",
			title: "Langstrath Paper news",
			body:  "PORTLAND, Maine (AP) - Langstrath Paper Co. lost $2 million in the fire at its Rumford warehouse last year, its insurers said Friday.",
			want:  nil,
		},
		{
			name:  "results compared against a year before stay results",
			title: "Langstrath Paper news",
			body:  "PORTLAND, Maine (AP) - Langstrath Paper Co. said Friday its first-quarter earnings were $11.2 million, against $8.9 million a year earlier.",
			want:  []string{"earnings LGSP"},
		},
	})
}
