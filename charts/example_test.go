package charts_test

import (
	"fmt"
	"log"
	"math"
	"os"
	"time"

	"github.com/eventline/eventline/charts"
)

func Example() {
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	pc := charts.PriceChart{Ticker: "VMW", Currency: "USD", Volume: true}
	for i, c := range []float64{57.71, 56.99, 55.55, 57.70, 65.99} {
		d := day("2007-08-15").AddDate(0, 0, i)
		pc.Bars = append(pc.Bars, charts.Bar{Date: d, Open: math.NaN(), High: math.NaN(), Low: math.NaN(), Close: c, Volume: 5e6})
	}
	pc.Events = []charts.Event{{Date: day("2007-08-19"), Granularity: "day", Type: "price_move", Ticker: "VMW",
		Headline: "VMW breaks $66", Source: "MarketWatch"}}
	f, err := os.CreateTemp("", "vmw-*.svg")
	if err != nil {
		log.Fatal(err)
	}
	defer os.Remove(f.Name())
	defer f.Close()
	lay, err := pc.Render(f, "svg", charts.Options{Title: "VMW after the IPO", SourceLine: "prices: Yahoo Finance daily"})
	if err != nil {
		log.Fatal(err)
	}
	for _, m := range lay.Marks {
		fmt.Println(m.HoverText(), !m.Label.Empty())
	}
	// Output:
	// #1 2007-08-19 VMW: VMW breaks $66 (MarketWatch) true
}
