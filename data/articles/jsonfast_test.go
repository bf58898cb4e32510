package articles

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// decodeByLibrary is what readJSONL did for every line before decodeArticle: the reference.
func decodeByLibrary(raw string) (jsonArticle, bool) {
	var j jsonArticle
	dec := json.NewDecoder(strings.NewReader(raw))
	if err := dec.Decode(&j); err != nil {
		return j, false
	}
	return j, !dec.More()
}

func sameArticle(a, b jsonArticle) bool {
	return a.Title == b.Title && a.Published == b.Published && a.Date == b.Date && a.Body == b.Body &&
		a.Content == b.Content && a.Text == b.Text && a.URL == b.URL && a.Link == b.Link && a.Source == b.Source &&
		bytes.Equal(a.Tickers, b.Tickers)
}

// checkDecode fails when decodeArticle accepts a line that encoding/json reads differently or
// refuses.
func checkDecode(t *testing.T, raw string) bool {
	t.Helper()
	got, ok := decodeArticle(raw)
	if !ok {
		return false
	}
	want, wantOK := decodeByLibrary(raw)
	if !wantOK {
		t.Errorf("decodeArticle accepts %q, which encoding/json refuses", raw)
	} else if !sameArticle(got, want) {
		t.Errorf("decodeArticle(%q) = %+v, encoding/json reads %+v", raw, got, want)
	}
	return true
}

func TestDecodeArticle(t *testing.T) {
	tests := []struct {
		line string
		fast bool // decodeArticle reads it itself (else it leaves it to encoding/json)
	}{
		{`{"title":"Acme buys Widget","published":"2024-03-01","body":"Acme said on Monday it would buy Widget."}`, true},
		{` { "title" : "A" , "body" : "B" } `, true},
		{`{}`, true},
		{`{ }`, true},
		{`{"title":"Quotes \"inside\" and a \\ backslash","body":"line one\nline two\r\n\ttab \/ slash \b\f"}`, true},
		{`{"title":"AT\u0026T \u003cNYSE\u003e","body":"caf\u00e9 \u2028 \u20AC"}`, true},
		{`{"title":"pair \ud83d\ude00 ok"}`, true},
		{`{"title":"lone \ud83d alone"}`, true},
		{`{"title":"lone \ud83d\u0041 then A"}`, true},
		{`{"title":"low first \ude00\ud83d"}`, true},
		{`{"title":"Ümlaut and 日本語 as written"}`, true},
		{`{"title":"a","title":"second wins"}`, true},
		{`{"title":"t","tickers":["ACME", "WID"]}`, true},
		{`{"title":"t","tickers":"ACME,WID"}`, true},
		{`{"title":"t","tickers":[]}`, true},
		{`{"title":"t","tickers":[ "A\u0042" ]}`, true},
		{`{"title":"t","extra":"ignored","content":"c","text":"x","url":"u","link":"l","source":"s","date":"d"}`, true},
		// Left to encoding/json: other spellings, other values, errors.
		{`{"Title":"case-insensitive match"}`, false},
		{`{"TICKERS":["A"]}`, false},
		{`{"title":null}`, false},
		{`{"title":5}`, false},
		{`{"title":"t","tickers":null}`, false},
		{`{"title":"t","tickers":[1,2]}`, false},
		{`{"title":"t","meta":{"a":1}}`, false},
		{`{"title":"t","n":3}`, false},
		{`{"title":"bad \x escape"}`, false},
		{`{"title":"bad \u12 escape"}`, false},
		{"{\"title\":\"control \x01 char\"}", false},
		{"{\"title\":\"tab \t raw\"}", false},
		{"{\"title\":\"invalid \xff utf8\"}", false},
		{`{"title":"t",}`, false},
		{`{"title":"t"} {"title":"u"}`, false},
		{`{"title":"t"} }`, false},
		{`{"title":"t"`, false},
		{`{"title":"unterminated}`, false},
		{`{"title" "t"}`, false},
		{`["title"]`, false},
		{`{"title":'t'}`, false},
	}
	for _, tt := range tests {
		if fast := checkDecode(t, tt.line); fast != tt.fast {
			t.Errorf("decodeArticle(%q) reads it itself: %v, want %v", tt.line, fast, tt.fast)
		}
	}
}

// FuzzDecodeArticle holds decodeArticle to encoding/json on whatever lines it accepts.
func FuzzDecodeArticle(f *testing.F) {
	for _, s := range []string{
		`{"title":"Acme buys Widget","published":"2024-03-01","body":"Acme said it would buy Widget."}`,
		`{"title":"x \ud83d\ude00 \u00e9 \"q\"","tickers":["A","B"],"source":"s"}`,
		`{"body":"a\nb","tickers":"A, B","Title":"t"}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkDecode(t, s) })
}

func TestIsTidy(t *testing.T) {
	tests := []struct {
		text string
		tidy bool
	}{
		{"One paragraph.", true},
		{"One.\nTwo lines.", true},
		{"One.\n\nTwo paragraphs.", true},
		{"  Indented first line.\n\nNext.", true},
		{"Ends in a non-breaking space\u00a0", true},
		{"", false},
		{"\nBlank first.", false},
		{"Blank last.\n", false},
		{"Two blanks.\n\n\nBetween.", false},
		{"Trailing space. \nNext.", false},
		{"Trailing tab.\t", false},
		{"Windows\r\nline ends.", false},
		{"White\n   \nline.", false},
		{"Unicode white\n\u00a0\u2003\nline.", false},
	}
	for _, tt := range tests {
		if got := isTidy(tt.text); got != tt.tidy {
			t.Errorf("isTidy(%q) = %v, want %v", tt.text, got, tt.tidy)
		}
		checkTidy(t, tt.text)
	}
}

// checkTidy fails when isTidy passes over a text that tidyLines would change.
func checkTidy(t *testing.T, s string) {
	t.Helper()
	if isTidy(s) && tidyLines(s) != s {
		t.Errorf("isTidy(%q), but tidyLines gives %q", s, tidyLines(s))
	}
}

func FuzzIsTidy(f *testing.F) {
	for _, s := range []string{"a\n\nb", "a \nb", "\n\na\r\n", "a\n\u00a0\nb"} {
		f.Add(s)
	}
	f.Fuzz(checkTidy)
}
