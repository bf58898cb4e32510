package timex

import "testing"

// A weekday after a past verb of telling and its hearer is the day of the telling, gone,
// whatever the future of the reported clause after it (news95): told on Wednesday 2024-06-12,
// "told staff on Tuesday she will retire" is Tuesday 2024-06-11. A telling ahead ("will tell
// staff on Friday") and an order ("were told to report on Monday") keep the day ahead.
func TestNews95ToldHearerWeekday(t *testing.T) {
	run47(t, []case47{
		{"told staff", date(2024, 6, 12), "Jane Roe told staff on Tuesday she will retire.",
			[]tagged{{"Tuesday", "2024-06-11"}}},
		{"told investors", date(2024, 6, 12), "The company told investors on Monday it would cut 500 jobs.",
			[]tagged{{"Monday", "2024-06-10"}}},
		{"assured shareholders", date(2024, 6, 12), "The chief executive assured its shareholders Tuesday the payout will stay.",
			[]tagged{{"Tuesday", "2024-06-11"}}},
		// Near-misses: a telling ahead, and an order.
		{"will tell staff", date(2024, 6, 12), "She will tell staff on Friday that she will retire.",
			[]tagged{{"Friday", "2024-06-14"}}},
		{"told to report", date(2024, 6, 12), "Workers were told to report on Monday for the new shift.",
			[]tagged{{"Monday", "2024-06-17"}}},
	})
}
