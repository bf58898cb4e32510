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
