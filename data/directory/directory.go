// Package directory is the embedded directory of US-listed companies: every (symbol, name) pair
// the NASDAQ and NYSE/NYSE American/NYSE Arca/Cboe lists have published since 2015, with the days
// each was first and last seen, and the names news writes for each company. It is built by `go
// generate` from the public-domain listings beside the project (see gen/), so that extraction
// links the whole market to tickers without any setup, and by date: EMC was EMC Corporation in
// 2015 and a Global X fund in 2024.
package directory

//go:generate go run ./gen -listings ../../../shared/data/listings -words /usr/share/dict/american-english-small -dict /usr/share/dict/american-english -out listings.tsv.s2

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"time"
	"unsafe"

	"github.com/klauspost/compress/s2"
)

// embedded is the directory's text compressed as one S2 block (a Snappy extension): every process
// that extracts decompresses its 2.3 MB before the first article, which gzip made some 59 M
// instructions, a sixth of the start-up, and S2 makes 8 M, in a file a fifth larger (462 KB).
//
//go:embed listings.tsv.s2
var embedded []byte

// Alias is one way news writes a listed company's name.
type Alias struct {
	Text string
	// Common: the alias is also an ordinary English word ("Apple", "Target", "Gap"), which names
	// the company only with evidence (a capital inside a sentence, "Inc", a ticker, or another
	// mention in the article).
	Common bool
	// HyphenHead: the listing's name was cut at a hyphen ("Coca" for Coca-Cola), so the alias
	// matches only as the first part of a hyphenated word.
	HyphenHead bool
	// Since and Until bound the days a short form names this company where another company
	// writes it too on other days (zero: the listing's own bounds).
	Since, Until Day
}

// Listing is one symbol under one name over the days it was seen.
type Listing struct {
	Symbol   string
	Exchange string // NASDAQ, NYSE, NYSE American, NYSE Arca, Cboe BZX
	Name     string // as news writes it: "Agilent Technologies"
	Fund     bool   // ETFs, funds, trusts and notes: linked by ticker and full name only
	// First and Last are the first and last days the lists showed this pair.
	First, Last Day
	// From and To bound when the pair can have held: from the day after the last list without it
	// to the day before the next list without it. From is zero where the pair was listed when the
	// history begins (it may be older), To where it is listed still.
	From, To Day
	Aliases  []Alias
}

// Day is a calendar day as the number of days since 1 January of year 1, the zero time's day:
// the zero Day is the zero time, which the directory uses for "none". Every process that
// extracts holds the 21,000 listings for its whole run: four time.Time fields made a listing 176
// bytes with seven pointers for the garbage collector to scan at each cycle, four days make it
// 96 bytes with four.
type Day int32

// unixDay is the Day of 1970-01-01.
const unixDay = 719162

// DayOf is the day of t's date (in t's location).
func DayOf(t time.Time) Day {
	y, m, d := t.Date()
	return civilDay(y, int(m), d)
}

// IsZero says whether d is the zero time's day, which the directory uses for none.
func (d Day) IsZero() bool { return d == 0 }

// Time is the day's midnight UTC; the zero Day is the zero time.
func (d Day) Time() time.Time {
	return time.Unix((int64(d)-unixDay)*86400, 0).UTC()
}

// Format formats the day's midnight UTC (see time.Time.Format).
func (d Day) Format(layout string) string { return d.Time().Format(layout) }

// civilDay counts the days from 1 January of year 1 to a date of the proleptic Gregorian calendar, without
// time.Date's normalization (the directory parses 90,000 dates at start-up).
func civilDay(y, m, d int) Day {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400 // [0, 399]
	mp := (m + 9) % 12 // March is 0
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return Day(era*146097 + doe - 719468 + unixDay)
}

// Coverage is how a listing relates to a day.
type Coverage int

const (
	// Outside: the listing did not hold its symbol on the day.
	Outside Coverage = iota
	// Seen: the lists show the listing around the day.
	Seen
	// BeforeHistory: the day is before the history begins, within Horizon years, and the
	// listing was there at its start; it may or may not have held the symbol then.
	BeforeHistory
)

// Horizon is how far before its history the directory is taken to hold: a listing there at the
// history's start (2015) is taken to have held its symbol ten years before, not longer. Listings
// change hands, merge and rename: measured on 1987 newswire, only about 40% of the tickers linked
// through 2015 listings were the ones the news meant.
const Horizon = 10

// Covers says whether the listing held its symbol on day. A zero day is taken as today.
func (l *Listing) Covers(day time.Time) Coverage {
	switch {
	case l.From.IsZero() && !day.IsZero() && day.Before(l.First.Time().AddDate(-Horizon, 0, 0)):
		return Outside
	case day.IsZero():
		if l.To.IsZero() {
			return Seen
		}
		return Outside
	case !l.To.IsZero() && day.After(l.To.Time()):
		return Outside
	case l.From.IsZero() && day.Before(l.First.Time()):
		return BeforeHistory
	case !l.From.IsZero() && day.Before(l.From.Time()):
		return Outside
	}
	return Seen
}

