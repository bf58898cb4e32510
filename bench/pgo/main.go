// Command pgo writes a CPU profile for profile-guided optimization of eventline (by default
// bench/out/default.pgo: measured on 2026-12-04, a profile installed as cmd/eventline/default.pgo,
// where `go build` would use it, made extraction 2-7% slower on one core and cost go test 110
// CPU-seconds, so none is installed; see bench/README.md). It runs `eventline extract` and `eventline ingest
// articles` with the hidden --cpuprofile flag over generated articles (bench/extract's corpus)
// and over real-register text (the eval batches' articles, and any -real files given), and
// merges the profiles.
//
// A profile holds function names and sample counts only, never text, so third-party articles
// (the Reuters set in ../shared) may be profiled even though they are never committed.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/eventline/eventline/bench/universe"
)

func main() {
	out := flag.String("out", filepath.Join("bench", "out", "default.pgo"), "where the merged profile goes (cmd/eventline/default.pgo to build with it)")
	generated := flag.String("generated", filepath.Join("bench", "out", "articles", "news-10000.jsonl"), "generated articles (go run ./bench/extract writes them)")
	real := flag.String("real", "", "more real-register articles, comma-separated (e.g. ../shared/data/news/reuters-train/articles.jsonl)")
	bin := flag.String("eventline", "", "eventline binary to profile (default: the current code, built into bench/out/eventline)")
	flag.Parse()
	if err := run(*out, *generated, *real, *bin); err != nil {
		fmt.Fprintln(os.Stderr, "bench/pgo:", err)
		os.Exit(1)
	}
}

func run(out, generated, real, bin string) error {
	if _, err := os.Stat(generated); err != nil {
		return fmt.Errorf("%w (go run ./bench/extract generates it)", err)
	}
	realFiles, err := filepath.Glob(filepath.Join("data", "eventeval", "testdata", "*", "articles.jsonl"))
	if err != nil {
		return err
	}
	if real != "" {
		realFiles = append(realFiles, strings.Split(real, ",")...)
	}
	bin, err = universe.BuildEventline(bin)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "pgo")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	// The real files are extracted in one run, so that start-up weighs in the profile as it does
	// in a long run, not once per small batch.
	corpora := [][]string{{generated}, realFiles}
	var profiles []string
	for i, files := range corpora {
		for _, cmd := range [][]string{{"extract"}, {"ingest", "articles"}} {
			prof := filepath.Join(tmp, fmt.Sprintf("%d-%s.pprof", i, cmd[0]))
			db := filepath.Join(tmp, fmt.Sprintf("%d-%s.duckdb", i, cmd[0]))
			args := append([]string{"--db", db, "--cpuprofile", prof}, cmd...)
			c := exec.Command(bin, append(args, files...)...)
			var stderr strings.Builder
			c.Stderr = &stderr
			fmt.Fprintf(os.Stderr, "profiling %s over %d file(s)\n", strings.Join(cmd, " "), len(files))
			if err := c.Run(); err != nil {
				return fmt.Errorf("%s: %v\n%s", strings.Join(c.Args, " "), err, stderr.String())
			}
			profiles = append(profiles, prof)
		}
	}
	// -symbolize=none keeps each function's start line, which the compiler needs; pprof's own
	// symbolization would drop it.
	merge := exec.Command("go", append([]string{"tool", "pprof", "-proto", "-symbolize=none"}, profiles...)...)
	var stderr strings.Builder
	merge.Stderr = &stderr
	merged, err := merge.Output()
	if err != nil {
		return fmt.Errorf("merge: %v\n%s", err, stderr.String())
	}
	return os.WriteFile(out, merged, 0o644)
}
