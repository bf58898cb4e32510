package extract

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
