package timex

import "testing"

// A season that a verb of reliance counts on is a time, and lies ahead of the counting,
// whatever its tense; a season before a noun, or one a report is "on", is none.
func TestEpidemicSeasonReliedOn(t *testing.T) {
	run47(t, []case47{
		{"had been counting on", date(2005, 3, 9), "Innkeepers had been counting on the summer to make up for a slow winter.",
			[]tagged{{"summer", "2005-SU"}}},
		{"are banking on", date(2011, 1, 20), "Ski resorts are banking on the spring to bring late snow.",
			[]tagged{{"spring", "2011-SP"}}},
		{"relied on, past", date(2011, 1, 20), "Growers relied on the fall to sell what was left.",
			[]tagged{{"fall", "2011-FA"}}},
		// near misses: a season before a noun, a report on a season
		{"season's noun", date(2005, 3, 9), "Innkeepers counted on summer crowds to recover.", nil},
		{"report on", date(2005, 3, 9), "The report on the summer came out late.", nil},
		{"a bank's name", date(1998, 10, 8), "The lender completed its purchase of Coastal Savings Bank on Monday.",
			[]tagged{{"Monday", "1998-10-05"}}},
	})
}

// A month after "in" or "by" that ends the object of a warning lies ahead of the warning; a
// month that dates the warning itself is left to the tense.
func TestEpidemicWarnedOf(t *testing.T) {
	run47(t, []case47{
		{"has warned of", date(2014, 10, 8), "The food agency has warned of shortages in December.",
			[]tagged{{"December", "2014-12"}}},
		{"warned about ... by", date(2012, 6, 5), "Hospital groups warned about staff cuts by September.",
			[]tagged{{"September", "2012-09"}}},
		// near misses: the warning's own month, a report of a month gone
		{"warned in", date(2014, 10, 8), "The food agency warned in August of shortages.",
			[]tagged{{"August", "2014-08"}}},
		{"reported", date(2014, 10, 8), "The food agency reported shortages in August.",
			[]tagged{{"August", "2014-08"}}},
	})
}

// A holiday or a month that a present worry is about lies ahead; a past worry is left to the
// tense.
func TestEpidemicWorriedAbout(t *testing.T) {
	run47(t, []case47{
		{"are most worried about", date(2020, 11, 16), "Health officials are most worried about Thanksgiving.",
			[]tagged{{"Thanksgiving", "2020-11-26"}}},
		{"is very nervous about", date(2008, 9, 2), "The chain is very nervous about December.",
			[]tagged{{"December", "2008-12"}}},
		// near miss: the worry told in the past
		{"were worried about", date(2020, 11, 16), "Health officials were most worried about Thanksgiving.",
			[]tagged{{"Thanksgiving", "2019-11-28"}}},
	})
}

// "Now" opening a sentence after a sentence told in the past sets the present against it; a
// "Now" before a comma, "that", "is" or a noun subject with "is" is discourse.
func TestEpidemicNowAfterPast(t *testing.T) {
	run47(t, []case47{
		{"quote", date(2014, 10, 8), `"In August we turned people away. Now we have beds for all of them," she said.`,
			[]tagged{{"August", "2014-08"}, {"Now", "PRESENT_REF"}}},
		{"noun subject with has", date(2014, 10, 8), "The clinic was closed for weeks. Now the town has two of them.",
			[]tagged{{"Now", "PRESENT_REF"}}},
		// near misses: discourse markers
		{"comma", date(2014, 10, 8), "The clinic was closed for weeks. Now, the council must decide.", nil},
		{"the question is", date(2014, 10, 8), "The clinic was closed for weeks. Now the question is who pays.", nil},
		{"now that", date(2014, 10, 8), "The clinic was closed for weeks. Now that it is open, staff are back.", nil},
		{"it is time", date(2014, 10, 8), "He raced on steel frames as a young man. Now it is time for his children.", nil},
	})
}

// A habit in an appositive after a complete clause describes the clause's figure, not its
// date; with no verb before the comma the habit is the clause's own.
func TestEpidemicAppositiveHabit(t *testing.T) {
	run47(t, []case47{
		{"a level ... normally", date(2009, 10, 16), "Visits on Oct. 10 were for flu, a level the agency normally sees only in bad seasons.",
			[]tagged{{"Oct. 10", "2009-10-10"}}},
		{"a gain ... usually", date(2011, 3, 4), "Sales on March 1 rose 6 percent, a gain that stores usually see only in December.",
			[]tagged{{"March 1", "2011-03-01"}, {"December", "XXXX-12"}}},
		// near miss: the habit is the clause's own
		{"no verb before the comma", date(2009, 10, 16), "On Oct. 10, a doctor usually sees ten patients.",
			[]tagged{{"Oct. 10", "XXXX-10-10"}}},
	})
}

// A season or month that ends "through" or "until" in an infinitive a past request governs lies
// ahead of the request; a past act through a season is the season gone.
func TestEpidemicRequestedThrough(t *testing.T) {
	run47(t, []case47{
		{"asked for ... to be moved through", date(2016, 8, 19), "Parents asked for recess to be moved indoors through the fall.",
			[]tagged{{"fall", "2016-FA"}}},
		{"urged ... to keep ... until", date(2009, 10, 14), "The board urged the district to keep the schools closed until December.",
			[]tagged{{"December", "2009-12"}}},
		// near miss: no request, a past act through a season
		{"kept open through", date(2016, 8, 19), "The pool was kept open through the winter.",
			[]tagged{{"winter", "2015-WI"}}},
	})
}
