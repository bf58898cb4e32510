package directory

import (
	"bufio"
	"cmp"
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
)

// The files Build reads, as the public-domain listing packages publish them.
const (
	HistoryFile = "listings-history.csv"      // symbol, company_name, exchange, etf, first_seen, last_seen
	NasdaqFile  = "nasdaq-listed-symbols.csv" // Symbol, Company Name, Security Name, ..., Test Issue, ..., ETF
	OtherFile   = "other-listed.csv"          // ACT Symbol, Company Name, Security Name, Exchange, ..., ETF, ..., Test Issue
)

var exchanges = map[string]string{"Q": "NASDAQ", "N": "NYSE", "A": "NYSE American", "P": "NYSE Arca",
	"Z": "Cboe BZX", "V": "IEX"}

// row is one (symbol, listing name) pair seen in a list.
type row struct {
	symbol, name, exchange string
	etf                    bool
	first, last            time.Time
	current                bool // from a current list, not the history
}

// Build reads the listing files in dir and two word lists (one word a line): the ordinary words
// of English (the lower-case words of wordsPath), and a larger dictionary whose words in any case
// (names of places, people, weekdays and famous companies too) are never short forms ("Ohio" for
// Ohio Valley Banc, "Tuesday" for Tuesday Morning). It returns the listings and the ordinary words
// that occur in their names.
func Build(dir, wordsPath, dictPath string) ([]Listing, []string, error) {
	words, err := readWords(wordsPath, false)
	if err != nil {
		return nil, nil, err
	}
	dict, err := readWords(dictPath, true)
	if err != nil {
		return nil, nil, err
	}
	names, err := readNames(dictPath)
	if err != nil {
		return nil, nil, err
	}
	rows, err := readHistory(filepath.Join(dir, HistoryFile))
	if err != nil {
		return nil, nil, err
	}
	// The current lists add what the history has not seen yet, on the history's last day.
	var end time.Time
	for _, r := range rows {
		if r.last.After(end) {
			end = r.last
		}
	}
	// A symbol listed at the history's end under another spelling of its name ("Coca" there,
	// "Coca-Cola Company (The)" in the current list) has held it since the history's first day of it.
	since := map[string]time.Time{}
	for _, r := range rows {
		if r.last.Equal(end) && (since[r.symbol].IsZero() || r.first.Before(since[r.symbol])) {
			since[r.symbol] = r.first
		}
	}
	for _, f := range []struct {
		file                              string
		symbol, name, exchange, etf, test string
	}{
		{NasdaqFile, "Symbol", "Security Name", "", "ETF", "Test Issue"},
		{OtherFile, "ACT Symbol", "Security Name", "Exchange", "ETF", "Test Issue"},
	} {
		cur, err := readCSV(filepath.Join(dir, f.file))
		if err != nil {
			return nil, nil, err
		}
		for _, rec := range cur {
			if rec[f.test] == "Y" {
				continue
			}
			ex := "Q"
			if f.exchange != "" {
				ex = rec[f.exchange]
			}
			first := end
			if d, ok := since[rec[f.symbol]]; ok {
				first = d
			}
			rows = append(rows, row{symbol: rec[f.symbol], name: rec[f.name], exchange: ex, etf: rec[f.etf] == "Y", first: first, last: end, current: true})
		}
	}
	return build(rows, words, dict, names), commonIn(rows, words), nil
}

