package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	kWord  = iota // letters
	kNum          // digits only
	kAlnum        // digits then letters (13th, 1990s, 3Q) or letters then digits (Q3, H1)
	kPunct        // one other character
)

// token is one word, number or punctuation character of the text.
type token struct {
	s       string // the text of the token (a substring, never a copy)
	bs, be  int    // byte span
	rs, re  int    // rune span
	kind    uint8
	space   bool   // whitespace (or the start of text) before the token
	newline bool   // a blank line (two line breaks) in that whitespace: a new paragraph
	brk     bool   // a line break in that whitespace: a new sentence (a title, a list item)
	upper   bool   // first character is upper case
	set     uint16 // the word's number among the indexed sets' words (perf13.go): 0 until asked
	num     int    // value of the leading digits (kNum, kAlnum), capped
	ndig    int    // count of leading digits
	lex     lexEntry
	sent    int // index of the sentence (see Sentences)
	clause  int // index of the clause: sentences cut at ";" as well, the scope of tense
}

// tokenize splits text into tokens, keeping byte and rune offsets, and marks their sentences
// and clauses.
func tokenize(text string) []token {
	toks := newTokens(len(text))
	r := 0 // rune offset
	space, newline := true, false
	nl := 0 // line breaks in the current whitespace
	for i := 0; i < len(text); {
		c := text[i]
		var ru rune
		size := 1
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			space = true
			i++
			r++
			continue
		case c == '\n':
			nl++
			space, newline = true, nl >= 2
			i++
			r++
			continue
		case c >= utf8.RuneSelf:
			ru, size = utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(ru) {
				space = true
				if ru == '\u2028' || ru == '\u2029' || ru == '\u0085' {
					nl++
					newline = nl >= 2 || ru == '\u2029'
				}
				i += size
				r++
				continue
			}
		}
		// The token is made in place: a token is a dozen words, and returned by value and
		// then appended it was copied twice for every token of every article.
		toks = append(toks, token{space: space, newline: newline})
		t := &toks[len(toks)-1]
		switch {
		case isDigit(c):
			scanNumber(t, text, i, r)
		case isASCIILetter(c):
			scanASCIIWord(t, text, i, r)
		case c < utf8.RuneSelf:
			t.s, t.bs, t.be, t.rs, t.re, t.kind = text[i:i+1], i, i+1, r, r+1, kPunct
		default:
			scanRune(t, text, i, r, ru, size)
		}
		r += t.re - t.rs
		i = t.be
		space, newline, nl = false, false, 0
	}
	markSentences(text, toks)
	return toks
}

// scanNumber reads into t the digits at byte i (rune r) and the letters glued after them:
// 2007, 13th, 1990s.
func scanNumber(t *token, text string, i, r int) {
	j := i
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	k := j
	for k < len(text) && isASCIILetter(text[k]) {
		k++
	}
	t.s, t.bs, t.be, t.rs, t.re, t.kind, t.ndig, t.num = text[i:k], i, k, r, r+(k-i), kNum, j-i, atoiCap(text[i:j])
	if k > j {
		t.kind = kAlnum
	}
}

// scanASCIIWord reads into t the word at byte i (rune r), which starts with an ASCII letter,
// and the digits glued after one or two letters: Q3, H1, FY2008.
func scanASCIIWord(t *token, text string, i, r int) {
	// Most words are ASCII letters to their end: scanWord's loop is asked only after a byte
	// outside ASCII (xspeed19.go).
	j := letterRun(text, i)
	rr := j - i
	if j < len(text) && text[j] >= utf8.RuneSelf {
		j, rr = scanWord(text, i)
	}
	t.s, t.bs, t.be, t.rs, t.re, t.kind, t.upper = text[i:j], i, j, r, r+rr, kWord, text[i] >= 'A' && text[i] <= 'Z'
	k := j
	for k < len(text) && isDigit(text[k]) {
		k++
	}
	if k > j && j-i <= 2 {
		t.s, t.be, t.re, t.kind = text[i:k], k, t.re+(k-j), kAlnum
		t.num, t.ndig = atoiCap(text[j:k]), k-j
	}
}

