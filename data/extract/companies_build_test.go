package extract

import (
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/directory"
)

// TestAliasesBeforeListings: the recognizer built listings first and aliases after (so that the
// listings' part is built while the database opens) is the one built in order of precedence:
// places, the aliases table, the listings. Entries, tickers, hyphen heads and every path through
// the trie hold the same entries in the same order.
func TestAliasesBeforeListings(t *testing.T) {
	dir, err := directory.Load()
	if err != nil {
		t.Fatal(err)
	}
	aliases := []Alias{
		{Alias: "VMware", Company: Company{"VMware", "VMW", "NYSE"}, Origin: SourceSeed},
		{Alias: "Apple", Company: Company{"Apple", "AAPL", "NASDAQ"}, Origin: SourceSeed},
		{Alias: "Agilent", Company: Company{"Agilent Mine", "AGM", "NYSE"}},                   // a listing's short name
		{Alias: "Coca", Company: Company{"Coca Private", "", ""}},                             // a listing's hyphen head
		{Alias: "Ford Motor", Company: Company{"Ford", "F", "NYSE"}},                          // a listing's full name
		{Alias: "eBay", Company: Company{"eBay", "EBAY", "NASDAQ"}, Origin: SourceSeed},       // a lower-case start
		{Alias: "...", Company: Company{"Nothing", "NONE", ""}},                               // no words: no entry
		{Alias: "Los Angeles Lakers", Company: Company{"Lakers", "", ""}, Origin: SourceUser}, // inside a place
	}
	// buildDirectory, which LoadDirectory runs, parses its own copy of the directory.
	loaded := func(aliases []Alias) *Companies {
		c, err := buildDirectory(2*len(places) + len(aliases))
		if err != nil {
			t.Fatal(err)
		}
		c.addAliases(aliases)
		return c
	}
	for _, tt := range []struct {
		name    string
		dir     *directory.Directory
		aliases []Alias
		build   func(*directory.Directory, []Alias) *Companies
	}{
		{"directory and aliases", dir, aliases, NewDirectoryCompanies},
		{"directory alone", dir, nil, NewDirectoryCompanies},
		{"aliases alone", nil, aliases, NewDirectoryCompanies},
		{"directory on two goroutines, and aliases", dir, aliases, func(_ *directory.Directory, as []Alias) *Companies { return loaded(as) }},
		{"directory on two goroutines alone", dir, nil, func(_ *directory.Directory, as []Alias) *Companies { return loaded(as) }},
	} {
		got := tt.build(tt.dir, tt.aliases)
		want := inOrder(tt.dir, tt.aliases)
		if !slices.EqualFunc(got.entries, want.entries, func(a, b entry) bool { return reflect.DeepEqual(a, b) }) {
			t.Errorf("%s: entries differ (%d, want %d)", tt.name, len(got.entries), len(want.entries))
		}
		for _, m := range []struct {
			what      string
			got, want map[string][]int32
		}{{"tickers", tickerLists(got), tickerLists(want)}, {"heads", got.heads, want.heads}, {"trie paths", paths(got), paths(want)}} {
			if !maps.EqualFunc(m.got, m.want, slices.Equal) {
				n := 0
				for k, v := range m.want {
					if !slices.Equal(m.got[k], v) && n < 5 {
						t.Errorf("%s: %s %q: %v, want %v", tt.name, m.what, k, m.got[k], v)
						n++
					}
				}
				t.Errorf("%s: %s differ", tt.name, m.what)
			}
		}
		if !maps.Equal(got.bounded, want.bounded) {
			t.Errorf("%s: bounded short forms' and brands' days differ", tt.name)
		}
		if !maps.Equal(got.lowerStarts, want.lowerStarts) || got.lowerShape != want.lowerShape || got.lowerEnds != want.lowerEnds || !maps.Equal(got.nameWords, want.nameWords) {
			t.Errorf("%s: lower-case starts or name words differ", tt.name)
		}
	}
}

// inOrder builds the recognizer the plain way: every name added in order of precedence.
func inOrder(dir *directory.Directory, aliases []Alias) *Companies {
	c := &Companies{roots: map[string]int32{}, edges: map[edge]int32{}, ends: []idList{noIDs}, tnodes: make([]trieNode, 1),
		tickers: map[string]int32{}, lowerStarts: map[string]bool{}, heads: map[string][]int32{}, dir: dir}
	c.addPlaces()
	placed := len(c.entries)
	for _, a := range aliases {
		c.addAlias(a)
	}
	if dir == nil {
		return c
	}
	c.addDirectory(dir)
	c.sameNames(int32(placed + len(aliases))) // the seed's names against their symbols' listings (TestStaleSameNames holds these)
	return c
}

// tickerLists lists the entries under every symbol.
func tickerLists(c *Companies) map[string][]int32 {
	out := make(map[string][]int32, len(c.tickers))
	for sym := range c.tickers {
		out[sym] = c.listed(sym)
	}
	return out
}

