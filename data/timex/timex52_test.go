package timex

import "testing"

// Families of Washington political copy (heldout59's registers), with sentences of our own.

// A day of the month past the 21st, after the month the text named, is that month's day; so is
// a weekday's "the 28th".
func TestPoliticsDayOrdinal(t *testing.T) {
	run47(t, []case47{
		{"the 28th after a month", date(1996, 1, 20), "The state party meets in April, and its convention opens on the 28th.",
			[]tagged{{"April", "1996-04"}, {"the 28th", "1996-04-28"}}},
		{"the 31st after a day", date(1999, 3, 2), "Ballots were mailed on Jan. 8 and were due back by the 31st.",
			[]tagged{{"Jan. 8", "1999-01-08"}, {"the 31st", "1999-01-31"}}},
		{"the 22nd in words of a weekday", date(1998, 9, 1), "The runoff is set for Tuesday the 22nd.",
			[]tagged{{"Tuesday the 22nd", "1998-09-22"}}},
		// a day the month has not is no day
		{"the 32nd", date(1998, 9, 1), "Results came in on Sept. 3; the 32nd precinct was last.",
			[]tagged{{"Sept. 3", "1998-09-03"}}},
	})
}

// A named day said to be so long away lies ahead, whatever the tense around it.
func TestPoliticsTimeAway(t *testing.T) {
	run47(t, []case47{
		{"is months off in a quotation", date(2000, 2, 15), `Election Day is "nine months off," the chairman reminded donors.`,
			[]tagged{{"Election Day", "2000-11-07"}, {"nine months", "P9M"}}},
		{"with the day weeks away", date(1998, 3, 2), "With Election Day still 35 weeks away, the governor stopped campaigning.",
			[]tagged{{"Election Day", "1998-11-03"}, {"35 weeks", "P35W"}}},
		{"was a few months away", date(1996, 4, 1), "He said Election Day was only a few months away.",
			[]tagged{{"Election Day", "1996-11-05"}, {"few months", "PXM"}}},
		// without the distance the tense decides
		{"no distance", date(2000, 2, 15), "Turnout fell on Election Day.",
			[]tagged{{"Election Day", "1999-11-02"}}},
	})
}

// "into" and "throughout" make "March" and "May" months.
func TestPoliticsMonthOfExtent(t *testing.T) {
	run47(t, []case47{
		{"could drag into March", date(1999, 1, 12), "The hearings could drag into March, aides warned.",
			[]tagged{{"March", "1999-03"}}},
		{"throughout May", date(1997, 6, 20), "The filibuster went on throughout May.",
			[]tagged{{"May", "1997-05"}}},
		// the verb and the modal stay words
		{"the march into", date(1997, 6, 20), "Protesters march into the square. May they stay calm.",
			nil},
	})
}

// A half of a month or a week is that month or week, not the year's half.
func TestPoliticsHalfOfMonth(t *testing.T) {
	run47(t, []case47{
		{"the second half of the month", date(1998, 10, 20), "Donations slowed in the second half of the month.",
			[]tagged{{"the second half of the month", "1998-10"}}},
		{"of last month", date(1998, 10, 20), "The party raised most of its money in the first half of last month.",
			[]tagged{{"the first half of last month", "1998-09"}}},
		{"of the story's month", date(1999, 5, 3), "The audit covered August 1998, and the gaps came in the first half of the month.",
			[]tagged{{"August 1998", "1998-08"}, {"the first half of the month", "1998-08"}}},
		{"of next week", date(1999, 5, 3), "The Senate votes in the first half of next week.",
			[]tagged{{"the first half of next week", "1999-W19"}}},
		// the year's half stays the year's
		{"of the year", date(1999, 5, 3), "Spending rose in the first half of the year.",
			[]tagged{{"the first half of the year", "1999-H1"}}},
	})
}

// A season before a noun of a political or academic calendar is a time; what one turns to lies
// ahead.
func TestPoliticsSeasonOfCalendar(t *testing.T) {
	run47(t, []case47{
		{"turned to the fall campaign", date(1996, 3, 27), "With the nomination won, the senator turned to the fall campaign.",
			[]tagged{{"fall", "1996-FA"}}},
		{"spent in the fall campaign", date(1998, 12, 10), "The party spent $40 million on the fall campaign.",
			[]tagged{{"fall", "1998-FA"}}},
		{"gearing up for", date(1997, 12, 1), "Lawmakers are gearing up for the spring session.",
			[]tagged{{"spring", "1998-SP"}}},
		// a fall of something is no season
		{"the fall of the government", date(1997, 12, 1), "Critics predicted the fall of the government.",
			nil},
	})
}

