package events

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // the exchange's time zone wherever eventline runs
)

// Sessions: when in the exchange's trading day an event's news came out. News released after the
// close can only move the price on the next trading day, so a study's event day for it is the
// next trading day after its date.
const (
	BeforeOpen = "before_open"
	Regular    = "regular"
	AfterClose = "after_close"
)

// exchange is the time zone of the NYSE and Nasdaq, whose regular session runs 9:30 to 16:00.
var exchange = func() *time.Location {
	loc, err := time.LoadLocation("America/New_York")
	if err != nil {
		panic(err) // embedded by time/tzdata: cannot fail
	}
	return loc
}()

// SessionAt is the session of an exchange-local time of day, given as minutes after midnight:
// before 9:30 is before the open, from 16:00 on after the close.
func SessionAt(minutes int) string {
	switch {
	case minutes < 9*60+30:
		return BeforeOpen
	case minutes >= 16*60:
		return AfterClose
	}
	return Regular
}

// Timing is when an event's news came out, as far as it is known.
type Timing struct {
	Session string // BeforeOpen, Regular, AfterClose, or "" when unknown
	// Clock is the exchange-local time of day ("16:05:00"), when a timestamp or the text gave one.
	Clock string
}

// phrases say when news came out without a clock time. Each is a class of wording, not one
// article's: where a release falls relative to the session's close or open.
var phrases = []struct {
	session string
	words   []string // every match holds one of these words (lower case), near its start
	re      *regexp.Regexp
	// every match holds one of these (lower case; none with an s or a k, which the expressions
	// also match outside ASCII): most sentences with the words have none
	cues []string
}{
	// "after the close", "after the market closed", "after markets close", "after the closing
	// bell", "after the bell", "after hours", "after-hours", "after trading ended"
	{AfterClose, []string{"after", "market"}, regexp.MustCompile(`(?i)\bafter\s+(?:the\s+)?(?:(?:stock\s+)?markets?(?:'s?)?\s+)?(?:close[ds]?|closing(?:\s+bell)?|bell)\b|\bafter[\s-]hours\b|\bafter\s+(?:the\s+)?(?:trading|session)\s+(?:ended|closed|close)\b|\bpost[\s-]market\b`),
		[]string{"clo", "bell", "hour", "ended", "mar"}},
	// "late yesterday", "late on Monday", "late Tuesday", "yesterday evening" (not "late in the day",
	// which reporters use of trading too)
	{AfterClose, []string{"late", "evening"}, regexp.MustCompile(`(?i)\blate\s+(?:yesterday|today|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday))\b|\b(?:yesterday|this|on\s+\w+)\s+evening\b`),
		[]string{"day", "evening"}},
	// "before the open", "before the market opened", "before the opening bell", "before the bell",
	// "pre-market", "premarket", "before trading began"
	{BeforeOpen, []string{"before", "market"}, regexp.MustCompile(`(?i)\bbefore\s+(?:the\s+)?(?:(?:stock\s+)?markets?(?:'s?)?\s+)?(?:open(?:ed|s|ing(?:\s+bell)?)?|bell)\b|\bpre[\s-]?market\b|\bbefore\s+(?:trading|the\s+session)\s+(?:began|opened|started)\b`),
		[]string{"open", "bell", "mar", "began", "tarted"}},
}

// clockRe finds a clock time with a morning or afternoon mark or an Eastern time zone: "4:05 p.m.",
// "4:05 pm ET", "16:05 EST", "8 a.m. Eastern".
var clockRe = regexp.MustCompile(`(?i)\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?\s*(E[SD]?T|Eastern(?:\s+time)?|New\s+York\s+time)?(?:\W|$)`)

// ClockValue is Clock as a TIME column's value for DuckDB's appender: nil when unknown.
func (t Timing) ClockValue() any {
	c, err := time.Parse("15:04:05", t.Clock)
	if err != nil {
		return nil
	}
	return c
}

