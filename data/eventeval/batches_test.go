package eventeval_test

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/directory"
	"github.com/eventline/eventline/data/eventeval"
)

var updateFloors = flag.Bool("update-floors", false, "rewrite testdata/floors.tsv from the scores measured now")

// floorsFile holds, for every labelled batch under testdata, the micro F1 and ticker precision
// that extraction must keep: the score measured when the floor was last set, rounded down to two
// places. A batch was scored once blind when it was written (its README says so); after that it
// guards the rules that came with it. A change that lowers a batch on purpose lowers its floor in
// the same commit, where a reviewer sees it.
const floorsFile = "testdata/floors.tsv"

type floor struct{ microF1, tickersP float64 }

// TestBatchFloors scores every labelled batch under testdata as `eventline eval events` does (the
// listing directory loaded) and fails where one falls under its floor, or has none. Run with
// -update-floors to write the floors of the scores measured now.
func TestBatchFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("scores every labelled batch")
	}
	dirs, err := filepath.Glob("testdata/*/gold.jsonl")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no labelled batches under testdata (%v)", err)
	}
	floors, err := readFloors(floorsFile)
	if err != nil && !*updateFloors {
		t.Fatal(err)
	}
	dir, err := directory.Load()
	if err != nil {
		t.Fatal(err)
	}
	measured := make(map[string]floor)
	for _, gold := range dirs {
		batch := filepath.Dir(gold)
		name := filepath.Base(batch)
		res, err := eventeval.EvaluateWith(context.Background(), batch, eventeval.Options{Directory: dir})
		if err != nil {
			t.Fatalf("%s: %v", batch, err)
		}
		got := floor{microF1: res.Micro.F1, tickersP: res.Tickers.P}
		measured[name] = got
		if *updateFloors {
			continue
		}
		want, ok := floors[name]
		switch {
		case !ok:
			t.Errorf("%s has no floor in %s: run go test ./data/eventeval -run TestBatchFloors -update-floors", batch, floorsFile)
		case got.microF1 < want.microF1:
			t.Errorf("%s micro F1 %.3f, under its floor %.2f", batch, got.microF1, want.microF1)
		case got.tickersP < want.tickersP:
			t.Errorf("%s ticker precision %.3f, under its floor %.2f", batch, got.tickersP, want.tickersP)
		}
	}
	if *updateFloors {
		if err := writeFloors(floorsFile, measured); err != nil {
			t.Fatal(err)
		}
	}
}

// readFloors reads floorsFile's rows: batch, micro F1 floor, ticker precision floor.
func readFloors(path string) (map[string]floor, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := make(map[string]floor)
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		c := strings.Split(text, "\t")
		if len(c) != 3 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 3 (batch, micro F1, ticker precision)", path, line, len(c))
		}
		var fl floor
		var errF, errP error
		fl.microF1, errF = strconv.ParseFloat(c[1], 64)
		fl.tickersP, errP = strconv.ParseFloat(c[2], 64)
		if errF != nil || errP != nil {
			return nil, fmt.Errorf("%s:%d: floors %q and %q must be numbers", path, line, c[1], c[2])
		}
		out[c[0]] = fl
	}
	return out, sc.Err()
}

// writeFloors writes the measured scores rounded down to two places, in the batches' order.
func writeFloors(path string, measured map[string]floor) error {
	names := make([]string, 0, len(measured))
	for n := range measured {
		names = append(names, n)
	}
	sortBatches(names)
	var b strings.Builder
	b.WriteString("# Floors of TestBatchFloors (batches_test.go): batch, micro F1, ticker precision, each the\n")
	b.WriteString("# score measured when set, rounded down to two places. Written by\n")
	b.WriteString("# go test ./data/eventeval -run TestBatchFloors -update-floors\n")
	down := func(x float64) float64 { return math.Floor(x*100+1e-9) / 100 }
	for _, n := range names {
		m := measured[n]
		fmt.Fprintf(&b, "%s\t%.2f\t%.2f\n", n, down(m.microF1), down(m.tickersP))
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// sortBatches orders batch names by their stem, then their number: modern2 before modern10.
func sortBatches(names []string) {
	key := func(n string) (string, int) {
		i := strings.IndexFunc(n, func(r rune) bool { return r >= '0' && r <= '9' })
		if i < 0 {
			return n, 0
		}
		k, _ := strconv.Atoi(n[i:])
		return n[:i], k
	}
	slices.SortFunc(names, func(a, b string) int {
		sa, ka := key(a)
		sb, kb := key(b)
		if c := strings.Compare(sa, sb); c != 0 {
			return c
		}
		return ka - kb
	})
}
