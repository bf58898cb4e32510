package extract

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/eventline/eventline/data/directory"
)

// CompanyMention is a company named in a text, with its byte span in that text and where the
// link to its ticker came from (one of the Source constants).
type CompanyMention struct {
	Company
	Text       string
	Start, End int // bytes
	Source     string
	// Cited: the company is named as the employer of an analyst or an economist ("Salomon
	// Brothers analyst Jane Doe said", "an economist at Merrill Lynch"): a source of the news,
	// not a party to it.
	Cited bool
}

// ArticleLinks links the companies of one article: it knows the article's date (a ticker means
// the company that held it then), the tickers its metadata names, the names the article tied to a
// ticker ("ChemLawn Corp (NASDAQ: CHEM)"), the companies already named with evidence, and so the
// article's main company. It is used by one goroutine for one article.
type ArticleLinks struct {
	c    *Companies
	day  time.Time
	meta []string
	// titleCase says whether the sentence being read is a headline in title case with its small
	// words in lower case (titleCased).
	titleCase bool
	// inTitle says whether the sentence being read is the title; exact holds the names the body
	// wrote for its companies (news71.go).
	inTitle bool
	exact   []exactName
	// bare holds the symbols the article wrote bare in stock context ("shares of ORLY"): the
	// symbol alone names the company after (bareTicker).
	bare []string
	// learned maps a name's folded words ("chemlawn corp") to the company the article tied it to.
	learned    map[string]Company
	learnedMax int
	// learnedShapes has a bit per (first byte, length) of learned's keys, set by learnKey: match
	// asks it before the map at every word that may start a name (xspeed23).
	learnedShapes [4]uint64
	// heads maps the head of a company's full name ("capital one") to the company (shortnames.go).
	heads map[string]headName
	// evidence holds the companies named with evidence so far (name and ticker): an ordinary
	// word like "Apple" names one of them anywhere after (a set, asked by hasEvidence).
	evidence []Company
	// order and counts: the companies of the body in the order first named and the mentions of
	// each (counts[k] is order[k]'s, see mentioned); title: the title's.
	order  []Company
	counts []int
	title  *Company
	buf    []unit           // units of the sentence being read, reused
	found  []CompanyMention // find's result, reused: valid until the next call
	// people holds the folded surnames of the people the article named in full ("Thomas
	// Ogden"): news calls them by the surname after, which is no company then ("Ogden said").
	people map[string]bool
	// resolved remembers the first names the article resolved (see resolve): an article names
	// its few companies again and again, and the answer depends only on the trie node, the
	// first word as written and the article's day.
	resolved []resolution
	// coins holds the names the article called a crypto token (news104.go): no company after.
	coins map[string]bool
}

// linkMemory is an ArticleLinks' memory kept from one article for the next (in an Extractor's
// pooled scratch): the sentence's units, the resolved names, the article's counts, evidence,
// learned names, people, exact names and find's result. Each article made its maps anew, keyed
// by whole companies, and they grew as it named more: about a seventh of the bytes extraction
// allocated.
type linkMemory struct {
	units    []unit
	names    []resolution
	order    []Company
	counts   []int
	evidence []Company
	learned  map[string]Company
	heads    map[string]headName
	people   map[string]bool
	coins    map[string]bool  // news104.go
	exact    []exactName      // news71.go
	found    []CompanyMention // find's result
}

// lend gives a new article's links the memory.
func (m *linkMemory) lend(a *ArticleLinks) {
	a.buf, a.resolved, a.order = m.units, m.names, m.order
	a.counts, a.evidence, a.learned, a.people = m.counts, m.evidence, m.learned, m.people
	a.heads, a.coins = m.heads, m.coins
	a.exact, a.found = m.exact, m.found
}

// keep takes the memory back from an article's links, emptied: nothing of the article (its
// words, its companies) stays in it.
func (m *linkMemory) keep(a *ArticleLinks) {
	clear(a.resolved)
	clear(a.order)
	clear(a.counts)
	clear(a.evidence)
	clear(a.learned)
	clear(a.heads)
	clear(a.people)
	clear(a.coins)
	m.units, m.names, m.order = a.buf[:0], a.resolved[:0], a.order[:0]
	m.counts, m.evidence, m.learned, m.people = a.counts[:0], a.evidence[:0], a.learned, a.people
	m.heads, m.coins = a.heads, a.coins
	clear(a.exact)
	clear(a.found[:cap(a.found)])
	m.exact, m.found = a.exact[:0], a.found[:0]
}

// resolution is what Companies.resolve answered for a trie node's entries and a first word.
type resolution struct {
	node  int32
	first string
	e     *entry
	src   string
}

// maxResolved bounds the resolutions an article remembers: a scan of them must stay cheaper
// than resolving again.
const maxResolved = 16

// resolve is Companies.resolve of the entries at a trie node on the article's day,
// remembered for the article.
func (a *ArticleLinks) resolve(node int32, first string) (*entry, string) {
	for k := range a.resolved {
		if r := &a.resolved[k]; r.node == node && r.first == first {
			return r.e, r.src
		}
	}
	e, src := a.c.resolve(a.c.atNode(node), a.day, first)
	if len(a.resolved) < maxResolved {
		a.resolved = append(a.resolved, resolution{node, first, e, src})
	}
	return e, src
}

// Article starts linking one article published on day (zero when unknown) whose metadata names
// tickers.
func (c *Companies) Article(day time.Time, tickers []string) *ArticleLinks {
	return &ArticleLinks{c: c, day: day, meta: tickers}
}

// Find returns the companies named in text, in order, without any article's context (no date: the
// current listings; no evidence from other sentences).
func (c *Companies) Find(text string) []CompanyMention {
	return c.Article(time.Time{}, nil).Find(text)
}

// Find returns the companies named in a sentence of the article, in order. Call it on the
// article's sentences in reading order; what it learns holds for the sentences after.
func (a *ArticleLinks) Find(text string) []CompanyMention {
	return keep(a.find(text, tokenize(text), false))
}

// FindTitle is Find for the article's title, whose first company is the article's main one.
func (a *ArticleLinks) FindTitle(text string) []CompanyMention {
	return keep(a.find(text, tokenize(text), true))
}

// keep copies what find returned out of its reused memory (nil when empty, as before).
func keep(ms []CompanyMention) []CompanyMention {
	if len(ms) == 0 {
		return nil
	}
	return slices.Clone(ms)
}

// Main returns the article's main company: the first company of its title, else the one its body
// names most often (the first of those on a tie).
func (a *ArticleLinks) Main() (Company, bool) {
	if a.title != nil {
		return *a.title, true
	}
	best, n := Company{}, 0
	for k, co := range a.order {
		if a.counts[k] > n {
			best, n = co, a.counts[k]
		}
	}
	return best, n > 0
}

// Refer returns the words of a sentence that refer to the article's main company: "the company",
// "the firm", "the corporation" and "it" (Source main), nothing when the article has none. Which of
// them an event's roles take is the caller's to decide (a trigger's clause without another company).
func (a *ArticleLinks) Refer(text string) []CompanyMention {
	main, ok := a.Main()
	if !ok {
		return nil
	}
	var out []CompanyMention
	toks := tokenize(text)
	for i, t := range toks {
		w := lower(t.text)
		end := -1
		switch {
		case w == "it" && (i+1 >= len(toks) || toks[i+1].text != "'"):
			end = t.end
		case w == "the" && i+1 < len(toks) && inSet(anaphoric, toks[i+1].text) && toks[i+1].start-t.end <= 1:
			end = toks[i+1].end
		}
		if end >= 0 {
			out = append(out, CompanyMention{Company: main, Text: text[t.start:end], Start: t.start, End: end, Source: SourceMain})
		}
	}
	return out
}

var anaphoric = map[string]bool{"company": true, "firm": true, "corporation": true}

// unit is a word of a name as matching sees it: a folded word, "&", an apostrophe, a dot inside a
// word ("Amazon.com"), or "" for punctuation that ends a name. from and to are token indexes.
type unit struct {
	key        string
	from, to   int
	start, end int // bytes
}

// units folds tokens into name units: dotted initials join ("R.J.R." and "RJR" are "rjr"), "and"
// is "&" ("Johnson and Johnson"), hyphens go ("Wal-Mart" is "Walmart").
func units(text string, toks []token, buf []unit) []unit {
	// A token makes at most one unit, so with room for all a unit is stored, not appended.
	if cap(buf) < len(toks) {
		buf = make([]unit, len(toks))
	}
	us, n := buf[:len(toks)], 0
	// Folded words that differ from the text go to one arena, made a string once at the end:
	// one allocation per sentence instead of one per capitalized word. Their keys hold offsets
	// ("\x00" + index) until then.
	// The arrays keep the arena's slices in memory: held in registers, their six words were
	// spilled and reloaded around every unit stored.
	var f struct {
		arena    []byte
		spans    [][2]int
		arenaBuf [256]byte // on the stack: most sentences fold fewer bytes than this
		spansBuf [32][2]int
	}
	f.arena, f.spans = f.arenaBuf[:0], f.spansBuf[:0]
	folded := func(b []byte) string {
		f.spans = append(f.spans, [2]int{len(f.arena), len(f.arena) + len(b)})
		f.arena = append(f.arena, b...)
		return "\x00"
	}
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if isInitial(t.text) {
			var b []byte
			j, end := i, t.end
			for j < len(toks) && isInitial(toks[j].text) && (j == i || toks[j].start == end) {
				b = append(b, lowerByte(toks[j].text[0]))
				end = toks[j].end
				j++
				if j < len(toks) && toks[j].text == "." && toks[j].start == end {
					end = toks[j].end
					j++
					continue
				}
				break
			}
			// A middle initial ("Roy F. Weston Inc", "A. Schulman"): one letter, its dot, and
			// a capitalized word after one space. Its dot ends no name.
			middle := len(b) == 1 && j == i+2 && j < len(toks) && toks[j].start == end+1 && text[end] == ' ' &&
				isWord(toks[j].text) && capitalized(toks[j].text)
			if len(b) >= 2 || middle {
				us[n] = unit{folded(b), i, j, t.start, end}
				n++
				i = j - 1
				continue
			}
		}
		key := ""
		switch {
		case isWord(t.text):
			if plain(t.text) {
				key = t.text
			} else {
				// A title-case headline's "And" is "&" as "and" is: "Smith And Wesson" is Smith
				// & Wesson. A headline in capitals keeps "AND" a word: "MIDLAND AND CO SETS
				// DIVIDEND" is Midland's, not a "Midland & Co".
				if t.text == "And" {
					key = "&"
				} else {
					var tmp [64]byte
					key = folded(appendFold(tmp[:0], t.text))
				}
			}
			if key == "and" {
				key = "&"
			}
		case t.text == "&":
			key = "&"
		case t.text == "/":
			if nameSlash(toks, i) {
				key = "/" // "Cullen/Frost", "M/I Homes" (news82.go)
			}
		case t.text == "'" || t.text == "’":
			if i > 0 && toks[i-1].end == t.start && isWord(toks[i-1].text) {
				key = "'"
			}
		case t.text == ".":
			if i > 0 && i+1 < len(toks) && toks[i-1].end == t.start && toks[i+1].start == t.end && isWord(toks[i-1].text) && isWord(toks[i+1].text) {
				key = "."
			} else if i > 0 && abbreviationDot(toks, i) {
				continue // "Warner Bros. Discovery", "Lowe's Cos. Inc": the name reads on, with or without it
			}
		}
		// Field by field: a composite literal was built on the stack and copied, some thirty
		// instructions for each of the sentence's tokens.
		u := &us[n]
		u.key, u.from, u.to, u.start, u.end = key, i, i+1, t.start, t.end
		n++
	}
	us = us[:n]
	if len(f.spans) > 0 {
		all, k := string(f.arena), 0
		for i := range us {
			if us[i].key == "\x00" {
				us[i].key = all[f.spans[k][0]:f.spans[k][1]]
				k++
			}
		}
	}
	return us
}

// honorificPerson says whether the name matched at units [i, i+n) is an honorific and one word,
// with or without a possessive ("Mr. Cooper", "Dr. Reddy's"): how news calls a person, though a
// company's short name may read the same.
func honorificPerson(toks []token, us []unit, i, n int) bool {
	if !honorificSet.has(us[i].key) || initialsHonorific(toks, us, i) { // news64.go
		return false
	}
	words := 0
	for k := i + 1; k < i+n; k++ {
		if us[k].key != "'" && !(us[k].key == "s" && us[k-1].key == "'") && isWord(toks[us[k].from].text) {
			words++
		}
	}
	return words <= 1
}

