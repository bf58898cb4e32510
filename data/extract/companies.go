package extract

import (
	"context"
	"database/sql"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/eventline/eventline/data/directory"
	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/badinput"
	"github.com/eventline/eventline/internal/rows"
)

// Company is a company as the aliases table knows it. Ticker is empty for private companies.
type Company struct {
	Name, Ticker, Exchange string
}

// Alias is one row of the aliases table.
type Alias struct {
	Alias string
	Company
	Origin string // SourceSeed or SourceUser; "" counts as the user's
}

// Where a link between a name and a ticker came from (CompanyMention.Source).
const (
	// SourceUser: the user's aliases (eventline ingest aliases), which override everything.
	SourceUser = "user"
	// SourceSeed: the built-in aliases of the field (VMware, Citrix, Sun Microsystems ...).
	SourceSeed = "seed"
	// SourceDirectory: the listing directory, which shows the company under the ticker around
	// the article's date.
	SourceDirectory = "directory"
	// SourceBeforeHistory: the listing directory, for a date before its history begins (2015);
	// the company was listed under the ticker then and is taken to have been before.
	SourceBeforeHistory = "directory-before-history"
	// SourceBeforeListing: the listing directory, for a date in the weeks before the company's
	// first day on the lists (an offering priced, a debut announced).
	SourceBeforeListing = "directory-before-listing"
	// SourceLearned: the article gives the ticker beside the name ("ChemLawn Corp (NASDAQ:
	// CHEM)"), so the name means that ticker for the rest of the article.
	SourceLearned = "learned"
	// SourceTicker: a ticker in ticker context ("$ACME", "NYSE: ACME") that no list knows.
	SourceTicker = "ticker"
	// SourceMain: "the company", "the firm", "it": the article's main company.
	SourceMain = "main"
)

// Companies recognizes company names and ticker tokens in text: the aliases table (the user's and
// the seed's rows) and, when loaded with one, the listing directory.
//
// Names are matched on a trie of folded word units (lower case, hyphens dropped, "&" for "and",
// dotted initials joined: "R.J.R." is "rjr"), one map probe per word, so that the cost does not grow
// with the number of names: a 40,000-name directory costs what the 60 seed names do.
type Companies struct {
	roots map[string]int32 // the trie's first step, apart: most probes end there, and a string key hashes fastest
	// rootShapes holds the shapes (first and last byte, length) of the roots' keys: most
	// capitalized words of a text begin no name ("The", "In", "August", "John"), and a word
	// whose shape no key has is passed over without hashing it for the map.
	rootShapes shapeFilter
	// ends holds per trie node the entries whose alias ends there, as an idList.
	ends []idList
	// tnodes holds per trie node the edges that leave it, as a list of its children: most
	// names end where they start ("Agilent"), and child does not look further from those; most
	// of the others go on in one to a few ways ("Agilent Technologies"), and child compares
	// those keys, where hashing the node and the key cost more. edges holds the edges of the
	// nodes with more than fewChildren children only (the list holds them too). The keys are
	// in keys, one string written by keyText, so that the nodes hold no pointer for the
	// collector to follow, and the keys of roots and edges are cut from it: the folded words
	// that units makes are one small string per name, and a key taken from one kept that
	// alive, some 17,000 objects that every collection marked.
	tnodes  []trieNode
	keys    string
	keyText *strings.Builder
	edges   map[edge]int32
	entries []entry
	// tickers maps a symbol to its place in symLists, which holds the entries listed under it:
	// renumbering the entries behind the aliases table's (addAliases) rewrites the 17,000 lists
	// in a slice, where rewriting them in the map cost an iteration and an assignment each.
	tickers  map[string]int32
	symLists []idList
	// self[i] is i: the one id of an idList of one, as a slice (see ids).
	self []int32
	// more holds the idLists of more than one id.
	more [][]int32
	// lowerStarts holds aliases' first words written in lower case ("innotek", "eBay"): only these
	// start a name on a lower-case word. lowerShape has a bit per (first byte, length) of them and
	// lowerEnds per (last byte, length), so that most lower-case words are passed over without a
	// map probe: the first alone let a fifth of them through ("the", "said", "company" share
	// their first letters and lengths with some start), both far fewer (xspeed20).
	lowerStarts map[string]bool
	lowerShape  [256]uint64
	lowerEnds   [256]uint64
	// lowerStartShapes holds the lower-case starts' shapes (first and last byte and length
	// together, shapeFilter): the two tables above still let 21 words an article through to
	// the map, nearly none a start (xspeed23).
	lowerStartShapes shapeFilter
	// lowerStartBytes answers for the one-letter starts ("a", "e"), which the shapes let through
	// at every "a".
	lowerStartBytes [256]bool
	// heads maps the folded first part of a hyphenated word to the listings whose name was cut
	// there ("coca" for Coca-Cola); headShapes holds its keys' shapes, asked before the map at
	// every one-word unit (xspeed23).
	heads      map[string][]int32
	headShapes shapeFilter
	dir        *directory.Directory
	// byName maps a company listing's name to its symbols, for renamedAcrossGap (symbolsOf).
	byName     map[string][]string
	byNameOnce sync.Once
	// bounded holds the first and last days an entry names its listing (zero: open): a short
	// form another company writes on other days (directory.Alias's Since and Until), a brand
	// from the day it began to mean the listing (brands.go).
	bounded map[int32][2]directory.Day
	// nameWords counts the directory's company names that hold each word (shortnames.go).
	nameWords map[string]int32
	// scratch space while building
	toks  []token
	units []unit
	names *nameCounter // counting nameWords as the listings are added (perf9.go)
}

