package extract

import "github.com/eventline/eventline/data/events"

// Rules from misreads of company news noticed in the news93 round: a person named with his title
// after his name; a split named as the point a price or a figure is measured from.

// appositiveEmployer says whether the company at tokens [k, end) is the employer in a title
// set after a person's name: "acquired by Jane Doe, Velcor's chief executive", "bought by John
// Roe, the chairman of Kestrel Foods". The company says who the person is and takes no part in
// what the person does, as in "Velcor CEO Jane Doe" (titledPerson). A company that is itself the
// name before the comma keeps its part: "acquired by Velcor, the software maker".
func (s *sentence) appositiveEmployer(k, end int) bool {
	if k < 4 {
		return false
	}
	if possessiveAt(s.words, end) {
		// "Jane Doe, Velcor's chief executive": a title after the possessive.
		j := end + 1
		if j < len(s.words) && s.words[j] == "s" {
			j++
		}
		return j < len(s.words) && (officerTitles[s.words[j]] || personTitleWords[s.words[j]]) &&
			s.words[k-1] == "," && s.personBefore(k-1)
	}
	if s.words[k-1] != "of" {
		return false
	}
	// "John Roe, the chairman of Kestrel Foods", "Jane Doe, chief executive of Velcor".
	j := k - 1
	for j > 0 && j > k-6 && (officerTitles[s.words[j-1]] || personTitleWords[s.words[j-1]]) {
		j--
	}
	if j == k-1 {
		return false
	}
	if j > 0 && (s.words[j-1] == "the" || s.words[j-1] == "a" || s.words[j-1] == "an") {
		j--
	}
	return j > 0 && s.words[j-1] == "," && s.personBefore(j-1)
}

// personBefore says whether a person's name ends right before token k: two capitalized words
// that no company took and no job title holds.
func (s *sentence) personBefore(k int) bool {
	if k < 2 {
		return false
	}
	for _, n := range []int{k - 2, k - 1} {
		w := s.toks[n].text
		if !isWord(w) || !startsUpper(w) || len(w) < 2 || officerTitles[s.words[n]] || personTitleWords[s.words[n]] || s.companyAt(n) {
			return false
		}
	}
	return true
}

// splitReference says whether the split t is named as the point a price or a figure is measured
// from, no split of the day: "traded near $600 before the 3-for-1 split took effect last year",
// "earned $1.20 a share, adjusted for the 2-for-1 split", "have doubled since its 4-for-1 split".
// The preposition stands at most five words before the split, in its phrase. A split still to
// come after "before" is news of its own ("rose 5% before the split takes effect on Monday"), and
// "announced a 3-for-1 split" names none.
func splitReference(words []string, t trigger) bool {
	if t.typ != events.Split {
		return false
	}
	for j := t.from - 1; j >= 0 && j >= t.from-5; j-- {
		w := words[j]
		if w == "," || gapStops[w] && w != "after" {
			return false
		}
		switch {
		case w == "since", w == "for" && j > 0 && (words[j-1] == "adjusted" || words[j-1] == "adjusting" || words[j-1] == "accounting"):
			return true
		case w == "before", w == "to" && j > 0 && words[j-1] == "prior":
			return !splitToCome(words, t.to)
		}
	}
	return false
}

// splitToCome says whether the words from k to the clause's end tell a split still to come:
// "will take effect", "takes effect on Monday", "is set for", "next week".
func splitToCome(words []string, k int) bool {
	for ; k < len(words) && words[k] != "," && !gapStops[words[k]]; k++ {
		if splitComing[words[k]] {
			return true
		}
	}
	return false
}

var splitComing = wordSet(`will takes is are goes set due scheduled next planned`)
