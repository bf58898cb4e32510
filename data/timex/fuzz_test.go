package timex

import "testing"

// FuzzTag checks that Tag never panics and returns spans that slice the text.
func FuzzTag(f *testing.F) {
	for _, s := range []string{"13 August 2007", "one week after IPO", "the end of 2007", "9 a.m. Tuesday", "’90s", "Q3 '07", "1/2/3",
		"The offer, announced Thursday, expires Friday (which, ", "March twenty-, nineteen", "this past weekend",
		"net for the quarter, and will vote Friday and", "had been until Monday",
		"May 3. The next day, two days later", "A day earlier", "fiscal year ends June", "fiscal 25 ended", "to date", "It cut",
		"nineteen sixty-eight", "the day before", "celebrates its", "is now", "Acme Inc. meets", "ends on the last Saturday of",
		"runs from July 1 to", "the first of", "the last Friday of June", "April-June", "two years later", "Sales seen",
		"plans a", "is in", "typically"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, e := range Tag(s, Reference{DocDate: aug17, Anchors: anchors}) {
			if e.ByteStart < prev || e.ByteEnd > len(s) || s[e.ByteStart:e.ByteEnd] != e.Text || e.Start > e.End {
				t.Fatalf("bad span %+v", e)
			}
			prev = e.ByteEnd
		}
	})
}
