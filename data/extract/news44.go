package extract

import (
	"slices"

	"github.com/eventline/eventline/data/events"
)

// Readings of large-cap news on an ordinary day (news44, modern42's misses).
//
//   - A deal verb inside what a settlement or a probe is about is the conduct at issue, not a
//     deal: "agreed to pay $230 million to settle investigations into how it sold cards to small
//     businesses", "to resolve claims that it bought data from brokers".
//   - A market wrap tells its movers in a "with" clause of participles: "stocks closed lower,
//     with Texas Instruments falling 7.5%, Danaher sliding 9.7% and U.S. Bancorp rising 2.1%".
//     Each is a move of its own, as a finite verb's is.
//   - A wrap's title names its movers by bare verbs at the ends of its clauses: "Stock market
//     today: Dow climbs as Amgen, Gilead rally; NextEra slips".
//   - A forecast with a tone and a period ("after a weak quarterly forecast", "a disappointing
//     first-quarter forecast") is the company's outlook, as "a weak annual forecast" was.
//   - A move in the perfect over a span that ends at the telling ("have more than tripled over
//     the past 12 months") is a course, no session's move, as "this year" was (perfectCourse).
//   - A payout told in the present with its period ("pays 51 cents a share each quarter") is a
//     standing dividend, an explainer's example, no payout declared.
//   - A sentence that opens with a span ("For three years, ...", "Since 2020, ...") and tells
//     its event in the perfect tells a record: "have handed investors record sums through share
//     repurchases" is no buyback announced that day. So is a plan the company "has said" it
//     will carry out: "Exxon has said it will buy back about $20 billion of stock a year".

// quarrelNouns name what a settlement, a suit or a probe is about.
var quarrelNouns = wordSet(`investigation investigations probe probes inquiry inquiries claims allegations
	charges accusations suit lawsuit lawsuits complaint complaints`)

// quarrelConduct says whether the acquisition trigger t is the conduct a quarrel is about: "how"
// or "that" and a short subject before it, right after a quarrel noun and perhaps "into", "over"
// or "about" ("investigations into how it sold", "claims that the bank bought").
func quarrelConduct(w []string, t trigger) bool {
	for k := t.from - 1; k >= 1 && k >= t.from-4; k-- {
		if w[k] != "how" && w[k] != "that" {
			continue
		}
		j := k - 1
		if j > 0 && (w[j] == "into" || w[j] == "over" || w[j] == "about") {
			j--
		}
		return quarrelNouns[w[j]]
	}
	return false
}

// movingParticiples are the "-ing" forms of moving that a wrap's "with" clause tells its movers
// by.
var movingParticiples = wordSet(`falling rising sliding climbing jumping dropping gaining losing tumbling
	sinking slipping surging soaring plunging advancing declining rallying slumping dipping adding
	shedding`)

// movingWith says whether the company named at token start moves by the participle at k, with a
// size after it, in a "with" clause: right after "with", or after a comma or "and" of the list a
// "with" opened earlier in the sentence ("with Acme falling 7%, Beta sliding 3% and Gamma rising
// 2%").
func movingWith(w []string, start, k int) bool {
	if k+1 >= len(w) || !(movingParticipleShapes.mayHold(w[k]) && movingParticiples[w[k]]) || !moveSized(w, k+1) || start == 0 {
		return false
	}
	switch w[start-1] {
	case "with":
		return true
	case ",", "and":
		for j := start - 2; j >= 0; j-- {
			if w[j] == "with" {
				return true
			}
			if isClauseBreak(w[j]) {
				return false
			}
		}
	}
	return false
}

// wrapMarketWords name the market in a wrap's title: "Stock market today: Dow climbs as Amgen,
// Gilead rally; NextEra slips".
var wrapMarketWords = wordSet(`stocks stock market markets wall dow nasdaq s&p futures premarket trading`)

// indexNames are the names of companies that a wrap's title uses for their indexes: "Dow climbs"
// is the Dow Jones average's move, "Nasdaq falls" the Composite's.
var indexNames = wordSet(`dow nasdaq nyse`)