// build makes the listings of rows. words are the ordinary words, dict every word of the larger
// dictionary and names those it writes with a capital (people, places, companies), all lower-cased.
func build(rows []row, words, dict, names map[string]bool) []Listing {
	isName := func(w string) bool { return names[strings.ToLower(w)] }
	// The days each group of lists was published: NASDAQ's list and the others' come apart.
	group := func(ex string) string {
		if ex == "Q" {
			return "Q"
		}
		return "O"
	}
	snaps := map[string][]time.Time{}
	for _, r := range rows {
		if r.current {
			continue
		}
		g := group(r.exchange)
		snaps[g] = append(snaps[g], r.first, r.last)
	}
	for g, ds := range snaps {
		slices.SortFunc(ds, func(a, b time.Time) int { return a.Compare(b) })
		snaps[g] = slices.Compact(ds)
	}
	type key struct{ symbol, name string }
	byKey := map[key]*Listing{}
	var order []key
	heads, described := map[key]bool{}, map[key]bool{}
	// firstGroup is the group of lists that first showed each pair: a company that moved from
	// NYSE to NASDAQ (Palantir in 2024) was first seen on the other lists, whose history is not
	// NASDAQ's, and the day before which it cannot have held its symbol is read from those.
	firstGroup := map[key]string{}
	// The lists name some issues twice: by the issue ("Alphabet Inc. - Depositary Shares ...
	// Preferred Stock") and by the company alone ("Alphabet Inc."). A symbol whose issue is not a
	// share is not one under its company's bare name either.
	notShare := map[key]bool{}
	// A when-issued issue is a share to come (a spin-off's, a merger's): it takes its bare name
	// with it only from a symbol that lists no regular share under that name (CMCSV, Comcast's
	// when-issued symbol), not from one that does (Constellation Energy listed CEG "Common Stock
	// When-Issued" in 2025 beside its "Common Stock").
	regular := map[key]bool{}
	// A symbol the lists call the company's common or ordinary shares (or its ADSs) is its stock,
	// however many notes the company also issues under its bare name: Barclays' BCS ("Barclays PLC
	// Common Stock") beside a dozen NASDAQ notes named "Barclays PLC". See soleStock.
	stock := map[key]bool{}
	for _, r := range rows {
		if Skipped(r.symbol, r.name) == "" && descriptor.MatchString(r.name) {
			regular[key{r.symbol, Name(r.name)}] = true
			if stockWords.MatchString(r.name) {
				stock[key{r.symbol, Name(r.name)}] = true
			}
		}
	}
	for _, r := range rows {
		k := key{r.symbol, Name(r.name)}
		if why := Skipped(r.symbol, r.name); strings.HasPrefix(why, "not a share") && !(whenIssued.MatchString(why) && regular[k]) {
			notShare[k] = true
		}
	}
	for _, r := range rows {
		if Skipped(r.symbol, r.name) != "" || notShare[key{r.symbol, Name(r.name)}] {
			continue
		}
		name := Name(r.name)
		if name == "" {
			continue
		}
		k := key{r.symbol, name}
		l := byKey[k]
		if l == nil {
			l = &Listing{Symbol: r.symbol, Name: name, First: DayOf(r.first), Last: DayOf(r.last)}
			byKey[k] = l
			order = append(order, k)
			firstGroup[k] = group(r.exchange)
		}
		if DayOf(r.first) < l.First {
			l.First = DayOf(r.first)
			firstGroup[k] = group(r.exchange)
		}
		if DayOf(r.last) >= l.Last {
			l.Last = DayOf(r.last)
			l.Exchange = exchanges[r.exchange]
			if l.Exchange == "" {
				l.Exchange = r.exchange
			}
		}
		l.Fund = l.Fund || Fund(r.name, r.etf)
		// A one-word listing name without any suffix was cut at a hyphen ("Coca" of Coca-Cola),
		// unless the lists also write it whole before the issue's description ("Sanofi -
		// American Depositary Shares", "Ericsson - American Depositary Shares ..."): then the
		// one word is the company's name.
		if !strings.ContainsAny(strings.TrimSpace(r.name), " ,.") {
			heads[k] = true
		} else {
			described[k] = true
		}
	}
	for k := range described {
		delete(heads, k)
	}
	// A name listed under three symbols or more is an issuer of notes or funds ("Credit Suisse AG"
	// for its exchange-traded notes), not one company's shares: a fund, linked by ticker only.
	symbols := map[string]map[string]bool{}
	for _, k := range order {
		if symbols[k.name] == nil {
			symbols[k.name] = map[string]bool{}
		}
		symbols[k.name][k.symbol] = true
	}
	// soleStock says whether k is the one symbol its name lists as the company's shares; a name
	// whose several symbols are all common stock (Liberty Media's tracking stocks) stays unlinked
	// by name, since the name does not say which.
	soleStock := func(k key) bool {
		if !stock[k] {
			return false
		}
		for o := range symbols[k.name] {
			if o != k.symbol && stock[key{o, k.name}] {
				return false
			}
		}
		return true
	}
	issuers := map[key]bool{}
	for _, k := range order {
		l := byKey[k]
		if len(symbols[k.name]) >= 3 && !baseSymbol(k.symbol, symbols[k.name]) && !soleStock(k) {
			l.Fund, issuers[k] = true, true
		}
		ds := snaps[groupOf(l.Exchange)]
		if i, _ := slices.BinarySearchFunc(snaps[firstGroup[k]], l.First.Time(), func(a, b time.Time) int { return a.Compare(b) }); i > 0 {
			l.From = DayOf(snaps[firstGroup[k]][i-1].AddDate(0, 0, 1))
		}
		if i, found := slices.BinarySearchFunc(ds, l.Last.Time(), func(a, b time.Time) int { return a.Compare(b) }); found && i+1 < len(ds) {
			l.To = DayOf(ds[i+1].AddDate(0, 0, -1))
		}
	}
	// Short forms count only where they name one company on a day: "Apple" is Apple's name, not a
	// short form of Apple Hospitality REIT, both listed since 2015. See owners.
	company := companiesOf(order, byKey)
	owners := map[string][]owner{}
	own := func(alias string, k key) {
		a := strings.ToLower(alias)
		l := byKey[k]
		owners[a] = append(owners[a], ownerOf(company[k], l))
	}
	for _, k := range order {
		l := byKey[k]
		for _, f := range Forms(l.Name) {
			own(f, k)
		}
		for _, f := range Joined(l.Name, isName) {
			own(f, k)
		}
		if w := FirstWord(l.Name); w != "" {
			own(w, k)
		}
		if w := symbolHead(l.Name, l.Symbol); w != "" {
			own(w, k)
		}
	}
	var out []Listing
	for _, k := range order {
		l := byKey[k]
		if heads[k] && !l.Fund {
			// Only the first part of a hyphenated word; a whole word too where it is nothing else
			// (DIRECTV, CEPHEID), not where it is a place or a surname (Bristol, Colgate).
			if len(l.Name) >= 3 {
				l.Aliases = append(l.Aliases, Alias{Text: l.Name, HyphenHead: true})
			}
			out = append(out, *l)
			continue
		}
		if l.Fund || heads[k] {
			// A fund by its whole name only, and only where that is more than one word.
			if strings.Contains(l.Name, " ") && !issuers[k] {
				l.Aliases = append(l.Aliases, Alias{Text: l.Name})
			}
			out = append(out, *l)
			continue
		}
		forms := append(Forms(l.Name), Joined(l.Name, isName)...)
		closing := len(forms) // forms[1:closing] drop the name's closing words or join its initials
		if w := FirstWord(l.Name); w != "" {
			forms = append(forms, w)
		}
		head := symbolHead(l.Name, l.Symbol)
		if head != "" && !contains(forms, head) {
			forms = append(forms, head)
		}
		for i, f := range forms {
			low := strings.ToLower(f)
			single := !strings.ContainsAny(f, " &.-'")
			common := single && (words[low] || generic[low] || weak[low])
			if f == head && i > 0 {
				// The dictionary writes some of these in capitals ("CVS"): a name, not a word.
				if words[low] || dict[low] && !names[low] || namesakes[low] {
					continue
				}
				if since, until, alone := soleDays(owners[low], ownerOf(company[k], l)); alone {
					l.Aliases = append(l.Aliases, Alias{Text: f, Since: since, Until: until})
				}
				continue
			}
			// A possessive alone is the company's name where a person's or a brand's ("Dick's",
			// "Ollie's"), and an ordinary word where the thing owned is ("Men's" of Men's
			// Wearhouse, "People's" of People's United): as the ordinary word it needs evidence.
			if stem, ok := strings.CutSuffix(low, "'s"); ok && i > 0 && !strings.ContainsAny(stem, " &.-'") {
				common = words[stem]
			}
			// A word of the dictionary is no short form (a place, a surname, a weekday: "Ohio" of
			// Ohio Valley Banc, "Harris" of Harris Teeter), except where dropping the words that
			// say what a company does leaves a name the dictionary writes with a capital: the name
			// news uses ("Costco" of Costco Wholesale, "Ford" of Ford Motor; an ordinary word
			// too, "ford", it needs evidence). Places are kept out when linking.
			kept := i < closing && names[low]
			if i > 0 && (single && dict[low] && !kept || contains(forms[:i], f) || namesakes[low]) {
				continue // a short form that is a word of the dictionary
			}
			since, until, alone := soleDays(owners[low], ownerOf(company[k], l))
			if i > 0 && !alone {
				continue // a short form of several companies on each of this one's days
			}
			if i > 0 && single && allUpper(f) && len(f) <= 3 && f != head {
				continue // three capitals alone read as a ticker or an acronym, not this name (but symbolHead)
			}
			a := Alias{Text: f, Common: common}
			if i > 0 {
				a.Since, a.Until = since, until
			}
			l.Aliases = append(l.Aliases, a)
		}
		out = append(out, *l)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Symbol != out[j].Symbol {
			return out[i].Symbol < out[j].Symbol
		}
		return out[i].First < out[j].First
	})
	return out
}

