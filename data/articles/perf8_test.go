package articles

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestEightBytesAtATime(t *testing.T) {
	texts := []string{
		"", "a", "plain ascii text that runs past eight bytes",
		"Société Générale posts “record” profit — up 12% in 2024",
		"tab\there", "quote\" after seven", "1234567\\n", "ends in a control\x01",
		strings.Repeat("é", 9), strings.Repeat("x", 15) + "\"",
	}
	for _, s := range texts {
		for from := 0; from <= len(s); from++ {
			if utf8.ValidString(s[from:]) {
				if got, want := validRuneCount([]byte(s[from:])), utf8.RuneCountInString(s[from:]); got != want {
					t.Errorf("validRuneCount(%q) = %d, want %d", s[from:], got, want)
				}
			}
			want := from
			for want < len(s) && s[want] != '"' && s[want] != '\\' && s[want] >= 0x20 {
				want++
			}
			if got := plainRun(s, from); got != want {
				t.Errorf("plainRun(%q, %d) = %d, want %d", s, from, got, want)
			}
		}
	}
}
