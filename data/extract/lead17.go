package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// The lead's seventeenth round: misreads found probing 2024-2025 company news and 1987 wire
// copy.

// personSince says whether the words from i up to trigger t are a person's name and the verb
// it takes, the subject of a clause that "since" opens: "the deepest cuts since Brian Niccol
// took over", "since Bob Iger returned as chief executive", "since Tony Spring was named
// chief executive" (a role after "as" or a participle after its auxiliary is the trigger, the
// verb before it the clause's). The name is two or three capitalized words that are
// neither a month nor a weekday ("since January", "since Monday, it has") nor a company, which
// sinceClauseVerb asks for itself.
func (s *sentence) personSince(i int, t trigger) bool {
	name := i
	for name < t.from && name < i+3 && startsUpper(s.toks[name].text) {
		w := s.words[name]
		if len(w) < 2 || monthWords[w] || weekdays[w] || isNumber(w) {
			return false
		}
		name++
	}
	if name-i < 2 || s.companyWithin(i, name) {
		return false
	}
	if name == t.from {
		return true
	}
	// "took over as", "was named": at most two lower-case words of the clause's verb
	if t.from-name > 2 {
		return false
	}
	for k := name; k < t.from; k++ {
		if startsUpper(s.toks[k].text) || isClauseMark(s.words[k]) {
			return false
		}
	}
	return true
}

// reportedPerson says whether word r is part of a person's name or title standing as the
// subject a reporting verb backshifts: "said Andrew Witty had stepped down", "said chief
// executive Jane Roe had resigned" (lead15.go reportedPluperfect).
func (s *sentence) reportedPerson(r int) bool {
	return officerTitles[s.words[r]] || startsUpper(s.toks[r].text) && !reportingPast[s.words[r]] && !isNumber(s.words[r])
}

// returnVerbs and returnPosts make an officer who returns to a post: "with former CEO Stephen
// Hemsley returning to the role", "will return as interim chief". A return from elsewhere
// ("returned from a trip") names no officer who comes in.
var (
	returnVerbs = wordSet(`return returns returned returning`)
	returnPosts = wordSet(`role helm post job position top company`)
)

// returnsToPost says whether the words after a person's name return them to a post.
func returnsToPost(after []string) bool {
	if len(after) > 2 && companyAuxiliaries[after[0]] || len(after) > 2 && (after[0] == "would" || after[0] == "to") {
		after = after[1:] // "will return as", "would return to the role"
	}
	if len(after) < 2 || !returnVerbs[after[0]] {
		return false
	}
	if after[1] == "as" {
		return true
	}
	return after[1] == "to" && containsAny(after[2:], returnPosts)
}

// pluperfectRelative says whether a date ending at word to, before trigger t, stands outside a
// relative clause whose verb, the trigger's, is in the pluperfect: "shareholders on Thursday
// approved the package again, reaffirming a vote that a Delaware judge had voided in January".
// The clause recalls the story's past; the main clause's Thursday is not its time. A "that"
// after a reporting verb opens what was said ("said on Monday that a judge had voided"), no
// relative clause.
func (s *sentence) pluperfectRelative(to int, t trigger) bool {
	w := s.words
	had := -1
	for k := max(t.from-2, to); k < t.to; k++ {
		if pluperfectAt(w, k) {
			had = k
			break
		}
	}
	if had < 0 {
		return false
	}
	for k := had - 1; k > to; k-- {
		if (w[k] == "that" || relativePronoun(w[k])) && !dayReporters[w[k-1]] {
			return true
		}
	}
	return false
}

// reutersTicker says whether token i is a symbol in angle brackets, as the Reuters wire wrote
// one after a company's name: "CHAMPION PRODUCTS <CH> APPROVES STOCK SPLIT", "Acme Corp <ACM>
// said". The brackets touch the symbol; "<Texaco Inc>", a name the wire bracketed, is no symbol.
func reutersTicker(toks []token, i int) bool {
	t := toks[i]
	return i > 0 && i+1 < len(toks) && toks[i-1].text == "<" && toks[i-1].end == t.start &&
		toks[i+1].text == ">" && toks[i+1].start == t.end && isTickerShape(t.text)
}

