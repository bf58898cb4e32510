package timex

import "testing"

// A bare weekday after the present of a verb of telling results or showing something is the
// day ahead that a schedule tells (news93): "Nike announces quarterly results Thursday" told on
// Monday 2024-06-10 is the Thursday to come. A past verb keeps the day gone, and so does the
// present of yesterday's weekday ("announces job cuts Friday" told on Saturday).
func TestNews93PresentTellingWeekday(t *testing.T) {
	run47(t, []case47{
		{"announces results", date(2024, 6, 10), "Velcor announces quarterly results Thursday.",
			[]tagged{{"quarterly", "P3M"}, {"Thursday", "2024-06-13"}}},
		{"posts earnings", date(2024, 6, 10), "Zentrix posts fourth-quarter earnings after the bell Wednesday.",
			[]tagged{{"fourth-quarter", "2024-Q4"}, {"Wednesday", "2024-06-12"}}},
		{"unveils a phone", date(2024, 6, 10), "Brightwell unveils new running shoe Friday.",
			[]tagged{{"Friday", "2024-06-14"}}},
		// Controls: a past verb, and the present of yesterday.
		{"reported results", date(2024, 6, 10), "Velcor reported its results Thursday.",
			[]tagged{{"Thursday", "2024-06-06"}}},
		{"announces cuts yesterday", date(2024, 6, 15), "Velcor announces job cuts Friday.",
			[]tagged{{"Friday", "2024-06-14"}}},
	})
}
