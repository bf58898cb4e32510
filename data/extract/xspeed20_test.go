package extract

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestCompanyLists holds an article's counts and evidence, kept in lists, to the maps keyed by
// company they replaced: random mentions of companies that share a name, a ticker or an
// exchange, with Main's choice on ties (the first named of the most named).
func TestCompanyLists(t *testing.T) {
	pool := []Company{{"Acme", "ACME", "NYSE"}, {"Acme", "ACME", "NASDAQ"}, {"Acme", "ACM", "NYSE"}, {"Acme Corp", "ACME", "NYSE"},
		{"Beta", "BETA", "NYSE"}, {"Beta", "", ""}, {"", "BETA", ""}, {"Gamma Holdings", "GAM", "NYSE American"}}
	rng := rand.New(rand.NewSource(20))
	for round := 0; round < 2000; round++ {
		a := &ArticleLinks{}
		counts, evidence, order := map[Company]int{}, map[Company]bool{}, []Company(nil)
		for n := rng.Intn(30); n > 0; n-- {
			co := pool[rng.Intn(len(pool))]
			if rng.Intn(3) == 0 {
				a.note(co)
				evidence[co] = true
			} else {
				a.mention(co)
				if counts[co] == 0 {
					order = append(order, co)
				}
				counts[co]++
			}
			for _, q := range pool {
				if a.mentioned(q) != (counts[q] != 0) || a.hasEvidence(q) != evidence[q] {
					t.Fatalf("round %d: %v mentioned %v, evidence %v; the maps say %d, %v", round, q, a.mentioned(q), a.hasEvidence(q), counts[q], evidence[q])
				}
			}
		}
		best, most := Company{}, 0
		for _, co := range order {
			if counts[co] > most {
				best, most = co, counts[co]
			}
		}
		if got, ok := a.Main(); got != best || ok != (most > 0) {
			t.Fatalf("round %d: main %v %v, want %v %v", round, got, ok, best, most > 0)
		}
	}
}

// TestDedupe holds dedupe to the map of names it used: each name once, in order, none named not.
func TestDedupe(t *testing.T) {
	names := []string{"Acme", "Beta", "Acme Corp", ""}
	rng := rand.New(rand.NewSource(20))
	for round := 0; round < 2000; round++ {
		var cs []CompanyMention
		for n := rng.Intn(8); n > 0; n-- {
			cs = append(cs, CompanyMention{Company: Company{Name: names[rng.Intn(len(names))]}, Start: n})
		}
		not := names[rng.Intn(len(names))]
		var want []CompanyMention
		seen := map[string]bool{not: true}
		for _, c := range cs {
			if !seen[c.Name] {
				seen[c.Name] = true
				want = append(want, c)
			}
		}
		if got := dedupe(cs, not); !slices.Equal(got, want) {
			t.Fatalf("dedupe(%v, %q) = %v, want %v", cs, not, got, want)
		}
	}
}

// TestSmallSetsOfRules holds each smallSet a rule now asks to the map it stands for: every word
// of the sets, their plurals, cut and doubled forms and capitals (xspeed13Words).
func TestSmallSetsOfRules(t *testing.T) {
	checkSetTests(t, []setTest{
		{"honorifics", honorifics, honorificSet.has},
		{"conditions", conditions, conditionSet.has},
		{"takeVerbs", takeVerbs, takeVerbSet.has},
		{"replaceForms", replaceForms, replaceFormSet.has},
		{"spinOffWords", spinOffWords, spinOffWordSet.has},
		{"agreementNouns", agreementNouns, agreementNounSet.has},
		{"roundupHeadWords", roundupHeadWords, roundupHeadWordSet.has},
		{"roundupMoveWords", roundupMoveWords, roundupMoveWordSet.has},
		{"outlookNouns", outlookNouns, outlookNounSet.has},
		{"analystReasons", analystReasons, analystReasonSet.has},
		{"supplierNouns", supplierNouns, supplierNounSet.has},
		{"activeListVerbs", activeListVerbs, activeListVerbSet.has},
		{"moveMultiples", moveMultiples, moveMultipleSet.has},
		{"indexWords", indexWords, indexWordSet.has},
		{"indexDirections", indexDirections, indexDirectionSet.has},
		{"rivalWords", rivalWords, rivalWordSet.has},
		{"backgroundOpeners", backgroundOpeners, backgroundOpenerSet.has},
		{"auditorWords", auditorWords, auditorWordSet.has},
	})
}

// TestLowerStartFilter: startsName's two shape filters pass every lower-case first word of the
// directory's and the seed's names (they only spare probes of the map, never answer for it),
// and spare most probes of ordinary words.
func TestLowerStartFilter(t *testing.T) {
	c, _ := seedDirectory(t)
	a := c.Article(time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC), nil)
	if len(c.lowerStarts) < 10 {
		t.Fatalf("%d lower-case starts: the test tests too little", len(c.lowerStarts))
	}
	for w := range c.lowerStarts {
		if !a.startsName(w) {
			t.Errorf("startsName(%q) = false for a lower-case start", w)
		}
	}
	passed := 0
	common := strings.Fields("the a of and to in said company shares its for on with by that was were has have from at as will would quarter year percent million billion stock analysts")
	for _, w := range common {
		bit := uint64(1) << min(len(w), 63)
		if c.lowerShape[w[0]]&bit != 0 && c.lowerEnds[w[len(w)-1]]&bit != 0 {
			passed++
		}
		if got := a.startsName(w); got != c.lowerStarts[w] {
			t.Errorf("startsName(%q) = %v, the map says %v", w, got, c.lowerStarts[w])
		}
	}
	if passed*3 > len(common) {
		t.Errorf("%d of %d ordinary words pass both filters: they spare little", passed, len(common))
	}
}
