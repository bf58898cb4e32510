package extract

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eventline/eventline/data/directory"
	"github.com/eventline/eventline/data/store"
)

// The company matcher's shortcuts (issue 11 §3) each answer as the plain code they replace did;
// these tests hold each one to that plain formulation.

// TestExchangeName: the comparison in place names the exchanges the upper-cased copy named, in
// any case and with runes that upper-case to ASCII letters ("ſ" is "S").
func TestExchangeName(t *testing.T) {
	reference := func(s string) string {
		if len(s) < 3 || len(s) > 6 || s[0]|0x20 != 'n' && s[0]|0x20 != 'a' && s[0]|0x20 != 'o' {
			return ""
		}
		switch strings.ToUpper(s) {
		case "NYSE":
			return "NYSE"
		case "NASDAQ":
			return "NASDAQ"
		case "AMEX":
			return "AMEX"
		case "OTC", "OTCQX", "OTCQB":
			return "OTC"
		}
		return ""
	}
	words := []string{"NYSE", "nyse", "Nyse", "NASDAQ", "Nasdaq", "nasdaq", "AMEX", "Amex", "OTC", "otc", "OTCQX", "OtcQb",
		"OTCBB", "and", "also", "one", "over", "NYSEA", "NYS", "ny", "", "a", "nyſe", "Naſdaq", "amex\u212A", "ot\u0441",
		"NASDAQ:", "otc.", "ÖTC", "nyse\xff"}
	hits := 0
	for _, w := range words {
		got, want := exchangeName(w), reference(w)
		if got != want {
			t.Errorf("exchangeName(%q) = %q, want %q", w, got, want)
		}
		if got != "" {
			hits++
		}
	}
	if hits < 10 || hits == len(words) {
		t.Errorf("%d of %d words name an exchange: the table tests too little", hits, len(words))
	}
	if n := testing.AllocsPerRun(100, func() { exchangeName("also") }); n != 0 {
		t.Errorf("exchangeName allocates %v times", n)
	}
}

// TestUpperAlready: upperAlready(s) is strings.ToUpper(s) == s, for ASCII, other scripts, runes
// without case, a written U+FFFD and bytes that are not UTF-8.
func TestUpperAlready(t *testing.T) {
	words := []string{"", "VMWARE", "VMware", "Vmware", "IBM", "AT&T", "3M", "R.J.R.", "ÉLAN", "Élan", "ÉLAn", "STRAßE",
		"ǅ", "Ǆ", "ǆ", "ΑΒΓ", "Αβγ", "日本", "\uFFFD", "ABC\uFFFD", "AB\xffC", "\xff", "ABC\xe2\x82", "ſ", "K\u212A", "İ", "ı",
		"ﬀ", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYz"}
	for c := rune(0); c < 0x2200; c += 7 {
		words = append(words, string(c), "A"+string(c))
	}
	upper := 0
	for _, w := range words {
		got, want := upperAlready(w), strings.ToUpper(w) == w
		if got != want {
			t.Errorf("upperAlready(%q) = %v, want %v", w, got, want)
		}
		if got {
			upper++
		}
	}
	if upper < 10 || upper == len(words) {
		t.Errorf("%d of %d words in capitals: the table tests too little", upper, len(words))
	}
}

// TestASCIILower: asciiLower copies the text between capitals a run at a time, and gives what
// strings.ToLower gives for ASCII text (the text itself when there is no capital); other text is
// not its to lower.
func TestASCIILower(t *testing.T) {
	for _, s := range []string{"", "a", "A", "VMware shares rose 5% on Tuesday.", "no capitals here", "ALL CAPITALS",
		"Ends in Z", "Zebra", "AbCdEfGhIjKlMnOpQrStUvWxYz", "digits 123 and [brackets] @ ` {}"} {
		got, ok := asciiLower(s)
		if !ok || got != strings.ToLower(s) {
			t.Errorf("asciiLower(%q) = %q, %v; want %q, true", s, got, ok, strings.ToLower(s))
		}
	}
	if _, ok := asciiLower("Société Générale"); ok {
		t.Error("asciiLower took text that is not ASCII")
	}
}

// TestInitialsOf: markAgents passes over a word whose first letter begins no agent word; every
// agent word, in any case, still passes.
func TestInitialsOf(t *testing.T) {
	for w := range agentWords {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if !agentInitials.has(lowerByte(v[0])) {
				t.Errorf("%q: its first letter is not among the agent words' initials", v)
			}
		}
	}
	if agentInitials.has('z') || agentInitials.has('t') {
		t.Error("the agent words' initials hold letters no agent word begins with")
	}
}