// learnBracketedTickers ties the names of a wire title's bracketed symbols to them for the whole
// article, before its body is read: "BRANSCOMBE <BRSC> TO BUY CALDERVALE FOODS <CLVF>" over a
// body that writes "Branscombe Corp said it agreed to buy Caldervale Foods Inc". A capitals
// title does not show where a name starts ("TO BUY CALDERVALE FOODS"), so the name is the
// longest run of the words before the bracket, up to four, that the body writes capitalized; a
// legal word alone ("INC") is none. A title without "<" costs one byte scan.
func (a *ArticleLinks) learnBracketedTickers(title, body string) {
	if strings.IndexByte(title, '<') < 0 {
		return
	}
	toks := tokenize(title)
	lower := strings.ToLower(body)
	for i := range toks {
		if !reutersTicker(toks, i) {
			continue
		}
		lo := i - 1 // the "<"
		for lo > 0 && i-1-lo < 4 && isNameWord(toks[lo-1].text) {
			lo--
		}
		for from := lo; from < i-1; from++ {
			if from == i-2 && legalKeys[strings.ToLower(toks[from].text)] {
				break
			}
			name := capitalizedIn(body, lower, strings.ToLower(title[toks[from].start:toks[i-2].end]))
			if name == "" {
				continue
			}
			co, _ := a.ticker(toks[i].text, "")
			if co.Name == co.Ticker {
				co.Name = name
			}
			a.remember(body, nil, 0, 0, co, name)
			break
		}
	}
}

// isNameWord says whether a title's token may be a word of a company's name: a word (isWord)
// or "&", not a mark.
func isNameWord(w string) bool {
	return w == "&" || isWord(w)
}

// capitalizedIn returns the first place body writes phrase (given in lower case, lower being
// body lower-cased byte for byte) as whole words each opening with a capital, or "".
func capitalizedIn(body, lower, phrase string) string {
	for off := 0; ; {
		k := strings.Index(lower[off:], phrase)
		if k < 0 {
			return ""
		}
		k += off
		end := k + len(phrase)
		if wordEdge(body, k-1) && wordEdge(body, end) && capitalizedWords(body[k:end]) {
			return body[k:end]
		}
		off = k + 1
	}
}

// wordEdge says whether byte k of s is outside a word: before its start, past its end, or a
// byte that is no letter or digit.
func wordEdge(s string, k int) bool {
	if k < 0 || k >= len(s) {
		return true
	}
	return s[k] >= utf8.RuneSelf || !asciiWordStarts[s[k]]
}

// capitalizedWords says whether every word of s opens with a capital letter or a digit.
func capitalizedWords(s string) bool {
	for _, w := range strings.Fields(s) {
		if b := w[0]; !(b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '&') {
			return false
		}
	}
	return true
}

// symbolGiven says whether another of the mentions of a capitals title than the k-th is its
// symbol in ticker context ("DALEFORD TRUCKING <DLFD> 3RD QTR NET", "(NYSE: DLFD)"): the title
// names the symbol, all the evidence confirmTitle asks of a name in capitals that the body does
// not write.
func symbolGiven(ms []CompanyMention, k int) bool {
	for j, m := range ms {
		if j != k && m.Ticker == ms[k].Ticker && (m.Text == m.Ticker+">" || strings.HasSuffix(m.Text, ": "+m.Ticker) || strings.HasSuffix(m.Text, ":"+m.Ticker)) {
			return true
		}
	}
	return false
}

// pluperfectBefore says whether a pluperfect verb stands between trigger t and a date after it
// starting at word from: "sold the unit it had bought in 2019", "agreed to buy Vizio after talks
// had stalled in May", "a step it had promised in February". The date is the earlier happening's
// that the pluperfect recalls, not the event's; a trigger told in the pluperfect itself ("had
// agreed in May to buy") has its "had" before it, which this does not read.
func (s *sentence) pluperfectBefore(t trigger, from int) bool {
	w := s.words
	for k := t.to; k+1 < from; k++ {
		if pluperfectAt(w, k) {
			return true
		}
	}
	return false
}

