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

// boughtRelatives open a clause after the shares that tells they were bought before: "the
// shares it bought back", "the stock that it repurchased", "shares which had been reacquired".
var boughtRelatives = wordSet(`it that which we they`)

// boughtAux may stand between the relative and the participle: "the shares it has bought back",
// "that had been repurchased".
var boughtAux = wordSet(`has had have been was were`)

// boughtAfter says whether the words at k, right after shares, tell they were bought already:
// a relative ("it", "that"), perhaps an auxiliary, and a participle of buying.
func boughtAfter(w []string, k int) bool {
	if k < len(w) && w[k] == "that" && k+1 < len(w) && (w[k+1] == "it" || w[k+1] == "we") {
		k++ // "the shares that it bought back"
	}
	if k >= len(w) || !boughtRelatives[w[k]] {
		return false
	}
	k++
	for n := 0; n < 2 && k < len(w) && boughtAux[w[k]]; n++ {
		k++
	}
	return k < len(w) && boughtParticiples[w[k]]
}

// sharesBoughtRetired says whether the buyback trigger t only tells what becomes of shares
// already bought: "retire ... shares" with a participle of buying in its gap ("will retire the
// repurchased shares") or a clause of buying after it ("retired the shares it bought back"), or
// the participle of such a clause after a verb of their fate ("has cancelled the shares it
// repurchased"). Shares retired are bought once; "will buy back and retire 2 million shares"
// keeps its buyback.
func sharesBoughtRetired(w []string, t trigger) bool {
	if strings.HasPrefix(w[t.from], "retir") && t.to-t.from > 1 && (w[t.to-1] == "shares" || w[t.to-1] == "stock") {
		for k := t.from + 1; k < t.to-1; k++ {
			if boughtParticiples[w[k]] {
				return true
			}
		}
		return boughtAfter(w, t.to)
	}
	if !boughtParticiples[w[t.from]] {
		return false
	}
	// The participle in a clause after the shares: find the shares and the verb of their fate.
	for j := t.from - 1; j > 0 && j >= t.from-4; j-- {
		if w[j] != "shares" && w[j] != "stock" {
			continue
		}
		if !boughtAfter(w, j+1) {
			return false
		}
		for k := j - 1; k >= 0 && k >= j-4; k-- {
			if shareFateVerbs[w[k]] || retiredForms[w[k]] {
				return true
			}
		}
		return false
	}
	return false
}

// retiredForms are the other forms of the verbs of shareFateVerbs, told before the shares:
// "retired the shares it bought back", "has cancelled the stock it repurchased".
var retiredForms = wordSet(`retired retires retiring cancelled canceled cancels cancelling canceling held holds`)
