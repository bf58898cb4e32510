package articles

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/eventline/eventline/internal/badinput"
)

// jsonArticle is one line of a JSON Lines file. Unknown keys are ignored; a few common
// synonyms are accepted (date for published, link for url, content or text for body).
type jsonArticle struct {
	Title     string          `json:"title"`
	Published string          `json:"published"`
	Date      string          `json:"date"`
	Body      string          `json:"body"`
	Content   string          `json:"content"`
	Text      string          `json:"text"`
	URL       string          `json:"url"`
	Link      string          `json:"link"`
	Source    string          `json:"source"`
	Tickers   json.RawMessage `json:"tickers"`
}

// readJSONL reads one JSON object per line, streaming: lines of any length up to maxLine
// (tens of megabytes) are read whole, and each article is handed on before the next line is
// read. Blank lines are skipped.
func (r *reader) readJSONL() error {
	f, err := os.Open(r.path)
	if err != nil {
		return badinput.Errorf(r.path, "cannot read: %v", unwrapPath(err))
	}
	defer f.Close()
	lr := newLineReader(f)
	var buf []byte // the line for json.Unmarshal, reused: it keeps nothing of its input
	for {
		l, err := lr.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return lineError(r.path, err)
		}
		raw := strings.TrimSpace(l.text)
		if raw == "" {
			continue
		}
		bad := func(column, value, rule string) error {
			return badinput.New(badinput.Problem{File: r.path, Line: l.num, Column: column, Value: value, Rule: rule})
		}
		if raw[0] != '{' {
			return bad("", clip(raw), "want one JSON object per line ({\"title\": ..., \"body\": ...})")
		}
		var j jsonArticle
		if buf, err = decodeLine(raw, buf, &j); err != nil {
			return bad("", "", err.Error())
		}
		a := Article{Title: normalizeTitle(j.Title), Source: strings.TrimSpace(j.Source),
			URL: strings.TrimSpace(first(j.URL, j.Link)), Body: tidyText(first(j.Body, first(j.Content, j.Text))), Line: l.num}
		column, date := "published", j.Published
		if date == "" {
			column, date = "date", j.Date
		}
		if strings.TrimSpace(date) != "" {
			t, err := parseDate(date)
			if err != nil {
				return bad(column, date, err.Error())
			}
			a.Published = t
		}
		if a.Tickers, err = jsonTickers(j.Tickers); err != nil {
			return bad("tickers", clip(string(j.Tickers)), err.Error())
		}
		if err := r.emit(a); err != nil {
			return err
		}
	}
}

// decodeLine decodes a line of JSON Lines into j, with buf as scratch space (returned, grown).
//
// A line that is one JSON value is decoded by json.Unmarshal from the buffer the lines share: a
// json.Decoder per line grew a buffer of its own for each, and the reader allocated six times
// the file (70 MB for the bench's 11.7 MB, a sixth of all that a run of extract gave the
// garbage collector; 42 MB now). Any other line goes the Decoder's way, which says what is
// wrong with it as before, and accepts what it accepted (an object followed by a stray "}").
// json.Unmarshal keeps nothing of its input (strings and raw messages are copied).
func decodeLine(raw string, buf []byte, j *jsonArticle) ([]byte, error) {
	buf, ok := decodePlain(raw, buf, j)
	if ok {
		return buf, nil
	}
	buf = append(buf[:0], raw...)
	if json.Unmarshal(buf, j) == nil {
		return buf, nil
	}
	*j = jsonArticle{}
	dec := json.NewDecoder(strings.NewReader(raw))
	if err := dec.Decode(j); err != nil {
		return buf, errors.New("not a valid JSON object: " + jsonCause(err))
	}
	if dec.More() {
		return buf, errors.New("more than one JSON value on the line: want one object per line")
	}
	return buf, nil
}

// jsonTickers accepts a list of strings or one comma-separated string.
func jsonTickers(raw json.RawMessage) ([]string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var list []string
	if err := json.Unmarshal(raw, &list); err == nil {
		return cleanTickers(list), nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return splitTickers(s), nil
	}
	return nil, fmt.Errorf("tickers must be a list of strings or a comma-separated string")
}

// jsonCause words a decoding error for someone fixing the line by hand.
func jsonCause(err error) string {
	switch e := err.(type) {
	case *json.SyntaxError:
		return fmt.Sprintf("%v (at byte %d)", e, e.Offset)
	case *json.UnmarshalTypeError:
		return fmt.Sprintf("%s must be a %s, not a JSON %s", e.Field, e.Type, e.Value)
	}
	if err == io.ErrUnexpectedEOF {
		return "the object is cut short"
	}
	return err.Error()
}

// clip shortens a value quoted in an error message.
func clip(s string) string {
	const n = 60
	if len([]rune(s)) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
