package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// shoutingWhole is shouting as it read every token before deciding: the reference that its early
// answer must agree with.
func shoutingWhole(toks []token) bool {
	upper, words, caps := 0, 0, 0
	for _, t := range toks {
		if !isWord(t.text) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.text)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			caps++
		}
		if strings.IndexFunc(t.text, unicode.IsLower) < 0 {
			upper++
		}
	}
	return words >= 3 && (upper*10 >= words*7 || caps*10 >= words*8)
}

// TestShoutingEarly checks shouting, which stops at the first lower-case word past which no
// share of capitals can be reached, against the whole count on random headlines and prose.
func TestShoutingEarly(t *testing.T) {
	vocab := []string{"ACME", "Acme", "acme", "IBM", "x", "X", "3", "2024", ",", ".", "$", "ÉLAN", "Élan", "élan", "日本", "McDONALD", "iPhone"}
	rng := rand.New(rand.NewPCG(12, 12))
	for n := 0; n < 50000; n++ {
		// Mostly capitals, mostly title case, or any mix: sentences near both shares.
		lead := []string{"ACME", "IBM", "X", "ÉLAN", "McDONALD"}
		if n%3 == 1 {
			lead = []string{"Acme", "Élan", "X", "IBM"}
		}
		var toks []token
		for k := rng.IntN(30); k > 0; k-- {
			w := vocab[rng.IntN(len(vocab))]
			if n%3 != 0 && rng.IntN(10) < 8 {
				w = lead[rng.IntN(len(lead))]
			}
			toks = append(toks, token{text: w})
		}
		if got, want := shouting(toks), shoutingWhole(toks); got != want {
			var ws []string
			for _, tk := range toks {
				ws = append(ws, tk.text)
			}
			t.Fatalf("shouting(%q) = %v, want %v", ws, got, want)
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"ACME LABS SOARS ON FDA NOD", true},
		{"Acme Labs Soars On Fda Nod", true},
		{"Acme Labs soars on the agency's nod to its drug", false},
		{"the company said on Tuesday it would cut jobs", false},
	} {
		if got := shouting(tokenize(c.text)); got != c.want {
			t.Errorf("shouting(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestMayBeAgent checks that markAgents' filter passes every agent word as news writes it, and
// passes over the common words it is there to skip.
func TestMayBeAgent(t *testing.T) {
	for w := range agentWords {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:], "Bro\u212Aers"} {
			if inSet(agentWords, v) && !mayBeAgent(v) {
				t.Errorf("mayBeAgent(%q) = false for an agent word", v)
			}
		}
	}
	for _, w := range []string{"", "a", "and", "at", "company", "bank", "percent"} {
		if mayBeAgent(w) {
			t.Errorf("mayBeAgent(%q) = true", w)
		}
	}
}
