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

// TestNews95CompanyLeft checks a person who leaves a company named as the verb's object: a
// management change, the person out. What a company is left in ("leaving Intel's stock lower",
// "left Boeing with a charge") and a company's own leaving are none.
func TestNews95CompanyLeft(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Jane Roe will leave Starbucks at the end of the month.",
			[]string{"executive forecast SBUX 2024-06 out: Jane Roe"}},
		{"John Doe, a longtime engineer, quit Boeing last week to join a rival.",
			[]string{"executive occurred BA 2024-W23 out: John Doe"}},
		{"She is leaving Intel after 20 years, the company said on Monday.",
			[]string{"executive occurred INTC 2024-06-10"}},
		// Near-misses: a state left, and a company leaving.
		{"The strike left Boeing with a $1 billion charge.", nil},
		{"Weak guidance sent chip stocks down, leaving Intel's stock 3% lower.", nil},
		{"Customers are leaving Intel for cheaper chips.", nil},
	})
}
