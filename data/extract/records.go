package extract

// A company's record is told in the perfect tense with its span after it: a payout raised "for
// 52 consecutive years" or "more than 120 times since 1994", shares that "have tripled since
// going public". Listicles and profiles tell such records as the reason to own a stock; no payout
// was declared and no listing happened on the story's day. The simple past with an ordinal ("raised
// its dividend for the 12th straight year") is a raise made now and stays news.

// streakWords before "years" or "quarters" make a span a record's: "for 52 consecutive years".
var streakWords = wordSet(`consecutive straight successive`)

// payoutRecord says whether the dividend trigger t tells a record of payouts rather than one
// declared: a perfect auxiliary ("has", "have") at most four words before it in the same clause
// and the record's span at most eight words after it: "for N consecutive years", "N times since",
// "every year since".
func payoutRecord(w []string, t trigger) bool {
	perfect := false
	for k := t.from - 1; k >= 0 && k >= t.from-4; k-- {
		if w[k] == "has" || w[k] == "have" {
			perfect = true
			break
		}
		if gapStops[w[k]] || w[k] == "," {
			break
		}
	}
	if !perfect {
		return false
	}
	for k := t.to; k < len(w) && k < t.to+8; k++ {
		switch {
		case gapStops[w[k]] || w[k] == ",":
			return false
		case streakWords[w[k]]:
			return k+1 < len(w) && (w[k+1] == "years" || w[k+1] == "quarters")
		case w[k] == "since" && k > 0:
			return w[k-1] == "times" || w[k-1] == "year" || w[k-1] == "quarter"
		}
	}
	return false
}

// sinceListing says whether the IPO trigger t is the start of a span, not a listing: "since going
// public in 2020", "since its IPO", "since their market debut". The shares' record is measured
// from it.
func sinceListing(w []string, t trigger) bool {
	k := t.from - 1
	if k >= 0 && (w[k] == "its" || w[k] == "their" || w[k] == "the") {
		k--
	}
	return k >= 0 && w[k] == "since"
}
