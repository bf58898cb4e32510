package directory

import (
	"regexp"
	"strings"
	"unicode"
)

// Skipped says why a listing is not a company's share to link names to ("" when it is one):
// warrants, rights, units, preferreds, notes and test issues trade under their own symbols but are
// never what news means by a company's name.
func Skipped(symbol, name string) string {
	if strings.ContainsAny(symbol, "$+=^#*") {
		return "symbol of a derivative issue"
	}
	low := strings.ToLower(name)
	if testIssue.MatchString(low) {
		return "test issue"
	}
	// The issue words count after the first word only: "Unit Corporation" is an oil company.
	rest := low
	if i := strings.IndexByte(low, ' '); i >= 0 {
		rest = low[i:]
	} else {
		rest = ""
	}
	if m := derivative.FindString(rest); m != "" {
		return "not a share: " + strings.TrimSpace(m)
	}
	return ""
}

var (
	whenIssued = regexp.MustCompile(`when[- ]issued`)
	testIssue  = regexp.MustCompile(`\btest\b`)
	derivative = regexp.MustCompile(`\bwarrants?\b|\brights?\b|\bunits?\b|preferred|\bpfd\b|%|\bnotes?\b|debenture|when[- ]issued|\bcontingent value\b|\bdepositary shares?,? each represent\w*\s+(an?\s+)?\d+/\d+|\binterest in a share\b|\bsecs\b|\bperp(etual)?\b|\bmandatory convertible\b|\bdebt securities\b`)
)

// Fund says whether a listing is an exchange-traded or closed-end fund, a trust of assets or an
// exchange-traded note: it is linked by its ticker and its full name, never by ordinary words of
// its name ("Emerging Markets", "Income").
func Fund(name string, etf bool) bool {
	return etf || fundWords.MatchString(strings.ToLower(name))
}

var fundWords = regexp.MustCompile(`\betfs?\b|\bfunds?\b|\betns?\b|\bexchange traded\b|\bindex\b|\bportfolio\b|\bshares of beneficial interest\b|\bmunicipal\b|\bincome trust\b|\bbond\b`)

// descriptor starts the part of a listing name that describes the security, not the company:
// "Agilent Technologies, Inc. Common Stock", "Artius II Acquisition Inc. - Class A Ordinary Shares".
var descriptor = regexp.MustCompile(`(?i)\s+-\s+|\s+(new\s+)?(common\b|ordinary\b|class\s+[a-z]\b|series\s+[a-z0-9]\b|american\s+depos|depositary\b|sponsored\b|ads\b|adrs?\b|shares?\b|beneficial\b|capital\s+stock|subordinate\b|voting\b|limited\s+partner|partnership\s+(units|interests)|registered\b|\$|\d+(\.\d+)?\s*%)`)

// gluedDescriptor is a description glued to the name with no space ("Oshkosh
// CorporationCommon Stock"): a capital "Common Stock" straight after a lower-case letter or a dot.
var gluedDescriptor = regexp.MustCompile(`([a-z.])(Common\s+Stock)\b`)

var foreignLegal = regexp.MustCompile(`,?\s+(S\.A\.|S\.A\.[A-Z]\.([A-Z]\.)*|S\.A\.B|N\.V\.|B\.V\.|[Pp]\.[Ll]\.[Cc]\.|S\.p\.A\.|N\.A\.)(\s|,|$)`)

var parens = regexp.MustCompile(`\s*\([^)]*\)`)

// legal suffixes that news drops: "Apple Inc." is "Apple".
var legal = map[string]bool{"inc": true, "incorporated": true, "corp": true, "corporation": true, "co": true,
	"company": true, "ltd": true, "limited": true, "plc": true, "llc": true, "lp": true, "l.p": true, "n.v": true,
	"nv": true, "s.a": true, "sa": true, "ag": true, "se": true, "s.p.a": true, "spa": true, "a/s": true, "asa": true,
	"ab": true, "oyj": true, "l.l.c": true, "the": true, "&": true, "and": true, "cos": true, "companies": true}

// Name turns a listing's name into the name news uses: the security description, parentheses and
// legal suffixes go ("Procter & Gamble Company (The) Common Stock" is "Procter & Gamble"). It
// returns "" when nothing of a name is left.
func Name(listing string) string {
	s := strings.Join(strings.Fields(listing), " ")
	s = parens.ReplaceAllString(s, "")
	s = gluedDescriptor.ReplaceAllString(s, "$1 $2")
	if loc := descriptor.FindStringIndex(s); loc != nil && loc[0] > 0 {
		s = s[:loc[0]]
	}
	// A dotted legal form of another country ends the name, whatever the lists wrote after it:
	// the rest of the form ("S.A.B. de C.V."), the name again ("Copa Holdings, S.A. Copa
	// Holdings"), a registry ("N.V. NY Registry").
	if loc := foreignLegal.FindStringIndex(s); loc != nil && loc[0] > 0 {
		s = s[:loc[0]]
	}
	s = cutSpelledForm(s) // news34.go
	s = strings.TrimPrefix(s, "The ")
	words := closedByLegal(strings.Fields(s))
	for cut := false; len(words) > 1; cut = true {
		w := strings.ToLower(strings.Trim(words[len(words)-1], ".,;"))
		// An "of" the legal words were cut from leads nowhere: "Interpublic Group of Companies".
		if !legal[w] && !(cut && w == "of") {
			break
		}
		words = words[:len(words)-1]
	}
	if len(words) == 1 && legal[strings.ToLower(strings.Trim(words[0], ".,;"))] {
		return ""
	}
	out := strings.Trim(strings.Join(words, " "), " ,;-~|")
	// A name is something to link: at least two characters with a letter.
	if len(out) < 2 || !strings.ContainsFunc(out, unicode.IsLetter) {
		return ""
	}
	return out
}

