package analytics

import (
	"context"
	"math"
	"testing"

	"gonum.org/v1/gonum/stat/distuv"
)

func close9(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

// TestWilcoxonTextbook: the paired example of R's wilcox.test help (Hollander and Wolfe 1973, p. 29,
// depression scale before and after), whose differences have W+ = 40 (the negatives, -0.147 and
// -0.08, rank 3 and 2 of nine). The normal approximation with continuity correction:
// z = (40 - 22.5 - 0.5) / sqrt(9·10·19/24).
func TestWilcoxonTextbook(t *testing.T) {
	x := []float64{1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30}
	y := []float64{0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29}
	d := make([]float64, len(x))
	for i := range x {
		d[i] = x[i] - y[i]
	}
	w, p := wilcoxon(d)
	wantP := 2 * distuv.UnitNormal.Survival(17/math.Sqrt(9*10*19/24.0))
	if w != 40 || !close9(p, wantP) {
		t.Errorf("W+ %v p %v, want 40 and %v", w, p, wantP)
	}
	// Ties share their mean rank, and the variance loses Σ(t³-t)/48: |1|,|1|,|-1| rank 2 each,
	// 2 ranks 4, 3 ranks 5; W+ = 2+2+4+5 = 13, n = 5.
	w, p = wilcoxon([]float64{1, 1, -1, 2, 3, 0})
	sd := math.Sqrt(5*6*11/24.0 - (27-3)/48.0)
	if wantP := 2 * distuv.UnitNormal.Survival((13-7.5-0.5)/sd); w != 13 || !close9(p, wantP) {
		t.Errorf("ties: W+ %v p %v, want 13 and %v", w, p, wantP)
	}
}

// TestPatellAndBHARMatchIndependentComputation recomputes Patell's Z from the events' standardized
// CARs and estimation lengths (Patell 1976: Z = ΣSCAR / sqrt(Σ(m-2)/(m-4)) for the market model)
// and the buy-and-hold abnormal returns from the prices (Barber and Lyon 1997), with Lyon, Barber
// and Tsai's (1999) skewness-adjusted t.
func TestPatellAndBHARMatchIndependentComputation(t *testing.T) {
	f := newFixture(t, 400)
	days := []int{110, 130, 150, 170, 190, 210, 230}
	for _, d := range days {
		f.event(t, "X", d, "earnings", "occurred")
		f.event(t, "Y", d+5, "earnings", "occurred")
	}
	rs, _, err := Study(context.Background(), f.db, StudyOptions{Windows: []Window{{0, 150}}, Benchmark: "M",
		Model: MarketModel, Estimation: Window{-100, -11}, MinEstimation: 60, Overlap: OverlapKeep}) // long windows overlap
	if err != nil {
		t.Fatal(err)
	}
	var sum, v float64
	var bhars []float64
	for _, r := range rs {
		m := float64(r.EstimationDays)
		sum += r.SCAR
		v += (m - 2) / (m - 4)
		i0 := dayIndex(f, r.T0)
		stock, market := 1.0, 1.0
		for i := i0; i <= i0+150; i++ {
			stock *= 1 + f.ret(r.Ticker, i)
			market *= 1 + f.ret("M", i)
		}
		if !close9(r.BHAR, stock-market) {
			t.Errorf("%s %s: BHAR %v, want %v", r.Ticker, r.T0.Format("2006-01-02"), r.BHAR, stock-market)
		}
		bhars = append(bhars, stock-market)
	}
	aggs := Aggregates(rs, "all")
	if len(aggs) != 1 || aggs[0].N != 14 {
		t.Fatalf("%+v", aggs)
	}
	a := aggs[0]
	z := sum / math.Sqrt(v)
	if !close9(a.Patell, z) || !close9(a.PPatell, 2*distuv.UnitNormal.Survival(math.Abs(z))) {
		t.Errorf("Patell %v p %v, want %v", a.Patell, a.PPatell, z)
	}
	n := float64(len(bhars))
	var mean float64
	for _, b := range bhars {
		mean += b / n
	}
	var ss, s3 float64
	for _, b := range bhars {
		ss += (b - mean) * (b - mean)
		s3 += (b - mean) * (b - mean) * (b - mean)
	}
	sd := math.Sqrt(ss / (n - 1))
	g := s3 / n / (sd * sd * sd)
	S := mean / sd
	tsa := math.Sqrt(n) * (S + g*S*S/3 + g/(6*n))
	if !close9(a.MeanBHAR, mean) || !close9(a.TBHAR, tsa) || a.NBHAR != 14 {
		t.Errorf("BHAR mean %v t %v n %d, want %v %v 14", a.MeanBHAR, a.TBHAR, a.NBHAR, mean, tsa)
	}
}
