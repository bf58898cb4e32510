package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestPhraseWords: the lexicon's phrases split into the words strings.Fields gives, each phrase's
// words its own even though they share a block.
func TestPhraseWords(t *testing.T) {
	phrases := []string{
		"files for bankruptcy",
		"shares ... tumbled",
		"  leading and trailing  ",
		"tab\tseparated\nand\vother\fspaces\r",
		"one",
		"a b c d e f g h i j k l m n o p",
		"non-breaking\u00a0space and café", // not ASCII: unicode's spaces
		"\u2003em space",
		"",
		"   ",
	}
	var pw phraseWords
	var got [][]string
	for _, p := range phrases {
		got = append(got, pw.split(p))
	}
	for i, p := range phrases {
		if want := strings.Fields(p); !slices.Equal(got[i], want) {
			t.Errorf("split(%q) = %q, want %q", p, got[i], want)
		}
	}
	// Appending to one phrase's words leaves the next one's alone.
	next := slices.Clone(got[1])
	_ = append(got[0], "extra")
	if !slices.Equal(got[1], next) {
		t.Errorf("appending to %q changed the next phrase's words to %q", got[0], got[1])
	}
	// A block filled up is followed by another: many phrases, each still right.
	long := strings.Repeat("word ", 3000)
	for range 3 {
		if w := pw.split(long); len(w) != 3000 || w[0] != "word" || w[2999] != "word" {
			t.Fatalf("split of 3,000 words: %d words", len(w))
		}
	}
}