// An owner is a company that writes a short form, over the days it can have been listed (a zero
// From or To is open).
type owner struct {
	company     int
	first, last Day // the days the lists showed the listing
	from, to    Day // the days it can have held (Listing's From and To)
}

func ownerOf(company int, l *Listing) owner {
	return owner{company, l.First, l.Last, l.From, l.To}
}

// facing returns the days o can have held as another owner of a form self has: From to To,
// except where one of the two was seen only after the other was last seen. The form then moved
// from one to the other (Frontier Communications from FTR to FYBR) on a day the lists did not
// show, between the last sighting and the first, and where those are years apart (no lists from
// 2018 to 2024) each keeps the days nearer its sighting: the gap splits at its middle. Where
// the two were listed on one day (a company and its spin-off) the form is shared from the
// newcomer's earliest day.
func facing(o, self owner) (from, to Day) {
	from, to = o.from, o.to
	switch {
	case o.first > self.last && !self.last.IsZero():
		from = max(from, middle(self.last, o.first)+1)
	case o.last < self.first && !o.last.IsZero():
		if m := middle(o.last, self.first); to.IsZero() || m < to {
			to = m
		}
	}
	return from, to
}

// middle is the day halfway from a to b, a's side of it where the days between are odd.
func middle(a, b Day) Day { return a + (b-a)/2 }

