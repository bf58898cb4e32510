package analytics

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/stat/distuv"
)

func TestCARPaths(t *testing.T) {
	ret := func(id int64, to int, car float64, complete bool) EventReturn {
		return EventReturn{EventID: id, Ticker: "VMW", Window: Window{From: -1, To: to}, CAR: car, Complete: complete}
	}
	rs := []EventReturn{
		ret(1, -1, 0.01, true), ret(1, 0, 0.03, true), ret(1, 1, 0.02, true),
		ret(2, -1, -0.01, true), ret(2, 0, 0.01, true), ret(2, 1, 0.04, true),
		// Event 3 runs past the series: no whole path, so it is left out of every day.
		ret(3, -1, 0.5, true), ret(3, 0, 0.5, true), ret(3, 1, 0, false),
		// Another window of the same study is not part of a path.
		{EventID: 1, Ticker: "VMW", Window: Window{From: 0, To: 5}, CAR: 9, Complete: true},
	}
	c := CARPaths(rs, 1)
	if len(c.Days) != 3 || c.Days[0] != -1 || c.Days[2] != 1 || len(c.Paths) != 2 {
		t.Fatalf("days %v, %d paths", c.Days, len(c.Paths))
	}
	q := distuv.StudentsT{Mu: 0, Sigma: 1, Nu: 1}.Quantile(0.975)
	for i, want := range []struct{ a, b float64 }{{0.01, -0.01}, {0.03, 0.01}, {0.02, 0.04}} {
		mean := (want.a + want.b) / 2
		sd := math.Abs(want.a-want.b) / math.Sqrt2
		half := q * sd / math.Sqrt2
		if math.Abs(c.Mean[i]-mean) > 1e-12 || math.Abs(c.Lower[i]-(mean-half)) > 1e-12 || math.Abs(c.Upper[i]-(mean+half)) > 1e-12 {
			t.Errorf("day %d: mean %g [%g, %g], want %g ± %g", c.Days[i], c.Mean[i], c.Lower[i], c.Upper[i], mean, half)
		}
	}
	if one := CARPaths(rs[:3], 1); len(one.Paths) != 1 || !math.IsNaN(one.Lower[0]) {
		t.Errorf("one path: %+v", one)
	}
	if none := CARPaths(nil, 1); len(none.Paths) != 0 || none.Mean != nil {
		t.Errorf("no paths: %+v", none)
	}
}
