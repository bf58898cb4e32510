package table

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
)

// Stream writes rows as they arrive. CSV and JSON Lines go straight out, so a query of millions
// of rows needs no memory for them; the other formats must see every row to align columns, so
// they are held until Close.
type Stream struct {
	w       io.Writer
	format  Format
	columns []Column
	csv     *csv.Writer
	held    *Table
	rec     []string
}

// NewStream starts a table of the given columns in format f.
func NewStream(w io.Writer, f Format, columns []Column) (*Stream, error) {
	s := &Stream{w: w, format: f, columns: columns}
	switch f {
	case CSV:
		s.csv = csv.NewWriter(w)
		names := make([]string, len(columns))
		for i, c := range columns {
			names[i] = c.Name
		}
		if err := s.csv.Write(names); err != nil {
			return nil, err
		}
		s.rec = make([]string, len(columns))
	case JSONL:
	case Text, Markdown, JSON, "":
		s.held = &Table{Columns: columns}
	default:
		return nil, fmt.Errorf("unknown format %q", f)
	}
	return s, nil
}

// Row adds one row. The Stream keeps values only for the formats that hold rows.
func (s *Stream) Row(values []any) error {
	switch {
	case s.held != nil:
		s.held.Rows = append(s.held.Rows, values)
		return nil
	case s.csv != nil:
		for i := range s.rec {
			s.rec[i] = ""
			if i < len(values) && values[i] != nil {
				s.rec[i] = Display(values[i])
			}
		}
		return s.csv.Write(s.rec)
	}
	return writeJSONLine(s.w, s.columns, values)
}

// Close writes what was held and flushes.
func (s *Stream) Close() error {
	switch {
	case s.held != nil:
		return Write(s.w, s.format, s.held)
	case s.csv != nil:
		s.csv.Flush()
		return s.csv.Error()
	}
	return nil
}

func writeJSONLine(w io.Writer, columns []Column, values []any) error {
	buf := []byte{'{'}
	for i, c := range columns {
		if i > 0 {
			buf = append(buf, ',')
		}
		k, _ := json.Marshal(c.Name)
		buf = append(buf, k...)
		buf = append(buf, ':')
		var v any
		if i < len(values) {
			v = values[i]
		}
		enc, err := json.Marshal(JSONValue(v))
		if err != nil {
			return fmt.Errorf("column %s: %w", c.Name, err)
		}
		buf = append(buf, enc...)
	}
	buf = append(buf, '}', '\n')
	_, err := w.Write(buf)
	return err
}