// wrapTitleMover says whether the title names company c as a mover by the bare verb at k, the
// verb ending the title or its clause (";" or "," after it), in a title that names the market
// before c: "...; NextEra slips", "Stocks rise as Boeing rallies; Nike slips". Outside a wrap a
// bare "Apple falls" may be no stock's move (titleMoveCause).
func (s *sentence) wrapTitleMover(c CompanyMention, k int) bool {
	w := s.words
	if s.start >= 0 || k >= len(w) || !companyMoveVerbs[w[k]] && !s.joinedMover(c, k) || k+1 < len(w) && w[k+1] != ";" && w[k+1] != "," { // news55.go
		return false
	}
	from := s.startIndex(c.Start)
	return from > 0 && !indexNames[w[from]] && anyWithin(w, 0, from, wrapMarketWords)
}

// moverRightBefore returns the company of a wrap's mover: the one named right before the
// one-word move trigger t that movingWith or wrapTitleMover reads, with those joined to it
// ("with Acme and Beta falling 3%"). The clause's first company, which a move takes otherwise,
// is the first mover's: "with Acme falling 7% and Beta rising 2%" moves Beta too.
func (s *sentence) moverRightBefore(t trigger, before []CompanyMention) (CompanyMention, []CompanyMention, bool) {
	if t.typ != events.PriceMove || t.to-t.from != 1 || len(before) == 0 {
		return CompanyMention{}, nil, false
	}
	c := before[len(before)-1]
	if s.tokenIndex(c.End) != t.from || !movingWith(s.words, s.startIndex(c.Start), t.from) && !s.wrapTitleMover(c, t.from) {
		return CompanyMention{}, nil, false
	}
	return c, s.joinedWith(c), true
}

// listedMovers says whether two move triggers, the second one word, are movers of a list, a comma or a
// semicolon between them and then a word no move or count explains: "with Acme falling 7%,
// Beta sliding 3%", "Acme rallies; Beta slips". "rose 5%, then fell" names no second stock.
func listedMovers(words []string, a, b trigger) bool {
	if b.to-b.from != 1 || !moverWord(words[a.to-1]) && words[a.to-1] != "rally" || !moverWord(words[b.from]) {
		return false
	}
	for k := a.to; k < b.from; k++ {
		if words[k] != "," && words[k] != ";" {
			continue
		}
		for j := k + 1; j < b.from; j++ {
			if !isNumber(words[j]) && !moveFillers[words[j]] && isWord(words[j]) {
				return true
			}
		}
		return false
	}
	return false
}

// moverWord says whether w is a bare verb or participle of a stock's move.
func moverWord(w string) bool { return companyMoveVerbs[w] || movingParticiples[w] }

// forecastTones and forecastPeriods make the phrases of toneForecasts.
var (
	forecastTones = []string{"weak", "strong", "upbeat", "downbeat", "disappointing", "soft", "gloomy",
		"rosy", "bleak", "lackluster", "tepid", "cautious", "dismal", "solid", "robust", "bullish", "bearish"}
	forecastPeriods = []string{"quarterly", "first-quarter", "second-quarter", "third-quarter",
		"fourth-quarter", "current-quarter"}
)

// toneForecasts lists a forecast with a tone and a quarter: "a weak quarterly forecast". The
// tone says it is a company's outlook judged, not an economist's or a weather service's.
func toneForecasts() []string {
	var out []string
	for _, tone := range forecastTones {
		for _, p := range forecastPeriods {
			out = append(out, tone+" "+p+" forecast")
		}
	}
	return out
}

// pastSpanUnits are the units of a span that runs to the telling: "over the past 12 months". A
// few days or sessions ("has climbed 5 points over the past three sessions") are the recent move
// a wire's "knows of no reason" story is about, and stay a move.
var pastSpanUnits = wordSet(`months years decade month year`)

// pastSpan says whether the words at j open a span of months or years that runs to the telling:
// "over the past 12 months", "in the last two years".
func pastSpan(w []string, j int) bool {
	if j+3 >= len(w) || w[j] != "over" && w[j] != "in" && w[j] != "during" || w[j+1] != "the" ||
		w[j+2] != "past" && w[j+2] != "last" {
		return false
	}
	for k := j + 3; k < len(w) && k <= j+5; k++ {
		if pastSpanUnits[w[k]] {
			return true
		}
	}
	return false
}