// closedByLegal ends a name at a legal form that the lists wrote more after. A form followed by the
// name's first word again leaves the repetition, which is the name or, after a fund sponsor's, the
// fund's ("Seaspan Corporation Seaspan", "Ashgrove Trust Inc. Ashgrove Mexico Equity ETF"). Else a
// form after a comma closes the name as a letterhead does, unless a fund's own name follows its
// sponsor's ("Pellmore Funds, Inc. Pellmore Short Duration Bond ETF") ("J.C. Penney Company, Inc. Holding
// Company", "Inuvo, Inc New"). A place after "of" is the name ("Packaging Corporation of
// America"), and so is the numeral of a series ("Churchill Capital Corp IX").
func closedByLegal(words []string) []string {
	for i := 1; i < len(words)-1; i++ {
		w := strings.ToLower(strings.Trim(words[i], ".,;"))
		if !legal[w] || w == "the" || w == "&" || w == "and" {
			continue
		}
		next := strings.Trim(words[i+1], ".,;")
		if strings.EqualFold(next, "of") || i+1 == len(words)-1 && seriesMark.MatchString(next) {
			continue
		}
		if strings.EqualFold(next, strings.Trim(words[0], ".,;")) {
			return words[i+1:]
		}
		if strings.HasSuffix(words[i-1], ",") {
			if tail := strings.Join(words[i+1:], " "); fundWords.MatchString(strings.ToLower(tail)) {
				return words[i+1:]
			}
			return words[:i+1]
		}
	}
	return words
}

// seriesMark is the roman numeral or letter that tells apart the listings of one sponsor.
var seriesMark = regexp.MustCompile(`^([IVX]+|[A-Z])$`)

// generic words close a name without making it distinctive: news writes "Agilent" for "Agilent
// Technologies" and "Goldman Sachs" for "Goldman Sachs Group".
var generic = map[string]bool{"technologies": true, "technology": true, "systems": true, "holdings": true,
	"holding": true, "group": true, "industries": true, "international": true, "enterprises": true,
	"worldwide": true, "global": true, "brands": true, "communications": true, "solutions": true,
	"services": true, "networks": true, "software": true, "pharmaceuticals": true, "therapeutics": true,
	"biosciences": true, "corporation": true, "inc": true, "partners": true, "labs": true,
	"laboratories": true, "platforms": true, "entertainment": true, "interactive": true, "stores": true,
	"ltd": true, "co": true, "corp": true, "incorporated": true, "companies": true,
	// What a company makes or does, which news drops from a name it knows ("Ford Motor" is Ford,
	// "Costco Wholesale" Costco).
	"motor": true, "motors": true, "wholesale": true, "health": true, "healthcare": true,
	// A holding company's listing name that news never writes ("Frontier Communications Parent").
	"parent": true}

// Forms are the ways news writes a company's name, from the name Name returned: the name itself,
// the name without generic closing words ("Agilent"), a web address without its ending ("Amazon"
// for "Amazon.com"), and the initials of a two-part name joined by "&" ("P&G" for "Procter &
// Gamble"). The first form is the name; the others are short forms that the directory keeps
// only where they name one company.
func Forms(name string) []string {
	out := []string{name}
	add := func(s string) {
		s = strings.TrimRight(s, " ,;-&")
		if len(s) >= 2 && !contains(out, s) {
			out = append(out, s)
		}
	}
	words := strings.Fields(name)
	for n := len(words); n > 1 && generic[strings.ToLower(strings.Trim(words[n-1], ".,"))]; n-- {
		add(strings.Join(words[:n-1], " "))
	}
	for _, f := range slicesClone(out) {
		for _, web := range []string{".com", ".net", ".org", ".io"} {
			if strings.HasSuffix(strings.ToLower(f), web) && len(f) > len(web)+2 {
				add(f[:len(f)-len(web)])
			}
		}
	}
	// "Procter & Gamble" gives "P&G"; "AT&T" is already short.
	if len(words) == 3 && words[1] == "&" && isCapWord(words[0]) && isCapWord(words[2]) {
		add(words[0][:1] + "&" + words[2][:1])
	}
	return out
}

// Joined returns the forms of a name whose first word is initials before a surname, as news
// joins them ("JP Morgan Chase" is "JPMorgan Chase" and "JPMorgan"): the name from the joined
// words, and the joined words alone where more follows. surname says whether a word is a
// person's name (the caller's dictionary of names).
func Joined(name string, surname func(string) bool) []string {
	words := strings.Fields(name)
	if len(words) < 2 || len(words[0]) > 3 || !allCaps(words[0]) || !isCapWord(words[1]) || !surname(words[1]) {
		return nil
	}
	joined := append([]string{words[0] + words[1]}, words[2:]...)
	out := []string{strings.Join(joined, " ")}
	if len(joined) > 1 {
		out = append(out, joined[0])
	}
	return out
}

// allCaps says whether a word is two or more capital letters and nothing else.
func allCaps(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

func isCapWord(w string) bool {
	for i, r := range w {
		if i == 0 && !unicode.IsUpper(r) || !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// FirstWord is the first word of a name of several words, which news uses alone for many companies
// ("Procter" is not, "Goldman" is); the directory keeps it where it names one company only and is
// not an ordinary word.
func FirstWord(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return ""
	}
	w := strings.TrimRight(words[0], ".,;:")
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 4 || strings.ContainsAny(w, "&.") {
		return ""
	}
	return w
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func slicesClone(s []string) []string { return append([]string(nil), s...) }
