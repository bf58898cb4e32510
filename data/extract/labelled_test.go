package extract

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// labelledTexts returns the sentences of the labelled table (testdata/sentences.tsv), the text
// column of each row: the real wordings the speed tests hold a gated rule to its ungated
// original over.
func labelledTexts(t *testing.T) []string {
	t.Helper()
	f, err := os.Open("testdata/sentences.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		out = append(out, cols[len(cols)-1])
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// lowerWords is extraction's words of the tokens: their text in lower case.
func lowerWords(toks []token) []string {
	words := make([]string, len(toks))
	for i, tk := range toks {
		words[i] = strings.ToLower(tk.text)
	}
	return words
}

// wordSentence makes a sentence of lower-case words for the gate tests, every third word's token
// capitalized, so that the rules asking for a capital (a name, an inversion's subject) meet one.
func wordSentence(words []string) *sentence {
	toks := make([]token, len(words))
	for i, w := range words {
		toks[i].text = w
		if i%3 == 0 {
			toks[i].text = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return &sentence{words: words, toks: toks, bits: make([]uint16, len(words))}
}