// paths lists the entries at the end of every path through the trie, by the path's keys.
func paths(c *Companies) map[string][]int32 {
	children := map[int32][]edge{}
	for k, n := range c.roots {
		children[0] = append(children[0], edge{n, k})
	}
	for n := 1; n < len(c.tnodes); n++ {
		for k := c.tnodes[n].first; k != 0; k = c.tnodes[k].next {
			children[int32(n)] = append(children[int32(n)], edge{k, c.keyOf(k)})
		}
	}
	out := map[string][]int32{}
	var walk func(n int32, path string)
	walk = func(n int32, path string) {
		if ids := c.atNode(n); len(ids) > 0 {
			out[path] = ids
		}
		for _, ch := range children[n] {
			walk(ch.from, path+"\x00"+ch.key)
		}
	}
	walk(0, "")
	return out
}

// TestSameCompany checks sameCompany, which allocates nothing, against the plain reading of its
// rule (the names split into words, the first words folded, initials joined) over pairs of the
// directory's names: neighbours in the listing order (a symbol's successive names), names against
// their own initials and first words, and hand-picked cases.
func TestSameCompany(t *testing.T) {
	dir, err := directory.Load()
	if err != nil {
		t.Fatal(err)
	}
	pairs := [][2]string{{"EMC", "EMC Corporation"}, {"Hewlett-Packard", "Hewlett"}, {"IBM", "International Business Machines"},
		{"AT&T", "American Telephone and Telegraph"}, {"P&G", "Procter & Gamble"}, {"Société Générale", "SG"},
		{"", "EMC"}, {"...", "EMC"}, {"Sun Microsystems", "Oracle"}, {"JAVA", "Sun"}, {"The Walt Disney Company", "TWDC"}}
	for i := range dir.Listings {
		l := &dir.Listings[i]
		var initials strings.Builder
		for _, w := range strings.Fields(l.Name) {
			initials.WriteString(w[:1])
		}
		pairs = append(pairs, [2]string{l.Name, initials.String()}, [2]string{strings.Fields(l.Name + " x")[0], l.Name})
		if i > 0 {
			pairs = append(pairs, [2]string{dir.Listings[i-1].Name, l.Name})
		}
	}
	same := 0
	for _, p := range pairs {
		got, want := sameCompany(p[0], p[1]), sameCompanyReference(p[0], p[1])
		if got != want {
			t.Errorf("sameCompany(%q, %q) = %v, want %v", p[0], p[1], got, want)
		}
		if got {
			same++
		}
	}
	if same < len(pairs)/4 || same == len(pairs) {
		t.Errorf("%d of %d pairs the same company: the pairs test too little", same, len(pairs))
	}
	if n := testing.AllocsPerRun(100, func() { sameCompany("International Business Machines", "IBM") }); n != 0 {
		t.Errorf("sameCompany allocates %v times", n)
	}
}

func sameCompanyReference(a, b string) bool {
	words := func(s string) []string {
		var ws []string
		for _, t := range tokenize(s) {
			if isWord(t.text) {
				ws = append(ws, t.text)
			}
		}
		return ws
	}
	initials := func(words []string) string {
		if len(words) < 2 {
			return ""
		}
		var b strings.Builder
		for _, w := range words {
			switch f := fold(w); f {
			case "", "and", "of", "the", "&":
			default:
				b.WriteString(f[:1])
			}
		}
		return b.String()
	}
	fa, fb := words(a), words(b)
	if len(fa) == 0 || len(fb) == 0 {
		return false
	}
	x, y := fold(fa[0]), fold(fb[0])
	return x == y || strings.HasPrefix(x, y) || strings.HasPrefix(y, x) ||
		len(fa) == 1 && x == initials(fb) || len(fb) == 1 && y == initials(fa)
}

// TestInSet: the probe with the word lowered on the stack answers as the probe with lower's copy.
func TestInSet(t *testing.T) {
	set := map[string]bool{"analyst": true, "the": true, "société": true, strings.Repeat("a", 40): true}
	for _, w := range []string{"analyst", "Analyst", "ANALYST", "analysts", "The", "tHe", "SOCIÉTÉ", "Société", "société",
		"", "K", strings.Repeat("A", 40), strings.Repeat("a", 32), "\u212Ahe"} {
		if got, want := inSet(set, w), set[lower(w)]; got != want {
			t.Errorf("inSet(%q) = %v, want %v", w, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { inSet(set, "Analyst") }); n != 0 {
		t.Errorf("inSet allocates %v times", n)
	}
}

// BenchmarkBuildDirectory: the directory's recognizer built on two goroutines (LoadDirectory)
// against in one (parse, then build); run with -cpu 1,2.
func BenchmarkBuildDirectory(b *testing.B) {
	b.Run("pipelined", func(b *testing.B) {
		for range b.N {
			if _, err := buildDirectory(64); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("sequential", func(b *testing.B) {
		for range b.N {
			dir, err := directory.Load()
			if err != nil {
				b.Fatal(err)
			}
			listingCompanies(dir, 64)
		}
	})
}
