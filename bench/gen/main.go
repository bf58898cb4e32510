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
	yahoo := flag.Bool("yahoo-quirks", false, "give the universe real Yahoo quirks (Open = 0, null rows, bad rows, '_' names)")
	flag.Parse()
	var q universe.Quirks
	if *yahoo {
		q = universe.Yahoo
	}
	if err := universe.GenerateWith(*out, *tickers, *days, *seed, q); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
