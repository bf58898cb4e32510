package timex

import (
	"slices"
	"testing"
	"time"
)

// TestFoundReused holds the expressions of texts tagged one after another, on matchers whose
// found lists earlier texts filled, to the expressions of each text tagged first, and each
// returned list to memory of its own: a later text's tagging does not change it.
func TestFoundReused(t *testing.T) {
	ref := Reference{DocDate: time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)}
	texts := []string{
		"Sales rose in the first quarter of 2023 and on Tuesday the company said it expects growth next year, from March 3 through May 5.",
		"Nothing here.",
		"It reported on Monday.",
		"The plan, announced in 2021, runs until 2030; the fiscal year ends in September, and results are due Aug. 8, the week after next.",
		"",
	}
	want := make([][]Expr, len(texts))
	for i, s := range texts {
		want[i] = Tag(s, ref)
	}
	if want[1] != nil || want[4] != nil {
		t.Fatalf("texts without expressions: %v, %v, want nil", want[1], want[4])
	}
	var kept [][]Expr
	var keptWant [][]Expr
	for round := range 4 {
		for i := range texts {
			k := (i*(round+2) + round) % len(texts)
			got := Tag(texts[k], ref)
			if !slices.Equal(got, want[k]) || (got == nil) != (want[k] == nil) {
				t.Errorf("round %d: Tag(%q) = %v, want %v", round, texts[k], got, want[k])
			}
			kept, keptWant = append(kept, got), append(keptWant, slices.Clone(got))
		}
	}
	for i := range kept {
		if !slices.Equal(kept[i], keptWant[i]) {
			t.Errorf("list %d changed after later tagging: %v, want %v", i, kept[i], keptWant[i])
		}
	}
}
