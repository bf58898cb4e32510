package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eventline/eventline/data/directory"
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
		r, size := rune(name[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(name[i:])
		}
		if isSpaceRune(r) {
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
			if b := name[i]; b < utf8.RuneSelf {
				if size = 1; asciiClass[b] == asciiSpace {
					break
				}
			} else if r, size = utf8.DecodeRuneInString(name[i:]); unicode.IsSpace(r) {
				break
			}
		}
	}
	return words >= 3 && k == len(sym)
}

// nameCounter counts, for each word of the directory's company names, the distinct names that
// hold it (nameWordCounts). The recognizer's builder feeds it the units it made of a listing's
// name as one of its aliases, where a pass of its own tokenized and folded the 16,000 names again
// before the first article.
type nameCounter struct {
	seen map[string]bool
	slot map[string]int32 // a word's slot in n
	n    []int32
	keys []string // the current name's words
	// The counted words are copied into one string: the folded words units makes are a small
	// string per name, which a map key would keep alive for the run.
	text strings.Builder
}

func newNameCounter(listings int) *nameCounter {
	nc := &nameCounter{seen: make(map[string]bool, listings), slot: make(map[string]int32, listings/2), // 8,998 words in 21,405 listings
		n: make([]int32, 0, listings/2)}
	nc.text.Grow(listings * 4) // 70,000 bytes for 8,998 words of 21,405 listings
	return nc
}

// wants says whether l's name is still to be counted: a company's (not a fund's), not seen yet.
// Listings are offered in order, each once.
func (nc *nameCounter) wants(l *directory.Listing) bool {
	return !l.Fund && !nc.seen[l.Name]
}

// add counts the words of l's name, us its units.
func (nc *nameCounter) add(l *directory.Listing, us []unit) {
	nc.seen[l.Name] = true
	nc.keys = nc.keys[:0]
	for _, u := range us {
		if u.key != "" && !slices.Contains(nc.keys, u.key) {
			nc.keys = append(nc.keys, u.key)
			// Counted in n by the word's slot: assigning slot[u.key] again would put u.key in
			// place of the copy (a map keeps the key of the latest assignment).
			if k, ok := nc.slot[u.key]; ok {
				nc.n[k]++
				continue
			}
			off := nc.text.Len()
			nc.text.WriteString(u.key)
			nc.slot[nc.text.String()[off:]] = int32(len(nc.n))
			nc.n = append(nc.n, 1)
		}
	}
}

// counts returns the counts by word; nc is done.
func (nc *nameCounter) counts() map[string]int32 {
	counts := nc.slot
	for w, k := range counts {
		counts[w] = nc.n[k] // w is the copy
	}
	return counts
}

// isSpaceRune is unicode.IsSpace, an ASCII rune by asciiClass.
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == asciiSpace
	}
	return unicode.IsSpace(r)
}
