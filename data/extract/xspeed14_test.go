package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// TestWordRuleBits holds allTriggers' gate of the rules read word by word to the rules: at every
// word of the labelled sentences and of random runs of the rules' own words and their near misses,
// wordRules finds nothing where the gate (wordRuleBits of the word and of the next) passes over
// the word.
func TestWordRuleBits(t *testing.T) {
	gated := func(words []string, i int) bool {
		next := uint8(0)
		if i+1 < len(words) {
			next = wordRuleBits(words[i+1])
		}
		return wordRuleBits(words[i])&wrHere != 0 || next&wrNext != 0
	}
	check := func(words []string) {
		t.Helper()
		for i := range words {
			if ts := wordRules(nil, words, i); len(ts) > 0 && !gated(words, i) {
				t.Errorf("%q at %d: wordRules finds %v, the gate passes over it", words, i, ts)
			}
		}
	}
	for _, text := range labelledTexts(t) {
		check(lowerWords(tokenize(text)))
	}
	// The rules' words, their contexts and near misses, in random order.
	vocab := strings.Fields(`its at in for during split stock reverse consolidation low high ipo ipos
		reports report first dutch comparable same-store same- revpar ffo affo funds shares gain gains
		20-for-1 1-for-10 five-year 10-month day of trading trade auction sales rose fell quarter
		results net income the company its on sale from operations per share raised revised
		store stores same sames stocks lows highs share gained reported shares, . , $ 5% 2024
		market economy tender offer earnings profit revenue said was were up down`)
	rng := rand.New(rand.NewSource(14))
	for n := 0; n < 30000; n++ {
		words := make([]string, 3+rng.Intn(10))
		for k := range words {
			words[k] = vocab[rng.Intn(len(vocab))]
		}
		check(words)
	}
	// The gate's near misses.
	for _, w := range []string{"same", "sam-e", "stocks", "lows", "its'", "fors", "reporter", "gained", "ipod"} {
		if wordRuleBits(w) != 0 {
			t.Errorf("wordRuleBits(%q) = %b, want 0", w, wordRuleBits(w))
		}
	}
}

// TestExchangeOpening holds exchangeOpening to the exchanges' words: each opens as the filter
// lets through, in any case, and the words it turns away name none.
func TestExchangeOpening(t *testing.T) {
	for _, ex := range exchanges {
		w := strings.ToLower(ex.word)
		if !exchangeOpening(w[0], w[1]) {
			t.Errorf("%q: exchangeOpening turns it away", ex.word)
		}
		for _, v := range []string{ex.word, w, strings.ToUpper(w[:1]) + w[1:]} {
			if exchangeName(v) != ex.name {
				t.Errorf("exchangeName(%q) = %q, want %q", v, exchangeName(v), ex.name)
			}
		}
	}
	for _, w := range []string{"and", "also", "over", "once", "amid", "Not", "ANY", "otcx", "nyse1", "nasdaqs"} {
		if exchangeName(w) != "" {
			t.Errorf("exchangeName(%q) = %q, want none", w, exchangeName(w))
		}
	}
}
