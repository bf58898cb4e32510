package analytics

import (
	"context"
	"math"
	"testing"

	"gonum.org/v1/gonum/stat"
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

// TestDailyTestsMatchIndependentComputation recomputes, from the fixture's prices and an OLS fit
// of each event's own, the generalized sign test (Cowan 1992), the rank test (Corrado 1989, ranks
// over the estimation and event days divided by their count plus one, Corrado and Zivney 1992,
// summed over the window as in Cowan 1992) and BMP adjusted for the same-day events'
// cross-correlation (Kolari and Pynnönen 2010).
func TestDailyTestsMatchIndependentComputation(t *testing.T) {
	f := newFixture(t, 220)
	evs := map[string][]int{"X": {100, 120, 140, 160, 200}, "Y": {100, 130, 150, 200}}
	for tk, ds := range evs {
		for _, d := range ds {
			f.event(t, tk, d, "earnings", "occurred")
		}
	}
	est := Window{-80, -11}
	for _, w := range []Window{{0, 0}, {-1, 2}} {
		opts := StudyOptions{Windows: []Window{w}, Benchmark: "M", Model: MarketModel,
			Estimation: est, MinEstimation: 60, Overlap: OverlapKeep, DailyTests: true}
		rs, _, err := Study(context.Background(), f.db, opts)
		if err != nil {
			t.Fatal(err)
		}
		aggs := Aggregates(rs, "all")
		if err := DailyTests(context.Background(), f.db, opts, rs, "all", aggs); err != nil {
			t.Fatal(err)
		}
		if len(aggs) != 1 || aggs[0].N != 9 {
			t.Fatalf("%+v", aggs)
		}
		a := aggs[0]
		type event struct {
			t0   int
			ar   map[int]float64 // by relative day
			scar float64
		}
		var all []event
		for _, r := range rs {
			i0 := dayIndex(f, r.T0)
			var xs, ys []float64
			for i := i0 + est.From; i <= i0+est.To; i++ {
				xs, ys = append(xs, f.ret("M", i)), append(ys, f.ret(r.Ticker, i))
			}
			alpha, beta := stat.LinearRegression(xs, ys, nil, false)
			e := event{t0: i0, ar: map[int]float64{}, scar: r.SCAR}
			for k := est.From; k <= w.To; k++ {
				if k > est.To && k < w.From {
					continue
				}
				e.ar[k] = f.ret(r.Ticker, i0+k) - alpha - beta*f.ret("M", i0+k)
			}
			all = append(all, e)
		}
		N := float64(len(all))
		// Generalized sign.
		var phat float64
		positive := 0
		for _, e := range all {
			pos := 0
			for k := est.From; k <= est.To; k++ {
				if e.ar[k] > 0 {
					pos++
				}
			}
			phat += float64(pos) / float64(est.To-est.From+1) / N
			var car float64
			for k := w.From; k <= w.To; k++ {
				car += e.ar[k]
			}
			if car > 0 {
				positive++
			}
		}
		gsign := (float64(positive) - N*phat) / math.Sqrt(N*phat*(1-phat))
		// Rank test: each event ranks its T abnormal returns; U = K/(T+1) - 1/2.
		meanU := map[int]float64{}
		for _, e := range all {
			for k, v := range e.ar {
				rank := 1.0
				for _, u := range e.ar {
					if u < v {
						rank++
					}
				}
				meanU[k] += (rank/float64(len(e.ar)+1) - 0.5) / N
			}
		}
		var ss, sumW float64
		for k, u := range meanU {
			ss += u * u
			if k >= w.From && k <= w.To {
				sumW += u
			}
		}
		L := float64(w.To - w.From + 1)
		corrado := sumW / math.Sqrt(L) / math.Sqrt(ss/float64(len(meanU)))
		// Kolari-Pynnönen: the two same-day pairs (days 100 and 200).
		var rsum float64
		for i := range all {
			for j := i + 1; j < len(all); j++ {
				if all[i].t0 != all[j].t0 {
					continue
				}
				var u, v []float64
				for k := est.From; k <= est.To; k++ {
					u, v = append(u, all[i].ar[k]), append(v, all[j].ar[k])
				}
				rsum += stat.Correlation(u, v, nil)
			}
		}
		rbar := rsum / (N * (N - 1) / 2)
		var scars []float64
		for _, e := range all {
			scars = append(scars, e.scar)
		}
		mean, sd := stat.MeanStdDev(scars, nil)
		bmp := mean / (sd / math.Sqrt(N))
		kp := bmp * math.Sqrt((1-rbar)/(1+(N-1)*rbar))
		for _, c := range []struct {
			name      string
			got, want float64
		}{{"generalized sign", a.GSign, gsign}, {"Corrado", a.Corrado, corrado}, {"BMP", a.BMP, bmp}, {"BMP-KP", a.BMPKP, kp},
			{"p generalized sign", a.PGSign, 2 * distuv.UnitNormal.Survival(math.Abs(gsign))},
			{"p Corrado", a.PCorrado, 2 * distuv.UnitNormal.Survival(math.Abs(corrado))},
			{"p BMP-KP", a.PBMPKP, 2 * distuv.StudentsT{Mu: 0, Sigma: 1, Nu: N - 1}.Survival(math.Abs(kp))}} {
			if math.IsNaN(c.got) || math.Abs(c.got-c.want) > 1e-7*math.Max(1, math.Abs(c.want)) {
				t.Errorf("%s %s: %.10g, want %.10g", w, c.name, c.got, c.want)
			}
		}
	}
}
