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