// abbreviationDot says whether the period at token i ends a short word of a company's name
// ("Bros.", "Cos.", "Mfg.", the "St." of "St. Jude Medical") rather than a sentence: glued to it,
// and a capitalized word follows after a space. units passes over it, so that the name matches
// with or without it. Without it a name that holds "St." had a unit that text never matches and
// was left out of the index (newswire17's "St. Breward Stores").
func abbreviationDot(toks []token, i int) bool {
	prev := toks[i-1].text
	if toks[i-1].end != toks[i].start || len(prev) < 2 || len(prev) > 4 || !capitalized(prev) || !inSet(nameAbbreviations, prev) { // lowered on the stack
		return false
	}
	return i+1 < len(toks) && toks[i+1].start == toks[i].end+1 && isWord(toks[i+1].text) && capitalized(toks[i+1].text)
}

// nameAbbreviations are the short words company names abbreviate with a period: "Saint" and
// "Mount" too ("St. Joe Gold", "Mt. Vernon Mills"), and the honorifics a few names open with ("Mr.
// Cooper Group", "Dr. Reddy's Laboratories"); find tells those from a person ("Mr. Cooper said").
var nameAbbreviations = wordSet(`bros cos mfg intl natl assn st mt mr ms mrs dr`)

// appendFold appends the folded form of a word to b.
func appendFold(b []byte, s string) []byte {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(s); i++ {
			if c := s[i]; c != '-' && c != '\'' {
				b = append(b, lowerByte(c))
			}
		}
		return b
	}
	for _, r := range s {
		switch {
		case r == '-' || r == '\'' || r == '’':
		case r < 0x80:
			b = append(b, lowerByte(byte(r)))
		case r >= 0xC0 && r < 0xC0+rune(len(latinBase)) && latinBase[r-0xC0] != '_':
			b = append(b, latinBase[r-0xC0])
		default:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b
}

// latinBase is the lower-case base letter of each of the Latin letters U+00C0 to U+017F, "_" where
// there is none: names fold without their accents, as the listings write them and as English
// news often does ("Estée Lauder" is the Estee Lauder of the lists, "Nestlé" Nestle, "Société
// Générale" Societe Generale).
const latinBase = "aaaaaa_ceeeeiiii_nooooo_ouuuuy_saaaaaa_ceeeeiiii_nooooo_ouuuuy_y" +
	"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii__jjkkkllllllllllnnnnnnnnnoooooo__rrrrrrsssssssstttt__uuuuuuuuuuuuwwyyyzzzzzzs"

func isInitial(s string) bool {
	return len(s) == 1 && (s[0] >= 'A' && s[0] <= 'Z' || s[0] >= 'a' && s[0] <= 'z')
}

func lowerByte(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// fold is a word as names match it: lower case, without hyphens, apostrophes or accents.
func fold(s string) string {
	if plain(s) {
		return s
	}
	return string(appendFold(make([]byte, 0, len(s)), s))
}

// aliasLen returns the number of units of the longest alias the lists know that starts at unit
// i, or 0.
func (c *Companies) aliasLen(text string, us []unit, i int) int {
	node, longest := int32(0), 0
	for j := i; j < len(us) && us[j].key != ""; j++ {
		if j > i && !adjacent(text, us[j-1], us[j]) {
			break
		}
		next, ok := c.child(node, us[j].key)
		if !ok && us[j].end-us[j].start > len(us[j].key) {
			// the folded key lost a hyphen or an apostrophe: try the parts (companies.go)
			next, ok = c.partsStep(node, text, us[j])
		}
		if !ok {
			break
		}
		node = next
		if c.ends[node] != noIDs {
			longest = j - i + 1
		}
	}
	return longest
}

// adjacent says whether two units are written next to each other: nothing or one space between.
func adjacent(text string, prev, next unit) bool {
	gap := next.start - prev.end
	// (". " is a gap only where units passed over an abbreviation's dot: "Bros. Discovery")
	return gap == 0 || gap == 1 && (text[prev.end] == ' ' || text[prev.end] == '\t') || gap == 2 && text[prev.end] == '.' && text[prev.end+1] == ' '
}

// legalKeys are the suffixes after a name that a mention's span takes in ("Apple Inc.") and that
// are evidence that an ordinary word is a company's name.
var legalKeys = map[string]bool{"inc": true, "corp": true, "co": true, "ltd": true, "corporation": true,
	"company": true, "plc": true, "llc": true, "limited": true, "incorporated": true, "nv": true, "sa": true,
	"ag": true, "cos": true, "companies": true}

// shouting says whether a text is written in capitals (a newswire headline) or in title case,
// where capitals are no evidence of a name.
func shouting(toks []token) bool {
	upper, words, caps := 0, 0, 0
	for k, t := range toks {
		if t.text != "" && t.text[0] < utf8.RuneSelf {
			// ASCII first: the runes and their classes of every token cost more than the rest.
			if c := t.text[0] | 0x20; c < 'a' || c > 'z' {
				continue
			}
			words++
			if t.text[0] <= 'Z' {
				caps++
			} else if r := len(toks) - 1 - k; 10*(caps+r) < 8*(words+r) && 10*(upper+r) < 7*(words+r) {
				// Not even capitals in every token left would reach either share: a sentence
				// of prose is told after its first lower-case words, not at its end.
				return false
			}
			if noLower(t.text) { // perf8.go
				upper++
			}
			continue
		}
		if !isWord(t.text) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.text)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			caps++
		}
		if strings.IndexFunc(t.text, unicode.IsLower) < 0 {
			upper++
		}
	}
	return words >= 3 && (upper*10 >= words*7 || caps*10 >= words*8)
}

// find returns the companies named in a sentence, in memory that the next call reuses.
func (a *ArticleLinks) find(text string, toks []token, isTitle bool) []CompanyMention {
	a.buf = a.c.splitPairs(text, toks, units(text, toks, a.buf))
	us := a.buf
	shout := shouting(toks)
	a.titleCase = isTitle && titleCased(toks) // titlecase.go
	a.inTitle = isTitle
	out := a.found[:0]
	defer func() { a.found = out[:0] }()
	emit := func(m CompanyMention) {
		out = append(out, m)
		if isTitle {
			if a.title == nil {
				co := m.Company
				a.title = &co
			}
			return
		}
		a.mention(m.Company)
	}
	matchedTo := -1 // the unit after the last name matched (a place's too)
	for i := 0; i < len(us); i++ {
		u := &us[i] // not copies: the loop asks a few fields of each unit and token
		t := &toks[u.from]
		// Tickers in ticker context: "$VMW", "NYSE: VMW", "(Nasdaq:CTXS)", or a ticker the
		// article's metadata names.
		tk, last, ex := -1, -1, ""
		if mayOpenTicker(t.text) { // most units open none of the forms: no call
			tk, last, ex = tickerContext(toks, u.from, a.meta)
		}
		// A bare symbol is three capitals or more: told from its first two bytes before a call,
		// which every word of every sentence would cost.
		if w := t.text; last < 0 && len(w) >= 3 && w[0]-'A' < 26 && w[1]-'A' < 26 && a.bareTicker(toks, u.from) {
			tk, last = u.from, u.from
		}
		if last >= 0 {
			co, src := a.ticker(toks[tk].text, ex)
			m := CompanyMention{Company: co, Text: text[t.start:toks[last].end], Start: t.start, End: toks[last].end, Source: src}
			if u.from > 0 && (toks[u.from-1].text == "(" || toks[u.from-1].text == "<") && i > 0 {
				a.learn(text, toks, us[:i-1], &out, u.from-1, co)
			}
			a.note(co)
			emit(m)
			for i+1 < len(us) && us[i+1].from <= last {
				i++
			}
			continue
		}
		if u.key == "" || !a.startsName(t.text) {
			continue
		}
		// An acronym in parentheses after the words it abbreviates ("International Coffee
		// Organization (ICO)") means them for the rest of the article, not a company of that name:
		// the listed company those words named ("Taiwan Semiconductor Manufacturing Co (TSMC)"),
		// or nothing.
		if u.from >= 2 && u.to < len(toks) && toks[u.to].text == ")" && toks[u.from-1].text == "(" && isTickerShape(t.text) && len(t.text) >= 2 &&
			initials(toks, u.from-1) == t.text && !a.tied(t.text) {
			var co Company
			if n := len(out); n > 0 && out[n-1].Ticker != "" && strings.TrimSpace(text[out[n-1].End:toks[u.from-1].start]) == "" {
				co = out[n-1].Company
			}
			a.remember(text, us[i:i+1], u.start, u.end, co)
			continue
		}
		// A person: a given name and a capitalized word ("Thomas Jasper", "John Harris"), which
		// a company's name of two words or more may still begin ("Charles Schwab"). The next
		// word first: the names' map was probed at every capitalized unit (perf14).
		person := !shout && i+1 < len(us) && adjacent(text, *u, us[i+1]) && capitalized(toks[us[i+1].from].text) && givenNames[t.text]
		if person && a.people == nil {
			a.people = map[string]bool{}
		}
		if person {
			a.people[us[i+1].key] = true
		}
		if m, n, ok := a.match(text, toks, us, i, shout); ok && !(person && n == 1) {
			if m.Source != "" && m.Source != SourceLearned && n == 1 && m.End == us[i].end && (a.people[u.key] || personAfter(text, toks, us, i+1)) {
				// "Ogden said" after "Thomas Ogden"; "Donaldson Bramham Lee, an investor".
				continue
			}
			if m.Source != "" && m.Source != SourceLearned && honorificPerson(toks, us, i, n) && !a.mentioned(m.Company) {
				// "Mr. Cooper said": a person, unless the article named Mr. Cooper Group before.
				i += n - 1
				continue
			}
			if m.Source != "" && m.Source != SourceLearned && personPossessive(us, i, n, a.people) && !a.mentioned(m.Company) {
				// "Tilly's relationships" after "Edward Tilly": the person's (news57.go).
				i += n - 1
				continue
			}
			if m.Source != "" && m.Source != SourceLearned && n == 1 && officerBefore(us, i) && !a.mentioned(m.Company) {
				// "Cboe chief executive Tilly resigns": a surname after an officer's title
				// (news57.go), and the person's in the sentences after it.
				if a.people == nil {
					a.people = map[string]bool{}
				}
				a.people[u.key] = true
				continue
			}
			if m.Source != "" && m.Source != SourceLearned && m.End == us[i+n-1].end && townOf(toks, us, i+n) {
				// "an investor from Melville, N.Y.", "its Whitehall, Pa., office": a town.
				i += n - 1
				continue
			}
			if m.Source != "" && m.Source != SourceLearned && !shout && inLongerName(a.c, text, toks, us, i, n) && !(isTitle && titleVerbBefore(us, i)) {
				// The words of a name read as part of a longer one are that name's: "Box" in
				// "Now Running Jack in the Box" is no company of its own.
				i += n - 1
				continue
			}
			if m.Source != "" && m.Source != SourceLearned && (!shout && matchedTo != i-1 && afterAmpersand(text, toks, us, i) ||
				shout && isTitle && (matchedTo != i && afterFirstWord(text, toks, us, i) || longerAfter(text, toks, us, i+n, true))) {
				continue
			}
			if m.Source != "" && m.Source != SourceLearned && n == 1 && receiptUnits[toks[u.from].text] {
				continue // "$0.76 per ADS": a depositary share, no company (news101.go)
			}
			if m.Source != "" && m.Source != SourceLearned && n == 1 && len(out) > 0 && ownedName(text, out[len(out)-1], m) && !a.mentioned(m.Company) {
				continue // "Li Auto's Mega launch": the possessor's product (news106.go)
			}
			if m.Source != "" && m.Source != SourceLearned && a.coinMention(toks, us, i, n, m.Company) {
				i += n - 1
				continue // "BONK, the dog-themed memecoin": a token (news104.go)
			}
			matchedTo = i + n
			if m.Source != "" {
				m.Cited = cited(toks, us[i].from, us[i+n-1].to)
				emit(m)
				a.knownAs(text, toks, us, i+n, m.End, m.Company) // news34.go
				if !isTitle && m.Source != SourceLearned && m.Source != SourceTicker {
					a.rememberParts(toks, us[i:i+n], m.Company, false)
					a.noteExact(us[i:i+n], m.Company) // news71.go
				}
			}
			i += n - 1
			continue
		}
		if person {
			i++ // the surname
			continue
		}
	}
	markAgents(toks, out)
	out = parents(text, out)
	if isTitle && shout {
		lead := -1
		if k := firstWord(toks, us); k < len(us) {
			lead = us[k].start
		}
		a.confirmTitle(out, lead)
	}
	return out
}

