package timex

import "testing"

// A passive with "be" and its agent takes the tense of the modal or present before it: told in
// December, the month of a succession or a sale ahead is the coming one. A passive in the
// past, and a participle without its auxiliary, keep the past.
func TestCorporatePassiveAgent(t *testing.T) {
	run47(t, []case47{
		{"will be succeeded by", date(2012, 12, 12), "Smith will be succeeded by Lena Voss in January.",
			[]tagged{{"January", "2013-01"}}},
		{"is to be acquired by", date(2012, 12, 12), "The airline is to be acquired by Crestline in March, the companies said.",
			[]tagged{{"March", "2013-03"}}},
		{"would be bought by", date(2012, 12, 12), "The chain would be bought by Harbor Capital in March under the plan.",
			[]tagged{{"March", "2013-03"}}},
		// near misses: the passive told in the past, and a reduced participle with its agent
		{"was succeeded by", date(2012, 12, 12), "Smith was succeeded by Jones in January.",
			[]tagged{{"January", "2012-01"}}},
		{"memo seen by", date(2012, 12, 12), "Zenith Gear will cut 500 jobs, according to a memo seen by Reuters on Monday.",
			[]tagged{{"Monday", "2012-12-10"}}},
	})
}
