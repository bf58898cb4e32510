package articles

import "testing"

func TestIsTidy(t *testing.T) {
	tests := []struct {
		text string
		tidy bool
	}{
		{"One paragraph.", true},
		{"One.\nTwo lines.", true},
		{"One.\n\nTwo paragraphs.", true},
		{"  Indented first line.\n\nNext.", true},
		{"Ends in a non-breaking space\u00a0", true},
		{"", false},
		{"\nBlank first.", false},
		{"Blank last.\n", false},
		{"Two blanks.\n\n\nBetween.", false},
		{"Trailing space. \nNext.", false},
		{"Trailing tab.\t", false},
		{"Windows\r\nline ends.", false},
		{"White\n   \nline.", false},
		{"Unicode white\n\u00a0\u2003\nline.", false},
	}
	for _, tt := range tests {
		if got := isTidy(tt.text); got != tt.tidy {
			t.Errorf("isTidy(%q) = %v, want %v", tt.text, got, tt.tidy)
		}
		checkTidy(t, tt.text)
	}
}

// checkTidy fails when isTidy passes over a text that tidyLines would change.
func checkTidy(t *testing.T, s string) {
	t.Helper()
	if isTidy(s) && tidyLines(s) != s {
		t.Errorf("isTidy(%q), but tidyLines gives %q", s, tidyLines(s))
	}
}

func FuzzIsTidy(f *testing.F) {
	for _, s := range []string{"a\n\nb", "a \nb", "\n\na\r\n", "a\n\u00a0\nb"} {
		f.Add(s)
	}
	f.Fuzz(checkTidy)
}
