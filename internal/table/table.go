// Package table writes tabular results in the formats every eventline command offers: an aligned
// terminal table, CSV, JSON, JSON Lines and Markdown.
//
// Text formats (table, markdown) show values through each column's Format function, with units and
// sensible precision; machine formats (csv, json, jsonl) carry the raw values.
package table

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/jedib0t/go-pretty/v6/text"
)

// Format names an output format.
type Format string

// The formats. JSONL is offered where rows stream (eventline sql, extract). Auto, the default
// when no --format is given, is a box fitted to the terminal on a terminal and TSV (plain
// tab-separated rows with a header, as gh prints) in a pipe.
const (
	Auto     Format = ""
	TSV      Format = "tsv"
	Text     Format = "table"
	CSV      Format = "csv"
	JSON     Format = "json"
	JSONL    Format = "jsonl"
	Markdown Format = "markdown"
)

// Formats lists the formats most commands accept, for help texts and validation.
var Formats = []Format{Text, TSV, CSV, JSON, Markdown}

// ParseFormat checks a --format value against the allowed formats.
func ParseFormat(s string, allowed ...Format) (Format, error) {
	if len(allowed) == 0 {
		allowed = Formats
	}
	var names []string
	for _, f := range allowed {
		if string(f) == strings.ToLower(s) {
			return f, nil
		}
		names = append(names, string(f))
	}
	return "", fmt.Errorf("unknown format %q: use one of %s", s, strings.Join(names, ", "))
}

// Column describes one column of a table: its name (the CSV header and JSON key, snake_case),
// and how people see it: a unit, and for documents (the report) a label, a link and layout hints.
type Column struct {
	Name string
	// Unit renders values for the text formats (terminal, Markdown, the report's HTML).
	Unit Unit
	// Format, when set, renders a value for the text formats instead of the unit.
	Format func(v any) string
	// Blank shows missing values as nothing instead of NULL in the text formats, for columns
	// where a value does not apply rather than is unknown.
	Blank bool

	// Label is the header for people in documents; empty hides the column from them.
	Label string
	// Link names the column holding the URL this column's text links to in documents.
	Link string
	// UnitFrom names a column holding each row's unit, a currency code or pct, for claims
	// (whose values are dollars or percentage points); it overrides Unit in documents.
	UnitFrom string
	// Wrap marks long text (headlines, claims) that should wrap rather than squeeze numbers.
	Wrap bool
	// Optional columns are left out of documents when no row has a value (notes, reasons).
	Optional bool
	// Swatch shows an event type's chart colour before the value in documents.
	Swatch bool
	// Detail columns (provenance, counts, repeats of another column) are the first left out when
	// a table is too wide for the terminal, from the right, before any middle column.
	Detail bool
}

// Table is a header and rows of values. Values are Go values as database/sql returns them:
// nil, bool, integers, float64, string, time.Time, []any, and the like.
type Table struct {
	// Name names the table where it is a file (the report's summary.csv).
	Name    string
	Columns []Column
	Rows    [][]any
	// Transpose shows the table with its columns as rows in documents, for a few wide rows.
	Transpose bool
}

// New returns a table with the named columns and default formatting.
func New(names ...string) *Table {
	t := &Table{}
	for _, n := range names {
		t.Columns = append(t.Columns, Column{Name: n})
	}
	return t
}

// Append adds a row.
func (t *Table) Append(values ...any) { t.Rows = append(t.Rows, values) }

// Write renders t in format f. When w is a Screen (a terminal), a box fits its width and shows at
// most its MaxRows rows; --limit (Screen.Limit) caps the rows of every format.
func Write(w io.Writer, f Format, t *Table) error {
	scr := screenOf(w)
	if scr.selecting() {
		if scr.Limit > 0 && len(t.Rows) > scr.Limit {
			t = &Table{Columns: t.Columns, Rows: t.Rows[:scr.Limit]}
		}
		return writeSelected(scr.W, scr, t)
	}
	f = scr.resolve(f)
	if scr.Limit > 0 && len(t.Rows) > scr.Limit && f != Text {
		t = &Table{Columns: t.Columns, Rows: t.Rows[:scr.Limit]}
	}
	switch f {
	case Text:
		return writeBox(w, t, scr.Width, scr.rowsShown())
	case Markdown:
		return writePretty(w, t, true)
	case TSV:
		return writeTSV(w, t)
	case CSV:
		return writeCSV(w, t)
	case JSON:
		return writeJSON(w, t)
	case JSONL:
		return writeJSONLines(w, t)
	}
	return fmt.Errorf("unknown format %q", f)
}

