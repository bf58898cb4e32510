package outdir

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// runInto is one run of a command that writes files (name -> content) into dir.
func runInto(dir string, force bool, files map[string]string) ([]string, error) {
	f, err := Begin(dir, Options{Command: "test", Force: force, Writes: []string{"a.csv", "charts/"}})
	if err != nil {
		return nil, err
	}
	defer f.Abort()
	for name, content := range files {
		p := filepath.Join(f.Stage(), filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return nil, err
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			return nil, err
		}
	}
	return f.Commit()
}

func TestNewFolderThenRerunRemovesStaleFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	got, err := runInto(dir, false, map[string]string{"a.csv": "1", "charts/CTXS.png": "c", "charts/VMW.png": "v"})
	if err != nil || !slices.Equal(got, []string{"a.csv", "charts/CTXS.png", "charts/VMW.png"}) {
		t.Fatalf("first run: %v %v", got, err)
	}
	// A file the user adds beside the run's files stays; the stale chart goes.
	write(t, filepath.Join(dir, "notes.txt"), "mine")
	if _, err := runInto(dir, false, map[string]string{"a.csv": "2", "charts/VMW.png": "v2"}); err != nil {
		t.Fatal(err)
	}
	if read(t, filepath.Join(dir, "a.csv")) != "2" || read(t, filepath.Join(dir, "notes.txt")) != "mine" {
		t.Fatal("rerun did not replace its file or touched the user's")
	}
	if _, err := os.Stat(filepath.Join(dir, "charts", "CTXS.png")); !os.IsNotExist(err) {
		t.Fatalf("stale chart kept: %v", err)
	}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), stagePrefix) {
			t.Fatalf("staging folder left behind: %s", e.Name())
		}
	}
}

func TestForeignFolderRefusedUnlessForce(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.csv"), "curated")
	write(t, filepath.Join(dir, "prices", "VMW.csv"), "user prices")
	_, err := runInto(dir, false, map[string]string{"a.csv": "1"})
	if !IsRefused(err) || !strings.Contains(err.Error(), "did not write") || !strings.Contains(err.Error(), filepath.Join(dir, "a.csv")) {
		t.Fatalf("want a refusal naming what it would write, got %v", err)
	}
	if read(t, filepath.Join(dir, "a.csv")) != "curated" {
		t.Fatal("refused run changed a file")
	}
	// With --force only the run's own names are written; the user's other files stay, also on a
	// rerun that writes fewer files.
	if _, err := runInto(dir, true, map[string]string{"a.csv": "1", "b.csv": "b"}); err != nil {
		t.Fatal(err)
	}
	if _, err := runInto(dir, false, map[string]string{"a.csv": "2"}); err != nil {
		t.Fatal(err)
	}
	if read(t, filepath.Join(dir, "prices", "VMW.csv")) != "user prices" || read(t, filepath.Join(dir, "a.csv")) != "2" {
		t.Fatal("force touched the user's files")
	}
	if _, err := os.Stat(filepath.Join(dir, "b.csv")); !os.IsNotExist(err) {
		t.Fatal("stale b.csv kept")
	}
}

func TestOwnFolderRefusesFilesTheUserChangedOrAdded(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	if _, err := runInto(dir, false, map[string]string{"a.csv": "1", "b.csv": "b"}); err != nil {
		t.Fatal(err)
	}
	// The user edits a.csv and drops their own c.csv where the next run would write one.
	write(t, filepath.Join(dir, "a.csv"), "edited by hand")
	future := time.Now().Add(time.Hour)
	os.Chtimes(filepath.Join(dir, "a.csv"), future, future)
	write(t, filepath.Join(dir, "c.csv"), "user's c")
	_, err := runInto(dir, false, map[string]string{"a.csv": "2", "c.csv": "c"})
	if !IsRefused(err) || !strings.Contains(err.Error(), "a.csv") || !strings.Contains(err.Error(), "c.csv") {
		t.Fatalf("want refusal naming a.csv and c.csv, got %v", err)
	}
	if read(t, filepath.Join(dir, "a.csv")) != "edited by hand" || read(t, filepath.Join(dir, "b.csv")) != "b" {
		t.Fatal("refused commit changed files")
	}
	// A run that no longer writes the edited file leaves it: it is the user's now.
	if _, err := runInto(dir, false, map[string]string{"b.csv": "b2"}); err != nil {
		t.Fatal(err)
	}
	if read(t, filepath.Join(dir, "a.csv")) != "edited by hand" {
		t.Fatal("an edited file was removed as stale")
	}
}

func TestFailedRunLeavesNothing(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	f, err := Begin(dir, Options{Command: "test"})
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(f.Stage(), "half.csv"), "x")
	f.Abort()
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("failed run left %s: %v", dir, err)
	}
	// A file where the folder should be is refused.
	file := filepath.Join(t.TempDir(), "file")
	write(t, file, "x")
	if _, err := Begin(file, Options{Command: "test", Force: true}); !IsRefused(err) {
		t.Fatalf("file as folder: %v", err)
	}
}

func TestManifestCannotNameFilesOutsideTheFolder(t *testing.T) {
	dir := t.TempDir()
	victim := filepath.Join(t.TempDir(), "victim.txt")
	write(t, victim, "keep")
	write(t, filepath.Join(dir, ManifestName), `{"command":"test","files":[{"path":"../victim.txt","size":4}]}`)
	if _, err := runInto(dir, false, map[string]string{"a.csv": "1"}); err == nil {
		t.Fatal("a manifest pointing outside the folder was trusted")
	}
	if read(t, victim) != "keep" {
		t.Fatal("victim removed")
	}
}
