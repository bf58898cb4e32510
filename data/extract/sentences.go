package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/eventline/eventline/data/timex"
)

// span is a piece of text by byte offsets.
type span struct{ start, end int }

// sentences splits text into sentences the way the temporal tagger reads them (timex.Sentences:
// line breaks, terminal marks before anything but a lower-case word, abbreviations kept,
// sentences over 1,000 bytes cut at a space), so that a sentence's events and its dates come
// from the same reading.
func sentences(text string) []span { return spans(timex.Sentences(text)) }

func spans(ss []timex.Span) []span {
	out := make([]span, len(ss))
	for i, s := range ss {
		out[i] = span{s.Start, s.End}
	}
	return out
}

// afterTitle drops the sentences of a body that only repeat its title. A text file's body is the
// whole file, title line included, so that offsets stay the file's; a feed item or a web page
// often opens its text with its headline too. Read twice, the title would be a body sentence of
// its own, take the lead's place from the real first sentence, and give its events a second
// time with fewer companies. A sentence that runs on past the title keeps the rest.
func afterTitle(ss []span, body, title string) []span {
	title = strings.TrimSpace(title)
	if title == "" || len(ss) == 0 {
		return ss
	}
	start := len(body) - len(strings.TrimLeftFunc(body, func(r rune) bool { return unicode.IsSpace(r) || r == '\ufeff' }))
	if !strings.HasPrefix(body[start:], title) {
		return ss
	}
	end := start + len(title)
	if rest := body[end:]; rest != "" && rest[0] != '\n' && rest[0] != '\r' {
		return ss // the title is the start of a longer first line, not a line of its own
	}
	i := 0
	for i < len(ss) && ss[i].end <= end {
		i++
	}
	if i < len(ss) && ss[i].start < end {
		ss[i].start = end + len(body[end:ss[i].end]) - len(strings.TrimLeftFunc(body[end:ss[i].end], unicode.IsSpace))
	}
	return ss[i:]
}

// afterDateline starts a body's first sentence after its wire dateline ("HOUSTON, Oct 23
// (Reuters) - ", "AKRON, Ohio, March 2 - ", "NEW YORK (AP) — ", "SAN JOSE, Calif., Jan. 25,
// 2024 /PRNewswire/ -- ", "SAN FRANCISCO--(BUSINESS WIRE)--"): the place, the day and the
// agency say where the copy was filed, not what happened, and an event's headline taken from
// the sentence should not carry them.
func afterDateline(ss []span, body string) []span {
	if len(ss) == 0 {
		return ss
	}
	first := body[ss[0].start:ss[0].end]
	if !datelineStart(first) {
		return ss
	}
	m := reDateline.FindStringSubmatchIndex(first)
	if m == nil || m[1] >= len(first) {
		return ss
	}
	// Something must say it is a dateline: a day, an agency, or a place in capitals ("U.S. -
	// China talks" is no place).
	if m[4] < 0 && m[6] < 0 && (m[2] < 0 || !reCapitals.MatchString(first[m[2]:m[3]])) {
		return ss
	}
	// A place alone stands apart from its dash ("WASHINGTON - "); a name in capitals joined to
	// the next word by a hyphen is the lead's subject ("ADVO-System Inc said ...").
	if m[4] < 0 && m[6] < 0 && !unicode.IsSpace(rune(first[m[1]-1])) {
		return ss
	}
	ss[0].start += m[1]
	return ss
}

// datelineStart says whether a sentence may open with a dateline, before the expression is
// run: its first word is in capitals ("HOUSTON", "NEW") or a month ("Oct", "Jan."), and a dash
// follows within the length of a dateline. Most leads are neither.
func datelineStart(s string) bool {
	i := 0
	for i < len(s) && (s[i] >= 'A' && s[i] <= 'Z' || s[i] >= 'a' && s[i] <= 'z') {
		i++
	}
	w := s[:i]
	if len(w) < 2 || !(strings.ToUpper(w) == w || monthAbbrevs[w[:min(3, len(w))]]) {
		return false
	}
	return strings.ContainsAny(s[:min(len(s), 160)], "-—–")
}

var monthAbbrevs = map[string]bool{"Jan": true, "Feb": true, "Mar": true, "Apr": true, "May": true, "Jun": true,
	"Jul": true, "Aug": true, "Sep": true, "Oct": true, "Nov": true, "Dec": true}

var reCapitals = regexp.MustCompile(`[A-Z]{3}`)

