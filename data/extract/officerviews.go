package extract

// An officer speaks for the company: "Breen said he expects 1988 net income to exceed 3.00 dlrs
// a share" is the company's outlook when an earlier sentence named Breen with a title of the
// company's ("chairman Walter Breen told the annual meeting"). A wire story often gives the
// outlook so, in the paragraph after a lead that names the officer and tells no event. An
// analyst or anyone else named with no officer's title is only a voice: "analyst Peter Oakes
// said he expects" stays no guidance of the company's.

// officerExpects says whether the guidance trigger t follows "<Name> said he" (or "she") within
// four words, and an earlier sentence of the article names that person with an officer's title.
func (s *sentence) officerExpects(t trigger) bool {
	for k := t.from - 1; k >= 2 && k >= t.from-4; k-- {
		if s.words[k] != "he" && s.words[k] != "she" {
			continue
		}
		if s.words[k-1] != "said" || !startsUpper(s.toks[k-2].text) {
			return false
		}
		return s.article.namesOfficer(s.words[k-2], s)
	}
	return false
}

// speakerTitles are the words of a company officer's title that may stand before the name.
var speakerTitles = wordSet(`chairman chairwoman president chief executive officer treasurer cfo ceo coo`)

// namesOfficer says whether a sentence of the article before upTo names the person whose
// surname is name with an officer's title within the four words before it ("president Carl
// Nyman", "chief executive officer Ann Roe"), where no analyst's word comes between.
func (a *articleFacts) namesOfficer(name string, upTo *sentence) bool {
	if a == nil {
		return false
	}
	for _, o := range a.sents {
		if o == upTo {
			return false
		}
		for i, w := range o.words {
			if w != name {
				continue
			}
			for j := i - 1; j >= 0 && j >= i-4; j-- {
				if forecasters[o.words[j]] {
					break
				}
				if speakerTitles[o.words[j]] {
					return true
				}
			}
		}
	}
	return false
}
