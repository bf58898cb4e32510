package timex

import (
	"strings"
	"testing"
)

// TestTokenInMatchesInSet checks a token's indexed sets against inSet for every word of every
// indexed set, in lower case, in capitals and capitalized, and for words of no set.
func TestTokenInMatchesInSet(t *testing.T) {
	var words []string
	for _, set := range setIndex {
		for w := range *set {
			words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
		}
	}
	words = append(words, "", "company", "Éclair", "extraordinarily-long-word", "the", "THE")
	for s, set := range setIndex {
		for _, w := range words {
			tok := token{s: w}
			if got, want := tok.in(s), inSet(*set, w); got != want {
				t.Fatalf("set %d, %q: in %v, inSet %v", s, w, got, want)
			}
			if got := tok.in(s); got != inSet(*set, w) { // the second answer, from the token
				t.Fatalf("set %d, %q: second in %v", s, w, got)
			}
		}
	}
}

// TestTokenBitsMatchMaps checks a token's verbWords and readingClasses bits against the maps.
func TestTokenBitsMatchMaps(t *testing.T) {
	var words []string
	for w := range verbWords {
		words = append(words, w, strings.ToUpper(w))
	}
	for w := range readingClasses {
		words = append(words, w, strings.ToUpper(w[:1])+w[1:])
	}
	words = append(words, "", "company", "Éclair", "extraordinarily-long-word")
	for _, w := range words {
		tok := token{s: w}
		lw := strings.ToLower(w)
		var wantVerb, wantClass uint8
		if len(w) <= 16 {
			wantVerb, wantClass = verbWords[lw], readingClasses[lw]
		}
		if got := tok.verbBits(); got != wantVerb {
			t.Errorf("%q: verbBits %b, verbWords %b", w, got, wantVerb)
		}
		if got := tok.classBits(); got != wantClass {
			t.Errorf("%q: classBits %b, readingClasses %b", w, got, wantClass)
		}
	}
}
