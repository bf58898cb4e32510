package table

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/jedib0t/go-pretty/v6/text"
)

// Screen is an output stream that says where tables go. Commands write tables to whatever stdout
// is; when it is a Screen the table knows the terminal's width and how many rows to show, and a
// table in the default format (Auto) becomes a box fitted to the terminal instead of plain
// tab-separated rows. A plain writer is a pipe.
type Screen struct {
	W io.Writer
	// Width is the terminal's width in columns; 0 means stdout is not a terminal.
	Width int
	// MaxRows is how many rows a table on the terminal shows (the first and the last half), the
	// way DuckDB's shell does; 0 shows all.
	MaxRows int
	// Limit, when positive, is the most rows any format writes (--limit): the first Limit rows in
	// machine formats, the first and last halves in a box.
	Limit int
	// Fields, when set (--json FIELDS), turns any table into a JSON array of objects with these
	// columns, in this order. JQ, when set (--jq), receives that array (every column when Fields
	// is empty) as plain JSON values and writes its own results.
	Fields []string
	JQ     func(w io.Writer, doc any) error
}

// FieldError is a --json field the table does not have; commands exit with status 2 for it.
type FieldError struct {
	Field     string
	Available []string
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("--json: unknown field %q: use %s", e.Field, strings.Join(e.Available, ","))
}

// selecting says whether tables go out through --json or --jq.
func (s Screen) selecting() bool { return len(s.Fields) > 0 || s.JQ != nil }

// writeSelected writes t's chosen columns as JSON, or through the jq filter.
func writeSelected(w io.Writer, scr Screen, t *Table) error {
	idx := make([]int, 0, len(t.Columns))
	if len(scr.Fields) == 0 {
		for i := range t.Columns {
			idx = append(idx, i)
		}
	}
	for _, f := range scr.Fields {
		i := slices.IndexFunc(t.Columns, func(c Column) bool { return c.Name == f })
		if i < 0 {
			names := make([]string, len(t.Columns))
			for j, c := range t.Columns {
				names[j] = c.Name
			}
			return &FieldError{Field: f, Available: names}
		}
		idx = append(idx, i)
	}
	sel := &Table{}
	for _, i := range idx {
		sel.Columns = append(sel.Columns, t.Columns[i])
	}
	for _, r := range t.Rows {
		row := make([]any, len(idx))
		for j, i := range idx {
			if i < len(r) {
				row[j] = r[i]
			}
		}
		sel.Rows = append(sel.Rows, row)
	}
	if scr.JQ == nil {
		return writeJSON(w, sel)
	}
	// jq sees plain JSON values: what the JSON output would hold, decoded again.
	var buf bytes.Buffer
	if err := writeJSON(&buf, sel); err != nil {
		return err
	}
	var doc any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		return err
	}
	return scr.JQ(w, doc)
}

func (s *Screen) Write(p []byte) (int, error) { return s.W.Write(p) }

// screenOf returns the Screen behind w, or a pipe's (zero) Screen.
func screenOf(w io.Writer) Screen {
	if s, ok := w.(*Screen); ok && s != nil {
		return *s
	}
	return Screen{W: w}
}

// rowsShown is how many rows a box shows on this screen; 0 means all.
func (s Screen) rowsShown() int {
	if s.Limit > 0 {
		return s.Limit
	}
	if s.Width > 0 {
		return s.MaxRows
	}
	return 0
}

// resolve turns Auto into a concrete format for this screen: a box on a terminal, tab-separated
// rows in a pipe.
func (s Screen) resolve(f Format) Format {
	if f != Auto {
		return f
	}
	if s.Width > 0 {
		return Text
	}
	return TSV
}

const (
	ellipsis = "…"
	// minShown is the narrowest a shortened text column gets before columns are dropped instead;
	// values no wider (dates, tickers, statuses) are never cut.
	minShown = 12
)

// box is a table's text cells laid out for a terminal: shortened, with middle columns and
// middle rows possibly left out.
type box struct {
	header  []string
	rows    [][]string
	numeric []bool
	// gapRow is the index in rows before which the omitted rows would be (-1: none omitted).
	gapRow int
	// gapCol is the index in header where omitted columns would be (-1: none omitted).
	gapCol      int
	totalRows   int
	droppedCols []string
	width       int // the terminal's, for the notes; 0: none
}

