package extract

import (
	"strings"
	"testing"
)

// TestMayOpenTicker checks find's filter before tickerContext: it must pass the first token of
// every form tickerContext reads, the exchanges' names in any case among them, so that adding
// an exchange whose name starts with another letter fails here rather than losing its tickers.
func TestMayOpenTicker(t *testing.T) {
	for _, ex := range exchanges {
		for _, w := range []string{ex.word, strings.ToLower(ex.word), strings.ToUpper(ex.word[:1]) + strings.ToLower(ex.word[1:])} {
			if exchangeName(w) != "" && !mayOpenTicker(w) {
				t.Errorf("mayOpenTicker(%q) = false for an exchange's name", w)
			}
		}
	}
	for _, c := range []struct {
		word string
		want bool
	}{
		{"$", true}, {"XYZW", true}, {"Q", true}, {"Acme", true},
		{"shares", false}, {"the", false}, {"(", false}, {"", false}, {"3M", false}, {"’", false},
	} {
		if got := mayOpenTicker(c.word); got != c.want {
			t.Errorf("mayOpenTicker(%q) = %v, want %v", c.word, got, c.want)
		}
	}
}
