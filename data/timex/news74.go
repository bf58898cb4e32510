package timex

// payableToRecord says whether the date at start is a payout's record day told after its
// payable: "payable to holders of record May 1", "payable to shareholders of record on May 1",
// "payable to stockholders of record as of May 1". As "payable May 1" is, the record day of a
// payout being declared lies ahead, whatever the declaring verb's tense; a payout told as past
// ("was payable to holders of record May 1") and a record day with no "payable" before it
// ("holders of record May 1 received one share") are left to the tense around them.
func (m *matcher) payableToRecord(start int) bool {
	k := start - 1
	switch {
	case m.word(k, "on"):
		k--
	case m.word(k, "of") && m.word(k-1, "as"):
		k -= 2
	}
	if !m.word(k, "record") || !m.word(k-1, "of") {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-6 && m.toks[j].sent == m.toks[start].sent; j-- {
		if m.toks[j].kind == kPunct {
			return false
		}
		if m.word(j, "payable") {
			return !m.anyWord(j-1, "was", "were", "became", "become", "been", "had")
		}
	}
	return false
}
