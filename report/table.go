package report

import (
	"fmt"
	"io"
	"math"
	"net/url"
	"strings"

	"github.com/eventline/eventline/charts"
	"github.com/eventline/eventline/internal/table"
)

// Table is one of the report's tables: the same table model the commands print
// (internal/table: named columns with units), with the report's document views as methods. The
// CSV file carries every column with raw values (the same values eventline sql would show for
// the query in queries.sql); the HTML and Markdown documents show the columns that have a Label,
// formatted in their units.
type Table table.Table

// Column is one column of a Table: internal/table's.
type Column = table.Column

// Unit says how a value is shown to people and whether it aligns right: internal/table's.
type Unit = table.Unit

// The units of the report's columns.
const (
	Text    = table.Plain
	Percent = table.Percent
	Share   = table.Share
	Dollars = table.Dollars
	Fixed2  = table.Fixed2
	Fixed3  = table.Fixed3
	Integer = table.Integer
	Date    = table.Date
)

// rowUnit shows a value in its row's unit: a currency code (USD, EUR, ...) or pct, percentage
// points (claims' values are either).
func rowUnit(unit, v any) string {
	f, ok := toFloat(v)
	if !ok || math.IsNaN(f) {
		return ""
	}
	code, _ := unit.(string)
	switch strings.ToUpper(code) {
	case "PCT":
		return fmt.Sprintf("%.2f%%", f)
	case "POINTS": // an index's level
		return fmt.Sprintf("%.2f", f)
	case "", "USD":
		return fmt.Sprintf("$%.2f", f)
	case "EUR":
		return fmt.Sprintf("€%.2f", f)
	case "GBP":
		return fmt.Sprintf("£%.2f", f)
	case "JPY", "CNY":
		return fmt.Sprintf("¥%.2f", f)
	}
	return fmt.Sprintf("%s %.2f", code, f)
}

func toFloat(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case int:
		return float64(x), true
	case int64:
		return float64(x), true
	}
	return 0, false
}

// WriteCSV writes every column of t with raw values, as eventline's CSV output does.
func (t *Table) WriteCSV(w io.Writer) error { return table.Write(w, table.CSV, (*table.Table)(t)) }

// Cell is one value of a table as the documents show it.
type Cell struct {
	Text    string
	URL     string
	Numeric bool
	Sign    int // -1 loss, +1 gain, 0 neither
	Class   string
	Wrap    bool
	Date    bool
	Swatch  string // a CSS colour, "#rrggbb"
}

// Classes are the HTML classes of the cell's td element.
func (c Cell) Classes() string {
	var cs []string
	if c.Numeric {
		cs = append(cs, "num")
	}
	switch c.Sign {
	case 1:
		cs = append(cs, "pos")
	case -1:
		cs = append(cs, "neg")
	}
	if c.Wrap {
		cs = append(cs, "wrap")
	}
	if c.Date || c.Swatch != "" {
		cs = append(cs, "nowrap")
	}
	return strings.Join(cs, " ")
}

// view is a table laid out for the documents: a header and rows of cells, transposed if the
// table asks for it.
type view struct {
	Header []Cell
	Rows   [][]Cell
}

// hasValue says whether any row has a value in column i.
func (t *Table) hasValue(i int) bool {
	for _, r := range t.Rows {
		if i < len(r) && table.CSVValue(r[i]) != "" {
			return true
		}
	}
	return false
}

func (t *Table) index(name string) int {
	for i, c := range t.Columns {
		if c.Name == name {
			return i
		}
	}
	return -1
}

