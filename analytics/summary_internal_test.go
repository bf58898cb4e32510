package analytics

import (
	"context"
	"fmt"
	"math"
	"testing"
	"time"
)

func TestSummaryMatchesReference(t *testing.T) {
	ctx := context.Background()
	db := messyDB(t)
	for _, opts := range []SummaryOptions{
		{Benchmark: "M"},
		{Tickers: []string{"A", "F", "G"}, Benchmark: "M"},
		{Tickers: []string{"C", "M"}, Benchmark: "M", From: time.Date(2012, 6, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2013, 6, 30, 0, 0, 0, 0, time.UTC)},
		{Benchmark: "A", From: time.Date(2013, 1, 1, 0, 0, 0, 0, time.UTC)},
	} {
		got, err := Summary(ctx, db, opts)
		if err != nil {
			t.Fatal(err)
		}
		want, err := summary(ctx, db, opts, SummaryReferenceSQL)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) || len(want) == 0 {
			t.Fatalf("%+v: %d summaries, want %d", opts, len(got), len(want))
		}
		for i := range want {
			g, w := got[i], want[i]
			id := fmt.Sprintf("%+v %s", opts, w.Ticker)
			if g.Ticker != w.Ticker || !g.FirstDay.Equal(w.FirstDay) || !g.LastDay.Equal(w.LastDay) || g.Days != w.Days ||
				!g.PeakDay.Equal(w.PeakDay) || !g.TroughDay.Equal(w.TroughDay) || !g.BestDay.Equal(w.BestDay) ||
				!g.WorstDay.Equal(w.WorstDay) || g.DaysAbove != w.DaysAbove || g.DaysBelow != w.DaysBelow ||
				g.IPOPrice != w.IPOPrice || g.IPODay != w.IPODay || g.SinceIPO.Valid != w.SinceIPO.Valid || g.FirstDayReturn.Valid != w.FirstDayReturn.Valid {
				t.Errorf("%s:\n got %+v\nwant %+v", id, g, w)
			}
			for _, c := range []struct {
				name      string
				got, want float64
			}{
				{"first close", g.FirstClose, w.FirstClose}, {"last close", g.LastClose, w.LastClose},
				{"total", g.TotalReturn, w.TotalReturn}, {"annualized", g.AnnualizedReturn, w.AnnualizedReturn},
				{"volatility", g.AnnualizedVolatility, w.AnnualizedVolatility}, {"drawdown", g.MaxDrawdown, w.MaxDrawdown},
				{"best", g.BestReturn, w.BestReturn}, {"worst", g.WorstReturn, w.WorstReturn},
				{"since IPO", g.SinceIPO.Float64, w.SinceIPO.Float64}, {"first day", g.FirstDayReturn.Float64, w.FirstDayReturn.Float64},
			} {
				if math.Abs(c.got-c.want) > 1e-12*math.Max(1, math.Abs(c.want)) {
					t.Errorf("%s: %s %.15g, want %.15g", id, c.name, c.got, c.want)
				}
			}
		}
	}
}