type edge struct {
	from int32
	key  string
}

// trieNode is a trie node's place among its parent's children: its first child and its next
// sibling (0: none; the root is no one's child), the number of its children, and the key of
// the edge that leads to it (Companies.keys[key:key+keyLen]).
type trieNode struct {
	first, next int32
	fan         int32
	key, keyLen int32
}

// idList is a list of entry ids in ascending order, without a slice of its own for the most
// common lists: none (noIDs), or one id (the id itself, >= 0). Longer lists are
// Companies.more[-l-2]. The directory's recognizer has some 23,000 trie nodes and 17,000
// symbols with entries, all but about 4,600 of them with one: as slices they were 40,000 small
// objects that the build allocated and that every garbage collection of the run marked.
type idList int32

const noIDs idList = -1

// ids returns the ids of list l, in memory the caller must not change.
func (c *Companies) ids(l idList) []int32 {
	switch {
	case l >= 0:
		return c.self[l : l+1 : l+1]
	case l == noIDs:
		return nil
	}
	return c.more[-l-2]
}

// push returns list l with id appended.
func (c *Companies) push(l idList, id int32) idList {
	switch {
	case l == noIDs:
		return idList(id)
	case l >= 0:
		c.more = append(c.more, []int32{int32(l), id})
		return idList(-len(c.more) - 1)
	}
	c.more[-l-2] = append(c.more[-l-2], id)
	return l
}

// keyOf returns the key of the edge that leads to node k.
func (c *Companies) keyOf(k int32) string {
	t := &c.tnodes[k]
	return c.keys[t.key : t.key+t.keyLen]
}

// newKey appends key to keys and returns its offset. Strings cut from keys before stay valid:
// a strings.Builder never writes over what it has written, it grows into a copy.
func (c *Companies) newKey(key string) int32 {
	if c.keyText == nil {
		c.keyText = new(strings.Builder)
		c.keyText.WriteString(c.keys)
	}
	off := c.keyText.Len()
	c.keyText.WriteString(key)
	c.keys = c.keyText.String()
	return int32(off)
}

// atNode returns the entries whose alias ends at trie node n.
func (c *Companies) atNode(n int32) []int32 { return c.ids(c.ends[n]) }

// listed returns the entries listed under symbol sym.
func (c *Companies) listed(sym string) []int32 {
	k, ok := c.tickers[sym]
	if !ok {
		return nil
	}
	return c.ids(c.symLists[k])
}

// newEntry appends e to the entries and returns its id.
func (c *Companies) newEntry(e entry) int32 {
	id := int32(len(c.entries))
	c.entries = append(c.entries, e)
	c.self = append(c.self, id)
	return id
}

// addTicker lists entry id under symbol sym.
func (c *Companies) addTicker(sym string, id int32) {
	k, ok := c.tickers[sym]
	if !ok {
		k = int32(len(c.symLists))
		c.tickers[sym] = k
		c.symLists = append(c.symLists, noIDs)
	}
	c.symLists[k] = c.push(c.symLists[k], id)
}

// fewChildren is the most children that child compares one by one; a node with more (the
// first words of many names: "american", "first", "united") is looked up in edges.
const fewChildren = 8

type entry struct {
	Company
	source  string
	first   string             // the alias's first word as written, for the capitalization check
	alias   string             // the alias as written (aliases table entries only)
	listing *directory.Listing // directory entries only
	// The small fields together (an entry is kept for each of the directory's 26,000 names):
	// words is the number of units in the alias; common: the alias is one ordinary word
	// ("Apple", "Target"), which names the company only with evidence; short: a short form the
	// directory made ("Agilent"), which does not count inside a longer capitalized name ("Mary
	// Agilent").
	words         int32
	common, short bool
	place         bool // a place or institution: it blocks the names inside it ("Los Angeles")
	brand         bool // a name news uses that the listing lacks (brands.go), from a day on
	// same, for a seed alias with a ticker: whether each entry listed under the ticker
	// (tickers[Ticker], in order) is a listing of the same company (sameCompany; see sameNames).
	same []bool
}

// NewCompanies builds a recognizer over aliases, without the directory.
func NewCompanies(aliases []Alias) *Companies {
	return NewDirectoryCompanies(nil, aliases)
}

// NewDirectoryCompanies builds a recognizer over the listing directory (may be nil) and the aliases
// of the aliases table, which take precedence where they name the same thing.
func NewDirectoryCompanies(dir *directory.Directory, aliases []Alias) *Companies {
	c := listingCompanies(dir, 2*len(places)+len(aliases))
	c.addAliases(aliases)
	return c
}

// listingCompanies builds the recognizer's part that depends on the directory alone, with room
// for extra names more, so that it can be built before the aliases table is read (see
// LoadDirectory); addAliases completes it.
func listingCompanies(dir *directory.Directory, extra int) *Companies {
	n := 0
	if dir != nil {
		n = len(dir.Listings)
	}
	c := newCompanies(n, extra)
	c.dir = dir
	if dir == nil {
		return c
	}
	c.addDirectory(dir)
	c.toks, c.units = nil, nil
	return c
}

// addDirectory adds every listing of dir in order, then the brands and initials the listings
// lack, and counts the words of its names.
func (c *Companies) addDirectory(dir *directory.Directory) {
	c.names = newNameCounter(len(dir.Listings))
	for i := range dir.Listings {
		c.addListing(&dir.Listings[i])
	}
	c.nameWords, c.names = c.names.counts(), nil
	c.addBrands(dir)
}

