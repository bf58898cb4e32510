// Command gen writes a synthetic universe of daily prices in Yahoo Finance CSV format.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/eventline/eventline/bench/universe"
)

func main() {
	out := flag.String("out", "bench/out/universe", "output directory")
	tickers := flag.Int("tickers", 2000, "number of tickers (files)")
	days := flag.Int("days", 5000, "trading days per ticker")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if err := universe.Generate(*out, *tickers, *days, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
