package timex

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// TimeMLDoc is a TimeML document: the text of its <TEXT> element with the tags stripped and
// the entities decoded, its creation time, and its gold TIMEX3 annotations.
type TimeMLDoc struct {
	Text     string
	DCT      time.Time // zero when the document has none
	DCTValue string
	Gold     []GoldTimex
}

// GoldTimex is one TIMEX3 annotation of a TimeMLDoc, with offsets into its Text.
type GoldTimex struct {
	TID                string
	Text               string
	Start, End         int // runes
	ByteStart, ByteEnd int
	Type, Value, Mod   string
}

// ParseTimeML reads a TimeML document. It is a small scanner for the subset TimeML uses
// (elements, attributes, the five XML entities and numeric references), not an XML parser.
func ParseTimeML(r io.Reader) (TimeMLDoc, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return TimeMLDoc{}, err
	}
	src := string(raw)
	var doc TimeMLDoc
	doc.DCTValue = dctValue(src)
	if len(doc.DCTValue) >= 10 {
		doc.DCT, _ = time.Parse("2006-01-02", doc.DCTValue[:10])
	}
	i := strings.Index(src, "<TEXT>")
	j := strings.LastIndex(src, "</TEXT>")
	if i < 0 || j < i {
		return doc, errors.New("timeml: no <TEXT> element")
	}
	var sc timemlScanner
	err = sc.scan(src[i+len("<TEXT>") : j])
	doc.Text, doc.Gold = sc.b.String(), sc.gold
	sort.SliceStable(doc.Gold, func(a, c int) bool { return doc.Gold[a].ByteStart < doc.Gold[c].ByteStart })
	return doc, err
}

// dctValue is the value of the document's creation time: the TIMEX3 inside <DCT>, or, in
// files that mark it only by its function, the one that has it anywhere.
func dctValue(src string) string {
	if i := strings.Index(src, "<DCT>"); i >= 0 {
		if j := strings.Index(src[i:], "</DCT>"); j >= 0 {
			dct := src[i : i+j]
			if v := tagValue(dct, strings.Index(dct, "<TIMEX3")); v != "" {
				return v
			}
		}
	}
	if k := strings.Index(src, `functionInDocument="CREATION_TIME"`); k >= 0 {
		return tagValue(src, strings.LastIndex(src[:k], "<TIMEX3"))
	}
	return ""
}

// tagValue is the value attribute of the tag starting at byte k of s ("" when k < 0).
func tagValue(s string, k int) string {
	if k < 0 {
		return ""
	}
	e := strings.IndexByte(s[k:], '>')
	if e < 0 {
		return ""
	}
	return attrs(s[k+1 : k+e])["value"]
}

// timemlScanner reads the body of a <TEXT> element: the text without its tags, and the
// TIMEX3 annotations with their offsets into it.
type timemlScanner struct {
	b     strings.Builder
	runes int
	open  []GoldTimex // TIMEX3 elements begun and not yet ended
	gold  []GoldTimex
}

func (sc *timemlScanner) scan(body string) error {
	for k := 0; k < len(body); {
		switch body[k] {
		case '<':
			next, err := sc.tag(body, k)
			if err != nil {
				return err
			}
			k = next
		case '&':
			k = sc.entity(body, k)
		default:
			_, size := utf8.DecodeRuneInString(body[k:])
			sc.b.WriteString(body[k : k+size])
			sc.runes++
			k += size
		}
	}
	return nil
}

// tag reads the tag at byte k of body, opening or closing a TIMEX3, and returns where it ends.
func (sc *timemlScanner) tag(body string, k int) (int, error) {
	e := strings.IndexByte(body[k:], '>')
	if e < 0 {
		return 0, errors.New("timeml: unterminated tag")
	}
	tag := body[k+1 : k+e]
	switch {
	case strings.HasPrefix(tag, "TIMEX3"):
		a := attrs(tag)
		if a["functionInDocument"] == "CREATION_TIME" {
			a["type"] = "CREATION_TIME" // the DCT itself is no gold expression
		}
		g := GoldTimex{TID: a["tid"], Type: a["type"], Value: a["value"], Mod: a["mod"], Start: sc.runes, ByteStart: sc.b.Len()}
		if strings.HasSuffix(tag, "/") {
			g.End, g.ByteEnd = sc.runes, sc.b.Len()
			sc.gold = append(sc.gold, g)
		} else {
			sc.open = append(sc.open, g)
		}
	case tag == "/TIMEX3":
		if len(sc.open) == 0 {
			return 0, errors.New("timeml: </TIMEX3> without <TIMEX3>")
		}
		g := sc.open[len(sc.open)-1]
		sc.open = sc.open[:len(sc.open)-1]
		g.End, g.ByteEnd = sc.runes, sc.b.Len()
		g.Text = sc.b.String()[g.ByteStart:g.ByteEnd]
		sc.gold = append(sc.gold, g)
	}
	return k + e + 1, nil
}

