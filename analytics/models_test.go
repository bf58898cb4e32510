package analytics

import (
	"context"
	"math"
	"testing"

	"gonum.org/v1/gonum/stat"
)

// TestConstantMeanMatchesIndependentComputation: the constant-mean-return model (Brown and Warner
// 1980; Campbell, Lo and MacKinlay 1997, section 4.3.1) recomputed from the fixture's prices: the
// normal return is the stock's mean over the estimation window, the CAR's variance
// s²·(L + L²/n) with s² the estimation returns' sample variance.
func TestConstantMeanMatchesIndependentComputation(t *testing.T) {
	f := newFixture(t, 160)
	f.event(t, "X", 120, "earnings", "occurred")
	f.event(t, "Y", 150, "earnings", "occurred")
	// The benchmark misses days around Y's event: the constant-mean model does not need it.
	if _, err := f.db.Exec(`DELETE FROM prices WHERE ticker = 'M' AND date BETWEEN ? AND ?`, f.dates[148], f.dates[152]); err != nil {
		t.Fatal(err)
	}
	rs, _, err := Study(context.Background(), f.db, StudyOptions{Windows: []Window{{-1, 1}, {0, 5}}, Benchmark: "M",
		Model: ConstantMean, Estimation: Window{-100, -11}, MinEstimation: 60})
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 4 {
		t.Fatalf("%d windows", len(rs))
	}
	for _, r := range rs {
		i0 := map[string]int{"X": 120, "Y": 150}[r.Ticker]
		var est []float64
		for i := i0 - 100; i <= i0-11; i++ {
			est = append(est, f.ret(r.Ticker, i))
		}
		mean, sd := stat.MeanStdDev(est, nil)
		var car float64
		for i := i0 + r.Window.From; i <= i0+r.Window.To; i++ {
			car += f.ret(r.Ticker, i) - mean
		}
		L, n := float64(r.Window.To-r.Window.From+1), float64(len(est))
		scar := car / math.Sqrt(sd*sd*(L+L*L/n))
		if r.Model != ConstantMean || r.Fallback || r.EstimationDays != 90 || !r.Complete || r.Note != "" {
			t.Errorf("%s %s: model %s fallback %v est %d complete %v note %q", r.Ticker, r.Window, r.Model, r.Fallback, r.EstimationDays, r.Complete, r.Note)
		}
		if math.Abs(r.CAR-car) > 1e-12 || math.Abs(r.SCAR-scar) > 1e-9 {
			t.Errorf("%s %s: CAR %.12g SCAR %.12g, want %.12g %.12g", r.Ticker, r.Window, r.CAR, r.SCAR, car, scar)
		}
	}
}
