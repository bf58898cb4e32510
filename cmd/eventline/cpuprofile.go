package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// The hidden --cpuprofile flag writes a CPU profile of one run: what to look at when a
// command is slow, and the input of profile-guided optimization (bench/pgo merges profiles
// of extract and ingest articles; bench/README.md says why none is installed). It is hidden
// because it serves whoever builds eventline, not whoever runs it.

// startCPUProfile starts profiling into path and returns what stops it and closes the file.
func startCPUProfile(path string) (stop func() error, err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("--cpuprofile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("--cpuprofile: %w", err)
	}
	return func() error {
		pprof.StopCPUProfile()
		return f.Close()
	}, nil
}
