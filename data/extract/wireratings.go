package extract

// A credit rating agency's action on a company's debt names the deal it is about as its reason:
// "Standard and Poor's Corp said it may downgrade Acme because a partnership made a tender offer
// for it", "S/P is reviewing the debt following the investor's bid to buy the shares", "Moody's
// said the merger should strengthen the bank's earnings", "If the merger is completed, S and P
// would rate the new company's debt at A-minus". The news is the rating (a deal told as the cause
// of other news is none, see causeLinks); the deal was news when it was told, in its own story.
// Found on the Reuters development set, where such stories were the largest class of acquisition
// false positives (12 of 147, against 2 stories whose gold keeps the deal).

// ratingActions are what an agency does to a rating, or the rating itself in its jargon.
var ratingActions = wordSet(`creditwatch downgrade downgrades downgraded downgrading upgrade upgrades upgraded
	upgrading affirm affirms affirmed affirming review reviewing rate rates rated implications`)

// agencyVoice are the verbs an agency gives its reasons with: "S and P noted", "Moody's said".
var agencyVoice = wordSet(`said says noted notes cited cites pointed added`)

// ratingAgencyAt says whether a rating agency's name ends at words[k] ("Moody's" as "moody ' s",
// "Standard and Poor's", "S/P", "S and P", "Fitch", "Duff and Phelps"), and returns the index
// after it.
func ratingAgencyAt(words []string, k int) (int, bool) {
	at := func(i int, w string) bool { return i < len(words) && words[i] == w }
	switch words[k] {
	case "moody", "poor":
		if words[k] == "poor" && !(k > 1 && (words[k-1] == "and" || words[k-1] == "&") && words[k-2] == "standard") {
			return 0, false
		}
		switch {
		case at(k+1, "'") && at(k+2, "s"):
			return k + 3, true
		case at(k+1, "'s"), at(k+1, "’s"):
			return k + 2, true
		}
	case "moody's", "s/p", "fitch", "creditwatch":
		return k + 1, true
	case "s":
		if (at(k+1, "/") || at(k+1, "and")) && at(k+2, "p") {
			return k + 3, true
		}
		// Modern news writes the agency "S&P" as its index is written: "S&P 500" and "the S&P
		// index" are the index, "S&P Global" the company that owns both, "S&P cut Boeing" and
		// "S&P Global Ratings" the agency.
		if at(k+1, "&") && at(k+2, "p") && spAgency(words, k+3) {
			return k + 3, true
		}
	case "s&p":
		if spAgency(words, k+1) {
			return k + 1, true
		}
	case "duff":
		if at(k+1, "and") && at(k+2, "phelps") {
			return k + 3, true
		}
	}
	return 0, false
}

// spAgency says whether "S&P" followed by words[j:] is the rating agency: no index after it, and
// "Global" only as "Global Ratings".
func spAgency(words []string, j int) bool {
	if j >= len(words) {
		return true
	}
	if words[j] == "global" {
		return j+1 < len(words) && words[j+1] == "ratings"
	}
	return !indexFollowers[words[j]]
}

// ratingReason says whether acquisition trigger t stands in a sentence that tells a rating
// agency's action or its reasoning: the agency named, and a rating word in the sentence, or, for
// a deal named by a noun ("the merger"), the agency speaking. A deal's verb needs the rating word:
// the agency may itself be a buyer ("Moody's agreed to buy a data firm").
func ratingReason(words []string, t trigger) bool {
	agency, voiced := false, false
	for k := range words {
		if end, ok := ratingAgencyAt(words, k); ok {
			agency = true
			for j := end; j < len(words) && j <= end+2; j++ {
				voiced = voiced || agencyVoice[words[j]]
			}
		}
	}
	if !agency {
		return false
	}
	for _, w := range words {
		if ratingActions[w] {
			return true
		}
	}
	return voiced && !t.verbal
}

// ratedPaper says whether a buyback or an offering trigger t stands in a sentence that tells a
// rating agency's action: the notes an agency rates ("raised its rating on Acme's 150 mln dlrs
// of senior notes") are its object, and a buyback or a borrowing it names ("because of the
// company's plan to borrow to buy back stock") its reason. Both were news when the company told
// them; the agency's action is the news here. The agency must act before the trigger, not be
// named after "by": "the debentures, rated B-2 by Moody's, were sold" describes the paper of an
// offering, which stays the news. Unlike a deal, which an agency's voice alone can give as a
// reason (ratingReason), the paper needs the rating word, "rating" itself among them.
func ratedPaper(words []string, t trigger) bool {
	agency := false
	for k := 0; k < t.from && !agency; k++ {
		if _, ok := ratingAgencyAt(words, k); ok {
			start := k
			if words[k] == "poor" {
				start = k - 2 // "standard and poor"
			}
			agency = start == 0 || words[start-1] != "by"
		}
	}
	if !agency {
		return false
	}
	for _, w := range words {
		if ratingActions[w] || w == "rating" || w == "ratings" {
			return true
		}
	}
	return false
}

// agencyRerated says whether a bare "rating" trigger t is the object of a rating agency's verb
// of change: "S/P said it lowered to BB-plus from BBB-minus its rating on Acme's senior debt",
// "Moody's has raised its ratings on Acme". The agency acts before the trigger (ratedPaper), and
// the verb comes between them; "rating" alone names a topic ("the company's credit rating").
func agencyRerated(words []string, t trigger) bool {
	switch words[t.from] {
	case "rating", "ratings":
	default:
		return false
	}
	if reratedBy(words, t) {
		return true
	}
	if !ratedPaper(words, t) {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-10; k-- {
		if reratingVerbs[words[k]] {
			return true
		}
		if words[k] == ";" || words[k] == "." {
			return false
		}
	}
	return false
}

// reratedBy says whether the rating at trigger t is changed in the passive, the agency after
// "by": "Intel's credit rating was cut by S&P to BBB+", "its ratings have been lowered on Friday
// by Moody's", "the bank's rating was affirmed by Standard & Poor's". A rating changed "by" a
// figure ("was cut by two notches") or by no agency names no action of one.
func reratedBy(words []string, t trigger) bool {
	k := t.to
	switch {
	case k < len(words) && (words[k] == "was" || words[k] == "were"):
		k++
	case k+1 < len(words) && (words[k] == "has" || words[k] == "have" || words[k] == "had") && words[k+1] == "been":
		k += 2
	default:
		return false
	}
	if k >= len(words) || !reratingVerbs[words[k]] {
		return false
	}
	for j := k + 1; j < len(words) && j <= k+4; j++ {
		switch words[j] {
		case "by":
			if j+1 < len(words) && words[j+1] == "standard" {
				j += 2 // "by Standard & Poor's": the agency's name ends at "poor"
			}
			_, ok := ratingAgencyAt(words, j+1)
			return ok
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// reratingVerbs are the verbs an agency changes or keeps a rating with.
var reratingVerbs = wordSet(`lowered lowers lowering cut cuts reduced reduces raised raises raising upgraded
	downgraded affirmed affirms confirmed confirms`)
