package prices

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCountFileLines checks the block-wise count against counting line by line, on the shapes
// files take at the edges of the blocks it reads.
func TestCountFileLines(t *testing.T) {
	header := "Date,Open,High,Low,Close,Adj Close,Volume\n"
	row := "2020-01-02,1.5,2,1,1.75,1.75,100\n"
	null := "2020-01-03,null,null,null,null,null,null\n"
	long := strings.Repeat("9", countBlock+10)
	tests := []struct {
		name, text string
		delim      byte
	}{
		{"empty", "", ','},
		{"header only", header, ','},
		{"header without newline", strings.TrimSuffix(header, "\n"), ','},
		{"rows", header + row + null + row, ','},
		{"last line without newline", header + row + strings.TrimSuffix(null, "\n"), ','},
		{"CRLF", strings.ReplaceAll(header+row+null+null, "\n", "\r\n"), ','},
		{"upper case", header + "2020-01-03,NULL,Null,null,NULL,null,null\n" + row, ','},
		{"not every field null", header + "2020-01-03,null,null,null,1.5,null,null\n", ','},
		{"no date", header + ",null,null,null,null,null,null\n", ','},
		{"semicolons", strings.ReplaceAll(header+row+null, ",", ";"), ';'},
		{"many blocks", header + strings.Repeat(row+row+null, countBlock/40), ','},
		{"a line longer than a block", header + long + "\n" + null + row, ','},
		{"a long header", long + "\n" + null, ','},
		{"a long last line", header + null + long, ','},
	}
	buf := make([]byte, countBlock)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "X.csv")
			if err := os.WriteFile(path, []byte(tt.text), 0o644); err != nil {
				t.Fatal(err)
			}
			lines, placeholders, err := countFileLines(path, tt.delim, buf)
			if err != nil {
				t.Fatal(err)
			}
			wantLines, wantPlaceholders := countOneByOne(tt.text, tt.delim)
			if lines != wantLines || placeholders != wantPlaceholders {
				t.Errorf("got %d lines, %d placeholders; want %d, %d", lines, placeholders, wantLines, wantPlaceholders)
			}
		})
	}
}

// countOneByOne is countFileLines written plainly: every line after the header, and those of
// them that are placeholders.
func countOneByOne(text string, delim byte) (lines, placeholders int64) {
	all := strings.SplitAfter(text, "\n")
	if all[len(all)-1] == "" {
		all = all[:len(all)-1]
	}
	for i, l := range all {
		if i == 0 {
			continue
		}
		lines++
		if isPlaceholder([]byte(l), delim) {
			placeholders++
		}
	}
	return lines, placeholders
}
