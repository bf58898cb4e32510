package timex

// subjectBefore is the token of the subject of the verb at k: the word right before it, or,
// where an aside between commas stands between them ("Eli Lilly, its main rival, reports
// results on Thursday", "Acme, the widget maker, opens its plant Friday"), the word before the
// aside. -1 where neither is a word of the verb's clause. News puts an apposition after a
// subject as often as not, and a verb read without its subject lost its present tense: "reports
// ... on Thursday", told on a Wednesday, was the Thursday gone.
func (m *matcher) subjectBefore(k int) int {
	if k >= 2 && m.punct(k-1, ",") {
		if a, b := m.asideOf(k - 2); a < b && b == k-1 && a >= 2 && m.punct(a-1, ",") && m.toks[a-2].kind == kWord {
			return a - 2
		}
		return m.appositionBefore(k)
	}
	if k < 1 || m.toks[k-1].kind != kWord || m.toks[k-1].clause != m.toks[k].clause {
		return -1
	}
	return k - 1
}

// appositionBefore is the word before an apposition that ends with the comma right before k
// (", its main rival,", ", the maker of widgets,", "The rival, Eli Lilly,"): up to eight words
// between two commas of one sentence, opening on a determiner or a capital, with no verb among
// them; -1 where there is none.
func (m *matcher) appositionBefore(k int) int {
	if k < 4 || !m.punct(k-1, ",") {
		return -1
	}
	for c := k - 3; c >= 1 && c >= k-10 && m.toks[c].sent == m.toks[k].sent; c-- {
		if m.toks[c].kind == kPunct && m.anyPunct(c, ".", "&", "-", "'", "’") {
			continue // "the largest U.S. carrier", "AT&T"
		}
		if m.toks[c].kind == kPunct {
			if !m.punct(c, ",") || m.toks[c-1].kind != kWord {
				return -1
			}
			if first := m.toks[c+1]; first.kind != kWord || !first.upper && !inSet(determiners, first.s) { // determiners holds the possessives
				return -1
			}
			return c - 1
		}
		if m.verbInfo(c)&(vPast|vFuture|vBe|vReporting|vPossibility) != 0 || m.toks[c].kind == kNum {
			return -1
		}
	}
	return -1
}

// anyPunct says whether token k is one of the marks ps.
func (m *matcher) anyPunct(k int, ps ...string) bool {
	for _, p := range ps {
		if m.punct(k, p) {
			return true
		}
	}
	return false
}
