package extract_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eventline/eventline/data/directory"
	"github.com/eventline/eventline/data/extract"
)

// directoryOnly is the linker eval events uses: the listing directory, no seed aliases.
func directoryOnly(t *testing.T) *extract.Companies {
	t.Helper()
	dir, err := directory.Load()
	if err != nil {
		t.Fatal(err)
	}
	return extract.NewDirectoryCompanies(dir, nil)
}

// TestNews47BeforeHistory checks names before the directory's history (news47.go): a one-word
// listing written with a legal form links, and so do its later bare mentions; a short form cut
// from a longer listing name, given a legal form of its own, does not.
func TestNews47BeforeHistory(t *testing.T) {
	c := directoryOnly(t)
	tests := []struct {
		day, text string
		want      []string // "name ticker" of each mention with a ticker
	}{
		// One word and a legal form: the listing's full name.
		{"2010-04-20", "Halliburton Co said on Monday its profit rose. Halliburton shares gained 2 percent.",
			[]string{"Halliburton Co HAL", "Halliburton HAL"}},
		{"2009-06-24", "Monsanto Co cut its forecast on Wednesday.", []string{"Monsanto Co MON"}},
		{"2012-03-01", "Shares of Medtronic Inc rose after Qualcomm Inc said it would buy a chip unit.",
			[]string{"Medtronic Inc MDT", "Qualcomm Inc QCOM"}},
		// Controls: a bare word alone is still no guess before the history; inside the history
		// the name links as before; beyond the horizon not at all.
		{"2010-04-20", "Halliburton shares gained 2 percent.", nil},
		{"2020-04-20", "Halliburton shares gained 2 percent.", []string{"Halliburton HAL"}},
		{"1990-04-20", "Monsanto Co cut its forecast on Wednesday.", nil},
		// A short form the directory cut from a longer name, with a legal form of its own: another
		// company (Motorola Inc became Motorola Solutions in 2011; Philip Morris Inc was Altria's
		// unit before Philip Morris International was spun off).
		{"2009-07-28", "Motorola Inc said on Tuesday it would split in two.", nil},
		{"2007-05-02", "Philip Morris Inc raised cigarette prices.", nil},
		// Controls: the full name with its legal form, and the short form without one.
		{"2010-07-28", "Motorola Solutions Inc said on Tuesday.", []string{"Motorola Solutions Inc MSI"}},
		{"2010-01-28", "Altria Group Inc said on Thursday. Philip Morris International Inc said too.",
			[]string{"Altria Group Inc MO", "Philip Morris International Inc PM"}},
		{"2012-01-28", "Shares of Philip Morris rose.", []string{"Philip Morris PM"}},
	}
	for _, tt := range tests {
		if got := linkedOn(c, tt.day, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s %q: %q, want %q", tt.day, tt.text, got, tt.want)
		}
	}
}

// TestNews47Readings checks every event a sentence tells, with its tickers (news47.go).
func TestNews47Readings(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type tickers" of each event the title (or the body's sentence) tells
	}{
		// A market's prices that move are no pricing of debt.
		{body: "Newmont Mining said gold prices fell on fears about the U.S. debt ceiling.",
			want: nil},
		{body: "Chevron said oil prices have dropped since the debt crisis began.",
			want: nil},
		{body: "Freight rates rose while steel prices slid on worries over China's debt.",
			want: nil},
		// Controls: paper priced.
		{body: "Chevron Corp priced $4 billion of debt on Tuesday.",
			want: []string{"offering CVX"}},
		{body: "Ford Motor Co prices $2 billion of notes.",
			want: []string{"offering F"}},
		// A rival bidder after a comment on the bid is no party to it.
		{body: "Chevron sweetened its offer for Hess on Monday, outbidding Exxon Mobil.",
			want: []string{"acquisition CVX;HES"}},
		{body: "Cleveland-Cliffs raised its bid for U.S. Steel to $54 a share, topping Nucor again.",
			want: []string{"acquisition CLF;X"}},
		// Controls: the bid alone, and a deal that tops a measure.
		{body: "Cleveland-Cliffs raised its bid for U.S. Steel to $54 a share.",
			want: []string{"acquisition CLF;X"}},
		// The company a hired person comes from takes no part in the hiring.
		{title: "SpaceX hires Meta's Jane Holloway as finance chief",
			want: nil},
		{body: "OpenAI named Google executive Mark Dunleavy as its chief operating officer on Monday.",
			want: nil},
		// Controls: the hirer listed, and a company that names its own officer.
		{title: "Starbucks names Chipotle's Brian Niccol chief executive",
			want: []string{"executive SBUX"}},
		{title: "Google names Jane Holloway chief financial officer",
			want: []string{"executive GOOG"}},
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

// linkedOn returns the names linked in text, each with its ticker ("Apple AAPL"), as an article
// of the day (YYYY-MM-DD) links them.
func linkedOn(c *extract.Companies, day, text string) []string {
	d, _ := time.Parse("2006-01-02", day)
	var got []string
	for _, m := range c.Article(d, nil).Find(text) {
		if m.Ticker != "" {
			got = append(got, m.Text+" "+m.Ticker)
		}
	}
	return got
}
