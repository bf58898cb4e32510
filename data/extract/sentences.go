package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSentence is the longest sentence read as one, in bytes.
const maxSentence = 1000

// span is a piece of text by byte offsets.
type span struct{ start, end int }

// abbreviations end with a dot that does not end a sentence.
var abbreviations = map[string]bool{
	"inc": true, "corp": true, "co": true, "ltd": true, "llc": true, "plc": true, "mr": true, "mrs": true,
	"ms": true, "dr": true, "prof": true, "sr": true, "jr": true, "st": true, "vs": true, "no": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "u.s": true, "u.k": true, "e.g": true, "i.e": true,
	"etc": true, "approx": true, "est": true, "gen": true, "gov": true, "sen": true, "rep": true,
}

// sentences splits text into sentences: at a paragraph or line break, and after ".", "!", "?" or
// "…" followed by a space and a capital, digit or quote, unless the dot ends an abbreviation or an
// initial. Leading and trailing spaces are not part of a sentence.
func sentences(text string) []span {
	var out []span
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e {
			r, size := utf8.DecodeRuneInString(text[s:])
			if !unicode.IsSpace(r) {
				break
			}
			s += size
		}
		for e > s {
			r, size := utf8.DecodeLastRuneInString(text[:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= size
		}
		// A "sentence" longer than maxSentence is a list, a table or text without punctuation:
		// cut it at spaces so that the work per sentence stays bounded.
		for e-s > maxSentence {
			cut := strings.LastIndexByte(text[s:s+maxSentence], ' ')
			if cut <= 0 {
				cut = maxSentence
				for cut < e-s && !utf8.RuneStart(text[s+cut]) {
					cut++
				}
			}
			out = append(out, span{s, s + cut})
			s += cut
			for s < e && text[s] == ' ' {
				s++
			}
		}
		if e > s {
			out = append(out, span{s, e})
		}
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			emit(i)
			start = i + size
		case r == '.' || r == '!' || r == '?' || r == '…':
			end := i + size
			// Closing quotes and brackets stay with the sentence they close.
			for end < len(text) {
				q, qs := utf8.DecodeRuneInString(text[end:])
				if !strings.ContainsRune(`"'”’)]`, q) {
					break
				}
				end += qs
			}
			next := end
			for next < len(text) && text[next] == ' ' {
				next++
			}
			if next > end && startsSentence(text[next:]) && !(r == '.' && abbreviationBefore(text[start:i])) {
				emit(end)
				start = end
			}
			i = end
			continue
		}
		i += size
	}
	emit(len(text))
	return out
}

func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"“‘'(`, r)
}

// abbreviationBefore reports whether the text before a dot ends with an abbreviation or a
// one-letter initial ("J. Smith", "U.S.").
func abbreviationBefore(s string) bool {
	j := len(s)
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		j -= size
	}
	word := strings.ToLower(s[j:])
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		return unicode.IsUpper([]rune(s[j:])[0])
	}
	return abbreviations[word]
}
