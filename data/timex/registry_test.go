package timex

import (
	"slices"
	"strings"
	"testing"
)

// TestRuleExamples checks every rule's examples: the expression is found, by that rule, with
// that value. The examples are the rules' specification, listed by eventline eval timeml
// --list-rules.
func TestRuleExamples(t *testing.T) {
	ref := Reference{DocDate: aug17, Anchors: []Anchor{{ID: "ipo", Value: "2007-08-14", Type: "ipo", Terms: []string{"VMware"}}}}
	for _, r := range Rules() {
		if len(r.Examples) == 0 {
			t.Errorf("rule %s has no examples", r.Name)
		}
		for _, ex := range r.Examples {
			got := Tag(ex.Text, ref)
			found := false
			for _, e := range got {
				if e.Text == ex.Expr {
					found = true
					if e.Value != ex.Value || e.Rule != r.Name {
						t.Errorf("rule %s: %q: %q = %s by %s, want %s by %s", r.Name, ex.Text, e.Text, e.Value, e.Rule, ex.Value, r.Name)
					}
				}
			}
			if !found {
				t.Errorf("rule %s: %q: no expression %q in %+v", r.Name, ex.Text, ex.Expr, got)
			}
		}
	}
}

// TestDisable switches each rule off in turn: its examples no longer come from it, and an
// unknown name is an error.
func TestDisable(t *testing.T) {
	if _, err := NewTagger("no-such-rule"); err == nil || !strings.Contains(err.Error(), "no-such-rule") {
		t.Errorf("NewTagger(no-such-rule) = %v, want an error naming it", err)
	}
	for _, r := range Rules() {
		tg, err := NewTagger(r.Name)
		if err != nil {
			t.Fatal(err)
		}
		for _, ex := range r.Examples {
			for _, e := range tg.Tag(ex.Text, Reference{DocDate: aug17}) {
				if e.Rule == r.Name {
					t.Errorf("rule %s switched off still found %q", r.Name, e.Text)
				}
			}
		}
	}
}

// TestPatternParse checks the pattern language on a small rule.
func TestPatternParse(t *testing.T) {
	r := rule{name: "t", pattern: "the? %ordinal -? quarter|half"}
	r.elems = mustParsePattern(r.name, r.pattern)
	tests := map[string]int{"the third quarter": 3, "third-quarter": 3, "the first half": 3, "third month": 0, "the quarter": 0}
	for text, want := range tests {
		toks := tokenize(text)
		m := newMatcher(text, toks, Reference{}, nil)
		var x match
		got := 0
		if r.matchAt(m, 0, &x) {
			got = x.end
		}
		if got != want {
			t.Errorf("%q: match to %d, want %d", text, got, want)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("a pattern naming no class parsed")
		}
	}()
	mustParsePattern("bad", "%nosuchclass")
}

// TestFirstSlots checks the memo best keeps of first elements: rules of a candidate list that
// share a slot open with the same element, so one match of it at a token serves them all.
func TestFirstSlots(t *testing.T) {
	lists := append([][]candidate{numCandidates, alnumCandidates, aposCandidates}, candidateLists...)
	shared := 0
	for _, l := range lists {
		bySlot := map[int8]*elem{}
		for _, cd := range l {
			if cd.first < 0 {
				continue
			}
			if int(cd.first) >= maxFirstSlots {
				t.Fatalf("slot %d past %d", cd.first, maxFirstSlots)
			}
			r := &registry[cd.rule]
			e := &r.elems[0]
			prev, ok := bySlot[cd.first]
			if !ok {
				bySlot[cd.first] = e
				continue
			}
			shared++
			if prev.glued != e.glued || prev.class != e.class || !slices.Equal(prev.words, e.words) {
				t.Errorf("rule %s shares slot %d with a rule that opens differently", r.name, cd.first)
			}
		}
	}
	if shared == 0 {
		t.Error("no rules share a first element: the memo does nothing")
	}
}
