// Package outdir lets a command write a folder of results without ever touching a file it did not
// write.
//
// A run writes its files into a staging folder inside the output folder and Commit moves them into
// place only when the run has succeeded, so a failed run leaves the folder as it was. The files of a
// run are listed in a manifest (.eventline-manifest.json) with their size and modification time;
// the next run into the same folder replaces them and removes those it no longer writes. A folder
// that holds anything else is somebody else's: it is refused unless the user says --force, and even
// then only the files of this run are written and nothing is ever removed that the manifest does not
// list. A listed file that changed since it was written (the user edited it) counts as the user's.
package outdir

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"
)

// ManifestName is the file in an output folder that lists what eventline wrote there.
const ManifestName = ".eventline-manifest.json"

// stagePrefix names the staging folders; a crashed run may leave one behind, and it is neither the
// user's file nor a reason to refuse the folder.
const stagePrefix = ".eventline-staging-"

// RefusedError says that writing would have replaced or mixed with files eventline did not write.
// Commands exit with status 2 for it.
type RefusedError struct{ msg string }

func (e *RefusedError) Error() string { return e.msg }

// IsRefused says whether err is a refusal to touch the user's files.
func IsRefused(err error) bool {
	var r *RefusedError
	return errors.As(err, &r)
}

// Options say who writes and how boldly.
type Options struct {
	// Command names the writer in messages and in the manifest ("export", "report", "demo").
	Command string
	// Force allows writing into a folder eventline did not create and replacing same-named files
	// there. Files that are not this run's are never removed, even with Force.
	Force bool
	// Writes lists what the run will write (files or "folder/"), for the refusal message only.
	Writes []string
}

type entry struct {
	Path    string    `json:"path"` // slash-separated, relative to the folder
	Size    int64     `json:"size"`
	ModTime time.Time `json:"mtime"`
}

type manifest struct {
	Command string  `json:"command"`
	Files   []entry `json:"files"`
}

// Folder is one run's claim on an output folder.
type Folder struct {
	Dir     string
	opts    Options
	stage   string
	created bool // Dir did not exist before this run
	owned   bool // Dir holds a manifest of eventline's, or nothing
	prev    map[string]entry
	done    bool
}

// Begin checks that the run may write into dir and returns the folder, with an empty staging
// folder for the run's files. A non-empty folder without a manifest is refused unless opts.Force.
// Call Abort when the run fails (it is harmless after Commit).
func Begin(dir string, opts Options) (*Folder, error) {
	if opts.Command == "" {
		opts.Command = "eventline"
	}
	f := &Folder{Dir: dir, opts: opts, prev: map[string]entry{}}
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		f.created, f.owned = true, true
	case err != nil:
		return nil, fmt.Errorf("%s: %w", opts.Command, err)
	case !fi.IsDir():
		return nil, &RefusedError{fmt.Sprintf("%s: %s is a file, not a folder: nothing written (name a folder for --out)", opts.Command, dir)}
	default:
		m, found, err := readManifest(dir)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", opts.Command, err)
		}
		if found {
			f.owned = true
			for _, e := range m.Files {
				f.prev[e.Path] = e
			}
		} else {
			others, err := foreignEntries(dir)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", opts.Command, err)
			}
			f.owned = len(others) == 0
			if !f.owned && !opts.Force {
				return nil, f.refuseForeign(others)
			}
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("%s: %w", opts.Command, err)
	}
	if f.stage, err = os.MkdirTemp(dir, stagePrefix); err != nil {
		return nil, fmt.Errorf("%s: %w", opts.Command, err)
	}
	return f, nil
}

func (f *Folder) refuseForeign(others []string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s is not empty and eventline did not write it (it holds %s)", f.opts.Command, f.Dir, list(others, 5))
	if len(f.opts.Writes) > 0 {
		would := make([]string, len(f.opts.Writes))
		for i, w := range f.opts.Writes {
			would[i] = filepath.Join(f.Dir, filepath.FromSlash(w))
			if strings.HasSuffix(w, "/") {
				would[i] += string(filepath.Separator)
			}
		}
		fmt.Fprintf(&b, "; it would have written %s", strings.Join(would, ", "))
	}
	b.WriteString(".\nNothing was written. Name a new or empty folder, or add --force to write into this one" +
		" (only files of the same names are replaced; nothing else is touched)")
	return &RefusedError{b.String()}
}

// Stage is the folder the run writes its files into; Commit moves them to Dir.
func (f *Folder) Stage() string { return f.stage }

// Abort removes the staging folder, and Dir too when this run created it and it is still empty.
func (f *Folder) Abort() {
	if f == nil || f.done {
		return
	}
	f.done = true
	os.RemoveAll(f.stage) // only ever the run's own staging folder
	if f.created {
		os.Remove(f.Dir) // fails, as it should, unless empty
	}
}

