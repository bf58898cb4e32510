package table

import (
	"bytes"
	"math"
	"strings"
	"testing"
	"time"
)

func sample() *Table {
	t := New("ticker", "date", "close", "note")
	t.Append("VMW", time.Date(2007, 8, 15, 0, 0, 0, 0, time.UTC), 57.709999, nil)
	t.Append("CTXS", time.Date(2007, 8, 16, 0, 0, 0, 0, time.UTC), 1234.5, "a, \"quoted\" | note")
	return t
}

func TestWriteFormats(t *testing.T) {
	tests := []struct {
		format Format
		want   []string // substrings, in order
	}{
		{Text, []string{"ticker", "close", "VMW", "2007-08-15", "57.709999", "NULL", "1234.5"}},
		{CSV, []string{"ticker,date,close,note\n", "VMW,2007-08-15,57.709999,\n", `CTXS,2007-08-16,1234.5,"a, ""quoted"" | note"`}},
		{JSON, []string{`[`, `{"ticker":"VMW","date":"2007-08-15","close":57.709999,"note":null}`, `]`}},
		{JSONL, []string{`{"ticker":"VMW","date":"2007-08-15","close":57.709999,"note":null}` + "\n"}},
		{Markdown, []string{"| ticker |", "|:--- |", "---:|", "| VMW |", `\|`}},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		if err := Write(&buf, tt.format, sample()); err != nil {
			t.Fatalf("%s: %v", tt.format, err)
		}
		out := buf.String()
		pos := 0
		for _, w := range tt.want {
			i := strings.Index(out[pos:], w)
			if i < 0 {
				t.Errorf("%s: %q not found after offset %d in\n%s", tt.format, w, pos, out)
				break
			}
			pos += i + len(w)
		}
	}
}

func TestNumbersRightAligned(t *testing.T) {
	var buf bytes.Buffer
	tb := New("name", "n")
	tb.Append("a", int64(5))
	tb.Append("bbbbbb", int64(12345))
	Write(&buf, Text, tb)
	lines := strings.Split(buf.String(), "\n")
	// Right alignment puts both numbers' last digits in the same column.
	var ends []int
	for _, l := range lines {
		if strings.Contains(l, "12345") {
			ends = append(ends, strings.Index(l, "12345")+5)
		}
		if strings.Contains(l, " 5 ") {
			ends = append(ends, strings.Index(l, " 5 ")+2)
		}
	}
	if len(ends) != 2 || ends[0] != ends[1] {
		t.Fatalf("numbers not right-aligned:\n%s", buf.String())
	}
}

func TestJSONNaNIsNull(t *testing.T) {
	var buf bytes.Buffer
	tb := New("x")
	tb.Append(math.NaN())
	if err := Write(&buf, JSONL, tb); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != "{\"x\":null}\n" {
		t.Fatalf("got %q", got)
	}
}

func TestCSVNaNIsEmpty(t *testing.T) {
	var buf bytes.Buffer
	tb := New("x", "y", "z")
	tb.Append(math.NaN(), math.Inf(1), 1.5)
	tb.Append(nil, []any{"EMC", "VMW"}, time.Date(2007, 8, 14, 0, 0, 0, 0, time.UTC))
	if err := Write(&buf, CSV, tb); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), "x,y,z\n,,1.5\n,\"[EMC, VMW]\",2007-08-14\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestParseFormat(t *testing.T) {
	if f, err := ParseFormat("CSV"); err != nil || f != CSV {
		t.Fatalf("%v %v", f, err)
	}
	if _, err := ParseFormat("xml"); err == nil || !strings.Contains(err.Error(), "table, tsv, csv, json, markdown") {
		t.Fatalf("err = %v", err)
	}
	if _, err := ParseFormat("jsonl"); err == nil {
		t.Fatal("jsonl accepted where not offered")
	}
	if f, err := ParseFormat("jsonl", Text, JSONL); err != nil || f != JSONL {
		t.Fatalf("%v %v", f, err)
	}
}

func TestBlankColumn(t *testing.T) {
	tb := New("a", "b")
	tb.Columns[1].Blank = true
	tb.Append(nil, nil)
	var buf bytes.Buffer
	Write(&buf, Markdown, tb)
	if !strings.Contains(buf.String(), "| NULL |  |") {
		t.Fatalf("got %q", buf.String())
	}
	buf.Reset()
	Write(&buf, JSONL, tb)
	if buf.String() != "{\"a\":null,\"b\":null}\n" {
		t.Fatalf("json: %q", buf.String())
	}
}
