package extract

import (
	"strings"
	"testing"
)

// shapedTest is a filter and the sets whose words it must pass.
type shapedTest struct {
	name   string
	shapes *shapeFilter
	sets   []map[string]bool
}

// xspeed22Tests are the filters of xspeed22.go with their sets.
func xspeed22Tests() []shapedTest {
	signs := map[string]bool{}
	for w, d := range moveSigns {
		signs[w] = d != 0
	}
	return []shapedTest{
		{"moveSigns", moveSignShapes, []map[string]bool{signs}},
		{"causeOpeners", causeOpenerShapes, []map[string]bool{causeOpeners}},
		{"notPriceWords+movePeriods", notPriceShapes, []map[string]bool{notPriceWords, movePeriods}},
		{"measureBefore's sets", measureShapes, []map[string]bool{stockWords, notPriceWords, resultMeasures, magnitudes}},
		{"resultNouns", resultNounShapes, []map[string]bool{resultNouns}},
		{"economyNouns", economyNounShapes, []map[string]bool{economyNouns}},
	}
}

// TestShapeFilters: each filter passes every word of its sets (it only spares probes, never
// answers for a map, so a word added to a set after its filter was built fails here), and
// spares most probes of other words.
func TestShapeFilters(t *testing.T) {
	var all []map[string]bool
	for _, tt := range xspeed22Tests() {
		all = append(all, tt.sets...)
	}
	others := xspeed13Words(all...)
	for _, tt := range xspeed22Tests() {
		for _, set := range tt.sets {
			for w, in := range set {
				if in && !tt.shapes.mayHold(w) {
					t.Errorf("%s: filter refuses its word %q", tt.name, w)
				}
			}
		}
		passed := 0
		for _, w := range others {
			if tt.shapes.mayHold(w) {
				passed++
			}
		}
		if passed > len(others)/2 {
			t.Errorf("%s: filter passes %d of %d words", tt.name, passed, len(others))
		}
	}
}

// TestShapedClaims: the clause scans behind the filters still read a price move and refuse a
// percentage of something else.
func TestShapedClaims(t *testing.T) {
	for _, tc := range []struct {
		text string
		move bool
	}{
		{"shares of acme rose 12 % to $ 40", true},
		{"the stock tumbled 8 % after the company cut its forecast", true},
		{"acme said profits rose 12 % last year", false},
		{"net premiums were $ 2.9 billion , up 3 %", false},
		{"the stock closed at $ 41 , up 2 %", true},
	} {
		words := strings.Fields(tc.text)
		got := false
		for i, w := range words {
			if i+1 < len(words) && words[i+1] == "%" && isNumber(w) {
				_, got = percentClaim(words, i)
			}
		}
		if got != tc.move {
			t.Errorf("%q: move %v, want %v", tc.text, got, tc.move)
		}
	}
}
