// Package extract turns an article into dated findings: its temporal expressions (by the timex
// tagger), the corporate events its sentences tell (a trigger word, the companies around it, the
// date attached to it) and the numeric claims about share prices that can be checked against the
// prices. It works on one article at a time and holds nothing between articles but the anchors
// that relative dates resolve against, so that a corpus streams through it.
package extract

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/eventline/eventline/data/articles"
	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/timex"
)

// Event statuses.
const (
	Occurred = "occurred"
	Forecast = "forecast"
	Report   = "report"
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
	Type       string
	Status     string
	Headline   string
	Tickers    []string
	Companies  []string
	Mentions   []Mention
	// Timing is when in the trading day the news came out, from the sentence's words ("after the
	// close", "late yesterday") or the article's timestamp.
	Timing    events.Timing
	fromTitle bool
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
}

// Result is what one article yields.
type Result struct {
	Article articles.Article
	Timexes []timex.Expr
	Events  []Event
	Claims  []Claim
}

// Extractor holds what extraction needs across articles.
type Extractor struct {
	Companies *Companies
	// Anchors are the dated events that "one week after IPO" resolves against: curated events and
	// events already extracted with absolute dates (see LoadAnchors).
	Anchors []timex.Anchor
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
	inParens   []bool // per token: inside parentheses
	inTimex    []bool // per token: inside a temporal expression
}

// Extract reads one article.
func (x *Extractor) Extract(a articles.Article) Result {
	res := Result{Article: a}
	ref := timex.Reference{DocDate: a.Published, Anchors: x.Anchors}
	body := timex.NewText(a.Body) // one reading of the body for its dates and its sentences
	res.Timexes = body.Tag(ref)
	// Skip the title's own temporal expressions from the list (offsets are the body's) but use them.
	titleTimexes := timex.Tag(a.Title, ref)
	runeAt := runeOffsets(a.Body)

	// Companies are linked in the article's context (its date, its tickers, the names it ties to
	// tickers); the title is read after the body so that what the body teaches links it too.
	links := x.Companies.Article(a.Published, a.Tickers)
	var sents []*sentence
	ti := 0
	for _, sp := range spans(body.Sentences()) {
		var own []timex.Expr
		for ti < len(res.Timexes) && res.Timexes[ti].ByteStart < sp.start {
			ti++
		}
		for j := ti; j < len(res.Timexes) && res.Timexes[j].ByteEnd <= sp.end; j++ {
			e := res.Timexes[j]
			e.ByteStart -= sp.start
			e.ByteEnd -= sp.start
			own = append(own, e)
		}
		sents = append(sents, x.read(links, a.Body[sp.start:sp.end], sp.start, sp.end, own))
	}
	if strings.TrimSpace(a.Title) != "" {
		sents = slices.Insert(sents, 0, x.read(links, a.Title, -1, -1, titleTimexes))
	}
	// The article's main listed company: named in the title, else first in the body. Claims whose
	// sentence names no listed company ("shares value at IPO was $29") are about it.
	main := ""
	for _, s := range sents {
		for _, c := range s.companies {
			if c.Ticker != "" {
				main = c.Ticker
				break
			}
		}
		if main != "" {
			break
		}
	}
	lead := true
	for i, s := range sents {
		isTitle := i == 0 && s.start < 0
		m := Mention{Sentence: s.text, Start: -1, End: -1}
		if !isTitle {
			m.Start, m.End = runeAt(s.start), runeAt(s.end)
		}
		evs := x.sentenceEvents(s, a.Published, isTitle || lead)
		first := len(res.Events)
		for _, e := range evs {
			e.Mentions = []Mention{m}
			if e.fromTitle = isTitle; isTitle {
				// A title is a headline already.
				e.Headline = clip(s.text, 90)
			}
			res.Events = append(res.Events, e)
		}
		for _, c := range x.sentenceClaims(s, a.Published, main) {
			c.Mention = m
			c.Event = -1
			if len(evs) > 0 {
				c.Event = first
			}
			res.Claims = append(res.Claims, c)
		}
		if !isTitle {
			lead = false
		}
	}
	res.Events, res.Claims = mergeEvents(res.Events, res.Claims)
	return res
}