// newCompanies makes an empty recognizer with room for n listings and extra names more.
func newCompanies(n, extra int) *Companies {
	// Sized by what the embedded directory holds per listing (21,405 listings: 25,564 entries,
	// 8,103 first words, 43,572 edges of which 5,160 leave the 240 nodes of more than
	// fewChildren children, 51,676 nodes, 16,944 symbols): a map made much bigger than
	// it fills is memory cleared and faulted in for nothing, before the first article.
	c := &Companies{roots: make(map[string]int32, n*2/5+extra), edges: make(map[edge]int32, n/4+extra),
		ends: make([]idList, 1, n*5/2+2*extra), tnodes: make([]trieNode, 1, n*5/2+2*extra), keyText: new(strings.Builder),
		entries: make([]entry, 0, n*5/4+extra), self: make([]int32, 0, n*5/4+extra),
		tickers: make(map[string]int32, n*4/5+extra), symLists: make([]idList, 0, n*4/5+extra), lowerStarts: map[string]bool{}, heads: map[string][]int32{}}
	c.ends[0] = noIDs
	c.keyText.Grow(n*16 + 8*extra) // 354,000 bytes of keys for 21,405 listings
	return c
}

// addListing adds a listing's names and its symbol.
func (c *Companies) addListing(l *directory.Listing) {
	co := Company{Name: l.Name, Ticker: l.Symbol, Exchange: l.Exchange}
	id := int32(-1)
	count := c.names != nil && c.names.wants(l)
	for k, a := range l.Aliases {
		e := entry{Company: co, source: SourceDirectory, listing: l, common: a.Common, short: k > 0}
		if a.HyphenHead {
			hid := c.newEntry(e)
			id = hid
			key := fold(a.Text)
			c.heads[key] = append(c.heads[key], hid)
			c.headShapes.add(key)
			continue
		}
		n := c.add(a.Text, e)
		if count && a.Text == l.Name {
			c.names.add(l, c.units) // the name's units, just made
			count = false
		}
		if n >= 0 && id < 0 {
			id = n
		}
		c.bound(n, a.Since, a.Until)
		// A hyphen the lists write is a space in much of the news, and in the names some
		// companies took since: "Bristol Myers Squibb", "Archer Daniels Midland", "Coca Cola".
		// Funds are known by their full names as listed.
		if !l.Fund {
			if spaced := hyphensSpaced(a.Text); spaced != "" {
				c.bound(c.add(spaced, e), a.Since, a.Until)
			}
			if labs := labsForm(l, a.Text); labs != "" { // news49.go
				c.bound(c.add(labs, entry{Company: co, source: SourceDirectory, listing: l, common: a.Common, short: true}), a.Since, a.Until)
			}
		}
	}
	// A trust's listing that kept its legal form before the word "REIT" ("W. P. Carey Inc.
	// REIT", "Rayonier Inc. REIT") is known by the name before the form, as news writes it.
	if base := reitBase(l.Name); base != "" && !l.Fund && !slices.ContainsFunc(l.Aliases, func(a directory.Alias) bool { return a.Text == base }) {
		if n := c.add(base, entry{Company: co, source: SourceDirectory, listing: l}); n >= 0 && id < 0 {
			id = n
		}
	}
	// A name of three words or more around "&" is written by its initials: "PG&E" for Pacific
	// Gas & Electric, "CB&I" for Chicago Bridge & Iron (the lists give "P&G" and "J&J" already).
	if ini := ampersandInitials(l.Name); ini != "" && !l.Fund && !slices.ContainsFunc(l.Aliases, func(a directory.Alias) bool { return a.Text == ini }) {
		if n := c.add(ini, entry{Company: co, source: SourceDirectory, listing: l, short: true}); n >= 0 && id < 0 {
			id = n
		}
	}
	if id < 0 {
		// A listing without names (a fund of one word) is still known by its ticker.
		id = c.newEntry(entry{Company: co, source: SourceDirectory, listing: l})
	}
	c.addTicker(l.Symbol, id)
	if count {
		if c.units, _ = plainUnits(l.Name, c.units); len(c.units) == 0 {
			c.toks = appendTokens(c.toks[:0], l.Name)
			c.units = units(l.Name, c.toks, c.units)
		}
		c.names.add(l, c.units)
	}
}

// bound records the days entry id names its listing (none when id is -1 or both days are open).
func (c *Companies) bound(id int32, since, until directory.Day) {
	if id < 0 || since == 0 && until == 0 {
		return
	}
	if c.bounded == nil {
		c.bounded = map[int32][2]directory.Day{}
	}
	c.bounded[id] = [2]directory.Day{since, until}
}

// addPlaces adds the places, and each one's possessive: "America's" is the country's before it
// is the short form of America's Car-Mart.
func (c *Companies) addPlaces() {
	for _, p := range places {
		c.add(p, entry{place: true})
		c.add(p+"'s", entry{place: true})
	}
}

