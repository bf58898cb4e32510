package timex

import (
	"fmt"
	"strings"
)

// A pattern is a sequence of elements separated by spaces, each matching one token or, for a
// few classes, several:
//
//	word        the word, ignoring case
//	a|b|c       one of the words
//	-  ,  '     punctuation (- is any hyphen or dash, ' any apostrophe)
//	%class      a lexicon class or a token shape (see classes)
//	%d4 %d2     a number of exactly four digits, of one or two
//	%d24        a number of two or four digits
//	%y4         a year in digits that is no count (see yearAt)
//	%daynum     a day of the month, 13 or 13th
//	%day        a day of the month in digits or words, 13, 13th or thirteenth
//	%pcode %nth %fy   codes in one token: Q3 or 1H; 20th; FY2009 (%dayth: a day's 26th)
//	x?          the element x, or nothing
//	+x          x glued to what precedes it, without space ("%d4 +- +%d2")
//
// Matching tries the longest reading first: an optional element is taken when it matches and
// skipped only when the rest fails without it.
type elem struct {
	words []string // lower case alternatives; nil for a class
	class string
	opt   bool
	glued bool
	fn    func(m *matcher, i int) (end int, ok bool)
	// plain says that every alternative is a word compared ignoring case (none is punctuation,
	// matched its own way), and lens has bit n set for an alternative of n bytes (bit 63 for 63
	// or more): a token of another length matches none, without a comparison per alternative.
	// The zero value compares each alternative.
	plain bool
	lens  uint64
}

// maxElems bounds a pattern's length so that a match lives on the stack.
const maxElems = 10

// match is where a pattern matched: element e took tokens [at[e], to[e]), or nothing when
// at[e] < 0.
type match struct {
	start, end int
	at, to     [maxElems]int
}

// has reports whether element e matched tokens.
func (x *match) has(e int) bool { return x.at[e] >= 0 }

// tok is the first token of element e (-1 when it matched nothing).
func (x *match) tok(e int) int { return x.at[e] }

// classes are the token classes patterns can name.
var classes = map[string]func(m *matcher, i int) (int, bool){
	"month": func(m *matcher, i int) (int, bool) { // a capitalized month; "Aug." with its dot
		if m.kind(i) != lxMonth || !m.toks[i].upper {
			return 0, false
		}
		if m.toks[i].lex.abbr && m.punct(i+1, ".") && m.glued(i+1) {
			return i + 2, true
		}
		return i + 1, true
	},
	"weekday":  lexClass(lxWeekday),
	"deictic":  lexClass(lxDeictic),
	"unit":     lexClass(lxUnit),
	"number":   lexClass(lxNumber),
	"ordinal":  lexClass(lxOrdinal),
	"season":   lexClass(lxSeason),
	"relative": lexClass(lxRel),
	"holiday":  lexClass(lxHoliday),
	"partday":  lexClass(lxPartDay),
	"year": func(m *matcher, i int) (int, bool) {
		if _, ok := m.yearAt(i); ok {
			return i + 1, true
		}
		_, end, ok := m.spelledYear(i)
		return end, ok
	},
	"y4": func(m *matcher, i int) (int, bool) { // a year in digits, not a count (yearAt)
		_, ok := m.yearAt(i)
		return i + 1, ok
	},
	"daynum": func(m *matcher, i int) (int, bool) { // a day of the month: 13, 13th
		_, ok := m.dayNumAt(i)
		return i + 1, ok
	},
	"decade2": func(m *matcher, i int) (int, bool) { // a decade in two digits: 90s
		t := &m.toks[i]
		return i + 1, t.kind == kAlnum && t.ndig == 2 && len(t.s) == 3 && (t.s[2] == 's' || t.s[2] == 'S') && t.num%10 == 0
	},
	"pcode": func(m *matcher, i int) (int, bool) { // Q3, 3Q, H1, 1H
		_, _, ok := periodCode(&m.toks[i])
		return i + 1, ok
	},
	"wordord": func(m *matcher, i int) (int, bool) { // an ordinal in words up to thirty-first
		_, end, ok := m.wordOrdinal(i)
		return end, ok
	},
	"day": func(m *matcher, i int) (int, bool) { // a day of the month in digits or words: 13, 13th, thirteenth
		if _, ok := m.dayNumAt(i); ok {
			return i + 1, true
		}
		_, end, ok := m.wordOrdinal(i)
		return end, ok
	},
	"nth": func(m *matcher, i int) (int, bool) { // 20th, 1st: a century's ordinal
		_, ok := centuryOrdinal(&m.toks[i])
		return i + 1, ok
	},
	"dayth": func(m *matcher, i int) (int, bool) { // 26th, 1st: a day of the month's ordinal (timex52.go)
		_, ok := dayOrdinal(&m.toks[i])
		return i + 1, ok
	},
	"fy": func(m *matcher, i int) (int, bool) { // FY2009, FY09
		_, ok := fiscalCode(&m.toks[i])
		return i + 1, ok
	},
	"digits": func(m *matcher, i int) (int, bool) { // a plain number of up to four digits
		return i + 1, m.plainNum(i, 4)
	},
	"decade": func(m *matcher, i int) (int, bool) { // 1990s, nineties
		if _, ok := m.decadeAt(i); ok {
			return i + 1, true
		}
		return 0, false
	},
	"d4": digitsClass(4, 4),
	"d2": digitsClass(1, 2),
	"d24": func(m *matcher, i int) (int, bool) { // a year of two or four digits, in codes
		t := &m.toks[i]
		return i + 1, t.kind == kNum && (t.ndig == 2 || t.ndig == 4)
	},
	"amount": func(m *matcher, i int) (int, bool) { // 3, three, twenty-five, a few, several
		_, end, ok := m.amountAt(i)
		return end, ok
	},
}

