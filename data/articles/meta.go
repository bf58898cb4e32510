package articles

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/eventline/eventline/internal/badinput"
)

// Meta is one row of an articles metadata CSV.
type Meta struct {
	Title     string
	Published time.Time // zero when the cell is empty
	Source    string
	URL       string
	Line      int // 1-based line of the row in the CSV
}

// metaColumns maps accepted header names to the fields they fill.
var metaColumns = map[string]string{
	"title": "title", "headline": "title",
	"published": "published", "date": "published",
	"source": "source",
	"url":    "url", "link": "url",
}

// ReadMeta reads an articles metadata CSV: a header naming the columns title and published
// (in any order; date is accepted for published), optionally source and url; other columns
// are ignored. Every bad row is reported, with its line, in one *badinput.Error.
func ReadMeta(path string) ([]Meta, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, badinput.Errorf(path, "cannot read: %v", unwrapPath(err))
	}
	if strings.TrimSpace(string(data)) == "" {
		return nil, badinput.Errorf(path, "file is empty: want a header with title and published columns")
	}
	if !utf8.Valid(data) {
		return nil, badinput.New(badinput.Problem{File: path, Line: invalidUTF8Line(data), Rule: "not valid UTF-8 text (convert the file to UTF-8)"})
	}
	cr := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(data), "\ufeff")))
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, badinput.New(badinput.Problem{File: path, Line: 1, Rule: fmt.Sprintf("cannot read the CSV header: %v", csvCause(err))})
	}
	col := map[string]int{}
	for i, h := range header {
		if f, ok := metaColumns[strings.ToLower(strings.TrimSpace(h))]; ok {
			if _, dup := col[f]; !dup {
				col[f] = i
			}
		}
	}
	var problems []badinput.Problem
	for _, need := range []string{"title", "published"} {
		if _, ok := col[need]; !ok {
			problems = append(problems, badinput.Problem{File: path, Line: 1,
				Rule: fmt.Sprintf("the header has no %s column (want title, published and optionally source, url)", need)})
		}
	}
	if len(problems) > 0 {
		return nil, badinput.New(problems...)
	}
	cell := func(rec []string, f string) string {
		i, ok := col[f]
		if !ok || i >= len(rec) {
			return ""
		}
		return strings.TrimSpace(rec[i])
	}
	var rows []Meta
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			line := 0
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.Line
			}
			problems = append(problems, badinput.Problem{File: path, Line: line, Rule: fmt.Sprintf("not valid CSV: %v", csvCause(err))})
			break
		}
		line, _ := cr.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		m := Meta{Title: normalizeTitle(cell(rec, "title")), Source: cell(rec, "source"), URL: cell(rec, "url"), Line: line}
		if m.Title == "" {
			problems = append(problems, badinput.Problem{File: path, Line: line, Column: "title", Rule: "title must not be empty"})
		}
		if s := cell(rec, "published"); s != "" {
			t, err := parseDate(s)
			if err != nil {
				problems = append(problems, badinput.Problem{File: path, Line: line, Column: "published", Value: s, Rule: err.Error()})
			}
			m.Published = t
		}
		rows = append(rows, m)
	}
	if len(problems) > 0 {
		return nil, badinput.New(problems...)
	}
	if len(rows) == 0 {
		return nil, badinput.Errorf(path, "no rows after the header")
	}
	return rows, nil
}

// csvCause drops the position that csv.ParseError repeats, since the Problem carries the line.
func csvCause(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// invalidUTF8Line returns the 1-based line of the first invalid UTF-8 sequence in data.
func invalidUTF8Line(data []byte) int {
	line := 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		data = data[size:]
	}
	return line
}
