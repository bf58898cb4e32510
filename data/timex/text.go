package timex

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// Text is a text read once: its tokens, sentences and clauses. The tagger, the sentence
// splitter and the tense reading share it, so that extraction and tagging see the same
// sentences and the same tenses.
type Text struct {
	s    string
	toks []token
	rd   *reader // for Reading, made on first use
	// What the tagger's matcher worked out about the tokens (each word's tense bits, the asides),
	// kept for the reading's matcher: both are functions of the tokens alone, and an article's
	// body was read for them twice.
	vinfo []uint8
	aside [][2]int32
}

// NewText tokenizes text.
func NewText(text string) *Text { return &Text{s: text, toks: tokenize(text)} }

// Release gives the text's token memory to the next NewText: a corpus read article by article
// then tokenizes into the same few buffers (on every core) rather than a new one per article.
// The text must not be used after; the temporal expressions and words taken from it may.
func (t *Text) Release() {
	if cap(t.toks) <= maxPooledTokens {
		toks := t.toks[:0]
		tokenBuffers.Put(&toks)
	}
	aside := t.aside
	if t.rd != nil {
		if aside == nil {
			aside = t.rd.matcher.aside
		}
		t.rd.matcher.release()
	}
	if aside != nil && cap(aside) <= maxPooledTokens {
		aside = aside[:0]
		asideBuffers.Put(&aside)
	}
	t.toks, t.rd, t.vinfo, t.aside = nil, nil, nil, nil
}

// newAsides returns a zeroed table of n asides (markAsides), from a released text when there
// is one: a fresh table per text was some 1.3 KB an article, 7% of the bytes extraction
// allocated, and each was garbage by the next article.
func newAsides(n int) [][2]int32 {
	if b := asideBuffers.Get().(*[][2]int32); *b != nil && cap(*b) >= n {
		aside := (*b)[:n]
		clear(aside)
		return aside
	}
	return make([][2]int32, n)
}

// asideBuffers hold the aside tables of released texts (newAsides).
var asideBuffers = sync.Pool{New: func() any { return new([][2]int32) }}

// reader is the text's clause reader, made when first asked: most texts are read only where
// extraction finds a trigger.
func (t *Text) reader() *reader {
	if t.rd == nil {
		m := newMatcher(t.s, t.toks, Reference{}, nil)
		m.vinfo, m.aside = t.vinfo, t.aside
		t.rd = &reader{matcher: m}
	}
	return t.rd
}

// newTokens returns an empty token slice with room for the tokens of n bytes of text (about
// one in four), from a released text when there is one.
func newTokens(n int) []token {
	need := n/4 + 16
	if toks := tokenBuffers.Get().(*[]token); cap(*toks) >= need {
		return (*toks)[:0]
	}
	return make([]token, 0, need)
}

// tokenBuffers hold token slices for NewText; maxPooledTokens keeps a huge article's out.
var tokenBuffers = sync.Pool{New: func() any { return new([]token) }}

const maxPooledTokens = 1 << 16

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
// event phrase): the tense of the verb that governs it, and the modal and hedge words of its
// clause. The tense is the one the tagger resolves weekdays, months and quarters with, so an
// event's status and its date agree:
//
//	"VMware priced its offering on Monday"          past
//	"The shares begin trading on Tuesday"           present (a schedule)
//	"The company will list its shares on Friday"    future, Modal "will"
//	"It plans to acquire XenSource"                 future, Modal "plans"
//	"The deal could close in October"               future, Modal "could"
//	"Microsoft is reportedly in talks to buy Yahoo" present, Hedge "reportedly"
//
// A span outside the text, or between tokens, reads the nearest token. A Text is read by one
// goroutine at a time: its readings share what they compute.
func (t *Text) Reading(start, end int) Reading {
	if len(t.toks) == 0 {
		return Reading{}
	}
	i := min(t.firstEndingAfter(start), len(t.toks)-1)
	j := i + 1
	for j < len(t.toks) && t.toks[j].bs < end {
		j++
	}
	return t.reader().read(i, j)
}

// Word is a word or a punctuation mark as extraction reads the text: unlike the tagger's
// tokens, a word keeps inner hyphens ("Hewlett-Packard", "buy-out") and the dots and commas
// between digits ("54.87", "1,000"), and letters and digits that touch make one word ("ABC123").
// Start and End are byte offsets in the text.
type Word struct {
	Text       string
	Start, End int
}

// Words appends to dst the words of the bytes [start, end) of the text, joined from the
// tokens the text was read into, so that a sentence is scanned once for the tagger and for
// extraction. Tokens that straddle start or end are left out.
func (t *Text) Words(dst []Word, start, end int) []Word {
	i, _ := t.firstFrom(start)
	for ; i < len(t.toks) && t.toks[i].be <= end; i++ {
		tk := &t.toks[i]
		if !t.wordish(i) {
			dst = append(dst, Word{tk.s, tk.bs, tk.be})
			continue
		}
		from, to := tk.bs, tk.be
		for j := i + 1; j < len(t.toks) && t.toks[j].be <= end && t.toks[j].bs == to; j++ {
			if !t.wordish(j) {
				// A mark inside a word: "Hewlett-Packard", "54.87"; any other ends it.
				if j+1 >= len(t.toks) || t.toks[j+1].bs != t.toks[j].be || t.toks[j+1].be > end || !t.joins(j, to) {
					break
				}
				j++
			}
			to, i = t.toks[j].be, j // letters then digits ("ABC123") are one word too
		}
		dst = append(dst, Word{t.s[from:to], from, to})
	}
	return dst
}

// firstFrom returns the index of the first token that starts at byte b or after, and whether
// one starts at b; firstEndingAfter that of the first token that ends after byte b. Written
// out: slices.BinarySearchFunc called a closure at every probe, for every sentence's words.
func (t *Text) firstFrom(b int) (int, bool) {
	lo, hi := 0, len(t.toks)
	for lo < hi {
		if h := int(uint(lo+hi) >> 1); t.toks[h].bs < b {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo, lo < len(t.toks) && t.toks[lo].bs == b
}

func (t *Text) firstEndingAfter(b int) int {
	lo, hi := 0, len(t.toks)
	for lo < hi {
		if h := int(uint(lo+hi) >> 1); t.toks[h].be <= b {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// wordish reports whether token i is letters or digits. Small enough to inline: Words asks it
// of every token of every sentence, and most are words.
func (t *Text) wordish(i int) bool {
	tk := &t.toks[i]
	return tk.kind != kPunct || wordishMark(tk.s)
}

// wordishMark says whether the mark s is a letter or a digit of another script: a mark outside
// ASCII that the tokenizer did not read as a word.
func wordishMark(s string) bool {
	if s[0] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// joins reports whether the mark at token j joins the word that ends at byte to with token
// j+1: a hyphen before a letter or digit, a dot or comma between digits.
func (t *Text) joins(j, to int) bool {
	if !t.wordish(j + 1) {
		return false
	}
	switch t.toks[j].s {
	case "-":
		return true
	case ".", ",":
		prev, _ := utf8.DecodeLastRuneInString(t.s[:to])
		next, _ := utf8.DecodeRuneInString(t.toks[j+1].s)
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
	return false
}
