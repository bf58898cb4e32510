package table

import (
	"fmt"
	"math"
	"strconv"
)

// Unit says how a column's values are shown to people (in a terminal table, Markdown, the
// report's HTML) and whether they align right; CSV and JSON always carry the raw values. The
// commands and the report share these, so a percentage looks the same everywhere.
type Unit int

// The units of eventline's columns.
const (
	Plain   Unit = iota // as the value is
	Percent             // a signed fraction: +1.23%
	Share               // an unsigned fraction, such as a volatility: 1.23%
	Dollars             // $1.23
	Fixed2              // 1.23
	Fixed3              // 0.123
	Fixed5              // 0.12345 (a market model's alpha)
	Integer
	Date
)

// Numeric says whether the unit's values are numbers (aligned right).
func (u Unit) Numeric() bool { return u != Plain && u != Date }

// Format shows v in unit u; nil and NaN show as nothing (the value does not apply or is unknown).
func (u Unit) Format(v any) string {
	if v == nil {
		return ""
	}
	if f, ok := toFloat(v); ok && u.Numeric() {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return ""
		}
		switch u {
		case Percent:
			return fmt.Sprintf("%+.2f%%", f*100)
		case Share:
			return fmt.Sprintf("%.2f%%", f*100)
		case Dollars:
			return fmt.Sprintf("$%.2f", f)
		case Fixed2:
			return strconv.FormatFloat(f, 'f', 2, 64)
		case Fixed3:
			return strconv.FormatFloat(f, 'f', 3, 64)
		case Fixed5:
			return strconv.FormatFloat(f, 'f', 5, 64)
		case Integer:
			return strconv.FormatFloat(f, 'f', 0, 64)
		}
	}
	if f, ok := v.(float64); ok && (math.IsNaN(f) || math.IsInf(f, 0)) {
		return ""
	}
	return Display(v)
}

// Sign is -1, 0 or 1 for a signed percentage, for colouring gains and losses.
func (u Unit) Sign(v any) int {
	f, ok := toFloat(v)
	if u != Percent || !ok || math.IsNaN(f) || f == 0 {
		return 0
	}
	if f > 0 {
		return 1
	}
	return -1
}

func toFloat(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case float32:
		return float64(x), true
	case int:
		return float64(x), true
	case int64:
		return float64(x), true
	case int32:
		return float64(x), true
	}
	return 0, false
}

// Column returns the column named name, or nil: columns are set by name, never by position.
func (t *Table) Column(name string) *Column {
	for i := range t.Columns {
		if t.Columns[i].Name == name {
			return &t.Columns[i]
		}
	}
	return nil
}

// SetUnit gives the named columns unit u; a name the table lacks is a programming error.
func (t *Table) SetUnit(u Unit, names ...string) {
	for _, n := range names {
		c := t.Column(n)
		if c == nil {
			panic("table: no column " + n)
		}
		c.Unit = u
	}
}

// SetDetail marks the named columns as detail, the first left out on a narrow terminal.
func (t *Table) SetDetail(names ...string) {
	for _, n := range names {
		c := t.Column(n)
		if c == nil {
			panic("table: no column " + n)
		}
		c.Detail = true
	}
}

// SetBlank shows missing values of every column as nothing instead of NULL.
func (t *Table) SetBlank() {
	for i := range t.Columns {
		t.Columns[i].Blank = true
	}
}