// addAliases adds the places and the aliases table's rows to a recognizer of listings. They take
// precedence where they name what a listing names, and the recognizer's choice among a trie
// node's or a symbol's entries can depend on their order, so they are numbered before the
// listings, as if added first: their entries go to the front and the listings' move up.
func (c *Companies) addAliases(aliases []Alias) {
	listed := int32(len(c.entries))
	c.addPlaces()
	for _, a := range aliases {
		c.addAlias(a)
	}
	c.toks, c.units = nil, nil
	added := int32(len(c.entries)) - listed
	defer c.sameNames(added)
	defer c.packLists()
	if listed == 0 || added == 0 {
		return // nothing to renumber
	}
	rotate(c.entries, int(listed))
	// A list of ids holds the listings' ids, then the ones just added, each in ascending order;
	// renumbered, the added ones (now the lowest) go first.
	renumber := func(ids []int32) {
		k := len(ids)
		for i, id := range ids {
			if id < listed {
				ids[i] = id + added
			} else {
				ids[i] = id - listed
				k = min(k, i)
			}
		}
		rotate(ids, k)
	}
	// A list of one is renumbered in place; the longer lists (each a list of one node's or one
	// symbol's) in more.
	one := func(l idList) idList {
		if l < 0 {
			return l
		}
		if int32(l) < listed {
			return l + idList(added)
		}
		return l - idList(listed)
	}
	for n, l := range c.ends {
		c.ends[n] = one(l)
	}
	for k, l := range c.symLists {
		c.symLists[k] = one(l)
	}
	for _, ids := range c.more {
		renumber(ids)
	}
	for _, ids := range c.heads {
		renumber(ids)
	}
	if len(c.bounded) > 0 {
		bounded := make(map[int32][2]directory.Day, len(c.bounded))
		for id, b := range c.bounded {
			bounded[id+added] = b // a listing's or a brand's entry: it moves up with them
		}
		c.bounded = bounded
	}
}

// packLists moves the longer id lists, some 4,600 slices that grew one by one, into one array,
// so that the collector marks one object where it marked each. It runs once the recognizer is
// complete; a later push to a packed list copies it out (the slices are full).
func (c *Companies) packLists() {
	n := 0
	for _, ids := range c.more {
		n += len(ids)
	}
	all := make([]int32, 0, n)
	for k, ids := range c.more {
		all = append(all, ids...)
		c.more[k] = all[len(all)-len(ids) : len(all) : len(all)]
	}
}

// sameNames fills, for each of the first n entries (the aliases table's, numbered first) that
// the seed gave a ticker, which of the entries listed under that ticker name the same company
// (sameCompany, for stale). The names are fixed once the recognizer is built, and stale ran
// sameCompany, two tokenizations and folds, on every listing of the symbol each time a seed
// name was matched.
func (c *Companies) sameNames(n int32) {
	if c.dir == nil {
		return
	}
	for id := range n {
		e := &c.entries[id]
		if e.source != SourceSeed || e.Ticker == "" {
			continue
		}
		ids := c.listed(e.Ticker)
		e.same = make([]bool, len(ids))
		for k, lid := range ids {
			if l := c.entries[lid].listing; l != nil {
				e.same[k] = sameCompany(l.Name, e.Name)
			}
		}
	}
}

// addAlias adds a row of the aliases table and its ticker.
func (c *Companies) addAlias(a Alias) {
	src := a.Origin
	if src != SourceSeed {
		src = SourceUser
	}
	e := entry{Company: a.Company, source: src, alias: a.Alias}
	e.common = c.dir != nil && !strings.ContainsAny(a.Alias, " &.-'") && c.dir.Common(strings.ToLower(a.Alias))
	if id := c.add(a.Alias, e); a.Ticker != "" && id >= 0 {
		c.addTicker(a.Ticker, id)
	}
}

// rotate moves s[:k] to the end of s, in place.
func rotate[T any](s []T, k int) {
	if k == 0 || k == len(s) {
		return
	}
	slices.Reverse(s[:k])
	slices.Reverse(s[k:])
	slices.Reverse(s)
}

// add puts an alias in the trie and returns its entry, or -1 for an alias without words.
func (c *Companies) add(alias string, e entry) int32 {
	var us []unit
	if c.units, e.first = plainUnits(alias, c.units); e.first != "" {
		us = c.units // letters, digits and spaces only (startup.go)
	} else {
		c.toks = appendTokens(c.toks[:0], alias)
		toks := c.toks
		c.units = units(alias, toks, c.units)
		us = c.units
		if len(us) == 0 || us[0].key == "" {
			return -1
		}
		// The units by index: a unit is seven words, which a loop by value copied at each step.
		for k := range us {
			if us[k].key == "" {
				return -1 // punctuation that text never matches inside a name
			}
		}
		e.first = toks[us[0].from].text
	}
	for k := range us {
		// Words, without the "s" of a possessive ("Moody's" is one word).
		if key := us[k].key; isWord(key) && !(key == "s" && k > 0 && us[k-1].key == "'") {
			e.words++
		}
	}
	if r, _ := utf8.DecodeRuneInString(e.first); unicode.IsLower(r) {
		c.lowerStarts[e.first] = true
		c.lowerShape[e.first[0]] |= 1 << min(len(e.first), 63)
		c.lowerEnds[e.first[len(e.first)-1]] |= 1 << min(len(e.first), 63)
		c.lowerStartShapes.add(e.first)
		if len(e.first) == 1 {
			c.lowerStartBytes[e.first[0]] = true
		}
	}
	id := c.newEntry(e)
	n := int32(0)
	for k := range us {
		u := &us[k]
		next, ok := c.child(n, u.key)
		if !ok {
			next = int32(len(c.tnodes))
			c.ends = append(c.ends, noIDs)
			c.tnodes = append(c.tnodes, trieNode{next: c.tnodes[n].first, key: c.newKey(u.key), keyLen: int32(len(u.key))})
			c.tnodes[n].first = next
			c.tnodes[n].fan++
			switch fan := c.tnodes[n].fan; {
			case n == 0:
				c.roots[c.keyOf(next)] = next
				c.rootShapes.add(u.key)
			case fan == fewChildren+1:
				// Too many to compare one by one: the node's children, this one with them, go
				// to the map.
				for k := c.tnodes[n].first; k != 0; k = c.tnodes[k].next {
					c.edges[edge{n, c.keyOf(k)}] = k
				}
			case fan > fewChildren+1:
				c.edges[edge{n, c.keyOf(next)}] = next
			}
		}
		n = next
	}
	c.ends[n] = c.push(c.ends[n], id)
	return id
}

