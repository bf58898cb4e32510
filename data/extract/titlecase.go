package extract

// titleCased says whether a headline is in title case as the wire styles write it, with its
// short function words in lower case: "The Diet Business Meets a Shot in the Arm". shouting
// counts those words among the lower-case ones and misses it; there a capital is no evidence
// that an ordinary word is a name, but a company's verb after it still is ("Delta Raises Its
// Forecast for the Year"). Only for titles: a body sentence naming "Bank of America and Wells
// Fargo" is no headline.
func titleCased(toks []token) bool {
	content, caps, upper := 0, 0, 0
	for _, t := range toks {
		if t.text == "" {
			continue
		}
		c := t.text[0]
		if c|0x20 < 'a' || c|0x20 > 'z' {
			continue // a number, a sign, a rune outside ASCII: no evidence either way
		}
		if c >= 'a' && (titleLowerWordShapes.mayHold(t.text) && titleLowerWords[t.text]) {
			continue
		}
		content++
		if c <= 'Z' {
			caps++
		}
		if noLower(t.text) {
			upper++
		}
	}
	// A headline in capitals is the wire's, not title case: "FED BUYS ONE BILLION".
	return content >= 3 && caps*10 >= content*8 && upper*10 < content*7
}

// titleLowerWords stay in lower case in a title-case headline.
var titleLowerWords = wordSet(`a an the and or nor but of in on at to for by with as from into onto off up per via vs`)
