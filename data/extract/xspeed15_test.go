package extract

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/events"
)

// The rules as they were before their cue-word gates (wordWithin): each gated rule must answer
// as its ungated self on every trigger position of the labelled sentences and of random runs of
// the rules' words and near misses.

func (s *sentence) sinceClauseVerbRef(t trigger) bool {
	w := s.words
	if nouns[w[t.from]] {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-9; k-- {
		switch {
		case w[k] == "," && !(k > 0 && w[k-1] == ".") && !(k+1 < len(w) && startsUpper(s.toks[k+1].text)):
			return false
		case w[k] == "since":
			if k+1 >= t.from || w[k+1] == "then" {
				return false
			}
			return sinceOpeners[w[k+1]] || startsUpper(s.toks[k+1].text) && !isNumber(w[k+1]) && s.companyWithin(k+1, t.from)
		case s.wordIs(k, wClauseBreak) || w[k] == "and" || w[k] == "that" || w[k] == ";" || w[k] == "who":
			return false
		}
	}
	return false
}

func (s *sentence) statedBeforeRef(t trigger) bool {
	w := s.words
	for k := t.from - 1; k >= 1 && k >= t.from-7; k-- {
		if w[k] == "," || w[k] == ";" || s.wordIs(k, wClauseBreak) {
			return false
		}
		if (w[k-1] == "has" || w[k-1] == "have") && statedVerbs[w[k]] {
			return !s.namesDay()
		}
	}
	return false
}

func sinceFollowedRef(w []string, t trigger) bool {
	for k := t.from - 1; k >= 1 && k >= t.from-8; k-- {
		if w[k] == "since" {
			return w[k-1] == "has" || w[k-1] == "have" || w[k-1] == "had"
		}
		if bitsOf(w[k])&(wClauseMark|wClauseBreak) != 0 || w[k] == "that" || w[k] == "which" || w[k] == "and" {
			return false
		}
	}
	return false
}

func comparedOccasionRef(w []string, t trigger) bool {
	if !nominals[w[t.from]] {
		return false
	}
	prep := false
	for k := t.from - 1; k >= 0 && k >= t.from-6; k-- {
		switch {
		case w[k] == "than":
			return prep
		case !occasionFillers[w[k]]:
			return false
		}
		prep = prep || w[k] == "at" || w[k] == "before" || w[k] == "after" || w[k] == "during"
	}
	return false
}

func askedWhetherRef(words []string, t trigger) bool {
	for k := t.from - 1; k >= 1 && k >= t.from-8; k-- {
		w := words[k]
		if w == ";" || w == "," || isClauseBreak(w) {
			return false
		}
		if (w == "whether" || w == "if") && askWords[words[k-1]] {
			return true
		}
	}
	return false
}

func TestCueGates(t *testing.T) {
	check := func(words []string) {
		t.Helper()
		s, ref := wordSentence(words), wordSentence(words)
		for from := range words {
			for to := from + 1; to <= len(words) && to <= from+2; to++ {
				tr := trigger{from: from, to: to}
				for _, c := range []struct {
					name      string
					got, want bool
				}{
					{"sinceClauseVerb", s.sinceClauseVerb(tr), ref.sinceClauseVerbRef(tr)},
					{"sinceFollowed", sinceFollowed(words, tr), sinceFollowedRef(words, tr)},
					{"statedBefore", s.statedBefore(tr), ref.statedBeforeRef(tr)},
					{"comparedOccasion", comparedOccasion(words, tr), comparedOccasionRef(words, tr)},
					{"askedWhether", askedWhether(words, tr), askedWhetherRef(words, tr)},
				} {
					if c.got != c.want {
						t.Errorf("%s(%q, %d-%d) = %v, ungated %v", c.name, words, from, to, c.got, c.want)
					}
				}
			}
		}
	}
	for _, text := range labelledTexts(t) {
		check(lowerWords(tokenize(text)))
	}
	vocab := strings.Fields(`since then has have had the it they apple said promised signaled than at before
		after during was were is it results profit earnings whether if asked wondered ask , ; . and that
		who which but because 2024 5 deal bought acquired merger than-ever sinced hasn't`)
	rng := rand.New(rand.NewSource(15))
	for range 20000 {
		words := make([]string, 2+rng.Intn(14))
		for i := range words {
			words[i] = vocab[rng.Intn(len(vocab))]
		}
		check(words)
	}
}

// TestTypedMisreads holds the misread rules that misread asks only under some trigger types to
// those types: each must answer no for a trigger of any other type, at every position of the
// labelled sentences.
func TestTypedMisreads(t *testing.T) {
	type rule struct {
		name  string
		f     func(*sentence, trigger, []trigger) bool
		types []events.Type
	}
	two := func(f func(*sentence, trigger) bool) func(*sentence, trigger, []trigger) bool {
		return func(s *sentence, t trigger, _ []trigger) bool { return f(s, t) }
	}
	E := events.Executive
	rules := []rule{
		{"news31", two(news31Misread), []events.Type{events.Analyst}},
		{"news43", two(news43Misread), []events.Type{events.Earnings}},
		{"news45", two(news45Misread), []events.Type{events.Restructuring}},
		{"news46", two(news46Misread), []events.Type{E, events.Acquisition, events.Partnership}},
		{"news48", two(news48Misread), []events.Type{events.Acquisition}},
		{"news56", two(news56Misread), []events.Type{events.Analyst, events.Legal, events.Restructuring}},
		{"news57", two(news57Misread), []events.Type{E, events.Partnership, events.Guidance, events.Earnings}},
		{"news58", two(news58Misread), []events.Type{events.Guidance}},
		{"news59", two(news59Misread), []events.Type{events.Contract, events.Product}},
		{"news60", two(news60Misread), []events.Type{events.Product, events.Acquisition, events.Contract}},
		{"news61", news61Misread, []events.Type{events.Acquisition}},
		{"news63", news63Misread, []events.Type{events.Contract, events.Legal, events.Analyst}},
		{"news64", two(news64Misread), []events.Type{events.Bankruptcy, events.Acquisition}},
		{"news67", two(news67Misread), []events.Type{events.Contract}},
		{"news68", two(news68Misread), []events.Type{events.Analyst, E, events.Acquisition}},
		{"news70", two(news70Misread), []events.Type{events.Restructuring}},
		{"news73", two(news73Misread), []events.Type{events.Analyst}},
		{"news74", two(news74Misread), []events.Type{events.Dividend, events.Partnership, events.Acquisition}},
		{"lead13", two(lead13Misread), []events.Type{E}},
		{"boardApproval", func(s *sentence, t trigger, _ []trigger) bool { return boardApproval(s.words, t) }, []events.Type{events.Product}},
		{"raisedForCharity", func(s *sentence, t trigger, _ []trigger) bool { return raisedForCharity(s.words, t) }, []events.Type{events.Offering}},
		{"wire30", two(wire30Misread), []events.Type{events.Restructuring}},
		{"wire31", two(wire31Misread), []events.Type{events.Contract, events.Acquisition}},
	}
	for _, text := range labelledTexts(t) {
		toks := tokenize(text)
		words := lowerWords(toks)
		s := &sentence{words: words, toks: toks, bits: make([]uint16, len(words)), start: -1, end: -1}
		for from := range words {
			for to := from + 1; to <= len(words) && to <= from+2; to++ {
				for _, typ := range events.Types {
					tr := trigger{from: from, to: to, typ: typ}
					for _, r := range rules {
						if !slices.Contains(r.types, typ) && r.f(s, tr, []trigger{tr}) {
							t.Errorf("%s fires for a %s trigger at %d-%d of %q", r.name, typ, from, to, words)
						}
					}
				}
			}
		}
	}
}

func TestIsPerfectAux(t *testing.T) {
	for _, w := range strings.Fields(`has have had having hasn't haves ha hav hads Has , the`) {
		if got, want := isPerfectAux(w), perfectAux[w]; got != want {
			t.Errorf("isPerfectAux(%q) = %v, perfectAux says %v", w, got, want)
		}
	}
	for w := range perfectAux {
		if !isPerfectAux(w) {
			t.Errorf("isPerfectAux(%q) = false", w)
		}
	}
}