// A sentence opened by a past year governs a month after "could" or "would".
func TestPoliticsMonthOfFrontedYear(t *testing.T) {
	run47(t, []case47{
		{"years ago, could by", date(2000, 1, 10), "Eight years ago, a governor who lost in New Hampshire could still win by May.",
			[]tagged{{"Eight years ago", "1992"}, {"May", "1992-05"}}},
		{"in a year, would in", date(1999, 9, 1), "In 1996, the party would not settle on a platform until August.",
			[]tagged{{"1996", "1996"}, {"August", "1996-08"}}},
		// a saying in between has its own time
		{"said could", date(1996, 1, 29), "Last year, officials said the plant could reopen in April.",
			[]tagged{{"Last year", "1995"}, {"April", "1996-04"}}},
		{"will", date(1996, 1, 29), "Last year, the state set rules that will take effect in April.",
			[]tagged{{"Last year", "1995"}, {"April", "1996-04"}}},
	})
}

// A year a quotation named before the day of its saying is the year of "that winter" after.
func TestPoliticsYearUnderTold(t *testing.T) {
	run47(t, []case47{
		{"said today, that winter", date(1998, 9, 30), `"We will not go back to 1996," the leader said today, recalling the strike that closed the port that winter.`,
			[]tagged{{"1996", "1996"}, {"today", "1998-09-30"}, {"that winter", "1996-WI"}}},
		{"said Monday, that October", date(1999, 3, 10), `"It was worse in 1994," the mayor said Monday, remembering the flood that October.`,
			[]tagged{{"1994", "1994"}, {"Monday", "1999-03-08"}, {"that October", "1994-10"}}},
		// a later sentence is the saying's
		{"a new sentence", date(1998, 9, 30), `"We will not go back to 1996," the leader said today. He hopes to settle the contract that winter.`,
			[]tagged{{"1996", "1996"}, {"today", "1998-09-30"}, {"that winter", "1998-WI"}}},
	})
}

// "next" or "last" before a month and day is the first such day after the telling, or the last
// before it, never its own; the month is not read alone as "next July".
func TestPoliticsNextDayOfYear(t *testing.T) {
	run47(t, []case47{
		{"told on the day", date(1997, 7, 1), "The new limits apply from next July 1.",
			[]tagged{{"July 1", "1998-07-01"}}},
		{"told before the day", date(1997, 6, 3), "The new limits apply from next July 1.",
			[]tagged{{"July 1", "1997-07-01"}}},
		{"last, told on the day", date(1998, 4, 15), "Returns were due last April 15.",
			[]tagged{{"April 15", "1997-04-15"}}},
		// a figure after the month is no day
		{"a figure", date(1997, 6, 3), "Exports rose last March 15 percent.",
			[]tagged{{"last March", "1997-03"}}},
	})
}

// A day set in apposition after a year ahead, or after a fiscal year's end, is that year's day.
func TestPoliticsApposedYearAhead(t *testing.T) {
	run47(t, []case47{
		{"a year ahead", date(1999, 4, 12), "The program runs out in 2001, on June 30.",
			[]tagged{{"2001", "2001"}, {"June 30", "2001-06-30"}}},
		{"the end of a fiscal year", date(1999, 11, 19), "The waiver lapses at the end of fiscal 2000, on Sept. 30.",
			[]tagged{{"the end of fiscal 2000", "2000"}, {"Sept. 30", "2000-09-30"}}},
		// a year gone in a present clause is no day's
		{"a past year in the present", date(1999, 4, 12), "The program began in 1997, on June 30 it ends.",
			[]tagged{{"1997", "1997"}, {"June 30", "1999-06-30"}}},
	})
}

// "from tonight" counts as "from today" does.
func TestPoliticsFromTonight(t *testing.T) {
	run47(t, []case47{
		{"two weeks from tonight", date(1996, 1, 29), "The caucuses meet two weeks from tonight.",
			[]tagged{{"two weeks from tonight", "1996-W07"}}},
	})
}
