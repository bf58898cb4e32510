package report

import (
	"strings"
	"testing"
)

func TestOnlyHTTPLinksAreClickable(t *testing.T) {
	for _, tc := range []struct {
		url string
		ok  bool
	}{
		{"https://example.com/vmware-ipo", true},
		{"HTTP://example.com/a", true},
		{"javascript:alert(1)", false},
		{"JavaScript:alert(document.cookie)", false},
		{" javascript:alert(1)", false},
		{"java\tscript:alert(1)", false},
		{"data:text/html;base64,PHNjcmlwdD4=", false},
		{"vbscript:msgbox(1)", false},
		{"file:///etc/passwd", false},
		{"//evil.example/x", false},
		{"report.md", false},
		{"https:alert(1)", false},
		{"", false},
	} {
		if got := Linkable(tc.url); got != tc.ok {
			t.Errorf("Linkable(%q) = %v, want %v", tc.url, got, tc.ok)
		}
	}
	tbl := &Table{Columns: []Column{{Name: "headline", Label: "Headline", Link: "url"}, {Name: "url"}},
		Rows: [][]any{{"evil", "javascript:alert(1)"}, {"data", "data:text/html,x"}, {"good", "https://example.com/a"}}}
	var b strings.Builder
	if err := tbl.markdown(&b); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	if strings.Contains(md, "javascript:") || strings.Contains(md, "data:") || !strings.Contains(md, "[good](https://example.com/a)") {
		t.Errorf("markdown links:\n%s", md)
	}
	for _, r := range tbl.View().Rows {
		if r[0].Text != "good" && r[0].URL != "" {
			t.Errorf("view keeps link %q", r[0].URL)
		}
	}
}
