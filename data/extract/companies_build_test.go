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
	for _, tt := range []struct {
		name    string
		dir     *directory.Directory
		aliases []Alias
	}{{"directory and aliases", dir, aliases}, {"directory alone", dir, nil}, {"aliases alone", nil, aliases}} {
		got := NewDirectoryCompanies(tt.dir, tt.aliases)
		want := inOrder(tt.dir, tt.aliases)
		if !slices.EqualFunc(got.entries, want.entries, func(a, b entry) bool { return reflect.DeepEqual(a, b) }) {
			t.Errorf("%s: entries differ (%d, want %d)", tt.name, len(got.entries), len(want.entries))
		}
		for _, m := range []struct {
			what      string
			got, want map[string][]int32
		}{{"tickers", got.tickers, want.tickers}, {"heads", got.heads, want.heads}, {"trie paths", paths(got), paths(want)}} {
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
		if !maps.Equal(got.lowerStarts, want.lowerStarts) || got.lowerShape != want.lowerShape || !maps.Equal(got.nameWords, want.nameWords) {
			t.Errorf("%s: lower-case starts or name words differ", tt.name)
		}
	}
}

// inOrder builds the recognizer the plain way: every name added in order of precedence.
func inOrder(dir *directory.Directory, aliases []Alias) *Companies {
	c := &Companies{roots: map[string]int32{}, edges: map[edge]int32{}, nodes: make([][]int32, 1), inner: make([]bool, 1),
		tickers: map[string][]int32{}, lowerStarts: map[string]bool{}, heads: map[string][]int32{}, dir: dir}
	for _, p := range places {
		c.add(p, entry{place: true})
	}
	for _, a := range aliases {
		src := a.Origin
		if src != SourceSeed {
			src = SourceUser
		}
		e := entry{Company: a.Company, source: src, alias: a.Alias}
		e.common = dir != nil && !strings.ContainsAny(a.Alias, " &.-'") && dir.Common(strings.ToLower(a.Alias))
		if id := c.add(a.Alias, e); a.Ticker != "" && id >= 0 {
			c.tickers[a.Ticker] = append(c.tickers[a.Ticker], id)
		}
	}
	if dir == nil {
		return c
	}
	for i := range dir.Listings {
		l := &dir.Listings[i]
		co := Company{Name: l.Name, Ticker: l.Symbol, Exchange: l.Exchange}
		id := int32(-1)
		for k, a := range l.Aliases {
			e := entry{Company: co, source: SourceDirectory, listing: l, common: a.Common, short: k > 0}
			if a.HyphenHead {
				c.entries = append(c.entries, e)
				id = int32(len(c.entries) - 1)
				c.heads[fold(a.Text)] = append(c.heads[fold(a.Text)], id)
				continue
			}
			if n := c.add(a.Text, e); n >= 0 && id < 0 {
				id = n
			}
		}
		if id < 0 {
			c.entries = append(c.entries, entry{Company: co, source: SourceDirectory, listing: l})
			id = int32(len(c.entries) - 1)
		}
		c.tickers[l.Symbol] = append(c.tickers[l.Symbol], id)
	}
	c.nameWords = nameWordCounts(dir)
	return c
}

// paths lists the entries at the end of every path through the trie, by the path's keys.
func paths(c *Companies) map[string][]int32 {
	children := map[int32][]edge{}
	for k, n := range c.roots {
		children[0] = append(children[0], edge{n, k})
	}
	for e, n := range c.edges {
		if !c.inner[e.from] {
			panic("an edge from a node not marked inner")
		}
		children[e.from] = append(children[e.from], edge{n, e.key})
	}
	out := map[string][]int32{}
	var walk func(n int32, path string)
	walk = func(n int32, path string) {
		if len(c.nodes[n]) > 0 {
			out[path] = c.nodes[n]
		}
		for _, ch := range children[n] {
			walk(ch.from, path+"\x00"+ch.key)
		}
	}
	walk(0, "")
	return out
}
