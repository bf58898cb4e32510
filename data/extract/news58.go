package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Rules for three misreads of financial news the last round noticed and left: a company named in
// a relative clause about another, companies given as examples of a warning group, and a town
// before a two-word state's or a country's "-based".

// inRelativeBefore says whether the company whose words start at token k lies in a relative
// clause about the word before it, opened by ", which" or ", whose" and closed by a comma before
// token from, where the main clause's trigger stands: "Fernway Bank, which bought much of Old
// Harbor Bank's business last year, reported a net loss" is Fernway's results, and Old Harbor
// only tells Fernway's history. ("who" is left out: a person's clause names the employer an
// officer's news is about.)
func (s *sentence) inRelativeBefore(k, from int) bool {
	a, after, ok := s.asideAround(k)
	if !ok || s.words[a+1] != "which" && s.words[a+1] != "whose" {
		return false
	}
	return after > k && after <= from
}

// news58Misread says whether trigger t is one of this file's misreads: a warning told of a
// group through examples of it (groupWarning).
func news58Misread(s *sentence, t trigger) bool {
	return t.typ == events.Guidance && s.groupWarning(t)
}

// groupWarning says whether the guidance trigger t, a verb of warning, is a group's whose
// companies are named only as examples of it: "Insurers including Allstate and Progressive have
// also warned of heavy storm losses", "regional lenders, such as Zions and Comerica, warned of
// higher loan losses". The group's warning tells a trend in an industry, no company's outlook;
// a company that cut its own forecast says so with a verb of cutting ("have cut their profit
// forecasts"), which stays each company's guidance.
func (s *sentence) groupWarning(t trigger) bool {
	if !(warningVerbShapes.mayHold(s.words[t.from]) && warningVerbs[s.words[t.from]]) {
		return false
	}
	for k := t.from - 1; k >= 1 && k >= t.from-16; k-- {
		w := s.words[k]
		if w == "as" && s.words[k-1] == "such" {
			k-- // "such as": the group's noun stands before "such"
			w = "including"
		}
		switch {
		case w == "including":
			p := k - 1
			if s.words[p] == "," && p > 0 {
				p--
			}
			return groupNoun(s.words[p]) && !s.companyAt(p)
		case w == "," || w == "and" || groupWarningFillers[w] || s.companyAt(k):
			continue
		}
		return false
	}
	return false
}

// companyAt says whether token k lies in a company's name the sentence names.
func (s *sentence) companyAt(k int) bool {
	from, to := s.toks[k].start, s.toks[k].end
	for _, c := range s.companies {
		if c.Start <= from && to <= c.End {
			return true
		}
	}
	return false
}

// groupNoun says whether a word names a group of companies: a plural noun ("insurers", "banks",
// "lenders", "retailers", "companies").
func groupNoun(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "ss")
}

// warningVerbs are the guidance triggers of warning.
var warningVerbs = wordSet(`warn warns warned warning`)

// groupWarningFillers stand between a group's examples and its verb of warning: "have also
// warned", "had both warned", "all recently warned".
var groupWarningFillers = wordSet(`have has had also both all each already recently previously separately 's`)

// placeBased says whether the name units from j, after a town's comma, are a two-word US state
// ("North Carolina-based", "New Jersey-based", or the state alone before a comma or the end) or
// a country joined to "based" ("Brazil-based", "South Korea-based"): the town names a company's
// home, not a company named like it (townOf).
func placeBased(us []unit, j int) bool {
	u := us[j]
	if country, ok := strings.CutSuffix(u.key, "based"); ok && countryNames[country] {
		return true
	}
	if !placeFirstWords[u.key] || j+1 >= len(us) {
		return false
	}
	second := us[j+1].key
	if rest, ok := strings.CutSuffix(second, "based"); ok {
		return placeSecondWords[rest]
	}
	return stateSecondWords[second] && (j+2 >= len(us) || us[j+2].key == "," || us[j+2].key == ".")
}

// placeFirstWords open a two-word state or country: "New York", "North Carolina", "Rhode
// Island", "South Korea", "United Kingdom", "Saudi Arabia", "Hong Kong".
var placeFirstWords = wordSet(`new north south west rhode united saudi hong`)

// stateSecondWords end a two-word US state; placeSecondWords add the countries'.
var stateSecondWords = wordSet(`york jersey hampshire mexico carolina dakota island virginia`)
var placeSecondWords = wordSet(`york jersey hampshire mexico carolina dakota island virginia korea kingdom states
	africa zealand arabia kong`)

// countryNames are countries a company's home is written with before "-based".
var countryNames = wordSet(`brazil canada germany france britain england scotland ireland japan china india mexico
	italy spain portugal switzerland netherlands belgium luxembourg austria sweden norway denmark finland
	iceland poland russia ukraine turkey greece israel australia singapore taiwan korea indonesia malaysia
	thailand vietnam philippines chile argentina colombia peru egypt nigeria kenya bermuda`)
