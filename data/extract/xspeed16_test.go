package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// The rules as they were before the sentence's cue bits (cues): each must answer as its ungated
// self on every trigger position of the labelled sentences and of random runs of the cue words,
// the marks of a clause and near misses.

func (s *sentence) supposedRef(t trigger) bool {
	if !s.maySupposeRef() {
		return false
	}
	w := s.words
	lo, hi := t.from, t.to
	for lo > 0 && !isClauseMark(w[lo-1]) {
		lo--
	}
	for hi < len(w) && !isClauseMark(w[hi]) {
		hi++
	}
	if n := len(w); n > 1 && w[n-1] == "?" && conditionalModalWords.has(w[0]) || s.whatIf() {
		return true // "Would a merger ... make more sense?", "What if Apple bought Netflix?"
	}
	modal := false
	for k := lo; k < hi; k++ {
		if !conditionalModalWords.has(w[k]) {
			continue
		}
		modal = true
		if k > 0 && (w[k-1] == "i" || w[k-1] == "we") {
			return true // "I would buy the shares at this price": the writer's choice
		}
		if relativeBetween(w, min(k, t.from), max(k, t.to)) {
			continue // "an agreement under which Acme would have purchased": the terms of a deal
		}
		// the perfect may follow the subject in a question: "Would a merged ... have been"
		for j := k + 1; j < hi && j <= k+8; j++ {
			if w[j] == "have" && j+1 < len(w) && participle(w[j+1]) && j+1 != t.from {
				return true
			}
			if j > k+1 && (isClauseBreak(w[j]) || w[j] == "that") {
				break
			}
		}
	}
	// A condition told by inversion: "Were Intel to sell its foundry, ...", "Should Disney
	// decide to sell ESPN, ...", "Had Kroger bought Albertsons, ...".
	if len(w) > 2 && invertedConditions[w[0]] && (startsUpper(s.toks[1].text) || w[1] == "the" || w[1] == "it" || w[1] == "they") {
		end := 1
		for end < len(w) && !isClauseMark(w[end]) {
			end++
		}
		if end < len(w) && w[end] == "," && (t.from < end || modal) {
			return true
		}
	}
	// The subjunctive condition: "if" and "were" within a few words, no mark between.
	for k := 0; k < len(w); k++ {
		if w[k] != "if" {
			continue
		}
		end := k + 1
		were := false
		for ; end < len(w) && !isClauseMark(w[end]); end++ {
			if w[end] == "were" && end <= k+8 {
				were = true
			}
		}
		if !were {
			continue
		}
		if t.from > k && t.from < end || modal {
			return true
		}
	}
	return false
}

func (s *sentence) maySupposeRef() bool {
	for _, w := range s.words {
		switch w {
		case "would", "could", "might", "should", "if", "were", "had":
			return true
		}
	}
	return false
}

func (s *sentence) anchoredDayRef() bool {
	if s.start < 0 || s.namesDay() {
		return false
	}
	w := s.words
	for k := 0; k+3 < len(w); k++ {
		if w[k] != "the" || w[k+1] != "day" || !startsClause(w[k+2]) {
			continue
		}
		for j := k + 3; j < len(w)-1 && j <= k+7; j++ {
			if w[j] == "," || gapStops[w[j]] {
				break
			}
			if (w[j] == "was" || w[j] == "were") && strings.HasSuffix(w[j+1], "ed") {
				return true
			}
		}
	}
	return false
}

func TestSentenceCues(t *testing.T) {
	check := func(words []string) {
		t.Helper()
		s, ref := wordSentence(words), wordSentence(words)
		if got, want := s.anchoredDay(), ref.anchoredDayRef(); got != want {
			t.Errorf("anchoredDay(%q) = %v, ungated %v", words, got, want)
		}
		for from := range words {
			for to := from + 1; to <= len(words) && to <= from+2; to++ {
				tr := trigger{from: from, to: to}
				for _, c := range []struct {
					name      string
					got, want bool
				}{
					{"supposed", s.supposed(tr), ref.supposedRef(tr)},
					{"sinceClauseVerb", s.sinceClauseVerb(tr), ref.sinceClauseVerbRef(tr)},
					{"statedBefore", s.statedBefore(tr), ref.statedBeforeRef(tr)},
					// the gates misread, news37Misread and news49Misread put before the call
					{"sinceFollowed", s.cues()&cueSince != 0 && sinceFollowed(words, tr), sinceFollowedRef(words, tr)},
					{"comparedOccasion", s.cues()&cueThan != 0 && comparedOccasion(words, tr), comparedOccasionRef(words, tr)},
					{"askedWhether", s.cues()&(cueWhether|cueIf) != 0 && askedWhether(words, tr), askedWhetherRef(words, tr)},
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
	for _, text := range []string{
		"The day its plans were reported, Acme agreed to buy Widget Co.",
		"Shares rose on the day the merger was approved.",
		"Had Acme bought Widget, it would have saved millions.",
		"Were Acme to sell its unit, the shares might rise.",
		"Had the board approved the sale, nobody knows.",
		"What if Acme bought Widget?",
		"Would a merger of Acme and Widget make sense?",
		"If Acme were to buy Widget, shares would rise.",
		"Acme had agreed to buy Widget, the day before.",
		"Sales have risen since the company bought Widget.",
		"Acme has said it will buy back shares.",
		"Profit was higher than at the same time a year ago.",
		"Analysts asked whether Acme would sell the unit.",
	} {
		check(lowerWords(tokenize(text)))
	}
	vocab := strings.Fields(`would could might should if were had what ? i we have been bought sold
		which that the day its their it they acme was reported announced , ; : -- and deal day's
		days wouldn't iff woulds whether then sell to a , . have since has than said promised
		asked wondered results profit at before after who sinced hasn't than-ever 2024`)
	rng := rand.New(rand.NewSource(16))
	for range 30000 {
		words := make([]string, 2+rng.Intn(14))
		for i := range words {
			words[i] = vocab[rng.Intn(len(vocab))]
		}
		check(words)
	}
}
