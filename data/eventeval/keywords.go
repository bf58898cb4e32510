package eventeval

import (
	"regexp"
	"slices"

	"github.com/eventline/eventline/data/articles"
	"github.com/eventline/eventline/data/events"
)

// Keywords is the baseline that extraction is measured against: one line of keywords per event
// type, the list anyone would write first, matched anywhere in the title or body. A document is
// predicted to be about a type when its line matches. It knows no grammar, tense, negation or
// who is acting, so what extraction adds shows as the distance between the two scores.
var Keywords = map[events.Type]*regexp.Regexp{
	events.Acquisition:   regexp.MustCompile(`(?i)\b(acquir\w*|acquisition|merger|takeover|buyout|tender offer|to buy|stake)\b`),
	events.Earnings:      regexp.MustCompile(`(?i)\b(earnings|profit|net income|net loss|quarterly results|revenue)\b`),
	events.Dividend:      regexp.MustCompile(`(?i)\b(dividends?|payout)\b`),
	events.Buyback:       regexp.MustCompile(`(?i)\b(buybacks?|buy back|repurchases?|repurchasing)\b`),
	events.Split:         regexp.MustCompile(`(?i)\b(stock split|share split|reverse split|split)\b`),
	events.Guidance:      regexp.MustCompile(`(?i)\b(forecast|outlook|guidance)\b`),
	events.Restructuring: regexp.MustCompile(`(?i)\b(layoffs?|lay off|laying off|job cuts|cut \S+ jobs|restructuring)\b`),
	events.Bankruptcy:    regexp.MustCompile(`(?i)\b(bankruptcy|chapter 11|insolvency)\b`),
	events.Offering:      regexp.MustCompile(`(?i)\b(offering|notes due|share sale|stock sale|private placement|credit facility)\b`),
	events.Contract:      regexp.MustCompile(`(?i)\b(contract|orders?)\b`),
	events.Legal:         regexp.MustCompile(`(?i)\b(lawsuit|sued|sues|settle\w*|antitrust|fined?|charged|court)\b`),
	events.Executive:     regexp.MustCompile(`(?i)\b(chief executive|CEO|chief financial officer|CFO|step(s|ped)? down|resign\w*|appoint\w*)\b`),
	events.Partnership:   regexp.MustCompile(`(?i)\b(partnership|alliance|collaborat\w*|team(s|ed)? up|joint venture)\b`),
	events.Product:       regexp.MustCompile(`(?i)\b(launch\w*|unveil\w*|introduc\w*|new product)\b`),
	events.Analyst:       regexp.MustCompile(`(?i)\b(upgrade[sd]?|downgrade[sd]?|price target|initiated coverage|rating)\b`),
	events.PriceMove:     regexp.MustCompile(`(?i)\b(shares|stock)\b.{0,40}\b(rose|fell|jumped|surged|plunged|sank|soared|dropped|climbed|tumbled|slid|gained)\b`),
	events.IPO:           regexp.MustCompile(`(?i)\b(IPO|initial public offering|debut|listing)\b`),
	events.Forecast:      regexp.MustCompile(`(?i)\b(expects?|predicts?|projects?|will)\b`),
	events.Criticism:     regexp.MustCompile(`(?i)\b(criticiz\w*|slammed|blasted|accused)\b`),
}

// KeywordTypes returns the types whose keyword line matches the article's title or body, in the
// order of events.Types.
func KeywordTypes(a articles.Article) []events.Type {
	var out []events.Type
	for _, t := range events.Types {
		if re, ok := Keywords[t]; ok && (re.MatchString(a.Title) || re.MatchString(a.Body)) {
			out = append(out, t)
		}
	}
	return out
}

// typeTopics returns the gold topics that are eventline types (a corpus labelled by event type,
// as the modern set is), and whether there are any; Reuters' acq and earn are not.
func typeTopics(topics []string) []events.Type {
	var out []events.Type
	for _, s := range topics {
		if t, ok := events.ParseType(s); ok && t != events.Other && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}
