package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestAppendStringLong: strings longer than a word, with each kind of byte JSON treats specially
// at every offset, are written as encoding/json writes them.
func TestAppendStringLong(t *testing.T) {
	for _, special := range []string{`"`, `\`, "\n", "\x00", "\x1f", "\x7f", "é", "\xff", "\u2028", " ", "~"} {
		for n := 0; n < 20; n++ {
			s := strings.Repeat("Acme Corp ", 2)[:n] + special + " bought Beta Inc. for $4.5 billion"
			want, err := json.Marshal(s)
			if err != nil {
				t.Fatal(err)
			}
			if got := appendString(nil, s); string(got) != strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(string(want), `\u003c`, "<"), `\u003e`, ">"), `\u0026`, "&") {
				t.Errorf("%q: got %s, want %s", s, got, want)
			}
		}
	}
}