// TestTrieChildren: the children lists of the full recognizer's trie hold every edge once (the
// root's: those of roots), edges holds exactly those of the nodes with more than fewChildren, and
// child follows each edge and finds no other.
func TestTrieChildren(t *testing.T) {
	_, as := seedNames(t)
	c, err := buildDirectory(2*len(places) + len(as))
	if err != nil {
		t.Fatal(err)
	}
	c.addAliases(as)
	// Every node but the root is some node's child, once, by the key its entry holds.
	parent := make([]int32, len(c.tnodes))
	for n := range c.tnodes {
		listed := 0
		for k := c.tnodes[n].first; k != 0; k = c.tnodes[k].next {
			if parent[k] != 0 || k == 0 {
				t.Fatalf("node %d: child %d listed twice", n, k)
			}
			parent[k] = int32(n) + 1
			listed++
		}
		if listed != int(c.tnodes[n].fan) {
			t.Fatalf("node %d: %d children listed, fan %d", n, listed, c.tnodes[n].fan)
		}
	}
	for k := 1; k < len(parent); k++ {
		if parent[k] == 0 {
			t.Fatalf("node %d is no node's child", k)
		}
	}
	for key, k := range c.roots {
		if parent[k] != 1 || c.keyOf(k) != key {
			t.Fatalf("root %q: node %d, listed under %d by %q", key, k, parent[k]-1, c.keyOf(k))
		}
	}
	many, mapped := 0, 0
	for n := range c.tnodes {
		keys := map[string]bool{}
		for k := c.tnodes[n].first; k != 0; k = c.tnodes[k].next {
			key := c.keyOf(k)
			if keys[key] {
				t.Fatalf("node %d: key %q twice", n, key)
			}
			keys[key] = true
			if next, ok := c.child(int32(n), key); !ok || next != k {
				t.Fatalf("child(%d, %q) = %d, %v; want %d", n, key, next, ok, k)
			}
			_, inMap := c.edges[edge{int32(n), key}]
			if wantMap := n != 0 && c.tnodes[n].fan > fewChildren; inMap != wantMap {
				t.Fatalf("node %d (%d children): edge %q in the map %v", n, c.tnodes[n].fan, key, inMap)
			}
			if inMap {
				mapped++
			}
		}
		for _, miss := range []string{"zzzz", "the", "inc", "&", "x", "corp"} {
			if _, ok := c.child(int32(n), miss); ok != keys[miss] {
				t.Fatalf("child(%d, %q) found %v, the list %v", n, miss, ok, keys[miss])
			}
		}
		if n != 0 && len(keys) > fewChildren {
			many++
		}
	}
	if mapped != len(c.edges) {
		t.Errorf("edges holds %d edges, %d of them listed under nodes of many children", len(c.edges), mapped)
	}
	if many == 0 || len(c.tnodes) < 1000 {
		t.Errorf("%d nodes, %d of them with more than %d children: the trie tests too little", len(c.tnodes), many, fewChildren)
	}
}

// seedDirectory is the recognizer eventline links with out of the box (the listings directory and
// the seed's names), and the seed's names.
func seedDirectory(t *testing.T) (*Companies, []store.SeedAlias) {
	t.Helper()
	dir, err := directory.Load()
	if err != nil {
		t.Fatal(err)
	}
	seed, as := seedNames(t)
	return NewDirectoryCompanies(dir, as), seed
}

// seedNames are the seed's names, as stored and as aliases.
func seedNames(t *testing.T) ([]store.SeedAlias, []Alias) {
	t.Helper()
	seed, err := store.SeedAliases()
	if err != nil {
		t.Fatal(err)
	}
	var as []Alias
	for _, s := range seed {
		as = append(as, Alias{Alias: s.Alias, Company: Company{s.Name, s.Ticker, s.Exchange}, Origin: SourceSeed})
	}
	return seed, as
}

// TestStaleSameNames: stale answers with the names compared when the recognizer was built as it
// does comparing them at every call, for each of the seed's names with a ticker and days from
// before the directory's history to today.
func TestStaleSameNames(t *testing.T) {
	c, _ := seedDirectory(t)
	days := []time.Time{{}}
	for y := 1985; y <= 2026; y++ {
		days = append(days, time.Date(y, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 10, 15, 0, 0, 0, 0, time.UTC))
	}
	checked, stale := 0, 0
	for id := range c.entries {
		e := &c.entries[id]
		if e.source != SourceSeed || e.Ticker == "" {
			continue
		}
		if len(e.same) != len(c.listed(e.Ticker)) {
			t.Errorf("%s (%s): names compared for %d of the symbol's %d entries", e.Name, e.Ticker, len(e.same), len(c.listed(e.Ticker)))
			continue
		}
		plain := *e
		plain.same = nil
		for _, day := range days {
			got, want := c.stale(e, day), c.stale(&plain, day)
			if got != want {
				t.Errorf("%s (%s) on %s: stale %v, comparing the names at the call %v", e.Name, e.Ticker, day.Format(time.DateOnly), got, want)
			}
			checked++
			if got {
				stale++
			}
		}
	}
	if checked < 100 || stale == 0 || stale == checked {
		t.Errorf("%d seed names and days, %d of them stale: the test tests too little", checked, stale)
	}
	if !slices.ContainsFunc(c.entries, func(e entry) bool { return e.source == SourceSeed && e.Ticker == "EMC" }) {
		t.Error("the seed has no EMC: the case of a symbol that changed hands is not tested")
	}
}

