package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews40Readings checks every event a sentence tells of results beside a forecast, a
// company's own measure of sales and a forecast the results were measured by (news40.go).
func TestNews40Readings(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type tickers" of each event the title (or the body's sentence) tells
	}{
		// Results that "came in" against estimates, beside the outlook of the main clause.
		{body: "Clorox cut its annual sales forecast on Tuesday, even as fourth-quarter profit came in above expectations.",
			want: []string{"guidance CLX", "earnings CLX"}},
		{body: "Hormel's second-quarter revenue came in short of analysts' estimates.",
			want: []string{"earnings HRL"}},
		// The results as the cause of a move told before them are the move's reason.
		{body: "Netflix shares fell 8% after the company's second-quarter revenue came in below Wall Street estimates.",
			want: []string{"price_move NFLX"}},
		// A concessive clause tells its own news, as "but" does.
		{body: "Deere lowered its annual profit outlook on Thursday, though the tractor maker's second-quarter profit beat expectations.",
			want: []string{"guidance DE", "earnings DE"}},
		{body: "Whirlpool trimmed its full-year forecast, although its quarterly profit topped estimates.",
			want: []string{"guidance WHR", "earnings WHR"}},
		// Results a verb of reporting tells after a forecast are what beat the estimates.
		{body: "Lam Research raised its revenue forecast on Wednesday and reported quarterly results above Wall Street estimates.",
			want: []string{"guidance LRCX", "earnings LRCX"}},
		// The outlook itself measured against the estimates stays an outlook.
		{body: "Nike's forecast for the holiday quarter fell short of estimates.",
			want: []string{"guidance NKE"}},
		// A company's own measure of sales, with the unit of its business.
		{body: "Texas Roadhouse posted comparable restaurant sales growth of 6% in the quarter.",
			want: []string{"earnings TXRH"}},
		// A month's figure of it is a sales report, no results.
		{body: "Target and Kohl's were among the strongest, posting comparable store sales gains of 6% and 4% in March.",
			want: nil},
		{body: "Darden reported fiscal third-quarter comparable restaurant sales below estimates.",
			want: []string{"earnings DRI"}},
		{body: "Wendy's reported fourth-quarter same-restaurant sales below estimates on Thursday.",
			want: []string{"earnings WEN"}},
		// The company's earlier forecast beaten or missed is the yardstick of results.
		{body: "Shares of Etsy plunged 20% on Thursday after the marketplace missed its own fourth-quarter revenue forecast.",
			want: []string{"price_move ETSY", "earnings ETSY"}},
		{body: "Lululemon cut its own revenue forecast for the year.",
			want: []string{"guidance LULU"}},
		// A person's former employer and a stock's index are no partners.
		{body: "Chief Financial Officer John Roe, who joined from Target in 2023, will oversee the plan.",
			want: nil},
		{body: "Palantir joined the S&P 500 index in September.",
			want: nil},
		{body: "Dell joined with Nvidia to build AI servers for banks.",
			want: []string{"partnership DELL;NVDA"}},
		// A mass of buyers buying goods is demand, no deal.
		{title: "Salesforce raises annual forecast as small businesses buy AI tools",
			want: []string{"guidance CRM"}},
		{body: "Intuit shares rose 4% as more customers bought its tax software.",
			want: []string{"price_move INTU"}},
		{body: "A group of investors bought Papa John's for $2 billion.",
			want: []string{"acquisition PZZA"}},
		// The line of business rivals compete in is no sale.
		{body: "Microsoft and Salesforce are among its rivals in selling AI agents to businesses.",
			want: nil},
		{body: "Oracle competes with SAP in selling database software to banks.",
			want: nil},
		{body: "Oracle succeeded in selling its hardware unit to Dell.",
			want: []string{"acquisition ORCL;DELL"}},
		// A name that is an ordinary word after "maker of" is a brand of the goods.
		{body: "The maker of Delta faucets and Behr paint raised its annual forecast.",
			want: []string{"guidance "}},
		{body: "Masco, the maker of Delta faucets and Behr paint, raised its annual forecast.",
			want: []string{"guidance MAS"}},
		{body: "Delta Air Lines, the biggest buyer of Airbus jets, raised its annual forecast.",
			want: []string{"guidance DAL"}},
	}
	for _, tt := range tests {
		sentence, got := sentenceEvents(x, tt.title, tt.body, func(e extract.Event) string {
			return string(e.Type) + " " + strings.Join(e.Tickers, ";")
		})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", sentence, got, tt.want)
		}
	}
}

// TestNews40Dates checks that a date in a clause "since" opens does not date a move's record.
func TestNews40Dates(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		body string
		want map[string]string // type: date
	}{
		{"Snap shares fell 18%, their worst day since the company went public in 2017.", map[string]string{"price_move": "2024-06-12"}},
		{"Peloton shares slid 25%, the biggest drop since it listed in 2019.", map[string]string{"price_move": "2024-06-12"}},
		// A move told of a period is dated by it; a count over a span keeps the span's year.
		{"Peloton shares fell 30% in 2022.", map[string]string{"price_move": "2022"}},
		{"Nike has cut 2,000 jobs since it began its turnaround in 2023.", map[string]string{"restructuring": "2023"}},
		// A record told in the simple past: the span "since" opens starts at its date, and the
		// event is the day's (the lead's eleventh round).
		{"Lyft reported its first annual profit since listing its shares in March 2019.", map[string]string{"earnings": "2024-06-12"}},
		{"Ford suspended its dividend for the first time since its merger talks of 2008.", map[string]string{"dividend": "2024-06-12"}},
		{"Chipotle reported its smallest quarterly profit since the restaurants reopened in June 2020.", map[string]string{"earnings": "2024-06-12"}},
		// controls: a date that closes the "since" phrase, and one after it, keep their days
		{"Boeing posted its first quarterly profit since 2018 on Monday.", map[string]string{"earnings": "2024-06-10"}},
		{"Intel has laid off 4,000 workers since its chief left in March.", map[string]string{"restructuring": "2024-03"}},
	}
	for _, tt := range tests {
		got := bodyDates(x, tt.body)
		for typ, want := range tt.want {
			if got[typ] != want {
				t.Errorf("%q: %s dated %q, want %q (all: %v)", tt.body, typ, got[typ], want, got)
			}
		}
	}
}
