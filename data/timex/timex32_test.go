package timex

import (
	"testing"
	"time"
)

// Families of the Xinhua English wire of 1996-2000 and AP world news of 1998-2000 (heldout41's
// registers), with sentences of our own.
func TestWorldWireYearSpanPeriod(t *testing.T) {
	doc := time.Date(1996, 3, 5, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       []want
	}{
		// "period" makes a range of years one span, the years both counted.
		{"two-digit end", "Grain output grew steadily in the 1991-95 period.",
			[]want{{text: "the 1991-95 period", value: "P5Y", typ: "DURATION"}}},
		{"four-digit end", "The State Council approved targets for the 2001-2005 period.",
			[]want{{text: "the 2001-2005 period", value: "P5Y", typ: "DURATION"}}},
		{"across a century", "Ports were dredged in the 1998-02 period.",
			[]want{{text: "the 1998-02 period", value: "P5Y", typ: "DURATION"}}},
		// Without "period" a range stays its years; a range that goes on is none.
		{"bare range", "Prices were flat in 1996-2000.",
			[]want{{text: "1996", value: "1996"}, {text: "2000", value: "2000"}}},
		{"range with a season", "He starred in the 1996-97 season.",
			[]want{{text: "1996", value: "1996"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Tag(tc.text, Reference{DocDate: doc})
			if len(got) != len(tc.want) {
				t.Fatalf("Tag(%q) = %+v, want %d expressions", tc.text, got, len(tc.want))
			}
			for i, w := range tc.want {
				if got[i].Text != w.text || got[i].Value != w.value || w.typ != "" && got[i].Type != w.typ {
					t.Errorf("Tag(%q)[%d] = %q %s %s, want %q %s %s", tc.text, i, got[i].Text, got[i].Type, got[i].Value, w.text, w.typ, w.value)
				}
			}
		})
	}
}