// child follows the trie's edge from node n by key.
func (c *Companies) child(n int32, key string) (int32, bool) {
	if n == 0 {
		if !c.rootShapes.mayHold(key) {
			return 0, false
		}
		next, ok := c.roots[key]
		return next, ok
	}
	switch fan := c.tnodes[n].fan; {
	case fan == 0:
		return 0, false
	case fan <= fewChildren:
		for k := c.tnodes[n].first; k != 0; k = c.tnodes[k].next {
			if t := &c.tnodes[k]; c.keys[t.key:t.key+t.keyLen] == key {
				return k, true
			}
		}
		return 0, false
	}
	next, ok := c.edges[edge{n, key}]
	return next, ok
}

// partsStep follows the trie from node n by the parts of a hyphenated word that no name holds
// whole (the caller's c.child failed), since listings drop hyphens that news keeps:
// "Brown-Forman" is the listing's "Brown Forman", "Rolls-Royce" would be "Rolls Royce".
func (c *Companies) partsStep(n int32, text string, u unit) (int32, bool) {
	w := text[u.start:u.end]
	if u.to-u.from != 1 || strings.IndexByte(w, '-') <= 0 {
		return 0, false
	}
	for w != "" {
		part, rest, _ := strings.Cut(w, "-")
		if part == "" || !capitalized(part) || !isWord(part) {
			return 0, false
		}
		next, ok := c.child(n, fold(part))
		if !ok {
			return 0, false
		}
		n, w = next, rest
	}
	return n, true
}

// LoadCompanies reads the aliases table and the embedded listing directory.
func LoadCompanies(ctx context.Context, db *sql.DB) (*Companies, error) {
	return LoadDirectory().Companies(ctx, db)
}

// DirectoryLoad is the embedded listing directory being read and put in a recognizer on a
// goroutine of its own (see LoadDirectory).
type DirectoryLoad struct {
	done chan struct{}
	c    *Companies
	err  error
}

// LoadDirectory starts reading the embedded listing directory in the background. Reading it and
// building its trie (about 0.1 s of CPU) needs nothing from the database, and opening the database
// takes about as long, much of it in DuckDB's own threads: a command that starts this before it
// opens the database overlaps the two, which matters to every process that extracts (and bounds
// what a second core can gain on a corpus). Its Companies method finishes the recognizer.
func LoadDirectory() *DirectoryLoad {
	l := &DirectoryLoad{done: make(chan struct{})}
	go func() {
		defer close(l.done)
		l.c, l.err = buildDirectory(2*len(places) + 64)
	}()
	return l
}

// buildDirectory is listingCompanies over the embedded directory, with the work on two
// goroutines: the trie is built from the listings already parsed while the rest of the text is
// parsed (the name words counted with it, from the units it makes). On one core that is the
// same work; on two, the directory is ready in about two thirds of the time, which is time
// before the first article that no other core can share. The listings go to the trie in order,
// so the recognizer is the one listingCompanies builds.
func buildDirectory(extra int) (*Companies, error) {
	const batch = 512
	sized := make(chan int, 1)
	listings := make(chan []*directory.Listing, 8)
	built := make(chan *Companies, 1)
	go func() {
		n, ok := <-sized
		if !ok {
			built <- nil
			return
		}
		c := newCompanies(n, extra)
		c.names = newNameCounter(n)
		for ls := range listings {
			for _, l := range ls {
				c.addListing(l)
			}
		}
		c.nameWords, c.names = c.names.counts(), nil
		c.toks, c.units = nil, nil
		built <- c
	}()
	var next []*directory.Listing
	dir, err := directory.LoadFunc(func(n int) { sized <- n }, func(l *directory.Listing) {
		if next = append(next, l); len(next) == batch {
			listings <- next
			next = make([]*directory.Listing, 0, batch)
		}
	})
	if len(next) > 0 {
		listings <- next
	}
	close(listings)
	close(sized) // sent at most once; the builder reads it once
	if err != nil {
		<-built
		return nil, err
	}
	c := <-built
	c.dir = dir
	// The brands and initials come after every listing, as listingCompanies adds them.
	c.addBrands(dir)
	c.toks, c.units = nil, nil
	return c, nil
}

// Wait waits until the directory's recognizer is built.
func (l *DirectoryLoad) Wait() { <-l.done }

// Companies reads the aliases table of db, waits for the directory and returns the recognizer
// over both. The directory's recognizer becomes the result: call it once.
func (l *DirectoryLoad) Companies(ctx context.Context, db *sql.DB) (*Companies, error) {
	as, err := readAliases(ctx, db)
	if err != nil {
		return nil, err
	}
	return l.With(ctx, as)
}

