package timex

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

var updateFloors = flag.Bool("update-floors", false, "rewrite testdata/floors-heldout.tsv from the scores measured now")

const heldoutFloorsFile = "testdata/floors-heldout.tsv"

// heldoutFloor is a held-out batch's DATE count and the value and span F1 it must keep.
type heldoutFloor struct {
	gold        int
	value, span float64
}

// readHeldoutFloors reads the rows of the floors file: batch, DATEs, value F1, span F1.
func readHeldoutFloors(path string) (map[string]heldoutFloor, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := make(map[string]heldoutFloor)
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		c := strings.Split(text, "\t")
		if len(c) != 4 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 4 (batch, DATEs, value F1, span F1)", path, line, len(c))
		}
		var fl heldoutFloor
		var errs [3]error
		fl.gold, errs[0] = strconv.Atoi(c[1])
		fl.value, errs[1] = strconv.ParseFloat(c[2], 64)
		fl.span, errs[2] = strconv.ParseFloat(c[3], 64)
		if errs[0] != nil || errs[1] != nil || errs[2] != nil {
			return nil, fmt.Errorf("%s:%d: %q, %q and %q must be numbers", path, line, c[1], c[2], c[3])
		}
		out[c[0]] = fl
	}
	return out, sc.Err()
}

// writeHeldoutFloors writes the measured scores rounded down to two places, in batch order.
func writeHeldoutFloors(path string, measured map[string]heldoutFloor) error {
	names := make([]string, 0, len(measured))
	for n := range measured {
		names = append(names, n)
	}
	number := func(n string) int { k, _ := strconv.Atoi(strings.TrimPrefix(n, "heldout")); return k }
	slices.SortFunc(names, func(a, b string) int { return number(a) - number(b) })
	var b strings.Builder
	b.WriteString("# Floors of TestHeldout (timeml_test.go): batch, DATE expressions, value F1, span F1, the\n")
	b.WriteString("# scores measured when set rounded down to two places. Written by\n")
	b.WriteString("# go test ./data/timex -run TestHeldout -update-floors\n")
	down := func(x float64) float64 { return math.Floor(x*100+1e-9) / 100 }
	for _, n := range names {
		m := measured[n]
		fmt.Fprintf(&b, "%s\t%d\t%.2f\t%.2f\n", n, m.gold, down(m.value), down(m.span))
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// mapDirs returns the directory of each path.
func mapDirs(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = filepath.Dir(p)
	}
	return out
}