// scanRune reads into t the token at byte i (rune r) that starts with the rune ru, of size
// bytes, outside ASCII: a word if it is a letter, else a mark.
func scanRune(t *token, text string, i, r int, ru rune, size int) {
	if unicode.IsLetter(ru) {
		j, rr := scanWord(text, i)
		t.s, t.bs, t.be, t.rs, t.re, t.kind, t.upper = text[i:j], i, j, r, r+rr, kWord, unicode.IsUpper(ru)
		return
	}
	t.s, t.bs, t.be, t.rs, t.re, t.kind = text[i:i+size], i, i+size, r, r+1, kPunct
}

// markSentences looks the words up in the lexicon and numbers the sentences and clauses: a
// sentence ends at a line break, at a terminal mark that ends it (sentenceEnd), and, when it
// grows past maxSentence bytes, at the next space; a clause ends there and at a semicolon.
func markSentences(text string, toks []token) {
	sent, clause, next, start := 0, 0, -1, 0
	for i := range toks {
		t := &toks[i]
		// A token is made with the zero entry: only a word that lookup's filter passes is
		// looked up, and the filter is written out here, saving a call for the others.
		if w := t.s; (t.kind == kWord || t.kind == kAlnum) && uint(len(w)-1) < 16 {
			b := byte(' ')
			if len(w) > 1 {
				b = w[1]
			}
			if lexLens[prefixIndex(w[0], b)]>>len(w)&1 != 0 {
				t.lex = lexEntries[lexTable.Get(w)]
			}
		}
		if i > 0 {
			// Most tokens follow no space or a single one, which holds no line break: only
			// other gaps are scanned.
			if d, prev := t.bs-toks[i-1].be, toks[i-1].be; d > 1 || d == 1 && text[prev] != ' ' {
				t.brk = t.newline || lineBreak(text[prev:t.bs])
			} else {
				t.brk = t.newline
			}
			switch {
			case t.brk || i == next || t.space && t.be-start > maxSentence:
				sent++
				clause++
				start = t.bs
			case toks[i-1].kind == kPunct && toks[i-1].s == ";":
				clause++
			}
		}
		t.sent, t.clause = sent, clause
		if t.kind != kPunct {
			continue // only a mark ends a sentence: most tokens are passed without sentenceEnd's call
		}
		if e, ok := sentenceEnd(toks, i); ok {
			next = e
		}
	}
}

// maxSentence is the longest sentence read as one, in bytes: longer ones are lists, tables or
// text without punctuation, cut at spaces so that the work per sentence stays bounded.
const maxSentence = 1000

// lineBreak reports whether the whitespace ws holds a line break.
func lineBreak(ws string) bool {
	for i := 0; i < len(ws); i++ {
		switch ws[i] {
		case '\n', '\r':
			return true
		case 0xe2: // U+2028 and U+2029, the line and paragraph separators
			if strings.HasPrefix(ws[i:], "\u2028") || strings.HasPrefix(ws[i:], "\u2029") {
				return true
			}
		}
	}
	return false
}

// sentenceEnd reports whether token i ends a sentence and, if so, the token the next one
// starts at: ".", "!", "?" or "…" followed (after closing quotes and brackets, which stay
// with the sentence they close) by a space and a token that is not a lower-case word (a name
// such as "iRobot" or "eBay", lower-case but with a capital inside, opens one), except
// the period of an abbreviation such as "Aug." or "U.S.".
func sentenceEnd(toks []token, i int) (next int, ok bool) {
	t := &toks[i]
	if t.kind != kPunct {
		return 0, false
	}
	switch t.s {
	case ".":
		if i > 0 && toks[i-1].kind == kWord && !t.space && isAbbrev(toks, i-1) && !initialsEnd(toks, i) && !suffixEnd(toks, i) {
			return 0, false
		}
	case "!", "?", "…":
	default:
		return 0, false
	}
	j := i + 1
	for j < len(toks) && !toks[j].space && isCloser(toks[j].s) {
		j++
	}
	if j >= len(toks) {
		return j, true
	}
	if !toks[j].space || toks[j].kind == kWord && !toks[j].upper && !innerCapital(toks[j].s) {
		return 0, false // "3.4", "vs. Wade", "Yahoo! said"
	}
	return j, true
}

