// Package extract turns an article into dated findings: its temporal expressions (by the timex
// tagger), the corporate events its sentences tell (a trigger word, the companies around it, the
// date attached to it) and the numeric claims about share prices that can be checked against the
// prices. It works on one article at a time and holds nothing between articles but the anchors
// that relative dates resolve against, so that a corpus streams through it.
package extract

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/eventline/eventline/data/articles"
	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/timex"
	"github.com/eventline/eventline/internal/isodate"
)

// Event statuses, as events names them.
const (
	Occurred = events.Occurred
	Forecast = events.Predicted
	Report   = events.Unconfirmed
)

// Mention is where an article tells an event or a claim: its sentence and the sentence's
// character offsets in the article body. A title has offsets -1, -1.
type Mention struct {
	Sentence   string
	Start, End int
}

// Event is an event found in an article.
type Event struct {
	events.Period
	DateText   string // the words that dated it; "" when dated by the publication date
	ResolvedBy string // how its date was found: absolute, publication, event:<id>
	Type       events.Type
	Status     events.Status
	Detail     string // the kind of a dividend (declared, raised, cut, special, omitted), guidance (issued, raised, cut, reaffirmed, withdrawn) or split (forward, reverse); a deal's stage (terminated, completed); a management change's people ("out: A; in: B")
	Headline   string
	Tickers    []string
	Companies  []string
	Mentions   []Mention
	// Timing is when in the trading day the news came out, from the sentence's words ("after the
	// close", "late yesterday") or the article's timestamp.
	Timing    events.Timing
	fromTitle bool
	pastTold  bool // undated and told in the simple past (leaddates.go)
}

// Claim is a numeric claim about a share price.
type Claim struct {
	Ticker    string // "" when the company is private or unknown
	Date      string // YYYY-MM-DD: the trading day the claim is about; "" when undated
	DateValue string // the TIMEX3 value it was dated with
	Metric    string
	Op        string
	Value     float64
	Unit      string
	Text      string // the words of the claim
	Mention
	Event int // index into Result.Events of the event its sentence tells, or -1

	// offSession: a move outside the regular session, which the prices cannot check; it is
	// kept only to take back the same figure from the title ("shares drop 9%" over "fell 9%
	// in extended trading").
	offSession bool
	// byPublication: dated by the publication day, for want of a date in its sentence.
	byPublication bool
}

// Result is what one article yields.
type Result struct {
	Article articles.Article
	Timexes []timex.Expr
	Events  []Event
	Claims  []Claim
	// Lead is the byte offset in the body where its first sentence starts as extraction read
	// it: after a title the body repeats and after a wire dateline ("NEW YORK (AP) - "). A
	// mention that starts there is the lead's.
	Lead int
	// failure is the fault extraction met on this article, "" when none (extractGuarded).
	failure string
}

// Extractor holds what extraction needs across articles.
type Extractor struct {
	Companies *Companies
	// Anchors are the dated events that "one week after IPO" resolves against: curated events and
	// events already extracted with absolute dates (see LoadAnchors).
	Anchors []timex.Anchor
	// scratch holds *scratch: the memory one article's reading needs, reused by the next article
	// on the same goroutine (Parallel's workers each take their own), since nothing of it is kept
	// in a Result.
	scratch sync.Pool
}

// scratch is what reading one article needs and gives back: the tokens of its sentences, the
// sentences themselves and the words of the one being read.
type scratch struct {
	mem      arena
	sents    []sentence
	ptrs     []*sentence
	words    []timex.Word
	timexes  []timex.Expr // the body's temporal expressions, sentence by sentence
	links    linkMemory   // ArticleLinks' memory
	events   []Event      // before merging
	sentEvs  []Event      // one sentence's events (sentenceEvents' buffer)
	sentBufs sentenceBuffers
	facts    articleFacts // what sentences ask of their whole article
}

// sentenceBuffers are what sentenceEvents reuses from one sentence to the next: the events of
// a clause (clauseEvents' buffer) and the sentence's triggers split into main and subordinate.
type sentenceBuffers struct {
	clause   []Event
	triggers []trigger
}

// clauseBreaks are words that open a new clause: a date on one side does not date a trigger on the
// other ("announced the same day VMware launched its IPO, is important now that Citrix acquired").
var clauseBreaks = map[string]bool{"now": true, "while": true, "whereas": true, "although": true, "but": true,
	"because": true, "which": true, "despite": true, "though": true, "however": true}

// sentence is one sentence being read.
type sentence struct {
	text       string
	start, end int // bytes in the body; -1, -1 for the title
	toks       []token
	words      []string // lower-cased token texts ("May" the month keeps its capital)
	timexes    []timex.Expr
	companies  []CompanyMention
	inParens   []bool          // per token: inside parentheses
	inTimex    []bool          // per token: inside a temporal expression
	bits       []uint16        // per token: the small sets its word belongs to, once asked (perf14.go)
	periods    []events.Period // per temporal expression: its period, when usable (see usable); nil until dateFor needs them
	usable     []bool
	doc        *timex.Text // the text the sentence is part of (the body or the title)
	off        int         // the sentence's byte offset in doc
	caps       bool        // all capitals: a newswire headline
	attributed bool        // told by unnamed people (see attributionMarkers)
	// read holds the last clause reading (see reading) and the token span it was read for:
	// an event's status reads its trigger's clause, and whether it forecasts or predicts read
	// the same clause before.
	read       timex.Reading
	readSpan   [2]int
	readFilled bool

	trigs     []trigger // see triggers (perf8.go)
	trigFound bool

	comparesRead, comparesAny bool  // see compares
	personRead, personAny     bool  // see hasPersonRelative (officers.go)
	cuesRead                  bool  // see cues (xspeed16.go)
	cueBits                   uint8 // see cues
	marks                     uint8 // words news78's rules need, marked by read (xspeed18.go)
	article                   *articleFacts
}

// articleFacts are what a sentence may need to know of its whole article, worked out once when
// first asked.
type articleFacts struct {
	sents       []*sentence
	centralBank int8     // 0 not asked yet, 1 the article names a central bank, -1 it does not
	laterAsked  bool     // see laterListed (news101.go)
	laterListed []string // tickers named beside a secondary or dual listing (news101.go)
}

// namesCentralBank says whether any sentence of the article names a central bank.
func (a *articleFacts) namesCentralBank() bool {
	if a == nil {
		return false
	}
	if a.centralBank == 0 {
		a.centralBank = -1
		if slices.ContainsFunc(a.sents, (*sentence).namesCentralBank) {
			a.centralBank = 1
		}
	}
	return a.centralBank > 0
}

// Extract reads one article.
func (x *Extractor) Extract(a articles.Article) Result {
	res := Result{Article: a}
	ref := timex.Reference{DocDate: a.Published, Anchors: x.Anchors}
	// One reading of the body and one of the title, for their dates, their sentences, the
	// words extraction matches and the tense that decides an event's status.
	body := timex.NewText(a.Body)
	defer body.Release()
	res.Timexes = body.Tag(ref)
	// Skip the title's own temporal expressions from the list (offsets are the body's) but use them.
	title := timex.NewText(marketSlug(blankSlugs(a.Title))) // wireslugs.go, news86.go
	defer title.Release()
	titleTimexes := title.Tag(ref)
	sc, _ := x.scratch.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	defer x.scratch.Put(sc)
	sc.mem.reset((len(a.Title)+len(a.Body))/5 + 16) // about one word in five bytes
	mem := &sc.mem
	words := sc.words[:0] // reused from sentence to sentence
	defer func() { sc.words = words[:0] }()
	runeAt := runeOffsets(a.Body)

	// Companies are linked in the article's context (its date, its tickers, the names it ties to
	// tickers); the title is read after the body so that what the body teaches links it too.
	links := x.Companies.Article(a.Published, a.Tickers)
	sc.links.lend(links)
	defer sc.links.keep(links)
	links.learnBracketedTickers(a.Title, a.Body) // lead17.go
	bodySpans := body.Sentences()
	// The sentences live in one slab, made big enough first so that the pointers stay valid; the
	// title, read last, goes first.
	if n := len(bodySpans) + 1; cap(sc.sents) < n {
		sc.sents = make([]sentence, n)
	}
	slab := sc.sents[:len(bodySpans)+1]
	sents := sc.ptrs[:0]
	defer func() { sc.ptrs = sents[:0] }()
	sents = append(sents, nil) // the title's place, removed below when there is no title
	ti := 0
	// Each sentence's temporal expressions are cut from one buffer, which holds them all.
	txs := slices.Grow(sc.timexes[:0], len(res.Timexes))
	defer func() { sc.timexes = txs[:0] }()
	bodySents := beforeBoilerplate(afterDateline(afterTitle(spans(bodySpans), a.Body, a.Title), a.Body), a.Body) // sentences.go
	if len(bodySents) > 0 {
		res.Lead = bodySents[0].start
	}
	for k, sp := range bodySents {
		from := len(txs)
		for ti < len(res.Timexes) && res.Timexes[ti].ByteStart < sp.start {
			ti++
		}
		for j := ti; j < len(res.Timexes) && res.Timexes[j].ByteEnd <= sp.end; j++ {
			e := res.Timexes[j]
			e.ByteStart -= sp.start
			e.ByteEnd -= sp.start
			txs = append(txs, e)
		}
		own := txs[from:len(txs):len(txs)]
		words = body.Words(words[:0], sp.start, sp.end)
		sents = append(sents, x.read(&slab[k+1], links, mem, body, words, sp.start, sp.end, own, false))
	}
	if strings.TrimSpace(a.Title) != "" {
		words = title.Words(words[:0], 0, len(a.Title))
		s := x.read(&slab[0], links, mem, title, words, 0, len(a.Title), titleTimexes, true)
		s.start, s.end = -1, -1
		sents[0] = s
	} else {
		sents = sents[1:]
	}
	links.titleShadows(sents) // "Vertex said" after a title about Vertex Inc (news75.go)
	// The article's main listed company: named in the title, else first in the body. Claims whose
	// sentence names no listed company ("shares value at IPO was $29") are about it.
	// Where the title's first is a broker rating another company, the rated one, listed or not.
	main := ""
	var rated *CompanyMention
	if len(sents) > 0 && sents[0].start < 0 {
		rated = ratedInTitle(sents[0])
	}
	if rated != nil {
		main = rated.Ticker
	} else {
	find:
		for _, s := range sents {
			for _, c := range s.companies {
				if c.Ticker != "" {
					main = c.Ticker
					break find
				}
			}
		}
	}
	subject := mainCompany(sents, rated)
	// namesWord says whether a word is a word of a linked company's name in the article ("Harley"
	// of Harley-Davidson): read only where a claim's shares are named by an unlinked word.
	namesWord := func(w string) bool {
		for _, s := range sents {
			for _, c := range s.companies {
				if c.Ticker != "" && (hasWordFold(c.Name, w) || hasWordFold(c.Text, w)) {
					return true
				}
			}
		}
		return false
	}
	// "The bank" is the story's company unless the story names a central bank, which it
	// then means ("Nigeria's Central Bank ... The bank said"): asked of the article's sentences
	// when a sentence refers back with "bank", not of every article.
	sc.facts = articleFacts{sents: sents}
	facts := &sc.facts
	defer func() { sc.facts = articleFacts{} }()
	for _, s := range sents {
		s.article = facts
	}
	lead := true
	var leadDay leadDating // leaddates.go
	// The claims of the title come first; titleClaims counts them.
	titleClaims, titleMention := 0, Mention{}
	evBuf := sc.events[:0]
	defer func() { sc.events = evBuf[:0] }()
	for i, s := range sents {
		isTitle := i == 0 && s.start < 0
		m := Mention{Sentence: s.text, Start: -1, End: -1}
		if !isTitle {
			m.Start, m.End = runeAt(s.start), runeAt(s.end)
		} else {
			m.Sentence = a.Title // as written, its wire slug too (read blanked: wireslugs.go)
		}
		// A market report that opens on the market ("Over-the-counter stocks were mixed") tells
		// its stocks' quotes after the lead: until the story has told an event, a bare name's
		// quote is news, not the circumstance of another company's (companyMove).
		quotes := isTitle || lead || len(evBuf) == 0
		about := subject
		if i > 0 && !isTitle {
			about = itRefersTo(sents[i-1], s, subject, a.Body) // "CommScope bought ARRIS. It sold ..." (news30.go)
		}
		evs := x.sentenceEvents(s, a.Published, isTitle || lead, quotes, about, sc.sentEvs[:0], &sc.sentBufs)
		if cap(evs) > cap(sc.sentEvs) {
			sc.sentEvs = evs[:0] // copied below: the next sentence reuses its memory
		}
		if !isTitle {
			leadDay.see(evs, lead, s.text, a.Published)
		}
		first := len(evBuf)
		for _, e := range evs {
			e.Mentions = []Mention{m}
			if e.fromTitle = isTitle; isTitle {
				// A title is a headline already.
				e.Headline = clip(s.text, 90)
			}
			evBuf = append(evBuf, e)
		}
		for _, c := range x.sentenceClaims(s, a.Published, main, namesWord) {
			c.Mention = m
			c.Event = -1
			if len(evs) > 0 {
				c.Event = first
			}
			if c.byPublication && !isTitle {
				c = moveDay(c, evBuf[first:])
			}
			// A title's figure told again in the body ("VMware shares jump 76% in their NYSE
			// debut", then "... up 76%", or "slides 10%" then "fell 9.5% on Tuesday") is one
			// claim, quoted from the body.
			i := slices.IndexFunc(res.Claims[:titleClaims], func(o Claim) bool {
				return o.Mention == titleMention && (sameClaim(o, c) || restates(o, c))
			})
			switch {
			case c.offSession && i >= 0 && !isTitle:
				// The body says the title's move came after hours: it is no claim on the session.
				res.Claims = slices.Delete(res.Claims, i, i+1)
				titleClaims--
			case c.offSession:
			case i >= 0 && !isTitle:
				res.Claims[i] = c
			default:
				res.Claims = append(res.Claims, c)
			}
		}
		if isTitle {
			titleClaims, titleMention = len(res.Claims), m
		}
		if !isTitle {
			lead = false
		}
	}
	var merged []Event
	listingTitle(evBuf, a.Published) // wire.go
	evBuf = gainTitle(evBuf)         // gainsale.go
	evBuf = saleGainDetail(evBuf)    // news98.go
	if len(sents) > 0 && sents[0].start < 0 {
		evBuf = explainerHistory(evBuf, res.Claims, sents[0].words) // news42.go
		evBuf = titleDealTyped(evBuf, sents[0].words)               // news51.go
	}
	unifyNames(evBuf, func(name string) bool {
		for _, s := range sents {
			for _, c := range s.companies {
				if c.Ticker != "" && c.Name == name {
					return true
				}
			}
		}
		return false
	})
	groupLead(evBuf, sents, a.Body) // news56.go
	merged, res.Claims = mergeEvents(evBuf, res.Claims)
	if len(merged) > 0 {
		res.Events = append(make([]Event, 0, len(merged)), merged...) // the buffer goes back to the pool
	}
	return res
}

// mainCompany is the company an article is about: the first one its title names, else the one
// its body names most (the first of those); where the title's first is a broker rating another,
// the rated one. A sentence that tells an event without naming a
// company ("The company said it would cut 200 jobs", a results table) tells it about this one.
func mainCompany(sents []*sentence, rated *CompanyMention) *CompanyMention {
	if len(sents) == 0 {
		return nil
	}
	if sents[0].start < 0 && len(sents[0].companies) > 0 {
		if rated != nil {
			return rated
		}
		c := sents[0].companies[0]
		// "Dunmore's Calloway unit cuts outlook": the story is the listed unit's.
		for _, t := range sents[0].triggers() {
			if unit, ok := sents[0].ownedSubject(t, c); ok && !twoParty(t.typ) {
				return &unit
			}
		}
		return &c
	}
	if sents[0].start < 0 {
		if c := titleSubject(sents[0]); c != nil {
			sents[0].companies = append(sents[0].companies, *c)
			return c
		}
	}
	count := map[string]int{}
	var best *CompanyMention
	for _, s := range sents {
		for k, c := range s.companies {
			count[c.Name]++
			if best == nil || count[c.Name] > count[best.Name] {
				best = &s.companies[k]
			}
		}
	}
	return best
}

// ratedInTitle returns the company a broker's action in the title is about, where the broker
// is the title's first company ("Morgan Stanley upgrades Nvidia to overweight"): the story is
// the rated company's, and its body's "the company" and "the chipmaker" are that one.
func ratedInTitle(s *sentence) *CompanyMention {
	if len(s.companies) == 0 {
		return nil
	}
	for _, t := range s.triggers() {
		if t.typ != events.Analyst {
			continue
		}
		subject, objects := s.roles(t)
		if subject == nil || subject.Start != s.companies[0].Start {
			continue
		}
		if len(objects) > 0 {
			return &objects[0]
		}
		// A stock no list knows ("Goldman starts coverage of Zorvane Robotics"): the story is
		// still the rated company's, which has no ticker, not the broker's.
		if c := s.brokerRated(subject, t); c != nil {
			return c
		}
	}
	return nil
}

