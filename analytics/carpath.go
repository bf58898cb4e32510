package analytics

import (
	"math"
	"slices"

	"gonum.org/v1/gonum/stat"
	"gonum.org/v1/gonum/stat/distuv"
)

// CARPath is the cumulative abnormal return from day -k to +k around each event, and across them.
type CARPath struct {
	Days []int // -k..k
	// Paths holds, per event and ticker with a complete path, CAR[-k, d] for each day d (fractions).
	Paths [][]float64
	// Mean and its 95% confidence band (Student's t) per day; the band is NaN with fewer than two
	// paths.
	Mean, Lower, Upper []float64
}

// PathWindows are the windows [-k, d] for d = -k..k that a study needs for CARPaths.
func PathWindows(k int) []Window {
	ws := make([]Window, 0, 2*k+1)
	for d := -k; d <= k; d++ {
		ws = append(ws, Window{From: -k, To: d})
	}
	return ws
}

// CARPaths puts the study's windows [-k, d] together into each event's path and their mean. Only
// events with the whole path count, so that every day averages the same events; rs may hold other
// windows too.
func CARPaths(rs []EventReturn, k int) CARPath {
	type key struct {
		id     int64
		ticker string
	}
	paths := map[key][]float64{}
	var order []key
	for _, r := range rs {
		if r.Window.From != -k || r.Window.To < -k || r.Window.To > k {
			continue
		}
		kk := key{r.EventID, r.Ticker}
		p, ok := paths[kk]
		if !ok {
			p = make([]float64, 2*k+1)
			for i := range p {
				p[i] = math.NaN()
			}
			paths[kk] = p
			order = append(order, kk)
		}
		if r.Complete {
			p[r.Window.To+k] = r.CAR
		}
	}
	var c CARPath
	for d := -k; d <= k; d++ {
		c.Days = append(c.Days, d)
	}
	for _, kk := range order {
		if p := paths[kk]; !slices.ContainsFunc(p, math.IsNaN) {
			c.Paths = append(c.Paths, p)
		}
	}
	if len(c.Paths) == 0 {
		return c
	}
	xs := make([]float64, len(c.Paths))
	for i := range c.Days {
		for j, p := range c.Paths {
			xs[j] = p[i]
		}
		mean, sd := stat.MeanStdDev(xs, nil)
		lo, hi := math.NaN(), math.NaN()
		if m := len(xs); m > 1 {
			half := distuv.StudentsT{Mu: 0, Sigma: 1, Nu: float64(m - 1)}.Quantile(0.975) * sd / math.Sqrt(float64(m))
			lo, hi = mean-half, mean+half
		}
		c.Mean, c.Lower, c.Upper = append(c.Mean, mean), append(c.Lower, lo), append(c.Upper, hi)
	}
	return c
}
