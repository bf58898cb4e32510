package extract

// resultsMood says whether an earnings trigger, a result noun alone, names what a market feels
// about results to come rather than results told: "shares fell on earnings worries", "rose on
// profit hopes", "earnings jitters", "as earnings season opens". A result told ("rose on strong
// earnings", "an earnings beat") has no such noun after it.
func resultsMood(w []string, t trigger) bool {
	if t.to-t.from != 1 || t.to >= len(w) || !moodTopics[w[t.from]] {
		return false
	}
	return moodNouns[w[t.to]]
}

var (
	moodTopics = wordSet(`earnings profit profits results revenue revenues`)
	moodNouns  = wordSet(`worries worry concerns concern fears fear jitters anxiety anxieties hopes hope optimism
		pessimism uncertainty speculation doubts nerves season`)
)

// moodThat says whether a results or outlook trigger stands in what a market fears or hopes: a
// mood noun and "that" before it in its clause, "shares fell on concern that third-quarter
// earnings will be below estimates", "rose on hopes that profit would recover". No company
// told results or an outlook; the move is the news and the mood its cause (the lead's probes of
// 1987 wire items).
func moodThat(w []string, t trigger) bool {
	for k := t.from - 1; k >= 1 && k >= t.from-8; k-- {
		if w[k] == "that" && moodNouns[w[k-1]] {
			return true
		}
		if w[k] == "," || (gapStopShapes.mayHold(w[k]) && gapStops[w[k]]) || isClauseBreak(w[k]) {
			return false
		}
	}
	return false
}
