package extract

// Readings of news94 (misreads of company news, short round).

// postVerbs tell an index's session record in a market wrap: "Dow posts third straight loss".
var postVerbs = wordSet(`posts posted notches notched logs logged books booked records recorded`)

// sessionSpans are the spans of trading a wrap's record counts: "its best week since March",
// "a record close", "worst day since April", "a fifth straight session".
var sessionSpans = wordSet(`day days week weeks weekly daily session sessions close closes closing streak
	straight consecutive run`)

// wrapReportingPeriods make the record a company's results: "third straight quarterly loss", "a
// record annual profit".
var wrapReportingPeriods = wordSet(`quarter quarters quarterly annual year years yearly fiscal half first-quarter
	second-quarter third-quarter fourth-quarter first-half full-year half-year`)

// postedWrapStops end the noun phrase of what was posted.
var postedWrapStops = wordSet(`, . ; : as on after while amid and but with since`)

// indexPostsWrap says whether the name from token start, ending before token k, is an index by its
// publisher's bare name ("Dow", "Nasdaq", "S&P") posting a session's record in a market wrap:
// "Dow posts third straight loss Friday", "Nasdaq posts its best week since March", "S&P posts
// record close". A span of trading (a day, a week, a close, a streak) in the posted phrase makes
// it the market's; a reporting period ("Dow posts quarterly loss") or a full name ("Dow Inc posts
// second-quarter loss") keeps it the company's results.
func indexPostsWrap(words []string, start, k int) bool {
	if start < 0 || k >= len(words) || k <= start || !postVerbs[words[k]] {
		return false
	}
	switch name := words[start:k]; {
	case len(name) == 1 && (name[0] == "dow" || name[0] == "nasdaq" || name[0] == "s&p"):
	case len(name) == 3 && name[0] == "s" && name[1] == "&" && name[2] == "p":
	default:
		return false
	}
	span := false
	for j := k + 1; j < len(words) && j <= k+6; j++ {
		w := words[j]
		if postedWrapStops[w] {
			break
		}
		if wrapReportingPeriods[w] {
			return false
		}
		span = span || sessionSpans[w]
	}
	return span
}