// With waits for the directory and returns the recognizer over it and the aliases as, which
// stand for an aliases table's rows. The directory's recognizer becomes the result: call it, or
// Companies, once.
func (l *DirectoryLoad) With(ctx context.Context, as []Alias) (*Companies, error) {
	select {
	case <-l.done:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if l.err != nil {
		return nil, l.err
	}
	c := l.c
	if c == nil {
		return nil, errors.New("load companies: the directory's recognizer was taken already")
	}
	l.c = nil
	c.addAliases(as)
	return c, nil
}

// readAliases reads the aliases table.
func readAliases(ctx context.Context, db *sql.DB) ([]Alias, error) {
	rows, err := db.QueryContext(ctx, `SELECT alias, name, coalesce(ticker, ''), coalesce(exchange, ''), origin FROM aliases ORDER BY alias`)
	if err != nil {
		return nil, fmt.Errorf("load aliases: %w", err)
	}
	defer rows.Close()
	var as []Alias
	for rows.Next() {
		var a Alias
		if err := rows.Scan(&a.Alias, &a.Name, &a.Ticker, &a.Exchange, &a.Origin); err != nil {
			return nil, fmt.Errorf("load aliases: %w", err)
		}
		as = append(as, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load aliases: %w", err)
	}
	return as, nil
}

// Ticker returns the company listed under ticker, if known: the user's alias, the seed's, else the
// directory's latest listing.
func (c *Companies) Ticker(ticker string) (Company, bool) {
	e, _ := c.resolveTicker(strings.ToUpper(ticker), time.Time{})
	if e == nil {
		return Company{}, false
	}
	return e.Company, true
}

// Link is a company named under one of its aliases, as `eventline aliases` shows it.
type Link struct {
	Alias string
	Company
	Source      string
	First, Last string // the directory's first and last day seen; "" for the aliases table
	Fund        bool
	Common      bool // needs evidence: an ordinary word
}

// Links lists what the aliases table and the directory know about a name or ticker (matched
// case-insensitively on the alias, the company's name or the ticker), in order of precedence.
func (c *Companies) Links(query string) []Link {
	var out []Link
	for id := range c.entries {
		e := &c.entries[id]
		if e.place {
			continue
		}
		var aliases []string
		if e.brand {
			if !strings.EqualFold(e.alias, query) {
				continue
			}
			aliases = []string{e.alias}
		} else if e.listing != nil {
			if e.short || !strings.EqualFold(e.Name, query) && !strings.EqualFold(e.Ticker, query) && !hasAlias(e.listing, query) {
				continue
			}
			for _, a := range e.listing.Aliases {
				aliases = append(aliases, a.Text+boundsNote(a))
			}
		} else if strings.EqualFold(e.Name, query) || strings.EqualFold(e.Ticker, query) {
			aliases = []string{c.aliasText(int32(id))}
		} else if a := c.aliasText(int32(id)); strings.EqualFold(a, query) {
			aliases = []string{a}
		} else {
			continue
		}
		l := Link{Alias: strings.Join(aliases, "; "), Company: e.Company, Source: e.source, Common: e.common}
		if e.listing != nil {
			l.First, l.Last, l.Fund = e.listing.First.Format(time.DateOnly), e.listing.Last.Format(time.DateOnly), e.listing.Fund
		}
		out = append(out, l)
	}
	rank := map[string]int{SourceUser: 0, SourceSeed: 1, SourceDirectory: 2}
	slices.SortStableFunc(out, func(a, b Link) int {
		if d := rank[a.Source] - rank[b.Source]; d != 0 {
			return d
		}
		return strings.Compare(b.Last, a.Last)
	})
	return out
}

// boundsNote says on which days a short form names its listing, where another company writes it
// on other days: " (until 2026-06-01)".
func boundsNote(a directory.Alias) string {
	switch {
	case a.Since != 0 && a.Until != 0:
		return " (" + a.Since.Format(time.DateOnly) + " to " + a.Until.Format(time.DateOnly) + ")"
	case a.Since != 0:
		return " (from " + a.Since.Format(time.DateOnly) + ")"
	case a.Until != 0:
		return " (until " + a.Until.Format(time.DateOnly) + ")"
	}
	return ""
}

func hasAlias(l *directory.Listing, q string) bool {
	for _, a := range l.Aliases {
		if strings.EqualFold(a.Text, q) {
			return true
		}
	}
	return false
}

// aliasText is an aliases-table entry's alias as written.
func (c *Companies) aliasText(id int32) string { return c.entries[id].alias }

// exchangeName returns the exchange a word names in any case ("Nasdaq", "NYSE", "otc"), or "".
// It runs on every word of every sentence (tickerContext): the names are compared in place with
// strings.EqualFold, where an upper-cased copy of each candidate ("and", "also", "one", "over")
// cost an allocation.
func exchangeName(s string) string {
	if len(s) < 3 || len(s) > 6 || s[0]|0x20 != 'n' && s[0]|0x20 != 'a' && s[0]|0x20 != 'o' {
		return "" // most words: no exchange
	}
	ascii := true // an ASCII word folds to no other length ("nyſe" does)
	for i := 0; i < len(s); i++ {
		ascii = ascii && s[i] < utf8.RuneSelf
	}
	if ascii && !exchangeOpening(s[0]|0x20, s[1]|0x20) {
		return "" // "and", "also", "over": a second letter no exchange's has after the first
	}
	for _, ex := range exchanges {
		if (len(ex.word) == len(s) || !ascii) && strings.EqualFold(ex.word, s) {
			return ex.name
		}
	}
	return ""
}

// exchangeOpening says whether an ASCII word opening with the lower-case letters a and b may be
// one of exchanges ("ny", "na", "am", "ot"), before strings.EqualFold is asked of each
// (TestExchangeOpening).
func exchangeOpening(a, b byte) bool {
	switch a {
	case 'n':
		return b == 'y' || b == 'a'
	case 'a':
		return b == 'm'
	case 'o':
		return b == 't'
	}
	return false
}

// exchanges are the words that name an exchange, and the name each stands for.
var exchanges = []struct{ word, name string }{
	{"NYSE", "NYSE"}, {"NASDAQ", "NASDAQ"}, {"AMEX", "AMEX"}, {"OTC", "OTC"}, {"OTCQX", "OTC"}, {"OTCQB", "OTC"},
}

// isTickerShape is an upper-case symbol of one to five letters (with an optional class suffix).
func isTickerShape(s string) bool {
	if len(s) == 0 || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		b := s[i]
		if !(b >= 'A' && b <= 'Z') && !(i > 0 && b == '.') {
			return false
		}
	}
	return true
}

func isWord(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return asciiWordStarts[s[0]]
	}
	return isWordRune(s) // apart, so that the ASCII test inlines at every word of every sentence
}

