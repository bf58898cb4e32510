// Package example embeds eventline's example dataset: the daily prices of VMware (VMW), Citrix
// (CTXS) and the S&P 500 index (GSPC) from 2007-01-03 to 2008-07-14 as Yahoo Finance published
// them (public market figures), so that the demo and the README's first command work from a
// fresh clone with nothing else.
package example

import (
	"embed"
	"io/fs"
	"os"
	"path/filepath"
)

//go:embed prices/*.csv
var files embed.FS

// Prices returns the embedded price files (VMW.csv, CTXS.csv, GSPC.csv).
func Prices() fs.FS {
	sub, err := fs.Sub(files, "prices")
	if err != nil {
		panic(err) // the pattern is fixed at build time
	}
	return sub
}

// WritePrices copies the embedded price files into dir and returns their paths.
func WritePrices(dir string) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	entries, err := fs.ReadDir(Prices(), ".")
	if err != nil {
		return nil, err
	}
	var paths []string
	for _, e := range entries {
		b, err := fs.ReadFile(Prices(), e.Name())
		if err != nil {
			return nil, err
		}
		p := filepath.Join(dir, e.Name())
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return nil, err
		}
		paths = append(paths, p)
	}
	return paths, nil
}
