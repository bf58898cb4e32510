package timex

import "testing"

// Families of 2010-2013 wire copy where local affairs touch business (heldout65's registers),
// with sentences of our own.

// "so soon" says how early, as "too soon" does: no time ahead. "soon" alone, or after "and so",
// stays FUTURE_REF.
func TestLocalDegreeSoon(t *testing.T) {
	run47(t, []case47{
		{"did not expect", date(2011, 3, 16), "Workers did not expect the layoffs to come so soon.",
			[]tagged{}},
		{"present", date(2011, 3, 16), "Nobody thinks the plant should close so soon after the union's concessions.",
			[]tagged{}},
		// near misses: a time ahead
		{"soon alone", date(2011, 3, 16), "The company will soon decide whether to close the plant.",
			[]tagged{{"soon", "FUTURE_REF"}}},
		{"and so", date(2011, 3, 16), "The talks failed, and so soon the plant will close.",
			[]tagged{{"soon", "FUTURE_REF"}}},
	})
}

// A year after "since" bounds a span that runs to the telling: "the end of the decade" after it
// is the telling's decade. A year the story goes back to keeps its own.
func TestLocalSinceDecade(t *testing.T) {
	run47(t, []case47{
		{"relative clause", date(2013, 6, 19), "The rating agency warned that pension costs, which have doubled since 2008, remain a burden. The city's projections show the fund running dry by the end of the decade.",
			[]tagged{{"2008", "2008"}, {"the end of the decade", "201"}}},
		{"main clause", date(2012, 5, 2), "Enrollment has fallen by a fifth since 2007. The district's study showed it falling further by the end of the decade.",
			[]tagged{{"2007", "2007"}, {"the end of the decade", "201"}}},
		// near miss: a year the story is at
		{"story year", date(2013, 6, 19), "The bakery opened its first shop in 2004. By the end of the decade it had 40 stores.",
			[]tagged{{"2004", "2004"}, {"the end of the decade", "200"}}},
	})
}

// A quarter named after the year in its sentence is the figure "a year earlier" compares: the
// same quarter a year back. A quarter named before the year leaves the year's comparison.
func TestLocalQuarterAfterYear(t *testing.T) {
	run47(t, []case47{
		{"earned", date(2011, 9, 7), "The utility earned $212 million in 2010 and $58 million in the second quarter, up from $51 million a year earlier.",
			[]tagged{{"2010", "2010"}, {"the second quarter", "2011-Q2"}, {"a year earlier", "2010-Q2"}}},
		{"lost", date(2011, 9, 7), "The chain lost $3 million in 2009 but earned $9 million in the first quarter, against a loss of $2 million a year earlier.",
			[]tagged{{"2009", "2009"}, {"the first quarter", "2011-Q1"}, {"a year earlier", "2010-Q1"}}},
		// near miss: the quarter before the year, the year's figure compared
		{"quarter first", date(2011, 9, 7), "Sales slowed in the second quarter, but for 2010 the chain earned $90 million, up from $70 million a year earlier.",
			[]tagged{{"the second quarter", "2011-Q2"}, {"2010", "2010"}, {"a year earlier", "2009"}}},
	})
}

// "the current fiscal year, which ends June 30" is named for the year of that end, ahead of a
// fiscal year the sentence compares it with.
func TestLocalCurrentFiscalEnding(t *testing.T) {
	run47(t, []case47{
		{"ends June 30", date(2013, 6, 19), "The county expects sales-tax receipts in fiscal 2014 to reach $40 million, up from $38 million in the current fiscal year, which ends June 30.",
			[]tagged{{"fiscal 2014", "2014"}, {"the current fiscal year", "2013"}, {"June 30", "2013-06-30"}}},
		{"ends in September", date(2012, 11, 2), "The district will spend $9 million less in fiscal 2014 than in this fiscal year, which ends in September.",
			[]tagged{{"fiscal 2014", "2014"}, {"this fiscal year", "2013"}, {"September", "2013-09"}}},
		// near miss: no end stated, the fiscal year named last
		{"no end", date(2013, 3, 1), "The state began fiscal 2013 in July, and the current fiscal year will bring cuts.",
			[]tagged{{"fiscal 2013", "2013"}, {"July", "2012-07"}, {"the current fiscal year", "2013"}}},
	})
}
