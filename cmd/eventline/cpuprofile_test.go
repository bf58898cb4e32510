package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCPUProfileWrittenAndHidden(t *testing.T) {
	dir := t.TempDir()
	art := fixture(t, dir, "a.jsonl", `{"title":"Note","published":"2007-08-14","body":"VMware said on Tuesday it agreed to buy XenSource."}`+"\n")
	prof := filepath.Join(dir, "cpu.pprof")
	r := run(t, filepath.Join(dir, "none.duckdb"), "", "--cpuprofile", prof, "extract", art)
	if r.code != 0 {
		t.Fatalf("extract --cpuprofile: %+v", r)
	}
	b, err := os.ReadFile(prof)
	if err != nil || len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b { // a pprof profile is gzipped
		t.Fatalf("profile: %d bytes, %v", len(b), err)
	}
	// A second profile in the same process: the first was stopped when its command returned.
	if r := run(t, filepath.Join(dir, "none.duckdb"), "", "--cpuprofile", prof+"2", "extract", art); r.code != 0 {
		t.Fatalf("second profile: %+v", r)
	}
	if r := run(t, filepath.Join(dir, "none.duckdb"), "", "--cpuprofile", filepath.Join(dir, "no", "such", "dir"), "version"); r.code == 0 {
		t.Fatalf("unwritable profile accepted: %+v", r)
	}
	if h := run(t, "", "", "--help"); strings.Contains(h.out, "cpuprofile") {
		t.Fatalf("--cpuprofile shown in help:\n%s", h.out)
	}
}
