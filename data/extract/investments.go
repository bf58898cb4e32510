package extract

// Money a listed company puts into a private one buys a stake in it, as money put into a listed
// one does ("Microsoft invested another $10 billion in OpenAI, the maker of ChatGPT"): the
// investor is the listed party that takes part. A private company links to no ticker, so
// investsInCompany cannot see it; a capitalized name after "in" is a company only with evidence,
// since places and fields are capitalized too ("invested $10 billion in Texas", "in Europe",
// "in India, the company's fastest-growing market"): a company's suffix ("Anthropic PBC",
// "Figure AI", "Mistral Labs Inc.") or an appositive that says what the business does ("OpenAI,
// the maker of ChatGPT", "Wiz, a cloud security startup"), a role noun right before the name
// ("artificial intelligence startup Anthropic"), or the stake the money takes, told in the same
// sentence ("invested $10 billion in OpenAI, taking a 49% stake").

// startupSuffixes end private companies' names beside the legal suffixes.
var startupSuffixes = wordSet(`ai labs lab technologies robotics therapeutics biosciences pbc`)

// businessRoles are the heads of an appositive that says a name is a business.
var businessRoles = wordSet(`maker makers developer developers startup start-up creator owner operator parent
	firm provider producer manufacturer supplier designer`)

// privateCompanyAt says whether the tokens from k name a company that is not in the directory:
// a run of up to four capitalized words ending in a company's suffix, or followed by a comma and
// an appositive with a business's role ("the maker of", "a fintech startup") within three words
// of its article.
func privateCompanyAt(toks []token, k int) bool {
	// A role before the name, after up to three words of its field: "in artificial
	// intelligence startup Anthropic", "in chipmaker Tenstorrent"; a field may be an acronym
	// ("in AI startup Anthropic", "in EV maker Lucid").
	for j := k; j < len(toks) && j <= k+3 && isWord(toks[j].text) && (!capitalized(toks[j].text) || acronym(toks[j].text)); j++ {
		if businessRoles[lower(toks[j].text)] || roleCompounds[lower(toks[j].text)] {
			return j+1 < len(toks) && capitalized(toks[j+1].text) && isWord(toks[j+1].text)
		}
	}
	end := k
	for end < len(toks) && end < k+4 && capitalized(toks[end].text) && isWord(toks[end].text) {
		end++
	}
	if end == k {
		return false
	}
	if w := lower(toks[end-1].text); end-k > 1 && (corporateSuffixes[w] || startupSuffixes[w]) {
		return true
	}
	if end+2 >= len(toks) || toks[end].text != "," {
		return false
	}
	switch lower(toks[end+1].text) {
	case "the", "a", "an":
	default:
		return false
	}
	for j := end + 2; j < len(toks) && j <= end+4; j++ {
		if businessRoles[lower(toks[j].text)] {
			// "the company's fastest-growing market" is the investor's, not the name's role.
			return j+1 >= len(toks) || toks[j+1].text != "'"
		}
	}
	return false
}

// roleCompounds are one-word roles of a business that news puts before its name: "chipmaker
// Tenstorrent", "automaker Rivian".
var roleCompounds = wordSet(`chipmaker automaker carmaker drugmaker biotech fintech unicorn`)

// stakeFollows says whether a verb of taking a stake and "stake" follow word k in the sentence:
// "invested $10 billion in OpenAI, taking a 49% stake", "and take a minority stake". The money
// buys part of a company, whatever the name after "in" looks like.
func stakeFollows(words []string, k int) bool {
	for j := k; j < len(words) && j <= k+14; j++ {
		if !stakeVerbs[words[j]] || j+1 >= len(words) || words[j+1] != "a" && words[j+1] != "an" && !isNumber(words[j+1]) {
			continue // "building on a stake" takes none
		}
		for i := j + 1; i < len(words) && i <= j+5; i++ {
			if words[i] == "stake" {
				return true
			}
		}
	}
	return false
}
