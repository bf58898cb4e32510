// Command gen builds the embedded company directory (listings.tsv.s2) from the public-domain
// listing files beside the project and two English word lists (Debian's wamerican-small and
// wamerican), of which it keeps only a flag per name and the ordinary words found in names. Run it through `go generate ./data/directory`.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/eventline/eventline/data/directory"
)

func main() {
	listings := flag.String("listings", "../../../shared/data/listings", "folder of the listing CSV files")
	words := flag.String("words", "/usr/share/dict/american-english-small", "ordinary English words, one a line (Debian's wamerican-small)")
	dict := flag.String("dict", "/usr/share/dict/american-english", "a larger dictionary with names, one word a line (Debian's wamerican)")
	out := flag.String("out", "listings.tsv.s2", "file to write")
	flag.Parse()
	if err := run(*listings, *words, *dict, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(listings, words, dict, out string) error {
	ls, common, err := directory.Build(listings, words, dict)
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
