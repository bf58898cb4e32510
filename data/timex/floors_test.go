package timex

import (
	"flag"
	"path/filepath"
)

var updateFloors = flag.Bool("update-floors", false, "rewrite testdata/floors-heldout.tsv from the scores measured now")

const heldoutFloorsFile = "testdata/floors-heldout.tsv"

// mapDirs returns the directory of each path.
func mapDirs(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = filepath.Dir(p)
	}
	return out
}