// initialsEnd says whether the period at i, which closes dotted initials ("U.S.", "U.K."),
// also ends the sentence: a word that opens sentences and never continues a name follows
// ("sold in the U.S. The company said", "in the U.K. It said"). A name may follow initials
// ("U.S. Steel"), so other capitals leave the sentence running.
func initialsEnd(toks []token, i int) bool {
	if i < 2 || toks[i-2].s != "." || len(toks[i-1].s) != 1 || i+1 >= len(toks) || !toks[i+1].space {
		return false
	}
	return sentenceOpeners[toks[i+1].s]
}

// suffixEnd says whether the period at i, which closes an abbreviation written after a name
// (a company's "Inc.", "Corp.", "Co.", "Ltd.", a state's "Calif.", "Jr."), also ends the
// sentence: a word that opens sentences and never continues a name follows ("agreed to buy
// Beta Inc. It will pay $2 billion", "a plant in Dayton, Ohio. The company said"). Read as one
// sentence, the second's tense and companies would be the first's. Titles and months, written
// before what they qualify ("Dr. Smith", "Aug. 5"), never end one this way.
func suffixEnd(toks []token, i int) bool {
	if i+1 >= len(toks) || !toks[i+1].space {
		return false
	}
	w, next := &toks[i-1], &toks[i+1]
	if w.lex.kind == lxMonth || len(w.s) == 1 {
		return false
	}
	if sentenceOpeners[next.s] {
		return !prenominal[lowerWord(w)]
	}
	return w.upper && companySuffixes[lowerWord(w)] && next.kind == kWord && next.upper &&
		!allUpper(next.s) && !nameContinuers[next.s] && !monthOrWeekday(next.s)
}

// monthOrWeekday reports whether w names a month or a weekday. The word after a mark has not
// been looked up yet when the mark is read.
func monthOrWeekday(w string) bool {
	k := lookup(w).kind
	return k == lxMonth || k == lxWeekday
}

// companySuffixes are the legal forms that close a company's name. A name rarely runs on
// after one without a comma, so a capitalized word there opens a sentence ("agreed to buy Beta
// Inc. Microsoft shares rose") unless it is a further legal form, a class of shares, a title of
// the company's officer ("Beta Corp. Chief Executive Ann Lee"), or a day, which wire copy
// writes right after the subject ("Beta Corp. Tuesday said").
var companySuffixes = map[string]bool{"inc": true, "corp": true, "co": true, "cos": true, "ltd": true,
	"plc": true, "llc": true}

var nameContinuers = map[string]bool{"Inc": true, "Corp": true, "Co": true, "Ltd": true, "Plc": true,
	"Class": true, "Chief": true, "President": true, "Chairman": true, "Chairwoman": true, "Vice": true,
	"Executive": true, "Director": true, "Founder": true, "Senior": true, "General": true, "Managing": true,
	"Spokesman": true, "Spokeswoman": true, "Treasurer": true, "Secretary": true, "Board": true,
	"Unit": true, "Subsidiary": true, "Today": true, "Yesterday": true, "Tonight": true,
	// Wire copy converted from capitals sometimes capitalizes the word after the period of
	// "Inc." ("Systems Inc. Has raised its stake", "Inc. By 65 pct"): a verb or a
	// preposition that opens no sentence continues it.
	"Has": true, "Have": true, "Had": true, "Is": true, "Was": true, "Are": true, "Were": true,
	"Will": true, "Would": true, "Said": true, "Says": true, "By": true, "To": true, "Of": true,
	"And": true, "Or": true}

// allUpper reports whether a word of two or more letters is written in capitals ("NYSE", "ADR").
func allUpper(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return false
		}
	}
	return true
}

// prenominal are the abbreviations written before a name or a number they qualify.
var prenominal = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gov": true,
	"sen": true, "rep": true, "gen": true, "col": true, "lt": true, "sgt": true, "no": true, "mt": true, "ft": true,
	"vs": true, "prof": true, "rev": true, "approx": true, "est": true}