// TimingFromText reads when news came out from a sentence: a clock time in exchange time ("at
// 4:05 p.m. ET"), else a phrase ("after the close", "late yesterday", "before the bell").
func TimingFromText(sentence string) Timing {
	// Most sentences say nothing of the time: cheap byte scans decide that before the
	// expressions, which try every position of the sentence (they were a seventh of extraction).
	clock := clockShape(sentence)
	if !clock && !timingWord(sentence) {
		return Timing{}
	}
	// A sentence let through by its words alone goes to the clock expression only if it may
	// hold a clock time: clockShape's, or "York" spaced as clockShape does not read it
	// ("New  York time"). The byte scans fold ASCII only, the expressions also "ſ" to s and the
	// kelvin sign to k: a sentence with either is tried as before.
	odd := strings.Contains(sentence, "ſ") || strings.Contains(sentence, "\u212a")
	if !clock && !odd && indexFold(sentence, "york") < 0 {
		return phraseTiming(sentence, false)
	}
	for _, m := range clockRe.FindAllStringSubmatch(sentence, -1) {
		if m[3] == "" && m[4] == "" {
			continue // a bare number
		}
		h, _ := strconv.Atoi(m[1])
		mins := 0
		if m[2] != "" {
			mins, _ = strconv.Atoi(m[2])
		}
		ampm := strings.ToLower(strings.ReplaceAll(m[3], ".", ""))
		switch {
		case ampm == "" && m[2] == "":
			continue // "16 ET" is not a clock time
		case ampm == "pm" && h >= 1 && h <= 11:
			h += 12
		case ampm == "am" && h == 12:
			h = 0
		case ampm != "" && (h < 1 || h > 12):
			continue
		}
		if h > 23 || mins > 59 {
			continue
		}
		return Timing{Session: SessionAt(h*60 + mins), Clock: fmt.Sprintf("%02d:%02d:00", h, mins)}
	}
	return phraseTiming(sentence, odd)
}

// phraseTiming is the session the first of the phrases that matches sentence says; odd
// sentences (see TimingFromText) are tried without looking for the phrases' cues first.
func phraseTiming(sentence string, odd bool) Timing {
	for _, p := range phrases {
		if (odd || anyFold(sentence, p.cues)) && matchNear(p.re, sentence, p.words) {
			return Timing{Session: p.session}
		}
	}
	return Timing{}
}

// anyFold reports whether s holds one of ws (lower case) in any ASCII case.
func anyFold(s string, ws []string) bool {
	for _, w := range ws {
		if indexFold(s, w) >= 0 {
			return true
		}
	}
	return false
}

// matchNear reports whether re matches s, trying it only on the stretch of words around each
// place one of words stands (from a few words before to a few after, cut at spaces so that word
// boundaries stay true): an expression that ignores case has no literal prefix to search for,
// and tried at every position of a long sentence it cost a seventh of extraction.
func matchNear(re *regexp.Regexp, s string, words []string) bool {
	for _, w := range words {
		for from := 0; from < len(s); {
			i := indexFold(s[from:], w)
			if i < 0 {
				break
			}
			at := from + i
			lo, hi := max(at-24, 0), min(at+len(w)+64, len(s))
			for lo > 0 && s[lo-1] != ' ' {
				lo--
			}
			for hi < len(s) && s[hi] != ' ' {
				hi++
			}
			if re.MatchString(s[lo:hi]) {
				return true
			}
			from = at + len(w)
		}
	}
	return false
}

// clockShape reports whether s has a number followed, after an optional ":05" and spaces, by
// what clockRe needs besides the number: a.m. or p.m. (dotted or not), ET, EST or EDT
// (the expressions ignore case), Eastern, New York.
func clockShape(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j+2 < len(s) && (s[j] == ':' || s[j] == '.') && isDigit(s[j+1]) && isDigit(s[j+2]) {
			j += 3
		}
		for j < len(s) && isSpace(s[j]) {
			j++
		}
		if rest := s[j:]; len(rest) > 0 {
			switch rest[0] | 0x20 {
			case 'a', 'p':
				if len(rest) > 1 && (rest[1]|0x20 == 'm' || rest[1] == '.') {
					return true
				}
			case 'e':
				if r := rest[:min(len(rest), 3)]; indexFold(r, "et") == 0 || indexFold(r, "est") == 0 || indexFold(r, "edt") == 0 || indexFold(rest[:min(len(rest), 7)], "eastern") == 0 {
					return true
				}
			case 'n':
				if indexFold(rest[:min(len(rest), 8)], "new york") == 0 {
					return true
				}
			}
		}
		i = j
	}
	return false
}

