package table

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Stream writes rows as they arrive. CSV, TSV and JSON Lines go straight out, so a query of
// millions of rows needs no memory for them; a box must see its rows to align columns, so it
// holds them until Close, but on a terminal only the first and last rows it will show (and a
// count), so that SELECT * FROM prices in the shell costs no more memory than it shows.
type Stream struct {
	w       io.Writer
	format  Format
	columns []Column
	screen  Screen
	csv     *csv.Writer
	tsv     strings.Builder
	held    *Table
	rec     []string
	n       int // rows seen
	// head, tail and shown bound what a box on a terminal holds: the first head rows, and the
	// last rows in a ring of tail.
	head, tail int
	ring       [][]any
}

// NewStream starts a table of the given columns in format f.
func NewStream(w io.Writer, f Format, columns []Column) (*Stream, error) {
	return NewStreamHeader(w, f, columns, true)
}

// NewStreamHeader is NewStream that leaves out the header line of CSV and TSV unless header (the
// SQL shell's .headers off).
func NewStreamHeader(w io.Writer, f Format, columns []Column, header bool) (*Stream, error) {
	scr := screenOf(w)
	f = scr.resolve(f)
	if scr.selecting() {
		f = JSON // held, and written through Write's --json/--jq path
	}
	s := &Stream{w: w, format: f, columns: columns, screen: scr}
	switch f {
	case CSV:
		s.csv = csv.NewWriter(w)
		names := make([]string, len(columns))
		for i, c := range columns {
			names[i] = c.Name
		}
		if header {
			if err := s.csv.Write(names); err != nil {
				return nil, err
			}
		}
		s.rec = make([]string, len(columns))
	case TSV:
		for i, c := range columns {
			if !header {
				break
			}
			if i > 0 {
				s.tsv.WriteByte('\t')
			}
			s.tsv.WriteString(oneLine(c.Name))
		}
		if header {
			s.tsv.WriteByte('\n')
		}
	case JSONL:
	case Text, Markdown, JSON:
		s.held = &Table{Columns: columns}
		if f == Text {
			if m := scr.rowsShown(); m > 0 {
				s.head = (m + 1) / 2
				s.tail = m - s.head
			}
		}
	default:
		return nil, fmt.Errorf("unknown format %q", f)
	}
	return s, nil
}

// Row adds one row. The Stream keeps values only for the formats that hold rows.
func (s *Stream) Row(values []any) error {
	s.n++
	if s.format != Text && s.screen.Limit > 0 && s.n > s.screen.Limit {
		return nil
	}
	switch {
	case s.held != nil:
		if s.head > 0 && len(s.held.Rows) >= s.head {
			// Past the head: keep the latest tail rows in a ring.
			if s.tail > 0 {
				if len(s.ring) < s.tail {
					s.ring = append(s.ring, values)
				} else {
					s.ring[(s.n-s.head-1)%s.tail] = values
				}
			}
			return nil
		}
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
	case s.format == TSV:
		writeTSVRow(&s.tsv, len(s.columns), values)
		if s.tsv.Len() > 1<<16 {
			return s.flushTSV()
		}
		return nil
	}
	return writeJSONLine(s.w, s.columns, values)
}

func (s *Stream) flushTSV() error {
	_, err := io.WriteString(s.w, s.tsv.String())
	s.tsv.Reset()
	return err
}

// Close writes what was held and flushes.
func (s *Stream) Close() error {
	switch {
	case s.held != nil && s.format == Text && s.head > 0:
		// Put the ring's rows back in order, and draw the box with the rows left out counted.
		tail := make([][]any, 0, len(s.ring))
		if len(s.ring) == s.tail && s.tail > 0 {
			start := (s.n - s.head) % s.tail
			tail = append(append(tail, s.ring[start:]...), s.ring[:start]...)
		} else {
			tail = append(tail, s.ring...)
		}
		b := layout(&Table{Columns: s.columns, Rows: append(s.held.Rows, tail...)}, s.screen.Width, 0)
		if s.n > len(s.held.Rows)+len(tail) {
			b.gapRow = len(s.held.Rows)
		}
		b.totalRows = s.n
		return drawBox(s.w, b)
	case s.held != nil:
		return Write(s.w, s.format, s.held)
	case s.csv != nil:
		s.csv.Flush()
		return s.csv.Error()
	case s.format == TSV:
		return s.flushTSV()
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
