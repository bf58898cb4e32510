package extract

import "github.com/eventline/eventline/data/timex"

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