// parentWords between two names make the second the first one's owner: "Google parent Alphabet",
// "Instagram owner Meta". The owner is the listed company the news is about; the first name is its
// brand or unit, which takes no part of its own.
var parentWords = map[string]bool{"parent": true, "owner": true, "parent company": true}

// parents drops the brand of "<brand> parent <company>" from the mentions, and the brand of
// "<brand>'s owner" or "<brand>'s parent" (news28), as features' titles name a company by what
// it owns: "Coach's Owner Goes Shopping", "The North Face's Owner Asks Investors to Take Less".
// The owner goes unnamed there, and the story's lead names it.
func parents(text string, ms []CompanyMention) []CompanyMention {
	for k := 0; k < len(ms); k++ {
		if k+1 < len(ms) && parentWords[strings.ToLower(strings.TrimSpace(text[ms[k].End:ms[k+1].Start]))] ||
			ownerAfter(text[ms[k].End:]) {
			ms = slices.Delete(ms, k, k+1)
			k--
		}
	}
	return ms
}

// ownerAfter says whether the text after a name opens with its possessive and a word for its
// owner: "'s owner", "’s parent company". "'s owners" (its shareholders) and "'s ownership"
// are not.
func ownerAfter(rest string) bool {
	var ok bool
	if rest, ok = strings.CutPrefix(rest, "'s "); !ok {
		if rest, ok = strings.CutPrefix(rest, "’s "); !ok {
			return false
		}
	}
	w, _, _ := strings.Cut(rest, " ")
	w = strings.ToLower(strings.TrimRight(w, ",.:;"))
	return w == "owner" || w == "parent"
}

// personNouns, after a name and "a" or "an", make it a person's: "Jane Roe, an investor from Ohio".
var personNouns = wordSet(`investor investors businessman businesswoman executive spokesman spokeswoman
	analyst lawyer attorney financier shareholder banker economist official consultant founder chairman
	president director trader developer`)

// personAfter says whether the name whose first word ends before unit k goes on with one or two
// capitalized words and then a person's apposition: ", an investor", ", 63,". The name is a
// person's, whatever company its first word is also the name of.
func personAfter(text string, toks []token, us []unit, k int) bool {
	j := k
	for j < len(us) && j < k+2 && adjacent(text, us[j-1], us[j]) && us[j].key != "" && isWord(toks[us[j].from].text) &&
		capitalized(toks[us[j].from].text) && !corporateSuffixes[us[j].key] {
		j++
	}
	if j == k || j+1 >= len(us) || toks[us[j].from].text != "," {
		return false
	}
	next := toks[us[j+1].from].text
	if len(next) <= 2 && next[0] >= '1' && next[0] <= '9' && j+2 < len(us) && toks[us[j+2].from].text == "," {
		return true // an age
	}
	return (us[j+1].key == "a" || us[j+1].key == "an") && j+2 < len(us) && personNouns[us[j+2].key]
}

// confirmTitle keeps the tickers of a headline in capitals only for the companies that the body
// named too. Capitals hide where a name begins and ends ("ADC TELECOMMUNICATIONS", "MARINE
// MIDLAND", "GEORGE WESTON" hold other companies' aliases), and a newswire's body names the
// headline's company in full; where the body named no company at all, the headline stands alone.
// So does a name that opens the headline and ends in a legal suffix ("ACME WIDGETS CORP 4TH QTR
// NET") when the body named none of the headline's companies: both of the name's ends are seen,
// and a results table's notes name other companies only. lead is the byte offset of the
// headline's first word.
func (a *ArticleLinks) confirmTitle(ms []CompanyMention, lead int) {
	if len(a.order) == 0 {
		return
	}
	named := func(m CompanyMention) bool {
		return slices.ContainsFunc(a.order, func(c Company) bool { return c.Ticker == m.Ticker })
	}
	spelled := slices.ContainsFunc(ms, func(m CompanyMention) bool { return m.Ticker != "" && named(m) })
	for k := range ms {
		m := &ms[k]
		if m.Ticker == "" || m.Source == SourceLearned || m.Source == SourceTicker || symbolGiven(ms, k) { // lead17.go
			continue
		}
		if !spelled && m.Start == lead && legalKeys[fold(lastWord(m.Text))] {
			continue
		}
		if !named(*m) {
			m.Ticker, m.Exchange = "", ""
			if a.title != nil && a.title.Name == m.Name {
				a.title.Ticker, a.title.Exchange = "", ""
			}
		}
	}
}

// lastWord returns the last word of a name, without a trailing dot ("Inc." is "Inc").
func lastWord(name string) string {
	name = strings.TrimRight(name, ".")
	if k := strings.LastIndexAny(name, " ,"); k >= 0 {
		return name[k+1:]
	}
	return name
}

// nameOpeners are capitalized words that open a sentence without being a part of the name after
// them ("Rival Apple", "Shares of ...").
var nameOpeners = map[string]bool{"the": true, "in": true, "on": true, "at": true, "a": true, "an": true,
	"and": true, "but": true, "its": true, "his": true, "her": true, "with": true, "by": true, "for": true,
	"from": true, "to": true, "of": true, "after": true, "as": true, "when": true, "while": true,
	"if": true, "both": true, "rival": true, "rivals": true, "also": true, "meanwhile": true, "however": true,
	"shares": true, "unlike": true, "like": true, "including": true, "then": true, "yesterday": true,
	"today": true, "since": true, "because": true, "although": true, "under": true, "before": true,
	"whereas": true, "though": true, "so": true, "yet": true, "or": true, "nor": true, "now": true, "still": true,
	"thus": true, "once": true, "until": true, "unless": true, "during": true, "despite": true, "following": true,
	"instead": true, "besides": true, "earlier": true, "later": true, "last": true, "separately": true,
	"where": true, "why": true, "how": true, "what": true, "that": true, "this": true, "these": true,
	"those": true, "only": true, "even": true, "perhaps": true, "against": true, "over": true}

// stateAbbrevs and stateNames are US states as news writes them after a town, folded: "N.Y.",
// "Pa.", "Calif.", "Texas".
var stateAbbrevs, stateNames = wordSet(`ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass
	mich minn miss mo mont neb nebr nev nh nj nm ny nc nd okla ore pa ri sc sd tenn tex va vt wash wva wis
	wisc wyo`), wordSet(`alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
	hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
	minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas
	utah vermont virginia washington wisconsin wyoming`)

