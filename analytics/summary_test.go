package analytics

import (
	"context"
	"math"
	"testing"
	"time"

	"gonum.org/v1/gonum/stat"
)

func TestSummaryMatchesIndependentComputation(t *testing.T) {
	db := exampleDB(t) // VMW, CTXS, GSPC; a VMW ipo event dated 2007-08-14
	if _, err := db.Exec(`INSERT INTO claims (article_id, ticker, metric, value, unit, text) VALUES (1, 'VMW', 'ipo_price', 29, 'USD', 'priced at $29')`); err != nil {
		t.Fatal(err)
	}
	got, err := Summary(context.Background(), db, SummaryOptions{Tickers: []string{"VMW"}, Benchmark: "GSPC"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("%d summaries", len(got))
	}
	s := got[0]
	d, p := adjCloses(t, "VMW")
	md, mp := adjCloses(t, "GSPC")
	mret := map[time.Time]float64{}
	for i := 1; i < len(md); i++ {
		mret[md[i]] = mp[i]/mp[i-1] - 1
	}
	var rets []float64
	peak, peakDay := p[0], d[0]
	mdd, wantPeak, wantTrough := 0.0, d[0], d[0]
	best, worst := math.Inf(-1), math.Inf(1)
	var bestDay, worstDay time.Time
	above, below := 0, 0
	for i := 1; i < len(p); i++ {
		r := p[i]/p[i-1] - 1
		rets = append(rets, r)
		if r > best {
			best, bestDay = r, d[i]
		}
		if r < worst {
			worst, worstDay = r, d[i]
		}
		if r > mret[d[i]] {
			above++
		} else if r < mret[d[i]] {
			below++
		}
		if p[i] >= peak {
			peak, peakDay = p[i], d[i]
		}
		if dd := p[i]/peak - 1; dd < mdd {
			mdd, wantPeak, wantTrough = dd, peakDay, d[i]
		}
	}
	vol := stat.StdDev(rets, nil) * math.Sqrt(252)
	total := p[len(p)-1]/p[0] - 1
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"total return", s.TotalReturn, total}, {"volatility", s.AnnualizedVolatility, vol},
		{"max drawdown", s.MaxDrawdown, mdd}, {"best", s.BestReturn, best}, {"worst", s.WorstReturn, worst},
		{"above", float64(s.DaysAbove), float64(above)}, {"below", float64(s.DaysBelow), float64(below)},
		{"days", float64(s.Days), float64(len(p))},
		// The offer price was $29 and VMW closed at 40.50 (unadjusted) on 2008-07-14, the last row.
		{"since IPO", s.SinceIPO.Float64, 40.5/29 - 1},
	} {
		if math.Abs(c.got-c.want) > 1e-9 {
			t.Errorf("%s: %.10g, want %.10g", c.name, c.got, c.want)
		}
	}
	if !s.PeakDay.Equal(wantPeak) || !s.TroughDay.Equal(wantTrough) || !s.BestDay.Equal(bestDay) || !s.WorstDay.Equal(worstDay) {
		t.Errorf("peak %v trough %v best %v worst %v; want %v %v %v %v", s.PeakDay, s.TroughDay, s.BestDay, s.WorstDay, wantPeak, wantTrough, bestDay, worstDay)
	}
	// The IPO day (2007-08-14) is not in Yahoo's series: no first-day return, rather than a wrong one.
	if s.FirstDayReturn.Valid || !s.FirstDay.Equal(day("2007-08-15")) {
		t.Errorf("first-day return %+v from %v", s.FirstDayReturn, s.FirstDay)
	}
}
