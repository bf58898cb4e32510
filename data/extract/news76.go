package extract

// news76 reads misreads of wire and company news: a bid priced in the wire's adjectival "N dlr a
// share", ...

// wireDlrPrice says whether words[k] is the wire's singular "dlr" after a number, the form a price
// per share takes before the noun it prices: "turned down a 30 dlr a share proposal", "a 25 dlr
// per share offer". amountUnits lacks "dlr", which elsewhere ("a 2 dlr rise") is no sum on its
// own; before "a share" it is a price.
func wireDlrPrice(words []string, k int) bool {
	return k > 0 && words[k] == "dlr" && isNumber(words[k-1])
}

// hourlyRate says whether words[k] ends a rate of pay by the hour after a sum: "an offer of 40
// cts an hour more", "an offer of 1.10 dlrs per hour". A bid prices shares, never an hour.
func hourlyRate(words []string, k int) bool {
	return words[k] == "hour" && k >= 2 && (words[k-1] == "an" || words[k-1] == "per" || words[k-1] == "a") &&
		(amountUnits[words[k-2]] || isNumber(words[k-2]))
}
