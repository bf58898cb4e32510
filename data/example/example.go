// Package example embeds eventline's example dataset: the daily prices of VMware (VMW), Citrix
// (CTXS) and the S&P 500 index (GSPC) from 2007-01-03 to 2008-07-14 as Yahoo Finance published
// them (public market figures), six short news articles written for the project (Markdown with
// front matter: the VMware IPO, Citrix buying XenSource, ESX Server 3i, the January 2008 guidance
// drop, Hyper-V, the July 2008 change of CEO) and two curated anchor events, so that the demo and
// the README's first command work from a fresh clone with nothing else.
package example

import (
	"embed"
	"io/fs"
	"os"
	"path"
	"path/filepath"
)

//go:embed prices/*.csv articles/*.md events.csv
var files embed.FS

// Prices returns the embedded price files (VMW.csv, CTXS.csv, GSPC.csv).
func Prices() fs.FS {
	sub, err := fs.Sub(files, "prices")
	if err != nil {
		panic(err) // the pattern is fixed at build time
	}
	return sub
}

// Files are the example dataset written out to a directory.
type Files struct {
	Prices   []string // VMW.csv, CTXS.csv, GSPC.csv
	Articles []string // Markdown articles
	Events   string   // curated anchor events (CSV)
}

// Write copies the whole example dataset into dir: prices/, articles/ and events.csv.
func Write(dir string) (Files, error) {
	var f Files
	var err error
	if f.Prices, err = WritePrices(filepath.Join(dir, "prices")); err != nil {
		return f, err
	}
	if f.Articles, err = writeDir(files, "articles", filepath.Join(dir, "articles")); err != nil {
		return f, err
	}
	f.Events = filepath.Join(dir, "events.csv")
	b, err := files.ReadFile("events.csv")
	if err != nil {
		return f, err
	}
	return f, os.WriteFile(f.Events, b, 0o644)
}

// WritePrices copies the embedded price files into dir and returns their paths.
func WritePrices(dir string) ([]string, error) {
	return writeDir(Prices(), ".", dir)
}

func writeDir(fsys fs.FS, sub, dir string) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	entries, err := fs.ReadDir(fsys, sub)
	if err != nil {
		return nil, err
	}
	var paths []string
	for _, e := range entries {
		b, err := fs.ReadFile(fsys, path.Join(sub, e.Name()))
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
