package timex

import "testing"

// cueGateTexts hold presents read from their context by plainCue, and near-misses whose words
// it must leave to cueChain or to nothing.
var cueGateTexts = []string{
	"Union leaders plan a rally on Saturday, and the chancellor hands over power in October.",
	"The team plays Sunday; Acme, the widget maker, opens its plant Friday.",
	"The station celebrates its anniversary on Saturday after the board approved a sale in May.",
	"Home sales Monday rose, the talks over the weekend stalled and its plans for June were dropped.",
	"Analysts had forecast a loss, followed by a recovery in April; the last Saturday before Easter.",
	"She Wants A Deal By March. WORKERS PLAN A STRIKE ON MONDAY.",
}

// TestCueWordsGate holds wordCue's gate to the chain it skips: for every word of cueGateTexts
// and of every rule's examples and every date start in the text, wordCue answers as cueChain
// does. A word a test of cueChain names but cueWords lacks fails it.
func TestCueWordsGate(t *testing.T) {
	texts := cueGateTexts
	for _, r := range Rules() {
		for _, ex := range r.Examples {
			texts = append(texts, ex.Text)
		}
	}
	ref := Reference{DocDate: aug17}
	plain, words := 0, 0
	for _, text := range texts {
		tx := NewText(text)
		m, full := newMatcher(tx.s, tx.toks, ref, nil), newMatcher(tx.s, tx.toks, ref, nil)
		for k := range tx.toks {
			if tx.toks[k].kind != kWord {
				continue
			}
			words++
			if !tx.toks[k].in(sCueWords) && m.verbInfo(k) == vKnown {
				plain++
			}
			for start := range tx.toks {
				gt, gc, gk := m.wordCue(k, start)
				wt, wc, wk := full.cueChain(k, start)
				if gt != wt || gc != wc || gk != wk {
					t.Fatalf("%q word %d %q, date at %d: wordCue = %v %q %d, cueChain %v %q %d", text, k, tx.toks[k].s, start, gt, gc, gk, wt, wc, wk)
				}
			}
		}
	}
	if plain*2 < words {
		t.Errorf("the gate spares %d of %d words; most words name no cue", plain, words)
	}
}

// TestPlainCueReadings checks the presents plainCue reads, and words it leaves alone.
func TestPlainCueReadings(t *testing.T) {
	tests := []struct {
		text, word string
		want       uint8
	}{
		{"Union leaders plan a rally on Saturday.", "plan", cueDecides},
		{"The chancellor hands over power in October.", "hands", cueDecides},
		{"The team plays Sunday.", "plays", cueDecides},
		{"The talks over the weekend in May.", "talks", cueNone}, // a noun before a particle
		{"The Falcons Sunday.", "Falcons", cueNone},              // a name, no verb
		{"Its sales in May.", "sales", cueNone},                  // no subject of a verb
	}
	for _, tc := range tests {
		tx := NewText(tc.text)
		m := newMatcher(tx.s, tx.toks, Reference{DocDate: aug17}, nil)
		k := -1
		for i := range tx.toks {
			if tx.toks[i].s == tc.word {
				k = i
			}
		}
		date := len(tx.toks) - 2 // the weekday or month before the full stop
		_, _, kind := m.wordCue(k, date)
		if kind != tc.want {
			t.Errorf("%q: wordCue(%q) kind %d, want %d", tc.text, tc.word, kind, tc.want)
		}
		if tx.toks[k].in(sCueWords) {
			t.Errorf("%q: %q is in cueWords; the test wants a plain word", tc.text, tc.word)
		}
	}
}
