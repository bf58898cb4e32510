package main

import (
	"runtime/debug"
	"testing"
)

// TestPauseCollectorNests: commands run side by side in one process (the tests do) share the
// collector's setting, so it comes back only when the last pause ends, and then to what it was.
func TestPauseCollectorNests(t *testing.T) {
	percent := func() int {
		p := debug.SetGCPercent(-1)
		debug.SetGCPercent(p)
		return p
	}
	before := percent()
	if before < 0 {
		t.Skip("the collector is off (GOGC=off)")
	}
	first := pauseCollector()
	second := pauseCollector()
	if got := percent(); got != -1 {
		t.Fatalf("while paused: GC percent %d, want -1", got)
	}
	first()
	first() // a second call does nothing
	if got := percent(); got != -1 {
		t.Fatalf("after one of two pauses ended: GC percent %d, want -1", got)
	}
	second()
	if got := percent(); got != before {
		t.Fatalf("after both ended: GC percent %d, want %d", got, before)
	}
}
