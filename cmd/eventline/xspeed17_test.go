package main

import (
	"os"
	"runtime/debug"
	"testing"
)

// TestBatchCollector: a batch command reads at batchPercent, a pause inside it turns the
// collector off, and the setting comes back when the last holder ends; GOGC set wins.
func TestBatchCollector(t *testing.T) {
	percent := func() int {
		p := debug.SetGCPercent(-1)
		debug.SetGCPercent(p)
		return p
	}
	before := percent()
	if before < 0 || os.Getenv("GOGC") != "" {
		t.Skip("GOGC is set")
	}
	done := batchCollector()
	if got := percent(); got != batchPercent {
		t.Fatalf("in a batch: GC percent %d, want %d", got, batchPercent)
	}
	resume := pauseCollector()
	if got := percent(); got != -1 {
		t.Fatalf("paused in a batch: GC percent %d, want -1", got)
	}
	resume()
	if got := percent(); got != batchPercent {
		t.Fatalf("after the pause: GC percent %d, want %d", got, batchPercent)
	}
	done()
	done() // a second call does nothing
	if got := percent(); got != before {
		t.Fatalf("after the batch: GC percent %d, want %d", got, before)
	}
}
