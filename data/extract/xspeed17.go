package extract

import (
	"encoding/binary"
	"unsafe"

	"github.com/eventline/eventline/data/timex"
)

// lowerText is the lower case of the text a sentence is cut from, folded once for the article
// (ASCII capitals only, as asciiLower folds an ASCII sentence): reading a sentence then costs no
// copy of its own, where asciiLower made one per sentence with a capital (some 60 allocations an
// article, a tenth of extraction's).
type lowerText struct {
	of    *timex.Text // the text folded; nil when none yet (reset for each article)
	lower string
}

// sentenceLower returns text (bytes [start, end) of doc) in lower case and true when it is ASCII,
// as asciiLower(text) does; "", false otherwise. The lower case is cut from doc's, folded at the
// first sentence with a capital.
func (l *lowerText) sentenceLower(doc *timex.Text, text string, start int) (string, bool) {
	ascii, upper := asciiCaps(text)
	if !ascii || !upper {
		if ascii {
			return text, true
		}
		return "", false
	}
	if l.of != doc {
		l.of, l.lower = doc, foldASCIICapitals(doc.String())
	}
	return l.lower[start : start+len(text)], true
}

// asciiCaps says whether s is ASCII and whether it has a capital letter (A-Z).
func asciiCaps(s string) (ascii, upper bool) {
	i := 0
	// Eight bytes at a time: any high bit is a byte outside ASCII; a capital is a byte at or
	// above 'A' (adding 0x3f sets its high bit) and not above 'Z' (adding 0x25 does not).
	for ; i+8 <= len(s); i += 8 {
		w := load8(s[i:])
		if w&0x8080808080808080 != 0 {
			return false, false
		}
		upper = upper || (w+0x3f3f3f3f3f3f3f3f)&^(w+0x2525252525252525)&0x8080808080808080 != 0
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return false, false
		}
		upper = upper || c >= 'A' && c <= 'Z'
	}
	return true, upper
}

// foldASCIICapitals returns s with its ASCII capitals in lower case and every other byte as it
// is (a text may hold sentences outside ASCII, which keep their own fold: only its ASCII
// sentences are cut from this one).
func foldASCIICapitals(s string) string {
	b := make([]byte, len(s))
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := load8(s[i:])
		if w&0x8080808080808080 != 0 {
			// A byte outside ASCII would carry into its neighbour in the sums below.
			for j := i; j < i+8; j++ {
				b[j] = lowerByte(s[j])
			}
			continue
		}
		w |= (w + 0x3f3f3f3f3f3f3f3f) &^ (w + 0x2525252525252525) & 0x8080808080808080 >> 2
		binary.LittleEndian.PutUint64(b[i:], w)
	}
	for ; i < len(s); i++ {
		b[i] = lowerByte(s[i])
	}
	if len(b) == 0 {
		return ""
	}
	// b is written only here: the string may share its memory (one allocation, not two).
	return unsafe.String(&b[0], len(b))
}
