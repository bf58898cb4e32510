package prices

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/eventline/eventline/internal/badinput"
)

// ExpandPaths turns files, directories (every *.csv inside, not recursing) and glob patterns into a
// sorted list of files, each once.
func ExpandPaths(paths []string) ([]string, error) {
	files, problems := expandPaths(paths)
	if len(problems) > 0 {
		return nil, badinput.New(problems...)
	}
	return files, nil
}

// expandPaths is ExpandPaths returning the files it found alongside the problems.
func expandPaths(paths []string) ([]string, []badinput.Problem) {
	var files []string
	var problems []badinput.Problem
	for _, p := range paths {
		if strings.ContainsAny(p, "*?[") {
			matches, err := filepath.Glob(p)
			if err != nil {
				problems = append(problems, badinput.Problem{File: p, Rule: fmt.Sprintf("bad glob pattern: %v", err)})
				continue
			}
			if len(matches) == 0 {
				problems = append(problems, badinput.Problem{File: p, Rule: "no file matches this pattern"})
			}
			for _, m := range matches {
				if fi, err := os.Stat(m); err == nil && !fi.IsDir() {
					files = append(files, m)
				}
			}
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			rule := fmt.Sprintf("cannot read: %v", errors.Unwrap(err))
			if errors.Is(err, fs.ErrNotExist) {
				rule = "no such file or directory"
			}
			problems = append(problems, badinput.Problem{File: p, Rule: rule})
			continue
		}
		if !fi.IsDir() {
			files = append(files, p)
			continue
		}
		entries, err := os.ReadDir(p)
		if err != nil {
			problems = append(problems, badinput.Problem{File: p, Rule: fmt.Sprintf("cannot list: %v", err)})
			continue
		}
		n, txt := 0, 0
		for _, e := range entries {
			if e.IsDir() {
				continue
			}
			switch ext := filepath.Ext(e.Name()); {
			case strings.EqualFold(ext, ".csv"):
				files = append(files, filepath.Join(p, e.Name()))
				n++
			case strings.EqualFold(ext, ".txt"):
				txt++
			}
		}
		switch {
		case n == 0 && txt > 0:
			// Stooq's bulk downloads are .txt files; a folder's .txt files may as well be notes,
			// so they are loaded only when named.
			problems = append(problems, badinput.Problem{File: p, Rule: fmt.Sprintf(
				"directory has no *.csv files; it has %d *.txt files (Stooq's bulk downloads are .txt): name them with a glob, e.g. '%s'",
				txt, filepath.Join(p, "*.txt"))})
		case n == 0:
			problems = append(problems, badinput.Problem{File: p, Rule: "directory has no *.csv files"})
		}
	}
	slices.Sort(files)
	return slices.Compact(files), problems
}

// forEachFile calls do(worker, i) for each i in [0, n), on up to workers goroutines at once:
// reading many files is system calls more than work, and a few readers at once save time. worker
// (below workers) lets each goroutine keep its own buffers.
func forEachFile(n, workers int, do func(worker, i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for w := range min(workers, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				do(w, i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