// layout renders t's cells as text and fits them into width columns (0: no limit) and maxRows
// rows (0: all).
func layout(t *Table, width, maxRows int) box {
	b := box{gapRow: -1, gapCol: -1, totalRows: len(t.Rows), width: width}
	rows := t.Rows
	if maxRows > 0 && len(rows) > maxRows {
		head := (maxRows + 1) / 2
		tail := maxRows - head
		rows = append(append([][]any{}, rows[:head]...), rows[len(rows)-tail:]...)
		b.gapRow = head
	}
	n := len(t.Columns)
	b.header = make([]string, n)
	b.numeric = make([]bool, n)
	for i, c := range t.Columns {
		b.header[i] = c.Name
		b.numeric[i] = numericColumn(t, i)
	}
	for _, r := range rows {
		cells := make([]string, n)
		for i := range cells {
			var v any
			if i < len(r) {
				v = r[i]
			}
			cells[i] = oneLine(cellText(t.Columns[i], v))
		}
		b.rows = append(b.rows, cells)
	}
	if width <= 0 {
		return b
	}
	widths := make([]int, n)
	for i := range widths {
		widths[i] = text.StringWidth(b.header[i])
		for _, r := range b.rows {
			widths[i] = max(widths[i], text.StringWidth(r[i]))
		}
	}
	natural := slices.Clone(widths)
	keep := make([]bool, n)
	for i := range keep {
		keep[i] = true
	}
	// Too wide: columns with nothing to show and detail columns go first (rightmost first), before
	// any text is cut. Then text is shortened; if that is not enough, middle columns go too,
	// keeping the first and the last, and text is shortened again from the full widths so the
	// columns kept are cut no more than they need to be.
	room := func() int {
		if slices.Contains(keep, false) {
			return width - gapWidth
		}
		return width
	}
	for total(natural, keep) > room() {
		drop := b.dropSecondary(t.Columns, keep)
		if drop < 0 {
			break
		}
		keep[drop] = false
	}
	for {
		copy(widths, natural)
		b.shorten(widths, keep, room())
		if total(widths, keep) <= room() {
			break
		}
		drop := dropMiddle(keep)
		if drop < 0 {
			break
		}
		keep[drop] = false
	}
	var header []string
	var numeric []bool
	var shownWidths []int
	for i := range keep {
		if !keep[i] {
			if b.gapCol < 0 {
				b.gapCol = len(header)
			}
			b.droppedCols = append(b.droppedCols, b.header[i])
			continue
		}
		header = append(header, truncate(b.header[i], widths[i]))
		numeric = append(numeric, b.numeric[i])
		shownWidths = append(shownWidths, widths[i])
	}
	for ri, r := range b.rows {
		var cells []string
		for i := range keep {
			if keep[i] {
				cells = append(cells, truncate(r[i], widths[i]))
			}
		}
		b.rows[ri] = cells
	}
	b.header, b.numeric = header, numeric
	return b
}

// shorten cuts the widest text column a character at a time while the kept columns are wider
// than width: text is cut, numbers and dates never are (a cut number is a wrong number).
func (b box) shorten(widths []int, keep []bool, width int) {
	for total(widths, keep) > width {
		widest := -1
		for i, w := range widths {
			if keep[i] && !b.numeric[i] && w > minShown && w > text.StringWidth(b.header[i]) && (widest < 0 || w > widths[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			return
		}
		widths[widest]--
	}
}

// dropSecondary is the kept column to leave out first, -1 if none: a column with no text in any
// shown row, else the rightmost detail column.
func (b box) dropSecondary(cols []Column, keep []bool) int {
	for i := len(cols) - 1; i >= 0; i-- {
		if keep[i] && b.empty(i) {
			return i
		}
	}
	for i := len(cols) - 1; i >= 0; i-- {
		if keep[i] && cols[i].Detail {
			return i
		}
	}
	return -1
}

func (b box) empty(col int) bool {
	for _, r := range b.rows {
		if r[col] != "" {
			return false
		}
	}
	return len(b.rows) > 0
}

// dropMiddle is the middle kept column (the second of two), -1 when one is left.
func dropMiddle(keep []bool) int {
	var kept []int
	for i := range keep {
		if keep[i] {
			kept = append(kept, i)
		}
	}
	switch len(kept) {
	case 0, 1:
		return -1
	case 2:
		return kept[1]
	}
	return kept[len(kept)/2]
}

// gapWidth is the room the "…" column of omitted columns takes: "│ … ".
const gapWidth = 4

// total is the width of a box with the kept columns: "│ " before each, " │" at the end.
func total(widths []int, keep []bool) int {
	sum := 1
	for i, w := range widths {
		if keep[i] {
			sum += w + 3
		}
	}
	return sum
}

func truncate(s string, w int) string {
	if text.StringWidth(s) <= w {
		return s
	}
	if w <= 1 {
		return ellipsis
	}
	return text.Trim(s, w-1) + ellipsis
}

// oneLine keeps a cell on one line of the box.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") {
		return s
	}
	return strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ").Replace(s)
}

func cellText(c Column, v any) string {
	switch {
	case v == nil && c.Blank:
		return ""
	case v != nil && c.Format != nil:
		return c.Format(v)
	case v != nil && c.Unit != Plain:
		return c.Unit.Format(v)
	}
	return Display(v)
}

// notes are the lines under a box that say what it leaves out.
func (b box) notes() []string {
	var out []string
	if b.gapRow >= 0 {
		out = append(out, fmt.Sprintf("%s rows, %s shown", thousands(b.totalRows), thousands(len(b.rows))))
	}
	if len(b.droppedCols) > 0 {
		out = append(out, fmt.Sprintf("%d columns not shown: %s", len(b.droppedCols), strings.Join(b.droppedCols, ", ")))
	}
	return out
}

func thousands(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
