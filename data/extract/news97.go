package extract

import "strings"

// Rules from misreads noticed while newswire32 (airline, railroad, trucking, automaker, parts
// and defense wire copy of 1985-1989) was written.

// unitSales says whether the results trigger t, "sales" and a verb of change, measures sales
// counted in goods, not money: "said its sales fell 18.1 percent to 91,402", "car sales rose 6
// pct to 412,300 units", "sales slipped to 38,760 vehicles". An automaker's ten-day or monthly
// sales, a plane maker's deliveries told as sales, are a count of goods that the trade reports
// each period, no results; Reuters does not count them as earnings news. The figure the change
// reaches ("to", "at") is a whole number of a thousand or more with no money before or after it
// ("to $412 million", "to 412.4 mln dlrs", "to 1,234,000 dlrs" stay results).
func unitSales(words []string, t trigger) bool {
	if words[t.from] != "sales" && words[t.to-1] != "sales" {
		return false
	}
	for k := t.to; k+1 < len(words) && k <= t.to+5; k++ {
		switch w := words[k]; {
		case endsClause(w) || w == "," || w == "and":
			return false
		case w == "to" || w == "at":
			n := words[k+1]
			if !goodsCount(n) {
				return false
			}
			return k+2 >= len(words) || !moneyAfterFigure[words[k+2]]
		}
	}
	return false
}

// goodsCount says whether w is a whole number of a thousand or more, as a count of goods is
// written ("91,402", "38760"): no decimal point, which a sum in millions has ("412.4").
func goodsCount(w string) bool {
	if !isNumber(w) || strings.Contains(w, ".") {
		return false
	}
	v, err := parseNumber(w)
	return err == nil && v >= 1000
}

// moneyAfterFigure make the figure before them a sum of money or a rate, not a count.
var moneyAfterFigure = wordSet(`mln million billion bln dlrs dlr dollars dollar cts cents pct percent % yen marks
	francs stg pounds lire guilders`)
