package extract

import "strings"

// Rules from misreads of company and wire news noticed in the news81 round: an officer who
// takes over for a term that is interim or acting is a succession, not a takeover.

// takeOverInterimWords tell, right after "take over" with nothing taken, that the term is
// interim: "would take over temporarily", "will take over ad interim", "takes over interim".
var takeOverInterimWords = wordSet(`temporarily provisionally interim ad meanwhile`)

// interimEnds are the words of a search for a lasting officer, which an "until" or a
// "pending" right after "take over" waits for: "until a successor is found", "pending a
// search", "until a permanent chief is named".
var interimEnds = wordSet(`successor successors replacement permanent search appointment new`)

// takeOverInterim says whether the words at k, right after "take over", tell an interim term
// with nothing taken over: one of takeOverInterimWords, "for now", "for the time being", "in the
// meantime", or "until" or "pending" that waits for a successor within a few words. A company
// taken over is named right after the verb ("take over Beta's stores until June").
func takeOverInterim(words []string, k int) bool {
	if k >= len(words) {
		return false
	}
	switch w := words[k]; {
	case takeOverInterimWords[w]:
		return w != "ad" || k+1 < len(words) && words[k+1] == "interim"
	case w == "for":
		return k+1 < len(words) && words[k+1] == "now" ||
			k+3 < len(words) && words[k+1] == "the" && words[k+2] == "time" && words[k+3] == "being"
	case w == "until" || w == "pending":
		for j := k + 1; j < len(words) && j <= k+4; j++ {
			if endsClause(words[j]) {
				return false
			}
			if interimEnds[words[j]] {
				return true
			}
		}
	}
	return false
}

// toBeOwnedPost lists a successor named in headline-ese with the company between "to be" and
// the post: "Jane Doe to be Velcor CEO", "Lee to be Acme's chief executive", "Marsh to be
// Quorra Bank chairman". The gap must name the company (toBeOwnerGap); the post right after
// "to be" is news78's toBePost.
func toBeOwnedPost() []string {
	return []string{"to be ... ceo", "to be ... chief executive", "to be ... chairman"}
}

// toBeOwnerWords may stand in the gap beside the company's name: "to be the company's new CEO".
// The possessive may be one word or its apostrophe and "s" ("Acme's", "Grocers'").
var toBeOwnerWords = wordSet(`'s ' s its the company new next interim acting`)

// toBeVerbs are capitalized in a title-case headline but tell no owner: "Doe To Be Named
// Chairman".
var toBeVerbs = wordSet(`named appointed elected made replaced succeeded ousted removed`)

// toBeNoOwner says whether the executive trigger t, "to be", a gap and a post (toBeOwnedPost),
// has in its gap anything but the company that owns the post: a company found, a capitalized
// word (not written all in capitals, as a wire headline writes every word), a possessive, or
// one of toBeOwnerWords. "Doe to be named later as chairman" and "to be paid like a CEO" are no
// succession.
func (s *sentence) toBeNoOwner(t trigger) bool {
	w := s.words
	if t.to-t.from < 4 || w[t.from] != "to" || w[t.from+1] != "be" {
		return false
	}
	end := t.to - 1 // the post's first word
	if w[end] == "executive" && w[end-1] == "chief" {
		end--
	}
	if end-(t.from+2) > 5 {
		return true
	}
	for k := t.from + 2; k < end; k++ {
		text := s.toks[k].text
		switch {
		case s.companyAt(k), toBeOwnerWords[w[k]]:
		case isWord(w[k]) && startsUpper(text) && strings.ToUpper(text) != text && !toBeVerbs[w[k]]:
		default:
			return true
		}
	}
	return false
}
