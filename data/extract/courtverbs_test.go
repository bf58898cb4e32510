package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// A court's decision told by its verb with the court as the subject, or in the passive with the
// court after "by", is legal news of the company it concerns (rulings.go).
func TestCourtDecisionVerbs(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	checkSentences(t, x, []sentenceCase{
		{"", "A federal judge on Tuesday rejected Pfizer's bid to dismiss a lawsuit over its vaccine patents.", []string{"legal PFE"}},
		{"", "A Delaware judge refused to reinstate the pay plan the Tesla board had approved.", []string{"legal TSLA"}},
		{"", "An appeals court upheld a $1.2 billion fine against Intel on Wednesday.", []string{"legal INTC"}},
		{"", "A judge ordered Google to open its app store to rival marketplaces.", []string{"legal GOOG"}},
		{"Boeing plea deal rejected by federal judge", "", []string{"legal BA"}},
		// a decision that undoes another's act: struck down, vacated, voided, tossed out
		{"", "A Delaware judge on Monday struck down the pay award the Oracle board had granted its founder.", []string{"legal ORCL"}},
		{"", "A federal appeals court vacated Apple's patent win against a smaller rival on Friday.", []string{"legal AAPL"}},
		{"", "A federal judge tossed out Meta's motion to end the antitrust suit.", []string{"legal META"}},
		{"Johnson & Johnson talc settlement voided by federal judge", "", []string{"legal JNJ"}},
		{"", "Pfizer's patent on the drug was invalidated by a federal court last year.", []string{"legal PFE"}},
		// controls: the company's own refusals and approvals are no court's
		{"", "Boeing refused to comment on the report.", nil},
		{"", "Walmart's board approved a new store design for its supercenters.", nil},
		// a bid to do something is an attempt; a bid to buy stays a bid
		{"", "Boeing lost a bid to delay the trial.", nil},
		{"", "Kellanova rejected Hershey's bid to buy the company.", []string{"acquisition K;HSY"}},
	}, typeTickers)
}