// yearFirst joins a year and the period right after it that took its year from the publication
// date: "a 1987 first quarter loss" is about 1987-Q1 whenever the article appeared.
func yearFirst(text string, tx []timex.Expr) []timex.Expr {
	out := tx[:0] // written over tx, never longer than what was read of it
	for i := 0; i < len(tx); i++ {
		e := tx[i]
		if i+1 < len(tx) && e.Type == "DATE" && len(e.Value) == 4 && isNumber(e.Value) {
			n := tx[i+1]
			gap := text[e.ByteEnd:n.ByteStart]
			if n.Type == "DATE" && n.ResolvedBy == timex.ByPublication && len(n.Value) > 4 && n.Value[4] == '-' &&
				strings.TrimSpace(gap) == "" && len(gap) <= 2 && n.Value[:4] != e.Value {
				j := e
				j.Text = text[e.ByteStart:n.ByteEnd]
				j.ByteEnd, j.End = n.ByteEnd, n.End
				j.Value = e.Value + n.Value[4:]
				j.Granularity = n.Granularity
				j.ResolvedBy = timex.ByAbsolute
				out = append(out, j)
				i++
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// corporateSuffixes end a company's name.
var corporateSuffixes = map[string]bool{"inc": true, "corp": true, "co": true, "ltd": true, "plc": true,
	"ag": true, "nv": true, "sa": true, "spa": true, "gmbh": true, "bancorp": true, "bancshares": true,
	"industries": true, "group": true, "holdings": true, "corporation": true, "company": true, "cos": true, "companies": true,
	"lp": true, "llc": true, "incorporated": true, "limited": true, "bv": true, "ab": true, "asa": true, "oy": true,
	"bhd": true, "berhad": true}

// resultWords follow the company in a newswire headline about results or a payout ("ACME CORP 4TH
// QTR NET", "ACME SETS QUARTERLY", "ACME UPS DIVIDEND").
var resultWords = map[string]bool{"net": true, "loss": true, "profit": true, "earnings": true, "results": true,
	"shr": true, "qtly": true, "quarterly": true, "div": true, "dividend": true, "payout": true, "sets": true,
	"ups": true, "raises": true, "hikes": true, "increases": true, "cuts": true, "declares": true, "omits": true,
	"regular": true, "special": true, "initial": true, "split": true, "year": true, "yr": true, "qtr": true,
	"half": true, "nine": true, "six": true, "first": true, "second": true, "third": true, "fourth": true,
	"reports": true, "posts": true}

// titleVerbs follow the company in a newswire headline about what it did.
var titleVerbs = map[string]bool{"starts": true, "makes": true, "completes": true, "agrees": true, "gets": true,
	"extends": true, "ends": true, "seeks": true, "buys": true, "sells": true, "acquires": true, "bids": true,
	"offers": true, "lowers": true, "lifts": true, "boosts": true, "reduces": true, "to": true, "has": true,
	"wins": true, "files": true, "issues": true, "names": true, "plans": true, "sees": true, "completed": true,
	"merges": true, "rejects": true, "accepts": true, "terminates": true, "raises": true, "cuts": true,
	"ups": true, "sets": true, "in": true, "unit": true, "holder": true, "holders": true, "shareholders": true,
	"board": true, "stake": true, "bid": true, "offer": true, "merger": true, "takeover": true, "buyout": true,
	"tender": true, "purchase": true, "sale": true, "acquisition": true, "says": true, "said": true, "up": true,
	"announces": true, "announced": true, "sued": true, "partners": true, "prices": true, "priced": true, "soars": true, "jumps": true,
	"falls": true, "surges": true, "rises": true, "slumps": true, "plunges": true, "tumbles": true,
	"declares": true, "enters": true, "emerges": true, "is": true, "was": true, "will": true}

// startsTrigger holds the first words of the strong trigger phrases: a headline's company ends
// where its news begins.
var startsTrigger = func() map[string]bool {
	m := map[string]bool{}
	for w, ps := range triggers {
		for _, p := range ps {
			if !weak[p.text] && !subjectWords[w] {
				m[w] = true
			}
		}
	}
	return m
}()

// subjectWords begin strong phrases ("court protection", "jobs will go", "resumed share
// purchases", "win ... pact") but stand inside a headline's subject or its nouns as often ("COURT",
// "JOBS DATA", "START"): a headline's subject does not end before them.
var subjectWords = wordSet(`back became become becomes court cuts declared declares halted hired jobs
	placing resume resumed resumes start starts suspended win`)

// countryInitials are countries and unions written in initials, which open headlines about them.
var countryInitials = map[string]bool{"u.s.": true, "u.k.": true, "u.n.": true, "e.c.": true, "u.s.s.r.": true,
	"u.a.e.": true, "n.z.": true, "s.a.": true}

// titleSubject reads the company a headline is about when no alias names it: the capitalized
// words it opens with, where they end in a corporate suffix ("DAHLBERG INC") or stand before the
// words of a results or payout headline ("INTERNATIONAL DAIRY QUEEN 1ST QTR NET"). The company
// has no ticker: it is a party that the events can name, not a listing.
func titleSubject(s *sentence) *CompanyMention {
	n, seen := 0, 0 // tokens, words among them
	glued := ""     // the name's last word where a headline word joins it to the next
	for n < len(s.toks) && seen < 7 && !s.inTimex[n] {
		if s.toks[n].text == "." && n > 0 && len(s.toks[n-1].text) == 1 && s.toks[n].start == s.toks[n-1].end {
			n++ // the dot of an initial: "D.H. HOWDEN AND CO LTD"
			continue
		}
		if innerApostrophe(s, n) {
			n++ // "ALEXANDER'S 2ND QTR", "OLD REPUBLIC INT'L CORP HIKES DIVIDEND"
			continue
		}
		if s.toks[n].text == "," && n > 0 && s.caps && commaInFirmName(s.words, n) {
			n++ // "BAKER, FENTRESS AND CO VOTES DIVIDEND" (lead15.go)
			continue
		}
		if !isWord(s.toks[n].text) {
			break
		}
		w := s.words[n]
		// "FIRST" opens banks' names ("FIRST FEDERAL SAVINGS YEAR NET"); "FIRST QTR" is a date.
		if w[0] >= '0' && w[0] <= '9' || resultWords[w] && !(n == 0 && w == "first") || titleVerbs[w] || releaseForms[w] || w == "and" && n == 0 { // news100.go
			break
		}
		if !startsUpper(s.toks[n].text) || startsTrigger[w] && !(n == 0 && nameOpensWithTrigger(s)) {
			break
		}
		// "ARLEN CORP DIRECTOR RESIGNS": an officer's title after the suffix is the news's person.
		if n > 0 && corporateSuffixes[s.words[n-1]] && officerTitles[w] {
			break
		}
		if glued = gluedSuffix(w); glued != "" {
			n++ // "RESIDENTIAL MORTGAGE INVESTMENTS INCPAYOUT": the name ends inside the word
			break
		}
		n, seen = n+1, seen+1
	}
	if n == 0 || n > len(s.toks) {
		return nil
	}
	// The whole headline may be the name, as over a table ("CONSOLIDATED PLANTATIONS BHD"); then
	// it ends in a corporate suffix.
	if n == len(s.toks) && glued == "" && !corporateSuffixes[s.words[n-1]] {
		return nil
	}
	if n < len(s.toks) && glued == "" {
		next := s.words[n]
		if !corporateSuffixes[s.words[n-1]] && !(resultWords[next] || titleVerbs[next] || releaseForms[next] || startsTrigger[next] || s.inTimex[n] || next[0] >= '0' && next[0] <= '9') {
			return nil
		}
	}
	if n == 1 && s.words[0] == "the" || namesIndexAt(s.words, 0, n) { // an index's move opens a wrap's title (news48.go)
		return nil
	}
	words := make([]string, 0, n)
	for i := range n {
		t := s.toks[i].text
		if strings.ToUpper(t) == t && len(t) > 1 {
			r, size := utf8.DecodeRuneInString(t)
			t = string(r) + strings.ToLower(t[size:])
		}
		if i > 0 && (t == "." || s.toks[i-1].text == "." && len(t) == 1 && s.toks[i].start == s.toks[i-1].end) {
			words[len(words)-1] += t // "D.H."
			continue
		}
		if innerApostrophe(s, i) || i > 0 && innerApostrophe(s, i-1) {
			words[len(words)-1] += strings.ToLower(t) // "Alexander's", "Int'l"
			continue
		}
		if t == "," && i > 0 {
			words[len(words)-1] += t // "Baker, Fentress and Co"
			continue
		}
		if i == n-1 && glued != "" {
			t = strings.ToUpper(glued[:1]) + glued[1:]
		}
		words = append(words, t)
	}
	if countryInitials[strings.ToLower(words[0])] {
		return nil // "U.S. TREASURY AIDE WARNS": a government, not a company
	}
	name := strings.Join(words, " ")
	if !s.caps && len(words) > 1 && placeNames[strings.ToLower(name)] {
		// "Wall Street Falls Out of Love With ...": a place, not a company (news28). A wire's
		// capitals headline keeps its country as the story's subject ("VENEZUELA TO ANNOUNCE
		// PARTNER"), which keeps its body's companies from the title's news; one word of the
		// places' list may be a people's and open a company's short name ("American raises
		// its forecast").
		return nil
	}
	end := s.toks[n-1].end
	if glued != "" {
		end = s.toks[n-1].start + len(glued)
	}
	return &CompanyMention{Company: Company{Name: name}, Text: s.text[s.toks[0].start:end], Start: s.toks[0].start, End: end}
}

// gluedSuffix returns the corporate suffix that opens a capitals headline word joined to the
// result word after it, as wire headlines run them together ("INCPAYOUT", "CORPPAYOUT",
// "FUNDPAYOUT"); "" for any other word.
func gluedSuffix(w string) string {
	for _, r := range [...]string{"payout", "dividend", "net", "loss"} {
		if p, ok := strings.CutSuffix(w, r); ok && (corporateSuffixes[p] || p == "fund" || p == "trust") {
			return p
		}
	}
	return ""
}

// innerApostrophe says whether token n is an apostrophe inside a word of a capitals headline,
// with letters right before and after it ("ALEXANDER'S", "INT'L", "PAY'N-SAVE"): the tokenizer
// splits the word there, and a name read from the headline keeps it whole.
func innerApostrophe(s *sentence, n int) bool {
	t := s.toks[n].text
	return (t == "'" || t == "’") && n > 0 && n+1 < len(s.toks) && s.toks[n-1].end == s.toks[n].start &&
		s.toks[n+1].start == s.toks[n].end && isWord(s.toks[n-1].text) && isWord(s.toks[n+1].text)
}

// arena hands out the per-token slices of an article's sentences from a few blocks, so that
// reading a sentence costs no allocation of its own.
type arena struct {
	toks  []token
	words []string
	flags []bool
	bits  []uint16  // per token: the sentence's bits (perf14.go)
	block int       // tokens in the next block
	lower lowerText // the article's texts in lower case (xspeed17.go)
}

// reset makes the arena's memory free for another article, keeping its largest block; block is
// the size of the next new block.
func (a *arena) reset(block int) {
	a.toks, a.words, a.flags, a.bits = a.toks[:0], a.words[:0], a.flags[:0], a.bits[:0]
	a.block = block
	a.lower = lowerText{}
}

// take returns zeroed slices of n tokens, words, two flags and the words' bits, each with its
// capacity capped so that an append could not reach into the next sentence's.
func (a *arena) take(n int) ([]token, []string, []bool, []bool, []uint16) {
	if len(a.toks)+n > cap(a.toks) {
		size := max(n, a.block)
		a.block = max(2*a.block, 256)
		a.toks, a.words, a.flags = make([]token, 0, size), make([]string, 0, size), make([]bool, 0, 2*size)
		a.bits = make([]uint16, 0, size)
	}
	k, f := len(a.toks), len(a.flags)
	a.toks, a.words, a.flags, a.bits = a.toks[:k+n], a.words[:k+n], a.flags[:f+2*n], a.bits[:k+n]
	// A block reused from an earlier article holds its flags and bits; tokens and words are all written.
	clear(a.flags[f : f+2*n])
	clear(a.bits[k : k+n])
	return a.toks[k : k+n : k+n], a.words[k : k+n : k+n], a.flags[f : f+n : f+n], a.flags[f+n : f+2*n : f+2*n], a.bits[k : k+n : k+n]
}

// read reads the sentence at bytes [start, end) of doc, whose words are ws, and whose temporal
// expressions are tx (with offsets in the sentence), into s (whose companies' memory it reuses).
// isTitle: the sentence is the article's title, which links as a headline (see
// ArticleLinks.FindTitle); its offsets are the title's own.
func (x *Extractor) read(s *sentence, links *ArticleLinks, mem *arena, doc *timex.Text, ws []timex.Word, start, end int, tx []timex.Expr, isTitle bool) *sentence {
	text := doc.String()[start:end]
	tx = yearFirst(text, tx)
	*s = sentence{text: text, start: start, end: end, timexes: tx, doc: doc, off: start, companies: s.companies[:0]}
	s.toks, s.words, s.inParens, s.inTimex, s.bits = mem.take(len(ws))
	for i, w := range ws {
		s.toks[i] = token{w.Text, w.Start - start, w.End - start}
	}
	// Lower case: one copy of an ASCII sentence that every word is cut from, rather than a copy
	// per capitalized word.
	folded, ascii := mem.lower.sentenceLower(doc, text, start) // xspeed17.go
	depth := 0
	for i, t := range s.toks {
		switch {
		case t.text == "May":
			s.words[i] = t.text
		case ascii:
			s.words[i] = folded[t.start:t.end]
		default:
			s.words[i] = lower(t.text)
		}
		switch t.text {
		case "(":
			depth++
		case ")":
			if depth > 0 {
				depth--
			}
		case ".":
			s.marks |= domainDotAt(s.toks, i) // xspeed18.go
		}
		if len(t.text) == 6 && s.words[i] == "shares" { // the length first: most words are passed on it
			s.marks |= markShares
		} else if len(t.text) == 5 && s.words[i] == "stock" {
			s.marks |= markStock
		}
		s.inParens[i] = depth > 0
	}
	s.marks |= marksRead
	markInTimex(s.toks, tx, s.inTimex) // perf8.go
	caps := !strings.ContainsFunc(text, unicode.IsLower)
	s.caps = caps
	s.attributed = attributedWords(s.words) // perf8.go
	for _, c := range links.find(text, s.toks, isTitle) {
		// A bare ticker is a company only where the text could tell it from a word: not in an
		// all-capitals headline ("OIL", "NEW", "LTD") and not after "the" ("the SEC").
		if c.Text == c.Ticker && c.Ticker != "" {
			if k := s.startIndex(c.Start); caps || k > 0 && s.words[k-1] == "the" {
				continue
			}
		}
		// A company inside a date ("after the XenSource acquisition") belongs to the anchor.
		inside := false
		for _, e := range tx {
			if c.Start >= e.ByteStart && c.End <= e.ByteEnd {
				inside = true
			}
		}
		// An analyst's employer or a deal's banker is a source, not a party (CompanyMention.Cited);
		// an index named after its publisher ("the S&P 500") is the market (indexnews.go).
		if !inside && !c.Cited && !namesIndexAt(s.words, s.startIndex(c.Start), s.tokenIndex(c.End)) &&
			!quotedTitle(text, c.Start, c.End) { // news41.go
			s.companies = append(s.companies, c)
		}
	}
	if !caps {
		s.companies = s.namedCompanies(s.companies, isTitle)
	} else if len(s.companies) == 0 {
		s.companies = s.headlineCompany()
	}
	return s
}

// namedCompanies adds to known the companies that no alias knows but that name themselves as
// companies: capitalized words ending in a corporate suffix ("Dahlberg Inc", "Banco Central SA",
// "Smith and Wesson Holdings"). They have no ticker: parties to events, not listings.
func (s *sentence) namedCompanies(known []CompanyMention, isTitle bool) []CompanyMention {
	taken := func(start, end int) bool {
		for _, c := range known {
			if c.Start < end && start < c.End {
				return true
			}
		}
		return false
	}
	var found []CompanyMention
	for k, t := range s.toks {
		// The capital first: most words have none, and the suffix test is a map probe.
		if k == 0 || !startsUpper(t.text) || !corporateSuffixShapes.mayHold(s.words[k]) || !corporateSuffixes[s.words[k]] || s.words[k] == "group" && !startsUpper(s.toks[k-1].text) {
			continue
		}
		from := k
		for j := k - 1; j >= 0 && k-j <= 6; j-- {
			w := s.toks[j].text
			if (startsUpper(w) || j == k-1 && innerCapitalName(w)) && isWord(w) && !sentenceOpeners[s.words[j]] { // "eBay Inc." (news78.go)
				from = j
				continue
			}
			if (w == "&" || s.words[j] == "and" || s.words[j] == "of" || w == "-") && j > 0 && startsUpper(s.toks[j-1].text) {
				continue
			}
			if d, ok := s.dotComStart(j); ok { // "Zentrix.com Inc." (news78.go)
				from, j = d, d
				continue
			}
			break
		}
		for from+2 < k && s.words[from+1] == "of" && holdersOf[s.words[from]] {
			from += 2 // "Shareholders of Kendall Foods Inc approved ...": the company's people (lead20.go)
		}
		if from == k || taken(s.toks[from].start, t.end) || actingAs(s.toks, k+1) {
			continue // known, or a firm acting for others ("appointed Kroll Ltd as administrator")
		}
		name := s.text[s.toks[from].start:t.end]
		found = append(found, CompanyMention{Company: Company{Name: name}, Text: name, Start: s.toks[from].start, End: t.end})
	}
	found = append(found, s.dotComNames(known, taken)...) // "Zentrix.com posts first profit" (news78.go)
	if isTitle {
		// A title's "Parrish Electric (PRSE) second-quarter profit rises": a name before its symbol.
		if c, ok := s.symbolNamed(0); ok && !taken(c.Start, c.End) {
			found = append(found, c)
		}
	}
	if len(found) == 0 {
		return known
	}
	out := append(known, found...)
	slices.SortFunc(out, func(a, b CompanyMention) int { return a.Start - b.Start })
	return out
}

// symbolNamed reads a company that a headline names with its symbol in parentheses or angle
// brackets, from token from on: one to five capitalized words, then "(PRSE)" or "<PRSE>"
// ("PARRISH ELECTRIC (PRSE) 2ND QTR NET"). The symbol must not be the initials of the words
// before it, which makes it an acronym ("Environmental Protection Agency (EPA)"). The company has
// no ticker: a symbol in brackets is no ticker context.
func (s *sentence) symbolNamed(from int) (CompanyMention, bool) {
	k := from
	for k < len(s.toks) && k-from < 5 && isWord(s.toks[k].text) && startsUpper(s.toks[k].text) && !sentenceOpeners[s.words[k]] {
		k++
	}
	if k == from || k+2 >= len(s.toks) {
		return CompanyMention{}, false
	}
	open, sym, closing := s.toks[k].text, s.toks[k+1].text, s.toks[k+2].text
	if !(open == "(" && closing == ")" || open == "<" && closing == ">") || !isSymbol(sym) {
		return CompanyMention{}, false
	}
	initials := ""
	for j := from; j < k; j++ {
		initials += strings.ToUpper(s.toks[j].text[:1])
		// A verb or a linking word of the headline ends no name: "CDC MAY SELL FALCONBRIDGE (FALCF) DEBT".
		_, verb := triggers[s.words[j]]
		_, gap := gapped[s.words[j]]
		if verb || gap || headlineWords[s.words[j]] || nameOpeners[s.words[j]] || modalWords[s.words[j]] {
			return CompanyMention{}, false
		}
	}
	if initials == sym {
		return CompanyMention{}, false
	}
	name := s.text[s.toks[from].start:s.toks[k-1].end]
	return CompanyMention{Company: Company{Name: name}, Text: name, Start: s.toks[from].start, End: s.toks[k-1].end}, true
}

// modalWords in a headline tell what a company may do; no name holds them.
var modalWords = map[string]bool{"may": true, "might": true, "will": true, "would": true, "could": true,
	"to": true, "in": true, "on": true, "at": true, "for": true, "and": true}

// isSymbol says whether w is written as a ticker: one to five capital letters.
func isSymbol(w string) bool {
	if len(w) == 0 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// sentenceOpeners are capitalized words that start a sentence without being part of a name.
var sentenceOpeners = map[string]bool{"the": true, "in": true, "on": true, "at": true, "a": true, "an": true,
	"and": true, "but": true, "its": true, "his": true, "her": true, "said": true, "with": true, "by": true,
	"for": true, "from": true, "to": true, "of": true, "after": true, "as": true, "shares": true, "unit": true}

func startsUpper(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return s[0]-'A' < 26
	}
	return capitalizedRune(s) // apart, so that the ASCII test inlines
}

// tokenIndex returns the index of the first token starting at or after byte b.
func (s *sentence) tokenIndex(b int) int {
	return tokenAt(s.toks, b) // perf8.go
}

// startIndex is the index of the token that holds byte b, where a company's mention starts. A
// mention may start inside a token: splitPairs reads "Kroger-Albertsons" as two companies in one
// hyphenated word, and the second one's start is the word's, not the next word's (tokenIndex's
// answer, past the last token when the pair ends the sentence).
func (s *sentence) startIndex(b int) int {
	k := tokenAt(s.toks, b)
	if k > 0 && (k == len(s.toks) || s.toks[k].start > b) && s.toks[k-1].end > b {
		return k - 1
	}
	return k
}

// settlementWords before a date make it the day something takes effect or falls due, not the day
// of the news.
var settlementWords = map[string]bool{"effective": true, "payable": true, "record": true, "due": true,
	"expiring": true, "maturing": true, "matures": true, "expires": true, "paid": true}

// scheduledNews are the verbs of news on a set day after "due to", which then says when, not what
// falls due: "is due to report results next week", "due to vote on the merger on Friday" (but
// "notes due to mature on March 1" fall due).
var scheduledNews = wordSet(`report release post announce publish vote meet decide rule begin start list debut price
	present hold file unveil launch`)

// recordHighs before "record" make it a price's best, not a payout's record date: "closed at a
// record $135.58 on Tuesday". (Only a price's: in "lost a record $402 million in 1986 and is
// seeking a merger partner" the year is the loss's, and no date of the search.)
var recordHighs = wordSet(`a new all-time its their fresh`)

// recordLevels after "record" make it a price's or a market's best or worst, never a payout's
// record date: "hit a record high on Friday", "a record close".
var recordLevels = wordSet(`high highs low lows close closing level levels peak`)

// settles says whether a settlement word stands in the few words before token k, in its clause.
// For a price (price), "a record" is the price's best, not a record date.
func (s *sentence) settles(k int, price bool) bool {
	for i := k - 1; i >= 0 && i >= k-5; i-- {
		if s.wordIs(i, wSettlement) && !(price && s.words[i] == "record" && i > 0 && recordHighs[s.words[i-1]]) &&
			!(s.words[i] == "record" && i+1 < len(s.words) && recordLevels[s.words[i+1]]) && // "hit a record high on Friday"
			!(s.words[i] == "due" && i+2 < len(s.words) && s.words[i+1] == "to" && scheduledNews[s.words[i+2]]) {
			return true
		}
		if s.words[i] == "," || s.wordIs(i, wClauseBreak) {
			return false
		}
	}
	return false
}

// comparedWith says whether the temporal expression at tokens [from, to) is the term of a
// comparison: any period after "compared with", "versus" or "than" in its clause, and a unit
// before "earlier" or "ago" ("a year earlier", "a quarter ago") after "from" or "over" too. "The unit was sold a
// year ago" dates the sale; "sales tripled from a year earlier" does not date the results.
func (s *sentence) comparedWith(from, to int) bool {
	relative := to-from >= 2 && to <= len(s.words) && (comparisonUnitShapes.mayHold(s.words[to-2]) && comparisonUnits[s.words[to-2]]) && (s.words[to-1] == "earlier" || s.words[to-1] == "ago") &&
		!elapsedAgo(s.words, from, to) // news49.go
	explicit := s.compares()
	if !relative && !explicit {
		return false
	}
	for i := from - 1; i >= 0 && i >= from-12; i-- {
		// "a loss of $19 million, compared with a record profit of $21.7 million in 1985": any
		// period after an explicit comparison is the term's; after "from" or "over" only a
		// relative one near it is ("rose from $2 a year earlier", but "bought from Beta in March").
		if relative && i >= from-8 && comparingWords[s.words[i]] && !s.sourceFrom(i) || explicit && explicitComparison(s.words[i]) && !amountThan(s.words, i, from, to) { // sourceFrom, amountThan: news49.go
			return true
		}
		if isClauseBreak(s.words[i]) {
			return false
		}
	}
	return false
}

// endsPeriod says whether the temporal expression at token k is the last day of a period named
// just before it: "the first quarter ended December 31", "the year ending May 31", "the three
// months ended Oct. 1". Results reported "for the quarter ended December 31" came out after that
// day, and a purchase "in the quarter ended March 31" was made in the quarter, so the day dates
// neither: the period does, or the publication.
func (s *sentence) endsPeriod(k int) bool {
	k = endedIn(s.words, k) // "the quarter ended in April" (news65.go)
	if k < 2 || s.words[k-1] != "ended" && s.words[k-1] != "ending" {
		return false
	}
	for i := k - 2; i >= 0 && i >= k-4; i-- {
		if periodNouns[s.words[i]] {
			return true
		}
	}
	return false
}

// periodNouns name the periods results and payouts are counted over.
var periodNouns = wordSet(`quarter quarters half year years period periods months weeks fiscal`)

// moveCauses open the cause told after a price move ("after the company said", "on news that",
// "as investors"): the periods in it are the cause's.
var moveCauses = wordSet(`after on as amid following when said says saying because since`)

// namesResults says whether the words from token k on name results ("revenue", "net loss",
// "operating profit"), as they do after a period that says which: "first-quarter revenue",
// "2023 net loss".
func (s *sentence) namesResults(k int) bool {
	if k < len(s.words) && (s.words[k] == "net" || s.words[k] == "operating") {
		k++
	}
	return k < len(s.words) && namedResults[s.words[k]]
}

// compares says whether the sentence holds an explicitComparison, read once: most sentences
// with dates hold none, and comparedWith then looks no further.
func (s *sentence) compares() bool {
	if !s.comparesRead {
		s.comparesRead = true
		s.comparesAny = slices.ContainsFunc(s.words, explicitComparison)
	}
	return s.comparesAny
}

// explicitComparison says whether a word introduces a comparison's term whatever its period. A
// switch, not a word set: compares asks it of every word of a sentence with a date, and a
// switch on four words costs a fraction of a map probe.
func explicitComparison(w string) bool {
	switch w {
	case "compared", "versus", "vs", "than":
		return true
	}
	return false
}

// comparingWords introduce the term a figure is compared with.
var comparingWords = map[string]bool{"from": true, "than": true, "compared": true, "versus": true, "vs": true,
	"against": true, "over": true}

// usable says whether a temporal expression can date an event: a calendar DATE value that is
// resolved, and not an open "before"/"after" range.
func usable(e timex.Expr) (events.Period, bool) {
	if e.Type != "DATE" || e.ResolvedBy == timex.ByUnresolved || e.Mod == "BEFORE" || e.Mod == "AFTER" {
		return events.Period{}, false
	}
	p, err := events.ParsePeriod(e.Value)
	if err != nil && e.ResolvedBy == timex.ByAbsolute && seasonValue(e.Value) {
		// A season of a year written out ("in the spring of 2020": 2020-SP) dates an event
		// within that year, the finest period a period can state (news23): otherwise the event
		// takes the publication's day, and a scene of years ago reads as the day's news. A
		// season without its year ("in the fall") is left to the publication's day, as before.
		p, err = events.ParsePeriod(e.Value[:4])
	}
	return p, err == nil
}

// seasonValue says whether a TIMEX3 value is a season of a year: "2020-SP", "1987-FA".
func seasonValue(v string) bool {
	if len(v) != 7 || v[4] != '-' || !isNumber(v[:4]) {
		return false
	}
	switch v[5:] {
	case "SP", "SU", "FA", "AU", "WI":
		return true
	}
	return false
}

// dateFor finds the temporal expression nearest a trigger without crossing into another clause.
// dateFor finds the date of a trigger among the sentence's temporal expressions that do not lie
// in another clause: the finest one ("late yesterday" over "fourth-quarter"), then the nearest.
// dayOnly keeps day-granular dates only, as claims need.
func (s *sentence) dateFor(t trigger, dayOnly bool) (timex.Expr, events.Period, bool) {
	if s.periods == nil {
		// Parsed once a trigger or claim needs them: most sentences have neither.
		s.periods, s.usable = make([]events.Period, len(s.timexes)), make([]bool, len(s.timexes))
		for i, e := range s.timexes {
			s.periods[i], s.usable[i] = usable(e)
		}
	}
	caseYear := s.caseYear(t) // legalsteps.go
	if e, i, ok := s.attributiveDate(t); ok && caseYear < 0 && (!dayOnly || s.periods[i].Granularity == events.Day) {
		return e, s.periods[i], true // "its 2023 purchase of" (news30.go)
	}
	best, bestDist, bestOutside := -1, 1<<30, false
	var bestP events.Period
	for i, e := range s.timexes {
		p, ok := s.periods[i], s.usable[i]
		if !ok || dayOnly && p.Granularity != events.Day {
			continue
		}
		from, to := s.tokenIndex(e.ByteStart), s.tokenIndex(e.ByteEnd)
		if from == caseYear {
			continue // "settled a 2019 lawsuit": the case's year, not the step's
		}
		if s.settles(from, dayOnly || t.typ == events.PriceMove) && !settlementPaid(s.words, from, t) || shippedWhen(s.words, from) || debtVintage(s.words, from) || modelYear(s.words, s.wordHolding(from, e.ByteStart)) || newDeadline(s.words, from) || s.otherTime(t, from) || s.otherPredicateDate(t, to, p) || news45OtherDate(s.words, t, from, to, dayOnly) { // wire29.go, news38.go, modelyears.go, news36.go, wire31.go, news43.go, news45.go
			continue // "payable July 15", "effective after the close on Friday", "notes due 1997": another day
		}
		if s.comparedWith(from, to) || resultAfterTerm(s.words, from) { // lead12.go
			continue // "up from $19.7 billion a year earlier": the period compared with, not the event's
		}
		if s.hasPersonRelative() && s.inPersonAside(from) && !s.inPersonAside(t.from) {
			continue // "named Doustdar last week, replacing Jorgensen, who was ousted in May": the person's past
		}
		if s.endsPeriod(from) || s.periodEndedTo(from, t) || s.laterPredicateDate(t, from) || s.analystTargetPeriod(t, from, to, p) || from >= t.to && s.objectParticipleDate(t, from) { // wire28.go, news65.go, news69.go
			continue // "first quarter ended December 31": the period's last day, not the event's
		}
		if s.sinceStart(from) && !sinceThenWhen(s.words, to, t) || t.typ == events.PriceMove && sinceClause(s.words, from) || from >= t.to && s.recordSince(from, t) && !perfectAt(s.words, t) { // news40.go, lead12.go
			continue // "its first dividend since fiscal 1978", "its first profit since going public in March": where a span begins, not the event's
		}
		if t.typ == events.PriceMove && from >= t.to && aheadOfWithin(s.words, t.to, from) {
			continue // "rose 3% ahead of its report on Wednesday": the report's day (news89.go)
		}
		if s.modifiesOtherNoun(from, to, t) || s.outlookPeriod(from, to, t) || s.yearOfLaterNoun(from, to, t) || from > t.to && s.replacedInstance(from, t) || s.cumulativeSpan(from, p, t) || to <= t.from && s.pluperfectRelative(to, t) || from >= t.to && s.pluperfectBefore(t, from) { // ownworks.go, lead14.go, lead15.go, lead16.go, lead17.go
			continue // "suspended its 2025 outlook and said its chief would step down": the outlook's year
		}
		if from >= t.to && (s.commentedSpan(t.to, from) || s.announcedAside(t, from, to)) { // news90.go
			continue // "raised its dividend, extending a streak that began in 1971": the streak's start
		}
		if t.typ == events.PriceMove && p.Granularity != events.Day && (s.namesResults(to) || to < len(s.words) && outlookNounSet.has(s.words[to]) ||
			from >= t.to && anyWithin(s.words, t.to, from, moveCauses)) {
			// A move is a day's; a longer period dates it only as its own ("fell 30% in 2008",
			// "is up 12% this year"). "Shares slump after first-quarter loss", "fell after the
			// company said first-quarter earnings will be below the 38 cents it earned a year
			// ago": the periods are the results'. "Withdraws full-year forecast, shares slump":
			// the year is the outlook's.
			continue
		}
		var lo, hi int
		switch {
		case to <= t.from:
			lo, hi = to, t.from
		case from >= t.to:
			lo, hi = t.to, from
			if after := skipAside(s.words, lo); after > lo && after <= from && relativePronoun(s.words[lo+1]) {
				lo = after // "the tender offer, which was launched in January, expired on Friday": the clause's words part no verb from its date
			}
		default:
			lo, hi = t.from, t.from
		}
		if s.crossesClause(lo, hi) || from >= t.to && (s.causeWithin(lo, hi) || s.laterStepWithin(lo, hi)) || to <= t.from && s.asideHolds(from, t.from, false) ||
			from >= t.to && s.asideHolds(t.from, from, true) { // "X, which hired a chief last week, posted a loss on Tuesday": Tuesday is the main clause's
			continue
		}
		// A date before the subordinator that opens the trigger's clause is the main clause's:
		// the clause's own month or day wins over it ("closed on Friday at $10.82 after a
		// reverse split in April" split the stock in April). A year or a quarter there is the
		// span of a course, not its event's time, and does not.
		outside := to <= t.from && anyWithin(s.words, lo, hi, dateSubordinators) ||
			p.Granularity != events.Day && p.Granularity != events.Month // ranks as the main clause's does
		// The finer period wins, then the nearer; two of one granularity are equally fine,
		// though February is shorter than March and 2019 than 2020 (news26).
		span, bestSpan := p.End.Sub(p.Start), bestP.End.Sub(bestP.Start)
		if p.Granularity != "" && p.Granularity == bestP.Granularity {
			span = bestSpan
		}
		if d := hi - lo; best < 0 || bestOutside && !outside || outside == bestOutside && (span < bestSpan || span == bestSpan && d < bestDist) {
			best, bestDist, bestP, bestOutside = i, d, p, outside
		}
	}
	if best < 0 {
		return timex.Expr{}, events.Period{}, false
	}
	e := s.timexes[best]
	if bestP.Granularity == events.Day && s.tokenIndex(e.ByteEnd) <= t.from {
		if days, ok := s.offsetFromDate(t, s.tokenIndex(e.ByteEnd)); ok { // lead14.go
			// "a day after the company reported": the day named, less the count between.
			bestP = shiftDay(bestP, days)
			e.Value, e.ResolvedBy = bestP.Value, timex.ByStory
		}
	}
	return e, bestP, true
}

// dateSubordinators open a clause whose event has a time of its own.
var dateSubordinators = wordSet(`after before following`)

// sinceStart says whether the date at token k follows "since" (with "fiscal", "the", "early",
// "late" or "mid" between):
// the start of a span that reaches to the news ("FIRST PAYOUT SINCE 1978", "its first profit
// since the 1985 fourth quarter"), which dates the span, not the event.
func (s *sentence) sinceStart(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		switch s.words[j] {
		case "since":
			return true
		case "fiscal", "the", "early", "late", "mid":
			continue
		}
		return false
	}
	return false
}

func (s *sentence) crossesClause(lo, hi int) bool {
	for k := lo; k < hi && k < len(s.words); k++ {
		if s.wordIs(k, wClauseBreak) || secondReport(s.words, k) {
			return true
		}
		// A headline's second predicate after a comma: "UPS to cut 20,000 jobs, forecasts lower
		// 2025 revenue" dates no job cut in 2025.
		if s.headlineClauseAt(k) {
			return true
		}
		// ", and" before a clause with a subject and a finite verb of its own (news26): "cut
		// 700 jobs in 2023, and its shares fell 4% on Tuesday" cut no jobs on Tuesday, and the
		// fall is no year's.
		if s.words[k] == "," && k+2 < len(s.words) && s.words[k+1] == "and" && (s.ownSubjectAfter(k+2) || s.aheadAfterAnd(k+2)) { // lead18.go
			return true
		}
	}
	return false
}

// inPersonAside says whether word k lies in a relative clause about a person set off by commas:
// ", who joined in 2019,".
func (s *sentence) inPersonAside(k int) bool {
	a, after, ok := s.asideAround(k)
	if !ok || !personRelatives[s.words[a+1]] {
		return false
	}
	// One that runs to the sentence's end is no less the person's past: "replacing Lars
	// Jorgensen, who was ousted in May" (officers.go).
	return after > k || after == a && personRelativeToEnd(s.words, a)
}

// personRelatives open a relative clause about a person.
var personRelatives = wordSet(`who whose whom`)

// asideAround finds the comma that opens an aside holding word k: the nearest comma in the
// twelve words before k, the index a of that comma, and after, the first word after the aside
// it opens (skipAside: a itself where the comma opens none). ok is false where no comma stands
// there or nothing follows it.
func (s *sentence) asideAround(k int) (a, after int, ok bool) {
	first := k - 12
	for a := k - 1; a >= 0 && a >= first; a-- {
		switch s.words[a] {
		case ",":
			return a, skipAside(s.words, a), a+1 < len(s.words)
		case ".":
			first -= 2 // a name's period and its legal form or domain are no words of the aside (skipAside)
		}
	}
	return 0, 0, false
}

// asideHolds says whether the words from k lie in an aside that closes before word end: "Intel,
// which cut its dividend last week, declined 2%": last week is the dividend's, not the move's.
// relative keeps to asides that are relative clauses, which tell happenings of their own.
func (s *sentence) asideHolds(k, end int, relative bool) bool {
	a, after, ok := s.asideAround(k)
	if !ok || relative && !relativePronoun(s.words[a+1]) {
		return false
	}
	return after > k && after <= end
}

// relativeBefore says whether every trigger of group first stands in a relative clause that
// closes before group g starts: "Nike, which named Elliott Hill chief executive in September,
// reported a drop in revenue" tells the subject's past in the clause, and the results are no
// September's. The clause is no coordinated telling whose day the main clause shares.
func (s *sentence) relativeBefore(first, g []trigger) bool {
	if len(first) == 0 || len(g) == 0 {
		return false
	}
	for _, t := range first {
		if !s.asideHolds(t.from, g[0].from, true) {
			return false
		}
	}
	return true
}

// laterStepWithin says whether a relative clause opens between a trigger and a date after it,
// telling a later step of what the trigger's object does: "agreed to buy Cerner in a deal that
// is expected to close next year", "a deal expected to close in the first quarter", "launched a
// phone that will ship next week". The date is the step's (as after "which"), not the
// agreement's or the launch's. "The acquisition is expected to close in the fourth quarter" has
// no relative clause: the date is the trigger's own.
func (s *sentence) laterStepWithin(lo, hi int) bool {
	if hi-lo < 2 || hi > len(s.toks) {
		return false // a clause needs two words at least: "that will", "expected to"
	}
	// The rule opens at "that" or before "to": most spans hold neither, told without a call.
	for k := lo; k+1 < hi; k++ {
		if s.words[k] == "that" || s.words[k+1] == "to" {
			return s.doc.LaterStep(s.off+s.toks[lo].start, s.off+s.toks[hi-1].end)
		}
	}
	return false
}

// causeWithin says whether a cause or purpose opens between a trigger and a date after it ("sold
// bonds to help pay for its purchase of Tower last month": last month dates the purchase, not the
// bonds).
func (s *sentence) causeWithin(lo, hi int) bool {
	for k := lo; k < hi && k < len(s.words); k++ {
		if s.causeAt(k, hi) {
			return true
		}
	}
	return false
}

// causeAt says whether one of causeLinks starts at word k and ends by hi.
func (s *sentence) causeAt(k, hi int) bool {
	if !s.wordIs(k, wCauseLink) {
		return false // most words start no link: a bit test, not a probe (perf14.go)
	}
	for _, c := range shapedGet(causeLinkShapes, causeLinksFrom, s.words[k]) { // perf8.go, xspeed22.go
		if k+len(c) <= hi && equalWords(s.words[k:k+len(c)], c) {
			return true
		}
	}
	return false
}

// inCompanyName says whether a trigger's words are words of a company's name that the sentence
// names: "Alliance" in "Walgreens Boots Alliance said it would close 1,200 stores" names the
// company and tells no partnership, as "Partners" and "Acquisition Corp" tell no deal.
func (s *sentence) inCompanyName(t trigger) bool {
	from, to := s.toks[t.from].start, s.toks[t.to-1].end
	for _, c := range s.companies {
		if c.Start <= from && to <= c.End && c.End-c.Start > to-from {
			return true
		}
	}
	return false
}

// sentenceEvents finds the events a sentence tells. A trigger is dated by its own temporal
// expression; without one, a sentence that reports news (the title, the lead, or any sentence
// that is not background: no "previously", no pluperfect) is dated by the publication day. A
// sentence listing several companies with several dates ("Akimbi in June 2006, Propero in April
// 2007") tells one event per company. main is the article's main company, the subject of a
// sentence that names none ("The company said it would cut 200 jobs"). The events may be in buf's
// memory, which the caller copies them out of; bufs is memory the caller keeps from sentence
// to sentence. quotes says whether a market report's quotes of
// bare names are moves in the sentence (see companyMove).
func (x *Extractor) sentenceEvents(s *sentence, published time.Time, lead, quotes bool, main *CompanyMention, buf []Event, bufs *sentenceBuffers) []Event {
	table := tableLine(s.words)
	// The triggers kept are filtered into the slice they come in, which is this call's own
	// (takeTriggers), not into one grown from nothing.
	all := s.misread(s.takeTriggers()) // misreads.go
	ts := all[:0]
	for _, t := range all {
		if t.typ == events.Acquisition && s.goodsUnderSupplyDeal(t) {
			t.typ = events.Contract // "will buy produce from farmers under a five-year agreement" (goodsbuys.go)
		}
		if s.allInTimex(t) || s.inParens[t.from] || s.inCompanyName(t) || t.typ == events.Acquisition && !s.corporateDeal(t) ||
			t.typ == events.Acquisition && s.goodsFromSuppliers(t) || // news65.go
			t.typ == events.Acquisition && s.buybackPurchases(t) || // news76.go
			t.typ == events.Acquisition && s.pastPossessiveDeal(t, published) || // news98.go
			t.typ == events.Guidance && !aboutResults(s.words, t) || t.typ == events.Forecast && pluralNounSubject(s.words, t) ||
			t.typ == events.Split && !stockSplit(s.words, t) ||
			t.typ == events.Legal && clearance(s.words, t) ||
			debutIdiom(s.words, t) && !debutOfShares(s.words, t) { // longform.go
			continue
		}
		if t.weak && s.start >= 0 && table == "" && !s.soldInListing(t) && !s.progressiveDeal(t) { // ownworks.go
			continue
		}
		if t.typ == events.Offering && t.gap && strings.HasPrefix(s.words[t.from], "s") && (s.words[t.to-1] == "shares" && (s.companyWithin(t.from+1, t.tail) || s.namedWithin(t.from+1, t.tail)) || s.holdingStock(t)) {
			t.typ = events.Acquisition // "sold 114,000 Allied Products common shares": a holding sold
		}
		if t.typ == events.Acquisition && (s.ownSharesSold(t) || s.stockSoldInOffering(t) || s.stockSoldInRaise(t) || // news48.go
			s.partnershipUnitsOffered(t) || s.partnershipUnitsSaleOf(t)) { // news76.go, news77.go
			t.typ = events.Offering // "completed the sale of 40 million shares through an at-the-market program"
		}
		ts = append(ts, t)
	}
	if s.start < 0 && s.caps {
		ts = s.headlineMove(ts) // "ACME LABS SOARS ON FDA NOD" (headmoves.go)
	}
	if s.start < 0 {
		ts = s.jointHeadlineMove(ts) // "Apple, Microsoft Rally After Earnings" (news107.go)
	}
	if s.start < 0 && !s.caps && len(ts) == 0 && table == "" {
		ts = titleIdioms(s.words) // "A Longtime Fan Cools on Acme" (featuretitles.go)
	}
	ts = s.companyMove(ts, quotes)   // "Fowey Devices (NASDAQ:FOWY) fell 9% in after-hours trading" (feeds.go)
	ts = s.alsoMoved(ts)             // "..., while Nokia and BlackBerry also surged" (news48.go)
	ts = s.appositiveShareMove(ts)   // "Shares of Acme Inc., the operator of ..., nearly tripled" (news78.go)
	ts = s.mainMoveAfterRelative(ts) // "Apple's stock, which rose 3% on Monday, fell 2% on Tuesday" (lead16.go)
	ts = s.stockAsideMove(ts)        // "Its shares, down 20% this year, fell 6% on Thursday" (lead18.go)
	ts = s.namedBusinessSales(ts)    // "will sell Family Dollar for $1 billion" (namedsales.go)
	ts = s.licenseDeals(ts)          // "licenses Dunsford's kidney drug" (news54.go)
	ts = s.licensedTo(ts)            // "licensed Laeso Pharmaceutical to make and sell its drug" (news105.go)
	ts = s.rivalCauses(ts)           // "Ford slides after rival GM cuts forecast" (news30.go)
	ts = s.recalledAsides(ts)        // "Owens-Illinois, which was taken over by KKR, said it filed for an offering" (lead17.go)
	ts = s.companyLeft(ts)           // "John Doe is leaving Intel" (news95.go)
	if table != "" && !slices.ContainsFunc(ts, func(t trigger) bool { return t.typ == table }) {
		ts = append(ts, trigger{typ: table, from: 0, to: 1})
	}
	// A relative clause about a person tells the person's past, not news: "Chief executive
	// Jane Roe, who took over last year, said Nike will cut 500 jobs"; "named Jane Roe, who
	// joined Adidas in 2019, as chief executive".
	if len(ts) > 1 && slices.ContainsFunc(ts, func(t trigger) bool { return !s.inPersonAside(t.from) }) {
		ts = slices.DeleteFunc(ts, func(t trigger) bool { return s.inPersonAside(t.from) })
	}
	// A trigger in a subordinate clause ("shares fell 12% after the retailer cut its forecast")
	// tells a second event: the main clause's comes first.
	// Each part holds at most all of ts: one buffer for both, where each grew from nothing, kept
	// from sentence to sentence (no trigger outlives its sentence's events).
	if cap(bufs.triggers) < 2*len(ts) {
		bufs.triggers = make([]trigger, 2*len(ts))
	}
	both := bufs.triggers[:2*len(ts)]
	mainTs, subTs := both[:0:len(ts)], both[len(ts):len(ts):len(ts)*2]
	for _, t := range ts {
		if s.commented(t, ts) {
			// A participial clause comments on the clause before it: only a move it tells
			// ("agreed to buy Beta, sending its shares up 20%") is news of its own.
			if t.typ == events.PriceMove {
				subTs = append(subTs, t)
			}
			continue
		}
		if s.subordinate(t, ts) || t.aside {
			subTs = append(subTs, t)
		} else {
			mainTs = append(mainTs, t)
		}
	}
	out := buf[:0]
	groups, later := s.semicolonGroups(mainTs) // news41.go
	if s.start < 0 && len(mainTs) > 1 {
		groups = headlineClauses(s.words, groups) // "Acme beats estimates, raises dividend"
		later = make([]bool, len(groups))
	}
	firstGroup := -1 // the group out[0] came from
	for gi, g := range groups {
		evs := x.clauseEvents(bufs.clause, s, g, published, lead, main, table)
		if cap(evs) > cap(bufs.clause) {
			bufs.clause = evs[:0]
		}
		if len(evs) > 0 && !slices.ContainsFunc(out, func(o Event) bool {
			return o.Type == evs[0].Type && (o.Type != events.PriceMove || overlap(o.Companies, evs[0].Companies)) &&
				!laterClauseEvent(later[gi], o, evs[0])
		}) {
			if gi > 0 && len(out) > 0 && !s.relativeBefore(groups[firstGroup], g) {
				evs = tellingDay(out[0], evs)
			}
			if len(out) == 0 {
				firstGroup = gi
			}
			out = append(out, evs...)
		}
	}
	// "completes reverse split after its merger": a happening named with a possessive and no verb
	// of its own in a subordinate clause is one the reader knows, the circumstance of the news.
	subTs = slices.DeleteFunc(subTs, func(t trigger) bool {
		return !t.aside && !t.verbal && t.from > 0 && (possessives[s.words[t.from-1]] || s.namedRightBefore(t.from)) && !s.predicated(t) ||
			s.preparedBackdrop(t) || // "as it prepares to launch its first pump" (news54.go)
			s.awaitedNotAhead(t, ts, published) // "rose 3% ahead of results due on Wednesday" (news89.go)
	})
	// The subordinate clause coordinates its events as a main clause does: "fell 17% after the
	// retailer reported a loss and suspended its dividend" tells the loss and the dividend.
	for _, g := range coordinated(s.words, s.inTimex, subTs) {
		if len(g) == 0 {
			continue
		}
		evs := x.clauseEvents(bufs.clause, s, g, published, lead, main, table)
		if cap(evs) > cap(bufs.clause) {
			bufs.clause = evs[:0]
		}
		for _, e := range evs {
			// "Nvidia shares climbed 4.2%, while Micron Technology jumped 6%": another
			// company's move is a move of its own.
			if len(out) == 0 || e.Type != out[0].Type || e.Type == events.PriceMove && !overlap(e.Companies, out[0].Companies) {
				out = append(out, e)
			}
		}
	}
	return out
}

// negation says whether the sentence denies trigger t or tells that it failed, and which: "denied"
// for "did not acquire", "has no plans to buy", "never sold"; "failed" for "failed to sell its
// unit", "after failing to find a buyer", "was unable to complete the purchase". The event stays:
// a denied rumour or a failed deal is news about that deal, and its headline says so. The denial
// must stand within four words before the trigger, in its clause, and govern it: "did not
// disclose the acquisition's price" denies the telling, not the deal.
func (s *sentence) negation(t trigger) string {
	if t.typ == events.Acquisition && courtBlocked(s.words, t) {
		return "failed" // "a judge blocked JetBlue's takeover of Spirit" (news55.go)
	}
	limit := t.from - 4
	for k := t.from - 1; k >= 0 && k >= limit; k-- {
		w := s.words[k]
		if w == "," || s.wordIs(k, wClauseBreak|wTellingVerb) {
			return ""
		}
		if !t.verbal && (w == "approached" || w == "approaches") {
			// The verb that tells a noun trigger carries its denial: "has not been approached
			// about a merger".
			limit = k - 3
		}
		switch {
		case w == "not" || w == "never" || strings.HasSuffix(w, "n't") ||
			contractedNotShapes.mayHold(w) && contractedNot[w] && k+1 < len(s.words) && (s.words[k+1] == "'" || s.words[k+1] == "’" || s.words[k+1] == "t" || s.words[k+1] == "'t"):
			return "denied"
		case (w == "failed" || w == "failing" || w == "fails" || w == "fail" || w == "unable") && k+1 < len(s.words) && s.words[k+1] == "to":
			return "failed"
		case w == "to" && k == t.from-1 && t.verbal && k > 0 && refusals[s.words[k-1]]:
			// "declined to reaffirm its outlook", "refused to raise its offer": the verb right
			// after the refusal is not done. ("declined to comment on a report that it would
			// buy" refuses the comment, not the deal.)
			return "denied"
		case (w == "plans" || w == "plan" || w == "intention") && k > 0 && (s.words[k-1] == "no" || denyForms[s.words[k-1]]), // "denies plan to" (news59.go)
			w == "out" && k > 0 && ruleOutForms[s.words[k-1]]: // "ruled out a bid for Arm"
			return "denied"
		}
	}
	if s.reportDenied(t) {
		return "denied"
	}
	return ""
}

// refusals are the verbs of refusing a step: "declined to", "refused to".
var refusals = wordSet(`declined declines declining decline refused refuses refusing refuse`)

// reportDenied says whether trigger t stands in a report that the sentence's subject denies:
// "Intel denied a report that it plans to sell its Altera unit", "dismissed speculation that it
// would bid". ("Intel confirmed a report that ..." is no denial.)
func (s *sentence) reportDenied(t trigger) bool {
	for k := t.from - 1; k >= 2 && k >= t.from-8; k-- {
		w := s.words[k]
		if w == "," || w == ";" || isClauseBreak(w) {
			return false
		}
		if w != "that" || !reportNouns[s.words[k-1]] {
			continue
		}
		for j := k - 2; j >= 0 && j >= k-4; j-- {
			if denialVerbs[s.words[j]] {
				return true
			}
		}
		return false
	}
	return false
}

var (
	reportNouns = wordSet(`report reports rumor rumors rumour rumours speculation suggestions claims`)
	denialVerbs = wordSet(`denied denies deny dismissed dismisses rejected rejects refuted refutes`)
)

// ruleOutForms are the forms of "rule" before "out", which denies what follows.
var ruleOutForms = wordSet(`rule rules ruled ruling`)

// contractedNot are the words before "'t" of a contracted "not", as the tokenizer splits them.
var contractedNot = map[string]bool{"didn": true, "doesn": true, "don": true, "won": true, "wouldn": true,
	"hasn": true, "haven": true, "hadn": true, "isn": true, "wasn": true, "weren": true, "couldn": true}

// tellingVerbs, between a denial and a trigger, take the denial themselves: "did not disclose
// the terms of the acquisition", "would not comment on the merger".
var tellingVerbs = map[string]bool{"disclose": true, "say": true, "comment": true, "reveal": true, "specify": true,
	"give": true, "name": true, "confirm": true, "elaborate": true, "identify": true, "discuss": true, "provide": true}

// companyWithin says whether a company the sentence names starts among the words [from, to).
func (s *sentence) companyWithin(from, to int) bool {
	for _, c := range s.companies {
		if k := s.startIndex(c.Start); k >= from && k < to {
			return true
		}
	}
	return false
}

// namedWithin says whether a capitalized word that no count or kind of stock explains stands
// among the words [from, to): the name of the company whose shares are sold ("sold 325,000 Quaker
// State common shares", "SELLS 8.3 MLN WOOLWORTH SHARES").
func (s *sentence) namedWithin(from, to int) bool {
	for k := from; k < to && k < len(s.toks); k++ {
		w := s.toks[k].text
		if isWord(w) && startsUpper(w) && !isNumber(s.words[k]) && !ownShareWords[s.words[k]] && !depositaryName(s.words, k) { // news34.go
			return true
		}
	}
	return false
}

// stockWords count or describe a company's own shares: "TWO MLN COMMON SHARES".
var ownShareWords = wordSet(`mln million bln billion common new class preferred its additional more of
	one two three four five six seven eight nine ten hundred thousand a an the ordinary voting a-shares b-shares`)

// possessives name the owner of a happening already known ("after its merger").
var possessives = map[string]bool{"its": true, "their": true, "his": true, "her": true}

// subordinators open a clause that tells the circumstances of the main one.
var subordinators = map[string]bool{"after": true, "as": true, "following": true, "because": true,
	"since": true, "when": true, "amid": true, "before": true}

// subordinate says whether trigger t stands in a subordinate clause that follows another trigger.
func (s *sentence) subordinate(t trigger, ts []trigger) bool {
	for k := t.from - 1; k >= 0; k-- {
		if s.start < 0 && periodBetween(s.words, k, k+1) {
			return false // "Stock Falls After Earnings Miss. It Cut Its Outlook." (news104.go)
		}
		if (s.wordIs(k, wSubordinator) || hearsayOn(s.words, k) || moveCauseOn(s.words, k, ts) || planContentOn(s.words, k) || awaitedAfterMove(s.words, k, ts)) && !s.inTimex[k] { // news89.go
			return slices.ContainsFunc(ts, func(u trigger) bool { return u.to <= k })
		}
	}
	return false
}

// planContentOn says whether a relative clause telling what a plan holds opens at words[k]:
// "confirmed its plan of reorganization, which calls for the sale or closing of four foundries",
// "a program that provides for 900 job cuts". The plan is the main clause's news; what it calls
// for is a second event, told in the plan's own clause.
func planContentOn(words []string, k int) bool {
	if k < 1 || k+1 >= len(words) || words[k+1] != "for" || words[k-1] != "which" && words[k-1] != "that" {
		return false
	}
	switch words[k] {
	case "calls", "call", "called", "provides", "provide", "provided":
		return true
	}
	return false
}

// joinedWith returns the companies named right after c and joined to it by "and" or a comma,
// as one subject: "Applied Materials and Lam Research", "Nvidia, AMD and Intel".
func (s *sentence) joinedWith(c CompanyMention) []CompanyMention {
	var out []CompanyMention
	joins := func(gap string) bool {
		gap = strings.TrimSpace(trimSuffixGap(exchangeTag(gap))) // "Acme Corp. (NYSE: ACME) and Beta" (news32.go); "JPMorgan Chase & Co, Beta" (news48.go)
		return gap == "and" || gap == "," || gap == ", and" || gap == "&"
	}
	first := c
	for k := len(s.companies) - 1; k >= 0; k-- {
		if o := s.companies[k]; o.End <= first.Start && !s.inParens[s.startIndex(o.Start)] {
			if !joins(s.text[o.End:first.Start]) {
				break
			}
			out = append(out, o)
			first = o
		}
	}
	last := c
	for _, o := range s.companies {
		if o.Start < last.End || s.inParens[s.startIndex(o.Start)] {
			continue
		}
		if !joins(s.text[last.End:o.Start]) {
			break
		}
		out = append(out, o)
		last = o
	}
	return out
}

// commented says whether trigger t lies in a participial clause after a comma that comments on
// an event told before it: "Kroger shares gained 4%, signaling doubt that the merger will close",
// "agreed to buy Beta, sending its shares up 20%".
func (s *sentence) commented(t trigger, ts []trigger) bool {
	for k := t.from - 1; k > 0; k-- {
		if (s.words[k] == "and" || s.words[k] == "or") && t.from-k <= 4 && !clauseOpeners[s.words[k+1]] && infinitiveBefore(s.words, k) {
			continue // "..., seeking to shed debt and resolve lawsuits": the infinitive's second verb
		}
		if s.wordIs(k, wClauseBreak|wSubordinator) || s.words[k] == "and" || s.words[k] == "or" || s.words[k] == ";" {
			return false // a clause of its own: "..., replacing Leonard Ash, and that it will close two mills"
		}
		// A participle of completion tells the event done: "..., completing the spin-off".
		if w := s.words[k]; s.words[k-1] == "," && len(w) > 5 && strings.HasSuffix(w, "ing") && !startsUpper(s.toks[k].text) &&
			w != "completing" && w != "finalizing" && w != "finalising" {
			return slices.ContainsFunc(ts, func(u trigger) bool { return u.to < k })
		}
	}
	return false
}

// clauseOpeners after "and" open a clause with a subject of its own, no second verb of an
// infinitive before it.
var clauseOpeners = wordSet(`that it its the a an he she they we which who shares stock`)

// infinitiveBefore says whether a "to" opens an infinitive within five words before the "and" at
// k, with no comma or clause break between: the verb after "and" is its second verb.
func infinitiveBefore(words []string, k int) bool {
	for j := k - 1; j > 0 && j >= k-5; j-- {
		switch {
		case words[j] == "to":
			return j+1 < k
		case words[j] == "," || isClauseBreak(words[j]) || isSubordinator(words[j]) || words[j] == "and":
			return false
		}
	}
	return false
}

// A triggerDate is what dateFor returned for a trigger.
type triggerDate struct {
	e  timex.Expr
	p  events.Period
	ok bool
}

// clauseEvents makes the event of the best of the triggers ts, or of none, in dst's memory
// where it has room (the caller's buffer, valid until the next call: a slice of one event made
// for each clause's event was 5% of the bytes extraction allocated).
func (x *Extractor) clauseEvents(dst []Event, s *sentence, ts []trigger, published time.Time, lead bool, main *CompanyMention, table events.Type) []Event {
	// Each trigger's date, as dateFor reads it: the filter below and the choice of the best
	// trigger both ask, and a trigger's date is a third of the clause's cost.
	var dates []triggerDate
	var keepBuf [4]trigger // the candidates and their dates on the stack, where most clauses' fit
	var datesBuf [4]triggerDate
	if !lead && table == "" {
		// Undated body sentences tell news only with a verb and not as background; a trigger
		// that cannot be news is no candidate ("issued notes to fund its purchase of Cerner").
		keep := keepBuf[:0]
		dates = datesBuf[:0]
		for _, t := range ts {
			e, p, ok := s.dateFor(t, false)
			if ok || s.predicated(t) && !s.background(t) || s.soldInListing(t) {
				keep = append(keep, t)
				dates = append(dates, triggerDate{e, p, ok})
			}
		}
		ts = keep
	}
	if len(ts) == 0 {
		return nil
	}
	// The most specific trigger that has a date; else the most specific one.
	var best trigger
	var bestExpr timex.Expr
	var bestP events.Period
	dated := false
	for i, t := range ts {
		var d triggerDate
		if dates != nil {
			d = dates[i]
		} else {
			d.e, d.p, d.ok = s.dateFor(t, false)
		}
		e, p, ok := d.e, d.p, d.ok
		if !ok {
			continue
		}
		if !dated || better(t, best, s.words) {
			best, bestExpr, bestP, dated = t, e, p, true
		}
	}
	if top, _ := mainTrigger(ts, s.words); dated && rankOf(top.typ) < rankOf(best.typ) && !top.weak && best.weak {
		// A strong trigger without a date beats a weak one with a date in a title.
		dated = false
	} else if dated && recalledOverMain(s.words, best, top) { // lead17.go
		dated = false
	}
	// A prediction's date is its target: a past date in a sentence of "may" and "would" dates
	// something else ("If Novell was contemplating this nine months ago, it may reconsider...").
	if dated && !published.IsZero() && bestP.End.Before(published) && s.forecasts(best) && !s.toldOn(bestExpr, best) { // ownworks.go
		dated, bestExpr = false, timex.Expr{}
	}
	if dated && !published.IsZero() && bestP.Start.After(published) && (reactionMove(s.words, best) || pastMoveLater(s.words, best)) { // lead16.go, news89.go
		dated, bestExpr = false, timex.Expr{}
	}
	// A company's results, payouts and outlook are news the day they are told: a fiscal period in
	// the sentence ("fourth quarter net", "1986 year") names what they are about, not when. A
	// past month is when a payout changed ("suspended its dividend in January").
	if dated && reportedOn(best.typ) && bestP.Granularity != events.Day && bestP.Granularity != events.Week &&
		!(bestP.Granularity == events.Month && (pastPayoutMonth(best.typ, bestP, published) || s.outlookChangedIn(best, bestExpr, bestP, published) ||
			s.monthOfTelling(best, bestExpr, bestP, published) || s.toldInMonth(best, bestExpr, bestP, published) ||
			s.scheduledInMonth(best, bestExpr, bestP, published) || s.frontedMonth(best, bestExpr, bestP, published))) && // news30.go, wire31.go, news72.go, news98.go
		!(bestP.Granularity == events.Year && pastPayoutYear(s.words, best, bestP, published)) && // ownworks.go
		!published.IsZero() && published.Sub(bestP.End) < 400*24*time.Hour &&
		(best.typ == events.Guidance || !s.predicts(best)) {
		dated, bestExpr = false, timex.Expr{}
		if !lead && table == "" && s.background(best) {
			return nil
		}
	}
	if !dated {
		best, _ = mainTrigger(ts, s.words)
		if published.IsZero() {
			return nil
		}
		bestP, _ = events.ParsePeriod(isodate.FormatDay(published))
	}
	subject, objects := s.roles(best)
	subject, objects = s.mergedInto(best, subject, objects) // "merger into Pennard Pacific Corp" (wire29.go)
	if subject = s.unitsParent(subject); subject != nil {   // "Acme Credit Corp, a unit of Acme Corp," (wire31.go)
		objects = dedupe(objects, subject.Name)
	}
	subject, objects = s.spacSpinOff(best, subject, objects) // "spin-off ... through a merger with a blank-check company" (news75.go)
	if best.typ == events.IPO {
		if c, ok := s.listedInSale(best); ok {
			subject = &c // "SoftBank sold 10% of Arm in the IPO": Arm's listing (listingsale.go)
		} else if c := s.definiteOwner(best); c != nil {
			// "J&J owns 89.6% of Kenvue after the company's initial public offering": "the
			// company" is the one just named, not the sentence's subject.
			subject = c
		} else if subject != nil {
			if c, ok := s.listedUnit(best, *subject); ok {
				subject = &c // "J&J consumer health unit prices IPO": the unit's listing (unitlistings.go)
			}
		}
	}
	if !twoParty(best.typ) {
		// Results, payouts, listings and the like have one party: the other companies of the
		// clause are circumstances ("Shares of Intel fell after Nvidia's results").
		objects = nil
		if best.typ == events.PriceMove && subject != nil {
			// Stocks that move together are each the move's: "Shares of Applied Materials
			// and Lam Research fell 5%".
			objects = s.joinedWith(*subject)
		} else if subject != nil {
			// Companies listed as the verb's subject each tell the event: "Kroger, General
			// Mills and FedEx report this week", "Exxon and Chevron raised their dividends"
			// (news27). Only those before the verb: a company joined after it is its object
			// or circumstance.
			listed := s.listedAfter(best, *subject)
			for _, c := range s.joinedWith(*subject) {
				if c.End <= s.toks[best.from].start || listed {
					objects = append(objects, c)
				}
			}
		}
	}
	if best.typ == events.Analyst && subject != nil && s.listedAfter(best, *subject) {
		// "Tuesday's biggest analyst calls: Nike, Ford, Apple": the heading's list is of rated
		// stocks, the first no broker rating the rest (news27).
	} else if best.typ == events.Analyst && subject != nil && brokerActs(s, subject, best) && ratedPassive(s.words, best) {
		// "Etsy cut to neutral at Baird as Amazon contract nears end": the passive's subject is
		// the rated stock; the broker after "at" is the source and a company of the clause after
		// "as" the cause.
		objects = nil
	} else if best.typ == events.Analyst && len(objects) > 0 && brokerActs(s, &objects[0], best) && (ratesTheStock(s.words, best) || brokerMood(s.words, best)) {
		// "Micron jumped 6% after Morgan Stanley raised its price target on the memory
		// chipmaker": the broker acting on "the chipmaker" is the source, the subject the stock.
		objects = objects[1:]
	} else if best.typ == events.Analyst && subject != nil && s.ratedAfterVerb(best, subject) {
		// "The agency lowered its ratings on Comerica, KeyCorp and UMB Financial": with no
		// company before the verb, the first named after it is rated like the rest (news57.go).
	} else if best.typ == events.Analyst && len(objects) > 0 {
		// "Morgan Stanley upgraded Nvidia": the rated company is the event's, the broker its source.
		subject, objects = &objects[0], objects[1:]
	} else if c := s.colonRated(subject, objects, best); c != nil {
		subject = c // "Deere & Co (DE.N): Barclays raises to overweight" (news73.go)
	} else if rated := s.brokerRated(subject, best); rated != nil {
		// "Goldman starts coverage of Arm with neutral rating", "Jefferies upgraded Zebra Widgets
		// to buy": the broker is the source; the stock rated, a name no list knows, is the event's.
		subject = rated
	} else if best.typ == events.Analyst && subject != nil && brokerActs(s, subject, best) && (ratesTheStock(s.words, best) || brokerMood(s.words, best)) {
		// "Morgan Stanley reiterated its overweight rating on the stock": the stock is the
		// article's company, and the broker, the verb's own subject, is still only the source.
		// ("Micron jumped 6% after Morgan Stanley raised its price target on the memory
		// chipmaker": the stock is the company the sentence named before the broker.)
		if c := s.namedBefore(*subject); c != nil {
			subject = c
		} else if main != nil && subject.Ticker != main.Ticker {
			subject = main
		}
	}
	if best.typ == events.Analyst && subject != nil && len(objects) == 0 && s.agencyMention(subject) {
		// "Moody's places Paramount on review for downgrade": the agency is the source.
		if c := s.ratedCompany(subject); c != nil {
			subject = c
		} else if main != nil && main.Ticker != subject.Ticker {
			subject = main
		} else if s.agencyActs(best, subject) {
			// "S&P downgrades five U.S. regional lenders": the agency rates others the
			// sentence does not name, and is never a party itself (news57.go).
			return nil
		}
	}
	if subject == nil && len(objects) == 0 && main != nil && !(best.typ == events.Analyst && agencyText(main.Text)) && // news57.go
		(table != "" || !best.weak && (s.refersBack(best) || s.toldByMain(best, main) || s.bulletOfMain(best, main))) { // lead16.go
		subject = main
	}
	if main != nil && (subject != nil || len(objects) > 0) && s.pronounParty(best) {
		subject, objects = s.pronounActs(best, main, subject, objects) // "It bought US Ecology in 2022" (news70.go)
	}
	if subject == nil && len(objects) == 0 && main != nil && best.idiom && best.typ == events.Analyst {
		// A feature title's rating names the stock by a metaphor or not at all ("Wall Street
		// Falls Out of Love With the Clog", "A Bull Sours on the Sneaker King"): the stock is
		// the story's company, whom the lead names (news28).
		subject = main
	}
	if subject == nil && len(objects) == 0 && corporate(best.typ) {
		subject = s.namedSubject(best)
		// The unknown name right before a change of management, or before its auxiliary, is
		// the person's ("Barry McCarthy stepped down", "Dana Ruiz will retire"); a company's
		// takes its officer or another verb between ("Velmar Health chief executive steps
		// down", "Heathfield Insurance picks insider to succeed").
		if subject != nil && best.typ == events.Executive && allWithin(s.words, s.tokenIndex(subject.End), best.from, personAuxiliaries) &&
			!s.dismissesOfficer(s.startIndex(subject.Start), best) { // news46.go
			subject = nil
		}
	}
	if subject == nil && len(objects) == 0 && best.typ == events.Bankruptcy && insolvencyOfficer(s.words, best) {
		subject = s.namedInsolvent(best)
	}
	if subject == nil && len(objects) == 0 && best.typ == events.Bankruptcy {
		subject = s.closedLender(best) // "regulators closed Harbor Point Savings Bank" (wire29.go)
	}
	if subject == nil && len(objects) == 0 && best.typ == events.IPO {
		subject = s.namedStateOwned(best) // "will sell 30 pct of state-owned Nordair" (wiretold.go)
	}
	if subject == nil && len(objects) == 0 && (best.typ != events.Forecast || !dated) {
		// Without a company only a dated prediction is worth keeping ("9 of 10 enterprises will
		// have virtualization by 2007").
		return nil
	}
	status := s.status(best, bestP, published)
	detail := s.eventDetail(best)
	if neg := s.negation(best); neg != "" {
		// The denial or the failure is what happened, whatever the denied words would say.
		detail, status = neg, Occurred
		if best.typ == events.Dividend && neg == "denied" {
			// A dividend not paid is the omission of one paid before, or no news (news106.go).
			if detail = s.negatedDividend(best); detail == "" {
				return nil
			}
		}
	}
	mk := func(p events.Period, e timex.Expr, objs []CompanyMention) Event {
		ev := Event{Period: p, Type: best.typ, Status: status, Detail: detail, DateText: e.Text, ResolvedBy: e.ResolvedBy,
			Timing: events.EventTiming(p, s.text, published)}
		if e.Text == "" {
			ev.ResolvedBy = timex.ByPublication
		}
		if subject != nil {
			ev.add(subject.Company)
		}
		for _, o := range objs {
			ev.add(o.Company)
		}
		ev.Headline = headline(ev, subject, objs, s, best.from)
		ev.pastTold = !lead && e.Text == "" && s.toldInPast(best)
		return ev
	}
	// One event per object where the sentence pairs several objects with several dates.
	if dated && len(objects) >= 2 {
		out := dst[:0]
		for k, o := range objects {
			limit := len(s.text)
			if k+1 < len(objects) {
				limit = objects[k+1].Start
			}
			for _, e := range s.timexes {
				// The date follows its company closely: "Akimbi in June 2006".
				if e.ByteStart >= o.End && e.ByteEnd <= limit && s.tokenIndex(e.ByteStart)-s.tokenIndex(o.End) <= 2 {
					if p, ok := usable(e); ok {
						out = append(out, mk(p, e, []CompanyMention{o}))
						break
					}
				}
			}
		}
		if len(out) >= 2 {
			return out
		}
	}
	return append(dst[:0], mk(bestP, bestExpr, objects))
}

// stakeTaken says whether the acquisition trigger at from is a stake that its subject takes or
// builds ("took a 5% stake in", "has built a stake of about $1.9 billion in"), not one it sells.
func stakeTaken(words []string, from int) bool {
	w := words[from]
	if w != "stake" && w != "stakes" && !(from+1 < len(words) && (w == "a" || w == "pct" || w == "percent") && words[from+1] == "stake") {
		return false
	}
	for k := from - 1; k >= 0 && k >= from-4; k-- {
		if stakeVerbs[words[k]] {
			return true
		}
	}
	return false
}

// stakeVerbs take or build a stake.
var stakeVerbs = wordSet(`take takes took taking taken build builds built building buy buys bought buying
	acquire acquires acquired acquiring amass amassed`)

// investsInCompany says whether "invest ... in" puts money into a company named right after
// "in" ("invest $4 billion in Rivian Automotive"), not into plants, places or a field ("invest
// $10 billion in Texas", "in AI").
func (s *sentence) investsInCompany(t trigger) bool {
	if t.to > len(s.toks) || t.to < 1 {
		return false
	}
	in := s.toks[t.to-1].end
	for _, c := range s.companies {
		if c.Start > in && c.Start-in <= 1 {
			return true
		}
	}
	if t.to >= len(s.toks) {
		return false
	}
	return privateCompanyAt(s.toks, t.to) || capitalized(s.toks[t.to].text) && stakeFollows(s.words, t.to) // investments.go
}

// tradedGoods are what companies and governments buy and sell without buying a business: securities,
// commodities, currencies, equipment.
var tradedGoods = map[string]bool{"bonds": true, "bond": true, "notes": true, "debentures": true,
	"securities": true, "paper": true, "bills": true, "treasuries": true, "crude": true, "oil": true,
	"gas": true, "wheat": true, "corn": true, "grain": true, "grains": true, "soybean": true, "soybeans": true,
	"sugar": true, "coffee": true, "cocoa": true, "cotton": true, "rice": true, "tonnes": true, "tons": true,
	"barrels": true, "bushels": true, "bales": true, "ounces": true, "currency": true, "dollars": true,
	"aircraft": true, "aircrafts": true, "planes": true, "jets": true, "ships": true, "equipment": true,
	"machinery": true, "futures": true, "gold": true, "silver": true, "copper": true, "yen": true,
	"sterling": true, "stg": true, "bonus": true, "bonuses": true, "acres": true, "properties": true, "power": true, "electricity": true, "cars": true,
	"vehicles": true, "trucks": true, "computers": true, "supplies": true, "imports": true, "exports": true,
	"receivables": true, "loans": true, "mortgages": true, "tickets": true, "advertising": true, "time": true,
	"vessel": true, "vessels": true, "cranes": true, "components": true, "tender": true,
	"cargo": true, "cargoes": true, "goods": true, "products": true, "oils": true, "rapeseed": true, "olein": true,
	"stearine": true, "beef": true, "cattle": true, "meat": true, "dlrs": true, "t-bills": true, "coupons": true,
	"debt": true, "preferred": true, "export": true, "import": true, "dollar": true, "loan": true, "funds": true,
	"commodities": true, "materials": true,
	// Crypto tokens a company holds as a treasury asset: "raised $2 billion to buy more
	// bitcoin", "bought 5,000 bitcoin last week".
	"bitcoin": true, "bitcoins": true, "ether": true, "ethereum": true, "cryptocurrencies": true}

// stakeHeld says whether a stake trigger names a holding a company is described by rather than
// one it took: "Frontier, which owns a stake in Spirit", "already holds a 10% stake in". A stake
// "built", "bought" or "raised" is a purchase.
func stakeHeld(words []string, t trigger) bool {
	k := slices.Index(words[t.from:t.to], "stake")
	if k < 0 {
		return false
	}
	for j := t.from + k - 1; j >= 0 && j >= t.from+k-5; j-- {
		if holdingVerbs[words[j]] {
			// A holder described ("which owns", "already holds") has it; a filing's
			// "GROUP HOLDS 9.8 PCT STAKE" tells a stake disclosed, news of a purchase.
			return j > 0 && relativeHolders[words[j-1]]
		}
		if isClauseBreak(words[j]) || words[j] == "," {
			return false
		}
	}
	return false
}

// lenderWords make a standstill one on debt, between a borrower and its lenders.
var lenderWords = wordSet(`debt debts creditor creditors lenders loans repayment repayments repay principal`)

// holdingVerbs tell a holding as a state after relativeHolders.
var (
	holdingVerbs    = wordSet(`owns own owned holds hold held`)
	relativeHolders = wordSet(`which who that already still`)
)

// corporateDeal says whether an acquisition trigger is about a business changing hands rather
// than a purchase of goods or securities ("bought most of the bonds", "to buy 50,000 tonnes of
// wheat", "warrants to buy 575,000 shares").
func (s *sentence) corporateDeal(t trigger) bool {
	if strings.HasPrefix(s.words[t.from], "invest") && !s.investsInCompany(t) || s.words[t.to-1] == "to" && s.words[t.to-2] == "sold" && !s.soldToName(t) { // lead17.go
		return false
	}
	if s.words[t.from] == "standstill" && slices.ContainsFunc(s.words, func(w string) bool { return lenderWords[w] }) {
		return false // "a standstill agreement with its creditor banks on the repayment of its debt"
	}
	if saleAsCause(s.words, t) || causeLinked(s.words, t) || consumerPurchase(s.words, t) || failedDealCause(s.words, t) || ownSecurities(s.words, t) || ratingBuy(s.words, t) || attemptBid(s.words, t, tradedGoods) ||
		debtFromDeal(s.words, t) || ratingReason(s.words, t) || stakeHeld(s.words, t) || s.bareTenderNoCompany(t) || bulkBought(s.words, t) { // news53.go // dealhistory.go, wireratings.go, lead12.go
		return false
	}
	if t.from > 1 && s.words[t.from-1] == "to" {
		for k := t.from - 2; k >= 0 && k >= t.from-8; k-- {
			switch s.words[k] {
			case "warrants", "warrant", "options", "option", "rights", "right", "entitled", "entitles":
				return false
			}
		}
	}
	caps := s.caps
	if t.from > 0 && tradedGoods[s.words[t.from-1]] && (caps || !startsUpper(s.toks[t.from-1].text)) && !pricedBid(s.words, t) {
		return false // "sugar buying tender", "crude purchases"
	}
	for k := t.to; k < len(s.words) && k < t.to+8; k++ {
		w := s.words[k]
		if tradedGoods[w] && (caps || !startsUpper(s.toks[k].text)) && !goodsBusiness(s.words, k) && !sharePrice(s.words, k) { // news53.go
			return false
		}
		if w == "to" && k > 0 && s.words[k-1] == "up" || w == "at" && k+1 < len(s.words) && s.words[k+1] == "least" {
			continue // "bought up to 10 cargoes", "bought at least eight cargoes"
		}
		// A passive's "by" names the buyer, not what is bought: "agreed to be bought by funds
		// managed by Apollo" (news59).
		if w == "," || w == ";" || isClauseBreak(w) || w == "from" || w == "for" || w == "at" || w == "that" || w == "who" || w == "to" || w == "in" || w == "by" {
			break
		}
	}
	return true
}

// forecasts says whether the trigger's clause makes its event a forecast by its words alone.
func (s *sentence) forecasts(t trigger) bool {
	return s.status(t, events.Period{}, time.Time{}) == Forecast
}

// predicts says whether the trigger's clause speaks of the future ("expects a loss in the fourth
// quarter", "plans a split next month").
func (s *sentence) predicts(t trigger) bool {
	r := s.reading(t)
	return speaksAhead(r) && !s.measuredAgainstExpected(t, r) && !s.aheadInNextHeadline(t, r) && !s.doneThenWill(t, r) // news55.go, news100.go
}

// aheadInNextHeadline says whether a title's modal or word of intent stands in a later clause
// after a comma and its own verb: "Carl Icahn takes stake in Illumina, seeks board seats" took
// the stake; only the seats are sought.
func (s *sentence) aheadInNextHeadline(t trigger, r timex.Reading) bool {
	if s.start >= 0 || r.ModalAt < 0 {
		return false
	}
	at := s.tokenIndex(r.ModalAt - s.off)
	for k := t.to; k < at && k+1 < len(s.words); k++ {
		if s.headlineClauseAt(k) || s.words[k] == "," && headlineIntentVerbs[s.words[k+1]] {
			return true
		}
	}
	return false
}

// headlineClauseAt says whether word k is a headline's comma before its next clause's verb:
// "UPS to cut 20,000 jobs, forecasts lower 2025 revenue".
func (s *sentence) headlineClauseAt(k int) bool {
	return s.words[k] == "," && k+1 < len(s.words) && ((headlineClauseVerbShapes.mayHold(s.words[k+1]) && headlineClauseVerbs[s.words[k+1]]) || (headlineNounVerbShapes.mayHold(s.words[k+1]) && headlineNounVerbs[s.words[k+1]]))
}

// headlineIntentVerbs open a headline's later clause with what the subject wants: ", seeks board
// seats", ", eyes sale of unit".
var headlineIntentVerbs = wordSet(`seeks eyes weighs mulls considers explores targets wants urges pushes demands
	asks calls plans`)

// pastPayoutMonth says whether a month dates a payout's or a buyback's change rather than
// naming a period it is counted over: a month before the publication's ("suspended its dividend
// in January", "authorized a buyback last month"). A month's sales are its results, a month
// ahead is when a split or a payment takes effect, and a month in an outlook story is most often
// the earlier forecast's ("below the range it gave in July"): those keep the publication day.
func pastPayoutMonth(typ events.Type, p events.Period, published time.Time) bool {
	switch typ {
	case events.Dividend, events.Buyback, events.Split:
		return !published.IsZero() && p.End.Before(time.Date(published.Year(), published.Month(), 1, 0, 0, 0, 0, time.UTC))
	}
	return false
}

// outlookChangedIn says whether a past month right after an outlook's trigger dates the change
// of the outlook: "cut its own forecast in June", "lowered its outlook last month" in an article of
// August. A month further on is most often the earlier forecast's ("below the range it gave in
// July"), which pastPayoutMonth leaves to the publication day.
func (s *sentence) outlookChangedIn(t trigger, e timex.Expr, p events.Period, published time.Time) bool {
	if t.typ != events.Guidance || published.IsZero() ||
		!p.End.Before(time.Date(published.Year(), published.Month(), 1, 0, 0, 0, 0, time.UTC)) {
		return false
	}
	from := s.tokenIndex(e.ByteStart)
	if from < t.to || from > t.to+1 {
		return false
	}
	return from == t.to || s.words[t.to] == "in" || s.words[t.to] == "during"
}

// reportedOn says whether events of a type are dated by the day they are told rather than by the
// period they are about.
func reportedOn(typ events.Type) bool {
	switch typ {
	case events.Earnings, events.Dividend, events.Guidance, events.Split, events.Buyback:
		return true
	}
	return false
}

// twoParty says whether events of a type have a counterpart: an acquirer and a target, partners,
// litigants, a contractor and a client, a company and the executive's former or new employer, an
// analyst's subject.
func twoParty(typ events.Type) bool {
	switch typ {
	case events.Acquisition, events.Partnership, events.Legal, events.Contract, events.Analyst, events.Criticism,
		events.Product:
		return true
	}
	return false
}

// corporate says whether events of a type are acts of a company (not opinions or market moves).
func corporate(typ events.Type) bool {
	switch typ {
	case events.Forecast, events.Criticism, events.Analyst, events.PriceMove, events.Product:
		return false
	}
	return true
}

// namedSubject reads the subject of a trigger's clause that no alias knows: the capitalized words
// that open the clause right before its verb ("Contoso Robotics went public", "WeWork emerged from
// bankruptcy"). One plain capitalized word is too often not a company ("Analysts", "Investors"):
// it takes two words, or one written with an inner capital.
func (s *sentence) namedSubject(t trigger) *CompanyMention {
	if s.caps {
		return nil
	}
	if c := s.reportedOwnResults(t); c != nil { // news46.go
		return c
	}
	lo, _ := s.statusClause(t)
	n := lo
	for n < t.from && n-lo < 4 && isWord(s.toks[n].text) && startsUpper(s.toks[n].text) && !sentenceOpeners[s.words[n]] {
		n++
	}
	if n == lo || n < t.from && startsUpper(s.toks[n].text) {
		return nil
	}
	// Between the name and the trigger only a short verb group: "has", "filed for", "sought".
	if t.from-n > 3 {
		return nil
	}
	for k := n; k < t.from; k++ {
		if !isWord(s.toks[k].text) || startsUpper(s.toks[k].text) {
			return nil
		}
	}
	first := s.toks[lo].text
	if n-lo == 1 && (!strings.ContainsFunc(first[1:], unicode.IsUpper) && !s.dismissesOfficer(lo, t) || accountingBases[s.words[lo]]) { // news32.go, news46.go
		return nil
	}
	if s.periodOpens(lo, n) { // news77.go
		return nil
	}
	name := s.text[s.toks[lo].start:s.toks[n-1].end]
	return &CompanyMention{Company: Company{Name: name}, Text: name, Start: s.toks[lo].start, End: s.toks[n-1].end}
}

// allInTimex says whether every word of a trigger lies inside a temporal expression ("the first
// quarter" is a date, "4th qtr net" a result).
func (s *sentence) allInTimex(t trigger) bool {
	for i := t.from; i < t.to; i++ {
		if !s.inTimex[i] {
			return false
		}
	}
	return true
}

// tableHeads are the first words of the lines of a results table as newswires print them
// ("Shr 45 cts vs 58 cts", "Net 1.1 mln vs 829,000", "Revs 12.4 mln vs 10.2 mln", "Qtly div 12
// cts vs 10 cts prior").
var tableHeads = map[string]events.Type{"shr": events.Earnings, "shrs": events.Earnings, "net": events.Earnings,
	"revs": events.Earnings, "revenues": events.Earnings, "sales": events.Earnings, "oper": events.Earnings,
	"loss": events.Earnings, "profit": events.Earnings, "qtly": events.Dividend, "div": events.Dividend,
	"quarterly": events.Dividend, "semi-annual": events.Dividend, "annual": events.Dividend,
	"monthly": events.Dividend, "dividend": events.Dividend,
	// The heads of tables in the London and European style and the wire's abbreviations of
	// periods: "Pre-tax profit 54.6 mln stg vs 46.5 mln", "Turnover 1.26 billion vs 1.19
	// billion", "Group net 12.4 mln ringgit vs 24.3 mln", "Qtrly div five cts vs five cts
	// prior", "Interim dividend four cents vs same".
	"pretax": events.Earnings, "pre-tax": events.Earnings, "turnover": events.Earnings,
	"group": events.Earnings, "operating": events.Earnings, "attributable": events.Earnings,
	"qtrly": events.Dividend, "mthly": events.Dividend, "interim": events.Dividend, "final": events.Dividend,
	// A trust's payout: "Cash distribution 4.26 cts vs 3.24 cts prior".
	"cash": events.Dividend,
	// Whose figure a line gives, before the figure's own head: "Consolidated attributable net
	// 1986 profit 360 mln francs vs 279.8 mln", "Cons banking gp net profit 496.7 mln vs 354.5
	// mln", "Parent company net profit 191 mln vs 150.9 mln".
	"consolidated": events.Earnings, "cons": events.Earnings, "parent": events.Earnings}

// tableLine returns the type of a results-table line: a known head, a figure, and "vs" the figure
// of the year before. It returns "" for any other sentence.
func tableLine(words []string) events.Type {
	if len(words) < 4 && !(len(words) == 3 && firstShareLine(words)) { // "Shr 14 cts"
		return ""
	}
	if !tableHeadShapes.mayHold(words[0]) {
		return "" // no table's head word (xspeed22.go)
	}
	typ, ok := tableHeads[words[0]]
	if !ok {
		return ""
	}
	number, vs := false, false
	for _, w := range words[1:] {
		number = number || isNumber(w) || w == "loss" || w == "profit" || w == "nil" || numberWords[w] || tableFigure(w)
		vs = vs || w == "vs" || w == "versus" || w == "against"
	}
	if !number || !vs && !firstShareLine(words) {
		return ""
	}
	if typ == events.Dividend && !slices.Contains(words, "div") && !slices.Contains(words, "dividend") {
		if words[0] == "cash" {
			if slices.Contains(words, "distribution") {
				return events.Dividend
			}
			return "" // "Cash flow 1.2 mln vs 0.9 mln" is no head of results
		}
		return events.Earnings
	}
	return typ
}

// firstShareLine says whether a table line without "vs" is the per-share line of a results
// table all the same: "Shr 14 cts", "Shr loss 11 cts", "Oper shr loss 1.02 dlr", as the wire
// prints a company's first results after going public, with no year before to compare (wire17).
// "Shr" is the wire's own word; other heads ("Net", "Sales") begin prose too, and keep "vs".
func firstShareLine(words []string) bool {
	k := 0
	if words[0] == "oper" {
		k = 1
	}
	if words[k] != "shr" {
		return false
	}
	for _, w := range words[k+1 : min(k+4, len(words))] {
		if isNumber(w) || tableFigure(w) || numberWords[w] && w != "same" || w == "nil" {
			return true
		}
	}
	return false
}

// tableFigure says whether a word is a figure as tables print amounts that are no plain number:
// pence ("27.89p") and a fraction of a cent ("19-1/2").
func tableFigure(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	if p, ok := strings.CutSuffix(w, "p"); ok {
		return isNumber(p)
	}
	whole, frac, ok := strings.Cut(w, "-")
	return ok && isNumber(whole) && strings.Contains(frac, "/")
}

// numberWords are the figures a wire table spells out ("Qtly div nine cts vs eight cts prior",
// "Interim dividend four cents vs same").
var numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "fifteen": true,
	"twenty": true, "same": true}

// backgroundWords mark a clause that recalls the past instead of telling news.
var backgroundWords = map[string]bool{"previously": true, "earlier": true, "formerly": true, "once": true,
	"ago": true, "already": true, "last": true, "since": true, "past": true}

// lastAsBase says whether "last" at i dates the figure an outlook or a result is set
// against, a comparison word within the five words before it in its clause: "expects net income
// to exceed 3.00 dlrs a share, against 2.41 dlrs last year", "compared with 1.10 dlrs last year".
func lastAsBase(words []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		switch words[j] {
		case "against", "compared", "versus", "vs":
			return true
		case ";", ".", "but", "while":
			return false
		}
	}
	return false
}

// comparisonUnits before "earlier" or "ago" make a comparison, not background: "up 117% from a
// year earlier", "compared with a loss a year ago".
var comparisonUnits = map[string]bool{"year": true, "years": true, "quarter": true, "month": true,
	"period": true, "week": true}

// background says whether the trigger's clause recalls an earlier happening: a background word
// ("previously", "earlier", "last year") or the pluperfect ("had acquired").
func (s *sentence) background(t trigger) bool {
	lo, hi := s.statusClause(t)
	for i := lo; i < hi; i++ {
		if i >= t.to && s.causeAt(i, hi) {
			break // "sold bonds to help pay for its purchase last month": the cause's time is its own
		}
		w := s.words[i]
		// "a day earlier than scheduled" measures when the news came, against a plan.
		if backgroundWordShapes.mayHold(w) && backgroundWords[w] && !(i > 0 && comparisonUnits[s.words[i-1]] && (w == "earlier" || w == "ago") && !vagueAgo(s.words, i)) && // news49.go
			!(w == "earlier" && i+1 < len(s.words) && s.words[i+1] == "than") && !(w == "last" && lastAsBase(s.words, i)) {
			return true
		}
		if w == "had" && i+1 < hi && i < t.to && (strings.HasSuffix(s.words[i+1], "ed") || pastParticiples[s.words[i+1]] ||
			i+2 < hi && (s.words[i+1] == "been" || s.words[i+1] == "already")) && !s.reportedPluperfect(lo, i) { // lead15.go
			return true
		}
		// A present perfect whose span "since" opens right after the clause tells a course
		// that reaches the news, not the news: "has closed hundreds of stores since 2023".
		if (w == "has" || w == "have") && i+1 < hi && i < t.to && hi < len(s.words) && s.words[hi] == "since" &&
			(strings.HasSuffix(s.words[i+1], "ed") || pastParticiples[s.words[i+1]]) {
			return true
		}
	}
	return s.recalledAntecedent(lo)
}

// dayReporters are the verbs that report the day's news in a clause of their own.
var dayReporters = wordSet(`said says told announced disclosed confirmed noted added`)

// recalledAntecedent says whether the clause opening at lo is a ", which" clause that tells what
// a pluperfect clause before it brought about: "A year ago Vantor had released its last
// headset, which helped it report higher revenue in the quarter" recalls that quarter's results
// with the release. The clause before ends at the comma and opens at the sentence's start or
// at a break; a reporting verb there makes the pluperfect the day's report ("said it had agreed
// to buy Acme, which will ..."), so it does not count.
func (s *sentence) recalledAntecedent(lo int) bool {
	if lo < 2 || s.words[lo-1] != "which" || s.words[lo-2] != "," {
		return false
	}
	for i := lo - 3; i >= 0; i-- {
		w := s.words[i]
		if isClauseBreak(w) || statusBreaks[w] || w == "," || w == ";" || dayReporters[w] {
			return false
		}
		if w == "had" && i+1 < lo-2 && (strings.HasSuffix(s.words[i+1], "ed") || pastParticiples[s.words[i+1]]) {
			return true
		}
	}
	return false
}

// nominals are the first words of triggers that name a happening rather than tell it ("the
// acquisition", "its initial offering", "the dividend").
var nominals = map[string]bool{"acquisition": true, "acquisitions": true, "merger": true, "mergers": true,
	"takeover": true, "takeovers": true, "buyout": true, "buy-out": true, "leveraged": true, "purchase": true,
	"ipo": true, "ipos": true, "initial": true, "partnership": true, "alliance": true, "collaboration": true,
	"lawsuit": true, "lawsuits": true, "litigation": true, "settlement": true, "earnings": true, "revenue": true,
	"revenues": true, "criticism": true, "product": true, "release": true, "launch": true, "resignation": true,
	"successor": true, "offering": true, "public": true, "secondary": true, "deal": true, "bid": true,
	"offer": true, "tender": true, "stake": true, "sale": true, "dividend": true, "dividends": true,
	"split": true, "stock": true, "share": true, "buyback": true, "buybacks": true, "buy-back": true,
	"layoffs": true, "layoff": true, "bankruptcy": true, "contract": true, "contracts": true, "guidance": true,
	"outlook": true, "forecast": true, "results": true, "profit": true, "profits": true, "net": true,
	"loss": true, "joint": true, "licensing": true, "license": true, "definitive": true, "letter": true,
	"agreement": true, "spinoff": true, "spin-off": true, "divestiture": true, "restructuring": true,
	"job": true, "workforce": true, "reduction": true, "convertible": true, "senior": true, "credit": true,
	"line": true, "revolving": true, "funding": true, "series": true, "rights": true, "shelf": true,
	"debt": true, "equity": true, "financing": true, "special": true, "cash": true, "regular": true,
	"quarterly": true, "annual": true, "operating": true, "pretax": true, "pre-tax": true, "chapter": true,
	"insolvency": true, "receivership": true, "liquidation": true, "reorganization": true, "its": true,
	"a": true, "pct": true, "percent": true, "combination": true, "unsolicited": true, "hostile": true,
	"supply": true, "orders": true, "order": true, "marketing": true, "distribution": true, "oem": true,
	"patent": true, "antitrust": true, "investigation": true, "class": true, "probe": true,
	"indictment": true, "verdict": true, "injunction": true, "suit": true, "complaint": true,
	"private": true, "rating": true, "price": true, "analyst": true, "analysts": true, "record": true,
	"all-time": true, "52-week": true, "profit warning": true, "flotation": true}

// predicates are the verbs that make a named happening news ("approved the merger", "the
// acquisition was completed", "net income rose").
var predicates = map[string]bool{"announced": true, "announces": true, "announce": true, "announcing": true,
	"completed": true, "completes": true, "complete": true, "completing": true, "agreed": true, "agrees": true,
	"signed": true, "signs": true, "reached": true, "reaches": true, "approved": true, "approves": true,
	"approve": true, "confirmed": true, "confirms": true, "declared": true, "declares": true, "set": true,
	"sets": true, "proposed": true, "proposes": true, "launched": true, "launches": true, "made": true,
	"makes": true, "received": true, "receives": true, "won": true, "wins": true, "filed": true, "files": true,
	"rejected": true, "rejects": true, "accepted": true, "accepts": true, "terminated": true, "terminates": true,
	"approached": true, "approaches": true,
	"ended": true, "ends": true, "withdrew": true, "withdraws": true, "raised": true, "raises": true,
	"cut": true, "cuts": true, "omitted": true, "omits": true, "boosted": true, "increased": true,
	"increases": true, "reported": true, "reports": true, "posted": true, "posts": true, "began": true,
	"begins": true, "started": true, "closed": true, "closes": true, "extended": true, "extends": true,
	"amended": true, "sweetened": true, "opposed": true, "opposes": true, "sought": true, "seeks": true,
	"offered": true, "offers": true, "unveiled": true, "unveils": true, "disclosed": true, "discloses": true,
	"initiated": true, "initiates": true, "rose": true, "fell": true, "jumped": true, "dropped": true,
	"declined": true, "climbed": true, "gained": true, "totaled": true, "totalled": true, "was": true,
	"were": true, "expects": true, "expected": true, "plans": true, "planned": true, "paid": true, "pay": true,
	"pays": true, "payable": true, "priced": true, "prices": true, "cleared": true, "clears": true,
	"blocked": true, "blocks": true, "failed": true, "collapsed": true, "valued": true, "worth": true,
	"lowered": true, "lowers": true, "reduced": true, "reduces": true, "suspended": true, "suspends": true,
	"entered": true, "enters": true, "formed": true, "forms": true, "hit": true, "touched": true,
	"will": true, "would": true, "topped": true, "tops": true, "missed": true, "beat": true,
	"settled": true, "settles": true, "awarded": true, "awards": true, "granted": true, "grants": true,
	"tripled": true, "doubled": true, "surged": true, "slipped": true, "grew": true, "decreased": true,
	"plunged": true, "showed": true, "shows": true, "slashed": true, "hiked": true, "lifted": true,
	"trimmed": true, "authorized": true, "authorizes": true, "added": true, "expanded": true, "effected": true,
	"carried": true, "secured": true, "secures": true, "obtained": true, "arranged": true, "faces": true,
	"faced": true, "opened": true, "explored": true, "exploring": true, "explores": true, "weighing": true,
	"weighs": true, "considering": true, "considered": true, "mulling": true, "pursuing": true, "pursued": true,
	"studying": true, "preparing": true, "filing": true, "drew": true, "took": true, "takes": true,
	"emerged": true, "placed": true, "collapses": true, "fails": true,
	"resumed": true, "resumes": true, "restarted": true, "restarts": true, "halted": true, "halts": true,
	"paused": true, "pauses": true}

// predicated says whether a trigger tells a happening: a verb phrase itself, or a named happening
// with a verb of its own in its clause ("shareholders approved the merger"). A bare mention ("the
// pre-IPO excitement contrasts with Google's initial offering") is a reference, not news.
func (s *sentence) predicated(t trigger) bool {
	if t.verbal || !nominals[s.words[t.from]] {
		return true
	}
	lo, hi := s.statusClause(t)
	// The object of a preposition ("with the Determina acquisition, VMware will...") is told by a
	// verb before it or not at all.
	for i := max(lo, t.from-3); i < t.from; i++ {
		if prepositions[s.words[i]] {
			hi = i
			break
		}
	}
	for i := lo; i < hi; i++ {
		if (i < t.from || i >= t.to) && (predicates[s.words[i]] || s.progressive(i)) {
			return true
		}
	}
	return false
}

// progressive says whether word i is a verb in the present progressive after a company's name,
// which news tells what a company is doing with: "Apple is ending its card partnership". (After
// a pronoun it is mostly what someone said: "it has said it is seeking a merger partner".)
func (s *sentence) progressive(i int) bool {
	w := s.words[i]
	if i < 2 || len(w) <= 5 || !strings.HasSuffix(w, "ing") || s.words[i-1] != "is" && s.words[i-1] != "are" {
		return false
	}
	for _, c := range s.companies {
		if s.tokenIndex(c.End) == i-1 {
			return true
		}
	}
	return false
}

var prepositions = map[string]bool{"with": true, "after": true, "since": true, "following": true,
	"despite": true, "like": true, "from": true, "before": true, "until": true, "about": true, "over": true,
	"on": true, "of": true, "to": true, "into": true, "by": true, "in": true, "for": true, "during": true,
	"amid": true, "than": true, "without": true}

var pastParticiples = map[string]bool{"been": true, "bought": true, "sold": true, "made": true, "won": true,
	"taken": true, "paid": true, "cut": true, "set": true, "begun": true, "held": true, "led": true, "left": true,
	"lost": true, "given": true, "spun": true, "sought": true, "agreed": true}

// refersBack says whether the trigger's clause names its actor by a description or pronoun that
// stands for the article's company: "the company", "the firm", or "it" opening the sentence or
// next to "said" ("It said it would cut 200 jobs"); for a management change, an officer's title
// ("Chief executive Jane Roe stepped down").
func (s *sentence) refersBack(t trigger) bool {
	lo, hi := s.statusClause(t)
	if t.typ == events.Executive && s.officerTitled(lo, hi) {
		return true
	}
	if t.typ == events.PriceMove && s.ownShares(t, lo) {
		return true
	}
	if t.typ == events.Earnings && (s.periodFigureOpens(t, lo) || heldAgainstEstimates(s.words, t)) { // estimates.go
		return true
	}
	if t.typ == events.Guidance && s.officerExpects(t) {
		return true
	}
	for i := max(lo-2, 0); i < hi; i++ {
		switch s.words[i] {
		case "company", "firm":
			return i > 0 && s.words[i-1] == "the" || i > 1 && s.words[i-2] == "the"
		default:
			if !(companyDescriptorShapes.mayHold(s.words[i]) && companyDescriptors[s.words[i]]) && !(s.words[i] == "bank" && i > 0 && !centralBank[s.words[i-1]] && !s.article.namesCentralBank()) {
				continue
			}
			// "The bank" and "the largest U.S. bank" are the story's bank; "the central bank"
			// is no company. (Five words back: "U.S." is four.) A brand's owner is the story's
			// company too, the brand being no participant (links.go, parents): "Coach's Owner
			// Goes Shopping" (news28).
			if s.words[i] == "owner" && i > 1 && s.words[i-1] == "s" && apostrophes[s.words[i-2]] {
				return true
			}
			for j := i - 1; j >= 0 && j >= i-6; j-- {
				if s.words[j] == "the" {
					return startsUpper(s.toks[j].text)
				}
			}
		case "it":
			return i == 0 || i > 0 && s.words[i-1] == "said" || i+1 < len(s.words) && s.words[i+1] == "said" ||
				frontedPronoun(s.words, i) // news37.go
		case "management", "executives":
			// The company's management speaks for it: "Management guided to revenue of $4.3
			// billion", "its executives expect".
			if i < t.from && (i == 0 || s.words[i-1] == "its" || s.words[i-1] == "the") {
				return true
			}
		case "holders", "shareholders", "stockholders":
			// The company's holders voting act for it: "In addition, holders approved a
			// one-for-ten reverse split" at a meeting the story reports (wire21).
			if boardActs(t.typ) && i < t.from && i+1 < len(s.words) && holderVotes[s.words[i+1]] {
				return true
			}
		case "board":
			// The company's board acts for it: "The Board of Directors declared a quarterly
			// dividend", "its board approved a buyback" (not another company's board).
			return boardActs(t.typ) && i < t.from && i > 0 && (s.words[i-1] == "its" || s.words[i-1] == "the" && i-1 <= lo+1)
		}
	}
	return false
}

// toldByMain says whether the story's company itself tells a trigger's news of its own after it:
// "Revenue will rise to about $4.3 billion, Lam Research said" in a story about Lam Research.
// A company named before "said" after the trigger is otherwise a source (see bystander): a
// broker's view ("Earnings will fall, Salomon Brothers said") or a rating is no news of the
// broker's, and a move or an analyst's action is told of a stock, not by it.
func (s *sentence) toldByMain(t trigger, main *CompanyMention) bool {
	if t.typ == events.Analyst || t.typ == events.PriceMove || t.typ == events.Forecast {
		return false
	}
	for _, c := range s.companies {
		k, end := s.startIndex(c.Start), s.tokenIndex(c.End)
		if c.Start <= s.toks[t.from].start || c.Ticker == "" || c.Ticker != main.Ticker || k == 0 || s.words[k-1] != "," ||
			end >= len(s.words) || s.words[end] != "said" && s.words[end] != "says" {
			continue
		}
		// The speaker of the whole sentence closes it: ", Lam Research said.", "... said on
		// Wednesday", "... said in a statement" (not "which CSR said it believed").
		if n := end + 1; n >= len(s.words) || s.words[n] == "." || s.inTimex[n] || s.words[n] == "on" || s.words[n] == "in" {
			return true
		}
	}
	return false
}

// holderVotes are the verbs of holders voting on a proposal.
var holderVotes = wordSet(`approved approve approves voted ratified adopted authorized`)

// periodFigureOpens says whether a results figure named by its period opens the clause: in a
// story about a company, "Second-quarter revenue more than doubled to $30 billion" and
// "Quarterly net income fell 12%" are that company's results, as "its" would make them. Without
// a period ("Industry revenue rose 5%") the figure may be anyone's.
func (s *sentence) periodFigureOpens(t trigger, lo int) bool {
	if t.from == lo && t.to+1 < len(s.words) && (s.words[t.to] == "in" || s.words[t.to] == "for") {
		// The period after the measure: "Revenue in the second quarter more than doubled",
		// "Net income for the fiscal year fell 8%".
		for k := t.to + 1; k < len(s.words) && k <= t.to+4 && s.inTimex[k]; k++ {
			if w := s.words[k]; w == "quarter" || w == "half" || w == "year" || strings.HasSuffix(w, "-quarter") {
				return true
			}
		}
		return false
	}
	lo = digestLeadIn(s.words, lo, t.from) // "Also: second-quarter net income rose 12%" (news76.go)
	if t.from == lo || t.from-lo > 3 {
		return false
	}
	period := false
	for _, w := range s.words[lo:t.from] {
		switch {
		case periodQualifiers[w] || strings.HasSuffix(w, "-quarter") || strings.HasSuffix(w, "-half") || quarterCode(w): // news76.go
			period = true
		case !figureQualifiers[w] && w != "fiscal":
			return false
		}
	}
	return period
}

// periodQualifiers name the period of a results figure before it; figureQualifiers its measure.
var (
	periodQualifiers = wordSet(`quarterly full-year annual half-year first-half second-half year-end`)
	figureQualifiers = wordSet(`net total adjusted operating pretax pre-tax gross core comparable`)
)

// companyDescriptors are the nouns news calls a company by after naming it: "the retailer", "the
// memory chipmaker".
var companyDescriptors = wordSet(`retailer chain startup carrier lender maker designer airline insurer automaker
	carmaker chipmaker manufacturer producer operator developer group owner landlord utility biotech
	drugmaker miner shipbuilder steelmaker brewer conglomerate supplier publisher broadcaster refiner
	railroad builder homebuilder housebuilder provider distributor reit explorer shipper planemaker`)

// centralBank are the words before "bank" of an institution that is no listed company.
var centralBank = wordSet(`central reserve world development investment national federal people's`)

// namesCentralBank says whether the sentence names a central bank: "central bank", "Federal
// Reserve", "the Fed", "Bundesbank", "Bank of Japan", "the ECB".
func (s *sentence) namesCentralBank() bool {
	for i, w := range s.words {
		switch {
		case w == "bank" && i > 0 && (s.words[i-1] == "central" || s.words[i-1] == "reserve"),
			w == "reserve" && i > 0 && s.words[i-1] == "federal",
			w == "fed" && s.toks[i].text == "Fed", w == "bundesbank", w == "ecb",
			w == "bank" && i+2 < len(s.words) && s.words[i+1] == "of" && startsUpper(s.toks[i].text) && startsUpper(s.toks[i+2].text):
			return true
		}
	}
	return false
}

// boardActs says whether an event of type typ is one a board decides for its company.
func boardActs(typ events.Type) bool {
	switch typ {
	case events.Dividend, events.Buyback, events.Split, events.Executive, events.Acquisition, events.Offering:
		return true
	}
	return false
}

// ownShares says whether a price move's shares are the article company's by the way they are
// named: "Its shares fell 20%", "The stock rose 3% in late trading", or "Shares fell 14%" opening
// the clause, in a story about one company.
func (s *sentence) ownShares(t trigger, lo int) bool {
	if k := s.stockBeforeAside(t.from); k >= 0 { // "Its shares, which ..., fell 6%" (lead18.go)
		return k == lo || k == 0 || k > 0 && s.words[k-1] == "its" || k == 1 && s.words[0] == "the"
	}
	if s.listedOwnStock(t, lo) {
		return true // "its US-listed shares gained 3%", "its ADRs fell" (news96.go)
	}
	for k := t.from; k < t.to && k < len(s.words); k++ {
		if s.words[k] != "shares" && s.words[k] != "stock" {
			continue
		}
		switch {
		case k == lo:
			return true
		case k > 0 && s.words[k-1] == "its":
			return true
		case k > 0 && s.words[k-1] == "the" && k-1 == lo:
			return true
		}
		return false
	}
	return false
}

// detail names the kind of a dividend, guidance or split from the sentence's words.
func (s *sentence) detail(typ events.Type) string {
	has := func(ws ...string) bool {
		for _, w := range ws {
			if slices.Contains(s.words, w) {
				return true
			}
		}
		return false
	}
	switch typ {
	case events.Dividend:
		switch {
		case has("special", "extra", "one-time"):
			return "special"
		case has("omit", "omits", "omitted", "suspend", "suspends", "suspended", "eliminates", "eliminated", "skip", "skips", "skipped"):
			return "omitted"
		case has("raise", "raises", "raised", "increase", "increases", "increased", "hike", "hikes", "hiked", "boost", "boosts", "boosted", "lifts", "lifted",
			"double", "doubles", "doubled", "doubling"):
			return "raised"
		case has("cut", "cuts", "reduce", "reduces", "reduced", "lower", "lowers", "lowered", "slash", "slashes", "slashed", "trims", "trimmed",
			"halve", "halves", "halved", "halving"):
			return "cut"
		}
		return "declared"
	case events.Guidance:
		switch {
		case s.forecastTakenBack(): // guidancemoves.go
			// An outlook taken back is no cut: the company no longer says what it expects.
			return "withdrawn"
		case s.forecastRaised(): // guidancemoves.go
			return "raised"
		case anyWithin(s.words, 0, len(s.words), guidanceCuts): // lead15.go
			return "cut"
		case has("reaffirm", "reaffirms", "reaffirmed", "reiterate", "reiterates", "reiterated", "affirms", "affirmed", "maintains", "maintained", "confirms", "confirmed", "backs", "backed",
			"stood", "stands", "sticks", "stuck", "keep", "keeps", "kept", "keeping"):
			return "reaffirmed"
		}
		return "issued"
	case events.Split:
		if has("reverse", "consolidation", "consolidate", "consolidates") || s.phrase("into", "one") || s.phrase("into", "a", "single") {
			return "reverse" // "combine every 20 shares into one"
		}
		return "forward"
	}
	return ""
}

// outlookTakenBack are the verbs of guidance withdrawn (see detail).
var outlookTakenBack = wordSet(`suspend suspends suspended suspending withdraw withdraws withdrew withdrawn withdrawing
	pull pulls pulled pulling scrap scraps scrapped scrapping`)

// phrase says whether the sentence has the words ws in a row.
func (s *sentence) phrase(ws ...string) bool {
	for k := 0; k+len(ws) <= len(s.words); k++ {
		if equalWords(s.words[k:k+len(ws)], ws) {
			return true
		}
	}
	return false
}

// roles finds the subject and the objects of a trigger: the subject is the first company of the
// trigger's clause (or, in a passive "acquired by Citrix", the company after "by"); the objects
// are the other companies that take part, in the clause before the trigger and after it up to
// the end of its phrase. A company in an aside ("Paul Maritz, a former Microsoft executive"), in
// parentheses, or described as someone's former employer takes no part.
func (s *sentence) roles(t trigger) (subject *CompanyMention, objects []CompanyMention) {
	trigStart := s.toks[t.from].start
	part := s.participants(t)
	var before, after []CompanyMention
	for _, c := range s.companies {
		k := s.startIndex(c.Start)
		if s.inParens[k] || s.bystander(k, s.tokenIndex(c.End), c.End > trigStart) {
			continue
		}
		if s.exampleCompany(k, t) {
			continue // "department stores such as Penney and Macy's": examples of a group (news66.go)
		}
		if t.typ == events.Earnings && c.End > trigStart && resultsDealParty(s.words, t, k) {
			continue // "net includes a gain from sale of two hospitals to Hoyvik" (news105.go)
		}
		if c.End <= trigStart && (s.inRelativeBefore(k, t.from) || s.inWhoseList(k, t.from)) { // news66.go
			continue // "Fernway Bank, which bought Old Harbor's branches, reported a loss" (news58.go)
		}
		if c.End <= trigStart {
			before = append(before, c)
		} else if part[k] {
			after = append(after, c)
		}
	}
	if c, joined, ok := s.ledMovers(t); ok {
		return c, joined // "a sell-off in megacap stocks, led by Tesla and Apple" (news86.go)
	}
	if t.typ == events.Acquisition {
		if bid, ok := s.madeBidAt(t.from); ok {
			// A bid told by its maker: the taker rejects it, else the maker bids (news106.go).
			subj, obj := bid.maker, bid.taker
			if bid.rejected {
				subj, obj = obj, subj
			}
			return &subj, dedupe(append(append([]CompanyMention{obj}, before...), after...), subj.Name)
		}
	}
	if c, ok := s.moverOfRating(t, before, after); ok {
		return heapMention(c), nil // "Apple rose 2% after Morgan Stanley raised its price target" (lead20.go)
	}
	// Passive: "<target> acquired by <acquirer>", "acquisition of X by Y"; a spin-off names its
	// parent after "from" too ("Kellanova, which was spun off from Kellogg").
	if len(after) > 0 && t.to < len(s.words) {
		for k := t.to; k < len(s.words) && k <= t.to+4; k++ {
			if (s.words[k] == "by" && !heldBy(s.words, t, k) || spinOffFrom(s.words, t, k)) && k+1 < len(s.toks) && s.toks[k+1].start >= after[0].Start && after[0].Start-s.toks[k].end <= 1 { // heldBy: news45.go; spinOffFrom: news75.go
				acq := after[0]
				objects = append(objects, before...)
				objects = append(objects, after[1:]...)
				return &acq, dedupe(objects, acq.Name)
			}
		}
	}
	if c, ok := s.possessiveMover(t); ok {
		return heapMention(c), nil // "..., sending Nikola's shares up 12%" (news62.go)
	}
	if t.typ == events.PriceMove && quoteSized(s.words, t.to) && len(before) > 0 {
		// A market report's quote ("with Acme up 1-1/4 at 36 and Beta off 3/4 at 19") is the
		// move of the company right before it, however many quotes the clause strings together.
		if c := before[len(before)-1]; s.quotedBy(c, t) {
			return heapMention(c), nil
		}
	}
	if c, joined, ok := s.moverRightBefore(t, before); ok {
		return heapMention(c), joined // "with Acme falling 7% and Beta rising 2%": Beta's move (news44.go)
	}
	if c, ok := s.coordinatedMover(t, before); ok {
		return heapMention(c), nil // "Informatica rose 6% and Salesforce fell 2%": Salesforce's move (movers.go)
	}
	// The subject is the first company of the trigger's clause ("As with Propero, VMware acquired
	// Determina"; "Novell failed to entice XenSource into an acquisition").
	// A one-party event's subordinate clause starts at its subordinator: "Intel shares fell after
	// Nvidia reported results" is Nvidia's results. (A deal there may still be the main clause's
	// company's: "Intel shares jumped after Broadcom said it would buy its foundry unit".)
	clause := t.from
	// A colon in parentheses is an exchange tag's ("Acme (NASDAQ: ACME) and Beta agreed to
	// merge"), no clause's end (news32.go).
	for clause > 0 && !(strings.Contains(",;:", s.words[clause-1]) && !(s.words[clause-1] == ":" && s.inParens[clause-1])) && !(!twoParty(t.typ) && isSubordinator(s.words[clause-1]) && !s.inTimex[clause-1]) {
		clause--
	}
	// Companies before the trigger in an earlier clause are background ("As with Propero, ...").
	var inClause []CompanyMention
	for _, c := range before {
		if c.Start >= s.toks[clause].start {
			inClause = append(inClause, c)
		}
	}
	if len(inClause) > 0 {
		if lead := s.commaSubjects(before, clause); len(lead) > 0 {
			// "Pfizer, BioNTech win full FDA approval": companies listed by commas from the
			// sentence's start are the clause's subjects too, as "Pfizer and BioNTech" are.
			subj := lead[0]
			return &subj, dedupe(append(append(lead[1:], inClause...), after...), subj.Name)
		}
		subj := inClause[0]
		if unit, ok := s.ownedSubject(t, subj); ok && !twoParty(t.typ) {
			return heapMention(unit), dedupe(append(inClause, after...), unit.Name)
		}
		return heapMention(subj), dedupe(append(inClause[1:], after...), subj.Name)
	}
	if c := s.relativeSubject(clause, before); c != nil {
		return c, dedupe(after, c.Name) // "from Big Lots, which is closing stores" (news30.go)
	}
	if c, ok := s.ratedMover(t, clause, before); ok {
		return heapMention(c), nil // "Jefferies upgraded Kroger, and the shares rose 3%" (ratedmove.go)
	}
	before = s.sincePart(before, t.from) // news41.go
	if len(before) > 0 {
		// No company in the trigger's clause: the sentence's subject, its first company ("VMware,
		// the maker controlled by EMC, began trading"), with the companies joined to it ("Walt
		// Disney and FuboTV said ..., and settle Fubo's lawsuit").
		subj := before[0]
		var joined []CompanyMention
		for _, c := range s.joinedWith(subj) {
			// Only a subject that opens the sentence: "Earlier today, General Partners, owned by
			// Wagner and Brown and AFG Industries, launched" joins owners in an aside.
			if s.startIndex(subj.Start) == 0 && c.End <= trigStart && slices.ContainsFunc(before, func(b CompanyMention) bool { return b.Start == c.Start }) {
				joined = append(joined, c)
			}
		}
		joined = append(joined, s.tenderedTargets(t, before)...) // "shares of Hess ... were tendered in response to its offer" (lead14b.go)
		return &subj, dedupe(append(joined, after...), subj.Name)
	}
	if len(after) > 0 {
		subj := after[0]
		return &subj, dedupe(after[1:], subj.Name)
	}
	return nil, nil
}

// heapMention returns a pointer to a copy of c. Where a function returns &c of a c declared
// by "if c, ok := ...; ok", c escapes and is allocated each time the test runs, taken or not;
// a copy made in the branch is allocated only when it is returned.
func heapMention(c CompanyMention) *CompanyMention { return &c }

// listedAfter says whether the company c, named after trigger t, opens the list of a heading
// that names its news first: "Earnings this week: Kroger, General Mills and FedEx", "Dividend
// hikes: Target and Lowe's", "earnings from Nike, FedEx and Micron". Every company of such a
// list tells the event (news27): the list follows the heading's colon, or "from" or "of" right
// after the news.
func (s *sentence) listedAfter(t trigger, c CompanyMention) bool {
	k := s.startIndex(c.Start)
	if k < t.to {
		return false
	}
	if k == t.to+1 && (s.words[t.to] == "from" || s.words[t.to] == "of") {
		return true // "earnings from Nike, FedEx and Micron"
	}
	// A heading of a few words ends at its colon, the list right after it.
	colon := slices.Index(s.words, ":")
	return colon >= t.to && colon <= 7 && (k == colon+1 || k == colon+2 && (s.words[k-1] == "from" || s.words[k-1] == "of"))
}

// commaSubjects returns the companies before the clause that starts at token clause when they
// list its subject from the sentence's start, each after the last by a comma alone and the last
// right before the comma that opens the clause ("Pfizer, BioNTech win ..."); none otherwise.
func (s *sentence) commaSubjects(before []CompanyMention, clause int) []CompanyMention {
	if clause < 2 || s.words[clause-1] != "," {
		return nil
	}
	var lead []CompanyMention
	for _, c := range before {
		if c.Start < s.toks[clause].start {
			lead = append(lead, c)
		}
	}
	if len(lead) == 0 || s.startIndex(lead[0].Start) != 0 || s.pastSuffix(s.tokenIndex(lead[len(lead)-1].End)) != clause-1 { // news48.go
		return nil
	}
	for k := 1; k < len(lead); k++ {
		// A name found by its suffix (namedCompanies) may start before the alias found last.
		if lead[k].Start < lead[k-1].End {
			return nil
		}
		if strings.TrimSpace(s.text[lead[k-1].End:lead[k].Start]) != "," && !s.listedByCommas(lead[k-1], lead[k]) { // "JPMorgan Chase & Co, ..." (news48.go)
			return nil
		}
	}
	return lead
}

// Bystanders: the words around a company that make it an adviser, underwriter, source or
// former employer of someone rather than a party.
var (
	bystanderBefore = map[string]bool{"former": true, "ex": true, "manager": true, "managers": true, "via": true,
		"through": true, "underwriter": true, "underwriters": true, "adviser": true, "advisers": true,
		"advisor": true, "advisors": true, "analyst": true, "analysts": true, "economist": true, "economists": true}
	bystanderByVerbs = map[string]bool{"managed": true, "led": true, "advised": true, "underwritten": true,
		"polled": true, "surveyed": true, "compiled": true, // "analysts polled by LSEG": the consensus's source (news27)
		"co-managed": true, "arranged": true}
	bystanderAfter = map[string]bool{"said": true, "says": true, "analyst": true, "analysts": true,
		"economist": true, "economists": true, "spokesman": true, "spokeswoman": true, "reported": true,
		"told": true}
)

// bystander says whether the company at tokens [k, end) takes no part in the sentence's event:
// after a role word ("lead manager Citicorp", "via First Boston", "a former Microsoft
// executive"), or, after the trigger, followed by a word that makes it the source ("..., Salomon
// Brothers said", "Merrill Lynch analyst Jane Doe").
func (s *sentence) bystander(k, end int, afterTrigger bool) bool {
	if s.exchangeVenue(k, end) {
		return true
	}
	if k > 0 {
		prev := s.words[k-1]
		if bystanderBeforeShapes.mayHold(prev) && bystanderBefore[prev] || prev == "by" && k > 1 && bystanderByVerbs[s.words[k-2]] && !investingVehicle(s.words, k-2) || // news59.go
			(prev == "at" || prev == "of" || prev == "with" || prev == "from") && k > 1 && bystanderBeforeShapes.mayHold(s.words[k-2]) && bystanderBefore[s.words[k-2]] && s.words[k-2] != "former" {
			return true
		}
	}
	if k > 1 && (s.words[k-1] == "to" || s.words[k-1] == "of") && copiedNouns[s.words[k-2]] {
		return true // "a biosimilar version of Humira", "a generic version of Pfizer's Viagra": the maker copied (offered.go)
	}
	if k > 1 && s.words[k-1] == "with" && rivalryWords[s.words[k-2]] && possessiveAt(s.words, end) {
		return true // "a head-to-head fight with Novo Nordisk's Wegovy": the rival product's maker (offered.go)
	}
	if afterTrigger && end < len(s.words) && ((bystanderAfterShapes.mayHold(s.words[end]) && bystanderAfter[s.words[end]]) || s.titledPerson(end) || s.appositiveEmployer(k, end)) || s.employerHired(k, end) || competedWith(s.words, k) || // news47.go, news48.go, news89.go, news93.go
		!afterTrigger && s.relationModifier(end) { // "Apple supplier Foxconn" (lead15.go)
		return true
	}
	if afterTrigger && s.inPurposeClause(k) { // "as it looks to strengthen its position against Nvidia" (lead18.go)
		return true
	}
	if afterTrigger && end+1 < len(s.words) && s.words[end] == "as" && (s.words[end+1] == "lead" || s.words[end+1] == "co-lead" || s.words[end+1] == "adviser" || s.words[end+1] == "advisor") {
		return true
	}
	return false
}

// namedRightBefore says whether a name ends right before word k, as a modifier of the noun
// there: "after Liberty merger", "following the Hess deal". The name may be a company's the
// linker knows, or a capitalized word past the sentence's first before a noun in lower case (in
// a title in title case every word is capitalized: "Jumps As Analysts Turn Bullish").
func (s *sentence) namedRightBefore(k int) bool {
	return k > 1 && startsUpper(s.toks[k-1].text) && !startsUpper(s.toks[k].text) ||
		slices.ContainsFunc(s.companies, func(c CompanyMention) bool { return s.tokenIndex(c.End) == k })
}

// ownSharesSold says whether an acquisition trigger of selling ("sale of", "sold") sells a count
// of shares that names no company, in a sentence that tells a raising of money: "completed the
// sale of 40 million shares through an at-the-market program, raising about $325 million" is
// the company's own stock sold, an offering. "The sale of 10 million shares of BYD" sells a
// holding.
func (s *sentence) ownSharesSold(t trigger) bool {
	w := s.words[t.to-1] // the last word: "completed ... sale"
	if w != "sale" && w != "sold" && w != "sell" && w != "sells" && w != "selling" {
		return false
	}
	from := t.to
	if w == "sale" && from < len(s.words) && s.words[from] == "of" {
		from++
	}
	for k := from; k < len(s.words) && k <= from+6; k++ {
		if s.words[k] != "shares" && s.words[k] != "stock" {
			// A count or a sum: "40 million new common", "$5 billion of".
			if !isNumber(s.words[k]) && !ownShareCounts[s.words[k]] && s.words[k] != "$" && s.words[k] != "of" {
				return false
			}
			continue
		}
		// "shares of Acme", "its stake in Acme" are another company's; "stock in an
		// at-the-market offering" is the company's own sold in a way.
		named := inNamedOffering(s.words, k+1) // "shares in the listing" (news62.go)
		inOther := k+1 < len(s.words) && s.words[k+1] == "in" && !(k+2 < len(s.words) && (s.words[k+2] == "a" || s.words[k+2] == "an")) && !named
		if k == from || k+1 < len(s.words) && s.words[k+1] == "of" || inOther || s.companyWithin(t.to, k+1) {
			return false
		}
		if named {
			return true
		}
		for _, w := range s.words {
			if offeringContext[w] {
				return true
			}
		}
		return false
	}
	return false
}

// stockSoldInOffering says whether a sale of "stock in" or "shares in" is of the company's own,
// sold in a way of raising money rather than in a company: "sold $5 billion of stock in an
// at-the-market offering" ("sold its stock in Acme" is a holding sold). After "the" or "its" the
// sale must be named right there ("sold 12 million shares in the listing", news62.go): "shares
// in the company" are a holding.
func (s *sentence) stockSoldInOffering(t trigger) bool {
	if w := s.words[t.to-1]; (w == "stock" || w == "shares") && inNamedOffering(s.words, t.to) {
		return true // a trigger that ends on the shares: "sold 12 million shares | in the listing"
	}
	if t.to < 2 || t.to >= len(s.words) || s.words[t.to-1] != "in" {
		return false
	}
	if w := s.words[t.to-2]; w != "stock" && w != "shares" {
		return false
	}
	if inNamedOffering(s.words, t.to-1) {
		return true
	}
	if s.words[t.to] != "a" && s.words[t.to] != "an" {
		return false
	}
	for _, w := range s.words[t.to:] {
		if offeringContext[w] {
			return true
		}
	}
	return false
}

// ownShareCounts may stand between a sale and the shares it sells: "40 million new common".
var ownShareCounts = wordSet(`million mln billion new common ordinary additional about some`)

// offeringContext tells that a sale of shares raised money for their issuer.
var offeringContext = wordSet(`at-the-market raising raised raise proceeds offering`)

// exchangeVenue says whether the company at tokens [k, end) is a stock exchange named as the
// place shares trade, not a party: "began trading on the Nasdaq", "in its NYSE debut", "moved
// its listing to the New York Stock Exchange". ("Nasdaq agreed to buy Adenza" is the
// exchange's own deal.)
func (s *sentence) exchangeVenue(k, end int) bool {
	if k == 0 || end > len(s.words) {
		return false
	}
	if exchangeRuleMaker(s.words, k, end) { // news54.go
		return true // "to regain compliance with Nasdaq's minimum bid price requirement"
	}
	switch first, last := s.words[k], s.words[end-1]; {
	case end-k == 1 && (first == "nasdaq" || first == "nyse"):
	case end-k > 2 && last == "exchange" && s.words[end-2] == "stock":
	case end-k == 3 && first == "nasdaq" && last == "market" && s.words[k+1] == "stock":
	default:
		return false
	}
	prev := s.words[k-1]
	if prev == "the" && k > 1 {
		prev = s.words[k-2]
	}
	return venuePrepositions[prev]
}

// venuePrepositions put a stock exchange as the place of a listing.
var venuePrepositions = wordSet(`on onto to from off at in its their his her`)

// asideOpeners, after a comma, open an aside about what came before rather than more
// participants: "..., a former Microsoft executive", "..., which Oracle also bid for".
var asideOpeners = map[string]bool{"a": true, "an": true, "the": true, "which": true, "who": true, "whose": true,
	"whom": true, "where": true, "formerly": true, "former": true, "its": true, "his": true, "her": true,
	"their": true, "providing": true, "including": true, "making": true, "employing": true, "owned": true,
	"based": true, "headquartered": true, "also": true, "itself": true,
	// A company's founding told in passing (news26): "Dropbox, founded in 2007, went public in
	// 2018" went public in 2018.
	"founded": true, "established": true, "incorporated": true}

// clauseVerbs after a company that follows a comma make it the subject of a new clause ("...,
// Red Hat may find it difficult").
var clauseVerbs = map[string]bool{"may": true, "might": true, "will": true, "would": true, "could": true,
	"can": true, "is": true, "was": true, "has": true, "had": true, "said": true, "says": true, "shares": true,
	"stock": true, "also": true, "which": true, "did": true, "does": true, "are": true, "were": true}

// newClauseAt says whether a comma or colon at token k opens a new clause with a company as its
// subject: "..., Red Hat may find it difficult", "...: Virtual Iron is the first".
func (s *sentence) newClauseAt(k int) bool {
	if w := s.words[k]; w != "," && w != ":" {
		return false
	}
	if k+1 < len(s.words) && s.words[k+1] == "and" {
		return s.ownSubjectAfter(k+2) || s.aheadAfterAnd(k+2) // lead18.go
	}
	if k+1 < len(s.words) && s.words[k+1] == "as" {
		// ", as" opening a clause with its own subject and verb is a circumstance beside the
		// event: "recalled 200,000 trucks, as General Motors faced a similar probe" (r7).
		return s.ownSubjectAfter(k + 2)
	}
	for _, c := range s.companies {
		if i := s.startIndex(c.Start); i == k+1 {
			j := s.tokenIndex(c.End)
			return j < len(s.words) && clauseVerbs[s.words[j]]
		}
	}
	return false
}

// ownSubjectAfter says whether the words from token k, after ", and", are a clause with a
// subject of its own: a finite verb comes after at least one word, before the next comma
// ("sued Moderna, and Amgen settled with Regeneron"; "blocked JetBlue's takeover of Spirit, and a
// previous agreement with Frontier collapsed"). A list has no verb ("sued Moderna, Novavax, and
// BioNTech"), and a verb right after the "and" is the same subject's ("bought Beta, and sold
// Gamma").
func (s *sentence) ownSubjectAfter(k int) bool {
	for j := k + 1; j < len(s.words) && j <= k+10; j++ {
		w := s.words[j]
		if w == "," || w == ";" || w == ":" || isClauseBreak(w) || s.inParens[j] {
			return false
		}
		if s.doc.Finite(s.off+s.toks[j].start) && !determiners[s.words[j-1]] && s.words[j-1] != "'s" {
			return true // (a participle after a determiner is an adjective: "its planned venture")
		}
	}
	return false
}

// participants marks the tokens after a trigger where its participants can stand: up to the end
// of its clause (a clause word, "said", "according", ";"), and not inside an aside (from a comma
// and an aside opener to the next comma) or a new clause after a comma.
func (s *sentence) participants(t trigger) []bool {
	ok := make([]bool, len(s.words))
	for k := t.from + 1; k < t.to; k++ {
		ok[k] = true // inside a phrase with a gap: "shares of Intel plunged"
	}
	if t.typ == events.Product && s.words[t.to-1] == "available" {
		return ok // "will be available at Home Depot and Lowe's": the shops that sell it (news32.go)
	}
	aside, supplied := false, false
	named, nameEnd, launched := s.launchedName(t) // news55.go
	person := s.inPersonAside(t.from)
	for k := t.to; k < len(s.words); k++ {
		w := s.words[k]
		if person && s.personHistoryAt(k) {
			break // "who took over last year and has been rebuilding ties with Adidas" (news62.go)
		}
		if launched && k >= named && k < nameEnd {
			continue // "shows off Orion AR glasses": the product's name, not a party
		}
		if w == ";" || s.wordIs(k, wClauseBreak) || w == "said" || w == "says" || w == "according" || w == "after" || conditionOpenerAt(s.words, k, t.to) {
			break // (lead14.go)
		}
		if t.typ == events.Analyst && analystReasonSet.has(w) { // news43.go
			break // "downgraded Express Scripts, saying its biggest customer, Anthem, leaves": the reason
		}
		if t.typ == events.Acquisition && (rivalDealAt(s.words, k) || rivalBidderAt(s.words, k) || supplied && w == "to") { // news47.go
			// "offer for Anadarko, challenging Chevron deal": the rival bidder; "creates one of
			// the largest suppliers of cockpit electronics, seats and engines to Boeing": the
			// customers (offered.go). Neither is a party to the deal.
			break
		}
		// Only a deal's parties stop at its customers: the nouns are probed for no other type.
		supplied = supplied || t.typ == events.Acquisition && supplierNounSet.has(w) && k+1 < len(s.words) && (s.words[k+1] == "of" || s.words[k+1] == "to")
		if s.newClauseAt(k) || k > t.to && s.causeAt(k, len(s.words)) {
			break // "sold the division it acquired as part of its purchase of Diamond Shamrock": a cause
		}
		if rivalryAt(s.words, k) || t.typ == events.Acquisition && overtakeAt(s.words, k) { // news101.go
			break // "teams up with Microsoft as it takes on Amazon": a rival, no party
		}
		if w == "," {
			aside = k+1 < len(s.words) && (asideOpenerShapes.mayHold(s.words[k+1]) && asideOpeners[s.words[k+1]])
			continue
		}
		ok[k] = !aside
	}
	return ok
}

// rivalryAt says whether a verb of competing stands at word k: the company after it is the
// rival of the event's parties ("as it takes on Amazon", "to compete with Nvidia", "beating a bid
// from Kenning"). Nouns are not read so: "a stake in the proposed rival to KDD" names the company
// bought by its rival, and "agreed to buy rival Beta" the company bought.
func rivalryAt(words []string, k int) bool {
	switch words[k] {
	case "compete", "competes", "competing":
		return true
	case "take", "takes", "taking", "took":
		return k+1 < len(words) && words[k+1] == "on" || aimedAt(words, k) // "takes aim at Apple" (news63.go)
	case "beating", "outbidding", "outbid", "outbids", "defeating":
		// The loser of a contest the event won: "won a 126 mln dlr contract from the authority,
		// beating a bid from Kenning Corp" (wire17).
		return true
	case "beat", "beats":
		return k+1 < len(words) && words[k+1] == "out" // "beat out Kenning for the order"
	case "over":
		return overRival(words, k) // "over domestic rival Cleveland-Cliffs" (news34.go)
	}
	return false
}

// dedupe returns the companies of cs by name, each once and none named not, in order. A clause
// names a few: the names kept are searched, where a map made for each clause cost an allocation
// and a hash of each name.
func dedupe(cs []CompanyMention, not string) []CompanyMention {
	var out []CompanyMention
	for _, c := range cs {
		if c.Name != not && !slices.ContainsFunc(out, func(o CompanyMention) bool { return o.Name == c.Name }) {
			out = append(out, c)
		}
	}
	return out
}

// statusBreaks end the clause around a trigger that tells whether it is background, news or a
// reference (see statusClause): besides the clause words, the subordinators and reporting verbs
// that open another statement.
var statusBreaks = map[string]bool{"after": true, "as": true, "when": true, "since": true, "saying": true,
	"said": true, "says": true, "following": true, "amid": true, "until": true, "before": true, "if": true,
	"unless": true, "so": true, ";": true, "who": true, "whom": true}

// statusClause returns the token range of the clause around a trigger.
func (s *sentence) statusClause(t trigger) (lo, hi int) {
	lo, hi = t.from, t.to
	for lo > 0 && !s.wordIs(lo-1, wClauseBreak|wStatusBreak) && !(s.words[lo-1] == "," && lo >= 2 && s.asideHolds(lo-2, lo, true)) {
		lo-- // (an aside before the trigger is no part of its clause: "Intel, which cut ... last week, declined 2%")
	}
	for hi < len(s.words) && !s.wordIs(hi, wClauseBreak|wStatusBreak) && !s.newClauseAt(hi) {
		hi++
	}
	return lo, hi
}

// reading is the tagger's reading of the clause around a trigger (timex.Text.Reading): the tense
// its dates were resolved with, and the modal and hedge words that decide its status, so that an
// event's status and its date never disagree.
//
// A quantity ("will spend as much as $2 billion buying its own stock") is read with the trigger:
// its "as" is no subordinator, and the verb before it governs the trigger's status.
func (s *sentence) reading(t trigger) timex.Reading {
	to := max(t.to, t.from+1)
	from := t.from
	for k := t.from - 1; k >= 2 && k >= t.from-8; k-- {
		if s.words[k] == "as" && quantityAs[s.words[k-1]] && s.words[k-2] == "as" {
			from = max(k-3, 0)
			break
		}
	}
	if k := inclusionAt(s.words, t.from); k >= 2 {
		from = k - 2 // "is exploring options, including a sale of a stake" (ownworks.go)
	}
	if s.readFilled && s.readSpan == [2]int{from, to} {
		return s.read
	}
	s.read = s.doc.Reading(s.off+s.toks[from].start, s.off+s.toks[to-1].end)
	s.readSpan, s.readFilled = [2]int{from, to}, true
	return s.read
}

// quantityAs are the words of "as much as", "as many as": a bound of a figure, not a clause.
var quantityAs = map[string]bool{"much": true, "many": true, "little": true, "few": true, "high": true,
	"low": true, "large": true}

// status: a date after publication can only be a forecast; a hedge in the trigger's clause
// (rumors, talks, an attempt) makes a report; a modal or the future tense there a forecast; else
// it occurred. A title ending in "?" is a report.
func (s *sentence) status(t trigger, p events.Period, published time.Time) events.Status {
	switch {
	case s.attributed:
		return Report
	case !published.IsZero() && p.Start.After(published):
		return Forecast
	}
	r := s.reading(t) // only now: the clause's reading is the dearest part
	switch {
	case r.Hedge != "" || (s.start < 0 && t.typ != events.Analyst && strings.HasSuffix(strings.TrimSpace(s.text), "?")):
		return Report
	case ruledInPast(s.words, t): // rulings.go
		return Occurred
	case s.forecastReading(t, r):
		return Forecast
	case s.start < 0 && t.typ == events.Earnings && (previewTitle(s.words, t) || awaitedInTitle(s.words, t) || comingInTitle(s.words, t)):
		return Forecast // "Nike reports Thursday: what to expect", "Nvidia slips ahead of results": results not yet out (roundups.go, lead19.go, news107.go)
	case t.from > 0 && !t.verbal && (maybeAdjectiveShapes.mayHold(s.words[t.from-1]) && maybeAdjectives[s.words[t.from-1]]):
		return Forecast // "warns of possible bankruptcy": the filing may come, none is told
	case s.start < 0 && t.typ != events.PriceMove && t.from > 0 && s.words[t.from-1] == "to" && !amountTo(s.words, t.from-1) && !slices.Contains(s.words[:t.from], "agrees") && !slices.Contains(s.words[:t.from], "agreed"):
		// Headline style: "Acme to buy Beta" is a deal announced, not yet done.
		return Forecast
	}
	return Occurred
}

// forecastReading says whether a reading makes a trigger's event a forecast: a modal in its
// clause, or the future tense with its cue there ("can" tells an ability, not a future). A company's
// guidance is news that occurred, even though it speaks of the future: only a modal of the
// future before the trigger ("will update its outlook") makes it a forecast.
func (s *sentence) forecastReading(t trigger, r timex.Reading) bool {
	if t.typ == events.Guidance {
		return guidanceModals[r.Modal] && r.ModalAt < s.off+s.toks[t.from].start
	}
	return speaksAhead(r) && !s.measuredAgainstExpected(t, r) && !s.aheadInNextHeadline(t, r) && !s.doneThenWill(t, r) // news55.go, news100.go
}

// speaksAhead says whether a reading looks ahead: a modal in the clause, or the future tense
// with its cue there.
func speaksAhead(r timex.Reading) bool { return r.Ahead }

// maybeAdjectives before an event's noun make it one that may happen.
var maybeAdjectives = wordSet(`possible potential looming likely imminent threatened prospective`)

var guidanceModals = map[string]bool{"will": true, "would": true, "may": true, "might": true, "could": true,
	"shall": true, "plans": true, "plans to": true}

func (e *Event) add(c Company) {
	if !slices.Contains(e.Companies, c.Name) {
		e.Companies = append(e.Companies, c.Name)
	}
	if c.Ticker != "" && !slices.Contains(e.Tickers, c.Ticker) {
		e.Tickers = append(e.Tickers, c.Ticker)
	}
}

// definiteOwner is the company "the company's" (or "the firm's", "the group's") before trigger t
// refers to: the company named last before it in the sentence; nil when t has no such owner.
func (s *sentence) definiteOwner(t trigger) *CompanyMention {
	k := t.from
	switch {
	case k >= 1 && s.words[k-1] == "'s":
		k--
	case k >= 2 && s.words[k-1] == "s" && (s.words[k-2] == "'" || s.words[k-2] == "’"):
		k -= 2
	default:
		return nil
	}
	if k < 2 || s.words[k-2] != "the" || !definiteCompany[s.words[k-1]] {
		return nil
	}
	var last *CompanyMention
	for i := range s.companies {
		if c := &s.companies[i]; c.End <= s.toks[k-2].start && c.Ticker != "" {
			last = c
		}
	}
	return last
}

// definiteCompany are the nouns "the X's" refers back to a company with.
var definiteCompany = map[string]bool{"company": true, "firm": true, "group": true, "retailer": true,
	"chipmaker": true, "carrier": true, "lender": true, "insurer": true, "drugmaker": true, "automaker": true}

// brokerActs says whether company c is the subject of the analyst's verb itself: named within
// a few words before the trigger ("Morgan Stanley reiterated its overweight rating"), with no
// comma between.
func brokerActs(s *sentence, c *CompanyMention, t trigger) bool {
	end := s.tokenIndex(c.End)
	return end <= t.from && end >= t.from-4 && !slices.Contains(s.words[end:t.from], ",")
}

// passiveRatingVerbs change a rating; right before "to" ("cut to neutral", "downgraded to sell")
// they are passives whose subject is the stock rated.
var passiveRatingVerbs = wordSet(`cut raised lowered downgraded upgraded lifted moved`)

// ratedPassive says whether an analyst trigger starts with a passive of a rating change, its verb
// right before "to": "Etsy cut to neutral at Baird", "Ford downgraded to sell by UBS". (The active
// verb has its object between: "Baird cut Etsy to neutral", "cut its rating to neutral".)
func ratedPassive(words []string, t trigger) bool {
	return passiveRatingVerbs[words[t.from]] && t.from+1 < len(words) && words[t.from+1] == "to"
}

// brokerMood says whether an analyst's trigger tells a broker's change of view as its mood
// ("Tywyn Retail slips after Harlech turns bearish"): the broker is its subject and its source,
// the rated company another.
func brokerMood(words []string, t trigger) bool {
	return t.from+1 < len(words) && (words[t.from] == "turns" || words[t.from] == "turned") &&
		(words[t.from+1] == "bullish" || words[t.from+1] == "bearish")
}

// ratesTheStock says whether an analyst's action names its object as "the stock", "the shares"
// or "the company" within the clause after the trigger, or inside its gap ("cut the stock to
// neutral": news27).
func ratesTheStock(words []string, t trigger) bool {
	if bareRated(words, t) {
		return true // "after Morgan Stanley downgrades insurer" (news31.go)
	}
	if ratedByEpithet(words, t) {
		return true // "as Morgan Stanley upgrades video platform", "upgrades it" (news101.go)
	}
	if headlineRated(words, t) {
		return true // "after JPMorgan cuts stock to underweight" (news67.go)
	}
	from := t.to
	if t.gap {
		from = t.from + 1
	}
	for k := from; k+1 < len(words) && k < t.to+8; k++ {
		if isClauseBreak(words[k]) || words[k] == "," || words[k] == ";" || words[k] == "." {
			return false
		}
		if (words[k] == "the" || words[k] == "its") && (words[k+1] == "stock" || words[k+1] == "shares" || words[k+1] == "company") {
			return true
		}
		if words[k] == "the" && (companyDescriptors[words[k+1]] || k+2 < len(words) && companyDescriptors[words[k+2]]) {
			return true // "on the memory chipmaker"
		}
		if theLongDescribed(words, k) {
			return true // "the property and casualty insurer" (news31.go)
		}
		if describedFirm(words, k) {
			return true // "the factory automation company" (news67.go)
		}
	}
	return false
}

// namedBefore is the last linked company the sentence names before c other than c, or nil.
func (s *sentence) namedBefore(c CompanyMention) *CompanyMention {
	var last *CompanyMention
	for i := range s.companies {
		if o := &s.companies[i]; o.End <= c.Start && o.Ticker != "" && o.Ticker != c.Ticker && !o.Cited {
			last = o
		}
	}
	return last
}

// spinOffAt says whether the deal's trigger at word k is a spin-off.
func spinOffAt(words []string, k int) bool {
	switch words[k] {
	case "spin-off", "spinoff", "spin-offs", "spinoffs":
		return true
	case "spin", "spins", "spun", "spinning":
		return k+1 < len(words) && words[k+1] == "off"
	}
	return false
}

// written is the name a headline gives a company: as the article wrote it where that is the
// listing's name in other capitals ("Qualcomm" for the listing's "QUALCOMM"; not a wire
// headline's capitals), else the listing's.
func written(c CompanyMention) string {
	if c.Text != c.Name && strings.EqualFold(c.Text, c.Name) && strings.ToUpper(c.Text) != c.Text {
		return c.Text
	}
	return c.Name
}

// The words of a bid, before or at a deal's trigger, and of its rejection or completion.
var (
	bidWords      = wordSet(`bid bids bidding offer offers offered proposal proposals approach approaches`)
	approachWords = wordSet(`approached approaches offered offers bid`)
	rejections    = wordSet(`rejected rejects reject rejecting spurned spurns rebuffed rebuffs turned`)
	completions   = wordSet(`completed completes complete closed closes finished accepted accepts`)
)

// resultsDue says whether the results near word k are to be reported ("will report quarterly
// results on Oct. 1", "is scheduled to post earnings after the bell"), a release to come rather
// than an outlook.
func (s *sentence) resultsDue(k int) bool {
	for i := max(k-4, 1); i <= k+1 && i < len(s.words); i++ {
		if (releaseVerbs[s.words[i]] || s.words[i] == "unveil") && (s.words[i-1] == "to" || s.words[i-1] == "will" || s.words[i-1] == "would") {
			// "said it would report earnings per share of $1.05 to $1.10" gives the figures early.
			for j := i + 1; s.words[i-1] == "would" && j < len(s.words) && j <= i+6; j++ {
				if s.words[j] == "of" && j+1 < len(s.words) && (s.words[j+1] == "$" || s.words[j+1] != "" && s.words[j+1][0] >= '0' && s.words[j+1][0] <= '9') {
					return false
				}
			}
			return true
		}
	}
	return false
}

var releaseVerbs = wordSet(`report release post announce publish`)

// headline writes a short headline: "VMware acquires Determina", else the sentence itself, cut
// at a word boundary.
func headline(e Event, subj *CompanyMention, objs []CompanyMention, s *sentence, from int) string {
	var names []string
	for _, o := range objs {
		if subj != nil && o.Ticker != "" && o.Ticker == subj.Ticker {
			continue // a company's unit under its own listing: "Alphabet's Google" is one party
		}
		names = append(names, written(o))
	}
	obj := strings.Join(names, ", ")
	if subj == nil || e.Detail == "denied" || e.Detail == "failed" {
		return clip(s.text, 90) // the sentence says what did not happen, which a short headline would not
	}
	name := written(*subj)
	typ, status := e.Type, e.Status
	var verb [2]string // a switch, not a map literal: that was a map made per event
	switch typ {
	case events.Acquisition:
		verb = [2]string{"acquires", "to acquire"}
	case events.Partnership:
		verb = [2]string{"partners with", "to partner with"}
	}
	if typ == events.Contract && e.Detail == "order" {
		verb = [2]string{"orders from", "to order from"} // told by the buyer, the maker its object
	}
	if typ == events.Acquisition {
		// The seller's news: "Intel plans to sell its Altera unit", "agreed to sell a 51% stake
		// in Altera", "sold its stake in Mobileye" (the verb at the trigger or just before it).
		near := s.words[max(from-3, 0):min(from+8, len(s.words))]
		sells := slices.ContainsFunc(s.words[max(from-3, 0):min(from+3, len(s.words))], func(w string) bool {
			return strings.HasPrefix(w, "sell") || w == "sold" || w == "sale" || strings.HasPrefix(w, "divest")
		})
		// "got $1.2 billion for its trucking unit", "the sale of its hotel chain to" (news103.go).
		sells = sells || sellerTold(s.words, from)
		obj0 := len(s.words) // the first object's word
		if len(objs) > 0 {
			obj0 = min(s.startIndex(objs[0].Start), len(s.words))
		}
		bid, madeBid := s.madeBidAt(from) // news106.go
		if si := s.startIndex(subj.Start); !sells && !(madeBid && !bid.rejected && bid.maker.Name == subj.Name) && si > from && si < len(s.words) && !slices.Contains(s.words[from:si], "by") &&
			!(spinOffAt(s.words, from) && slices.Contains(s.words[from:si], "from")) {
			// The buyer goes unnamed where the first company comes after the verb of buying
			// without "by": "Silver Lake agreed to buy a 51% stake in Altera from Intel" is no
			// deal of Altera's. The sentence says who bought.
			return clip(s.text, 90)
		}
		ahead := min(from+3, len(s.words)) // the trigger and the words that say its kind ("bid for", "offer to buy")
		spin := spinOffAt(s.words, from)
		if spin && (obj0 > from+3 || obj0 >= len(s.words)) {
			// A spin-off makes a company, it buys none: "spins off GE HealthCare" where the
			// new company follows ("the spin-off of GE HealthCare", "spun off GE HealthCare"),
			// else what the parent does ("completed the spin-off of its energy business,
			// leaving GE Aerospace" names the parent that stays).
			switch status {
			case Occurred:
				return name + " spins off a business"
			case Forecast:
				return name + " to spin off a business"
			}
			return name + " may spin off a business"
		}
		switch w := s.words[from]; {
		case spin:
			verb = [2]string{"spins off", "to spin off"}
		case sells && soldWhole(s.words, from, obj0):
			// "approved the company's sale to Chevron", "agreed to sell itself to Chevron": the
			// subject is what is sold, not the buyer (lead20.go).
			verb = [2]string{"is sold to", "to be sold to"}
		case sells && obj0 > 0 && obj0 < len(s.words) && s.words[obj0-1] == "to":
			verb = [2]string{"sells a business to", "to sell a business to"} // "agreed to sell its coatings business to Stithians"
		case sells && slices.Contains(near, "stake"):
			verb = [2]string{"sells a stake in", "to sell a stake in"}
		case sells:
			verb = [2]string{"sells", "to sell"}
		case strings.HasPrefix(w, "invest"):
			verb = [2]string{"invests in", "to invest in"} // money for a stake, not the company
		case madeBid && bid.rejected && bid.taker.Name == subj.Name,
			!madeBid && anyWithin(s.words, max(from-3, 0), ahead, rejections):
			// "Intel rejected a takeover offer from Qualcomm": the target turns a bid down.
			verb = [2]string{"rejects a bid from", "to reject a bid from"}
		case !anyWithin(s.words, max(from-3, 0), from, completions) &&
			(anyWithin(s.words, from, ahead, bidWords) || anyWithin(s.words, max(from-4, 0), from, approachWords)):
			// A bid, an offer or an approach is not the deal: "Qualcomm made a $90 billion bid
			// for Intel", "offered to buy", "approached Intel about a takeover".
			verb = [2]string{"bids for", "to bid for"}
		case mergingWords[w] && !anyWithin(s.words, from, max(from, min(obj0, from+8, len(s.words))), stakeWords):
			// "agreed to merge with JetBlue", "completed its merger with JetBlue": a merger
			// names no buyer, and its headline none (lead20.go).
			verb = [2]string{"merges with", "to merge with"}
		case stakeTaken(s.words, from), obj0 > from && slices.Contains(s.words[from:min(obj0, from+8)], "stake"):
			// "agreed to buy a 49% stake in Nokia": a stake is bought, not the company.
			verb = [2]string{"takes a stake in", "to take a stake in"}
		case obj0 > from && len(objs) > 0 && objs[0].End < len(s.text) && (strings.HasPrefix(s.text[objs[0].End:], "'s ") || strings.HasPrefix(s.text[objs[0].End:], "’s ")):
			// "bought Carrier's security business": a part of the company.
			verb = [2]string{"acquires a business of", "to acquire a business of"}
		}
	}
	switch {
	case typ == events.IPO && status == Forecast:
		return name + " plans IPO"
	case typ == events.IPO:
		return name + " goes public"
	case typ == events.Acquisition && e.Detail == "terminated" && obj != "":
		return name + " and " + obj + " end their deal"
	case typ == events.Partnership && e.Detail == "terminated" && obj != "":
		return name + " and " + obj + " end their partnership"
	case verb[0] != "" && obj != "" && status == Occurred:
		return name + " " + verb[0] + " " + obj
	case verb[0] != "" && obj != "" && status == Forecast:
		return name + " " + verb[1] + " " + obj
	case verb[0] != "" && obj != "":
		return "Report: " + name + " " + verb[1] + " " + obj
	case typ == events.Earnings && status == Forecast && s.resultsDue(from):
		return name + " to report results"
	case typ == events.Earnings && status == Forecast:
		return name + " gives its outlook"
	case typ == events.Earnings:
		return name + " reports results"
	case typ == events.PriceMove:
		return name + " shares " + move(s, from)
	case typ == events.Executive:
		return "Leadership change at " + name
	case typ == events.Legal && obj != "":
		return name + " in legal dispute with " + obj
	case typ == events.Analyst:
		return "Analysts on " + name
	case typ == events.Dividend:
		return map[string]string{"special": name + " declares a special dividend", "omitted": name + " omits its dividend",
			"raised": name + " raises its dividend", "cut": name + " cuts its dividend"}[e.Detail] + or(e.Detail == "declared", name+" declares a dividend")
	case typ == events.Guidance:
		return map[string]string{"raised": name + " raises its guidance", "cut": name + " cuts its guidance",
			"reaffirmed": name + " reaffirms its guidance", "withdrawn": name + " withdraws its guidance"}[e.Detail] + or(e.Detail == "issued", name+" gives guidance")
	case typ == events.Split && e.Detail == "reverse":
		return name + " sets a reverse stock split"
	case typ == events.Split:
		return name + " sets a stock split"
	case typ == events.Buyback:
		return name + " buys back shares"
	case typ == events.Bankruptcy && e.Detail == "emerged" && status == Occurred:
		return name + " emerges from bankruptcy"
	case typ == events.Bankruptcy && e.Detail == "emerged":
		return name + " to emerge from bankruptcy"
	case typ == events.Bankruptcy:
		return name + " in bankruptcy proceedings"
	case typ == events.Restructuring:
		return name + " restructures"
	case typ == events.Offering && holdersSell(s.words):
		return name + " holders sell shares" // "some shareholders would sell 10 million shares in a secondary offering" (lead20.go)
	case typ == events.Offering:
		return name + " raises financing"
	case typ == events.Contract && e.Detail == "order":
		// Without the other party the company named may be the buyer or the maker: the sentence
		// says which.
	case typ == events.Contract:
		return name + " wins a contract"
	}
	// Otherwise the sentence from its subject on ("VMware unveiled ESX Server 3i on Tuesday"), or
	// all of it where the subject stands inside a phrase ("the CTO at Dell showed").
	start := min(subj.Start, len(s.text))
	if i := s.startIndex(subj.Start); i > 0 && i < len(s.toks) && isWord(s.toks[i-1].text) {
		start = 0
	}
	return clip(s.text[start:], 90)
}

func or(cond bool, s string) string {
	if cond {
		return s
	}
	return ""
}

// move describes a sentence's first price claim: "fall 34%", "close at $65.99", else "move".
func move(s *sentence, from int) string {
	claims := findClaims(s.toks, s.words)
	// The move's own figure: the first told from its trigger on ("Starbucks shares jumped
	// 24.5%, while Chipotle shares fell 7.5%"), else the sentence's first, unless a clause of
	// another stock's move ends before the trigger ("..., while Cisco's stock edged lower"):
	// that figure is the other stock's.
	switch i := slices.IndexFunc(claims, func(c numberClaim) bool { return c.num >= from }); {
	case i > 0:
		claims = claims[i:]
	case i < 0 && len(claims) > 0 && otherStock(s.words, claims[len(claims)-1].to, from):
		claims = nil
	}
	for _, c := range claims {
		switch {
		case c.unit == "pct" && c.value < 0:
			return fmt.Sprintf("fall %g%%", -c.value)
		case c.unit == "pct":
			return fmt.Sprintf("rise %g%%", c.value)
		case c.metric == MetricClose:
			return fmt.Sprintf("close at $%.2f", c.value)
		case c.metric == MetricHigh && c.op == "gt":
			return fmt.Sprintf("top $%g", c.value)
		}
	}
	return "move"
}

func clip(s string, n int) string {
	if strings.ContainsAny(s, "\t\n\r") || strings.Contains(s, "  ") {
		s = strings.Join(strings.Fields(s), " ")
	}
	if len(s) <= n || utf8.RuneCountInString(s) <= n {
		return s
	}
	end := 0
	for i := 0; i < n; i++ {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
	}
	cut := s[:end]
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// tellingDay dates the events a coordinated clause tells without a date of its own by the day
// the sentence's first event was dated with: "VMware reported fourth-quarter revenue late
// yesterday, but said its revenue for 2008 would grow less than 50%" gives the outlook on the
// day of the results, with their session, not the publication day after them. Only what
// occurred takes it: a plan told beside ("and said it would cut jobs") keeps its own reading. A
// past week or month is theirs too (news30): "last week reported results that topped estimates
// but also gave a cautious forecast".
func tellingDay(first Event, evs []Event) []Event {
	if first.DateText == "" || first.Granularity != events.Day &&
		(first.Granularity != events.Week && first.Granularity != events.Month || first.Status != Occurred) {
		return evs
	}
	for i, e := range evs {
		if e.DateText == "" && e.Status == Occurred && e.Granularity == events.Day {
			evs[i].Period, evs[i].DateText, evs[i].ResolvedBy, evs[i].Timing = first.Period, first.DateText, first.ResolvedBy, first.Timing
		}
	}
	return evs
}

// moveDay dates a claim its sentence left undated by the day of the sentence's move of the same
// ticker, where that move took a day from the story (the lead's session: "Advanced Micro Devices
// lost 7.8%" after "Nvidia shares fell 9.5% on Tuesday" in Wednesday's paper).
func moveDay(c Claim, evs []Event) Claim {
	for _, e := range evs {
		if e.Type == events.PriceMove && e.DateText != "" && e.Granularity == events.Day && slices.Contains(e.Tickers, c.Ticker) {
			c.Date, c.DateValue, c.byPublication = e.Period.Value, e.Period.Value, false
			return c
		}
	}
	return c
}

// restates says whether a body's claim b restates a title's claim t that only the publication
// dated: the same ticker and measure, on a day of the week before, with the title's figure
// rounded ("Nvidia slides 10%" over "fell 9.5% on Tuesday"); or t left undated (an IPO's price
// without its day) and b the same figure with its day.
func restates(t, b Claim) bool {
	if t.Date == "" && b.Date != "" && t.Ticker == b.Ticker && t.Metric == b.Metric && t.Op == b.Op && t.Unit == b.Unit && t.Value == b.Value {
		return true // "Arm prices IPO at $51" over "priced its initial public offering at $51 ... on Wednesday"
	}
	if !t.byPublication || b.byPublication || t.Ticker != b.Ticker || t.Metric != b.Metric || t.Op != b.Op || t.Unit != b.Unit ||
		t.Unit != "pct" || t.Value*b.Value <= 0 || math.Abs(t.Value-b.Value) > max(0.5, math.Abs(b.Value)*0.05) {
		return false
	}
	td, err1 := time.Parse(time.DateOnly, t.Date)
	bd, err2 := time.Parse(time.DateOnly, b.Date)
	return err1 == nil && err2 == nil && !bd.After(td) && td.Sub(bd) <= 7*24*time.Hour
}

// sameClaim says whether two claims state the same figure of the same ticker and day.
func sameClaim(a, b Claim) bool {
	return a.Ticker == b.Ticker && a.Date == b.Date && a.Metric == b.Metric && a.Op == b.Op && a.Value == b.Value && a.Unit == b.Unit
}

// sentenceClaims finds the price claims of a sentence and dates them: the first-day return and
// the IPO price by the ticker's IPO anchor, else by a day the sentence names ("soared 25% in their
// debut on Thursday"), else not at all (a first day compared with is often years ago: "whereas
// Google shares gained 18% on their first day"); the rest by the sentence's day-granular date, else
// the publication date. A move outside the session comes back marked offSession.
func (x *Extractor) sentenceClaims(s *sentence, published time.Time, main string, namesWord func(string) bool) []Claim {
	var out []Claim
	for _, nc := range findClaims(s.toks, s.words) {
		c := Claim{Metric: nc.metric, Op: nc.op, Value: nc.value, Unit: nc.unit, offSession: nc.offSession}
		c.Text = s.text[s.toks[nc.from].start:s.toks[nc.to-1].end]
		// The company the number is about: the nearest one named before it in the sentence.
		// A move of an index is the index's; one of the market or of an economic quantity
		// ("U.S. stocks fell 1%", "consumer prices rose 0.4%") is no company's, unless its
		// words name one ("Walmart's sales").
		named := false
		for _, co := range s.companies {
			if co.End <= s.toks[nc.num].start && co.Ticker != "" {
				c.Ticker = co.Ticker
				named = named || co.Start >= s.toks[nc.subject].start
			}
		}
		switch {
		case nc.moved == movedIndex:
			c.Ticker = nc.index
		case (nc.moved == movedMarket || nc.moved == movedEconomy) && !named:
			continue
		case c.Ticker == "" && nc.moved == movedStock && s.unlinkedShares(nc, namesWord):
			continue // "Seagen shares rose 14%" with no link for Seagen: not the story's company's
		case c.Ticker == "":
			c.Ticker = main
		}
		listing := c.Metric == MetricFirstDayReturn || c.Metric == MetricIPOPrice
		if listing {
			for _, a := range x.Anchors {
				if a.Type == "ipo" && c.Ticker != "" && slices.Contains(a.Terms, c.Ticker) {
					if p, err := events.ParsePeriod(a.Value); err == nil && p.Granularity == events.Day {
						c.Date, c.DateValue = a.Value, a.Value
					}
				}
			}
		}
		if c.Date == "" {
			// Undated price talk in a news article is about the day it appeared.
			if e, p, ok := s.dateFor(trigger{from: nc.from, to: nc.to}, true); ok {
				c.Date, c.DateValue = p.Value, e.Value
			} else if !published.IsZero() && !listing {
				c.Date = isodate.FormatDay(published)
				c.DateValue, c.byPublication = c.Date, true
			}
		}
		out = append(out, c)
	}
	return out
}

// hasWordFold says whether name holds w as one of its words, split at spaces and hyphens, in
// any case: "Harley" is a word of "Harley-Davidson".
func hasWordFold(name, w string) bool {
	for name != "" {
		i := strings.IndexAny(name, " -")
		if i < 0 {
			return strings.EqualFold(name, w)
		}
		if strings.EqualFold(name[:i], w) {
			return true
		}
		name = name[i+1:]
	}
	return false
}

// unlinkedShares says whether a move's subject names shares by a name no alias knows: a
// capitalized word of a name right before "shares" or "stock", or its possessive ("Seagen shares
// rose", "Kestrel's stock fell"). Such a move is that company's, not the story's. A word of a
// company the article linked is that company's short name ("Harley shares", "American's
// shares"): namesWord says which.
func (s *sentence) unlinkedShares(nc numberClaim, namesWord func(string) bool) bool {
	for k := nc.subject; k < nc.from && k < len(s.words); k++ {
		if !stockWords[s.words[k]] {
			continue
		}
		j := k - 1
		switch {
		case j > 0 && s.words[j] == "'s":
			j--
		case j > 1 && s.words[j] == "s" && (s.words[j-1] == "'" || s.words[j-1] == "’"):
			j -= 2
		}
		if j < 0 || j < nc.subject {
			return false
		}
		w := s.toks[j].text
		return len(w) >= 3 && isWord(w) && startsUpper(w) && strings.ToUpper(w) != w && !shareClassWords[s.words[j]] && !namesWord(s.words[j])
	}
	return false
}

// shareClassWords are capitalized words before "shares" that name a class of them, not a company.
var shareClassWords = wordSet(`class common preferred ordinary its their the`)

// mergeEvents merges the events of one article that tell the same happening: same type, a company
// in common (or none on either side), and one date within the other's period. The finer date
// wins; a title's wording wins as the headline.
func mergeEvents(evs []Event, claims []Claim) ([]Event, []Claim) {
	// out is written over evs: it is never longer than the events read so far.
	out := evs[:0]
	index := make([]int, len(evs))
	// As in Writer, only events that share a type and a company or ticker (or that both name
	// none) can merge; an article has a few events, so a scan over the merged ones finds those
	// without the keyed map Writer needs (which cost a string per company and event, an eighth
	// of extraction's allocations). Merge only adds companies and tickers, so the companies an
	// event was ever filed under are the ones it holds; bare says it was first filed under none.
	var bareBuf [64]bool
	bare := bareBuf[:0]
	for i, e := range evs {
		j := -1
		for c := range out {
			if meets(out[c], bare[c], e) && Same(out[c], e) {
				j = c // the first: the lowest index, as the keyed search took
				break
			}
		}
		if j < 0 {
			index[i] = len(out)
			bare = append(bare, len(e.Companies)+len(e.Tickers) == 0)
			out = append(out, e)
			continue
		}
		index[i] = j
		out[j] = Merge(out[j], e)
	}
	for k := range claims {
		if claims[k].Event >= 0 {
			claims[k].Event = index[claims[k].Event]
		}
	}
	return out, claims
}

// meets says whether e shares a merge key with the merged event o (see mergeEvents): the type,
// and a company or a ticker, or no company and no ticker on either side (bare: o was filed
// without any).
func meets(o Event, bare bool, e Event) bool {
	if o.Type != e.Type {
		return false
	}
	if len(e.Companies)+len(e.Tickers) == 0 {
		return bare
	}
	return overlap(e.Companies, o.Companies) || overlap(e.Tickers, o.Tickers)
}

// Same says whether two events tell the same happening. An event dated only by its article's
// publication date (a headline) is the same as one told with its own date up to a month before.
func Same(a, b Event) bool { return same(&a, &b) }

// same is Same without copying the events: the writer compares each new event with many.
func same(a, b *Event) bool {
	if a.Type != b.Type || a.Status != b.Status && !headlineAhead(a, b) && !headlineAhead(b, a) {
		return false
	}
	if !(within(a.Period, b.Period) || within(b.Period, a.Period) || reportedLater(a, b) || reportedLater(b, a) || ipoDays(a, b)) {
		return false
	}
	if len(a.Companies) == 0 || len(b.Companies) == 0 {
		// A curated event may name only tickers.
		return overlap(a.Tickers, b.Tickers) || len(a.Companies)+len(a.Tickers) == 0 && len(b.Companies)+len(b.Tickers) == 0
	}
	// Companies are stored subject first. Where both name others (an acquisition's target), those
	// must meet: "VMware acquires Propero" is not "VMware acquires Determina".
	// The same tickers are the same companies, whatever names the aliases and the directory gave
	// them ("VMware" of the seed, "Vmware" of the listing).
	if len(a.Companies) > 1 && len(b.Companies) > 1 {
		return overlap(a.Companies[1:], b.Companies[1:]) || overlap(a.Companies[:1], b.Companies[1:]) && overlap(b.Companies[:1], a.Companies[1:]) ||
			len(a.Tickers) > 1 && sameSet(a.Tickers, b.Tickers)
	}
	return overlap(a.Companies, b.Companies) || overlap(a.Tickers, b.Tickers)
}

// sameSet says whether two lists hold the same items.
func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// headlineAhead says whether a headline's event a and b tell one announcement, one as done and
// the other ahead: "Broadcom to buy VMware" over "Broadcom agreed to acquire VMware", "Costco
// raises quarterly dividend" over "Costco said it would raise its dividend". Headlines write an
// agreed deal in the infinitive and a decision in the present; the body reports what the company
// said it will do. The headline is dated by the day the story appeared; the body's day may be
// the day or a few before it ("said on Tuesday" in Wednesday's paper, Friday's news on Monday).
func headlineAhead(a, b *Event) bool {
	return a.fromTitle && a.DateText == "" && (a.Status == Forecast && b.Status == Occurred || a.Status == Occurred && b.Status == Forecast) &&
		b.Granularity == events.Day && !b.Start.After(a.Start) && a.Start.Sub(b.Start) <= 4*24*time.Hour
}

func overlap(a, b []string) bool {
	for _, c := range a {
		if slices.Contains(b, c) {
			return true
		}
	}
	return false
}

// reportedLater: a is dated by publication, and b happened in the month before.
func reportedLater(a, b *Event) bool {
	return a.DateText == "" && b.DateText != "" &&
		!b.End.After(a.End) && a.Start.Sub(b.Start) <= 31*24*time.Hour
}

func within(inner, outer events.Period) bool {
	return !inner.Start.Before(outer.Start) && !inner.End.After(outer.End)
}

// ipoDays says whether two IPO events are the pricing and the first trade of one listing: days
// at most three apart ("priced its IPO at $29 on Monday" and "began trading on Tuesday").
func ipoDays(a, b *Event) bool {
	if a.Type != events.IPO || a.Granularity != events.Day || b.Granularity != events.Day {
		return false
	}
	d := a.Start.Sub(b.Start)
	return d <= 3*24*time.Hour && d >= -3*24*time.Hour
}

// Merge folds b into a: the finer date, both mentions, every company. An IPO told by its pricing
// and its first trade, each with its own date, is dated by the first trade, the day its shares
// have a price (ipoDays); a headline's publication day gives way to either, as for any event.
func Merge(a, b Event) Event {
	if a.Type == events.IPO && ipoDays(&a, &b) && !a.Start.Equal(b.Start) && a.DateText != "" && b.DateText != "" {
		if b.Start.After(a.Start) {
			a.Period, a.DateText, a.ResolvedBy = b.Period, b.DateText, b.ResolvedBy
		}
		return mergeRest(a, b, false)
	}
	finer := b.End.Sub(b.Start) < a.End.Sub(a.Start)
	if a.DateText == "" && b.DateText != "" {
		// The article's own date for it beats the day the article appeared.
		finer = b.End.Sub(b.Start) <= a.End.Sub(a.Start)
	} else if b.DateText == "" && a.DateText != "" {
		finer = false
	}
	if finer {
		a.Period, a.DateText, a.ResolvedBy = b.Period, b.DateText, b.ResolvedBy
	}
	return mergeRest(a, b, finer)
}

// mergeRest folds into a what b adds besides its date: the session, companies, tickers, status,
// headline, detail and mentions. finer says whether b's date was taken.
func mergeRest(a, b Event, finer bool) Event {
	if a.Timing.Session == "" || finer && b.Timing.Session != "" {
		a.Timing = b.Timing // when the news came out, from whichever mention says so
	}
	for _, c := range b.Companies {
		if !slices.Contains(a.Companies, c) {
			a.Companies = append(a.Companies, c)
		}
	}
	for _, t := range b.Tickers {
		if !slices.Contains(a.Tickers, t) {
			a.Tickers = append(a.Tickers, t)
		}
	}
	if a.Status != b.Status {
		a.Status = Occurred // a headline's announcement merged with the body's account (headlineAhead)
	}
	if b.fromTitle && !a.fromTitle {
		a.Headline, a.fromTitle = b.Headline, true
	}
	if a.Detail == "" {
		a.Detail = b.Detail // a later mention may tell the kind or the people
	}
	a.Mentions = append(a.Mentions, b.Mentions...)
	return a
}

// runeOffsets returns a function from byte offsets in s to character offsets; it walks forward,
// so calls in increasing order cost O(len(s)) in all.
func runeOffsets(s string) func(b int) int {
	pos, runes := 0, 0
	return func(b int) int {
		if b < pos {
			pos, runes = 0, 0
		}
		// Most text is ASCII: eight bytes without a high bit are eight characters.
		for pos+8 <= b && pos+8 <= len(s) && asciiWord(s[pos:pos+8]) {
			pos += 8
			runes += 8
		}
		for pos < b && pos < len(s) {
			if s[pos] < utf8.RuneSelf { // a byte is a character, no decoding
				pos++
			} else {
				_, size := utf8.DecodeRuneInString(s[pos:])
				pos += size
			}
			runes++
		}
		return runes
	}
}

// asciiWord reports whether the eight bytes of s are all ASCII.
func asciiWord(s string) bool {
	return load8(s)&0x8080808080808080 == 0 // perf8.go
}

// Each reads every file and extracts every article, in order, calling fn with each result. It
// stops at the first error, which for bad input is a *badinput.Error naming the file and line.
func (x *Extractor) Each(ctx context.Context, paths []string, opts articles.Options, fn func(Result) error) ([]articles.Warning, error) {
	var warnings []articles.Warning
	for _, p := range paths {
		ws, err := articles.Read(ctx, p, opts, func(a articles.Article) error {
			r := x.extractGuarded(a)
			if r.failure != "" {
				warnings = append(warnings, failureWarning(r))
			}
			return fn(r)
		})
		warnings = append(warnings, ws...)
		if err != nil {
			return warnings, err
		}
	}
	return warnings, nil
}

// lower is strings.ToLower without the copy for words that are lower case already.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// inSet says whether set holds lower(w). A word with capitals is lowered into a buffer on the
// stack for the probe: lower's copy cost an allocation per capitalized word of every sentence
// where the company finder asks whether a word is an agent, a source or a name's opener.
func inSet(set map[string]bool, w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return set[lower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return set[lower(w)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}

// brokerRated is the stock that the broker subject rates with analyst trigger t, where the
// stock is a name no list knows (ratedName), else nil.
func (s *sentence) brokerRated(subject *CompanyMention, t trigger) *CompanyMention {
	if t.typ != events.Analyst || subject == nil || !brokerActs(s, subject, t) {
		return nil
	}
	return s.ratedName(t)
}

// ratedName reads the name of the stock an analyst's trigger rates, written right after the verb
// or its "of" or "on" and linked to no company: one to four capitalized words, ended by the
// rating's words ("with", "to", "at"). Nil where no such name follows.
func (s *sentence) ratedName(t trigger) *CompanyMention {
	if !objectRatingVerbs[s.words[t.from]] {
		return nil // a noun's trigger ("PT", "analysts", "CreditWatch") is followed by no object
	}
	from, limit := t.to, len(s.toks)
	if t.gap {
		from, limit = t.from+1, t.tail // the name in the verb's gap: "upgrades ... to buy"
	}
	if from < len(s.words) && (s.words[from] == "of" || s.words[from] == "on") {
		from++
	}
	k := from
	for k < limit && k-from < 4 && isWord(s.toks[k].text) && startsUpper(s.toks[k].text) &&
		!ratedNameEnds[s.words[k]] && !sentenceOpeners[s.words[k]] {
		k++
	}
	if k == from || k-from == 4 || ratingWords[s.words[from]] {
		return nil
	}
	start, end := s.toks[from].start, s.toks[k-1].end
	for _, m := range s.companies {
		if m.Start < end && start < m.End {
			return nil // a company the lists know: the usual reading decides
		}
	}
	name := s.text[start:end]
	return &CompanyMention{Company: Company{Name: name}, Text: name, Start: start, End: end}
}

// objectRatingVerbs take the stock rated as their object: "upgrades Acme", "starts coverage of Acme".
var objectRatingVerbs = wordSet(`upgrade upgrades upgraded downgrade downgrades downgraded initiates initiated
	initiating starts started begins began resumes resumed raises raised cuts cut lowers lowered moves moved
	turns turned reiterates reiterated rates rated`)

// ratedNameEnds end a rated stock's name: the rating, the broker or the reason after it.
var ratedNameEnds = wordSet(`with to at as after on from for amid and in ahead over citing by shares stock
	bullish bearish`)