// sentenceOpeners are capitalized words that open a sentence and stand in no name.
var sentenceOpeners = map[string]bool{"The": true, "It": true, "Its": true, "He": true, "She": true, "They": true,
	"We": true, "But": true, "This": true, "That": true, "These": true, "Those": true, "There": true, "Shares": true,
	"Analysts": true, "In": true, "On": true, "Both": true, "Earlier": true, "Last": true, "However": true,
	"A": true, "An": true, "His": true, "Her": true, "Their": true, "Our": true, "As": true, "After": true,
	"While": true, "When": true, "If": true, "Since": true, "Also": true, "Meanwhile": true, "Separately": true}

// innerCapital reports whether a word that starts in lower case has a capital inside, as names
// written that way do ("iRobot", "eBay", "iPhone"): such a word can open a sentence.
func innerCapital(w string) bool {
	for _, r := range w {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func isCloser(s string) bool {
	switch s {
	case "'", "\"", "’", "”", "`", ")", "]":
		return true
	}
	return false
}

// Span is a piece of a text by byte offsets, End exclusive.
type Span struct{ Start, End int }

// Sentences splits text into sentences, the way the tagger reads them: at line breaks, and
// after ".", "!", "?" or "…" followed by a space and anything but a lower-case word ("iRobot",
// lower-case with a capital inside, opens a sentence), unless
// the period ends an abbreviation ("Inc.", "Aug.", "U.S.", "J."); closing quotes and
// brackets stay with the sentence they close; a sentence longer than 1,000 bytes is cut at a
// space. Sentences hold no leading or trailing space.
func Sentences(text string) []Span { return NewText(text).Sentences() }

// scanWord returns the end of the word starting at i and its length in runes. Apostrophes
// split words: "year's" is "year" "'" "s".
func scanWord(text string, i int) (end, runes int) {
	j := i
	for {
		// A run of ASCII letters by a table, the bytes of most words of most texts.
		k := letterRun(text, j)
		runes += k - j
		j = k
		if j >= len(text) || text[j] < utf8.RuneSelf {
			return j, runes
		}
		ru, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(ru) && !unicode.Is(unicode.Mn, ru) {
			return j, runes
		}
		j += size
		runes++
	}
}

// asciiLetters marks the bytes isASCIILetter accepts.
var asciiLetters = func() (t [256]bool) {
	for c := range t {
		t[c] = isASCIILetter(byte(c))
	}
	return t
}()

// isAbbrev reports whether word i, followed by a period, is an abbreviation: a month ("Aug."),
// an initial ("J."), or a title or state ("Mr.", "Calif.").
func isAbbrev(toks []token, i int) bool {
	t := &toks[i]
	if t.lex.kind == lxMonth && t.lex.abbr || len(t.s) == 1 && t.upper {
		return true
	}
	if len(t.s) == 1 && i > 0 && toks[i-1].s == "." && !t.space {
		return true // the last letter of "U.S.", "e.g.", "a.m."
	}
	if len(t.s) > 5 {
		return false
	}
	return abbrevs[strings.ToLower(t.s)]
}

var abbrevs = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "gov": true, "sen": true, "rep": true, "gen": true, "col": true,
	"lt": true, "sgt": true, "no": true, "mt": true, "ft": true, "vs": true, "prof": true, "rev": true, "ala": true,
	"ariz": true, "calif": true, "colo": true, "conn": true, "fla": true, "ga": true, "ill": true, "ind": true,
	"kan": true, "ky": true, "la": true, "md": true, "mass": true, "mich": true, "minn": true, "miss": true, "mo": true,
	"mont": true, "neb": true, "nev": true, "okla": true, "ore": true, "pa": true, "tenn": true, "tex": true, "va": true,
	"vt": true, "wash": true, "wis": true, "wyo": true, "approx": true, "dept": true, "est": true, "jan": true,
	"feb": true, "aug": true, "sept": true, "oct": true, "nov": true, "dec": true, "llc": true, "plc": true, "etc": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "sep": true,
	// the short words of company names: "Warner Bros. Discovery", "Lowe's Cos. Inc"
	"bros": true, "cos": true, "mfg": true, "intl": true, "natl": true, "assn": true}

func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// atoiCap converts leading digits, capping at a value no rule uses so overflow is impossible.
func atoiCap(s string) int {
	n := 0
	for i := 0; i < len(s) && isDigit(s[i]); i++ {
		if n > 1e8 {
			return 1e9
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// eqFold reports whether s equals the lower-case ASCII word w, ignoring case.
func eqFold(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}
