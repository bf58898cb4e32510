package main

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// appendFinding appends f as json.Encoder (HTML left unescaped) writes it, without the newline,
// or reports false for a finding it does not know or a claim whose value JSON cannot hold (the
// Encoder then writes it or says why not). Encoding the findings by reflection was about a
// twentieth of extract's instructions.
func appendFinding(b []byte, f finding) ([]byte, bool) {
	switch f := f.(type) {
	case *articleFinding:
		b = appendField(b, '{', "kind", f.Kind)
		b = appendField(b, ',', "article", f.Article)
		b = appendField(b, ',', "published", f.Published)
		b = appendField(b, ',', "source", f.Source)
		b = appendField(b, ',', "url", f.URL)
		b = appendField(b, ',', "file", f.File)
		b = appendField(b, ',', "format", f.Format)
	case *timexFinding:
		b = appendField(b, '{', "kind", f.Kind)
		b = appendField(b, ',', "article", f.Article)
		b = appendField(b, ',', "text", f.Text)
		b = strconv.AppendInt(append(b, `,"start":`...), int64(f.Start), 10)
		b = strconv.AppendInt(append(b, `,"end":`...), int64(f.End), 10)
		b = appendField(b, ',', "type", f.Type)
		b = appendField(b, ',', "value", f.Value)
		b = appendField(b, ',', "granularity", f.Granularity)
		b = appendField(b, ',', "mod", f.Mod)
		b = appendField(b, ',', "resolved_by", f.ResolvedBy)
	case *eventFinding:
		b = appendField(b, '{', "kind", f.Kind)
		b = appendField(b, ',', "article", f.Article)
		b = appendField(b, ',', "date", f.Date)
		b = appendField(b, ',', "date_text", f.DateText)
		b = appendField(b, ',', "granularity", f.Granularity)
		b = appendField(b, ',', "type", f.Type)
		b = appendField(b, ',', "status", f.Status)
		b = appendField(b, ',', "detail", f.Detail)
		b = appendStrings(append(b, `,"tickers":`...), f.Tickers)
		b = appendStrings(append(b, `,"companies":`...), f.Companies)
		b = appendField(b, ',', "headline", f.Headline)
		b = appendField(b, ',', "sentence", f.Sentence)
		b = appendField(b, ',', "resolved_by", f.ResolvedBy)
	case *claimFinding:
		if math.IsInf(f.Value, 0) || math.IsNaN(f.Value) {
			return b, false
		}
		b = appendField(b, '{', "kind", f.Kind)
		b = appendField(b, ',', "article", f.Article)
		b = appendField(b, ',', "ticker", f.Ticker)
		b = appendField(b, ',', "date", f.Date)
		b = appendField(b, ',', "date_value", f.DateValue)
		b = appendField(b, ',', "metric", f.Metric)
		b = appendField(b, ',', "op", f.Op)
		b = appendFloat(append(b, `,"value":`...), f.Value)
		b = appendField(b, ',', "unit", f.Unit)
		b = appendField(b, ',', "text", f.Text)
		b = appendField(b, ',', "sentence", f.Sentence)
	default:
		return b, false
	}
	return append(b, '}'), true
}

// appendField appends sep, the quoted key (plain ASCII), a colon and the value.
func appendField(b []byte, sep byte, key, value string) []byte {
	b = append(b, sep, '"')
	b = append(b, key...)
	b = append(b, '"', ':')
	return appendString(b, value)
}

func appendStrings(b []byte, s []string) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, x := range s {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, x)
	}
	return append(b, ']')
}

// appendFloat is encoding/json's float64: ES6 number form, exponents unpadded.
func appendFloat(b []byte, f float64) []byte {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// plainJSON holds the bytes a JSON string takes as they are: printable ASCII but the quote
// and the backslash.
var plainJSON = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// appendString is encoding/json's string without HTML escapes: runs of plain bytes copied at
// once; quote, backslash and control characters escaped; invalid UTF-8 replaced; U+2028 and
// U+2029 escaped.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		i = plainRun(s, i)
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
