package articles

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// decodeLineByDecoder is how every line was decoded before decodeLine's shortcut: a
// json.Decoder of its own, then a check that nothing but a closing bracket follows.
func decodeLineByDecoder(raw string, j *jsonArticle) error {
	dec := json.NewDecoder(strings.NewReader(raw))
	if err := dec.Decode(j); err != nil {
		return errors.New("not a valid JSON object: " + jsonCause(err))
	}
	if dec.More() {
		return errors.New("more than one JSON value on the line: want one object per line")
	}
	return nil
}

// TestDecodeLine: decodeLine decodes every line, good or bad, as a json.Decoder of its own
// did: the same fields, the same error, with its buffer reused from line to line (a long line
// before a short one, escapes, raw tickers that must not alias the buffer).
func TestDecodeLine(t *testing.T) {
	lines := []string{
		`{"title": "Acme buys Widget", "published": "2024-01-02", "body": "Acme said on Monday it would buy Widget."}`,
		`{"title": "a"}`,
		`{"title": "Quote \"inside\"", "body": "line\nbreak \u00e9 \ud83d\ude00 tab\t", "tickers": ["ACME", "WDGT"]}`,
		`{"title": "t", "tickers": "ACME, WDGT"}`,
		`{"title": "t", "tickers": null, "body": null}`,
		`{"title": "t", "tickers": [1, 2]}`,
		`{"content": "body as content", "link": "http://x", "date": "2024-01-02"}`,
		`{"title": "dup", "title": "dup again"}`,
		`{"title": 5}`,
		`{"title": "t", "body": ["a"]}`,
		`{"title": "t",}`,
		`{"title": "t"`,
		`{} {}`,
		`{"title": "t"} }`,
		`{"title": "t"}]`,
		`{"title": "t"} x`,
		`{"title": "t"}   `,
		`{"TITLE": "case", "Body": "keys match without case"}`,
		`{"title": "\ud800 lone surrogate"}`,
		`{"title": "t", "extra": {"nested": [1, {"a": "b"}]}}`,
		// the plain lines decodePlain takes, and the ones next to them it leaves to Unmarshal
		`{"title":"Écu — café","body":"a \"b\" \\ \/ \b\f\n\r\t c","source":"s","url":"u","link":"l","date":"d","content":"c","text":"x"}`,
		`{"title": "esc\nfirst", "body": "plain after an escaped title"}`,
		`{"title": "t", "title": "t\"2"}`,
		`{ "title" : "spaced" , "body" : null }	`,
		`{}`,
		`{"title": "ctrl	tab"}`,
		`{"title": "bad \x escape"}`,
		`{"title": "t", "tickers": ["ACME"], "body": "b"}`,
		`{"Title": "t"}`,
		`{"title": "t", "count": 3}`,
		`{"title": "t", "body": nullx}`,
		`{"title": "t", "body": "b" "c"}`,
		`{"title": "t", "body": "b"} {}`,
		`{"title": "unterminated`,
		`{"title": "t\`,
		`{"ti\u0074le": "escaped key"}`,
		"{\"title\": \"bad \xff byte\"}",
		"{\"title\": \"esc\\n then bad \xff byte\"}",
	}
	var buf []byte
	for round := range 2 {
		for _, raw := range lines {
			var got, want jsonArticle
			var err error
			buf, err = decodeLine(raw, buf, &got)
			wantErr := decodeLineByDecoder(raw, &want)
			if (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() {
				t.Errorf("round %d, %s: error %v, want %v", round, raw, err, wantErr)
				continue
			}
			if err == nil && !reflect.DeepEqual(got, want) {
				t.Errorf("round %d, %s: decoded %+v, want %+v", round, raw, got, want)
			}
			if got.Tickers != nil {
				keep := string(got.Tickers)
				buf, _ = decodeLine(strings.Repeat(" ", len(raw)+8)+"{}", buf, new(jsonArticle))
				if string(got.Tickers) != keep {
					t.Errorf("%s: the tickers changed with the next line (%s): they share the buffer", raw, got.Tickers)
				}
			}
		}
	}
}

// TestDecodePlainTakes: the common lines are decoded without encoding/json (TestDecodeLine
// holds what they decode to); what the shortcut does not know is left to it.
func TestDecodePlainTakes(t *testing.T) {
	for raw, want := range map[string]bool{
		`{"title": "Acme buys Widget", "published": "2024-01-02", "body": "Acme said it would.\n\nMore."}`: true,
		`{"title":"Écu — café","body":"a \"b\" \\ \/ \b\f\n\r\t c"}`:                                       true,
		`{ "title" : "spaced" , "body" : null }`:                                                           true,
		`{}`:                                                                                               true,
		`{"title": "t", "tickers": ["ACME"]}`:                                                              false,
		`{"Title": "t"}`:                                                                                   false,
		`{"title": "\u00e9"}`:                                                                              false,
		`{"title": "t", "count": 3}`:                                                                       false,
		`{"title": "t"} }`:                                                                                 false,
		"{\"title\": \"ctrl\ttab\"}":                                                                       false,
		"{\"title\": \"bad \xff byte\"}":                                                                   false,
	} {
		var j jsonArticle
		if _, got := decodePlain(raw, nil, &j); got != want {
			t.Errorf("%s: taken %v, want %v", raw, got, want)
		}
		if !want && !reflect.DeepEqual(j, jsonArticle{}) {
			t.Errorf("%s: not taken, but decoded %+v", raw, j)
		}
	}
}
