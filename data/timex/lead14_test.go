package timex

import "testing"

// A month and day some weeks gone, told by a clause that looks ahead from the telling, is next
// year's; "would" (ahead of a past), a day within two weeks, and the past keep this year's
// (lead14.go futureDayGone).
func TestFutureDayGone(t *testing.T) {
	// aug15 is 2007-08-15: July 2 is 44 days back, July 20 26 days, Aug. 5 10 days.
	tests := []struct {
		text string
		want []tagged
	}{
		{"The company will hold its annual meeting on July 20.", []tagged{{"July 20", "2008-07-20"}}},
		{"The plant will reopen July 2, the union said.", []tagged{{"July 2", "2008-07-02"}}},
		{"Halden will hold its investor day the week of July 9.", []tagged{{"the week of July 9", "2008-W28"}}},
		// near-misses
		{"The company said in June it would close the plant on July 20.", []tagged{{"June", "2007-06"}, {"July 20", "2007-07-20"}}},
		{"The company closed the plant on July 20.", []tagged{{"July 20", "2007-07-20"}}},
		{"The hearing had been set for July 20 but was put off.", []tagged{{"July 20", "2007-07-20"}}},
		{"The company will appeal the Aug. 5 ruling.", []tagged{{"Aug. 5", "2007-08-05"}}},
	}
	for _, tt := range tests {
		expectTags(t, tt.text, aug15, tt.want)
	}
}

// "would" after a past month of its own sentence looks ahead from that month, not from the
// publication (lead14.go wouldFromStory); "will" still looks ahead from the telling.
func TestWouldFromStory(t *testing.T) {
	// aug15 is 2007-08-15.
	tests := []struct {
		text string
		want []tagged
	}{
		{"The firm had warned in February that sales would fall in the spring.", []tagged{{"February", "2007-02"}, {"spring", "2007-SP"}}},
		{"The company said in November it would close the plant in March.", []tagged{{"November", "2006-11"}, {"March", "2007-03"}}},
		{"In January, the retailer said it would open the store on May 3.", []tagged{{"January", "2007-01"}, {"May 3", "2007-05-03"}}},
		// near-misses: "will" from the telling; a month of another sentence
		{"The firm said in February that sales will fall in the spring.", []tagged{{"February", "2007-02"}, {"spring", "2008-SP"}}},
		{"The firm spoke in February. Sales would fall in the spring, it said.", []tagged{{"February", "2007-02"}, {"spring", "2008-SP"}}},
	}
	for _, tt := range tests {
		expectTags(t, tt.text, aug15, tt.want)
	}
}

// A past verb with its object or its idiom's noun before a day dates its act on that day, in
// the past, as a verb right before the day does (lead14.go pastVerbOverObject); a deadline's
// "for" and a schedule verb still look ahead.
func TestPastVerbOverObject(t *testing.T) {
	// dec10 is 2007-12-10: Jan. 1, Jan. 2 and Jan. 5 are three weeks or so ahead.
	dec10 := date(2007, 12, 10)
	tests := []struct {
		text string
		want []tagged
	}{
		{"The law took effect Jan. 1.", []tagged{{"Jan. 1", "2007-01-01"}}},
		{"The company opened the new plant on Jan. 2.", []tagged{{"Jan. 2", "2007-01-02"}}},
		// near-misses
		{"The judge set a hearing for Jan. 5.", []tagged{{"Jan. 5", "2008-01-05"}}},
		{"The board scheduled the vote on Jan. 5.", []tagged{{"Jan. 5", "2008-01-05"}}},
		{"The law takes effect Jan. 1.", []tagged{{"Jan. 1", "2008-01-01"}}},
	}
	for _, tt := range tests {
		expectTags(t, tt.text, dec10, tt.want)
	}
}
