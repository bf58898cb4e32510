package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// A broker's reasons after its rating action, however long the clause that gives them, name no
// event of the rated company (costcuts.go brokerView).
func TestBrokerViewClause(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	checkSentences(t, x, []sentenceCase{
		{"", "Jefferies upgraded Kroger to buy from hold, saying the grocer's pharmacy sales and a store-closing plan would support margins next year.", []string{"analyst KR"}},
		{"", "Citi downgraded Pfizer to neutral on Tuesday, citing the drugmaker's thin pipeline and a cost-cutting program that may not offset patent losses.", []string{"analyst PFE"}},
		// controls: the company's own plan, told by the company; a rating and a move
		{"", "Kroger said it would close 60 stores over the next 18 months.", []string{"restructuring KR"}},
		{"", "Jefferies upgraded Kroger to buy, and the shares rose 3%.", []string{"analyst KR", "price_move KR"}},
	}, typeTickers)
}