// entity reads the entity reference at byte k of body ("&amp;", "&#233;"), writes its
// character, and returns where it ends; an ampersand that starts none stands for itself.
func (sc *timemlScanner) entity(body string, k int) int {
	e := strings.IndexByte(body[k:], ';')
	sc.runes++
	if e < 0 || e > 10 {
		sc.b.WriteByte('&')
		return k + 1
	}
	sc.b.WriteRune(entityRune(body[k+1 : k+e]))
	return k + e + 1
}

// entityRune is the character of an entity's name: the five of XML, or a decimal or
// hexadecimal reference; utf8.RuneError for others.
func entityRune(ent string) rune {
	switch ent {
	case "amp":
		return '&'
	case "lt":
		return '<'
	case "gt":
		return '>'
	case "quot":
		return '"'
	case "apos":
		return '\''
	}
	base, digits := 10, strings.TrimPrefix(ent, "#")
	if strings.HasPrefix(ent, "#x") {
		base, digits = 16, ent[2:]
	}
	if len(digits) == len(ent) {
		return utf8.RuneError // no reference
	}
	if n, err := strconv.ParseInt(digits, base, 32); err == nil {
		return rune(n)
	}
	return utf8.RuneError
}

// attrs parses name="value" pairs of a tag.
func attrs(tag string) map[string]string {
	m := map[string]string{}
	for {
		eq := strings.Index(tag, "=\"")
		if eq < 0 {
			return m
		}
		name := tag[:eq]
		if sp := strings.LastIndexAny(name, " \t\n"); sp >= 0 {
			name = name[sp+1:]
		}
		rest := tag[eq+2:]
		end := strings.IndexByte(rest, '"')
		if end < 0 {
			return m
		}
		m[name] = rest[:end]
		tag = rest[end+1:]
	}
}

// Score counts DATE expressions against gold annotations.
type Score struct {
	Gold, Predicted, SpanMatched, ValueCorrect    int
	SpanP, SpanR, SpanF1, ValueP, ValueR, ValueF1 float64
}

// DocScore is the score of one document.
type DocScore struct {
	File string
	Score
	Mismatches []Mismatch // the disagreements with the gold annotation, in the document's order
}

// Mismatch is a disagreement with the gold annotation: Kind is "missed" (no prediction),
// "spurious" (no gold) or "value" (overlapping spans, different values).
type Mismatch struct {
	Kind string
	Gold GoldTimex
	Pred Expr
}

// start is where the mismatch is in its document: the gold expression's byte offset, or the
// prediction's for a spurious one.
func (x Mismatch) start() int {
	if x.Kind == "spurious" {
		return x.Pred.ByteStart
	}
	return x.Gold.ByteStart
}

func (x Mismatch) String() string {
	switch x.Kind {
	case "missed":
		return fmt.Sprintf("missed   %q = %s", x.Gold.Text, x.Gold.Value)
	case "spurious":
		return fmt.Sprintf("spurious %q = %s", x.Pred.Text, x.Pred.Value)
	}
	return fmt.Sprintf("value    %q = %s, predicted %q = %s", x.Gold.Text, x.Gold.Value, x.Pred.Text, x.Pred.Value)
}

// CompareTimeML tags doc (DocDate = its DCT) and compares its DATE expressions with the gold
// DATE annotations: one-to-one matching of overlapping spans, and exact values.
func CompareTimeML(doc TimeMLDoc) (Score, []Mismatch) {
	s, mis, _ := (*Tagger)(nil).compareTimeML(doc)
	return s, mis
}

// CompareTimeML is CompareTimeML with the tagger's rules.
func (tg *Tagger) CompareTimeML(doc TimeMLDoc) (Score, []Mismatch) {
	s, mis, _ := tg.compareTimeML(doc)
	return s, mis
}

// RuleScore counts the DATE expressions of one rule: how many it predicted, how many of those
// overlap a gold one, and how many have its value.
type RuleScore struct {
	Rule                                 string
	Predicted, SpanMatched, ValueCorrect int
}

