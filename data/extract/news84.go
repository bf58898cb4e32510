package extract

// Rules from misreads of company news noticed in the news84 round: an officer who takes over
// while a search for a lasting one runs is a succession, not a takeover.

// searchOpeners may stand right after "take over" with nothing taken, opening a clause that
// tells the term: "would take over while the board looks for a chief", "takes over during the
// search", "will take over as the board searches for a successor".
var searchOpeners = wordSet(`while whilst during as amid`)

// searchWords tell a search for a lasting officer: "searches", "the search", "seeks a new
// chief", "hunt for a successor", "a permanent replacement". "looks" counts only with "for"
// (searchAt).
var searchWords = wordSet(`search searches searching searched seek seeks seeking sought hunt hunts
	hunting successor successors replacement replacements permanent`)

// takeOverSearch says whether the words at k, right after "take over", open a clause of a
// search for a lasting officer (searchOpeners, then a word of searchWords or "looks for" within
// eight words of the clause): "would take over while the board looks for a permanent chief",
// "will take over as the board searches for a successor", "takes over during the search". A
// company taken over is named right after the verb ("will take over Beta while regulators
// review the deal"), and a clause of no search ("would take over while regulators review the
// deal") tells nothing.
func takeOverSearch(words []string, k int) bool {
	if k >= len(words) || !searchOpeners[words[k]] {
		return false
	}
	for j := k + 1; j < len(words) && j <= k+8; j++ {
		if endsClause(words[j]) {
			return false
		}
		if searchAt(words, j) {
			return true
		}
	}
	return false
}

// searchAt says whether word j tells a search: one of searchWords, or a look for someone
// ("looks for", "is looking for").
func searchAt(words []string, j int) bool {
	switch words[j] {
	case "look", "looks", "looking", "looked":
		return j+1 < len(words) && words[j+1] == "for"
	}
	return searchWords[words[j]]
}
