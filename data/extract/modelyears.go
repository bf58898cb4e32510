package extract

import "strings"

// modelYear says whether the year at token k names the model year of vehicles or goods, right
// before them or a word or two of their name ("recalling 250,000 1986 model cars", "2020-2022
// Explorer SUVs", "its 2023 model-year pickups"): the goods' year, not the day of the recall or
// the sale that the sentence tells.
func modelYear(words []string, k int) bool {
	if k >= len(words) || !yearOrRange(words[k]) {
		return false
	}
	last := k + 4
	for j := k + 1; j < len(words) && j <= last; j++ {
		w := words[j]
		if modelNouns[w] {
			return true
		}
		if (w == "," || w == "and" || w == "or") && j > k+1 {
			// A list of the makes' models the year covers: "2020-2022 Ford Explorer, Lincoln
			// Aviator and Ford Expedition models" (lead15).
			last = k + 12
			continue
		}
		if w == "," || w == "." || w == "-" || prepositions[w] || isClauseBreak(w) || !isWord(w) {
			return false
		}
	}
	return false
}

// yearOrRange says whether w is a year or a span of years written as one word ("2020-2022").
func yearOrRange(w string) bool {
	if len(w) != 4 && len(w) != 7 && len(w) != 9 || w[0] != '1' && w[0] != '2' {
		return false // most words are no year: passed over before the cut
	}
	a, b, ranged := strings.Cut(w, "-")
	isYear := func(y string) bool { return len(y) == 4 && isNumber(y) && (y[:2] == "19" || y[:2] == "20") }
	return isYear(a) && (!ranged || isYear(b) || len(b) == 2 && isNumber(b))
}

// modelNouns are the goods a model year names.
var modelNouns = wordSet(`model models model-year model-years cars car vehicles vehicle trucks truck pickups
	pickup suvs suv sedans sedan minivans minivan vans motorcycles crossovers`)

// wordHolding is the word a temporal expression that starts at byte b begins in: from, the first
// word at or after b, or the word before it where the expression starts inside that word (the
// "2023" of "2021-2023").
func (s *sentence) wordHolding(from, b int) int {
	if from > 0 && s.toks[from-1].end > b {
		return from - 1
	}
	return from
}