func (x *Extractor) read(links *ArticleLinks, text string, start, end int, tx []timex.Expr) *sentence {
	s := &sentence{text: text, start: start, end: end, timexes: tx}
	s.toks = tokenize(text)
	s.words = make([]string, len(s.toks))
	s.inParens = make([]bool, len(s.toks))
	s.inTimex = make([]bool, len(s.toks))
	depth := 0
	for i, t := range s.toks {
		s.words[i] = lower(t.text)
		if t.text == "May" {
			s.words[i] = t.text
		}
		switch t.text {
		case "(":
			depth++
		case ")":
			if depth > 0 {
				depth--
			}
		}
		s.inParens[i] = depth > 0
		for _, e := range tx {
			if t.start >= e.ByteStart && t.end <= e.ByteEnd {
				s.inTimex[i] = true
			}
		}
	}
	for _, c := range links.find(text, s.toks, start < 0) {
		// A company inside a date ("after the XenSource acquisition") belongs to the anchor.
		inside := false
		for _, e := range tx {
			if c.Start >= e.ByteStart && c.End <= e.ByteEnd {
				inside = true
			}
		}
		// An analyst's employer or a deal's banker is a source, not a party (CompanyMention.Cited).
		if !inside && !c.Cited {
			s.companies = append(s.companies, c)
		}
	}
	return s
}

// tokenIndex returns the index of the first token starting at or after byte b.
func (s *sentence) tokenIndex(b int) int {
	i, _ := slices.BinarySearchFunc(s.toks, b, func(t token, b int) int { return t.start - b })
	return i
}

// usable says whether a temporal expression can date an event: a calendar DATE value that is
// resolved, and not an open "before"/"after" range.
func usable(e timex.Expr) (events.Period, bool) {
	if e.Type != "DATE" || e.ResolvedBy == timex.ByUnresolved || e.Mod == "BEFORE" || e.Mod == "AFTER" {
		return events.Period{}, false
	}
	p, err := events.ParsePeriod(e.Value)
	return p, err == nil
}

// dateFor finds the temporal expression nearest a trigger without crossing into another clause.
// dateFor finds the date of a trigger among the sentence's temporal expressions that do not lie
// in another clause: the finest one ("late yesterday" over "fourth-quarter"), then the nearest.
// dayOnly keeps day-granular dates only, as claims need.
func (s *sentence) dateFor(t trigger, dayOnly bool) (timex.Expr, events.Period, bool) {
	best, bestDist := -1, 1<<30
	var bestP events.Period
	for i, e := range s.timexes {
		p, ok := usable(e)
		if !ok || dayOnly && p.Granularity != events.Day {
			continue
		}
		from, to := s.tokenIndex(e.ByteStart), s.tokenIndex(e.ByteEnd)
		var lo, hi int
		switch {
		case to <= t.from:
			lo, hi = to, t.from
		case from >= t.to:
			lo, hi = t.to, from
		default:
			lo, hi = t.from, t.from
		}
		if s.crossesClause(lo, hi) {
			continue
		}
		span, bestSpan := p.End.Sub(p.Start), bestP.End.Sub(bestP.Start)
		if d := hi - lo; best < 0 || span < bestSpan || span == bestSpan && d < bestDist {
			best, bestDist, bestP = i, d, p
		}
	}
	if best < 0 {
		return timex.Expr{}, events.Period{}, false
	}
	return s.timexes[best], bestP, true
}

// clauseWords returns the words of the clause around a trigger, outside parentheses: status
// markers count there only ("reported revenue yesterday, but said 2008 would be slower").
func (s *sentence) clauseWords(t trigger) []string {
	lo, hi := t.from, t.to
	for lo > 0 && !clauseBreaks[s.words[lo-1]] {
		lo--
	}
	for hi < len(s.words) && !clauseBreaks[s.words[hi]] {
		hi++
	}
	var out []string
	for i := lo; i < hi; i++ {
		if !s.inParens[i] {
			out = append(out, s.words[i])
		}
	}
	return out
}

func (s *sentence) crossesClause(lo, hi int) bool {
	for k := lo; k < hi && k < len(s.words); k++ {
		if clauseBreaks[s.words[k]] {
			return true
		}
	}
	return false
}

