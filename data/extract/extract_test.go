package extract_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eventline/eventline/data/articles"
	"github.com/eventline/eventline/data/extract"
	"github.com/eventline/eventline/data/timex"
)

func TestCompaniesFind(t *testing.T) {
	cos := extract.NewCompanies([]extract.Alias{
		{Alias: "VMware", Company: extract.Company{Name: "VMware", Ticker: "VMW"}},
		{Alias: "Citrix", Company: extract.Company{Name: "Citrix Systems", Ticker: "CTXS"}},
		{Alias: "Citrix Systems", Company: extract.Company{Name: "Citrix Systems", Ticker: "CTXS"}},
		{Alias: "Sun Microsystems", Company: extract.Company{Name: "Sun Microsystems", Ticker: "JAVA"}},
		{Alias: "Hewlett-Packard", Company: extract.Company{Name: "Hewlett-Packard", Ticker: "HPQ"}},
		{Alias: "Dell", Company: extract.Company{Name: "Dell", Ticker: "DELL"}},
		{Alias: "XenSource", Company: extract.Company{Name: "XenSource"}},
	})
	tests := []struct {
		text string
		want []string // name/ticker/text
	}{
		{"VMware’s rival Citrix Systems bought XenSource.", []string{"VMware/VMW/VMware", "Citrix Systems/CTXS/Citrix Systems", "XenSource//XenSource"}},
		{"Shares of VMware (NYSE: VMW) rose.", []string{"VMware/VMW/VMware", "VMware/VMW/NYSE: VMW"}},
		{"Citrix (Nasdaq:CTXS) and $VMW", []string{"Citrix Systems/CTXS/Citrix", "Citrix Systems/CTXS/Nasdaq:CTXS", "VMware/VMW/$VMW"}},
		{"An unknown listing (NYSE: ACME) today", []string{"ACME/ACME/NYSE: ACME"}},
		// A bare ticker is no name: only "$VMW", "NYSE: VMW" or the article's tickers field count.
		{"VMW closed higher; CTXS did not", nil},
		{"HEWLETT-PACKARD and Hewlett-Packard", []string{"Hewlett-Packard/HPQ/HEWLETT-PACKARD", "Hewlett-Packard/HPQ/Hewlett-Packard"}},
		// Lower-case words are not names, and "Sun" alone is not Sun Microsystems.
		{"the dell of the sun; Sun rises", nil},
		{"vmware is written lower case", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range cos.Find(tt.text) {
			got = append(got, m.Name+"/"+m.Ticker+"/"+m.Text)
			if tt.text[m.Start:m.End] != m.Text {
				t.Errorf("%q: span %d:%d is %q, not %q", tt.text, m.Start, m.End, tt.text[m.Start:m.End], m.Text)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// article makes an article published on the given day.
func article(title, published, body string) articles.Article {
	d, _ := time.Parse("2006-01-02", published)
	return articles.Article{Title: title, Published: d, Body: body, Format: "markdown"}
}

// storyTypes extracts a story told on the day published and returns its event types, sorted and
// once each: the batch rules' tests ask what a story tells, not its events' details.
func storyTypes(x *extract.Extractor, published, title, body string) []string {
	var got []string
	for _, e := range x.Extract(article(title, published, body)).Events {
		if !slices.Contains(got, string(e.Type)) {
			got = append(got, string(e.Type))
		}
	}
	slices.Sort(got)
	return got
}

func TestExtractEventsAndClaims(t *testing.T) {
	x := newExtractor(t)
	x.Anchors = append(x.Anchors, timex.Anchor{ID: "7", Value: "2007-08-14", Type: "ipo", Terms: []string{"VMware", "VMW"}})
	type want struct{ date, typ, status, tickers, headline string }
	tests := []struct {
		name     string
		a        articles.Article
		events   []want // nil: not checked
		noEvents bool
		claims   []string // ticker date metric op value
	}{
		{
			name: "a title dated by publication merges with the body's own date",
			a: article("Oracle acquires BEA Systems", "2008-03-05",
				"On 3 March 2008, Oracle said it had acquired BEA Systems. Analysts liked it."),
			events: []want{{"2008-03-03", "acquisition", "occurred", "BEAS;ORCL", "Oracle acquires BEA Systems"}},
		},
		{
			name: "a forecast keeps its target date",
			a: article("Outlook", "2007-08-21",
				"The company said. Citrix expects the deal to close in the fourth quarter of 2007."),
			events: []want{{"2007-Q4", "acquisition", "forecast", "CTXS", ""}},
		},
		{
			name: "a rumor is a report",
			a: article("Talk of a deal", "2007-08-21",
				"Dell is reportedly in talks to buy Sun Microsystems, sources say."),
			events: []want{{"2007-08-21", "acquisition", "report", "DELL;JAVA", "Report: Dell to acquire Sun Microsystems"}},
		},
		{
			name: "event-relative dates resolve against the anchor",
			a: article("Notes", "2007-08-24",
				"Filler first sentence here. One week after IPO, VMware closed at $65.99 and rose 15% on the day."),
			claims: []string{"VMW 2007-08-21 close eq 65.99", "VMW 2007-08-21 day_return eq 15"},
		},
		{
			name:   "claims without a date in the sentence are about the publication day",
			a:      article("Citrix slips", "2007-08-15", "Citrix shares fell 1.5% on the news, closing at $25.70."),
			claims: []string{"CTXS 2007-08-15 day_return eq -1.5", "CTXS 2007-08-15 close eq 25.7"},
		},
		// Without an IPO anchor, a first-day return is dated by the day its sentence names, and a
		// first day only compared with (often years before) stays undated rather than taking the
		// publication day.
		{
			name: "a debut's return dated by its sentence, without an anchor",
			a: article("Citrix debut", "2007-08-16",
				"Citrix shares jumped 25% in their Nasdaq debut on Wednesday. By comparison, Oracle shares gained 9% on their first day of trading."),
			claims: []string{"CTXS 2007-08-15 first_day_return eq 25", "ORCL  first_day_return eq 9"},
		},
		{
			name:   "a title's figure told again in the body is one claim",
			a:      article("Citrix shares fall 1.5% after deal", "2007-08-15", "Citrix shares fell 1.5% on the news."),
			claims: []string{"CTXS 2007-08-15 day_return eq -1.5"},
		},
		{
			name: "growth rates of profit and sales are not price claims",
			a: article("Forecasts", "2007-08-21",
				"VMware’s profit will rise 59% a year, and its 50% annual sales growth could add five points."),
			claims: nil,
		},
		{
			name: "a session's close or open named after its move, and the day's range",
			a: article("Citrix slides", "2007-08-15",
				"Citrix shares closed down 6% at $25.70 on Wednesday. Citrix stock rose 2% to close at a record $40.10 on Tuesday, and traded as low as $38.90."),
			claims: []string{"CTXS 2007-08-15 day_return eq -6", "CTXS 2007-08-15 close eq 25.7",
				"CTXS 2007-08-14 day_return eq 2", "CTXS 2007-08-14 close eq 40.1", "CTXS 2007-08-14 low eq 38.9"},
		},
		{
			name: "a move over a period is no day's move, and a bound is a bound",
			a: article("Citrix slides", "2007-08-15",
				"Citrix shares have lost more than 40% of their value since March. Citrix stock has gained 12% this month. Citrix shares fell more than 5% on Wednesday."),
			claims: []string{"CTXS 2007-08-15 day_return lt -5"},
		},
		{
			name: "a move outside the session is no day's move",
			a: article("Citrix slides", "2007-08-15",
				"Citrix shares fell 12% in extended trading on Wednesday. Citrix stock rose 3% after the bell. Citrix shares were up 4% premarket. Citrix shares fell 2% on Wednesday."),
			claims: []string{"CTXS 2007-08-15 day_return eq -2"},
		},
		{
			name: "a title's move the body tells as after hours is no day's move",
			a: article("Citrix profit misses; shares drop 9%", "2007-08-15",
				"Citrix shares fell 9% in extended trading after closing at $25.70. Citrix stock rose 3% on Tuesday."),
			claims: []string{"CTXS 2007-08-15 close eq 25.7", "CTXS 2007-08-14 day_return eq 3"},
		},
		{
			name: "a title's move the body tells in the session stays, quoted from the body",
			a: article("Citrix profit misses; shares drop 9%", "2007-08-15",
				"Citrix shares fell 9% on Wednesday. Citrix stock rose 12% in extended trading on Tuesday."),
			claims: []string{"CTXS 2007-08-15 day_return eq -9"},
		},
		{
			name: "the price an IPO was priced at, with the listing named between",
			a: article("Citrix news", "2007-08-15",
				"Citrix priced its initial public offering at $29 per share. Citrix priced a secondary offering at $40 a share. Citrix priced its shares at $38."),
			claims: []string{"CTXS  ipo_price eq 29"},
		},
		{
			name: "the price a move took a stock to is a price of the day",
			a: article("Citrix slides", "2007-08-15",
				"Citrix shares fell 2.6% to $50.14 on Wednesday."),
			claims: []string{"CTXS 2007-08-15 day_return eq -2.6", "CTXS 2007-08-15 price eq 50.14"},
		},
		{
			name:     "no company, no event",
			a:        article("Weather", "2007-08-21", "It rained on Monday and the market was closed yesterday."),
			noEvents: true,
		},
		{
			name:     "an event without a company needs a date of its own",
			a:        article("Outlook", "2007-08-21", "Nothing dated here."),
			noEvents: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(tt.a)
			var gotEvents []want
			for _, e := range r.Events {
				gotEvents = append(gotEvents, want{e.Value, string(e.Type), string(e.Status), sortedTickers(e), e.Headline})
			}
			if tt.events != nil {
				for i, w := range tt.events {
					if i >= len(gotEvents) {
						t.Fatalf("events %+v, want %+v", gotEvents, tt.events)
					}
					g := gotEvents[i]
					if w.headline == "" {
						g.headline = ""
					}
					if g != w {
						t.Errorf("event %d = %+v, want %+v", i, g, w)
					}
				}
				if len(gotEvents) != len(tt.events) {
					t.Errorf("events %+v, want %+v", gotEvents, tt.events)
				}
			} else if tt.noEvents && len(gotEvents) > 0 {
				t.Errorf("events %+v, want none", gotEvents)
			}
			var gotClaims []string
			for _, c := range r.Claims {
				gotClaims = append(gotClaims, fmt.Sprintf("%s %s %s %s %g", c.Ticker, c.Date, c.Metric, c.Op, c.Value))
			}
			if !slices.Equal(gotClaims, tt.claims) {
				t.Errorf("claims %q, want %q", gotClaims, tt.claims)
			}
		})
	}
}

func TestMentionOffsetsAreCharacters(t *testing.T) {
	x := newExtractor(t)
	body := "Café owners cheered. “Today” VMware unveiled ESX Server 3i, which is now available."
	r := x.Extract(article("Notes", "2007-09-11", body))
	if len(r.Events) == 0 {
		t.Fatal("no event")
	}
	m := r.Events[0].Mentions[0]
	runes := []rune(body)
	if m.Start < 0 || m.End > len(runes) || string(runes[m.Start:m.End]) != m.Sentence {
		t.Errorf("mention %d:%d = %q, want the sentence %q", m.Start, m.End, string(runes[m.Start:m.End]), m.Sentence)
	}
	for _, e := range r.Timexes {
		if string(runes[e.Start:e.End]) != e.Text {
			t.Errorf("timex %d:%d = %q, want %q", e.Start, e.End, string(runes[e.Start:e.End]), e.Text)
		}
	}
}

// TestExampleCorpus runs the project's own example articles: every claim they make is dated.
func TestExampleCorpus(t *testing.T) {
	files, _ := filepath.Glob("../example/articles/*.md")
	if len(files) == 0 {
		t.Fatal("no example articles")
	}
	x := newExtractor(t, "../example/events.csv")
	var n int
	for _, r := range extractAll(t, x, files, articles.Options{}) {
		for _, c := range r.Claims {
			n++
			if c.Date == "" || c.Ticker == "" {
				t.Errorf("%s: claim %q has ticker %q date %q", r.Article.Title, c.Text, c.Ticker, c.Date)
			}
		}
		if len(r.Events) == 0 {
			t.Errorf("%s: no events", r.Article.Title)
		}
	}
	if n < 8 {
		t.Errorf("%d claims in the example corpus, want at least 8", n)
	}
}

// TestResultsTableUnderAName: a wire headline that is only a company's name with its legal
// suffixes, or the name and the period's length, heads a results table about that company,
// which no alias knows.
func TestResultsTableUnderAName(t *testing.T) {
	x := &extract.Extractor{Companies: extract.NewCompanies(nil)}
	for _, title := range []string{"HALVERSON GOLD INVESTMENT CO LTD", "PERRINE STORES GROUP PLC 27 WEEKS TO JANUARY 3"} {
		a := article(title, "1987-03-05", "Shr 17.3 cts vs 15.3 cts\nNet 37.3 mln vs 33.6 mln\n")
		evs := x.Extract(a).Events
		if len(evs) == 0 || evs[0].Type != "earnings" || len(evs[0].Companies) != 1 || !strings.HasPrefix(title, evs[0].Companies[0]) {
			t.Errorf("%q: events %+v, want the name's earnings", title, evs)
		}
	}
}

// TestOfficerAfterTheSuffix: a wire headline's officer title after the company's suffix is the
// person the news is about, not a word of the company's name.
func TestOfficerAfterTheSuffix(t *testing.T) {
	x := &extract.Extractor{Companies: extract.NewCompanies(nil)}
	for _, tc := range []struct{ title, want string }{
		{"MARWICK CORP PRESIDENT RESIGNS", "Marwick Corp"},
		{"TELLAND INDUSTRIES INC CHAIRMAN TO RETIRE", "Telland Industries Inc"},
	} {
		evs := x.Extract(article(tc.title, "1987-03-05", "The company gave no reason.")).Events
		if len(evs) == 0 || evs[0].Type != "executive" || len(evs[0].Companies) != 1 || evs[0].Companies[0] != tc.want {
			t.Errorf("%q: events %+v, want %s's executive change", tc.title, evs, tc.want)
		}
	}
}

// A text file's body holds its title line too; read once as the title and again as a body
// sentence, it gave an acquisition twice and took the lead's place from the real first sentence.
func TestTitleRepeatedInBody(t *testing.T) {
	x := newExtractor(t)
	const title = "Citrix to buy XenSource"
	const lead = "Citrix Systems said on Wednesday it agreed to acquire XenSource for $500 million. " +
		"The company expects the deal to close in the fourth quarter."
	want := summarize(x.Extract(article(title, "2007-08-15", lead)))
	if len(want) == 0 {
		t.Fatal("no events from the article without its title in the body")
	}
	for _, body := range []string{
		title + "\n\n" + lead,
		title + "\n" + lead,
		"\ufeff  " + title + "\r\n\r\n" + lead,
	} {
		if got := summarize(x.Extract(article(title, "2007-08-15", body))); !slices.Equal(got, want) {
			t.Errorf("body %q:\n got %q\nwant %q", body, got, want)
		}
	}
	// A first line that only begins with the title words is a sentence of its own.
	body := title + " for $500 million, Citrix Systems said on Wednesday.\n" + lead
	var firsts []string
	for _, e := range x.Extract(article(title, "2007-08-15", body)).Events {
		for _, m := range e.Mentions {
			firsts = append(firsts, m.Sentence)
		}
	}
	if !slices.ContainsFunc(firsts, func(s string) bool { return strings.HasPrefix(s, title+" for") }) {
		t.Errorf("body %q: no event tells its first line; mentions %q", body, firsts)
	}
}

// TestDatelineIsNoPartOfTheLead reads wire copy whose first sentence opens with where and when
// it was filed: the events, their dates and their sentences are those of the copy without it.
func TestDatelineIsNoPartOfTheLead(t *testing.T) {
	x := newExtractor(t)
	const title = "Citrix to buy XenSource"
	const lead = "Citrix Systems said on Wednesday it agreed to acquire XenSource for $500 million."
	want := summarize(x.Extract(article(title, "2007-08-15", lead)))
	if len(want) == 0 {
		t.Fatal("no events from the article without a dateline")
	}
	for _, dateline := range []string{"FORT LAUDERDALE, Fla., Aug 15 (Reuters) - ", "Aug 15 (Reuters) - ", "FORT LAUDERDALE, Fla., Aug. 15, 2007 /PRNewswire/ -- "} {
		if got := summarize(x.Extract(article(title, "2007-08-15", dateline+lead))); !slices.Equal(got, want) {
			t.Errorf("dateline %q:\n got %q\nwant %q", dateline, got, want)
		}
	}
}

// summarize gives each event as its date, type, status, sorted tickers and sentence.
func summarize(r extract.Result) []string {
	var out []string
	for _, e := range r.Events {
		var sents []string
		for _, m := range e.Mentions {
			sents = append(sents, m.Sentence)
		}
		out = append(out, fmt.Sprintf("%s %s %s %s %q", e.Value, e.Type, e.Status, sortedTickers(e), sents))
	}
	return out
}

// eventKinds gives the events of an article as "type:TICKER;TICKER", sorted, each once: the
// form of the rule tests' want lists, which are compared in any order.
func eventKinds(x *extract.Extractor, title, published, body string) []string {
	var got []string
	for _, e := range x.Extract(article(title, published, body)).Events {
		got = append(got, string(e.Type)+":"+sortedTickers(e))
	}
	slices.Sort(got)
	return slices.Compact(got)
}

// sameKinds says whether got, from eventKinds, holds the kinds of want in any order.
func sameKinds(got, want []string) bool {
	want = slices.Clone(want)
	slices.Sort(want)
	return slices.Equal(got, want)
}

// sortedTickers gives an event's tickers sorted and joined by ";", the order of the labels.
func sortedTickers(e extract.Event) string {
	ts := slices.Clone(e.Tickers)
	slices.Sort(ts)
	return strings.Join(ts, ";")
}