func wordSet(s string) map[string]bool {
	// Sized first: the package makes 500 sets at init, and a map grown word by word rehashed
	// each one's words as it went.
	ws := strings.Fields(s)
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// townOf says whether the units from j on are a comma and a US state: the name before them is a
// town ("Melville, N.Y.", "Midland, Texas").
func townOf(toks []token, us []unit, j int) bool {
	if j+1 >= len(us) || toks[us[j].from].text != "," {
		return false
	}
	u := us[j+1]
	if !capitalized(toks[u.from].text) {
		return false
	}
	// An abbreviation ends in a dot ("Pa.", "N.Y."); a state's name needs none.
	return stateNames[u.key] || stateAbbrevs[u.key] && (u.to-u.from > 1 || u.to < len(toks) && toks[u.to].text == ".") ||
		stateBased(u.key) || // news57.go
		placeBased(us, j+1) // news58.go
}

// afterFirstWord says whether the name at unit i of a headline in capitals comes right after the
// headline's first word, which no name took: a headline opens with its subject, so that word
// begins a longer name ("BIOMEDICAL DYNAMICS CORP 4TH QTR NET" is not Dynamics Corp, "MARINE
// MIDLAND BUYS ..." not Midland), unless it opens sentences anyway ("THE", "WHY").
func afterFirstWord(text string, toks []token, us []unit, i int) bool {
	if i < 1 || firstWord(toks, us) != i-1 {
		return false
	}
	p := us[i-1]
	return p.key != "" && p.key != "&" && isWord(toks[p.from].text) && adjacent(text, p, us[i]) && !inSet(nameOpeners, toks[p.from].text)
}

// inLongerName says whether the name matched at units [i, i+n) is a part of a longer name that
// no alias knows: a capitalized word written just before it ("Marine Midland", "ADC
// Telecommunications Inc", "Biomedical Dynamics Corp" hold the aliases Midland,
// Telecommunications and Dynamics Corp), or words after it that make a longer company name (see
// longerAfter). A sentence's first word counts unless it is a word that opens sentences.
func inLongerName(c *Companies, text string, toks []token, us []unit, i, n int) bool {
	if i > 0 && !dayBeforeName(toks, us, i) { // news41.go
		p := us[i-1]
		w := toks[p.from].text
		if nameParticleShapes.mayHold(w) && nameParticles[w] && adjacent(text, p, us[i]) && (i < 2 || !capitalized(toks[us[i-2].from].text)) {
			// "da Vinci 5", "de Gaulle": a particle opens a person's or a thing's name. After
			// a capitalized word it joins a longer name, which the name may stand for ("Banca
			// della Svizzera Italiana" for an alias "Svizzera Italiana").
			return true
		}
		// A capital "The" in mid-sentence is a formal name's own article ("shares of The Walt
		// Disney Company", "The Home Depot"), not a word of a longer name.
		if isWord(w) && p.key != "&" && capitalized(w) && w != "The" && adjacent(text, p, us[i]) {
			first := true
			for j := i - 2; j >= 0; j-- {
				if isWord(toks[us[j].from].text) {
					first = false
					break
				}
			}
			if !first || !inSet(nameOpeners, w) && !(describing(w) && !c.startsAlias(w)) {
				return true
			}
		}
	}
	return longerAfter(text, toks, us, i+n, false)
}

// afterAmpersand says whether the name at unit i follows "&" and a capitalized word, all
// adjacent: the last word of a firm's name written with "&" ("Hellman & Friedman", "Clayton,
// Dubilier & Rice", "Simpson Thacher & Bartlett"), a partnership, bank or law firm that no
// alias knows, not the company whose name is its last word. A title may join two companies with
// "&" ("Apple & Microsoft Lead Tech Rally"): the caller passes over "&" after a company it
// matched just before.
func afterAmpersand(text string, toks []token, us []unit, i int) bool {
	if i < 2 || us[i-1].key != "&" || toks[us[i-1].from].text != "&" || !adjacent(text, us[i-1], us[i]) || !adjacent(text, us[i-2], us[i-1]) {
		return false // "and" folds to "&" too: "Kessler Foods Inc and Dunmore Baking Co" names two
	}
	w := toks[us[i-2].from].text
	return isWord(w) && capitalized(w) && !legalKeys[us[i-2].key]
}

// capitalAfter says whether a capitalized word other than a legal suffix follows unit k-1 with
// no more than a space between: the word before it is part of a longer name ("Discover Card").
func capitalAfter(text string, toks []token, us []unit, k int) bool {
	if k >= len(us) || us[k].key == "" || legalKeys[us[k].key] || !adjacent(text, us[k-1], us[k]) {
		return false
	}
	w := toks[us[k].from].text
	return isWord(w) && capitalized(w)
}

// describing says whether a sentence's first word has the shape of a word that describes what
// follows ("Faulty CrowdStrike update", "Embattled Boeing", "Struggling Walgreens to close
// stores"): an adjective or a participle, which a headline puts before a company's name, not the
// first word of a longer name; or a noun for what the company does, which wire copy puts before
// the name in a lead ("Chipmaker Broadcom Inc will buy", "Drugmakers Pfizer and Merck", "Insurer
// Chubb Ltd said").
func describing(w string) bool {
	if len(w) < 5 {
		return false
	}
	lw := strings.ToLower(w)
	if strings.HasSuffix(lw, "maker") || strings.HasSuffix(lw, "makers") || tradeNouns[strings.TrimSuffix(lw, "s")] {
		return true
	}
	for _, suf := range []string{"ed", "ing", "ly", "ty", "ful", "less", "ous", "ive"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// upperLetters says whether w is written in ASCII capital letters only ("GM").
func upperLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return w != ""
}

// tradeNouns say what a company does, as wire copy writes it before the company's name (the
// makers, "Chipmaker", "Automaker", are found by their ending). A word that begins a name the
// recognizer knows ("Carrier" of Carrier Global) still begins it: inLongerName asks startsAlias.
var tradeNouns = map[string]bool{"retailer": true, "insurer": true, "lender": true, "miner": true,
	"brewer": true, "refiner": true, "homebuilder": true, "grocer": true, "airline": true, "carrier": true,
	"conglomerate": true, "distiller": true, "bottler": true, "wholesaler": true, "shipper": true,
	"utility": true, "broker": true, "brokerage": true, "publisher": true, "broadcaster": true,
	"streamer": true, "developer": true, "supplier": true, "manufacturer": true, "designer": true,
	"operator": true, "producer": true, "explorer": true, "biotech": true, "telecom": true}

// startsAlias says whether a word begins a name the recognizer knows.
func (c *Companies) startsAlias(w string) bool {
	_, ok := c.roots[fold(w)]
	return ok
}

// longerAfter says whether the words from unit k on continue the name that ends before it into
// the name of another company: capitalized words that end in a corporate suffix ("Jones Medical
// Industries Inc", "Lear Petroleum Partners LP" hold the aliases Jones and Lear Petroleum). Outside
// a headline in capitals the words may be joined by "and" after the first of them ("Mitsui
// Engineering and Shipbuilding Co Ltd" is not Mitsui; "IBM and Apple Inc" are two companies).
// A corporate word that is no legal form right after the name does not make it another's: news
// and the gold of the development set write "Chris-Craft Industries" and "Jacobs Engineering
// Group" for Chris-Craft and Jacobs as often as "Harper Group" for a company other than Harper,
// and "Monfort of Colorado Inc" is Monfort. In a headline in capitals
// (headline), where every word is capitalized, the words between are no verbs or linking words
// ("ACME TO BUY WIDGET CORP" is two companies): none may begin an event's phrase or open a name,
// unless a corporate suffix follows it ("PARTNERS LP" is a name, "PARTNERS WITH" a verb). A
// particle of a foreign name and a capitalized word after the name make it longer too.
func longerAfter(text string, toks []token, us []unit, k int, headline bool) bool {
	if !headline && k+1 < len(us) && nameParticleShapes.mayHold(toks[us[k].from].text) && nameParticles[toks[us[k].from].text] && adjacent(text, us[k-1], us[k]) && adjacent(text, us[k], us[k+1]) &&
		us[k+1].key != "" && capitalized(toks[us[k+1].from].text) {
		return true // "Petroles de Venezuela" is not Petroles
	}
	for j := k; j < len(us) && j < k+5; j++ {
		u := us[j]
		if !adjacent(text, us[j-1], u) || u.key == "" {
			return false
		}
		if corporateSuffixShapes.mayHold(u.key) && corporateSuffixes[u.key] {
			return j > k
		}
		w := toks[u.from].text
		if u.key == "&" && !headline && j > k && j+1 < len(us) && capitalized(toks[us[j+1].from].text) {
			continue
		}
		if !isWord(w) || !capitalized(w) {
			return false
		}
		if headline {
			_, verb := triggers[u.key]
			_, gap := gapped[u.key]
			// A verb before a legal form is a word of the name ("PARTNERS LP"); before a
			// corporate word it is still a verb ("GENCORP TAKEOVER GROUP" is GenCorp's).
			named := j+1 < len(us) && (legalKeys[us[j+1].key] || us[j+1].key == "lp") && adjacent(text, u, us[j+1])
			if verb && !named || gap || nameOpeners[u.key] || headlineWords[u.key] {
				return false
			}
		}
	}
	return false
}

// nameParticles, written in lower case between capitalized words, join the words of a foreign
// company's name ("Petroles de Venezuela", "Compagnie des Machines Bull").
var nameParticles = wordSet(`de des du del della di da van von der`)

// headlineWords are words of headlines in capitals that are no part of a name: verbs of saying and
// of business that no event phrase begins with.
var headlineWords = wordSet(`says said sees expects plans sets has have is are was were will may
	unit units gets wins makes files seeks ends ups cuts raises lowers names elects`)

// agentWords name the banks and brokers that arrange a deal for others: the companies listed
// right after one of them ("The underwriters are Drexel Burnham Lambert Inc and Salomon Brothers
// Inc", "co-managed by X"), or just before "as" and one of them ("Salomon Brothers said as lead
// manager"), are cited, not parties. A company further on is the subject of the sentence's own news
// ("A brokerage initiated coverage of Netflix" is about Netflix).
var agentWords = map[string]bool{"underwriter": true, "underwriters": true, "underwritten": true,
	"manager": true, "managers": true, "co-manager": true, "co-managers": true, "adviser": true,
	"advisers": true, "advisor": true, "advisors": true, "advised": true, "dealer-manager": true,
	"agent": true, "agents": true, "broker": true, "brokers": true, "brokerage": true, "co-managed": true}

// actingAs says whether the words from token k on say that a firm named just before acts for
// others: "as lead manager", ", acting as adviser", "as receiver".
func actingAs(toks []token, k int) bool {
	for n := 0; k < len(toks) && n < 6; k, n = k+1, n+1 {
		if lower(toks[k].text) == "as" {
			for q := k + 1; q < len(toks) && q <= k+3; q++ {
				if inSet(agentWords, toks[q].text) || inSet(insolvencyOfficers, toks[q].text) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// insolvencyOfficers are the posts a company's insolvency hands it to: a firm appointed as one
// ("appointed the FDIC as receiver", "named Kroll as administrators") acts for the company's
// creditors and is no party to the bankruptcy.
var insolvencyOfficers = wordSet(`receiver receivers administrator administrators liquidator liquidators conservator trustee`)

// agentInitials are the first letters of agentWords.
var agentInitials = initialsOf(agentWords)

// mayBeAgent says whether w, lowered, may be one of agentWords: no agent word starts or ends with
// the ASCII bytes many words do ("company", "bank") or is as short as "a", "and", "at". Lower
// case never lengthens a word into one of them: only the Kelvin sign lowers to ASCII, and it
// shortens.
func mayBeAgent(w string) bool {
	n := len(w)
	return n >= minAgentWord && (w[0] >= utf8.RuneSelf || agentInitials.has(lowerByte(w[0]))) &&
		(w[n-1] >= utf8.RuneSelf || agentFinals.has(lowerByte(w[n-1])))
}

// agentFinals are the last bytes of the agent words, and minAgentWord the length of the
// shortest.
var agentFinals, minAgentWord = func() (*byteSet, int) {
	b, n := new(byteSet), 1<<30
	for w := range agentWords {
		b[w[len(w)-1]>>6] |= 1 << (w[len(w)-1] & 63)
		n = min(n, len(w))
	}
	return b, n
}()

// byteSet is a set of bytes.
type byteSet [4]uint64

func (b *byteSet) has(c byte) bool { return b[c>>6]&(1<<(c&63)) != 0 }

// initialsOf returns the first bytes of a set's words (lower case: the sets inSet probes).
func initialsOf(set map[string]bool) *byteSet {
	b := new(byteSet)
	for w := range set {
		if w != "" {
			b[w[0]>>6] |= 1 << (w[0] & 63)
		}
	}
	return b
}

// listWords may stand between an agent word and the companies it lists, and between those.
var listWords = map[string]bool{"are": true, "is": true, "was": true, "were": true, "will": true, "be": true,
	"include": true, "included": true, "includes": true, "including": true, "by": true, "led": true,
	"and": true, "or": true, ",": true, ":": true, "the": true, "lead": true, "co": true, "joint": true,
	"its": true, "their": true, "as": true, "such": true}

func markAgents(toks []token, ms []CompanyMention) {
	if len(ms) == 0 {
		return
	}
	first := -1
	for k, t := range toks {
		if !mayBeAgent(t.text) {
			continue // the set's probe, and the word's lowering, passed over
		}
		if inSet(agentWords, t.text) {
			first = k
			break
		}
	}
	if first < 0 {
		return
	}
	// Walk the list after the agent word: linking words and the listed names, up to anything else.
	for k := first + 1; k < len(toks); {
		if j := slices.IndexFunc(ms, func(m CompanyMention) bool { return m.Start == toks[k].start }); j >= 0 {
			ms[j].Cited = true
			for k < len(toks) && toks[k].start < ms[j].End {
				k++
			}
			continue
		}
		if !inShapedSet(listWordShapes, listWords, toks[k].text) && !inShapedSet(agentWordShapes, agentWords, toks[k].text) {
			break
		}
		k++
	}
	for j := range ms {
		m := &ms[j]
		// "X said as lead manager", "X, acting as adviser".
		if actingAs(toks, sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.End })) {
			m.Cited = true
		}
	}
}

// capitalized says whether a word begins with a capital letter.
func capitalized(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		return w[0]-'A' < 26 // inlined: most words are ASCII
	}
	return capitalizedRune(w)
}

func capitalizedRune(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// initials are the first letters of the capitalized words before token end ("of" and "and" are
// passed over), as many as make a string up to six letters.
func initials(toks []token, end int) string {
	var b []byte
	for k := end - 1; k >= 0 && len(b) < 6; k-- {
		w := toks[k].text
		if w == "of" || w == "and" || w == "&" || w == "the" {
			continue
		}
		if !capitalized(w) || !isWord(w) {
			break
		}
		b = append(b, w[0])
	}
	slices.Reverse(b)
	return string(b)
}

// tied says whether the article tied a name to a company already.
func (a *ArticleLinks) tied(name string) bool {
	_, ok := a.learned[fold(name)]
	return ok
}

var sourceWords = map[string]bool{"analyst": true, "analysts": true, "economist": true, "economists": true,
	"strategist": true, "strategists": true}

// cited says whether the name in tokens [from, to) is an analyst's or economist's employer: such a
// word follows it after at most four words of its name ("Salomon Brothers Inc analyst"), or
// precedes it with "at", "with", "of", "from" or "for" ("an analyst with Merrill Lynch").
func cited(toks []token, from, to int) bool {
	if possessiveSource(toks, to) { // news88.go
		return true
	}
	for k, n := to, 0; k < len(toks) && n < 5; k, n = k+1, n+1 {
		w := toks[k].text
		if inShapedSet(sourceWordShapes, sourceWords, w) {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && w != "," && w != "." && w != "&" && w != "'" && w != "s" || titleCaseBreak(w) {
			break // "Acme Stock Rises As Analysts Turn Bullish": a Title Case verb ends the name (feeds.go)
		}
	}
	k := from - 1
	if ratedAt(toks, k) {
		return true // "upgraded to Buy at Goldman Sachs" (feeds.go)
	}
	if k >= 0 && lower(toks[k].text) == "the" {
		k--
	}
	if k >= 1 {
		switch lower(toks[k].text) {
		case "at", "with", "of", "from", "for":
			return inShapedSet(sourceWordShapes, sourceWords, toks[k-1].text) || namedSource(toks, k) // news88.go
		}
	}
	return false
}

// startsName says whether a word can begin a name: a capital or a digit, or an alias's first word
// written in lower case ("innotek").
func (a *ArticleLinks) startsName(w string) bool {
	if b := w[0]; b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' {
		return true
	} else if b >= utf8.RuneSelf {
		// Only a rune outside ASCII is decoded: most words that reach here are lower case.
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || unicode.IsDigit(r) {
			return true
		}
	}
	if len(w) == 1 {
		return a.c.lowerStartBytes[w[0]] // "a" of "a.k.a. Brands": exact, without the map
	}
	bit := uint64(1) << min(len(w), 63)
	return a.c.lowerShape[w[0]]&bit != 0 && a.c.lowerEnds[w[len(w)-1]]&bit != 0 && a.c.lowerStartShapes.mayHold(w) && a.c.lowerStarts[w]
}

// mayOpenTicker says whether a token can be the first of tickerContext's forms: "$", an
// exchange's name (exchangeName's first letters, in any case) or an upper-case symbol.
func mayOpenTicker(w string) bool {
	if w == "" {
		return false
	}
	c := w[0]
	return c == '$' || c >= 'A' && c <= 'Z' || c == 'n' || c == 'a' || c == 'o'
}

// tickerContext recognizes a ticker at token i: "$VMW", "NYSE: VMW", "NYSE American: X",
// "Nasdaq:CTXS", or a bare ticker the metadata lists. It returns the ticker's token, the last token
// of the context (-1 when there is none) and the exchange named.
func tickerContext(toks []token, i int, meta []string) (tk, last int, exchange string) {
	t := toks[i]
	if t.text == "$" && i+1 < len(toks) && toks[i+1].start == t.end && isTickerShape(toks[i+1].text) {
		return i + 1, i + 1, ""
	}
	if ex := exchangeName(t.text); ex != "" {
		k := i + 1
		if k < len(toks) && (toks[k].text == "American" || toks[k].text == "Arca" || toks[k].text == "MKT" || toks[k].text == "GS" || toks[k].text == "GM") {
			k++
		}
		if k+1 < len(toks) && toks[k].text == ":" && isTickerShape(toks[k+1].text) {
			return k + 1, k + 1, ex
		}
	}
	// A Reuters instrument code of a US exchange in parentheses: "Apple Inc (AAPL.O)", "(IBM.N)".
	// Other markets' codes ("VOD.L") name a listing the US directory does not hold: the name
	// before them links by itself.
	if i > 0 && toks[i-1].text == "(" && i+3 < len(toks) && toks[i+1].text == "." && toks[i+1].start == t.end &&
		toks[i+2].start == toks[i+1].end && toks[i+3].text == ")" && isTickerShape(t.text) {
		if ex := ricExchanges[toks[i+2].text]; ex != "" {
			return i, i + 2, ex
		}
	}
	if reutersTicker(toks, i) { // lead17.go
		return i, i + 1, ""
	}
	if len(meta) > 0 && isTickerShape(t.text) {
		for _, m := range meta {
			if m == t.text {
				return i, i, ""
			}
		}
	}
	return -1, -1, ""
}

// tickerAcronyms are upper-case words that news writes as words where a bare symbol could
// stand ("CEO shares", "IPO shares", "ARR rose 30%", "WTI fell 2%"), though a listing holds them
// as symbols.
var tickerAcronyms = wordSet(`ADR ADRS ADS ADSS CEO CFO IPO USA GDP IRS API LNG SEC FDA NYSE OTC EPS
	SPAC REIT ETF NFT ESG CPI PPI PMI ISM NAV ARR WTI LTM TTM ASM`)

// bareTicker says whether the upper-case word at i is a symbol written bare, as company news
// that names a stock by its ticker alone does: in stock context in lower case ("shares of ORLY",
// "Shares of CRWD fell", "MSTR stock", "TSLA fell 3%": bareStockContext), or a symbol the
// article has so named before (the body is read before the title: "ORLY to split 15-for-1"). The symbol must be an operating company's
// listing on the article's day, of three letters or more; a fund's ("shares of SPY") is no
// company. An all-caps headline has no lower-case context, so its words are not read this way,
// and before the directory's history (old newswire: "shares of CNT common stock", an acronym
// the story gave the company) a symbol's holder of today says nothing.
func (a *ArticleLinks) bareTicker(toks []token, i int) bool {
	w := toks[i].text
	if len(w) < 3 || len(w) > 5 || !isTickerShape(w) || strings.IndexByte(w, '.') >= 0 || tickerAcronyms[w] {
		return false
	}
	if l, ok := a.learned[w]; ok && l.Ticker != w {
		return false // the initials of a company the article named: "RBC" after "Royal Bank of Canada" (shortnames.go)
	}
	if !slices.Contains(a.bare, w) && !bareStockContext(toks, i) {
		return false
	}
	e, src := a.c.resolveTicker(w, a.day)
	if e == nil || e.Ticker != w || src != SourceDirectory || e.listing == nil || e.listing.Fund {
		return false
	}
	if !slices.Contains(a.bare, w) {
		a.bare = append(a.bare, w)
	}
	return true
}

// bareStockContext says whether the words around the symbol at i tell a stock, in lower case:
// "shares of ORLY", "Shares in ABNB", "MSTR stock", "AMZN's shares", or a move with its figure,
// "TSLA fell 3%", "ORCL closed up 11%".
func bareStockContext(toks []token, i int) bool {
	at := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return toks[k].text
	}
	stock := func(w string) bool { return w == "shares" || w == "stock" }
	if p := at(i - 1); (p == "of" || p == "in") && (stock(at(i-2)) || at(i-2) == "Shares" || at(i-2) == "Stock") {
		return true
	}
	next := at(i + 1)
	if stock(next) || next == "'" && at(i+2) == "s" && stock(at(i+3)) {
		return true
	}
	k := i + 2
	switch {
	case stockMoves[next] || companyMoveVerbs[next]:
	case next == "closed" || next == "ended" || next == "finished":
		if up := at(k); up != "up" && up != "down" && up != "higher" && up != "lower" {
			return false
		}
		k++
	default:
		return false
	}
	if up := at(k); up == "up" || up == "down" {
		k++
	}
	f := at(k)
	return f != "" && (f[0] >= '0' && f[0] <= '9')
}

// ricExchanges are the suffixes of Reuters instrument codes for US exchanges.
var ricExchanges = map[string]string{"O": "NASDAQ", "OQ": "NASDAQ", "N": "NYSE", "K": "NYSE", "A": "NYSE American", "P": "NYSE Arca"}

// ticker resolves a ticker named in ticker context on the article's date.
func (a *ArticleLinks) ticker(sym, exchange string) (Company, string) {
	if e, src := a.c.resolveTicker(sym, a.day); e != nil && e.Ticker != "" {
		return e.Company, src
	}
	return Company{Name: sym, Ticker: sym, Exchange: exchange}, SourceTicker
}

// learn ties the name written just before "(" at token paren to co, the company of the ticker in
// the parentheses, for the rest of the article: the mention already found there takes co, else the
// capitalized words before the parenthesis become a mention.
func (a *ArticleLinks) learn(text string, toks []token, before []unit, out *[]CompanyMention, paren int, co Company) {
	pstart := toks[paren].start
	if n := len(*out); n > 0 {
		m := &(*out)[n-1]
		if gap := strings.TrimSpace(text[m.End:pstart]); gap == "" {
			if m.Ticker != co.Ticker {
				name := m.Name
				m.Company = co
				m.Company.Name = name
				m.Source = SourceLearned
			}
			a.remember(text, before, m.Start, m.End, m.Company)
			return
		}
	}
	// The run of capitalized words (with "&", "of", "and" and initials inside) before "(".
	lo := len(before)
	for lo > 0 {
		u := before[lo-1]
		w := toks[u.from].text
		if u.key == "" || u.end > pstart {
			break
		}
		if lo < len(before) && !adjacent(text, u, before[lo]) {
			break
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && u.key != "&" && u.key != "." && u.key != "'" && w != "of" {
			break
		}
		lo--
	}
	for lo < len(before) && (before[lo].key == "&" || toks[before[lo].from].text == "of" || before[lo].key == "." || before[lo].key == "'") {
		lo++
	}
	if n := len(*out); n > 0 {
		for lo < len(before) && before[lo].start < (*out)[n-1].End {
			lo++
		}
	}
	// The name ends in a capitalized word ("Holders of (NYSE: EMC)" names nobody) and does not
	// begin with an ordinary word that opens the sentence ("Vendors (NASDAQ:CTXS)").
	if lo >= len(before) || len(before)-lo > 8 || !capitalized(toks[before[len(before)-1].from].text) {
		return
	}
	// An ordinary word that begins the ticker's company's own name is that name, not a word that
	// opens the sentence: a press release's "Intuitive (Nasdaq: ISRG) today announced" names
	// Intuitive Surgical as "Progressive (NYSE: PGR)" names Progressive Corp.
	for lo < len(before) && lo == firstWord(toks, before) && a.c.dir != nil && a.c.dir.Common(lower(toks[before[lo].from].text)) &&
		!nameBegins(co.Name, toks[before[lo].from].text) {
		lo++
	}
	if lo >= len(before) {
		return
	}
	start, end := before[lo].start, before[len(before)-1].end
	name := directory.Name(text[start:end])
	if name == "" {
		return
	}
	learned := co
	if learned.Name == learned.Ticker {
		learned.Name = name
	}
	*out = append(*out, CompanyMention{Company: learned, Text: text[start:end], Start: start, End: end, Source: SourceLearned})
	a.remember(text, before[lo:], start, end, learned)
	a.remember(text, nil, 0, 0, learned, name)
	a.rememberParts(toks, before[lo:], learned, true)
}

// firstWord returns the index of the first unit of a word.
func firstWord(toks []token, us []unit) int {
	for k, u := range us {
		if isWord(toks[u.from].text) {
			return k
		}
	}
	return len(us)
}

// remember makes the folded words of the units within [start, end) (and of any extra names) mean
// co for the rest of the article.
func (a *ArticleLinks) remember(text string, us []unit, start, end int, co Company, extra ...string) {
	if a.learned == nil {
		a.learned = map[string]Company{}
	}
	put := func(keys []string) {
		for len(keys) > 1 && legalKeys[keys[len(keys)-1]] {
			a.learnKey(strings.Join(keys, " "), co)
			keys = keys[:len(keys)-1]
		}
		if len(keys) > 0 {
			a.learnKey(strings.Join(keys, " "), co)
			a.learnedMax = max(a.learnedMax, len(keys)+1)
		}
	}
	var keys []string
	for _, u := range us {
		if u.start >= start && u.end <= end && u.key != "" {
			keys = append(keys, u.key)
		}
	}
	put(keys)
	if co.Name == "" {
		return
	}
	for _, x := range extra {
		toks := tokenize(x)
		var ks []string
		for _, u := range units(x, toks, nil) {
			if u.key != "" {
				ks = append(ks, u.key)
			}
		}
		put(ks)
	}
	a.note(co)
}

// note records that the article named co with evidence.
func (a *ArticleLinks) note(co Company) {
	if !a.hasEvidence(co) {
		a.evidence = append(a.evidence, co)
	}
}

// match finds the longest name starting at unit i: a name the article learned, else the aliases
// and the directory. It returns the mention (Source "" for a place, which only blocks), the units
// it spans, and whether anything matched.
func (a *ArticleLinks) match(text string, toks []token, us []unit, i int, shout bool) (CompanyMention, int, bool) {
	// Names the article tied to a ticker.
	if len(a.learned) > 0 {
		// The units' keys joined by spaces, as remember stored them, in a buffer on the stack:
		// this runs at every word that may start a name once the article learned one.
		var keyBuf [128]byte
		for n := min(a.learnedMax, len(us)-i); n >= 1; n-- {
			key := keyBuf[:0]
			ok := true
			for j := i; j < i+n; j++ {
				if us[j].key == "" || j > i && !adjacent(text, us[j-1], us[j]) {
					ok = false
					break
				}
				if j > i {
					key = append(key, ' ')
				}
				key = append(key, us[j].key...)
			}
			if !ok {
				continue
			}
			if !a.mayHaveLearned(key) {
				continue
			}
			if l, found := a.learned[string(key)]; found {
				if l.Name == "" && (namesakeSuffix(text, toks, us, i+n) || a.c.aliasLen(text, us, i) > n) {
					break // "Merck & Co" after "Merck KGaA", "Tencent Music" after "Tencent Holdings" (news34.go)
				}
				if l.Name == "" {
					return CompanyMention{}, n, true // an acronym of something else
				}
				if a.c.aliasLen(text, us, i) > n {
					break // a longer name the lists know starts here: "Oban Therapeutics" over the learned "Oban"
				}
				end := a.suffix(text, toks, us, i+n)
				return CompanyMention{Company: l, Text: text[us[i].start:end], Start: us[i].start, End: end, Source: SourceLearned}, n, true
			}
		}
		// A company's initials in capitals (rememberInitials), not in a headline in capitals.
		// A longer name the directory knows that begins with them is that company's: "GE
		// HealthCare" after "General Electric" is not GE's.
		if w := toks[us[i].from].text; !shout && us[i].to-us[i].from == 1 && len(w) <= 4 && upperLetters(w) {
			if l, found := a.learned[w]; found && a.c.aliasLen(text, us, i) < 2 {
				end := a.suffix(text, toks, us, i+1)
				return CompanyMention{Company: l, Text: text[us[i].start:end], Start: us[i].start, End: end, Source: SourceLearned}, 1, true
			}
		}
	}
	c := a.c
	// Walk the trie as far as the text goes, remembering the nodes that end an alias.
	var ends [8]struct {
		node int32
		n    int
	}
	found := 0
	node := int32(0)
	for j := i; j < len(us) && us[j].key != ""; j++ {
		if j > i && !adjacent(text, us[j-1], us[j]) {
			break
		}
		next, ok := c.child(node, us[j].key)
		if !ok && us[j].end-us[j].start > len(us[j].key) {
			// the folded key lost a hyphen or an apostrophe: try the parts (companies.go)
			next, ok = c.partsStep(node, text, us[j])
		}
		if !ok {
			break
		}
		node = next
		if c.ends[node] != noIDs {
			if found == len(ends) {
				copy(ends[:], ends[1:])
				found--
			}
			ends[found] = struct {
				node int32
				n    int
			}{node, j - i + 1}
			found++
		}
	}
	first := toks[us[i].from].text
	for k := found - 1; k >= 0; k-- {
		n := ends[k].n
		if n == 1 {
			if m, ok := a.shadowed(text, toks, us, i); ok {
				return m, 1, true
			}
		} else if n == 2 {
			if m, ok := a.shadowedPair(text, toks, us, i); ok { // news88.go
				return m, 2, true
			}
		}
		ids := c.atNode(ends[k].node)
		e, src := a.resolve(ends[k].node, first)
		if e == nil && n == 1 {
			e, src = a.suffixedBeforeHistory(text, toks, us, i, ids, first) // news47.go
		}
		if e == nil {
			e, src = a.namedInFull(ids, first) // news56.go
		}
		if e == nil || a.otherLegalName(text, toks, us, i, n, e, src) {
			continue
		}
		if e.place {
			return CompanyMention{}, n, true
		}
		if n == 1 && regionAdjective(text, toks, us, i) {
			return CompanyMention{}, 1, true // "a leading Southern regional bank" (news82.go)
		}
		if landformAfter(text, toks, us, i, n) {
			return CompanyMention{}, n + 1, true // "the Eaton fire", "Eaton Canyon" (news56.go)
		}
		if otherCompanyAfter(text, toks, us, i, n, e) {
			// "Merck KGaA", "Tencent Holdings": another company, listed at home (news34.go).
			a.rememberOther(text, us[i:i+n])
			return CompanyMention{}, n + 1, true
		}
		end := a.suffix(text, toks, us, i+n)
		suffixed := end > us[i+n-1].end
		if !a.evidenced(text, toks, us, i, n, e, shout, suffixed) {
			continue
		}
		if !suffixed && !a.hasEvidence(e.Company) && c.hasPlace(ids) {
			// A company named like a place ("Georgia", "New England") needs a suffix or an
			// earlier mention with evidence: capitals are no evidence for a place.
			continue
		}
		a.note(e.Company)
		return CompanyMention{Company: e.Company, Text: text[us[i].start:end], Start: us[i].start, End: end, Source: src}, n, true
	}
	if m, n, ok := a.head(text, toks, us, i, shout); ok {
		return m, n, true
	}
	// The first part of a hyphenated word whose listing name was cut there ("Coca-Cola").
	if t := toks[us[i].from]; us[i].to == us[i].from+1 && strings.Contains(t.text, "-") && !placeCompound(t.text) { // news31.go
		if head := fold(t.text[:strings.IndexByte(t.text, '-')]); c.headShapes.mayHold(head) {
			if ids := c.heads[head]; len(ids) > 0 {
				if e, src := c.resolve(ids, a.day, t.text); e != nil {
					a.note(e.Company)
					return CompanyMention{Company: e.Company, Text: t.text, Start: t.start, End: t.end, Source: src}, 1, true
				}
			}
		}
	}
	// A head the listing's name was cut at, written alone with a legal suffix: the company took
	// the head for its name ("KLA Corp" for the listing's "KLA-Tencor").
	if us[i].to == us[i].from+1 && us[i].key != "" && c.headShapes.mayHold(us[i].key) {
		if ids := c.heads[us[i].key]; len(ids) > 0 {
			if end := a.suffix(text, toks, us, i+1); end > us[i].end {
				if e, src := c.resolve(ids, a.day, toks[us[i].from].text); e != nil {
					a.note(e.Company)
					return CompanyMention{Company: e.Company, Text: text[us[i].start:end], Start: us[i].start, End: end, Source: src}, 1, true
				}
			}
		}
	}
	return CompanyMention{}, 0, false
}

// suffix returns the end of a name whose units end before unit k, taking in a legal suffix
// ("Apple Inc.", "Agilent Technologies, Inc.").
func (a *ArticleLinks) suffix(text string, toks []token, us []unit, k int) int {
	end := us[k-1].end
	j := k
	if j < len(us) && toks[us[j].from].text == "," && us[j].start == end {
		j++
	} else if j+1 < len(us) && toks[us[j].from].text == "&" && us[j+1].key == "co" && us[j].start-end <= 1 {
		j++ // "JPMorgan Chase & Co.", "Eli Lilly & Co": the partnership's old legal form (lead14)
	}
	if j < len(us) && (legalKeyShapes.mayHold(us[j].key) && legalKeys[us[j].key]) && us[j].start-us[j-1].end <= 1 {
		end = us[j].end
		if n := us[j].to; n < len(toks) && toks[n].text == "." && toks[n].start == end {
			end = toks[n].end
		}
	}
	return end
}

// ownSymbolAfter says whether the tokens from k on are the symbol of the company named before
// them, in parentheses: "Apple (AAPL)", as investing copy writes it.
func ownSymbolAfter(toks []token, k int, symbol string) bool {
	return symbol != "" && k+2 < len(toks) && toks[k].text == "(" && toks[k+1].text == symbol && toks[k+2].text == ")" &&
		toks[k].start == toks[k-1].end+1 && toks[k+1].start == toks[k].end
}

// evidenced applies the rules for names that are ordinary words or short forms. Either counts with a
// legal suffix ("Apple Inc") or where the article named the company with evidence before; else
// not in a headline in capitals or title case, nor as a part of a longer capitalized name ("Big
// Apple", "Acme Soft" for the short form "Acme"), and an ordinary word not as a sentence's first
// word ("Apple", "Target"), which is capitalized anyway.
func (a *ArticleLinks) evidenced(text string, toks []token, us []unit, i, n int, e *entry, shout, suffixed bool) bool {
	// An acronym read in title case is a word or a first name ("Tim" is not TIM).
	caseless := n == 1 && acronym(e.first) && strings.ToUpper(toks[us[i].from].text) != toks[us[i].from].text
	if n == 1 && e.source == SourceDirectory && !suffixed && !a.hasEvidence(e.Company) && predicateWord(toks, us, i) {
		return false // "Analysts Turn Bullish", "Why Investors Are Bullish On Acme": a state, not Bullish Inc
	}
	if !e.common && !e.short && !caseless {
		return true
	}
	if e.common && !suffixed && brandOfGoods(us, i) {
		return false // "the maker of Delta faucets" (news40.go)
	}
	if a.hasEvidence(e.Company) || suffixed || ownSymbolAfter(toks, us[i+n-1].to, e.Ticker) {
		return true
	}
	if e.short && e.words == 1 && givenNames[e.first] {
		return false // "Kelly said" is a person, not Kelly Services
	}
	if shout && !a.titleCase || caseless {
		return false // a headline in capitals; one in title case reads a company's verb below
	}
	// A part of a longer name: a capitalized word just before or after.
	capital := func(u unit) bool {
		r, _ := utf8.DecodeRuneInString(toks[u.from].text)
		return u.key != "" && unicode.IsUpper(r)
	}
	// Receipts after the name are its stock, not a word of a longer name: "Alibaba ADSs slide".
	// In a title-case headline the verb after the name is capitalized too: "Delta Raises Its
	// Forecast", "Arm Shares Jump".
	if i > 0 && capital(us[i-1]) && adjacent(text, us[i-1], us[i]) && !(a.titleCase && titleClauseOpeners[us[i-1].key]) || // news107.go
		i+n < len(us) && capital(us[i+n]) && adjacent(text, us[i+n-1], us[i+n]) && !receiptWords[us[i+n].key] &&
			!(a.titleCase && (companyVerbAfter(toks, us, i+n) || titleCaseNews(toks, us, i+n) || listMoveAfter(toks, us, i, i+n))) { // news107.go
		return false
	}
	if !e.common {
		return true
	}
	// An ordinary word at the start of a sentence is capitalized anyway, unless a company's verb
	// follows it ("Apple said", "Target reported", "Gap shares", "Apple's stock"); so is every
	// word of a title-case headline ("Meets a Shot in the Arm"), wherever it stands.
	for j := i - 1; j >= 0 && !a.titleCase; j-- {
		if isWord(toks[us[j].from].text) {
			return true
		}
	}
	return companyVerbAfter(toks, us, i+n) || companyJoinedAfter(toks, us, i+n) || moverHeading(toks, us, i+n) || verbAfterWhich(toks, us, i+n) || // news86.go
		a.titleCase && listMoveAfter(toks, us, i, i+n) // news107.go
}

// receiptWords are a foreign company's shares in New York, folded.
var receiptWords = wordSet(`adrs adss adr ads`)

// moverHeading says whether a dash at unit k heads a market story's entry for the name before it,
// the entry telling its stock's move: "Oracle - Shares jumped 11% after its results", "Target —
// The retailer's stock fell 4%". The stock or a move verb stands within six words after the dash.
func moverHeading(toks []token, us []unit, k int) bool {
	if k >= len(us) {
		return false
	}
	switch toks[us[k].from].text {
	case "-", "–", "—", "--":
	default:
		return false
	}
	for j := k + 1; j < len(us) && j <= k+6; j++ {
		w := strings.ToLower(toks[us[j].from].text)
		if w == "shares" || w == "stock" || companyMoveVerbs[w] {
			return true
		}
	}
	return false
}

// companyJoinedAfter says whether "and" and another company's name follow at unit k: a run of
// capitalized words that ends in a corporate suffix or before a company's verb. A name is
// listed with names: "Tapestry and Capri Holdings called off their merger", "Apple and
// Alphabet said".
func companyJoinedAfter(toks []token, us []unit, k int) bool {
	// A headline joins its companies by a comma too: "Oracle, Nvidia sign cloud deal".
	if k >= len(us) || !strings.EqualFold(toks[us[k].from].text, "and") && toks[us[k].from].text != "," {
		return false
	}
	j := k + 1
	for ; j < len(us) && j <= k+4 && isWord(toks[us[j].from].text) && capitalized(toks[us[j].from].text); j++ {
		if j > k+1 && corporateSuffixes[us[j].key] {
			return true
		}
		if j > k+1 && jointVerbs[strings.ToLower(toks[us[j].from].text)] {
			return true // title case capitalizes the verb too: "Apple, Microsoft Rally" (news107.go)
		}
	}
	return j > k+1 && (companyVerbAfter(toks, us, j) || j < len(us) && jointVerbs[strings.ToLower(toks[us[j].from].text)] ||
		jointProgressive(toks, us, j)) // "Apple and Amazon are teaming up" (news55.go)
}

// jointVerbs are the plural verbs two companies named together take in a headline: "Apple,
// Target report earnings", "Oracle and OpenAI sign deal", "Pfizer and BioNTech win approval".
var jointVerbs = wordSet(`report post agree sign ink strike settle merge announce raise cut win beat miss name
	unveil launch team partner join form complete close call end sue file say face
	rally soar surge jump climb tumble plunge slide sink`) // their stocks' moves (news107.go)

// companyVerbAfter says whether a company's verb follows at unit k ("said", "reported",
// "shares"), passing over a possessive: "Apple's stock slid", "Target's shares fell".
func companyVerbAfter(toks []token, us []unit, k int) bool {
	if k+1 < len(us) && us[k].key == "'" && us[k+1].key == "s" {
		k += 2
		// What only a company owns: "Target's quarterly profit fell", "Apple's chief executive".
		for n := 0; n < 3 && k+n < len(us); n++ {
			w := strings.ToLower(toks[us[k+n].from].text)
			if companyOwned[w] {
				return true
			}
			if !ownedQualifiers[w] {
				break
			}
		}
	}
	// The day or an adverb may stand between: "Apple on Thursday announced", "Target also said".
	for n := 0; n < 3 && k < len(us); n++ {
		w := strings.ToLower(toks[us[k].from].text)
		if w != "on" && w != "late" && w != "early" && w != "also" && w != "earlier" && w != "today" && !weekdays[w] {
			break
		}
		k++
	}
	if k >= len(us) {
		return false
	}
	w := strings.ToLower(toks[us[k].from].text)
	if companyAuxiliaries[w] && k+1 < len(us) {
		// "Apple is ending its card partnership", "Target will close 9 stores", and any
		// present progressive: "Gap is weighing a sale".
		next := strings.ToLower(toks[us[k+1].from].text)
		return companyActs[next] || (w == "is" || w == "was") && len(next) > 5 && strings.HasSuffix(next, "ing")
	}
	if after := refusalHeads[w]; after != "" && k+2 < len(us) {
		// A refusal or a denial of an act of the business: "Whirlpool declined to reaffirm its
		// outlook", "Target did not raise its dividend".
		mid, next := strings.ToLower(toks[us[k+1].from].text), strings.ToLower(toks[us[k+2].from].text)
		return mid == after && (companyActs[next] || next == "reaffirm")
	}
	if stockMoves[w] && k+1 < len(us) {
		// A stock's move told of the company, with its figure: "while Pioneer rose 1%".
		next := toks[us[k+1].from].text
		return next != "" && (next[0] >= '0' && next[0] <= '9' || next[0] == '$')
	}
	return companyVerbs[w] || opensVerbTrigger(w) || agreesDeal(toks, us, k)
}

// agreesDeal says whether a verb of agreeing at unit k takes a deal within three words: "Oracle
// struck a deal with Nvidia", "Target reached an agreement", "Apple inked a pact". Only a
// company or a person does so, where "Target reached $50" or "Oracle struck" alone need not.
func agreesDeal(toks []token, us []unit, k int) bool {
	if !slices.Contains(dealAgreeForms, strings.ToLower(toks[us[k].from].text)) {
		return false
	}
	// The deal's size does not count among the three words: "sign $300 billion cloud deal".
	words := 0
	for j := k + 1; j < len(us) && words < 3; j++ {
		w := strings.ToLower(toks[us[j].from].text)
		switch w {
		case "deal", "deals", "agreement", "agreements", "pact", "accord", "settlement":
			return true
		case "$", "million", "billion", "trillion", "mln", "bln":
			continue
		}
		if w != "" && w[0] >= '0' && w[0] <= '9' {
			continue
		}
		words++
	}
	return false
}

// opensVerbTrigger says whether a word that looks like a verb in the present or the past ("teams",
// "priced") opens an event's trigger phrase: "Apple teams up with OpenAI", "Gap sales rose" tell
// of the company as its verbs do.
func opensVerbTrigger(w string) bool {
	if !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") {
		return false
	}
	return len(triggers[w]) > 0 || len(gapped[w]) > 0
}

// ownedQualifiers may stand between a possessive and what it owns: "Target's quarterly profit".
var ownedQualifiers = wordSet(`quarterly annual full-year first-quarter second-quarter third-quarter
	fourth-quarter net adjusted credit debt`)

// companyOwned are the things a possessive names only of a company: its results, its outlook,
// its officers and its board, and the rating of its debt ("Ford's credit rating"; a person's
// "approval rating" is none).
var companyOwned = wordSet(`profit profits revenue revenues sales earnings income outlook forecast guidance
	results dividend buyback board ceo cfo chairman rating ratings`)

// stockMoves are the verbs of a stock's move that news tells of the company itself.
var stockMoves = wordSet(`rose fell jumped climbed gained added dropped slid slipped declined tumbled plunged
	surged soared sank lost shed rallied advanced eased`)

// companyAuxiliaries before one of companyActs make a company's verb.
var companyAuxiliaries = wordSet(`is was will has had`)

// refusalHeads are the verbs of refusing or denying an act, with the word that must follow them.
var refusalHeads = map[string]string{"declined": "to", "refused": "to", "did": "not", "does": "not"}

// companyActs are what a company is doing or will do to its business, after an auxiliary.
var companyActs = wordSet(`ending end ended buying buy bought selling sell sold cutting cut raising raise
	raised lowering lower lowered laying acquiring acquire acquired launching launch launched suing sue
	sued hiring hire hired exploring considering recalling recall recalled closing close closed paying pay
	reporting report reported expected set agreed named hit fined charged accused ordered reduce reducing
	eliminate eliminating shut shutting lay laid slash slashing slashed trim trimming trimmed merge merging merged
	spin spinning file filing filed settle settling settled suspend suspending suspended withdraw withdrawing
	withdrew halt halting halted`)

// weekdays are the days news dates a company's act by, in lower case.
var weekdays = wordSet(`monday tuesday wednesday thursday friday saturday sunday`)

// companyVerbs are the words after a name that make it the company that speaks, reports or
// acts on its own business: its payout, outlook, officers, deals and results ("Target lowered
// its forecast", "Alphabet raised its dividend"). Verbs of prices and amounts ("rose", "fell")
// are not among them: "Oil fell" says nothing of a company.
var companyVerbs = map[string]bool{"said": true, "says": true, "announced": true, "announces": true,
	"reported": true, "reports": true, "posted": true, "agreed": true, "agrees": true, "shares": true, "stock": true,
	"raised": true, "raises": true, "lowered": true, "lowers": true, "cut": true, "cuts": true, "declared": true,
	"declares": true, "named": true, "names": true, "appointed": true, "appoints": true, "acquired": true,
	"acquires": true, "completed": true, "completes": true, "beat": true, "beats": true, "missed": true,
	"misses": true, "reaffirmed": true, "reaffirms": true, "reiterated": true, "reiterates": true,
	"authorized": true, "authorizes": true, "priced": true, "prices": true, "unveiled": true, "unveils": true,
	"suspended": true, "suspends": true, "forecast": true, "forecasts": true, "expects": true, "plans": true,
	"sells": true, "sold": true, "buys": true, "bought": true, "sues": true, "sued": true, "hires": true,
	"hired": true, "launches": true, "launched": true, "ended": true, "ends": true, "terminated": true,
	"terminates": true, "signed": true, "signs": true, "wins": true, "won": true, "receives": true,
	"received": true, "secures": true, "secured": true,
	// A headline's verbs of the payout, the buyback, the outlook and the staff: "Apple boosts
	// buyback", "Target trims outlook", "Visa taps new CFO".
	"boosts": true, "boosted": true, "lifts": true, "lifted": true, "hikes": true, "hiked": true, "trims": true,
	"trimmed": true, "slashes": true, "slashed": true, "doubles": true, "expands": true, "expanded": true,
	"resumes": true, "resumed": true, "halts": true, "halted": true, "withdraws": true, "withdrew": true,
	"settles": true, "settled": true, "files": true, "filed": true, "recalls": true, "recalled": true,
	"warns": true, "warned": true, "posts": true, "sees": true, "tops": true, "topped": true, "taps": true,
	"tapped": true, "axes": true, "axed": true, "lays": true, "laid": true, "scraps": true, "scrapped": true,
	"delays": true, "delayed": true}

// acronym says whether an alias's first word is an acronym in capitals ("TIM", "IBM"): two to
// four letters, none in lower case.
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// resolve picks among the entries of one alias the one that names a company on day: the user's
// alias, else a listing that held the symbol then, else the seed's alias, else a listing that was
// there when the directory's history began (for a date before it). A place loses to any company.
// first is the text's first word, which must be capitalized as the alias is.
func (c *Companies) resolve(ids []int32, day time.Time, first string) (*entry, string) {
	var best *entry
	bestRank := 99
	src := ""
	for _, id := range ids {
		e := &c.entries[id]
		if !e.place && e.first != "" && !capitalizedLike(first, e.first) {
			continue
		}
		if c.outsideBounds(id, day) {
			continue
		}
		rank, s := c.rank(e, day)
		if rank < 0 {
			continue
		}
		// A brand is the name news means where a listing's short form writes it too ("Citi" is
		// Citigroup's, not Citi Trends').
		if rank < bestRank || rank == bestRank && (e.brand && !best.brand || e.brand == best.brand && betterListing(e, best)) {
			best, bestRank, src = e, rank, s
		}
	}
	if best != nil && best.short {
		// A place or institution is what a short form means inside it: "Ohio", not Ohio Valley Banc.
		for _, id := range ids {
			if c.entries[id].place {
				return &c.entries[id], ""
			}
		}
	}
	if best != nil && best.source == SourceSeed && c.stale(best, day) {
		// The seed's ticker belonged to another listing on that day (EMC, a fund since 2024):
		// the name is still the company, without the ticker.
		cp := *best
		cp.Ticker, cp.Exchange = "", ""
		return &cp, src
	}
	return best, src
}

func (c *Companies) hasPlace(ids []int32) bool {
	for _, id := range ids {
		if c.entries[id].place {
			return true
		}
	}
	return false
}

func (c *Companies) rank(e *entry, day time.Time) (int, string) {
	switch {
	case e.place:
		return 9, ""
	case e.source == SourceUser:
		return 0, SourceUser
	case e.source == SourceSeed:
		return 2, SourceSeed
	}
	switch e.listing.Covers(day) {
	case directory.Seen:
		return 1, SourceDirectory
	case directory.BeforeHistory:
		// Before its history the directory is a guess, which a name of one word does not carry
		// (Moody's, Harris, Chase, Agilent): such names changed hands too often.
		if e.words >= 2 || e.words == 0 {
			return 3, SourceBeforeHistory
		}
	case directory.Outside:
		if c.succeeds(e, day) || c.renamed(e.listing, e.Ticker, day) {
			return 1, SourceDirectory
		}
		if c.debutsSoon(e, day) { // listings.go
			return 1, SourceBeforeListing
		}
	}
	return -1, ""
}

// succeedsWithin is how close a listing's start follows the end of the one it succeeds.
const succeedsWithin = 60 * 24 * time.Hour

// succeeds says whether e's listing, not yet listed on day, took its symbol over from a company
// listing that held it then and ended as e's began: a renamed company or one that moved
// exchange ("Wal-Mart Stores" on NYSE, "Walmart" on NASDAQ). News uses the new name before the
// lists do, so the name means the symbol's holder of the day. A fund on either side is another
// business under an old symbol, not a successor.
func (c *Companies) succeeds(e *entry, day time.Time) bool {
	l := e.listing
	if l == nil || l.Fund || l.From.IsZero() || day.IsZero() || !day.Before(l.From.Time()) {
		return false
	}
	for _, id := range c.listed(e.Ticker) {
		p := c.entries[id].listing
		if p == nil || p == l || p.Fund || p.To.IsZero() || p.Covers(day) != directory.Seen {
			continue
		}
		if d := l.From.Time().Sub(p.To.Time()); d < succeedsWithin && d > -succeedsWithin {
			return true
		}
	}
	return false
}

// renamed says whether listing l, over by day, handed its symbol to the company listing that holds
// it on day, which began as l ended: the same business under a new name (Google's GOOG is
// Alphabet's since 2015). News keeps the old name for the brand, and it means the symbol's holder.
// A fund after it is another business under an old symbol (EMC, JAVA).
func (c *Companies) renamed(l *directory.Listing, sym string, day time.Time) bool {
	if l == nil || l.Fund || l.To.IsZero() || day.IsZero() || !day.After(l.To.Time()) {
		return false
	}
	for _, id := range c.listed(sym) {
		q := c.entries[id].listing
		if q == nil || q == l || q.Fund || q.Covers(day) != directory.Seen || !sameBusiness(l, q) {
			continue
		}
		if d := q.From.Time().Sub(l.To.Time()); d < succeedsWithin && d > -succeedsWithin && (handedOver(l, q) || c.renamedAcrossGap(l, q)) {
			return true
		}
	}
	return false
}

// handedOver says whether the lists saw l's symbol pass to q: q was first seen on the list after
// the one that last showed l, so nothing else can have held the symbol between them.
func handedOver(l, q *directory.Listing) bool {
	return q.From == l.Last+1 || l.To == q.First-1
}

// renamedAcrossGap says whether q, first seen lists after l was last seen, is l renamed. Between
// the two sightings the history has lists that show neither, or none at all (2015 to 2018, 2018
// to 2024), and the symbol can have been freed and taken by a newcomer (Altera's ALTR, delisted
// in 2015, Altair Engineering's from 2017): the days cannot tell that from a rename (Google's GOOG,
// Alphabet's). The names can: the new one keeps a word of the old (United Continental, United
// Airlines), or every symbol the old name held shows the new name (GOOG and GOOGL), which two
// freed symbols taken by one newcomer would not.
func (c *Companies) renamedAcrossGap(l, q *directory.Listing) bool {
	if sharesWord(l.Name, q.Name) {
		return true
	}
	others := 0
	for _, sym := range c.symbolsOf(l.Name) {
		if sym == l.Symbol {
			continue
		}
		others++
		if !c.listedAs(sym, q.Name) {
			return false
		}
	}
	return others > 0
}

// listedAs says whether a company listing of that name was ever listed under sym.
func (c *Companies) listedAs(sym, name string) bool {
	for _, id := range c.listed(sym) {
		if p := c.entries[id].listing; p != nil && !p.Fund && p.Name == name {
			return true
		}
	}
	return false
}

// symbolsOf returns the symbols of the company listings named name. The index is built at the
// first call: few links need it, so a recognizer that never does pays nothing.
func (c *Companies) symbolsOf(name string) []string {
	c.byNameOnce.Do(func() {
		c.byName = map[string][]string{}
		if c.dir == nil {
			return
		}
		for i := range c.dir.Listings {
			if l := &c.dir.Listings[i]; !l.Fund {
				c.byName[l.Name] = append(c.byName[l.Name], l.Symbol)
			}
		}
	})
	return c.byName[name]
}

// sharesWord says whether two names have a word of three letters or more in common.
func sharesWord(a, b string) bool {
	for _, w := range strings.Fields(a) {
		for _, v := range strings.Fields(b) {
			if len(w) > 2 && strings.EqualFold(w, v) {
				return true
			}
		}
	}
	return false
}

// sameBusiness says whether listing q, which took l's symbol as l ended, may be l renamed: it
// trades where l did (Google and Alphabet on NASDAQ) or keeps a word of l's name (United
// Continental and United Airlines). The lists' days are months apart at the history's start, so a
// symbol passed then to a business on another exchange under another name (Newport, on NASDAQ
// until 2015; New Pacific Metals, on NYSE American) looks renamed by its days alone.
func sameBusiness(l, q *directory.Listing) bool {
	return l.Exchange == q.Exchange || sharesWord(l.Name, q.Name)
}

// betterListing prefers, among listings of one rank, a company over a fund, then the latest seen, then the
// shorter symbol (GOOG over GOOGL).
func betterListing(e, than *entry) bool {
	if than == nil {
		return true
	}
	if e.listing == nil || than.listing == nil {
		return false
	}
	if e.listing.Fund != than.listing.Fund {
		return !e.listing.Fund
	}
	if e.listing.Last != than.listing.Last {
		return e.listing.Last > than.listing.Last
	}
	return len(e.Ticker) < len(than.Ticker)
}

// stale says whether a seed alias's ticker belonged to a listing of another name on day: the
// directory shows the symbol then, never under this company's name.
func (c *Companies) stale(e *entry, day time.Time) bool {
	if c.dir == nil || e.Ticker == "" || day.IsZero() {
		return false
	}
	held, other := false, false
	ids := c.listed(e.Ticker)
	same := func(k int, l *directory.Listing) bool {
		if len(e.same) == len(ids) {
			return e.same[k] // worked out when the recognizer was built
		}
		return sameCompany(l.Name, e.Name)
	}
	for k, id := range ids {
		l := c.entries[id].listing
		if l != nil && same(k, l) && c.renamed(l, e.Ticker, day) {
			return false // the company renamed, under its symbol still
		}
		if l == nil || l.Covers(day) != directory.Seen {
			continue
		}
		if same(k, l) && !l.Fund {
			held = true
		} else {
			other = true
		}
	}
	return other && !held
}

// sameCompany compares names by their first word ("EMC" and "EMC Corporation", "Hewlett-Packard"
// and "Hewlett"), or one as the initials of the other ("IBM", International Business Machines).
// It runs for every listing of a symbol that a seed alias's company is checked against, so it
// allocates nothing: names are a few words, tokenized and folded into buffers on the stack.
func sameCompany(a, b string) bool {
	var bufA, bufB [16]token
	wa, wb := wordTokens(appendTokens(bufA[:0], a)), wordTokens(appendTokens(bufB[:0], b))
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	var foldA, foldB [64]byte
	x, y := appendFold(foldA[:0], wa[0].text), appendFold(foldB[:0], wb[0].text)
	return bytes.Equal(x, y) || bytes.HasPrefix(x, y) || bytes.HasPrefix(y, x) ||
		len(wa) == 1 && initialsAre(x, wb) || len(wb) == 1 && initialsAre(y, wa)
}

// wordTokens keeps the words of toks, in place.
func wordTokens(toks []token) []token {
	words := toks[:0]
	for _, t := range toks {
		if isWord(t.text) {
			words = append(words, t)
		}
	}
	return words
}

// initialsAre says whether folded is a name's initials: the first folded letters of its words
// but "and", "of" and "the", for a name of two words or more.
func initialsAre(folded []byte, words []token) bool {
	if len(words) < 2 {
		return len(folded) == 0
	}
	k := 0
	var buf [64]byte
	for _, w := range words {
		f := appendFold(buf[:0], w.text)
		switch string(f) {
		case "", "and", "of", "the", "&":
			continue
		}
		if k >= len(folded) || folded[k] != f[0] {
			return false
		}
		k++
	}
	return k == len(folded)
}

// resolveTicker picks the company listed under sym on day, as resolve does for names; with no
// date, the listing seen last.
func (c *Companies) resolveTicker(sym string, day time.Time) (*entry, string) {
	ids := c.listed(sym)
	if e, src := c.resolve(ids, day, ""); e != nil {
		return e, src
	}
	if !day.IsZero() {
		return nil, ""
	}
	var best *entry
	for _, id := range ids {
		if e := &c.entries[id]; best == nil || betterListing(e, best) {
			best = e
		}
	}
	return best, SourceDirectory
}

// capitalizedLike accepts the text's first word as a name where it is written as the alias is, or
// with a capital initial (headline case), or fully upper case.
func capitalizedLike(text, first string) bool {
	if first == "" || text == first {
		return true
	}
	if mixedAcronymName(text, first) {
		return false // "its data API" is no APi Group (news55.go)
	}
	if upperAlready(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text)
	ar, _ := utf8.DecodeRuneInString(first)
	return unicode.IsUpper(r) || (unicode.IsLower(ar) && text == strings.ToLower(first))
}

// upperAlready says whether strings.ToUpper(s) == s, without the upper-cased copy: resolve asks
// it of every name's first word that an alias's capitals do not spell exactly ("VMWARE",
// "Vmware"), and most of those words are not in capitals, so the copy was made to be thrown away.
// ToUpper replaces a byte that is not UTF-8 (it is then not s), and keeps a written U+FFFD.
func upperAlready(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return false
			}
			continue
		}
		if r >= 'a' && r <= 'z' || r >= utf8.RuneSelf && unicode.ToUpper(r) != r {
			return false
		}
	}
	return true
}

