package main

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// extract prints tens of findings per article; encoding/json's reflection over each was a
// twentieth of the command's time, on the one goroutine that writes the output in order. The
// findings write themselves here, byte for byte as a json.Encoder without HTML escaping does
// (findings_json_test.go holds every finding type and string to the library's encoding).

func (f articleFinding) appendJSON(b []byte) ([]byte, bool) {
	b = appendKey(b, `{"kind":`, f.Kind)
	b = appendKey(b, `,"article":`, f.Article)
	b = appendKey(b, `,"published":`, f.Published)
	b = appendKey(b, `,"source":`, f.Source)
	b = appendKey(b, `,"url":`, f.URL)
	b = appendKey(b, `,"file":`, f.File)
	b = appendKey(b, `,"format":`, f.Format)
	return append(b, '}'), true
}

func (f timexFinding) appendJSON(b []byte) ([]byte, bool) {
	b = appendKey(b, `{"kind":`, f.Kind)
	b = appendKey(b, `,"article":`, f.Article)
	b = appendKey(b, `,"text":`, f.Text)
	b = strconv.AppendInt(append(b, `,"start":`...), int64(f.Start), 10)
	b = strconv.AppendInt(append(b, `,"end":`...), int64(f.End), 10)
	b = appendKey(b, `,"type":`, f.Type)
	b = appendKey(b, `,"value":`, f.Value)
	b = appendKey(b, `,"granularity":`, f.Granularity)
	b = appendKey(b, `,"mod":`, f.Mod)
	b = appendKey(b, `,"resolved_by":`, f.ResolvedBy)
	return append(b, '}'), true
}

func (f eventFinding) appendJSON(b []byte) ([]byte, bool) {
	b = appendKey(b, `{"kind":`, f.Kind)
	b = appendKey(b, `,"article":`, f.Article)
	b = appendKey(b, `,"date":`, f.Date)
	b = appendKey(b, `,"date_text":`, f.DateText)
	b = appendKey(b, `,"granularity":`, f.Granularity)
	b = appendKey(b, `,"type":`, f.Type)
	b = appendKey(b, `,"status":`, f.Status)
	b = appendStrings(append(b, `,"tickers":`...), f.Tickers)
	b = appendStrings(append(b, `,"companies":`...), f.Companies)
	b = appendKey(b, `,"headline":`, f.Headline)
	b = appendKey(b, `,"sentence":`, f.Sentence)
	b = appendKey(b, `,"resolved_by":`, f.ResolvedBy)
	return append(b, '}'), true
}

// appendJSON reports false for a value JSON cannot hold (NaN, an infinity), which the caller
// then hands to encoding/json for its error.
func (f claimFinding) appendJSON(b []byte) ([]byte, bool) {
	if math.IsInf(f.Value, 0) || math.IsNaN(f.Value) {
		return b, false
	}
	b = appendKey(b, `{"kind":`, f.Kind)
	b = appendKey(b, `,"article":`, f.Article)
	b = appendKey(b, `,"ticker":`, f.Ticker)
	b = appendKey(b, `,"date":`, f.Date)
	b = appendKey(b, `,"date_value":`, f.DateValue)
	b = appendKey(b, `,"metric":`, f.Metric)
	b = appendKey(b, `,"op":`, f.Op)
	b = appendFloat(append(b, `,"value":`...), f.Value)
	b = appendKey(b, `,"unit":`, f.Unit)
	b = appendKey(b, `,"text":`, f.Text)
	b = appendKey(b, `,"sentence":`, f.Sentence)
	return append(b, '}'), true
}

func appendKey(b []byte, key, s string) []byte {
	return appendString(append(b, key...), s)
}

// appendStrings writes a list of strings; nil is null, as encoding/json writes it.
func appendStrings(b []byte, ss []string) []byte {
	if ss == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, s)
	}
	return append(b, ']')
}

// appendFloat writes a finite float64 as encoding/json does: like ES6, %f between 1e-6 and
// 1e21, else an exponent without padding.
func appendFloat(b []byte, f float64) []byte {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1] // e-07 is written e-7
			b = b[:n-1]
		}
	}
	return b
}

const hexDigits = "0123456789abcdef"

// appendString writes s quoted as encoding/json does without HTML escaping: quotes, backslashes
// and control characters escaped, invalid UTF-8 as U+FFFD, U+2028 and U+2029 escaped.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= ' ' && c != '"' && c != '\\' {
				i++
				continue
			}
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
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	return append(append(b, s[start:]...), '"')
}
