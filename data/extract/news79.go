package extract

// Rules from misreads noticed while newswire28 (1985-1989 company press releases as PR Newswire
// and Business Wire carried them, and the wires' rewrites) was written: a span opened by "Since"
// and a date with no comma after it, told in the perfect, is the record of the years since.

// sinceSpanWords may stand in the date a span opens with: "Since 1985", "Since early 1987",
// "Since January", "Since fiscal 1986", "Since mid-1984".
var sinceSpanWords = wordSet(`early late mid fiscal`)

// sinceSpanStops end the perfect's reach: a day or a report of the day's news after "has" is
// news of its own ("Since 1985 it has been a unit of Ardent, and today it agreed to buy ...").
var sinceSpanStops = wordSet(`today yesterday tonight said says announced ; , but while`)

// sinceDateOpened says whether the sentence opens with "Since" and a date (a year, a month or
// both, after at most one of sinceSpanWords) that no comma closes, and tells trigger t in the
// perfect, "has" or "have" after the date and at or before t with nothing of sinceSpanStops
// between: "Since 1985 the Company has sold its foundry and bought two electronics companies"
// and "Since early 1987 Marlow has repurchased 2 million shares" tell the record of the years
// since, not the day's news, as spanOpened reads "Since 2020, Costco has bought back ...". A
// clause "Since" opens with a subject and verb of its own ("Since the merger collapsed ...") is
// no date, and a simple past ("Since 1985 the company bought ...") is left as it was.
func sinceDateOpened(w []string, t trigger) bool {
	if len(w) < 5 || w[0] != "since" || t.from < 3 {
		return false
	}
	k, dated := 1, false
	if sinceSpanWords[w[k]] {
		k++
	}
	for ; k < len(w) && k <= 4 && (monthNames[w[k]] || yearLike(w[k])); k++ {
		dated = true
	}
	if !dated || k >= t.from || w[k] == "," {
		return false // a comma after the date is spanOpened's (news44.go)
	}
	perfect := false
	for j := k; j <= t.from && j < t.to; j++ {
		switch {
		case sinceSpanStops[w[j]] || weekdays[w[j]] || isClauseBreak(w[j]):
			return false
		case w[j] == "has" || w[j] == "have":
			perfect = true
		}
	}
	return perfect
}