// companiesOf numbers the companies behind the listings: one name is one company, and so is one
// symbol under the names it carried one after another (Arrowhead Research became Arrowhead
// Pharmaceuticals under ARWR), so that a renamed company does not share its short form with
// itself. A fund is not the company whose old symbol it took (EMC).
func companiesOf[K comparable](order []K, byKey map[K]*Listing) map[K]int {
	parent := make([]int, len(order))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	byName, bySymbol := map[string]int{}, map[string]int{}
	for i, k := range order {
		l := byKey[k]
		for _, m := range []struct {
			index map[string]int
			key   string
		}{{byName, strings.ToLower(l.Name)}, {bySymbol, l.Symbol}} {
			if l.Fund && m.key == l.Symbol {
				continue
			}
			if j, ok := m.index[m.key]; ok {
				parent[find(i)] = find(j)
			} else {
				m.index[m.key] = i
			}
		}
	}
	out := make(map[K]int, len(order))
	for i, k := range order {
		out[k] = find(i)
	}
	return out
}

// soleDays returns the days within [from, to] on which no company but self among the owners of
// a short form can have been listed: alone is false where there are none. Companies that never
// traded on the same day share a form, each on its own days, since the linker dates every
// listing; where they overlap, the form is one company's only before the other came or after it
// went ("Honeywell" is Honeywell International's until Honeywell Aerospace began to trade in
// 2026), an owner's days as facing gives them. since and until are zero where the days reach the listing's own bounds; of several
// runs of days, the latest.
func soleDays(owners []owner, self owner) (since, until Day, alone bool) {
	const open = Day(math.MaxInt32)
	end := func(d Day, none Day) Day {
		if d.IsZero() {
			return none
		}
		return d
	}
	lo, hi := end(self.from, -open), end(self.to, open)
	type run struct{ lo, hi Day }
	var others []run
	for _, o := range owners {
		if o.company == self.company {
			continue
		}
		from, to := facing(o, self)
		if olo, ohi := end(from, -open), end(to, open); olo <= hi && ohi >= lo {
			others = append(others, run{olo, ohi})
		}
	}
	if len(others) == 0 {
		return 0, 0, true
	}
	// Walk back from the last day: each other owner, latest end first, ends a free run or
	// moves its end before the owner's first day.
	slices.SortFunc(others, func(a, b run) int { return cmp.Compare(b.hi, a.hi) })
	top := hi
	for _, o := range others {
		if o.hi < top {
			// The free days after this owner: the latest run.
			since = o.hi + 1
			if top != hi {
				until = top
			}
			return since, until, true
		}
		top = min(top, o.lo-1)
		if top < lo {
			return 0, 0, false
		}
	}
	if top != hi {
		until = top
	}
	return 0, until, true
}

// weak words are whole names of some listings ("The Bancorp") that news uses for many others.
var weak = map[string]bool{"bancorp": true, "bancshares": true, "financial": true, "bank": true, "trust": true,
	"capital": true, "resources": true, "energy": true, "realty": true, "properties": true, "insurance": true,
	"acquisition": true, "investors": true, "partners": true, "ventures": true, "industries": true}

