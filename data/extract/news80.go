package extract

// Rules from misreads of company and wire news noticed in the news80 round: an officer who takes
// over at a time to come is a succession, not a takeover.

// takeOverTimes are words of a time to come or of a moment that may follow "take over" when
// nothing is taken: "its president would take over next year", "will take over immediately",
// "takes over tomorrow". A company taken over is named after the verb ("take over Beta").
var takeOverTimes = wordSet(`next tomorrow soon shortly immediately effective formally officially`)

// takeOverWhen says whether the words at k, right after "take over", tell when with nothing
// taken over: one of takeOverTimes, a weekday, or a month with a day ("will take over July 1").
// A month alone may be a company ("took over May Department Stores"), and a time owned ("took
// over next year's leader") takes what follows.
func takeOverWhen(words []string, k int) bool {
	if k >= len(words) {
		return false
	}
	w := words[k]
	switch {
	case monthNames[w]:
		return k+1 < len(words) && isNumber(words[k+1])
	case takeOverTimes[w], weekdays[w]:
		return k+2 >= len(words) || words[k+2] != "'s"
	}
	return false
}