// standingPeriods end a standing payout's period: "each quarter", "every year", "a quarter".
var standingPeriods = wordSet(`quarter year month`)

// standingPayout says whether the dividend trigger t, in the body, is a payout told in the simple
// present with its period in its clause: "pays 51 cents a share each quarter". A headline's
// present ("Acme pays special dividend") is the news's tense and stays.
func standingPayout(s *sentence, t trigger) bool {
	w := s.words
	if s.start < 0 || s.caps {
		return false
	}
	pays := -1
	for k := max(t.from-5, 0); k < t.to; k++ {
		if w[k] == "pays" || w[k] == "pay" && k > 0 && (w[k-1] == "they" || w[k-1] == "companies") {
			pays = k
			break
		}
	}
	if pays < 0 {
		return false
	}
	for j := pays + 1; j+1 < len(w) && j <= t.to+8; j++ {
		if isClauseBreak(w[j]) || w[j] == "," {
			return false
		}
		if (w[j] == "each" || w[j] == "every" || w[j] == "per" || w[j] == "a") && standingPeriods[w[j+1]] {
			return true
		}
	}
	return false
}

// recordSpans are the units of a span "For" opens: "For three years,", "For decades,".
var recordSpans = wordSet(`years decades decade months quarters`)

// spanOpened says whether the sentence opens with a span, "For" or "Since" and a few words up to a
// comma ("For three years,", "For years,", "Since 2020,"), and tells trigger t in the perfect, a
// "has" or "have" between the comma and t: the record of the span, not the day's news.
func spanOpened(w []string, t trigger) bool {
	if len(w) < 4 || w[0] != "for" && w[0] != "since" {
		return false
	}
	comma := -1
	for k := 1; k < len(w) && k <= 5; k++ {
		if w[k] == "," {
			comma = k
			break
		}
	}
	if comma < 0 || t.from <= comma || w[0] == "for" && !slices.ContainsFunc(w[1:comma], func(x string) bool { return recordSpans[x] }) {
		return false // "For the first time, Apple has raised its dividend" is news
	}
	for k := comma + 1; k <= t.from && k < t.to; k++ {
		if w[k] == "has" || w[k] == "have" {
			return true
		}
	}
	return false
}

// statedVerbs tell, in the perfect, a statement made before the telling: "has said it will".
var statedVerbs = wordSet(`said promised pledged vowed signaled signalled indicated`)

// statedBefore says whether trigger t is what a company "has said" or "has
// pledged" it will do, within a few words before t in its clause, in a sentence that names no
// day: "Exxon has said it will buy back about $20 billion of stock a year" is a plan told before,
// the background of a trend piece, not the day's news. "said on Tuesday" is told in the past.
func (s *sentence) statedBefore(t trigger) bool {
	w := s.words
	if s.cues()&cueHasHave == 0 || !wordWithin(w, t.from-8, t.from-1, "has", "have") {
		return false // only "has" or "have" before a verb answers yes (xspeed15.go)
	}
	for k := t.from - 1; k >= 1 && k >= t.from-7; k-- {
		if w[k] == "," || w[k] == ";" || s.wordIs(k, wClauseBreak) {
			return false
		}
		if (w[k-1] == "has" || w[k-1] == "have") && statedVerbs[w[k]] {
			return !s.namesDay()
		}
	}
	return false
}

// news44Misread says whether trigger t is one of the misreads above.
func news44Misread(s *sentence, t trigger) bool {
	switch {
	case t.typ == events.Acquisition && quarrelConduct(s.words, t):
		return true
	case t.typ == events.Dividend && standingPayout(s, t):
		return true
	case t.typ != events.PriceMove && (spanOpened(s.words, t) || sinceDateOpened(s.words, t) || s.statedBefore(t)):
		return true
	case t.typ != events.PriceMove && sinceEventOpened(s.words, t): // news83.go
		return true
	}
	return false
}