// timingWord reports whether s holds, in any case, a word that some phrase needs: "after",
// "before", "late", "evening", or "market" right after "pre" or "post". One pass tries each
// word where its first letter stands (a pass per word cost as much as the rest of timing).
func timingWord(s string) bool {
	for i := 0; i < len(s); i++ {
		var w string
		switch s[i] | 0x20 {
		case 'a':
			w = "after"
		case 'b':
			w = "before"
		case 'l':
			w = "late"
		case 'e':
			w = "evening"
		case 'm':
			w = "market"
		default:
			continue
		}
		if !hasFoldAt(s, i, w) {
			continue
		}
		if w != "market" {
			return true
		}
		head := strings.TrimRight(s[max(i-5, 0):i], " -\t")
		if n := len(head); n >= 3 && indexFold(head[n-3:], "pre") == 0 || n >= 4 && indexFold(head[n-4:], "post") == 0 {
			return true
		}
	}
	return false
}

// hasFoldAt reports whether s holds the lower-case ASCII word w at i, ignoring ASCII case.
func hasFoldAt(s string, i int, w string) bool {
	if len(s)-i < len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if s[i+k]|0x20 != w[k] {
			return false
		}
	}
	return true
}

// indexFold is the index of the lower-case ASCII word w in s, ignoring ASCII case, or -1.
func indexFold(s, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i]|0x20 != w[0] {
			continue
		}
		k := 1
		for k < len(w) && s[i+k]|0x20 == w[k] {
			k++
		}
		if k == len(w) {
			return i
		}
	}
	return -1
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isSpace is the expressions' \s.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// TimingAt is the timing of news stamped at t (an RSS or JSON timestamp), on the exchange's
// clock, and the exchange-local day it falls on. A time at exactly midnight UTC is a date without
// a time (how feeds and front matter write bare dates) and gives no timing.
func TimingAt(t time.Time) (Timing, time.Time, bool) {
	if t.IsZero() {
		return Timing{}, time.Time{}, false
	}
	u := t.UTC()
	if u.Hour() == 0 && u.Minute() == 0 && u.Second() == 0 && u.Nanosecond() == 0 {
		return Timing{}, time.Time{}, false
	}
	l := t.In(exchange)
	day := time.Date(l.Year(), l.Month(), l.Day(), 0, 0, 0, 0, time.UTC)
	return Timing{Session: SessionAt(l.Hour()*60 + l.Minute()), Clock: l.Format("15:04:05")}, day, true
}

// EventTiming is when the news of an event dated by p, told in sentence of an article published
// at published, came out: the sentence's own words first, else the article's timestamp when the
// event is dated by the article's (exchange-local) day. Only day events have a timing.
func EventTiming(p Period, sentence string, published time.Time) Timing {
	if p.Granularity != "day" {
		return Timing{}
	}
	if t := TimingFromText(sentence); t.Session != "" {
		return t
	}
	if t, day, ok := TimingAt(published); ok && day.Equal(p.Start) {
		return t
	}
	return Timing{}
}

// ParseTiming reads a curated file's time column: a clock time in exchange time ("16:05",
// "4:05 pm"), or a session (after_close, "after the close", before_open, regular).
func ParseTiming(s string) (Timing, error) {
	v := strings.ToLower(strings.TrimSpace(s))
	switch strings.NewReplacer(" ", "_", "-", "_").Replace(v) {
	case AfterClose, "after_the_close", "after_hours", "post_market", "amc":
		return Timing{Session: AfterClose}, nil
	case BeforeOpen, "before_the_open", "pre_market", "premarket", "bmo":
		return Timing{Session: BeforeOpen}, nil
	case Regular, "during_the_session", "intraday":
		return Timing{Session: Regular}, nil
	}
	for _, layout := range []string{"15:04", "15:04:05", "3:04pm", "3:04 pm", "3pm", "3 pm"} {
		if t, err := time.Parse(layout, v); err == nil {
			return Timing{Session: SessionAt(t.Hour()*60 + t.Minute()), Clock: t.Format("15:04:05")}, nil
		}
	}
	return Timing{}, fmt.Errorf("time must be a clock time in exchange time (16:05, 4:05 pm) or after_close, before_open, regular")
}