// headlineCompany finds the company that opens a results or payout headline in capitals, which
// no alias may know: the words from the headline's start (or an opening parenthesis) up to a
// corporate suffix, followed by a period or payout word ("TUESDAY MORNING INC 4TH QTR NET",
// "D.O.C. OPTICS CORP 4TH QTR LOSS", "(CRIME CONTROL INC) 4TH QTR NET LOSS", "ACME CORP SETS
// PAYOUT"). In capitals every word is capitalized, so elsewhere a name's start is unknown; at the
// start of such a headline it is not. The company has no ticker.
func (s *sentence) headlineCompany() []CompanyMention {
	from := 0
	if len(s.toks) > 0 && s.toks[0].text == "(" {
		from = 1
	}
	// Dotted initials take a token per letter and period: "(G.T.C. TRANSCONTINENTAL GROUP LTD)".
	for k := from + 1; k < len(s.toks) && k <= from+10; k++ {
		if !corporateSuffixes[s.words[k]] {
			continue
		}
		next := k + 1
		if next < len(s.words) && corporateSuffixes[s.words[next]] {
			continue // "CO LTD", "GROUP PLC": the name goes on to its last suffix
		}
		if next < len(s.toks) && s.toks[next].text == ")" {
			next++
		}
		// A results word after the name, a period's length ("BEJAM GROUP PLC 27 WEEKS TO JANUARY
		// 3"), or nothing: a headline that is only the company's name, over its results table
		// ("ANGLO AMERICAN GOLD INVESTMENT CO LTD").
		if next < len(s.words) && !headlineResultWords[s.words[next]] && !isNumber(s.words[next]) {
			return nil
		}
		name := s.text[s.toks[from].start:s.toks[k].end]
		return []CompanyMention{{Company: Company{Name: name}, Text: name, Start: s.toks[from].start, End: s.toks[k].end}}
	}
	// No suffix: a name before its symbol, "PARRISH ELECTRIC (PRSE) 2ND QTR NET".
	if c, ok := s.symbolNamed(from); ok {
		return []CompanyMention{c}
	}
	return nil
}

