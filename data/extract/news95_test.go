package extract_test

import "testing"

// TestNews95ToldHearerOn checks a weekday after a past verb of telling and its hearer: the day
// of the telling dates the news told, as "said on Monday" does, though the reported clause is
// in the future. Without a hearer's telling the plan keeps the publication's day.
func TestNews95ToldHearerOn(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Intel told investors on Monday it would cut 500 jobs.",
			[]string{"restructuring forecast INTC 2024-06-10"}},
		{"Boeing informed its suppliers on Tuesday that it will close two plants.",
			[]string{"restructuring forecast BA 2024-06-11"}},
		// Near-miss: a telling ahead keeps its day ahead.
		{"Intel will tell investors on Friday it plans to cut 500 jobs.",
			[]string{"restructuring forecast INTC 2024-06-14"}},
	})
}
