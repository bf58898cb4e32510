package extract

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/eventline/eventline/data/timex"
)

// readOne reads text as one sentence of its own, the way Extract reads a body's sentence.
func readOne(x *Extractor, text string) *sentence {
	doc := timex.NewText(text)
	var mem arena
	mem.reset(len(text)/5 + 16)
	links := x.Companies.Article(time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC), nil)
	return x.read(new(sentence), links, &mem, doc, doc.Words(nil, 0, len(text)), 0, len(text), nil, false)
}

// TestNews78Marks holds dotComNames and appositiveShareMove, gated on read's marks, to their
// ungated selves (the same sentence without marks), and the marks to what the rules look for:
// no sentence read without a mark holds the word or the dot-com name.
func TestNews78Marks(t *testing.T) {
	x := &Extractor{Companies: NewCompanies(nil)}
	never := func(int, int) bool { return false }
	check := func(text string) {
		t.Helper()
		s := readOne(x, text)
		if s.marks&marksRead == 0 {
			t.Fatalf("%q: read set no marks", text)
		}
		ref := *s
		ref.marks = 0
		if got, want := s.dotComNames(nil, never), ref.dotComNames(nil, never); !reflect.DeepEqual(got, want) {
			t.Errorf("dotComNames(%q) = %v, ungated %v", text, got, want)
		}
		if got, want := s.appositiveShareMove(nil), ref.appositiveShareMove(nil); !reflect.DeepEqual(got, want) {
			t.Errorf("appositiveShareMove(%q) = %v, ungated %v", text, got, want)
		}
		for k, w := range s.words {
			if _, ok := s.dotComStart(k); ok && s.lacks(markDomain) {
				t.Errorf("%q: dot-com name at %d unmarked", text, k)
			}
			if w == "shares" && s.lacks(markShares) {
				t.Errorf("%q: %q at %d unmarked", text, w, k)
			}
		}
	}
	for _, text := range labelledTexts(t) {
		check(text)
	}
	for _, text := range []string{
		"Zentrix.com posts its first profit.",
		"ZENTRIX.COM POSTS FIRST PROFIT",
		"eVend.Net Inc. said Tuesday it would cut jobs.",
		"See www.zentrix.com/investors for details.",
		"Shares of Zentrix Inc., the operator of a popular online auction site, nearly tripled.",
		"SHARES OF ZENTRIX INC., THE OPERATOR OF AN AUCTION SITE, DOUBLED.",
		"ShArEs of Zentrix Inc., a maker of tools, more than doubled on Thursday.",
		"Zentrix Inc. said its shares, the first it sold, rose.",
		"Acme Corp. , the toolmaker, rose.",
	} {
		check(text)
	}
	pieces := strings.Fields(`Zentrix Acme eVend Inc Corp . .. , com COM Com cOm net NET nEt con
		cot new shares Shares SHARES sHaReS share of OF the a an operator maker , www / nearly
		more than rose doubled tripled who that é Ünited`)
	rng := rand.New(rand.NewPCG(18, 18))
	for range 20000 {
		var b strings.Builder
		for range 2 + rng.IntN(14) {
			if rng.IntN(3) > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		check(b.String())
	}
}