// TestArticleResolve: an article's remembered resolutions answer as Companies.resolve does, for
// names asked again, in other capitals, on other days, and past the number it remembers.
func TestArticleResolve(t *testing.T) {
	c, seed := seedDirectory(t)
	var words []string
	for _, s := range seed {
		words = append(words, strings.Fields(s.Alias)[0])
	}
	words = append(words, "Apple", "apple", "APPLE", "Target", "Georgia", "Agilent", "AGILENT", "Emc", "vmware", "Sun", "Java")
	resolvedSome := 0
	for _, day := range []time.Time{{}, time.Date(1987, 4, 1, 0, 0, 0, 0, time.UTC), time.Date(2007, 8, 14, 0, 0, 0, 0, time.UTC),
		time.Date(2025, 1, 6, 0, 0, 0, 0, time.UTC)} {
		a := c.Article(day, nil)
		for round := range 2 {
			for _, w := range words {
				node, ok := c.child(0, fold(w))
				if !ok || len(c.atNode(node)) == 0 {
					continue
				}
				got, gotSrc := a.resolve(node, w)
				want, wantSrc := c.resolve(c.atNode(node), day, w)
				if (got == nil) != (want == nil) || got != nil && !reflect.DeepEqual(*got, *want) || gotSrc != wantSrc {
					t.Errorf("%q on %s (round %d): resolved to %v (%s), want %v (%s)", w, day.Format(time.DateOnly), round, got, gotSrc, want, wantSrc)
				}
				if got != nil {
					resolvedSome++
				}
			}
		}
		if len(a.resolved) != maxResolved {
			t.Errorf("the article remembers %d resolutions, want %d: the test asks too few names", len(a.resolved), maxResolved)
		}
	}
	if resolvedSome < 50 {
		t.Errorf("%d names resolved: the test tests too little", resolvedSome)
	}
}

// TestLinkMemory: the memory an article's links hand back holds nothing of the article (no
// resolved names, companies, counts, evidence, learned names or people), and the next article
// gets the same maps back rather than new ones.
func TestLinkMemory(t *testing.T) {
	_, as := seedNames(t)
	c := NewCompanies(as)
	var m linkMemory
	day := time.Date(2007, 8, 14, 0, 0, 0, 0, time.UTC)
	a := c.Article(day, nil)
	m.lend(a)
	for _, s := range []string{"Lawnkeep Corp (NASDAQ: LWNK) agreed to buy VMware.", "Thomas Ogden, its president, said Citrix and Lawnkeep would talk.",
		"Ogden said VMware Inc and Lawnkeep Corp would close the deal."} {
		a.find(s, tokenize(s), false)
	}
	if len(a.resolved) == 0 || len(a.order) == 0 || len(a.counts) == 0 || len(a.evidence) == 0 || len(a.learned) == 0 || len(a.people) == 0 {
		t.Fatalf("the article filled too little to test: %d resolved, %d companies, %d counts, %d evidence, %d learned, %d people",
			len(a.resolved), len(a.order), len(a.counts), len(a.evidence), len(a.learned), len(a.people))
	}
	counts := a.counts
	m.keep(a)
	b := c.Article(day, nil)
	m.lend(b)
	if len(b.resolved) != 0 || len(b.order) != 0 || len(b.counts) != 0 || len(b.evidence) != 0 || len(b.learned) != 0 || len(b.people) != 0 || len(b.buf) != 0 {
		t.Errorf("the next article starts with %d resolved, %d companies, %d counts, %d evidence, %d learned, %d people, %d units",
			len(b.resolved), len(b.order), len(b.counts), len(b.evidence), len(b.learned), len(b.people), len(b.buf))
	}
	if b.counts == nil || reflect.ValueOf(b.counts).UnsafePointer() != reflect.ValueOf(counts).UnsafePointer() {
		t.Error("the next article got new maps: the memory is not reused")
	}
	if slices.ContainsFunc(a.resolved[:cap(a.resolved)], func(r resolution) bool { return r.first != "" }) {
		t.Error("resolved names keep an article's words after it")
	}
}

// TestASCIILowerEveryByte: every byte, at every place of the eight-byte steps and after them,
// is told as a capital, another ASCII byte or not ASCII as a byte at a time tells it.
func TestASCIILowerEveryByte(t *testing.T) {
	for c := 0; c < 256; c++ {
		for at := 0; at < 17; at++ {
			b := []byte(strings.Repeat("x", 17))
			b[at] = byte(c)
			s := string(b)
			got, ok := asciiLower(s)
			if c >= 0x80 {
				if ok {
					t.Errorf("byte %#x at %d: taken as ASCII", c, at)
				}
				continue
			}
			if !ok || got != strings.ToLower(s) {
				t.Errorf("byte %#x at %d: %q, %v; want %q", c, at, got, ok, strings.ToLower(s))
			}
			if (c < 'A' || c > 'Z') && got != s {
				t.Errorf("byte %#x at %d: lowered text without capitals", c, at)
			}
		}
	}
}