var reDateline = regexp.MustCompile(`^` +
	// the place: a city in capitals, then perhaps its state or country ("AKRON, Ohio,")
	`(?:([A-Z][A-Z.'&]+(?:[ -][A-Z][A-Z.'&]+)*)(?:,\s+[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)*)*,?\s*)?` +
	// the day: "Oct 23", "Jan. 25, 2024"
	`((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?\s*)?` +
	// the agency: "(Reuters)", "(AP)", "/PRNewswire/", "--(BUSINESS WIRE)--"
	`((?:-{1,2})?(?:\((?:Reuters|AP|AFP|UPI|Bloomberg|Dow Jones|BUSINESS WIRE|Business Wire|GLOBE NEWSWIRE|Globe Newswire|ACCESSWIRE|Reuters Breakingviews)\)|/\s*PR ?Newswire[^/]{0,30}/)\s*)?` +
	`(?:-{1,2}|—|–)\s*`)

// beforeBoilerplate drops the sentences of a press release's closing sections: the "About
// Acme" paragraph that describes the company, the safe-harbor notice on forward-looking
// statements, the contacts. They are the same in every release, not news: "Axon was founded in
// 1993 and acquired Dedrone in October 2024" told under "About Axon" is no event of the day,
// and "could acquire" in the notice no forecast. A section starts at a paragraph, never the
// first, that opens so (see boilerplateOpens).
func beforeBoilerplate(ss []span, body string) []span {
	if len(ss) < 2 || !strings.Contains(body, "\n") {
		return ss
	}
	for i := 1; i < len(ss); i++ {
		start := ss[i].start
		if start > 0 && body[start-1] == '\n' && boilerplateOpens(body[start:ss[i].end], body[start:]) {
			return ss[:i]
		}
	}
	return ss
}

// boilerplateOpens says whether a paragraph opens a release's closing section: its first
// sentence s is a heading "About" and a name ("About Axon", "About W. P. Carey:"), or a heading
// of the notice or the contacts, or the notice's own first words ("This press release contains
// forward-looking statements"). para is the text from the paragraph's start.
func boilerplateOpens(s, para string) bool {
	line, _, _ := strings.Cut(para, "\n")
	line = strings.TrimSpace(line)
	// Only a short line can be a heading: most paragraphs are read no further than this.
	if len(line) <= 64 && releaseHeadings[strings.ToLower(strings.TrimRight(line, ": "))] {
		return true
	}
	if rest, ok := strings.CutPrefix(line, "About "); ok && rest != "" && unicode.IsUpper([]rune(rest)[0]) {
		// A heading alone on its line, or the name and a colon or dash: "About 500 workers"
		// and "About Half Moon Bay's..." run on as a sentence does.
		name, _, colon := strings.Cut(rest, ":")
		if !colon {
			name, _, colon = strings.Cut(rest, " - ")
		}
		if colon {
			return len(strings.Fields(name)) <= 6
		}
		// A heading is short and ends without a sentence's mark, but for a name's own
		// ("About Palantir Technologies Inc.").
		fields := strings.Fields(rest)
		last := fields[len(fields)-1]
		return len(fields) <= 6 && !strings.ContainsAny(line, ",!?") &&
			(!strings.HasSuffix(last, ".") || corporateSuffixes[strings.ToLower(strings.TrimSuffix(last, "."))] || strings.Count(last, ".") > 1)
	}
	if !strings.HasPrefix(s, "This ") && !strings.HasPrefix(s, "Certain ") && !strings.HasPrefix(s, "Statements ") {
		return false
	}
	lower := strings.ToLower(s)
	return strings.Contains(lower, "forward-looking statements") && (strings.HasPrefix(lower, "this press release") ||
		strings.HasPrefix(lower, "this release") || strings.HasPrefix(lower, "this news release") ||
		strings.HasPrefix(lower, "certain statements") || strings.HasPrefix(lower, "statements in this"))
}

// releaseHeadings head a press release's safe-harbor notice and its contacts.
var releaseHeadings = map[string]bool{"forward-looking statements": true, "forward-looking statement": true,
	"forward looking statements": true, "safe harbor statement": true, "safe harbor": true,
	"cautionary statement": true, "cautionary statements": true,
	"cautionary note regarding forward-looking statements": true, "contacts": true, "contact": true,
	"media contact": true, "media contacts": true, "investor contact": true, "investor contacts": true,
	"media relations": true, "investor relations": true}
