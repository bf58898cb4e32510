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
