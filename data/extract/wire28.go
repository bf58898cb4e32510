package extract

import "github.com/eventline/eventline/data/events"

// Rules for the classes newswire19 found first seen: British, Australian and Canadian wire's
// ways of naming a period ("the six months to June 30", "the year to March 31") and of putting
// a company in liquidation ("appointed a provisional liquidator to").

// periodEndedTo says whether the day at token k closes a period told the British way, with
// "to" where American wire says "ended": "pre-tax profit for the six months to June 30", "the
// year to March 31", "the half-year to September 30". Results and payouts told in the sentence
// came out after that day, so it dates neither, as endsPeriod says of "the quarter ended". Weeks
// and periods are left out: "extended the offer by two weeks to June 30" and "the offer period
// to May 15" name the day the offer ends, which dates it. An outlook keeps the day, as its
// target: "profit for the year to June 30 will be below" is dated by the year's end, not by the
// "last year" it is measured against.
func (s *sentence) periodEndedTo(k int, t trigger) bool {
	if k < 2 || s.words[k-1] != "to" || t.typ == events.Guidance {
		return false
	}
	for i := k - 2; i >= 0 && i >= k-4; i-- {
		switch s.words[i] {
		case "months", "year", "half", "half-year", "quarter":
			return true
		case "weeks", "days", "period", "offer", "deadline":
			return false
		}
	}
	return false
}

// resultsPeriodThrough returns the token after the period that results named before "will be
// below" are counted over, where the period has a last day or a count of months: "pre-tax
// profit for the year to March 31 will be", "net for the six months ending June 30 would be",
// "earnings for the first nine months of 1988 will be". k is where pastResultPeriod stopped; the
// period is read only after "for", so that "profit will be" is untouched. A month is read only
// before a day, so that "profit for the year may be below" keeps its modal.
func resultsPeriodThrough(words []string, from, k int) int {
	if from >= len(words) || words[from] != "for" {
		return k
	}
	for n := 0; k < len(words) && n < 8; n++ {
		w := words[k]
		day := k+1 < len(words) && isNumber(words[k+1])
		if periodWords[w] && w != "that" && w != "which" || w == "half-year" || w == "full-year" || isNumber(w) || monthWords[w] && day ||
			w == "to" && k+1 < len(words) && monthWords[words[k+1]] && k+2 < len(words) && isNumber(words[k+2]) {
			k++
			continue
		}
		break
	}
	return k
}

// officerQualifiers may stand between an appointment and the officer of an insolvency it names:
// "appointed joint administrators", "appointed a provisional liquidator to the developer",
// "appointed an interim receiver" (Canadian wire), "appointed joint administrative receivers".
var officerQualifiers = wordSet(`joint official provisional interim administrative a an the`)

// recommendVerbs are the forms of "recommend", which tells a payout declared only as a British
// board tells its final or interim dividend ("recommended a final dividend of 5.1p").
var recommendVerbs = wordSet(`recommend recommends recommended recommending`)

// unrecommendedPayout says whether a dividend trigger opened by "recommend" tells no payout: one
// that names no final or interim dividend ("has no plans to recommend reinstatement of the
// dividend"), or one denied ("had not recommended a dividend").
func unrecommendedPayout(words []string, t trigger) bool {
	if !recommendVerbs[words[t.from]] {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-3; k-- {
		switch words[k] {
		case "not", "no", "never", "n't":
			return true
		}
	}
	for k := t.from + 1; k < t.to; k++ {
		if words[k] == "final" || words[k] == "interim" {
			return false
		}
	}
	return true
}