// asciiWordStarts marks the ASCII letters and digits.
var asciiWordStarts = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		l := byte(c) | 0x20 // lower case, for letters
		t[c] = l >= 'a' && l <= 'z' || c >= '0' && c <= '9'
	}
	return t
}()

func isWordRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// token is a word (letters, digits and inner hyphens, dots or apostrophes are not kept) or a single
// punctuation character, with its byte span.
type token struct {
	text       string
	start, end int
}

// tokenize splits text into words and single punctuation marks. A word keeps inner hyphens
// ("Hewlett-Packard", "B-hive") and inner dots between digits ("65.99"); an apostrophe ends it, so
// "Citrix's" gives "Citrix", "'", "s".
func tokenize(text string) []token {
	return appendTokens(make([]token, 0, len(text)/5+1), text)
}

// appendTokens is tokenize appending to toks. An ASCII byte is classed by a table, without
// decoding it: the directory's 70,000 names are tokenized before the first article, nearly all of
// them ASCII.
func appendTokens(toks []token, text string) []token {
	i := 0
	for i < len(text) {
		size := 1
		if b := text[i]; b < utf8.RuneSelf {
			switch asciiClass[b] {
			case asciiSpace:
				i++
				continue
			case asciiPunct:
				toks = append(toks, token{text[i : i+1], i, i + 1})
				i++
				continue
			}
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
				i += size
				continue
			case !unicode.IsLetter(r) && !unicode.IsDigit(r):
				toks = append(toks, token{text[i : i+size], i, i + size})
				i += size
				continue
			}
		}
		start := i
		i = wordEnd(text, start, i+size)
		toks = append(toks, token{text[start:i], start, i})
	}
	return toks
}

// wordEnd is the end of the word that starts at start and goes on at least to i.
func wordEnd(text string, start, i int) int {
	for i < len(text) {
		if b := text[i]; b < utf8.RuneSelf && asciiClass[b] == asciiAlnum {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			i += size
			continue
		}
		if (r == '-' || r == '.' || r == ',') && i+size < len(text) {
			next, _ := utf8.DecodeRuneInString(text[i+size:])
			prev, _ := utf8.DecodeLastRuneInString(text[start:i])
			if r == '-' && (unicode.IsLetter(next) || unicode.IsDigit(next)) ||
				(r == '.' || r == ',') && unicode.IsDigit(prev) && unicode.IsDigit(next) {
				i += size
				continue
			}
		}
		break
	}
	return i
}

// The classes of ASCII bytes for appendTokens: what unicode.IsSpace, IsLetter and IsDigit say.
const (
	asciiPunct = iota
	asciiSpace
	asciiAlnum
)

var asciiClass = func() (c [utf8.RuneSelf]uint8) {
	for b := range c {
		switch r := rune(b); {
		case unicode.IsSpace(r):
			c[b] = asciiSpace
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			c[b] = asciiAlnum
		}
	}
	return c
}()

// ReadAliases reads an aliases CSV: alias, name, ticker, exchange (a header row, in any order;
// ticker and exchange may be empty for private companies).
func ReadAliases(path string) ([]Alias, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, badinput.Errorf(path, "cannot read: %v", errors.Unwrap(err))
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return nil, badinput.Errorf(path, "no header row: the columns are alias, name, ticker, exchange")
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	for _, need := range []string{"alias", "name"} {
		if _, ok := col[need]; !ok {
			return nil, badinput.New(badinput.Problem{File: path, Line: 1, Column: need, Rule: "the header needs the columns alias and name (ticker and exchange optional)"})
		}
	}
	get := func(rec []string, name string) string {
		if i, ok := col[name]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	var out []Alias
	var problems []badinput.Problem
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			problems = append(problems, badinput.Problem{File: path, Line: line, Rule: "not valid CSV: " + err.Error()})
			continue
		}
		a := Alias{Alias: get(rec, "alias"), Company: Company{Name: get(rec, "name"),
			Ticker: strings.ToUpper(get(rec, "ticker")), Exchange: strings.ToUpper(get(rec, "exchange"))}}
		switch {
		case a.Alias == "":
			problems = append(problems, badinput.Problem{File: path, Line: line, Column: "alias", Rule: "an alias must not be empty"})
		case a.Name == "":
			problems = append(problems, badinput.Problem{File: path, Line: line, Column: "name", Rule: "a canonical name must not be empty"})
		case a.Ticker != "" && !isTickerShape(strings.ReplaceAll(a.Ticker, "-", "")):
			problems = append(problems, badinput.Problem{File: path, Line: line, Column: "ticker", Value: a.Ticker, Rule: "a ticker is 1 to 6 letters, A-Z"})
		default:
			out = append(out, a)
		}
	}
	if len(problems) > 0 {
		return nil, badinput.New(problems...)
	}
	return out, nil
}

