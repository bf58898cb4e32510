package extract

// The lead's eighteenth round: who comes in and who leaves when the name is described.

// Words that end a description before a name without being its noun ("former Rockwell Collins
// chief Kelly Ortberg" describes Ortberg; in "former Rockwell Collins chief" the company is no
// person of the change), and words that cannot stand inside one ("a successor to Jane Roe").
var (
	namePremodifiers = newSmallSet(wordSet(`former longtime long-time new interim acting then current outgoing incoming veteran-led`))
	descriptionStops = wordSet(`to of for from with by and or as after before that who whom when while
		since than at in on said says`)
)

// describedOfficer returns 1 when the person at token k comes in and -1 when the person leaves,
// by a verb of the change before a description of up to five tokens that ends in a noun: "named
// aerospace veteran Kelly Ortberg", "appointed former Rockwell Collins chief Kelly Ortberg",
// "replacing longtime boss John Donahoe". A preposition or a conjunction in between makes the
// name belong to something else ("named a successor to Jane Roe", "named a chief after longtime
// director Jane Roe declined"); 0 then, and when no such verb stands before.
func (s *sentence) describedOfficer(k int) int {
	if k < 2 || !isWord(s.toks[k-1].text) || startsUpper(s.toks[k-1].text) || namePremodifiers.has(s.words[k-1]) {
		return 0
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		w := s.words[j]
		switch {
		case j < k-1 && inAfter[w]:
			return 1
		case j < k-1 && outAfter[w]:
			return -1
		case descriptionStops[w] || !isWord(s.toks[j].text) && w != "'" && w != "-":
			return 0
		}
	}
	return 0
}

// appositiveOfficer returns 1 when the person ending before token k comes in and -1 when the
// person leaves, by the verb right after an appositive set off by commas: "Jane Roe, 52,
// executive vice president, was named president"; "John Doe, the company's founder, will
// retire". Only an auxiliary may stand between the closing comma and the verb: "John Doe, its
// chairman, said the board named ..." makes him the source, 0.
func (s *sentence) appositiveOfficer(k int) int {
	j := k
	for seg := 0; seg < 2; seg++ {
		e := s.appositiveEnd(j)
		if e < 0 {
			break
		}
		j = e
	}
	if j == k {
		return 0
	}
	for i := j + 1; i < len(s.words) && i <= j+3; i++ {
		w := s.words[i]
		switch {
		case leaveVerbs[w]:
			return -1
		case inAfter[w] || inBefore[w]:
			return 1
		case !appositiveAuxiliaries[w]:
			return 0
		}
	}
	return 0
}

// appositiveEnd returns the index of the comma that closes an appositive opened by the comma at
// token j ("Jane Roe, 52, ..."), or -1 when none opens there or the sentence's clause ends first.
func (s *sentence) appositiveEnd(j int) int {
	if j >= len(s.toks) || s.words[j] != "," {
		return -1
	}
	for e := j + 1; e < len(s.toks) && e <= j+12; e++ {
		switch s.words[e] {
		case ",":
			if e == j+1 {
				return -1
			}
			return e
		case ".", ";", ":", "(", ")", "\"":
			return -1
		}
	}
	return -1
}

var appositiveAuxiliaries = wordSet(`was is has had have will would been be also`)
