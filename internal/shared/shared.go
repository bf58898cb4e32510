// Package shared finds the read-only material that sits beside the project (../shared: the
// reference corpus, real price histories, TimeML documents) for tests that use it. Tests skip,
// with a message, where it is absent, so that `go test ./...` passes on any clone.
package shared

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns ../shared/<sub> relative to the module root, or skips the test when it is missing.
func Dir(t testing.TB, sub string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skipf("no go.mod above the test directory: cannot find ../shared/%s", sub)
		}
		dir = parent
	}
	path := filepath.Join(dir, "..", "shared", sub)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s is absent (the material beside the project): skipping", path)
	}
	return path
}
