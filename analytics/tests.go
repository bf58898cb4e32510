package analytics

import (
	"math"
	"slices"

	"gonum.org/v1/gonum/stat"
	"gonum.org/v1/gonum/stat/distuv"
)

// Tests across events beyond the cross-sectional t, BMP and the sign test. docs/statistics.md
// states each formula with its source; analytics/stats_test.go recomputes each independently.

var normal = distuv.UnitNormal

// twoSided is the two-sided p-value of a standard normal statistic.
func twoSided(z float64) float64 {
	if math.IsNaN(z) {
		return math.NaN()
	}
	return 2 * normal.Survival(math.Abs(z))
}

// patellZ is Patell's (1976) test: the sum of the standardized CARs over the square root of the
// sum of their variances, each a Student's t with d degrees of freedom and variance d/(d-2). Events
// whose variance rests on two degrees of freedom or fewer are left out.
func patellZ(scars []float64, dfs []int) (float64, float64) {
	var sum, v float64
	n := 0
	for i, s := range scars {
		d := float64(dfs[i])
		if d <= 2 {
			continue
		}
		sum += s
		v += d / (d - 2)
		n++
	}
	if n == 0 {
		return math.NaN(), math.NaN()
	}
	z := sum / math.Sqrt(v)
	return z, twoSided(z)
}

// wilcoxon is the Wilcoxon signed-rank test of the CARs against zero: W+ is the sum of the ranks of
// |CAR| (mid-ranks for ties, zeros left out) of the positive CARs; its p-value is the normal
// approximation with the ties' variance correction and a continuity correction of 1/2.
func wilcoxon(xs []float64) (float64, float64) {
	type v struct {
		abs float64
		pos bool
	}
	var vs []v
	for _, x := range xs {
		if x != 0 && !math.IsNaN(x) {
			vs = append(vs, v{math.Abs(x), x > 0})
		}
	}
	n := float64(len(vs))
	if n == 0 {
		return math.NaN(), math.NaN()
	}
	slices.SortFunc(vs, func(a, b v) int {
		switch {
		case a.abs < b.abs:
			return -1
		case a.abs > b.abs:
			return 1
		}
		return 0
	})
	var w, ties float64
	for i := 0; i < len(vs); {
		j := i
		for j < len(vs) && vs[j].abs == vs[i].abs {
			j++
		}
		rank := float64(i+j+1) / 2 // the mean of ranks i+1 .. j
		for k := i; k < j; k++ {
			if vs[k].pos {
				w += rank
			}
		}
		t := float64(j - i)
		ties += t*t*t - t
		i = j
	}
	mean := n * (n + 1) / 4
	sd := math.Sqrt(n*(n+1)*(2*n+1)/24 - ties/48)
	if sd == 0 {
		return w, math.NaN()
	}
	d := math.Abs(w-mean) - 0.5
	if d < 0 {
		d = 0
	}
	return w, math.Min(1, 2*normal.Survival(d/sd))
}

// skewAdjustedT is the mean of xs and Lyon, Barber and Tsai's (1999) skewness-adjusted t, with its
// two-sided normal p-value: long-horizon buy-and-hold abnormal returns are skewed to the right,
// and the plain t then rejects too often.
func skewAdjustedT(xs []float64) (mean, t, p float64) {
	n := float64(len(xs))
	if n < 3 {
		if n > 0 {
			return stat.Mean(xs, nil), math.NaN(), math.NaN()
		}
		return math.NaN(), math.NaN(), math.NaN()
	}
	mean, sd := stat.MeanStdDev(xs, nil)
	if sd == 0 {
		return mean, math.NaN(), math.NaN()
	}
	var m3 float64
	for _, x := range xs {
		m3 += math.Pow(x-mean, 3)
	}
	gamma := m3 / (n * sd * sd * sd)
	s := mean / sd
	t = math.Sqrt(n) * (s + gamma*s*s/3 + gamma/(6*n))
	return mean, t, twoSided(t)
}
