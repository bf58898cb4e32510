// Command gen builds the embedded company directory (listings.tsv.gz) from the public-domain
// listing files beside the project and a list of ordinary English words (Debian's
// wamerican-small). Run it through `go generate ./data/directory`.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/eventline/eventline/data/directory"
)

func main() {
	listings := flag.String("listings", "../../../shared/data/listings", "folder of the listing CSV files")
	words := flag.String("words", "/usr/share/dict/american-english-small", "word list, one word a line")
	out := flag.String("out", "listings.tsv.gz", "file to write")
	flag.Parse()
	if err := run(*listings, *words, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(listings, words, out string) error {
	ls, common, err := directory.Build(listings, words)
	if err != nil {
		return err
	}
	data, err := directory.Format(ls, common)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen: %d listings, %d ordinary words, %d bytes in %s\n", len(ls), len(common), len(data), out)
	return nil
}
