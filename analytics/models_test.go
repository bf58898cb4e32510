package analytics

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"

	"github.com/eventline/eventline/data/factors"
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

// writeFrench writes factor returns for the fixture's days in Kenneth French's daily layout
// (prose, a header starting with a comma, YYYYMMDD dates, percent), from day skip on.
func writeFrench(t *testing.T, f *fixture, skip int, rng *rand.Rand) (path string, fs map[string][]float64) {
	t.Helper()
	fs = map[string][]float64{}
	var b strings.Builder
	b.WriteString("This file was created by eventline's tests (made-up numbers).\r\n\r\n,Mkt-RF,SMB,HML,RF,Mom\r\n")
	for i, d := range f.dates {
		m := f.ret("M", max(i, 1)) // the fixture's market, so that the stocks load on Mkt-RF
		v := map[string]float64{"mkt_rf": m - 0.0001, "smb": rng.NormFloat64() * 0.005, "hml": rng.NormFloat64() * 0.004,
			"rf": 0.0001, "mom": rng.NormFloat64() * 0.006}
		// Percent with four decimals, as the values are read back.
		for k, x := range v {
			v[k] = math.Round(x*1e6) / 1e4
			fs[k] = append(fs[k], v[k]/100)
		}
		if i >= skip {
			fmt.Fprintf(&b, "%s,%10.4f,%10.4f,%10.4f,%10.4f,%10.4f\r\n", d.Format("20060102"), v["mkt_rf"], v["smb"], v["hml"], v["rf"], v["mom"])
		}
	}
	b.WriteString("\r\nCopyright (synthetic)\r\n")
	path = filepath.Join(t.TempDir(), "F-F_daily.CSV")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, fs
}

// TestFactorModelsMatchIndependentComputation: the Fama-French three-factor and Carhart four-factor
// models (Fama and French 1993; Carhart 1997) recomputed by a QR least-squares fit of the excess
// returns on the factors, and the CAR's variance s²·(L + ι'X_w(X'X)⁻¹X_w'ι) from the full matrices
// (Campbell, Lo and MacKinlay 1997, section 4.4.3).
func TestFactorModelsMatchIndependentComputation(t *testing.T) {
	f := newFixture(t, 200)
	rng := rand.New(rand.NewPCG(1, 2))
	path, fs := writeFrench(t, f, 5, rng) // the factors start on day 5
	rows, err := factors.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := factors.Store(context.Background(), f.db, rows); err != nil {
		t.Fatal(err)
	}
	f.event(t, "X", 150, "earnings", "occurred")
	f.event(t, "Y", 190, "earnings", "occurred")
	early := f.event(t, "Y", 70, "earnings", "occurred") // its estimation window reaches before the factors
	first := f.event(t, "X", 3, "earnings", "occurred")  // its window has days without factors
	for _, model := range []string{FamaFrench3, Carhart4} {
		names := factorNames[model]
		k := len(names)
		rs, _, err := Study(context.Background(), f.db, StudyOptions{Windows: []Window{{-1, 1}, {0, 5}}, Benchmark: "M",
			Model: model, Estimation: Window{-100, -11}, MinEstimation: 60})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs {
			switch r.EventID {
			case early:
				if !r.Fallback || r.Model != MarketAdjusted { // 59 estimation days with factors < 60
					t.Errorf("%s: the early event: model %s fallback %v est %d", model, r.Model, r.Fallback, r.EstimationDays)
				}
				continue
			case first:
				if !r.Fallback {
					t.Errorf("%s: the first event: %+v", model, r)
				}
				continue
			}
			i0 := map[string]int{"X": 150, "Y": 190}[r.Ticker]
			var X []float64
			var z []float64
			for i := i0 - 100; i <= i0-11; i++ {
				X = append(X, 1)
				for _, n := range names {
					X = append(X, fs[n][i])
				}
				z = append(z, f.ret(r.Ticker, i)-fs["rf"][i])
			}
			n := len(z)
			Xm := mat.NewDense(n, k+1, X)
			var qr mat.QR
			qr.Factorize(Xm)
			var b mat.VecDense
			if err := qr.SolveVecTo(&b, false, mat.NewVecDense(n, z)); err != nil {
				t.Fatal(err)
			}
			var resid mat.VecDense
			resid.MulVec(Xm, &b)
			resid.SubVec(mat.NewVecDense(n, z), &resid)
			s2 := mat.Dot(&resid, &resid) / float64(n-k-1)
			var car float64
			xw := make([]float64, k+1)
			for i := i0 + r.Window.From; i <= i0+r.Window.To; i++ {
				e := b.AtVec(0)
				xw[0]++
				for j, nm := range names {
					e += b.AtVec(j+1) * fs[nm][i]
					xw[j+1] += fs[nm][i]
				}
				car += f.ret(r.Ticker, i) - fs["rf"][i] - e
			}
			var xtx, inv mat.Dense
			xtx.Mul(Xm.T(), Xm)
			if err := inv.Inverse(&xtx); err != nil {
				t.Fatal(err)
			}
			w := mat.NewVecDense(k+1, xw)
			scar := car / math.Sqrt(s2*(xw[0]+mat.Inner(w, &inv, w)))
			if r.Model != model || r.Fallback || r.EstimationDays != 90 || !r.Complete {
				t.Errorf("%s %s %s: model %s fallback %v est %d complete %v", model, r.Ticker, r.Window, r.Model, r.Fallback, r.EstimationDays, r.Complete)
			}
			if math.Abs(r.CAR-car) > 1e-10 || math.Abs(r.SCAR-scar) > 1e-8 || math.Abs(r.Beta-b.AtVec(1)) > 1e-8 {
				t.Errorf("%s %s %s: CAR %.12g SCAR %.12g beta %.10g, want %.12g %.12g %.10g", model, r.Ticker, r.Window,
					r.CAR, r.SCAR, r.Beta, car, scar, b.AtVec(1))
			}
		}
	}
	// Without momentum stored, Carhart's model says what to load.
	if _, err := f.db.Exec(`DELETE FROM factors WHERE factor = 'mom'`); err != nil {
		t.Fatal(err)
	}
	_, _, err = Study(context.Background(), f.db, StudyOptions{Windows: []Window{{0, 0}}, Benchmark: "M", Model: Carhart4,
		Estimation: Window{-100, -11}, MinEstimation: 60})
	if err == nil || !strings.Contains(err.Error(), "F-F_Momentum_Factor_daily.CSV") {
		t.Errorf("no momentum: %v", err)
	}
}