// digitsClass matches a number token of lo to hi digits, whatever surrounds it.
func digitsClass(lo, hi int) func(m *matcher, i int) (int, bool) {
	return func(m *matcher, i int) (int, bool) {
		t := &m.toks[i]
		return i + 1, t.kind == kNum && t.ndig >= lo && t.ndig <= hi
	}
}

func lexClass(k uint8) func(m *matcher, i int) (int, bool) {
	return func(m *matcher, i int) (int, bool) {
		return i + 1, i < len(m.toks) && m.toks[i].lex.kind == k
	}
}

// mustParsePattern parses a rule's pattern; a bad pattern is a programming error.
func mustParsePattern(name, p string) []elem {
	var out []elem
	for _, f := range strings.Fields(p) {
		e := elem{}
		if len(f) > 1 && strings.HasSuffix(f, "?") {
			e.opt, f = true, f[:len(f)-1]
		}
		if len(f) > 1 && strings.HasPrefix(f, "+") {
			e.glued, f = true, f[1:]
		}
		if strings.HasPrefix(f, "%") {
			fn, ok := classes[f[1:]]
			if !ok {
				panic(fmt.Sprintf("timex: rule %s: no class %s", name, f))
			}
			e.class, e.fn = f[1:], fn
		} else {
			e.words = strings.Split(strings.ToLower(f), "|")
			e.plain = true
			for _, w := range e.words {
				switch w {
				case "-", "'", "/", ",", ".", ":":
					e.plain = false
				}
				e.lens |= 1 << min(len(w), 63)
			}
		}
		out = append(out, e)
	}
	if len(out) == 0 || len(out) > maxElems {
		panic(fmt.Sprintf("timex: rule %s: pattern of %d elements", name, len(out)))
	}
	return out
}

// lenIn says whether token i is there and its length has its bit in lens (see elem.lens).
func (m *matcher) lenIn(i int, lens uint64) bool {
	return i < len(m.toks) && lens&(1<<min(len(m.toks[i].s), 63)) != 0
}

// at matches the element at token i.
func (e *elem) matchAt(m *matcher, i int) (int, bool) {
	if i >= len(m.toks) || e.glued && !m.glued(i) {
		return 0, false
	}
	if e.fn != nil {
		return e.fn(m, i)
	}
	t := &m.toks[i]
	if e.plain {
		if e.lens&(1<<min(len(t.s), 63)) == 0 {
			return 0, false
		}
		for _, w := range e.words {
			if eqFold(t.s, w) {
				return i + 1, true
			}
		}
		return 0, false
	}
	for _, w := range e.words {
		switch w {
		case "-":
			if m.isHyphen(i) {
				return i + 1, true
			}
		case "'":
			if t.s == "'" || t.s == "’" {
				return i + 1, true
			}
		case "/", ",", ".", ":":
			if t.s == w {
				return i + 1, true
			}
		default:
			if eqFold(t.s, w) {
				return i + 1, true
			}
		}
	}
	return 0, false
}

// matchAt matches the rule's pattern at token i.
func (r *rule) matchAt(m *matcher, i int, x *match) bool {
	x.start = i
	return r.step(m, 0, i, x)
}

// matchFirst is matchAt when the first element's match at token i is already known (end and
// ok as elem.matchAt returns them): best matches a first element shared by several rules once.
func (r *rule) matchFirst(m *matcher, i int, x *match, end int, ok bool) bool {
	x.start = i
	return r.took(m, 0, i, x, end, ok)
}

func (r *rule) step(m *matcher, e, i int, x *match) bool {
	if e == len(r.elems) {
		x.end = i
		return i > x.start
	}
	end, ok := r.elems[e].matchAt(m, i)
	return r.took(m, e, i, x, end, ok)
}

// took goes on from element e at token i, which matched up to end when ok: the rest after
// it, else (or when the rest fails) the rest without it if it is optional.
func (r *rule) took(m *matcher, e, i int, x *match, end int, ok bool) bool {
	if ok {
		x.at[e], x.to[e] = i, end
		if r.step(m, e+1, end, x) {
			return true
		}
	}
	if r.elems[e].opt {
		x.at[e], x.to[e] = -1, -1
		return r.step(m, e+1, i, x)
	}
	return false
}
