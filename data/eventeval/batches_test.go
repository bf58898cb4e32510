package eventeval_test

import (
	"context"
	"flag"
	"path/filepath"
	"testing"

	"github.com/eventline/eventline/data/directory"
	"github.com/eventline/eventline/data/eventeval"
	"github.com/eventline/eventline/internal/floors"
)

var updateFloors = flag.Bool("update-floors", false, "rewrite testdata/floors.tsv from the scores measured now")

// floorsFile holds, for every labelled batch under testdata, the micro F1 and ticker precision
// that extraction must keep: the score measured when the floor was last set, rounded down to two
// places. A batch was scored once blind when it was written (its README says so); after that it
// guards the rules that came with it. A change that lowers a batch on purpose lowers its floor in
// the same commit, where a reviewer sees it.
const floorsFile = "testdata/floors.tsv"

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
	want, err := floors.Read(floorsFile, "micro F1", "ticker precision")
	if err != nil && !*updateFloors {
		t.Fatal(err)
	}
	dir, err := directory.Load()
	if err != nil {
		t.Fatal(err)
	}
	measured := make(map[string][]string)
	for _, gold := range dirs {
		batch := filepath.Dir(gold)
		name := filepath.Base(batch)
		res, err := eventeval.EvaluateWith(context.Background(), batch, eventeval.Options{Directory: dir})
		if err != nil {
			t.Fatalf("%s: %v", batch, err)
		}
		measured[name] = []string{floors.Down(res.Micro.F1), floors.Down(res.Tickers.P)}
		if *updateFloors {
			continue
		}
		min, ok := want[name]
		switch {
		case !ok:
			t.Errorf("%s has no floor in %s: run go test ./data/eventeval -run TestBatchFloors -update-floors", batch, floorsFile)
		case res.Micro.F1 < min[0]:
			t.Errorf("%s micro F1 %.3f, under its floor %.2f", batch, res.Micro.F1, min[0])
		case res.Tickers.P < min[1]:
			t.Errorf("%s ticker precision %.3f, under its floor %.2f", batch, res.Tickers.P, min[1])
		}
	}
	if *updateFloors {
		header := []string{"Floors of TestBatchFloors (batches_test.go): batch, micro F1, ticker precision, each the",
			"score measured when set, rounded down to two places. Written by",
			"go test ./data/eventeval -run TestBatchFloors -update-floors"}
		if err := floors.Write(floorsFile, header, measured); err != nil {
			t.Fatal(err)
		}
	}
}
