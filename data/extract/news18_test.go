package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews18Rules checks modern18's classes in whole articles about real companies, linked by
// the embedded directory alone: a press release's name that is an ordinary word before its
// ticker, names written with accents, with a space for the listing's hyphen or by their
// initials around "&", a symbol passed to another business, an acronym after a listed name, a
// wire slug glued to a headline, a phrase's gap over the periods of "U.S.", a report expected,
// a consent order, receipts that move, a cost-cutting program sized in money, the underwriters'
// option to buy more shares, a patent that runs out, a plan unveiled, a broker's view after its
// rating action, an object that belongs to the nearer of two verbs, and results announced,
// which a trial's results are not.
func TestNews18Rules(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type:TICKER;TICKER" of each event, in any order
	}{
		// An ordinary word before "(Exchange: TICKER)" that begins the ticker's company's name is
		// that company; one that does not is a word of the sentence.
		{"Press release", "Snap (NYSE: SNAP) today announced a $500 million share repurchase program.", []string{"buyback:SNAP"}},
		{"Press release", "Chewy (NYSE: CHWY) today announced the pricing of a secondary offering of 25 million shares.",
			[]string{"offering:CHWY"}},
		{"Cruise news", "Carnival (NYSE: CCL) today announced that it priced an offering of $1 billion of senior notes.",
			[]string{"offering:CCL"}},
		{"Insurer news", "Investors (NYSE: PGR) pushed the stock up 3% on Wednesday.", nil},
		// Accents fold to the letters the listings write.
		{"Oil news", "Petróleo Brasileiro said it would raise its quarterly dividend.", []string{"dividend:PBR"}},
		{"Lithium news", "Sociedad Química y Minera agreed to buy a lithium project in Australia.", []string{"acquisition:SQM"}},
		// A listing's hyphen written as a space.
		{"Grain news", "Archer Daniels Midland cut its annual profit forecast on Wednesday.", []string{"guidance:ADM"}},
		{"Motorcycle news", "Harley Davidson recalled 65,000 motorcycles over a brake problem.", []string{"product:HOG"}},
		// A name of three words or more around "&" is written by its initials.
		{"Utility news", "PG&E said it would cut 500 jobs in California.", []string{"restructuring:PCG"}},
		{"Utility news", "Shares of PG&E Corp fell 5% on Wednesday.", []string{"price_move:PCG"}},
		// A symbol that passed at the history's start to a business on another exchange under
		// another name is not the old name's: Newport's NEWP is not New Pacific Metals'.
		{"Shipyard news", "Huntington Ingalls Industries said its Newport News yard won a $2 billion contract to overhaul an aircraft carrier.",
			[]string{"contract:HII"}},
		{"Search news", "Google agreed on Tuesday to buy a small mapping startup for $50 million.", []string{"acquisition:GOOG"}},
		// The periods of an initial end no clause: a phrase's gap runs over "U.S.".
		{"Defense news", "Northrop Grumman won a U.S. Air Force contract worth $1.1 billion.", []string{"contract:NOC"}},
		{"Vaxart wins $90 million U.S. award to develop nasal vaccine", "The drug developer said the work would take three years.",
			[]string{"contract:VXRT"}},
		// A wire slug glued to a headline's first word is no part of the company's name.
		{"UPDATE 2-Micron Technology shares jump 8% after strong results", "The memory chipmaker said demand from data centers was strong.",
			[]string{"price_move:MU", "earnings:MU"}},
		{"EXCLUSIVE-Qualcomm explores buying Intel's design unit, sources say", "Talks are at an early stage, the people said.",
			[]string{"acquisition:INTC;QCOM"}},
		// A report the company is expected to make is results, not its outlook; a company that
		// expects a loss gives its outlook.
		{"Delta is expected to report quarterly earnings on Thursday", "Delta Air Lines shares were flat before the report.",
			[]string{"earnings:DAL"}},
		{"Airline news", "Delta Air Lines said it expects to report a loss for the first quarter.", []string{"guidance:DAL"}},
		// A regulator's consent order is legal news.
		{"Truist enters consent order with the Federal Reserve over fees", "Truist Financial said it had already refunded customers.",
			[]string{"legal:TFC"}},
		{"Bank news", "Capital One Financial said on Tuesday that regulators had lifted a consent order.", []string{"legal:COF"}},
		// A foreign company's receipts in New York move as its shares do.
		{"AstraZeneca ADRs slide 4% after lung cancer trial miss", "The drugmaker said it would keep studying the drug.",
			[]string{"price_move:AZN"}},
		{"Alibaba ADSs climb 8% after cloud sales beat", "The e-commerce group said its cloud unit grew 26%.",
			[]string{"price_move:BABA", "earnings:BABA"}},
		// An acronym in parentheses after a listed company's name stands for the company.
		{"Chip news", "Taiwan Semiconductor Manufacturing Co (TSMC) said on Monday its sales rose 12%. TSMC shares rose 3% in Taipei.",
			[]string{"earnings:TSM", "price_move:TSM"}},
		// An object belongs to the nearer of two verbs, and a headline's plan told with "to" goes
		// on after a comma in base forms: each verb its event.
		{"Apparel news", "Hanesbrands will cut 600 jobs and suspend its dividend.", []string{"restructuring:HBI", "dividend:HBI"}},
		{"Paramount Global to cut 3% of staff, suspend dividend", "The media company said streaming losses narrowed.",
			[]string{"restructuring:PARA", "dividend:PARA"}},
		{"Toy news", "Mattel said it would close two plants, raise its dividend and buy back $1 billion of stock.",
			[]string{"restructuring:MAT", "dividend:MAT", "buyback:MAT"}},
		{"ConocoPhillips beats profit estimates, keeps buyback pace", "The oil producer's output rose 5%.",
			[]string{"earnings:COP", "buyback:COP"}},
		{"Hasbro to cut $300 million in costs, freeze hiring", "The toymaker said demand was weak.", []string{"restructuring:HAS"}},
		// Results announced, released or published are a report of results; the results of a
		// trial, a study or an offer are not the company's.
		{"Form 8-K", "Hershey issued a press release announcing its financial results for the second quarter.", []string{"earnings:HSY"}},
		{"Candy news", "Hershey will release its second-quarter results on July 31.", []string{"earnings:HSY"}},
		{"Vaccine news", "Novavax reported positive results from a mid-stage study of its flu vaccine.", nil},
		{"Drug news", "Biogen published results of a survey of neurologists on Tuesday.", nil},
		// Companies listed by commas from a headline's start are its subjects, as with "and".
		{"Bristol Myers, 2seventy bio win FDA approval for cancer therapy", "The drug treats multiple myeloma.",
			[]string{"product:BMY;TSVT"}},
		// Costs cut by a sum are a program of cuts; costs cut with no sum, or prices cut to offset
		// costs, are none.
		{"Food news", "Kraft Heinz said it would cut $2 billion in costs over three years.", []string{"restructuring:KHC"}},
		{"Toy news", "Hasbro plans to reduce its annual operating expenses by $750 million by 2025.", []string{"restructuring:HAS"}},
		{"Retail news", "Target cut prices on 5,000 items to offset higher costs.", nil},
		{"Retail news", "Costco said it would keep cutting costs this year.", nil},
		// The underwriters' option to buy more shares is the offering's, no buyback.
		{"Cruise news", "Carnival sold 100 million shares at $18 each in a public offering and gave underwriters a 30-day option to buy up to 15 million additional shares.",
			[]string{"offering:CCL"}},
		// A patent that runs out is no legal news; a suit over patents is.
		{"AbbVie braces for patent expirations as Humira copies arrive", "AbbVie Inc said its sales would fall this year.", nil},
		{"Biotech news", "Amgen sued Samsung Bioepis over patents on its bone drug.", []string{"legal:AMGN"}},
		// A plan unveiled is the plan's event, not a product; a shoe unveiled is one.
		{"Cereal news", "Kellanova unveiled the closure of two cereal plants in Michigan.", []string{"restructuring:K"}},
		{"Shoe news", "Nike unveiled a new running shoe at an event in Paris.", []string{"product:NKE"}},
		// A broker's view after its rating action is its reason: the rated company's rating only.
		{"Jefferies downgrades Starbucks, warns on same-store sales", "The broker cut its price target to $80.",
			[]string{"analyst:SBUX"}},
		{"Deere posts record quarterly earnings, raises outlook", "Deere & Co said demand for tractors held up.",
			[]string{"earnings:DE", "guidance:DE"}},
	}
	for _, tt := range tests {
		if got := eventKinds(x, tt.title, "2024-06-12", tt.body); !sameKinds(got, tt.want) {
			t.Errorf("%q / %q: events %v, want %v", tt.title, tt.body, got, tt.want)
		}
	}
}
