package prices

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/eventline/eventline/internal/badinput"
)

// Fields a price file can fill, in the order of the prices table.
const (
	FieldDate     = "date"
	FieldOpen     = "open"
	FieldHigh     = "high"
	FieldLow      = "low"
	FieldClose    = "close"
	FieldAdjClose = "adj_close"
	FieldVolume   = "volume"
)

// Fields lists every field, for validation of --map.
var Fields = []string{FieldDate, FieldOpen, FieldHigh, FieldLow, FieldClose, FieldAdjClose, FieldVolume}

// headerNames maps normalized header names to fields.
var headerNames = map[string]string{
	"date": FieldDate, "day": FieldDate, "timestamp": FieldDate, "datetime": FieldDate,
	"open": FieldOpen, "high": FieldHigh, "low": FieldLow, "close": FieldClose,
	"adjclose": FieldAdjClose, "adjustedclose": FieldAdjClose,
	"volume": FieldVolume, "vol": FieldVolume,
}

// normalizeHeader makes "Adj Close", "adj_close" and "ADJ-CLOSE" the same name.
func normalizeHeader(s string) string {
	s = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(s, "\ufeff")))
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '_' || r == '-' || r == '.' {
			return -1
		}
		return r
	}, s)
}

// layout is how one file's columns map to fields.
type layout struct {
	delim   byte
	columns []string // the header as written
	fields  []string // the field of each column, "" for an ignored one
	format  string   // yahoo | stooq | csv
}

// key identifies files that one read_csv call can read together.
func (l layout) key() string {
	return string(l.delim) + "\x00" + strings.Join(l.fields, ",")
}

func (l layout) has(field string) bool { return slices.Contains(l.fields, field) }

// column returns the header name of field as the file wrote it.
func (l layout) column(field string) string {
	if i := slices.Index(l.fields, field); i >= 0 {
		return l.columns[i]
	}
	return field
}

// readHeader reads the first line of a file, without BOM and line ending.
func readHeader(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	// A header is short; a small buffer that grows only for a long one keeps the allocation per
	// file small, which thousands of files notice. No header is read past 64 KiB.
	r := bufio.NewReaderSize(io.LimitReader(f, 64<<10), 4<<10)
	line, err := r.ReadBytes('\n')
	if err != nil && err != io.EOF {
		return "", err
	}
	line = bytes.TrimPrefix(line, []byte("\ufeff"))
	line = bytes.TrimRight(line, "\r\n")
	return string(line), nil
}

// detectLayout reads a file's header and maps its columns, by name or by the user's --map.
func detectLayout(path string, userMap map[string]string, ignoreExtra bool) (layout, []badinput.Problem) {
	bad := func(rule string) (layout, []badinput.Problem) {
		return layout{}, []badinput.Problem{{File: path, Line: 1, Rule: rule}}
	}
	header, err := readHeader(path)
	if err != nil {
		return bad(fmt.Sprintf("cannot read: %v", err))
	}
	if strings.TrimSpace(header) == "" {
		return bad("file is empty or has no header line")
	}
	if !utf8.ValidString(header) {
		return bad("the header is not valid UTF-8 text")
	}
	l := layout{delim: ','}
	best := strings.Count(header, ",")
	for _, d := range []byte{';', '\t', '|'} {
		if n := strings.Count(header, string(d)); n > best {
			l.delim, best = d, n
		}
	}
	cr := csv.NewReader(strings.NewReader(header))
	cr.Comma = rune(l.delim)
	cols, err := cr.Read()
	if err != nil {
		return bad(fmt.Sprintf("cannot read the header: %v", err))
	}
	l.columns = cols
	l.fields = make([]string, len(cols))

	byName := map[string]int{}
	for i, c := range cols {
		byName[normalizeHeader(c)] = i
	}
	var problems []badinput.Problem
	assigned := map[string]bool{}
	for field, col := range userMap {
		i, ok := byName[normalizeHeader(col)]
		if !ok {
			problems = append(problems, badinput.Problem{File: path, Line: 1, Column: col, Value: header,
				Rule: fmt.Sprintf("--map %s=%s names a column the header does not have", field, col)})
			continue
		}
		l.fields[i] = field
		assigned[field] = true
	}
	for i, c := range cols {
		if l.fields[i] != "" {
			continue
		}
		field, known := headerNames[normalizeHeader(c)]
		switch {
		case known && !assigned[field]:
			l.fields[i] = field
			assigned[field] = true
		case known:
			// Another column was mapped to this field by --map; this one is left out.
		case ignoreExtra:
		default:
			problems = append(problems, badinput.Problem{File: path, Line: 1, Column: c, Value: c,
				Rule: "column cannot be mapped to date, open, high, low, close, adj_close or volume (name it with --map FIELD=COLUMN, or pass --ignore-extra)"})
		}
	}
	for _, need := range []string{FieldDate, FieldClose} {
		if !assigned[need] {
			problems = append(problems, badinput.Problem{File: path, Line: 1, Value: header,
				Rule: fmt.Sprintf("the header has no %s column (name it with --map %s=COLUMN)", need, need)})
		}
	}
	if len(problems) > 0 {
		return layout{}, problems
	}
	switch {
	case len(userMap) == 0 && l.has(FieldAdjClose) && len(cols) == 7:
		l.format = "yahoo"
	case len(userMap) == 0 && !l.has(FieldAdjClose) && len(cols) == 6 && l.has(FieldVolume):
		l.format = "stooq"
	default:
		l.format = "csv"
	}
	return l, nil
}

// TickerFromPath derives a ticker from a file name: GSPC.csv -> GSPC, ^gspc.csv -> GSPC. Vendors
// that cannot put '^' in a file name write '_' instead (_PRN.csv for ^PRN), so leading '^' and '_'
// are both dropped: no ticker starts with either.
func TickerFromPath(path string) string {
	base := filepath.Base(path)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	return strings.ToUpper(strings.TrimLeft(base, tickerPrefixes))
}

// tickerPrefixes are the characters a file name may start with that are not part of its ticker.
const tickerPrefixes = "^_"
