package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/directory"
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

// TestPlainUnits: for a name of ASCII letters, digits and spaces, plainUnits gives the units and
// the first word the tokenizer and units give; any other name it leaves to them. Checked on
// written examples and on every name and short form of the embedded directory, with the forms
// the recognizer derives from them.
func TestPlainUnits(t *testing.T) {
	names := []string{
		"Acme Widgets", "ACME WIDGETS AND GADGETS", "Smith and Wesson", "Smith And Wesson", "and",
		"bandwidth Andover", "  two  spaces  ", "3M", "Company 4 Kids 2024", "A B C Holdings", "x",
		"lower case only", "MiXeD CaSe", "Alpha Omega Holdings Group Trust Fund", "",
		" ", // no word: the general way
		// Not plain: the general way, which these need.
		"R.J.R. Nabisco", "Coca-Cola", "Moody's", "Procter & Gamble", "Nestlé", "Amazon.com",
		"Tab\tSeparated", "Warner Bros. Discovery", "AT&T", "O'Reilly Automotive",
	}
	// Longer than plainUnits' buffer on the stack, plain and not.
	names = append(names, strings.Repeat("Alpha Beta and Gamma ", 9), strings.Repeat("Alpha-Beta ", 20))
	dir, err := directory.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range dir.Listings {
		names = append(names, l.Name)
		for _, derived := range []string{hyphensSpaced(l.Name), reitBase(l.Name), ampersandInitials(l.Name)} {
			if derived != "" {
				names = append(names, derived)
			}
		}
		for _, a := range l.Aliases {
			names = append(names, a.Text)
		}
	}
	plain := 0
	var buf []unit
	for _, name := range names {
		var first string
		buf, first = plainUnits(name, buf)
		toks := appendTokens(nil, name)
		want := units(name, toks, nil)
		if first == "" {
			if len(buf) != 0 {
				t.Errorf("plainUnits(%q): no first word but units %v", name, buf)
			}
			if isPlainText(name) && len(want) > 0 {
				t.Errorf("plainUnits(%q) left a plain name to the general way", name)
			}
			continue
		}
		plain++
		if !slices.Equal(buf, want) {
			t.Errorf("plainUnits(%q) = %v, want %v", name, buf, want)
		}
		if wantFirst := toks[want[0].from].text; first != wantFirst {
			t.Errorf("plainUnits(%q): first word %q, want %q", name, first, wantFirst)
		}
	}
	if plain < len(names)/2 {
		t.Errorf("only %d of %d names plain", plain, len(names))
	}
}

// isPlainText says whether s is ASCII letters, digits and spaces only.
func isPlainText(s string) bool {
	return strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ") == ""
}
