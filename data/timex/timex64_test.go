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

// A season told in the present in December is the nearer one: the spring ahead, as in January.
// A present spring told in the fall, and a spring told in the past, stay the year's.
func TestCorporatePresentSpring(t *testing.T) {
	run47(t, []case47{
		{"subject to a vote", date(2012, 12, 10), "The deal is subject to a vote of shareholders in the spring.",
			[]tagged{{"spring", "2013-SP"}}},
		{"needs approval", date(2012, 12, 3), "The plan needs the court's approval in the spring.",
			[]tagged{{"spring", "2013-SP"}}},
		{"requires a hearing", date(2013, 12, 18), "The sale requires a hearing before the regulator in the spring.",
			[]tagged{{"spring", "2014-SP"}}},
		// near misses: the present told in the fall, and the past told in December
		{"told in the fall", date(2012, 10, 10), "The deal is subject to a vote of shareholders in the spring.",
			[]tagged{{"spring", "2012-SP"}}},
		{"past", date(2012, 12, 10), "The company held a vote of shareholders in the spring.",
			[]tagged{{"spring", "2012-SP"}}},
	})
}