// headlineResultWords open the rest of a results or payout headline after the company's name.
var headlineResultWords = map[string]bool{"1st": true, "2nd": true, "3rd": true, "4th": true, "qtr": true,
	"year": true, "net": true, "loss": true, "six": true, "nine": true, "mths": true, "first": true, "second": true,
	"third": true, "fourth": true, "half": true, "sets": true, "raises": true, "cuts": true, "qtly": true,
	"omits": true, "declares": true, "regular": true, "quarterly": true, "lifts": true, "ups": true,
	"increases": true, "initial": true, "special": true, "extra": true, "annual": true, "semi-annual": true,
	"oper": true, "3-for-2": true, "2-for-1": true}

// Title Case and capitals write every word with a capital, so a listed company named by an
// ordinary word ("Bullish", "Vantage", "Acuity": 52 one-word names of the directory are
// lower-case words of the larger dictionary and not of the ordinary-word list that marks names
// as common) reads as the company wherever it stands. After a verb of becoming ("Analysts Turn
// Bullish", "Sentiment Grows Bullish") or a "be" that follows its subject and is followed by
// "on"/"about" ("Why Investors Are Bullish On Acme") the word is a state said of the subject,
// the predicate, not a name. The company's own verb after it ("Turns Bullish Shares Higher"
// aside) keeps it: "Bullish Shares Jump" and "Is Bullish Stock A Buy?" name the company.

