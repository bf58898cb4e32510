package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// The hidden --cpuprofile flag writes a CPU profile of one run, the input of
// profile-guided optimization: default.pgo beside this file is such profiles of
// extract and ingest articles, merged (see bench/README.md for how it is made).
// It is hidden because it serves whoever builds eventline, not whoever runs it.

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
