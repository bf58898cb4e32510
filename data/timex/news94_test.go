package timex

import "testing"

// A bare weekday in a lead told in the present of a move or a record is the last session
// before the telling (news94): "Velcor posts third straight loss Friday" told on Saturday
// 2024-06-15 is the Friday gone. A schedule's present ("announces results Thursday" told on a
// Monday, "posts results Friday" told on a Wednesday) keeps its day ahead, and a verb of ending
// needs a direction ("the offer ends Friday" is ahead).
func TestNews94PresentMoveJustGone(t *testing.T) {
	run47(t, []case47{
		{"posts a loss", date(2024, 6, 15), "Velcor posts third straight loss Friday.",
			[]tagged{{"Friday", "2024-06-14"}}},
		{"shares fall", date(2024, 6, 15), "Halden shares fall Friday as bond yields climb.",
			[]tagged{{"Friday", "2024-06-14"}}},
		{"stocks end lower", date(2024, 6, 15), "Stocks end Friday lower as oil jumps.",
			[]tagged{{"Friday", "2024-06-14"}}},
		{"posts its worst day", date(2024, 6, 15), "Halden Corp posts its worst day in a year Friday.",
			[]tagged{{"a year", "P1Y"}, {"Friday", "2024-06-14"}}},
		{"ends the week higher", date(2024, 6, 15), "Wall Street ends the week higher Friday as tech rallies.",
			[]tagged{{"the week", "2024-W24"}, {"Friday", "2024-06-14"}}},
		{"told on Monday", date(2024, 6, 17), "Velcor stock slides Friday after a downgrade.",
			[]tagged{{"Friday", "2024-06-14"}}},
		// Controls: the schedule's present, a verb of ending with no direction, and a day ahead.
		{"announces results", date(2024, 6, 10), "Velcor announces quarterly results Thursday.",
			[]tagged{{"quarterly", "P3M"}, {"Thursday", "2024-06-13"}}},
		{"posts results", date(2024, 6, 12), "Velcor posts quarterly results Friday.",
			[]tagged{{"quarterly", "P3M"}, {"Friday", "2024-06-14"}}},
		{"offer ends", date(2024, 6, 15), "The tender offer ends Friday.",
			[]tagged{{"Friday", "2024-06-21"}}},
		{"bidding closes", date(2024, 6, 15), "Bidding for the unit closes Friday.",
			[]tagged{{"Friday", "2024-06-21"}}},
	})
}
