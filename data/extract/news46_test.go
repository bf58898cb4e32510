package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews46Readings checks every event a sentence tells, with its tickers and companies
// (news46.go).
func TestNews46Readings(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type tickers companies" of each event the title (or the body's sentence) tells
	}{
		// A chief executive named by title as the person acting is no change of post.
		{body: "Citigroup will cut 20,000 jobs and take $1 billion of severance charges, the bank said on Friday, as Chief Executive Jane Fraser pushes ahead with an overhaul.",
			want: []string{"restructuring C Citigroup"}},
		{body: "Wells Fargo will close 200 branches and take a $400 million charge, the bank said on Tuesday, as Chief Executive Officer Charlie Scharf presses on with cost cuts.",
			want: []string{"restructuring WFC Wells Fargo"}},
		// A post taken keeps its reading: the clause ends, or a date or "of" follows.
		{body: "Kroger named Ron Sargent as chief executive on Monday.",
			want: []string{"executive KR Kroger"}},
		{body: "Kroger named Ron Sargent as chief executive of the grocer.",
			want: []string{"executive KR Kroger"}},
		// A company that dismisses its officer is the change's, a one-word name no list
		// knows too.
		{title: "Heineken fires CEO over failed turnaround",
			want: []string{"executive  Heineken"}},
		{body: "Carlsberg has dismissed Chief Executive Jacob Aarup-Andersen with immediate effect, the brewer said on Monday.",
			want: []string{"executive  Carlsberg"}},
		{body: "Electrolux has ousted its chief executive, the appliance maker said on Monday.",
			want: []string{"executive  Electrolux"}},
		// A person before a verb of going stays a person; a body or a state's post is no
		// company's.
		{body: "Dolores stepped down as chief executive on Monday.",
			want: nil},
		{title: "Shareholders oust CEO after failed turnaround",
			want: nil},
		{body: "Zelenskiy has dismissed army chief Valerii Zaluzhnyi, the presidency said on Thursday.",
			want: nil},
		// "Mergers" before a line of business names the business, not a deal.
		{body: "Lazard hired three mergers bankers in London.",
			want: nil},
		{body: "Morgan Stanley will cut 10% of its mergers and acquisitions bankers.",
			want: nil},
		{body: "Lazard agreed to a merger with Evercore on Monday.",
			want: []string{"acquisition LAZ;EVR Lazard;Evercore"}},
		// A person joining a company is no partnership; a company joining another's program or
		// another company is.
		{body: "Ruiz joined Microsoft in 2015 and has run its cloud unit since last year.",
			want: nil},
		{body: "Dana Whitfield joined Oracle in 2012.",
			want: nil},
		{body: "General Motors joined Honda in a venture to build fuel cells in 2017.",
			want: []string{"partnership GM;HMC General Motors;Honda Motor"}},
		{body: "Zenvia joined Salesforce's partner program in 2021.",
			want: []string{"partnership ZENV;CRM Zenvia;Salesforce"}},
		// Results a company no list knows tells of itself with "that its" are its own.
		{body: "LG Electronics estimated on Monday that its second-quarter operating profit fell 46% to 640 billion won.",
			want: []string{"earnings  LG Electronics"}},
		{body: "Hyundai Motor said on Thursday that its quarterly net profit rose 12%.",
			want: []string{"earnings  Hyundai Motor"}},
		{body: "Analysts said on Monday that its quarterly profit would fall.",
			want: nil},
		{body: "The Wall Street Journal reported that its revenue fell.",
			want: nil},
		// "Sack" dismisses as "fire" does.
		{title: "Boeing sacks chief executive after second crash",
			want: []string{"executive BA Boeing"}},
		{body: "Nike sacked its finance chief on Tuesday.",
			want: []string{"executive NKE Nike"}},
	}
	for _, tt := range tests {
		sentence, got := sentenceEvents(x, tt.title, tt.body, func(e extract.Event) string {
			return string(e.Type) + " " + strings.Join(e.Tickers, ";") + " " + strings.Join(e.Companies, ";")
		})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", sentence, got, tt.want)
		}
	}
}