// writeBox draws t as a box fitted to width columns (0: as wide as it needs) with at most
// maxRows rows (0: all), and notes under it what it left out.
func writeBox(w io.Writer, t *Table, width, maxRows int) error {
	return drawBox(w, layout(t, width, maxRows))
}

func drawBox(w io.Writer, b box) error {
	tw := table.NewWriter()
	header := make(table.Row, 0, len(b.header)+1)
	var configs []table.ColumnConfig
	col := 0
	addCol := func(name string, numeric bool) {
		header = append(header, name)
		align := text.AlignLeft
		if numeric {
			align = text.AlignRight
		}
		col++
		configs = append(configs, table.ColumnConfig{Number: col, Align: align, AlignHeader: align})
	}
	row := func(cells []string, gap string) table.Row {
		r := make(table.Row, 0, len(cells)+1)
		for i, c := range cells {
			if i == b.gapCol {
				r = append(r, gap)
			}
			r = append(r, c)
		}
		return r
	}
	for i, h := range b.header {
		if i == b.gapCol {
			addCol(ellipsis, false)
		}
		addCol(h, b.numeric[i])
	}
	tw.AppendHeader(header)
	tw.SetColumnConfigs(configs)
	for i, r := range b.rows {
		if i == b.gapRow {
			dots := make([]string, len(r))
			for j := range dots {
				dots[j] = "·"
			}
			tw.AppendRow(row(dots, "·"))
		}
		tw.AppendRow(row(r, ellipsis))
	}
	style := table.StyleLight
	style.Format.Header = text.FormatDefault
	tw.SetStyle(style)
	out := tw.Render() + "\n"
	for _, n := range b.notes() {
		if b.width > 0 {
			n = truncate(n, b.width)
		}
		out += n + "\n"
	}
	_, err := io.WriteString(w, out)
	return err
}

// writeTSV writes a header and one line per row, fields separated by tabs: what a pipe gets by
// default, for cut, awk and sort. Tabs and line breaks inside values become spaces; NULL is empty.
func writeTSV(w io.Writer, t *Table) error {
	var b strings.Builder
	for i, c := range t.Columns {
		if i > 0 {
			b.WriteByte('\t')
		}
		b.WriteString(oneLine(c.Name))
	}
	b.WriteByte('\n')
	for _, r := range t.Rows {
		writeTSVRow(&b, len(t.Columns), r)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeTSVRow(b *strings.Builder, n int, r []any) {
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte('\t')
		}
		if i < len(r) && r[i] != nil {
			b.WriteString(oneLine(Display(r[i])))
		}
	}
	b.WriteByte('\n')
}

func writePretty(w io.Writer, t *Table, markdown bool) error {
	tw := table.NewWriter()
	header := make(table.Row, len(t.Columns))
	configs := make([]table.ColumnConfig, len(t.Columns))
	for i, c := range t.Columns {
		header[i] = c.Name
		align := text.AlignLeft
		if numericColumn(t, i) {
			align = text.AlignRight
		}
		configs[i] = table.ColumnConfig{Number: i + 1, Align: align, AlignHeader: align}
	}
	tw.AppendHeader(header)
	tw.SetColumnConfigs(configs)
	for _, r := range t.Rows {
		row := make(table.Row, len(r))
		for i, v := range r {
			switch {
			case i >= len(t.Columns):
				row[i] = Display(v)
			case v == nil && t.Columns[i].Blank:
				row[i] = ""
			case v != nil && t.Columns[i].Format != nil:
				row[i] = t.Columns[i].Format(v)
			case v != nil && t.Columns[i].Unit != Plain:
				row[i] = t.Columns[i].Unit.Format(v)
			default:
				row[i] = Display(v)
			}
		}
		tw.AppendRow(row)
	}
	style := table.StyleLight
	style.Format.Header = text.FormatDefault
	tw.SetStyle(style)
	var out string
	if markdown {
		out = tw.RenderMarkdown()
	} else {
		out = tw.Render()
	}
	_, err := io.WriteString(w, out+"\n")
	return err
}

