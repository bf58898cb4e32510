package table

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/jedib0t/go-pretty/v6/text"
)

// wide is a table like eventline events: a few short columns and long text.
func wide(rows int) *Table {
	t := New("event_id", "date", "granularity", "type", "status", "tickers", "headline", "origin", "date_text", "mentions", "source")
	for i := 0; i < rows; i++ {
		t.Append(int64(i+1), "2007-08-14", "day", "ipo", "occurred", "VMW;EMC",
			fmt.Sprintf("VMware shares begin trading on the New York Stock Exchange after a long wait, row %d", i+1),
			"extracted", "on Tuesday, August 14, 2007", int64(3), "The Register, enterprise technology news")
	}
	return t
}

func maxLineWidth(s string) int {
	w := 0
	for _, l := range strings.Split(s, "\n") {
		w = max(w, text.StringWidth(l))
	}
	return w
}

func TestBoxFitsTheTerminal(t *testing.T) {
	for _, width := range []int{200, 120, 80, 60, 40} {
		var buf bytes.Buffer
		scr := &Screen{W: &buf, Width: width, MaxRows: 40}
		if err := Write(scr, Auto, wide(3)); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if got := maxLineWidth(out); got > width {
			t.Errorf("width %d: a line of %d columns:\n%s", width, got, out)
		}
		if strings.Count(out, "\n") != 3+4+strings.Count(out, "not shown") {
			t.Errorf("width %d: rows wrap or are missing:\n%s", width, out)
		}
		// The first and last columns always stay; numbers are never cut.
		if !strings.Contains(out, "event_id") || !strings.Contains(out, "source") && !strings.Contains(out, "sour") {
			t.Errorf("width %d: first or last column missing:\n%s", width, out)
		}
		if width < 120 && !strings.Contains(out, "columns not shown") && !strings.Contains(out, "…") {
			t.Errorf("width %d: nothing shortened:\n%s", width, out)
		}
	}
}

func TestBoxLeavesOutDetailAndEmptyColumnsFirst(t *testing.T) {
	tb := wide(3)
	tb.Columns = append(tb.Columns, Column{Name: "note", Blank: true}) // no row has a note
	for _, name := range []string{"granularity", "origin", "date_text", "source"} {
		tb.Column(name).Detail = true
	}
	var buf bytes.Buffer
	if err := Write(&Screen{W: &buf, Width: 120, MaxRows: 40}, Auto, tb); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(buf.String(), "\n")
	header, note := lines[1], lines[len(lines)-2]
	for _, kept := range []string{"event_id", "type", "status", "tickers", "headline", "mentions"} {
		if !strings.Contains(header, " "+kept+" ") {
			t.Errorf("%s left out before the detail columns:\n%s", kept, buf.String())
		}
	}
	if want := "5 columns not shown: granularity, origin, date_text, source, note"; note != want {
		t.Errorf("note %q, want %q", note, want)
	}
	// Text is not cut while a detail column could make room: the whole headline shows.
	buf.Reset()
	if err := Write(&Screen{W: &buf, Width: 170, MaxRows: 40}, Auto, tb); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "after a long wait, row 1 ") {
		t.Errorf("headline cut while detail columns could go:\n%s", buf.String())
	}
}

func TestBoxShowsFirstAndLastRows(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&Screen{W: &buf, Width: 300, MaxRows: 10}, Auto, wide(2000)); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"row 1 ", "row 5 ", "row 1996 ", "row 2000 ", "2,000 rows, 10 shown", "·"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "row 6,") || strings.Contains(out, "row 1995,") {
		t.Errorf("middle rows shown:\n%s", out)
	}
	// A stream (eventline sql) holds only what it shows and gives the same box.
	var sbuf bytes.Buffer
	tb := wide(2000)
	s, err := NewStream(&Screen{W: &sbuf, Width: 300, MaxRows: 10}, Auto, tb.Columns)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range tb.Rows {
		s.Row(r)
	}
	s.Close()
	if len(s.held.Rows)+len(s.ring) != 10 || sbuf.String() != out {
		t.Errorf("stream box differs (held %d):\n%s", len(s.held.Rows)+len(s.ring), sbuf.String())
	}
}

func TestPipeGetsTabSeparatedRows(t *testing.T) {
	tb := New("ticker", "note", "n")
	tb.Append("VMW", "a\tb\nc", int64(3))
	tb.Append("CTXS", nil, 1.5)
	var buf bytes.Buffer
	if err := Write(&buf, Auto, tb); err != nil {
		t.Fatal(err)
	}
	want := "ticker\tnote\tn\nVMW\ta b c\t3\nCTXS\t\t1.5\n"
	if buf.String() != want {
		t.Errorf("got %q want %q", buf.String(), want)
	}
	var sbuf bytes.Buffer
	s, _ := NewStream(&sbuf, Auto, tb.Columns)
	for _, r := range tb.Rows {
		s.Row(r)
	}
	s.Close()
	if sbuf.String() != want {
		t.Errorf("stream got %q", sbuf.String())
	}
	// --limit caps every format.
	var lbuf bytes.Buffer
	Write(&Screen{W: &lbuf, Limit: 1}, CSV, tb)
	if lbuf.String() != "ticker,note,n\nVMW,a\tb\nc,3\n" && lbuf.String() != "ticker,note,n\nVMW,\"a\tb\nc\",3\n" {
		t.Errorf("limit csv %q", lbuf.String())
	}
}
