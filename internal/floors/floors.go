// Package floors reads and writes the regression floors of labelled test batches: a
// tab-separated file of a batch's name and its numbers (scores, counts), with "#" comments.
// The tests of data/eventeval and data/timex keep every batch they score at or above its floor.
package floors

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
)

// Read returns each batch's numbers from the file at path, whose rows must have a name and one
// number for each of columns (named in errors).
func Read(path string, columns ...string) (map[string][]float64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := make(map[string][]float64)
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		c := strings.Split(text, "\t")
		if len(c) != len(columns)+1 {
			return nil, fmt.Errorf("%s:%d: %d columns, want %d (batch, %s)", path, line, len(c), len(columns)+1, strings.Join(columns, ", "))
		}
		vals := make([]float64, len(columns))
		for i, s := range c[1:] {
			if vals[i], err = strconv.ParseFloat(s, 64); err != nil {
				return nil, fmt.Errorf("%s:%d: %s %q is not a number", path, line, columns[i], s)
			}
		}
		out[c[0]] = vals
	}
	return out, sc.Err()
}

// Write writes the rows, each a batch's name and its numbers already formatted, ordered by the
// name's stem and then its number (modern2 before modern10), under the comment lines header.
func Write(path string, header []string, rows map[string][]string) error {
	names := make([]string, 0, len(rows))
	for n := range rows {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int {
		sa, ka := stemNumber(a)
		sb, kb := stemNumber(b)
		if c := strings.Compare(sa, sb); c != 0 {
			return c
		}
		return ka - kb
	})
	var b strings.Builder
	for _, h := range header {
		b.WriteString("# " + h + "\n")
	}
	for _, n := range names {
		b.WriteString(n + "\t" + strings.Join(rows[n], "\t") + "\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// Down formats a score rounded down to two places: a floor a little under what was measured.
func Down(x float64) string {
	return strconv.FormatFloat(math.Floor(x*100+1e-9)/100, 'f', 2, 64)
}

func stemNumber(n string) (string, int) {
	i := strings.IndexFunc(n, func(r rune) bool { return r >= '0' && r <= '9' })
	if i < 0 {
		return n, 0
	}
	k, _ := strconv.Atoi(n[i:])
	return n[:i], k
}
