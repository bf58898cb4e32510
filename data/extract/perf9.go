package extract

import (
	"unicode"
	"unicode/utf8"
)

// isNameInitials says whether sym is nameInitials(name), without the words and the string
// nameInitials makes: the directory's 16,000 company names are each compared with their symbol
// before the first article, and almost none matches.
func isNameInitials(name, sym string) bool {
	if sym == "" {
		return nameInitials(name) == "" // a name of fewer than three words has none
	}
	words, k := 0, 0 // k: the bytes of sym matched so far
	for i := 0; i < len(name); {
		r, size := utf8.DecodeRuneInString(name[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		words++
		if unicode.IsUpper(r) {
			var b [utf8.UTFMax]byte
			n := utf8.EncodeRune(b[:], r)
			if len(sym)-k < n || sym[k:k+n] != string(b[:n]) {
				return false
			}
			k += n
		}
		for i += size; i < len(name); i += size {
			if r, size = utf8.DecodeRuneInString(name[i:]); unicode.IsSpace(r) {
				break
			}
		}
	}
	return words >= 3 && k == len(sym)
}
