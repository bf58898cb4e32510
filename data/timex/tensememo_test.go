package timex

import "testing"

// tenseStoryTexts are sentences whose tense reading depends on the story's year: an order's
// deadline, a wish, an expectation told in a year before the publication's.
var tenseStoryTexts = []string{
	"In 1998 the court ordered the mill to pay the fine by March 3.",
	"In 2001 the board wanted the audit finished by June.",
	"In 2003, lenders had expected the rate to stay low until October.",
}

// TestTenseMemo checks tenseCue's memory (matcher.tenses) against a reading made afresh, for
// every span of up to four tokens of tenseStoryTexts and of every rule's examples, asked
// under two stories in turn and then again (from the memory): the key must hold all a reading
// depends on.
func TestTenseMemo(t *testing.T) {
	ref := Reference{DocDate: aug17}
	stories := []story{{}, {t: date(1990, 1, 1), gran: gYear, sent: 0, tok: 1}}
	texts := tenseStoryTexts
	for _, r := range Rules() {
		for _, ex := range r.Examples {
			texts = append(texts, ex.Text)
		}
	}
	for _, text := range texts {
		tx := NewText(text)
		m, fresh := newMatcher(tx.s, tx.toks, ref, nil), newMatcher(tx.s, tx.toks, ref, nil)
		for start := range tx.toks {
			for end := start + 1; end <= min(start+4, len(tx.toks)); end++ {
				for _, own := range []bool{false, true} {
					for pass := 0; pass < 2; pass++ {
						for _, st := range stories {
							m.story, fresh.story = st, st
							gt, gc := m.tenseCue(start, end, own)
							wt, wc := fresh.readTense(start, end, own)
							if gt != wt || gc != wc {
								t.Fatalf("%q [%d,%d) own=%v story %q: tenseCue = %v %q, read afresh %v %q", text, start, end, own, st.gran, gt, gc, wt, wc)
							}
						}
					}
				}
			}
		}
	}
}
