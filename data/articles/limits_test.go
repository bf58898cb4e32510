package articles

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLongArticlesAreCut feeds articles far longer than MaxBody in each format that can carry one,
// on one line or many: each is cut at a sentence end within MaxBody, with a warning that names it.
func TestLongArticlesAreCut(t *testing.T) {
	sentence := "Zürich-based analysts said VMware shares rose 5% on August 14, 2007. "
	long := strings.Repeat(sentence, 3*MaxBody/len(sentence))
	jsonBody, _ := json.Marshal(long)
	tests := []struct{ name, file, content string }{
		{"text on one line", "a.txt", "Long note " + long},
		{"text on many lines", "a.txt", "Long note\n\n" + strings.ReplaceAll(long, ". ", ".\n")},
		{"JSON Lines", "a.jsonl", `{"title": "Long note", "body": ` + string(jsonBody) + "}\n"},
		{"Markdown", "a.md", "---\ntitle: Long note\n---\n\n" + long},
		{"HTML", "a.html", "<html><head><title>Long note</title></head><body><p>" + long + "</p></body></html>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ws := mustRead(t, write(t, tt.file, tt.content), Options{})
			if len(got) != 1 {
				t.Fatalf("%d articles", len(got))
			}
			a := got[0]
			if len(a.Body) > MaxBody || len(a.Body) < MaxBody-MaxBody/10 {
				t.Errorf("body of %d bytes, want at most %d and not much less", len(a.Body), MaxBody)
			}
			if !utf8.ValidString(a.Body) || !strings.HasSuffix(a.Body, ".") {
				t.Errorf("body ends %q: not at a sentence end", a.Body[len(a.Body)-20:])
			}
			if !strings.HasPrefix(long, strings.TrimPrefix(strings.ReplaceAll(a.Body, ".\n", ". "), "Long note\n\n")[:1000]) &&
				!strings.Contains(a.Body, sentence[:40]) {
				t.Errorf("body does not start with the article's text: %q", a.Body[:80])
			}
			var warned bool
			for _, w := range ws {
				warned = warned || strings.Contains(w.String(), "the body has") && strings.Contains(w.String(), fmt.Sprintf("more than the %d eventline reads", MaxBody)) &&
					w.Article != "" && len(a.Title) <= MaxTitle
			}
			if !warned {
				t.Errorf("no warning naming the article: %v", ws)
			}
		})
	}
}

func TestCutText(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"One. Two three four five six seven eight nine ten. Eleven", 55, "One. Two three four five six seven eight nine ten."},
		{"aaaa bbbb cccc dddd", 12, "aaaa bbbb"},
		{"ééééé", 5, "éé"}, // never half a character
		{"nospacesatallhere", 6, "nospac"},
	}
	for _, tt := range tests {
		if got := cutText(tt.s, tt.n); got != tt.want {
			t.Errorf("cutText(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}
