package timex

// ratingNames are a broker's ratings that are also verbs: after "to" or "from" in a rating
// change they name the rating, and govern no date ("upgraded Corning to buy from hold on
// Tuesday" is the Tuesday before, not one ahead of an infinitive "to buy").
var ratingNames = map[string]bool{"buy": true, "sell": true, "hold": true, "outperform": true,
	"underperform": true, "accumulate": true, "reduce": true}

// ratingChanges are the verbs of a rating change whose "to" and "from" name ratings.
var ratingChanges = map[string]bool{"upgraded": true, "downgraded": true, "upgrades": true, "downgrades": true,
	"upgrade": true, "downgrade": true, "raised": true, "raises": true, "cut": true, "cuts": true,
	"lowered": true, "lowers": true, "lifted": true, "lifts": true, "moved": true, "moves": true}

// ratingNamed reports whether token k is a rating after "to" or "from", with the verb of a
// rating change at most six words before it in the same clause: "upgraded Corning to buy",
// "cut the stock to sell from hold".
func (m *matcher) ratingNamed(k int) bool {
	if k < 2 || !m.toks[k].in(sRatingNames) || !m.anyWord(k-1, "to", "from") {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-8; j-- {
		if m.toks[j].kind == kPunct {
			return false
		}
		if m.toks[j].kind == kWord && m.toks[j].in(sRatingChanges) {
			return true
		}
	}
	return false
}