// sentenceEvents finds the events a sentence tells. A trigger needs a date: its own temporal
// expression, or for the title and lead sentence the publication date (news is told the day it
// happens). A sentence listing several companies with several dates ("Akimbi in June 2006, Propero
// in April 2007") tells one event per company.
func (x *Extractor) sentenceEvents(s *sentence, published time.Time, lead bool) []Event {
	var ts []trigger
	for _, t := range findTriggers(s.words) {
		if !s.inTimex[t.from] && !s.inParens[t.from] && (s.start < 0 || t.to-t.from > 1 || !weak[s.words[t.from]]) {
			ts = append(ts, t)
		}
	}
	if len(ts) == 0 {
		return nil
	}
	// The most specific trigger that has a date; else the most specific one.
	var best trigger
	var bestExpr timex.Expr
	var bestP events.Period
	dated := false
	for _, t := range ts {
		e, p, ok := s.dateFor(t, false)
		if !ok {
			continue
		}
		if !dated || better(t, best, s.words) {
			best, bestExpr, bestP, dated = t, e, p, true
		}
	}
	// A prediction's date is its target: a past date in a sentence of "may" and "would" dates
	// something else ("If Novell was contemplating this nine months ago, it may reconsider...").
	if dated && !published.IsZero() && bestP.End.Before(published) && s.status(best, bestP, published) == Forecast {
		dated, bestExpr = false, timex.Expr{}
	}
	if !dated {
		if !lead || published.IsZero() {
			return nil
		}
		best, _ = mainTrigger(ts, s.words)
		bestP, _ = events.ParsePeriod(published.Format("2006-01-02"))
	}
	subject, objects := s.roles(best)
	if subject == nil && len(objects) == 0 && (best.typ != "forecast" || !dated) {
		// Without a company only a dated prediction is worth keeping ("9 of 10 enterprises will
		// have virtualization by 2007").
		return nil
	}
	status := s.status(best, bestP, published)
	mk := func(p events.Period, e timex.Expr, objs []CompanyMention) Event {
		ev := Event{Period: p, Type: best.typ, Status: status, DateText: e.Text, ResolvedBy: e.ResolvedBy,
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
		ev.Headline = headline(ev.Type, ev.Status, subject, objs, s)
		return ev
	}
	// One event per object where the sentence pairs several objects with several dates.
	if dated && len(objects) >= 2 {
		var out []Event
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
	return []Event{mk(bestP, bestExpr, objects)}
}

// roles finds the subject (the last company before the trigger, or after "by" in a passive "acquired
// by Citrix") and the objects (the other companies, outside parentheses).
func (s *sentence) roles(t trigger) (subject *CompanyMention, objects []CompanyMention) {
	trigStart := s.toks[t.from].start
	var before, after []CompanyMention
	for _, c := range s.companies {
		if s.inParens[s.tokenIndex(c.Start)] {
			continue
		}
		if c.End <= trigStart {
			before = append(before, c)
		} else {
			after = append(after, c)
		}
	}
	// Passive: "<target> acquired by <acquirer>", "acquisition of X by Y".
	if len(after) > 0 && t.to < len(s.words) {
		for k := t.to; k < len(s.words) && k <= t.to+4; k++ {
			if s.words[k] == "by" && k+1 < len(s.toks) && s.toks[k+1].start >= after[0].Start && after[0].Start-s.toks[k].end <= 1 {
				acq := after[0]
				objects = append(objects, before...)
				objects = append(objects, after[1:]...)
				return &acq, dedupe(objects, acq.Name)
			}
		}
	}
	// The subject is the first company of the trigger's clause ("As with Propero, VMware acquired
	// Determina"; "Novell failed to entice XenSource into an acquisition").
	clause := t.from
	for clause > 0 && !strings.Contains(",;:", s.words[clause-1]) {
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
		subj := inClause[0]
		return &subj, dedupe(append(inClause[1:], after...), subj.Name)
	}
	if len(before) > 0 {
		// No company in the trigger's clause: the sentence's subject, its first company ("VMware,
		// the maker controlled by EMC, began trading").
		subj := before[0]
		return &subj, dedupe(append(before[1:], after...), subj.Name)
	}
	if len(after) > 0 {
		subj := after[0]
		return &subj, dedupe(after[1:], subj.Name)
	}
	return nil, nil
}

func dedupe(cs []CompanyMention, not string) []CompanyMention {
	var out []CompanyMention
	seen := map[string]bool{not: true}
	for _, c := range cs {
		if !seen[c.Name] {
			seen[c.Name] = true
			out = append(out, c)
		}
	}
	return out
}

// status: a date after publication can only be a forecast; report markers in the trigger's clause
// make a rumor; future or modal markers a forecast; else it occurred. A title ending in "?" is a
// report.
func (s *sentence) status(t trigger, p events.Period, published time.Time) string {
	words := s.clauseWords(t)
	switch {
	case !published.IsZero() && p.Start.After(published):
		return Forecast
	case hasMarker(words, reportIndex) || (s.start < 0 && strings.HasSuffix(strings.TrimSpace(s.text), "?")):
		return Report
	case hasMarker(words, forecastIndex):
		return Forecast
	}
	return Occurred
}

func (e *Event) add(c Company) {
	if !slices.Contains(e.Companies, c.Name) {
		e.Companies = append(e.Companies, c.Name)
	}
	if c.Ticker != "" && !slices.Contains(e.Tickers, c.Ticker) {
		e.Tickers = append(e.Tickers, c.Ticker)
	}
}

// headline writes a short headline: "VMware acquires Determina", else the sentence itself, cut
// at a word boundary.
func headline(typ, status string, subj *CompanyMention, objs []CompanyMention, s *sentence) string {
	var names []string
	for _, o := range objs {
		names = append(names, o.Name)
	}
	obj := strings.Join(names, ", ")
	if subj == nil {
		return clip(s.text, 90)
	}
	name := subj.Name
	verb := map[string][2]string{
		"acquisition": {"acquires", "to acquire"},
		"partnership": {"partners with", "to partner with"},
	}[typ]
	switch {
	case typ == "ipo" && status == Forecast:
		return name + " plans IPO"
	case typ == "ipo":
		return name + " goes public"
	case verb[0] != "" && obj != "" && status == Occurred:
		return name + " " + verb[0] + " " + obj
	case verb[0] != "" && obj != "" && status == Forecast:
		return name + " " + verb[1] + " " + obj
	case verb[0] != "" && obj != "":
		return "Report: " + name + " " + verb[1] + " " + obj
	case typ == "earnings" && status == Forecast:
		return name + " gives its outlook"
	case typ == "earnings":
		return name + " reports results"
	case typ == "price_move":
		return name + " shares " + move(s)
	case typ == "executive":
		return "Leadership change at " + name
	case typ == "legal" && obj != "":
		return name + " in legal dispute with " + obj
	case typ == "analyst":
		return "Analysts on " + name
	}
	// Otherwise the sentence from its subject on ("VMware unveiled ESX Server 3i on Tuesday"), or
	// all of it where the subject stands inside a phrase ("the CTO at Dell showed").
	from := min(subj.Start, len(s.text))
	if i := s.tokenIndex(subj.Start); i > 0 && isWord(s.toks[i-1].text) {
		from = 0
	}
	return clip(s.text[from:], 90)
}

// move describes a sentence's first price claim: "fall 34%", "close at $65.99", else "move".
func move(s *sentence) string {
	for _, c := range findClaims(s.toks, s.words) {
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
	s = strings.Join(strings.Fields(s), " ")
	if len([]rune(s)) <= n {
		return s
	}
	r := []rune(s)[:n]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// sentenceClaims finds the price claims of a sentence and dates them: the first-day return and
// the IPO price by the ticker's IPO anchor, the rest by the sentence's day-granular date, else the
// publication date.
func (x *Extractor) sentenceClaims(s *sentence, published time.Time, main string) []Claim {
	var out []Claim
	for _, nc := range findClaims(s.toks, s.words) {
		c := Claim{Metric: nc.metric, Op: nc.op, Value: nc.value, Unit: nc.unit}
		c.Text = s.text[s.toks[nc.from].start:s.toks[nc.to-1].end]
		// The company the number is about: the nearest one named before it in the sentence.
		for _, co := range s.companies {
			if co.End <= s.toks[nc.num].start && co.Ticker != "" {
				c.Ticker = co.Ticker
			}
		}
		if c.Ticker == "" {
			c.Ticker = main
		}
		switch {
		case c.Metric == MetricFirstDayReturn || c.Metric == MetricIPOPrice:
			for _, a := range x.Anchors {
				if a.Type == "ipo" && c.Ticker != "" && slices.Contains(a.Terms, c.Ticker) {
					if p, err := events.ParsePeriod(a.Value); err == nil && p.Granularity == events.Day {
						c.Date, c.DateValue = a.Value, a.Value
					}
				}
			}
		default:
			// Undated price talk in a news article is about the day it appeared.
			if e, p, ok := s.dateFor(trigger{from: nc.from, to: nc.to}, true); ok {
				c.Date, c.DateValue = p.Value, e.Value
			} else if !published.IsZero() {
				c.Date = published.Format("2006-01-02")
				c.DateValue = c.Date
			}
		}
		out = append(out, c)
	}
	return out
}

// mergeEvents merges the events of one article that tell the same happening: same type, a company
// in common (or none on either side), and one date within the other's period. The finer date
// wins; a title's wording wins as the headline.
func mergeEvents(evs []Event, claims []Claim) ([]Event, []Claim) {
	var out []Event
	index := make([]int, len(evs))
	byKey := map[string][]int{} // as in Writer: only events sharing a type and a company can merge
	for i, e := range evs {
		j := -1
		for _, k := range eventKeys(e) {
			for _, c := range byKey[k] {
				if Same(out[c], e) && (j < 0 || c < j) {
					j = c
				}
			}
		}
		if j < 0 {
			index[i] = len(out)
			for _, k := range eventKeys(e) {
				byKey[k] = append(byKey[k], len(out))
			}
			out = append(out, e)
			continue
		}
		index[i] = j
		out[j] = Merge(out[j], e)
		for _, k := range eventKeys(out[j]) {
			if !slices.Contains(byKey[k], j) {
				byKey[k] = append(byKey[k], j)
			}
		}
	}
	for k := range claims {
		if claims[k].Event >= 0 {
			claims[k].Event = index[claims[k].Event]
		}
	}
	return out, claims
}

// Same says whether two events tell the same happening. An event dated only by its article's
// publication date (a headline) is the same as one told with its own date up to a month before.
func Same(a, b Event) bool {
	if a.Type != b.Type || a.Status != b.Status {
		return false
	}
	if !(within(a.Period, b.Period) || within(b.Period, a.Period) || reportedLater(a, b) || reportedLater(b, a)) {
		return false
	}
	if len(a.Companies) == 0 || len(b.Companies) == 0 {
		// A curated event may name only tickers.
		return overlap(a.Tickers, b.Tickers) || len(a.Companies)+len(a.Tickers) == 0 && len(b.Companies)+len(b.Tickers) == 0
	}
	// Companies are stored subject first. Where both name others (an acquisition's target), those
	// must meet: "VMware acquires Propero" is not "VMware acquires Determina".
	if len(a.Companies) > 1 && len(b.Companies) > 1 {
		return overlap(a.Companies[1:], b.Companies[1:]) || overlap(a.Companies[:1], b.Companies[1:]) && overlap(b.Companies[:1], a.Companies[1:])
	}
	return overlap(a.Companies, b.Companies)
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
func reportedLater(a, b Event) bool {
	return a.DateText == "" && b.DateText != "" &&
		!b.End.After(a.End) && a.Start.Sub(b.Start) <= 31*24*time.Hour
}

func within(inner, outer events.Period) bool {
	return !inner.Start.Before(outer.Start) && !inner.End.After(outer.End)
}

// Merge folds b into a: the finer date, both mentions, every company.
func Merge(a, b Event) Event {
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
	if b.fromTitle && !a.fromTitle {
		a.Headline, a.fromTitle = b.Headline, true
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
		for pos < b && pos < len(s) {
			_, size := utf8.DecodeRuneInString(s[pos:])
			pos += size
			runes++
		}
		return runes
	}
}

// Each reads every file and extracts every article, in order, calling fn with each result. It
// stops at the first error, which for bad input is a *badinput.Error naming the file and line.
func (x *Extractor) Each(ctx context.Context, paths []string, opts articles.Options, fn func(Result) error) ([]articles.Warning, error) {
	var warnings []articles.Warning
	for _, p := range paths {
		ws, err := articles.Read(ctx, p, opts, func(a articles.Article) error { return fn(x.Extract(a)) })
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