// Commit moves the staged files into Dir, replacing the earlier run's files, removes the earlier
// run's files that this run did not write, and writes the manifest. It returns the files written,
// slash-separated and sorted. Before anything moves it checks every target: a file there that the
// manifest does not list, or that changed since it was written, is the user's and refuses the
// commit (unless Force), leaving Dir exactly as it was.
func (f *Folder) Commit() ([]string, error) {
	if f.done {
		return nil, fmt.Errorf("%s: output folder already committed", f.opts.Command)
	}
	defer f.Abort()
	var files []string
	err := filepath.WalkDir(f.stage, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(f.stage, p)
		if err != nil {
			return err
		}
		files = append(files, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.opts.Command, err)
	}
	sort.Strings(files)
	var clash []string
	for _, name := range files {
		target := filepath.Join(f.Dir, filepath.FromSlash(name))
		fi, err := os.Lstat(target)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.opts.Command, err)
		}
		if fi.IsDir() {
			return nil, &RefusedError{fmt.Sprintf("%s: %s is a folder where a file would go: nothing written", f.opts.Command, target)}
		}
		if !f.ours(name, fi) && !f.opts.Force {
			clash = append(clash, target)
		}
	}
	if len(clash) > 0 {
		return nil, &RefusedError{fmt.Sprintf("%s: would replace %s, which eventline did not write (or which changed since): nothing written.\n"+
			"Name another folder, or add --force to replace them", f.opts.Command, list(clash, 5))}
	}
	m := manifest{Command: f.opts.Command}
	for _, name := range files {
		target := filepath.Join(f.Dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return nil, fmt.Errorf("%s: %w", f.opts.Command, err)
		}
		if err := os.Rename(filepath.Join(f.stage, filepath.FromSlash(name)), target); err != nil {
			return nil, fmt.Errorf("%s: %w", f.opts.Command, err)
		}
		fi, err := os.Stat(target)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.opts.Command, err)
		}
		m.Files = append(m.Files, entry{Path: name, Size: fi.Size(), ModTime: fi.ModTime()})
	}
	// The earlier run's files that this run no longer writes go, when they are still as written.
	var stale []string
	for name := range f.prev {
		if !slices.Contains(files, name) {
			stale = append(stale, name)
		}
	}
	sort.Strings(stale)
	for _, name := range stale {
		target := filepath.Join(f.Dir, filepath.FromSlash(name))
		fi, err := os.Lstat(target)
		if err != nil || !f.ours(name, fi) {
			continue // gone already, or the user's now: leave it
		}
		if err := os.Remove(target); err != nil {
			return nil, fmt.Errorf("%s: remove stale %s: %w", f.opts.Command, target, err)
		}
		removeEmptyParents(f.Dir, filepath.Dir(target))
	}
	if err := writeManifest(f.Dir, m); err != nil {
		return nil, fmt.Errorf("%s: %w", f.opts.Command, err)
	}
	return files, nil
}

// ours says whether the file at name is the one the earlier run wrote, unchanged.
func (f *Folder) ours(name string, fi fs.FileInfo) bool {
	e, ok := f.prev[name]
	return ok && fi.Mode().IsRegular() && fi.Size() == e.Size && fi.ModTime().Equal(e.ModTime)
}

// removeEmptyParents removes dir and its parents up to (not including) root while they are empty.
func removeEmptyParents(root, dir string) {
	root = filepath.Clean(root)
	for dir = filepath.Clean(dir); dir != root && strings.HasPrefix(dir, root+string(filepath.Separator)); dir = filepath.Dir(dir) {
		if os.Remove(dir) != nil {
			return
		}
	}
}

func readManifest(dir string) (manifest, bool, error) {
	var m manifest
	b, err := os.ReadFile(filepath.Join(dir, ManifestName))
	if errors.Is(err, fs.ErrNotExist) {
		return m, false, nil
	}
	if err != nil {
		return m, false, err
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, false, fmt.Errorf("%s: %w (remove it, or name another folder)", filepath.Join(dir, ManifestName), err)
	}
	for _, e := range m.Files {
		// A manifest is data from disk: never let it name a file outside the folder.
		if !filepath.IsLocal(filepath.FromSlash(e.Path)) {
			return m, false, fmt.Errorf("%s: path %q leaves the folder", filepath.Join(dir, ManifestName), e.Path)
		}
	}
	return m, true, nil
}

func writeManifest(dir string, m manifest) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	tmp := filepath.Join(dir, ManifestName+".tmp")
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, filepath.Join(dir, ManifestName))
}

// foreignEntries lists what dir holds besides leftovers of eventline's own staging.
func foreignEntries(dir string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), stagePrefix) {
			continue
		}
		out = append(out, e.Name())
	}
	return out, nil
}

func list(names []string, max int) string {
	if len(names) <= max {
		return strings.Join(names, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(names[:max], ", "), len(names)-max)
}
