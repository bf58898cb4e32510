package articles

import (
	"errors"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/eventline/eventline/internal/badinput"
)

// readFeed reads the items of an RSS or Atom feed (and, gofeed being able to, a JSON Feed).
// Each item is an article: its title, its published (else updated) date, its link as URL,
// the feed's title as Source, its content (else description) as Body, HTML turned into text.
// Tickers come from categories written as EXCHANGE:SYMBOL ("NYSE:VMW") and from extension
// elements named ticker or tickers; other categories are topics, not tickers.
//
// gofeed parses the whole feed before the first item is handed on, so a feed is held in
// memory; feeds are small next to the JSON Lines and bundle inputs this package streams.
func (r *reader) readFeed() error {
	f, err := os.Open(r.path)
	if err != nil {
		return badinput.Errorf(r.path, "cannot read: %v", unwrapPath(err))
	}
	defer f.Close()
	feed, err := gofeed.NewParser().Parse(f)
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return badinput.Errorf(r.path, "not an RSS or Atom feed: no <rss> or <feed> element found")
		}
		line := 0
		if m := reXMLLine.FindStringSubmatch(err.Error()); m != nil {
			line, _ = strconv.Atoi(m[1])
		}
		return badinput.New(badinput.Problem{File: r.path, Line: line, Rule: "feed does not parse: " + err.Error()})
	}
	source := normalizeTitle(feed.Title)
	if len(feed.Items) == 0 {
		r.warn(0, "", "the feed has no items")
	}
	for _, it := range feed.Items {
		if it == nil {
			continue
		}
		a := Article{Title: normalizeTitle(htmlToText(it.Title)), Source: source, URL: strings.TrimSpace(it.Link)}
		switch {
		case it.PublishedParsed != nil:
			a.Published = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			a.Published = *it.UpdatedParsed
		case it.Published != "" || it.Updated != "":
			r.warn(0, a.Title, "publication date %q does not parse: ignored", first(it.Published, it.Updated))
		}
		content := it.Content
		if strings.TrimSpace(content) == "" {
			content = it.Description
		}
		a.Body = htmlToText(content)
		a.Tickers = feedTickers(it)
		if err := r.emit(a); err != nil {
			return err
		}
	}
	return nil
}

// reXMLLine finds the line in encoding/xml's syntax errors ("XML syntax error on line 3: ...").
var reXMLLine = regexp.MustCompile(`on line (\d+)`)

var reExchangeSymbol = regexp.MustCompile(`^(?i:nyse|nasdaq|amex|nysearca|nysemkt|otc|lse|tsx|xetra|euronext)\s*:\s*([A-Za-z0-9.\-]{1,12})$`)

func feedTickers(it *gofeed.Item) []string {
	var ts []string
	for _, c := range it.Categories {
		if m := reExchangeSymbol.FindStringSubmatch(strings.TrimSpace(c)); m != nil {
			ts = append(ts, m[1])
		}
	}
	for _, byName := range it.Extensions {
		for name, exts := range byName {
			if n := strings.ToLower(name); n != "ticker" && n != "tickers" {
				continue
			}
			for _, e := range exts {
				ts = append(ts, splitTickers(e.Value)...)
			}
		}
	}
	return cleanTickers(ts)
}