// pluperfectTrigger says whether trigger t is told in the pluperfect: "the unit it had bought in
// 2019", "had already agreed".
func pluperfectTrigger(w []string, t trigger) bool {
	for k := max(t.from-2, 0); k < t.to; k++ {
		if pluperfectAt(w, k) || w[k] == "had" && k+1 < len(w) && w[k+1] == "already" {
			return true
		}
	}
	return false
}

// pluperfectAt says whether word k is the "had" of a pluperfect: "had" and a past participle.
func pluperfectAt(w []string, k int) bool {
	return w[k] == "had" && k+1 < len(w) && participle(w[k+1])
}

// recalledOverMain says whether the dated trigger best, told in the pluperfect, is a recalled
// happening beside the clause's main trigger top of the same type, told before it and not in the
// pluperfect: "Walmart sold the unit it had bought in 2019 to a buyout firm" sold the unit
// today; 2019 is the purchase's. The main trigger then goes undated, as the day's news.
func recalledOverMain(w []string, best, top trigger) bool {
	return top.typ == best.typ && top.from < best.from && pluperfectTrigger(w, best) && !pluperfectTrigger(w, top)
}

// suffixedName says whether mention c, linked to no ticker, ends in a company's legal suffix
// ("Kestrel Air Corp", "Harrow Airlines Inc"): a company by its own name, which a market report
// quotes as it quotes a listed one ("Kestrel Air Corp dropped 2-1/4 to 52-1/2"), though no
// directory of its day holds it.
func (s *sentence) suffixedName(c CompanyMention) bool {
	k := s.tokenIndex(c.End) - 1
	return k > s.startIndex(c.Start) && k < len(s.words) && corporateSuffixes[s.words[k]] && !corporateSuffixes[s.words[s.startIndex(c.Start)]]
}

// soldToName says whether the passive sale trigger t ("will be sold to", "was sold to") has a
// buyer's name right after it, a company or capitalized words: "will be sold to Sycamore
// Partners", "was sold to Mark Walter's group". What is sold "to investors", "to the public" or
// "to customers" is securities or goods, no business changing hands; so is a subject of shares,
// stock or goods before the verb ("the shares were sold to Fidelity").
func (s *sentence) soldToName(t trigger) bool {
	if t.to >= len(s.toks) || !startsUpper(s.toks[t.to].text) || isNumber(s.words[t.to]) {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-4; k-- {
		if stockHeads[s.words[k]] || tradedGoods[s.words[k]] {
			return false
		}
	}
	return true
}

// recalledAsides drops a trigger told in a relative clause of the past passive or the
// pluperfect set off by commas (", which was taken over by a group led by KKR,", ", which had
// been acquired by Beta,") when the main clause after it tells an event of its own: "Owens-Illinois
// Inc, which was taken over by a group led by KKR, said it filed for an offering of debt" is
// the offering's news; the takeover describes the company, as a person's aside describes the
// person (inPersonAside). With no event after the clause, the aside is all the sentence tells
// and stays.
func (s *sentence) recalledAsides(ts []trigger) []trigger {
	if len(ts) < 2 || !slices.Contains(s.words, "which") {
		return ts
	}
	w := s.words
	drop := make([]bool, len(ts))
	for i := range ts {
		t := &ts[i]
		open := -1
		for k := t.from - 1; k >= 1 && k >= t.from-4; k-- {
			if w[k] == "which" && w[k-1] == "," {
				open = k - 1
				break
			}
			if w[k] == "," {
				break
			}
		}
		if open < 0 || !(w[open+2] == "was" || w[open+2] == "were" || w[open+2] == "had") {
			continue
		}
		end := -1 // after the comma that closes the clause
		for k := t.to; k < len(w) && k <= t.to+20 && end < 0; k++ {
			switch w[k] {
			case ",":
				end = k + 1
			case ";", ":", "(", ")", ".":
				k = len(w)
			}
		}
		if end < 0 {
			continue
		}
		for _, u := range ts {
			if u.from >= end {
				drop[i] = true
				break
			}
		}
	}
	kept := ts[:0]
	for i, t := range ts {
		if !drop[i] {
			kept = append(kept, t)
		}
	}
	return kept
}