// View lays t out for the documents.
func (t *Table) View() view {
	var shown []int
	for i, c := range t.Columns {
		if c.Label != "" && (!c.Optional || t.hasValue(i)) {
			shown = append(shown, i)
		}
	}
	cell := func(r []any, i int) Cell {
		c := t.Columns[i]
		var v any
		if i < len(r) {
			v = r[i]
		}
		out := Cell{Text: c.Unit.Format(v), Numeric: c.Unit.Numeric(), Sign: c.Unit.Sign(v), Wrap: c.Wrap, Date: c.Unit == Date}
		if c.Format != nil && v != nil {
			out.Text = c.Format(v)
		}
		if c.UnitFrom != "" {
			if j := t.index(c.UnitFrom); j >= 0 && j < len(r) {
				out.Text = rowUnit(r[j], v)
			}
		}
		if c.Link != "" {
			if j := t.index(c.Link); j >= 0 && j < len(r) {
				if u, _ := r[j].(string); Linkable(u) {
					out.URL = u
				}
			}
		}
		if c.Name == "verdict" {
			out.Class = "verdict " + out.Text
		}
		if c.Swatch && out.Text != "" {
			out.Swatch = charts.TypeColorHex(out.Text)
		}
		return out
	}
	var v view
	if !t.Transpose {
		for _, i := range shown {
			v.Header = append(v.Header, Cell{Text: t.Columns[i].Label, Numeric: t.Columns[i].Unit.Numeric()})
		}
		for _, r := range t.Rows {
			row := make([]Cell, 0, len(shown))
			for _, i := range shown {
				row = append(row, cell(r, i))
			}
			v.Rows = append(v.Rows, row)
		}
		return v
	}
	// Transposed: the first shown column names the rows' headers.
	first := shown[0]
	v.Header = append(v.Header, Cell{Text: ""})
	for _, r := range t.Rows {
		v.Header = append(v.Header, Cell{Text: t.Columns[first].Unit.Format(r[first]), Numeric: true})
	}
	for _, i := range shown[1:] {
		row := []Cell{{Text: t.Columns[i].Label}}
		empty := true
		for _, r := range t.Rows {
			c := cell(r, i)
			c.Numeric = true // a column of values for one ticker: dates align with the numbers
			empty = empty && c.Text == ""
			row = append(row, c)
		}
		if !empty { // a measure that applies to none of the tickers (an IPO price never claimed)
			v.Rows = append(v.Rows, row)
		}
	}
	return v
}

// markdown writes t's view as a GitHub-flavoured Markdown table.
func (t *Table) markdown(w io.Writer) error {
	v := t.View()
	var b strings.Builder
	line := func(cells []Cell) {
		b.WriteString("|")
		for _, c := range cells {
			text := mdEscape(c.Text)
			if c.URL != "" && text != "" {
				text = "[" + text + "](" + mdURL(c.URL) + ")"
			}
			b.WriteString(" " + text + " |")
		}
		b.WriteString("\n")
	}
	line(v.Header)
	b.WriteString("|")
	for _, c := range v.Header {
		if c.Numeric {
			b.WriteString("---:|")
		} else {
			b.WriteString("---|")
		}
	}
	b.WriteString("\n")
	for _, r := range v.Rows {
		line(r)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mdEscape keeps a value from breaking the table or turning into markup.
func mdEscape(s string) string {
	r := strings.NewReplacer("\\", "\\\\", "|", "\\|", "\n", " ", "\r", " ", "*", "\\*", "_", "\\_",
		"[", "\\[", "]", "\\]", "<", "&lt;", ">", "&gt;", "`", "\\`", "$", "\\$")
	return r.Replace(s)
}

// Linkable says whether a URL from the data (an article's or event's source) may be a link in a
// document: only absolute http and https URLs. javascript:, data:, vbscript: and the like run or
// smuggle content when clicked, and a relative one would point into the report's folder; they are
// shown as text (in the CSV) and never made clickable.
func Linkable(u string) bool {
	p, err := url.Parse(u)
	if err != nil || p.Host == "" || u != strings.TrimSpace(u) {
		return false
	}
	switch strings.ToLower(p.Scheme) {
	case "http", "https":
		return true
	}
	return false
}

// mdURL keeps a URL inside its parentheses.
func mdURL(u string) string {
	return strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E").Replace(u)
}
