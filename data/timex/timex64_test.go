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

// A figure compared with "a year earlier" or "a year ago" paragraphs after a results story's
// lede is the lede's quarter a year back; a forecast's comparison, and a story whose lede
// reports no quarter, keep the year.
func TestCorporateLedeQuarterBack(t *testing.T) {
	lede := "Halvorsen Tools said on Thursday that its third-quarter profit rose 8 percent on strong demand from builders. " +
		"The company also named a new finance chief. It said it would build a plant in Ohio next year. Its shares rose 2 percent. "
	run47(t, []case47{
		{"orders from a year earlier", date(2012, 10, 25), lede + "Orders fell 3 percent from a year earlier.",
			[]tagged{{"Thursday", "2012-10-25"}, {"third-quarter", "2012-Q3"}, {"next year", "2013"}, {"a year earlier", "2011-Q3"}}},
		{"revenue from a year ago", date(2012, 4, 20), "Kestrel Bank said its first-quarter earnings rose 14 percent, helped by mortgage fees. " +
			"The bank has cut 300 jobs since 2010. Its chief executive said lending would pick up next year. Analysts had expected less. " +
			"Revenue rose 5 percent from a year ago.",
			[]tagged{{"first-quarter", "2012-Q1"}, {"2010", "2010"}, {"next year", "2013"}, {"a year ago", "2011-Q1"}}},
		// near misses: a forecast's comparison, and a lede that reports no quarter
		{"forecast", date(2012, 10, 25), lede + "It expects sales to rise 4 percent from a year earlier.",
			[]tagged{{"Thursday", "2012-10-25"}, {"third-quarter", "2012-Q3"}, {"next year", "2013"}, {"a year earlier", "2011"}}},
		{"no lede quarter", date(2012, 10, 25), "Halvorsen Tools named a new chief executive on Thursday. The company also named a new finance chief. " +
			"It said it would build a plant in Ohio next year. Its shares rose 2 percent. Sales rose 20 percent from a year ago.",
			[]tagged{{"Thursday", "2012-10-25"}, {"next year", "2013"}, {"a year ago", "2011"}}},
	})
}

// A month in an aside of the subject dates the aside alone: "would" in the saying after it
// looks ahead from the telling. A saying's own month ("said in January it would") is still
// where "would" looks ahead from.
func TestCorporateAsideMonthWould(t *testing.T) {
	run47(t, []case47{
		{"which filed in", date(2012, 11, 19), "The retailer, which filed for Chapter 11 in January, said it would close 40 stores by the end of March.",
			[]tagged{{"January", "2012-01"}, {"the end of March", "2013-03"}}},
		{"which sought in", date(2012, 11, 19), "Harbor Air, which sought court protection in February, said it would sell its regional jets in April.",
			[]tagged{{"February", "2012-02"}, {"April", "2013-04"}}},
		{"whose chief quit", date(2012, 11, 19), "The chain, whose chief quit in May, said it would name a successor by September.",
			[]tagged{{"May", "2012-05"}, {"September", "2013-09"}}},
		// near misses: the saying's own month, after the verb and leading the sentence
		{"said in January", date(2012, 11, 19), "The retailer said in January it would close 40 stores by March.",
			[]tagged{{"January", "2012-01"}, {"March", "2012-03"}}},
		{"In January,", date(2012, 11, 19), "In January, the retailer said it would close 40 stores by March.",
			[]tagged{{"January", "2012-01"}, {"March", "2012-03"}}},
	})
}
