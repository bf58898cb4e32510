package extract

// Rules from modern56, a first-seen batch of semiconductor, hardware, enterprise software and IT
// services news: a move sized with a hedge or a range, orders measured as a pace, a result
// targeted, a product put off, a fight "far from settled", and rivals a launch takes aim at.

// moveHedges stand between a verb of moving and its size, alone or before "than" or "as much
// as": "fell about 9%", "rose more than 5%", "slid as much as 12%". "by" and "between" are read
// apart (sizeAfterHedge).
var moveHedges = wordSet(`about around nearly almost roughly some over under approximately just close more less
	as much up`)

// sizeAfterHedge returns where the size of a move stands when the words from j hedge it or give
// it as a range: "about 9%", "as much as 9%", "more than 9%", "by 9%", "between 7% and 11%" (the
// range's first figure). It returns j itself where no hedge opens there, and -1 where a range
// is no size of a move ("between June and August"). A sector's stocks moving together are told
// with a range as often as one stock with a hedge: "Shares of chip equipment makers A, B and C
// fell between 7% and 11%".
func sizeAfterHedge(words []string, j int) int {
	k := j
	if k < len(words) && words[k] == "by" {
		k++ // "fell by 9%", "fell by as much as 9%"
	}
	if k+4 < len(words) && words[k] == "between" {
		if isNumber(words[k+1]) && percentWord(words[k+2]) && words[k+3] == "and" && isNumber(words[k+4]) {
			return k + 1
		}
		return -1
	}
	for n := 0; k < len(words) && n < 3 && moveHedges[words[k]]; n++ {
		k++
		if k < len(words) && (words[k] == "than" || words[k] == "as" || words[k] == "to") {
			k++ // "more than", "as much as", "close to", "up to"
		}
	}
	return k
}

// percentWord says whether w is a percent's sign or word.
func percentWord(w string) bool { return w == "%" || w == "pct" || w == "percent" }
