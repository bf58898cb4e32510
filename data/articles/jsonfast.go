package articles

import (
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeArticle reads a JSON Lines article the way encoding/json would into a jsonArticle, for
// the lines that hold what article files hold: one object of known keys written in lower case,
// with string values (and tickers as a string or a list of strings). It reports false for
// anything else (another key, another kind of value, a syntax error, a second value, invalid
// UTF-8 or control characters in a string), and the caller then decodes the line with
// encoding/json, which gives the same result or the precise error. Decoding per line with
// encoding/json was a twentieth of extraction's time, all of it on the reader goroutine that
// every worker waits on; strings without escapes are taken from the line without a copy.
func decodeArticle(s string) (jsonArticle, bool) {
	var j jsonArticle
	i := skipSpace(s, 0)
	if i >= len(s) || s[i] != '{' {
		return j, false
	}
	i = skipSpace(s, i+1)
	if i < len(s) && s[i] == '}' {
		return j, skipSpace(s, i+1) == len(s)
	}
	for {
		key, next, ok := jsonString(s, i)
		if !ok {
			return j, false
		}
		i = skipSpace(s, next)
		if i >= len(s) || s[i] != ':' {
			return j, false
		}
		i = skipSpace(s, i+1)
		if key == "tickers" {
			end, ok := tickersValue(s, i)
			if !ok {
				return j, false
			}
			j.Tickers = []byte(s[i:end])
			i = end
		} else {
			field := j.field(key)
			if field == nil && knownKey(key) {
				return j, false // another spelling of a known key ("Title"): encoding/json's matching decides
			}
			v, next, ok := jsonString(s, i)
			if !ok {
				return j, false
			}
			if field != nil {
				*field = v
			}
			i = next
		}
		i = skipSpace(s, i)
		if i >= len(s) {
			return j, false
		}
		switch s[i] {
		case ',':
			i = skipSpace(s, i+1)
		case '}':
			return j, skipSpace(s, i+1) == len(s)
		default:
			return j, false
		}
	}
}

// field is the string field a key exactly names; nil for tickers and unknown keys.
func (j *jsonArticle) field(key string) *string {
	switch key {
	case "title":
		return &j.Title
	case "published":
		return &j.Published
	case "date":
		return &j.Date
	case "body":
		return &j.Body
	case "content":
		return &j.Content
	case "text":
		return &j.Text
	case "url":
		return &j.URL
	case "link":
		return &j.Link
	case "source":
		return &j.Source
	}
	return nil
}

// knownKey says whether key names a field of jsonArticle under encoding/json's case-insensitive
// matching.
func knownKey(key string) bool {
	for _, k := range [...]string{"title", "published", "date", "body", "content", "text", "url", "link", "source", "tickers"} {
		if strings.EqualFold(key, k) {
			return true
		}
	}
	return false
}

// skipSpace returns the index of the first byte at or after i that is not JSON white space.
func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}

// tickersValue returns the end of a tickers value at i: a string or a list of strings.
func tickersValue(s string, i int) (int, bool) {
	if i < len(s) && s[i] == '"' {
		_, end, ok := jsonString(s, i)
		return end, ok
	}
	if i >= len(s) || s[i] != '[' {
		return 0, false
	}
	i = skipSpace(s, i+1)
	if i < len(s) && s[i] == ']' {
		return i + 1, true
	}
	for {
		_, next, ok := jsonString(s, i)
		if !ok {
			return 0, false
		}
		i = skipSpace(s, next)
		if i >= len(s) {
			return 0, false
		}
		switch s[i] {
		case ',':
			i = skipSpace(s, i+1)
		case ']':
			return i + 1, true
		default:
			return 0, false
		}
	}
}

// jsonString decodes the JSON string starting at s[i] as encoding/json does and returns it with
// the index after its closing quote. A string with control characters, invalid UTF-8 or an
// unknown escape is refused (encoding/json reports the first two as errors, or replaces bytes,
// which the caller leaves to it).
func jsonString(s string, i int) (string, int, bool) {
	if i >= len(s) || s[i] != '"' {
		return "", 0, false
	}
	start := i + 1
	for k := start; k < len(s); k++ {
		switch c := s[k]; {
		case c == '"':
			return s[start:k], k + 1, true
		case c == '\\':
			return unescape(s, start, k)
		case c < ' ':
			return "", 0, false
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[k:])
			if r == utf8.RuneError && size == 1 {
				return "", 0, false
			}
			k += size - 1
		}
	}
	return "", 0, false
}

// unescape decodes the rest of a JSON string whose first escape is at s[k] (start is the byte
// after the opening quote).
func unescape(s string, start, k int) (string, int, bool) {
	var b strings.Builder
	b.Grow(len(s) - start) // at most what is left of the line
	b.WriteString(s[start:k])
	for k < len(s) {
		switch c := s[k]; {
		case c == '"':
			return b.String(), k + 1, true
		case c == '\\':
			if k+1 >= len(s) {
				return "", 0, false
			}
			switch s[k+1] {
			case '"', '\\', '/':
				b.WriteByte(s[k+1])
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'u':
				r := hex4(s, k)
				if r < 0 {
					return "", 0, false
				}
				k += 6
				if utf16.IsSurrogate(r) {
					// A pair decodes to one character; a lone half is the replacement character
					// (the escape after it, if any, is read on its own), as in encoding/json.
					if d := utf16.DecodeRune(r, hex4(s, k)); d != unicode.ReplacementChar {
						b.WriteRune(d)
						k += 6
						continue
					}
					r = unicode.ReplacementChar
				}
				b.WriteRune(r)
				continue
			default:
				return "", 0, false
			}
			k += 2
		case c < ' ':
			return "", 0, false
		case c < utf8.RuneSelf:
			b.WriteByte(c)
			k++
		default:
			r, size := utf8.DecodeRuneInString(s[k:])
			if r == utf8.RuneError && size == 1 {
				return "", 0, false
			}
			b.WriteString(s[k : k+size])
			k += size
		}
	}
	return "", 0, false
}

// hex4 reads the escape \uXXXX at s[k]; -1 when there is none.
func hex4(s string, k int) rune {
	if k+6 > len(s) || s[k] != '\\' || s[k+1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range []byte(s[k+2 : k+6]) {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}
