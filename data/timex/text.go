package timex

// Text is a text read once: its tokens, sentences and clauses. The tagger, the sentence
// splitter and the tense reading share it, so that extraction and tagging see the same
// sentences and the same tenses.
type Text struct {
	s    string
	toks []token
}

// NewText tokenizes text.
func NewText(text string) *Text { return &Text{s: text, toks: tokenize(text)} }

// String returns the text.
func (t *Text) String() string { return t.s }

// Sentences returns the sentences of the text (see the function Sentences).
func (t *Text) Sentences() []Span {
	var out []Span
	for i := 0; i < len(t.toks); {
		j := i + 1
		for j < len(t.toks) && t.toks[j].sent == t.toks[i].sent {
			j++
		}
		out = append(out, Span{t.toks[i].bs, t.toks[j-1].be})
		i = j
	}
	return out
}

// Tag returns the temporal expressions of the text with every rule on.
func (t *Text) Tag(ref Reference) []Expr { return (*Tagger)(nil).TagText(t, ref) }

// Reading reads the clause around the bytes [start, end) of the text (a trigger word, an
// event phrase): the tense of the verb that governs it and its modal. It is the reading the
// tagger resolves weekdays, months and quarters with, so an event's status and its date agree:
//
//	"VMware priced its offering on Monday"          past
//	"The shares begin trading on Tuesday"           present (a schedule)
//	"The company will list its shares on Friday"    future, Modal "will"
//	"It plans to acquire XenSource"                 future, Modal "plans"
//	"The deal could close in October"               future, Modal "could"
//
// A span outside the text, or between tokens, reads the nearest token.
func (t *Text) Reading(start, end int) Reading {
	if len(t.toks) == 0 {
		return Reading{}
	}
	i := 0
	for i < len(t.toks)-1 && t.toks[i].be <= start {
		i++
	}
	j := i + 1
	for j < len(t.toks) && t.toks[j].bs < end {
		j++
	}
	m := newMatcher(t.s, t.toks, Reference{}, nil)
	return m.read(i, j)
}
