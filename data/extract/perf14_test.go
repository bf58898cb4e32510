package extract

import "testing"

// TestWordBits checks that a word's bits say what the sets' maps say, for the sets' own words and
// for words outside them, asked once and again.
func TestWordBits(t *testing.T) {
	sets := []struct {
		name  string
		words map[string]bool
		bit   uint16
	}{
		{"clauseBreaks", clauseBreaks, wClauseBreak},
		{"statusBreaks", statusBreaks, wStatusBreak},
		{"subordinators", subordinators, wSubordinator},
		{"tellingVerbs", tellingVerbs, wTellingVerb},
		{"settlementWords", settlementWords, wSettlement},
		{"clauseMarks", clauseMarks, wClauseMark},
		{"resolutionWords", resolutionWords, wResolution},
	}
	words := []string{"", "the", "acquired", "Now", "nowhere", "but", "said", "as", "to", "because of", "—"}
	for _, set := range sets {
		for w := range set.words {
			words = append(words, w)
		}
	}
	for w := range causeLinksFrom {
		words = append(words, w)
	}
	s := &sentence{words: words, bits: make([]uint16, len(words))}
	bare := &sentence{words: words} // a test's sentence, without read's bits
	for pass := 0; pass < 2; pass++ {
		for k, w := range words {
			for _, set := range sets {
				if got := s.wordIs(k, set.bit); got != set.words[w] {
					t.Errorf("pass %d: wordIs(%q, %s) = %v", pass, w, set.name, got)
				}
				if got := bare.wordIs(k, set.bit); got != set.words[w] {
					t.Errorf("bare wordIs(%q, %s) = %v", w, set.name, got)
				}
			}
			if got, want := s.wordIs(k, wCauseLink), causeLinksFrom[w] != nil; got != want {
				t.Errorf("wordIs(%q, causeLink) = %v, want %v", w, got, want)
			}
		}
	}
}

func TestFoldedIn(t *testing.T) {
	for _, w := range []string{"Tuesday", "TUESDAY", "tues-day", "Tuesdays", "mai", "Mäy", "March", ""} {
		if got, want := foldedIn(weekdays, w) || foldedIn(monthNames, w), weekdays[fold(w)] || monthNames[fold(w)]; got != want {
			t.Errorf("foldedIn(%q) = %v, want %v", w, got, want)
		}
	}
}