func groupOf(exchange string) string {
	if exchange == "NASDAQ" {
		return "Q"
	}
	return "O"
}

func allUpper(s string) bool {
	return strings.IndexFunc(s, unicode.IsLower) < 0
}

// commonIn returns the ordinary words that occur in listing names, sorted.
func commonIn(rows []row, words map[string]bool) []string {
	seen := map[string]bool{}
	for _, r := range rows {
		for _, w := range strings.FieldsFunc(strings.ToLower(r.name), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if words[w] {
				seen[w] = true
			}
		}
	}
	out := make([]string, 0, len(seen))
	for w := range seen {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// readWords reads a word list: its lower-case words, or with anyCase all of them lower-cased.
func readWords(path string, anyCase bool) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("word list: %w (Debian's wamerican-small has it)", err)
	}
	defer f.Close()
	words := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := sc.Text()
		// Lower-case entries only: capitalized ones are names already.
		switch {
		case anyCase:
			words[strings.ToLower(w)] = true
		case w != "" && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLower(r) }) < 0:
			words[w] = true
		}
	}
	return words, sc.Err()
}

// readNames reads the words a dictionary writes with a capital (names of people, places and
// companies), lower-cased.
func readNames(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("word list: %w (Debian's wamerican has it)", err)
	}
	defer f.Close()
	names := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if w := sc.Text(); w != "" && unicode.IsUpper([]rune(w)[0]) {
			names[strings.ToLower(w)] = true
		}
	}
	return names, sc.Err()
}

func readHistory(path string) ([]row, error) {
	recs, err := readCSV(path)
	if err != nil {
		return nil, err
	}
	out := make([]row, 0, len(recs))
	for i, rec := range recs {
		r := row{symbol: rec["symbol"], name: rec["company_name"], exchange: rec["exchange"], etf: rec["etf"] == "Y"}
		if r.first, err = time.Parse(time.DateOnly, rec["first_seen"]); err != nil {
			return nil, fmt.Errorf("%s:%d: column first_seen: %w", path, i+2, err)
		}
		if r.last, err = time.Parse(time.DateOnly, rec["last_seen"]); err != nil {
			return nil, fmt.Errorf("%s:%d: column last_seen: %w", path, i+2, err)
		}
		out = append(out, r)
	}
	return out, nil
}

// readCSV reads a CSV file with a header into maps from column to value.
func readCSV(path string) ([]map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []map[string]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		m := make(map[string]string, len(header))
		for i, h := range header {
			if i < len(rec) {
				m[strings.TrimSpace(h)] = strings.TrimSpace(rec[i])
			}
		}
		out = append(out, m)
	}
}

// baseSymbol says whether symbol is the common stock of a company whose other symbols under the
// same name all extend it: a bank's preferred issues and a company's warrants, rights and units
// ("HBAN" beside "HBANN" and "HBANO", "IRDM" beside "IRDMB"). Such a name is one company's,
// not an issuer of notes or funds, and its common stock keeps the name; the other issues stay
// linked by ticker only.
// symbolHead returns the first word of a listing's name where it is three capitals and the
// listing's own symbol: news calls CVS Health, EOG Resources and UBS Group "CVS", "EOG" and "UBS".
// Two letters stay out: MP, CF and KB are other things far more often.
func symbolHead(name, symbol string) string {
	w, rest, ok := strings.Cut(name, " ")
	if !ok || rest == "" || len(w) != 3 || w != symbol || !allUpper(w) {
		return ""
	}
	return w
}

// namesakes are short forms that business news uses for something better known than the listed
// company: US agencies (CMS, NRC, ITC: Medicare's, the nuclear and the trade regulators), the
// Royal Bank of Canada's brand beside RBC Bearings, the satellite operator SES beside SES AI, the
// film award beside Oscar Health, Tata's car maker beside Jaguar Health.
var namesakes = map[string]bool{"cms": true, "nrc": true, "itc": true, "rbc": true, "ses": true,
	"oscar": true, "jaguar": true}

// stockWords describe a company's own shares, as opposed to its notes, funds or preferred issues.
var stockWords = regexp.MustCompile(`(?i)\b(common\s+stock|ordinary\s+shares|american\s+depositary\s+(shares|receipts)|ads|adrs?)\b`)

func baseSymbol(symbol string, all map[string]bool) bool {
	for o := range all {
		if o != symbol && !strings.HasPrefix(o, symbol) {
			return false
		}
	}
	return true
}