// Directory is the set of listings.
type Directory struct {
	Listings []Listing
	common   map[string]bool
}

// Common says whether a lower-case word is an ordinary English word that occurs in listing names
// ("apple", "target", "general"): a single-word company name equal to it needs evidence.
func (d *Directory) Common(word string) bool { return d.common[word] }

// Load parses the embedded directory.
func Load() (*Directory, error) {
	return Parse(embedded)
}

// Parse reads a directory in the format gen writes: S2-compressed lines of tab-separated fields, "L" for
// a listing (symbol, exchange, fund, first, last, from, to, name, aliases joined by "|", each
// marked "~" when common and "-" when a hyphen head, and marked "@" and followed by "@since/until"
// when it names the listing on some of its days only) and "C" for common words.
//
// Every process that extracts parses it before the first article, so it allocates little: the
// text is decompressed once into the string the fields point into, lines are split into a fixed
// array of fields, and aliases are cut from shared blocks (a Split per line and an append per
// alias made a third of the parse, and the garbage collector's work while the heap grew).
func Parse(packed []byte) (*Directory, error) {
	return ParseFunc(packed, nil, nil)
}

// LoadFunc is Load with ParseFunc's callbacks.
func LoadFunc(sized func(listings int), each func(*Listing)) (*Directory, error) {
	return ParseFunc(embedded, sized, each)
}

// ParseFunc is Parse, calling sized (when not nil) with a bound on the number of listings once
// the text is decompressed, before the first listing, and each (when not nil) with every listing
// as soon as it is read, in order, so that a caller can build on the listings on another
// goroutine while the rest is parsed. The pointers stay valid: they point into the returned
// Directory's Listings, which is made big enough first. Neither is called again once ParseFunc
// has returned.
func ParseFunc(packed []byte, sized func(listings int), each func(*Listing)) (*Directory, error) {
	raw, err := s2.Decode(nil, packed)
	if err != nil {
		return nil, fmt.Errorf("company directory: %w", err)
	}
	// The fields are cut from the text in place; nothing writes to raw after this, so it is
	// the text's memory without a copy of its 2.3 MB (as strings.Builder does).
	text := unsafe.String(unsafe.SliceData(raw), len(raw))
	// A bound by lines, not by "\nL\t": the lines are the listings and a few of common words,
	// and a byte is counted by a vector scan where a string search stopped at each listing.
	d := &Directory{Listings: make([]Listing, 0, strings.Count(text, "\n")+1)}
	if sized != nil {
		sized(cap(d.Listings))
	}
	var aliases []Alias // the block the next listing's aliases are cut from
	var f [10]string
	for line := 1; text != ""; line++ {
		row := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			row, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		kind, rest, more := cutByte(row, '\t')
		switch kind {
		case "C":
			if d.common == nil {
				// gen writes the common words 500 to a line, a few lines in all
				d.common = make(map[string]bool, 8*strings.Count(rest, "\t"))
			}
			for more {
				var w string
				w, rest, more = cutByte(rest, '\t')
				d.common[w] = true
			}
		case "L":
			n, fields, more := 0, row, true
			for more && n < len(f) {
				f[n], fields, more = cutByte(fields, '\t')
				n++
			}
			if more || n != len(f) {
				return nil, fmt.Errorf("company directory: line %d: %d fields, want 10", line, strings.Count(row, "\t")+1)
			}
			l := Listing{Symbol: f[1], Exchange: f[2], Fund: f[3] == "1", Name: f[8]}
			for i, p := range []*Day{&l.First, &l.Last, &l.From, &l.To} {
				if f[4+i] == "" {
					continue
				}
				if *p, err = parseDay(f[4+i]); err != nil {
					return nil, fmt.Errorf("company directory: line %d: %w", line, err)
				}
			}
			if f[9] != "" {
				k := strings.Count(f[9], "|") + 1
				if cap(aliases)-len(aliases) < k {
					aliases = make([]Alias, 0, max(k, 4096))
				}
				for rest, more := f[9], true; more; {
					var a string
					a, rest, more = cutByte(rest, '|')
					var al Alias
					bounded := false
					for len(a) > 1 && (a[0] == '~' || a[0] == '-' || a[0] == '@') {
						al.Common = al.Common || a[0] == '~'
						al.HyphenHead = al.HyphenHead || a[0] == '-'
						bounded = bounded || a[0] == '@'
						a = a[1:]
					}
					// Only an alias marked so has days after its last "@": the other 25,000 are not
					// scanned for one at each start.
					if at := lastAt(a, bounded); at >= 0 {
						// Days parsed into locals: a pointer into al would move every alias
						// to the heap.
						text, days := a[:at], a[at+1:]
						since, until, _ := cutByte(days, '/')
						if al.Since, al.Until, err = parseBounds(since, until); err != nil {
							return nil, fmt.Errorf("company directory: line %d: alias %q: %w", line, a, err)
						}
						a = text
					}
					al.Text = a
					aliases = append(aliases, al)
				}
				// A full slice: whoever appends to one listing's aliases copies them first.
				l.Aliases = aliases[len(aliases)-k : len(aliases) : len(aliases)]
			}
			if len(d.Listings) == cap(d.Listings) {
				// Cannot be (a listing is a line that starts with "L\t"): each's pointers would move.
				return nil, fmt.Errorf("company directory: line %d: more listings than counted", line)
			}
			d.Listings = append(d.Listings, l)
			if each != nil {
				each(&d.Listings[len(d.Listings)-1])
			}
		}
	}
	if d.common == nil {
		d.common = map[string]bool{}
	}
	return d, nil
}

