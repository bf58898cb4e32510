package timex

import "testing"

// A holiday without its year that a past clause times with "at", "over", "during" or
// "around" is the one gone, even weeks before it comes round again; a future clause and a
// clause that only plans keep it ahead.
func TestPastHolidayGone(t *testing.T) {
	run47(t, []case47{
		{"were busy at", date(2025, 10, 14), "Stores were busy at Thanksgiving, the company said.",
			[]tagged{{"Thanksgiving", "2024-11-28"}}},
		{"were strong at", date(2025, 10, 14), "Sales were strong at Halloween, the maker said.",
			[]tagged{{"Halloween", "2024-10-31"}}},
		// near misses: a future clause, a plan
		{"will be", date(2025, 10, 14), "Stores will be busy at Thanksgiving, the company said.",
			[]tagged{{"Thanksgiving", "2025-11-27"}}},
		{"planned", date(2025, 10, 14), "The sale was planned at Thanksgiving, the company said.",
			[]tagged{{"Thanksgiving", "2025-11-27"}}},
	})
}

// A holiday after "after" in a clause told ahead, in the days just after the holiday, is the
// one gone; one farther back, or before "before", stays with the tense (next year's).
func TestAfterHolidayJustGone(t *testing.T) {
	run47(t, []case47{
		{"Labor Day weekend", date(2025, 9, 2), "Traffic will be light after the Labor Day weekend, officials said.",
			[]tagged{{"Labor Day weekend", "2025-W35-WE"}}},
		{"Memorial Day", date(2025, 5, 27), "Dealers expect trading will pick up after Memorial Day.",
			[]tagged{{"Memorial Day", "2025-05-26"}}},
		// near misses: "before", and a holiday three weeks gone
		{"before", date(2025, 9, 2), "Traffic will be heavy before the Labor Day weekend, officials said.",
			[]tagged{{"Labor Day weekend", "2026-W36-WE"}}},
		{"weeks later", date(2025, 9, 20), "Traffic will be light after the Labor Day weekend, officials said.",
			[]tagged{{"Labor Day weekend", "2026-W36-WE"}}},
	})
}
