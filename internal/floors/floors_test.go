package floors

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestWriteRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "floors.tsv")
	rows := map[string][]string{
		"modern10": {Down(0.9876), "12"},
		"modern2":  {Down(0.97), "3"},
		"feed1":    {Down(1), "7"},
	}
	if err := Write(path, []string{"batch, F1, count"}, rows); err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := "# batch, F1, count\nfeed1\t1.00\t7\nmodern2\t0.97\t3\nmodern10\t0.98\t12\n"; string(text) != want {
		t.Errorf("written:\n%s\nwant:\n%s", text, want)
	}
	got, err := Read(path, "F1", "count")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]float64{"modern10": {0.98, 12}, "modern2": {0.97, 3}, "feed1": {1, 7}}
	for n, w := range want {
		if !slices.Equal(got[n], w) {
			t.Errorf("%s: %v, want %v", n, got[n], w)
		}
	}
	if _, err := Read(path, "F1"); err == nil || !strings.Contains(err.Error(), "want 2 (batch, F1)") {
		t.Errorf("a row with a column too many: error %v", err)
	}
}

func TestDown(t *testing.T) {
	for in, want := range map[float64]string{0.9876: "0.98", 0.97: "0.97", 1: "1.00", 0.855: "0.85", 0: "0.00"} {
		if got := Down(in); got != want {
			t.Errorf("Down(%v) = %s, want %s", in, got, want)
		}
	}
}