// cutByte is strings.Cut for a separator of one byte: a vector scan for it, where Cut went through
// Index's general search first (some 290,000 cuts of the directory's fields at each start).
func cutByte(s string, sep byte) (before, after string, found bool) {
	if i := strings.IndexByte(s, sep); i >= 0 {
		return s[:i], s[i+1:], true
	}
	return s, "", false
}

// lastAt is the index of the last "@" of an alias marked bounded, -1 for any other: the others
// are not scanned (LastIndexByte is a loop over the bytes, not a vector scan).
func lastAt(a string, bounded bool) int {
	if !bounded {
		return -1
	}
	return strings.LastIndexByte(a, '@')
}

// parseBounds parses an alias's first and last days, either empty (open).
func parseBounds(since, until string) (from, to Day, err error) {
	if since != "" {
		if from, err = parseDay(since); err != nil {
			return 0, 0, err
		}
	}
	if until != "" {
		if to, err = parseDay(until); err != nil {
			return 0, 0, err
		}
	}
	return from, to, nil
}

// Format writes listings and common words in the format Parse reads (S2-compressed, as one
// block: the smallest form S2 writes, read by one call).
func Format(ls []Listing, common []string) ([]byte, error) {
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	day := func(d Day) string {
		if d.IsZero() {
			return ""
		}
		return d.Format(time.DateOnly)
	}
	for _, l := range ls {
		var as []string
		for _, a := range l.Aliases {
			mark := ""
			if a.Common {
				mark += "~"
			}
			if a.HyphenHead {
				mark += "-"
			}
			if a.Since != 0 || a.Until != 0 {
				as = append(as, mark+"@"+a.Text+"@"+day(a.Since)+"/"+day(a.Until))
				continue
			}
			as = append(as, mark+a.Text)
		}
		fund := "0"
		if l.Fund {
			fund = "1"
		}
		fmt.Fprintf(w, "L\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", l.Symbol, l.Exchange, fund,
			day(l.First), day(l.Last), day(l.From), day(l.To), l.Name, strings.Join(as, "|"))
	}
	for i := 0; i < len(common); i += 500 {
		fmt.Fprintf(w, "C\t%s\n", strings.Join(common[i:min(i+500, len(common))], "\t"))
	}
	if err := w.Flush(); err != nil {
		return nil, err
	}
	return s2.EncodeBest(nil, buf.Bytes()), nil
}

// parseDay parses YYYY-MM-DD, faster than time.Parse for the directory's 90,000 dates.
func parseDay(s string) (Day, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, fmt.Errorf("date %q is not YYYY-MM-DD", s)
	}
	// The digits as unsigned values: a byte below '0' wraps to a large one, so one bound
	// checks both ends. Written out, where a loop over the bytes cost twice as much.
	y0, y1, y2, y3 := uint(s[0])-'0', uint(s[1])-'0', uint(s[2])-'0', uint(s[3])-'0'
	m0, m1, d0, d1 := uint(s[5])-'0', uint(s[6])-'0', uint(s[8])-'0', uint(s[9])-'0'
	if y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9 {
		return 0, fmt.Errorf("date %q is not YYYY-MM-DD", s)
	}
	y, m, day := int(y0*1000+y1*100+y2*10+y3), int(m0*10+m1), int(d0*10+d1)
	if m < 1 || m > 12 || day < 1 || day > 31 {
		return 0, fmt.Errorf("date %q is not YYYY-MM-DD", s)
	}
	// time.Date normalizes a day past its month's end ("2015-02-30" is 2 March), as the
	// count does: a day is its month's first day plus day-1.
	if k := (y-firstTabled)*12 + m - 1; k >= 0 && k < len(monthStarts) {
		return monthStarts[k] + Day(day-1), nil
	}
	return civilDay(y, m, day), nil
}

// firstTabled is the first year of monthStarts.
const firstTabled = 1990

// monthStarts holds the first day of each month from 1990 to 2049, which nearly all of the
// directory's 90,000 dates fall in: a load of the month's first day and an addition, where the
// count's divisions cost about 60 instructions a date at every start.
var monthStarts = func() (t [60 * 12]Day) {
	for k := range t {
		t[k] = civilDay(firstTabled+k/12, k%12+1, 1)
	}
	return t
}()
