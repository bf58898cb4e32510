package timex

import "testing"

// TestTokenBreaks checks that the break before a token is found in gaps of every size, the
// one-byte gaps that markSentences passes over without a scan among them.
func TestTokenBreaks(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool // whether "after" starts a new line
	}{
		{"profit before after", false},
		{"profit before  after", false},
		{"profit before\tafter", false},
		{"profit before\nafter", true},
		{"profit before\rafter", true},
		{"profit before \nafter", true},
		{"profit before\u2028after", true},
		{"profit before\u00a0after", false},
		{"profit before,after", false},
	} {
		toks := tokenize(c.text)
		got, found := false, false
		for _, tk := range toks {
			if tk.s == "after" {
				got, found = tk.brk, true
			}
		}
		if !found || got != c.want {
			t.Errorf("%q: break before %q = %v (found %v), want %v", c.text, "after", got, found, c.want)
		}
	}
}