func (tg *Tagger) compareTimeML(doc TimeMLDoc) (Score, []Mismatch, map[string]*RuleScore) {
	var gold []GoldTimex
	for _, g := range doc.Gold {
		if g.Type == "DATE" {
			gold = append(gold, g)
		}
	}
	var pred []Expr
	for _, e := range tg.Tag(doc.Text, Reference{DocDate: doc.DCT}) {
		if e.Type == "DATE" {
			pred = append(pred, e)
		}
	}
	rules := map[string]*RuleScore{}
	s := Score{Gold: len(gold), Predicted: len(pred)}
	var mis []Mismatch
	used := make([]bool, len(gold))
	for _, p := range pred {
		rs := rules[p.Rule]
		if rs == nil {
			rs = &RuleScore{Rule: p.Rule}
			rules[p.Rule] = rs
		}
		rs.Predicted++
		// The first overlapping gold annotation, or better one with the same value
		// ("Thursday, Jan. 6" against "Thursday" and "Jan. 6").
		hit := -1
		for gi, g := range gold {
			if !used[gi] && g.ByteStart < p.ByteEnd && p.ByteStart < g.ByteEnd {
				if hit < 0 {
					hit = gi
				}
				if normalizeValue(g.Value) == p.Value {
					hit = gi
					break
				}
			}
		}
		if hit < 0 {
			mis = append(mis, Mismatch{Kind: "spurious", Pred: p})
			continue
		}
		used[hit] = true
		s.SpanMatched++
		rs.SpanMatched++
		if normalizeValue(gold[hit].Value) == p.Value {
			s.ValueCorrect++
			rs.ValueCorrect++
		} else {
			mis = append(mis, Mismatch{Kind: "value", Gold: gold[hit], Pred: p})
		}
	}
	for gi, g := range gold {
		if !used[gi] {
			mis = append(mis, Mismatch{Kind: "missed", Gold: g})
		}
	}
	s.finish()
	return s, mis, rules
}

// normalizeValue writes gold values the way Tag does where TimeML annotators differ only in
// form: week numbers padded to two digits ("2000-W7" is 2000-W07), decades and centuries
// without the placeholder X of TIMEX2 ("199X" is the TIMEX3 decade 199).
func normalizeValue(v string) string {
	if len(v) == 4 && v[3] == 'X' && isDigit(v[0]) && isDigit(v[1]) {
		if v[2] == 'X' {
			return v[:2]
		}
		if isDigit(v[2]) {
			return v[:3]
		}
	}
	// A week has a digit after its W; "2008-WI" is a winter, not a week.
	if i := strings.Index(v, "-W"); i == 4 && len(v) >= 7 && isDigit(v[6]) && (len(v) == 7 || v[7] == '-') {
		return v[:6] + "0" + v[6:]
	}
	return v
}

func (s *Score) add(o Score) {
	s.Gold += o.Gold
	s.Predicted += o.Predicted
	s.SpanMatched += o.SpanMatched
	s.ValueCorrect += o.ValueCorrect
}

func (s *Score) finish() {
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	f1 := func(p, r float64) float64 {
		if p+r == 0 {
			return 0
		}
		return 2 * p * r / (p + r)
	}
	s.SpanP, s.SpanR = ratio(s.SpanMatched, s.Predicted), ratio(s.SpanMatched, s.Gold)
	s.ValueP, s.ValueR = ratio(s.ValueCorrect, s.Predicted), ratio(s.ValueCorrect, s.Gold)
	s.SpanF1, s.ValueF1 = f1(s.SpanP, s.SpanR), f1(s.ValueP, s.ValueR)
}

// EvaluateTimeML scores Tag on the *.tml documents of dir (DATE expressions only).
func EvaluateTimeML(dir string) (total Score, perDoc []DocScore, err error) {
	ev, err := (*Tagger)(nil).EvaluateTimeML(dir)
	return ev.Total, ev.Docs, err
}

// Evaluation is the score of a tagger on a directory of TimeML documents: in all, per
// document, and per rule (sorted by name).
type Evaluation struct {
	Total Score
	Docs  []DocScore
	Rules []RuleScore
}

// EvaluateTimeML scores the tagger on the *.tml documents of dir (DATE expressions only).
func (tg *Tagger) EvaluateTimeML(dir string) (Evaluation, error) {
	var ev Evaluation
	files, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		return ev, err
	}
	if len(files) == 0 {
		return ev, fmt.Errorf("timeml: no *.tml files in %s", dir)
	}
	sort.Strings(files)
	rules := map[string]*RuleScore{}
	for _, f := range files {
		doc, err := readTimeML(f)
		if err != nil {
			return ev, err
		}
		s, mis, rs := tg.compareTimeML(doc)
		sort.SliceStable(mis, func(a, b int) bool { return mis[a].start() < mis[b].start() })
		ev.Docs = append(ev.Docs, DocScore{File: filepath.Base(f), Score: s, Mismatches: mis})
		ev.Total.add(s)
		for name, r := range rs {
			if rules[name] == nil {
				rules[name] = &RuleScore{Rule: name}
			}
			rules[name].Predicted += r.Predicted
			rules[name].SpanMatched += r.SpanMatched
			rules[name].ValueCorrect += r.ValueCorrect
		}
	}
	ev.Total.finish()
	for _, r := range rules {
		ev.Rules = append(ev.Rules, *r)
	}
	sort.Slice(ev.Rules, func(a, b int) bool { return ev.Rules[a].Rule < ev.Rules[b].Rule })
	return ev, nil
}

func readTimeML(path string) (TimeMLDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return TimeMLDoc{}, err
	}
	defer f.Close()
	doc, err := ParseTimeML(f)
	if err != nil {
		return doc, fmt.Errorf("%s: %w", path, err)
	}
	return doc, nil
}
