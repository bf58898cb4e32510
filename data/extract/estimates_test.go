package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// A results figure that opens its sentence and is held against analysts' estimates is the
// story's company's result (estimates.go); one without estimates may be anyone's.
func TestFigureAgainstEstimates(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		sentence string
		want     []string
	}{
		{"Revenue of $5.9 billion missed estimates by a narrow margin.", []string{"earnings ADBE"}},
		{"Adjusted earnings per share of $4.81 topped the consensus forecast of $4.65.", []string{"earnings ADBE"}},
		{"Net revenue fell short of analysts' expectations.", []string{"earnings ADBE"}},
		// control: a figure with no estimates may be anyone's
		{"Revenue across the software industry rose 5% last year.", nil},
	}
	for _, tt := range tests {
		a := article("Adobe shares slip as design software demand cools", "2024-06-12",
			"Adobe shares fell 4% in early trading on Thursday. "+tt.sentence)
		var got []string
		for _, e := range x.Extract(a).Events {
			for _, m := range e.Mentions {
				if d := typeTickers(e); m.Sentence == tt.sentence && !slices.Contains(got, d) {
					got = append(got, d)
				}
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", tt.sentence, got, tt.want)
		}
	}
}
