package extract

// Cue words of the sentence, read in one pass when first asked: misread asks supposed,
// anchoredDay and the rules that xspeed15.go gated on a word near the trigger of every trigger,
// and most sentences hold none of the words they need.
const (
	cueModal   uint8 = 1 << iota // "would", "could", "might" or "should"
	cueIf                        // "if"
	cueWereHad                   // "were" or "had"
	cueTheDay                    // "the day"
	cueSince                     // "since"
	cueWhether                   // "whether"
	cueThan                      // "than"
	cueHasHave                   // "has" or "have"
)

// cues returns the sentence's cue bits.
func (s *sentence) cues() uint8 {
	if !s.cuesRead {
		s.cuesRead = true
		var c uint8
		for k, w := range s.words {
			switch w {
			case "would", "could", "might", "should":
				c |= cueModal
			case "if":
				c |= cueIf
			case "were", "had":
				c |= cueWereHad
			case "since":
				c |= cueSince
			case "whether":
				c |= cueWhether
			case "than":
				c |= cueThan
			case "has", "have":
				c |= cueHasHave
			case "day":
				if k > 0 && s.words[k-1] == "the" {
					c |= cueTheDay
				}
			}
		}
		s.cueBits = c
	}
	return s.cueBits
}
