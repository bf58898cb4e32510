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
	yf := "Price,Close,Volume\nTicker,X,X\nDate,,\n"
	tests := []struct {
		name, text  string
		delim       byte
		headerLines int
	}{
		{"empty", "", ',', 1},
		{"header only", header, ',', 1},
		{"header without newline", strings.TrimSuffix(header, "\n"), ',', 1},
		{"rows", header + row + null + row, ',', 1},
		{"last line without newline", header + row + strings.TrimSuffix(null, "\n"), ',', 1},
		{"CRLF", strings.ReplaceAll(header+row+null+null, "\n", "\r\n"), ',', 1},
		{"upper case", header + "2020-01-03,NULL,Null,null,NULL,null,null\n" + row, ',', 1},
		{"not every field null", header + "2020-01-03,null,null,null,1.5,null,null\n", ',', 1},
		{"no date", header + ",null,null,null,null,null,null\n", ',', 1},
		{"semicolons", strings.ReplaceAll(header+row+null, ",", ";"), ';', 1},
		{"many blocks", header + strings.Repeat(row+row+null, countBlock/40), ',', 1},
		{"a line longer than a block", header + long + "\n" + null + row, ',', 1},
		{"a long header", long + "\n" + null, ',', 1},
		{"a long last line", header + null + long, ',', 1},
		{"three header lines", yf + row + null, ',', 3},
		{"three header lines, the file ends in them", strings.TrimSuffix(yf, "\n"), ',', 3},
		{"three header lines across blocks", yf + strings.Repeat(row+null, countBlock/40), ',', 3},
		{"a long line among three header lines", "Price,Close\n" + long + "\nDate,\n" + null + row, ',', 3},
	}
	buf := make([]byte, countBlock)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "X.csv")
			if err := os.WriteFile(path, []byte(tt.text), 0o644); err != nil {
				t.Fatal(err)
			}
			headerLines := tt.headerLines
			lines, placeholders, err := countFileLines(path, tt.delim, headerLines, buf)
			if err != nil {
				t.Fatal(err)
			}
			wantLines, wantPlaceholders := countOneByOne(tt.text, tt.delim, headerLines)
			if lines != wantLines || placeholders != wantPlaceholders {
				t.Errorf("got %d lines, %d placeholders; want %d, %d", lines, placeholders, wantLines, wantPlaceholders)
			}
		})
	}
}

// countOneByOne is countFileLines written plainly: every line after the header, and those of
// them that are placeholders.
func countOneByOne(text string, delim byte, headerLines int) (lines, placeholders int64) {
	all := strings.SplitAfter(text, "\n")
	if all[len(all)-1] == "" {
		all = all[:len(all)-1]
	}
	for i, l := range all {
		if i < headerLines {
			continue
		}
		lines++
		if isPlaceholder([]byte(l), delim) {
			placeholders++
		}
	}
	return lines, placeholders
}
