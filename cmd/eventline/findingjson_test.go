package main

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"
)

// TestAppendFinding: every kind of finding is written as json.Encoder (HTML unescaped) writes
// it, with the strings and numbers it treats specially.
func TestAppendFinding(t *testing.T) {
	texts := []string{"", "plain", `quote " and \ backslash`, "line\nbreak\r\ttab\b\f", "\x00\x01\x1f\x7f",
		"<b>&amp;</b>", "café — naïve", "bad \xff byte", "cut \xe2\x82", "\u2028 and \u2029", "😀", "/slash"}
	values := []float64{0, 1, -2.5, 1e-7, 1e-6, 123456789, 1e20, 1e21, 1.5e300, -3.25e-9, math.Copysign(0, -1)}
	var fs []finding
	for i, s := range texts {
		fs = append(fs,
			&articleFinding{"article", s, "2024-01-02", s, s, s, "jsonl"},
			&timexFinding{"timex", s, s, i, -i, s, s, s, s, s},
			&eventFinding{"event", s, s, s, s, s, s, s, []string{s, "X"}, nil, s, s, s},
			&eventFinding{"event", s, "", "", "", "", "", "", []string{}, []string{s}, "", "", ""},
			&claimFinding{"claim", s, s, s, s, s, s, values[i%len(values)], s, s, s})
	}
	for _, v := range values {
		fs = append(fs, &claimFinding{Kind: "claim", Value: v})
	}
	for _, f := range fs {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(f); err != nil {
			t.Fatal(err)
		}
		got, ok := appendFinding(nil, f)
		if !ok || string(got)+"\n" != want.String() {
			t.Errorf("%+v:\n got %s (%v)\nwant %s", f, got, ok, want.String())
		}
	}
	if _, ok := appendFinding(nil, &claimFinding{Value: math.NaN()}); ok {
		t.Error("NaN written: the Encoder refuses it")
	}
}