func numericColumn(t *Table, i int) bool {
	if i < len(t.Columns) && t.Columns[i].Unit.Numeric() {
		return true
	}
	seen := false
	for _, r := range t.Rows {
		if i >= len(r) || r[i] == nil {
			continue
		}
		if !isNumber(r[i]) {
			return false
		}
		seen = true
	}
	return seen
}

func isNumber(v any) bool {
	switch v.(type) {
	case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, float32, float64, *big.Int:
		return true
	}
	_, ok := v.(interface{ Float64() float64 })
	return ok
}

// Display renders a value for people: NULL for nil, dates without a clock, floats in their shortest
// exact form.
func Display(v any) string {
	switch x := v.(type) {
	case nil:
		return "NULL"
	case string:
		return x
	case float64:
		return formatFloat(x)
	case float32:
		return formatFloat(float64(x))
	case time.Time:
		return formatTime(x)
	case []byte:
		return fmt.Sprintf("%x", x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = Display(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case fmt.Stringer:
		return x.String()
	}
	return fmt.Sprint(v)
}

func formatFloat(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return strconv.FormatFloat(f, 'g', -1, 64)
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

func formatTime(t time.Time) string {
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return t.Format("2006-01-02")
	}
	if t.Nanosecond() != 0 {
		return t.Format("2006-01-02 15:04:05.999999")
	}
	return t.Format("2006-01-02 15:04:05")
}

// CSVValue is a value as CSV carries it: empty for NULL, NaN and infinities (what DuckDB and
// spreadsheets read back as missing), else as Display shows it.
func CSVValue(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return ""
		}
	case float32:
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return ""
		}
	}
	return Display(v)
}

func writeCSV(w io.Writer, t *Table) error {
	cw := csv.NewWriter(w)
	header := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		header[i] = c.Name
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	rec := make([]string, len(t.Columns))
	for _, r := range t.Rows {
		for i := range rec {
			rec[i] = ""
			if i < len(r) {
				rec[i] = CSVValue(r[i])
			}
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeJSON writes an array of objects whose keys keep the column order, which encoding/json's
// maps would not.
func writeJSON(w io.Writer, t *Table) error {
	if len(t.Rows) == 0 {
		_, err := io.WriteString(w, "[]\n")
		return err
	}
	var b bytes.Buffer
	for i, r := range t.Rows {
		if i == 0 {
			b.WriteString("[\n  ")
		} else {
			b.WriteString(",\n  ")
		}
		if err := writeJSONLine(&b, t.Columns, r); err != nil {
			return err
		}
		b.Truncate(b.Len() - 1) // the line's newline
	}
	b.WriteString("\n]\n")
	_, err := w.Write(b.Bytes())
	return err
}

func writeJSONLines(w io.Writer, t *Table) error {
	for _, r := range t.Rows {
		if err := writeJSONLine(w, t.Columns, r); err != nil {
			return err
		}
	}
	return nil
}

// JSONValue converts a database value to one encoding/json writes faithfully: dates as
// "2006-01-02", NaN and infinities as null, decimals as numbers.
func JSONValue(v any) any {
	switch x := v.(type) {
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil
		}
		return x
	case float32:
		return JSONValue(float64(x))
	case time.Time:
		return formatTime(x)
	case *big.Int:
		return json.Number(x.String())
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = JSONValue(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = JSONValue(e)
		}
		return out
	case interface{ Float64() float64 }:
		return JSONValue(x.Float64())
	case []byte:
		return fmt.Sprintf("%x", x)
	}
	return v
}