// StoreAliases adds aliases as the user's (origin 'user'), each replacing a stored alias of the
// same name (of two in the files, the later wins), as one ingest of files files: in one
// transaction, committed through the ingest's marker (data/store/recover.go), and recorded in
// ingests. The aliases go through DuckDB's appender into a temporary table and reach aliases in
// one statement: an INSERT per alias took minutes for a hundred thousand.
func StoreAliases(ctx context.Context, db *sql.DB, as []Alias, files int) (inserted, updated int64, err error) {
	batch := rows.NewBatch("el_new_aliases", "seq", "alias", "name", "ticker", "exchange")
	for i, a := range as {
		batch.Add(int64(i), a.Alias, a.Name, nullIfEmpty(a.Ticker), nullIfEmpty(a.Exchange))
	}
	marker, err := store.BeginIngest(ctx, db, "aliases")
	if err != nil {
		return 0, 0, err
	}
	defer marker.Release(context.WithoutCancel(ctx))
	err = rows.InTransaction(ctx, db, func(conn *sql.Conn) error {
		if _, err := conn.ExecContext(ctx, `CREATE TEMP TABLE el_new_aliases (seq BIGINT, alias VARCHAR, name VARCHAR, ticker VARCHAR, exchange VARCHAR)`); err != nil {
			return err
		}
		if err := rows.Append(ctx, conn, batch); err != nil {
			return err
		}
		if err := conn.QueryRowContext(ctx, `SELECT count(DISTINCT alias), count(DISTINCT alias) FILTER (WHERE alias IN (SELECT alias FROM aliases))
			FROM el_new_aliases`).Scan(&inserted, &updated); err != nil {
			return err
		}
		inserted -= updated
		for _, q := range []struct {
			sql  string
			args []any
		}{
			{`INSERT OR REPLACE INTO aliases (alias, name, ticker, exchange, origin, ingest_id)
				SELECT alias, name, ticker, exchange, 'user', ? FROM el_new_aliases
				QUALIFY row_number() OVER (PARTITION BY alias ORDER BY seq DESC) = 1`, []any{marker.ID}},
			{`DROP TABLE el_new_aliases`, nil},
			{`INSERT INTO ingests VALUES (?, 'aliases', current_timestamp, ?, ?, ?, 0, 0)`, []any{marker.ID, files, inserted, updated}},
		} {
			if _, err := conn.ExecContext(ctx, q.sql, q.args...); err != nil {
				return err
			}
		}
		return marker.Finish(ctx, conn)
	})
	if err != nil {
		return 0, 0, fmt.Errorf("store aliases: %w", err)
	}
	return inserted, updated, nil
}

// reitBase returns the name before a legal form that a listing writes before "REIT" ("W. P.
// Carey Inc. REIT" is "W. P. Carey"), or "" for a name of another shape ("CareTrust REIT", whose
// "REIT" is part of the name).
func reitBase(name string) string {
	rest, ok := strings.CutSuffix(name, " REIT")
	if !ok {
		return ""
	}
	i := strings.LastIndexByte(rest, ' ')
	if i <= 0 {
		return ""
	}
	switch strings.TrimSuffix(rest[i+1:], ".") {
	case "Inc", "Corp", "Incorporated", "Co":
		return strings.TrimRight(rest[:i], " ,")
	}
	return ""
}

// hyphensSpaced returns a name with each hyphen between two letters made a space ("Bristol-Myers
// Squibb" is "Bristol Myers Squibb"), or "" when it has none.
func hyphensSpaced(name string) string {
	if strings.IndexByte(name, '-') < 0 {
		return "" // most names: one vector scan, where a loop over the bytes cost 2 M instructions a start
	}
	var b []byte
	for i := 1; i+1 < len(name); i++ {
		if name[i] == '-' && isLetter(name[i-1]) && isLetter(name[i+1]) {
			if b == nil {
				b = []byte(name)
			}
			b[i] = ' '
		}
	}
	return string(b)
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// ampersandInitials returns the initials of a name of three words or more joined by "&", with
// the "&" ("Pacific Gas & Electric" is "PG&E"), or "" for another name. Every word must be
// capitalized: initials of "Tax & income" would be no one's.
func ampersandInitials(name string) string {
	if strings.IndexByte(name, '&') < 0 {
		return ""
	}
	left, right, ok := strings.Cut(name, " & ")
	if !ok {
		return ""
	}
	lw, rw := strings.Fields(left), strings.Fields(right)
	if len(lw) == 0 || len(rw) == 0 || len(lw)+len(rw) < 3 || len(lw)+len(rw) > 5 {
		return ""
	}
	b := make([]byte, 0, len(lw)+len(rw)+1)
	for i, ws := range [][]string{lw, rw} {
		if i == 1 {
			b = append(b, '&')
		}
		for _, w := range ws {
			if !isLetter(w[0]) || w[0] < 'A' || w[0] > 'Z' {
				return ""
			}
			b = append(b, w[0])
		}
	}
	return string(b)
}
