package extract

import (
	"bufio"
	"math/rand"
	"os"
	"strings"
	"testing"
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
		toks := make([]token, len(words))
		for i, w := range words {
			toks[i].text = w
			if i%3 == 0 {
				toks[i].text = strings.ToUpper(w[:1]) + w[1:]
			}
		}
		s := &sentence{words: words, toks: toks, bits: make([]uint16, len(words))}
		ref := &sentence{words: words, toks: toks, bits: make([]uint16, len(words))}
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
	f, err := os.Open("testdata/sentences.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		var words []string
		for _, tk := range tokenize(cols[len(cols)-1]) {
			words = append(words, strings.ToLower(tk.text))
		}
		check(words)
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
