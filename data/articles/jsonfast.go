package articles

import "unicode/utf8"

// decodePlain decodes the common line into j without encoding/json: one object whose keys are
// jsonArticle's names as written in its tags and whose values are strings (or null, except for
// tickers). It reports false, with j left as it found it, for anything else (another key, a
// number, a \u escape, bad text), which json.Unmarshal then decodes as before. Unmarshal
// scanned each line twice (validating, then decoding) and copied every string; the plain
// line's values without escapes are slices of raw, which is the line reader's own copy; those
// with escapes are unescaped in buf (returned, grown) and copied. It was about a twentieth of
// extraction's instructions.
func decodePlain(raw string, buf []byte, j *jsonArticle) ([]byte, bool) {
	if !utf8.ValidString(raw) {
		return buf, false // Unmarshal replaces the bad bytes
	}
	var v jsonArticle
	i := skipSpace(raw, 0)
	if i >= len(raw) || raw[i] != '{' {
		return buf, false
	}
	i = skipSpace(raw, i+1)
	if i < len(raw) && raw[i] == '}' {
		if skipSpace(raw, i+1) != len(raw) {
			return buf, false
		}
		*j = v
		return buf, true
	}
	for {
		key, k, ok := plainString(raw, i)
		if !ok {
			return buf, false
		}
		i = skipSpace(raw, k)
		if i >= len(raw) || raw[i] != ':' {
			return buf, false
		}
		i = skipSpace(raw, i+1)
		var val string
		null := false
		if i+4 <= len(raw) && raw[i:i+4] == "null" {
			null, i = true, i+4
		} else if val, i, buf, ok = jsonString(raw, i, buf); !ok {
			return buf, false
		}
		var field *string
		switch key {
		case "title":
			field = &v.Title
		case "published":
			field = &v.Published
		case "date":
			field = &v.Date
		case "body":
			field = &v.Body
		case "content":
			field = &v.Content
		case "text":
			field = &v.Text
		case "url":
			field = &v.URL
		case "link":
			field = &v.Link
		case "source":
			field = &v.Source
		default:
			return buf, false // tickers (a raw value) and keys matched without case: Unmarshal's
		}
		if !null {
			*field = val
		}
		i = skipSpace(raw, i)
		if i >= len(raw) {
			return buf, false
		}
		switch raw[i] {
		case ',':
			i = skipSpace(raw, i+1)
			continue
		case '}':
			if skipSpace(raw, i+1) != len(raw) {
				return buf, false
			}
			*j = v
			return buf, true
		}
		return buf, false
	}
}

// skipSpace is the index of the first byte at or after i that is not JSON white space.
func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}

// plainString reads a string without escapes or bytes outside printable ASCII at s[i] (a key),
// returning it and the index after its closing quote.
func plainString(s string, i int) (string, int, bool) {
	if i >= len(s) || s[i] != '"' {
		return "", 0, false
	}
	for k := i + 1; k < len(s); k++ {
		switch c := s[k]; {
		case c == '"':
			return s[i+1 : k], k + 1, true
		case c == '\\' || c < 0x20 || c >= 0x7f:
			return "", 0, false
		}
	}
	return "", 0, false
}

// jsonString reads the JSON string at s[i] as encoding/json does, for the escapes other than
// \u; it refuses (false) \u and control characters, which Unmarshal reports or replaces. s is
// valid UTF-8 (decodePlain checks). A string without escapes is a slice of s.
func jsonString(s string, i int, buf []byte) (string, int, []byte, bool) {
	if i >= len(s) || s[i] != '"' {
		return "", 0, buf, false
	}
	start := i + 1
	k := plainRun(s, start)
	if k < len(s) && s[k] == '"' {
		return s[start:k], k + 1, buf, true
	}
	if k < len(s) && s[k] == '\\' {
		return unescape(s, start, k, buf)
	}
	return "", 0, buf, false
}

// plainRun is the index of the first quote, backslash or control character at or after k.
func plainRun(s string, k int) int {
	for k+8 <= len(s) && plainWord(s, k) { // perf8.go
		k += 8
	}
	for k < len(s) {
		if c := s[k]; c == '"' || c == '\\' || c < 0x20 {
			break
		}
		k++
	}
	return k
}

// unescape finishes jsonString for a string starting at s[start] with its first escape at
// s[k], in buf.
func unescape(s string, start, k int, buf []byte) (string, int, []byte, bool) {
	b := append(buf[:0], s[start:k]...)
	for k < len(s) {
		switch c := s[k]; {
		case c == '"':
			return string(b), k + 1, b, true
		case c == '\\':
			if k+1 >= len(s) {
				return "", 0, b, false
			}
			switch s[k+1] {
			case '"', '\\', '/':
				b = append(b, s[k+1])
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			default:
				return "", 0, b, false // \u and invalid escapes
			}
			k += 2
		case c < 0x20:
			return "", 0, b, false
		default:
			e := plainRun(s, k)
			b = append(b, s[k:e]...)
			k = e
		}
	}
	return "", 0, b, false
}