// becomingVerbs link a subject to the state it comes into.
var becomingVerbs = wordSet(`turn turns turned turning grow grows grew growing stay stays stayed staying remain
	remains remained remaining become becomes became becoming get gets got getting go goes went going`)

// predicateAbout after a state named with "be" make it the predicate: "are Bullish on", "is
// bullish about".
var predicateAbout = wordSet(`on about over toward towards`)

// predicateWord says whether the one-word name at unit i is a predicate's state: after a verb of
// becoming, or after a "be" that is not the text's first word and before "on" or "about", and
// without a company's verb after it.
func predicateWord(toks []token, us []unit, i int) bool {
	if i == 0 || companyVerbAfter(toks, us, i+1) {
		return false
	}
	prev := strings.ToLower(toks[us[i-1].from].text)
	if becomingVerbs[prev] {
		return true
	}
	if i >= 2 && (prev == "is" || prev == "are" || prev == "was" || prev == "were") && i+1 < len(us) {
		return predicateAbout[strings.ToLower(toks[us[i+1].from].text)]
	}
	return false
}

// nameBegins says whether a company's name begins with the word w, in any case: "Intuitive
// Surgical" and "Intuitive", not "Intuit".
func nameBegins(name, w string) bool {
	if len(name) < len(w) || !strings.EqualFold(name[:len(w)], w) {
		return false
	}
	return len(name) == len(w) || name[len(w)] == ' '
}

// learnedShape is the bit of learnedShapes for a key of learned by its first byte and length.
func learnedShape(first byte, n int) uint {
	return (uint(first)*7 + uint(n)) & 255
}

// learnKey makes the key mean co for the rest of the article, in learned and learnedShapes.
func (a *ArticleLinks) learnKey(key string, co Company) {
	a.learned[key] = co
	if key != "" {
		b := learnedShape(key[0], len(key))
		a.learnedShapes[b>>6] |= 1 << (b & 63)
	}
}

// mayHaveLearned says whether key may be one of learned's keys (false only if it is not).
func (a *ArticleLinks) mayHaveLearned(key []byte) bool {
	if len(key) == 0 {
		return true
	}
	b := learnedShape(key[0], len(key))
	return a.learnedShapes[b>>6]&(1<<(b&63)) != 0
}
