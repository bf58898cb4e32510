package extract

import (
	"strings"
	"unicode"

	"github.com/eventline/eventline/data/timex"
)

// span is a piece of text by byte offsets.
type span struct{ start, end int }

// sentences splits text into sentences the way the temporal tagger reads them (timex.Sentences:
// line breaks, terminal marks before anything but a lower-case word, abbreviations kept,
// sentences over 1,000 bytes cut at a space), so that a sentence's events and its dates come
// from the same reading.
func sentences(text string) []span { return spans(timex.Sentences(text)) }

func spans(ss []timex.Span) []span {
	out := make([]span, len(ss))
	for i, s := range ss {
		out[i] = span{s.Start, s.End}
	}
	return out
}

// afterTitle drops the sentences of a body that only repeat its title. A text file's body is the
// whole file, title line included, so that offsets stay the file's; a feed item or a web page
// often opens its text with its headline too. Read twice, the title would be a body sentence of
// its own, take the lead's place from the real first sentence, and give its events a second
// time with fewer companies. A sentence that runs on past the title keeps the rest.
func afterTitle(ss []span, body, title string) []span {
	title = strings.TrimSpace(title)
	if title == "" || len(ss) == 0 {
		return ss
	}
	start := len(body) - len(strings.TrimLeftFunc(body, func(r rune) bool { return unicode.IsSpace(r) || r == '\ufeff' }))
	if !strings.HasPrefix(body[start:], title) {
		return ss
	}
	end := start + len(title)
	if rest := body[end:]; rest != "" && rest[0] != '\n' && rest[0] != '\r' {
		return ss // the title is the start of a longer first line, not a line of its own
	}
	i := 0
	for i < len(ss) && ss[i].end <= end {
		i++
	}
	if i < len(ss) && ss[i].start < end {
		ss[i].start = end + len(body[end:ss[i].end]) - len(strings.TrimLeftFunc(body[end:ss[i].end], unicode.IsSpace))
	}
	return ss[i:]
}
