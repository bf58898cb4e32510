package timex

import (
	"testing"
	"time"
)

// Families of NYT News Service and AP domestic stories of 1996-2000 (heldout44's registers),
// with sentences of our own.

func TestDomesticNamedDays(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"Super Tuesday ahead", day(1995, 12, 4), "Forbes is spending heavily in the states that vote on Super Tuesday.",
			[]tagged{{"Super Tuesday", "1996-03-12"}}},
		{"Super Tuesday gone", day(2008, 6, 2), "Obama split the big states with Clinton on Super Tuesday.",
			[]tagged{{"Super Tuesday", "2008-02-05"}}},
		{"Super Tuesday in the year after", day(1993, 2, 9), "Clinton won most of the South on Super Tuesday.",
			[]tagged{{"Super Tuesday", "1992-03-10"}}},
		// the date apposed carries the day (heldout9's gold tags it alone)
		{"Super Tuesday with its date", day(2000, 3, 22), "He locked up the nomination on Super Tuesday, March 7.",
			[]tagged{{"Tuesday, March 7", "2000-03-07"}}},
		{"a super Tuesday", day(1999, 10, 5), "It was a super Tuesday for the Yankees.",
			[]tagged{{"Tuesday", "1999-10-05"}}},
		{"Inauguration Day ahead", day(1999, 11, 16), "The winner will be sworn in on Inauguration Day.",
			[]tagged{{"Inauguration Day", "2001-01-20"}}},
		{"Inauguration Day gone", day(1993, 2, 2), "Thousands lined Pennsylvania Avenue on Inauguration Day.",
			[]tagged{{"Inauguration Day", "1993-01-20"}}},
		{"Inauguration Day with its date", day(2000, 12, 14), "Bush takes office on Inauguration Day, Jan. 20.",
			[]tagged{{"Jan. 20", "2001-01-20"}}},
		{"a governor's inauguration day", day(1998, 11, 5), "The governor's inauguration day is Jan. 6.",
			[]tagged{{"Jan. 6", "1999-01-06"}}},
		{"election night gone", day(1998, 11, 5), "Democrats celebrated on election night.",
			[]tagged{{"election night", "1998-11-03"}}},
		{"Election Night ahead", day(2000, 10, 20), "The networks will call the race on Election Night.",
			[]tagged{{"Election Night", "2000-11-07"}}},
		{"election night with its day", day(1996, 11, 8), "On election night, Tuesday, the count stalled.",
			[]tagged{{"Tuesday", "1996-11-05"}}},
		// a named day just gone is next year's where the clause looks ahead
		{"Election Day after an off-year one, ahead", day(1999, 11, 18), "Gore said he would carry Tennessee on Election Day.",
			[]tagged{{"Election Day", "2000-11-07"}}},
		{"preparing for Election Day", day(2003, 11, 20), "Both parties are preparing for Election Day.",
			[]tagged{{"Election Day", "2004-11-02"}}},
		{"Christmas ahead in January", day(1997, 1, 8), "The mall will add a wing before Christmas.",
			[]tagged{{"Christmas", "1997-12-25"}}},
		{"Election Day just gone, past", day(1999, 11, 18), "Turnout in Kentucky was light on Election Day.",
			[]tagged{{"Election Day", "1999-11-02"}}},
		{"Christmas gone, past", day(1997, 1, 8), "Sales slowed after Christmas.",
			[]tagged{{"Christmas", "1996-12-25"}}},
		{"had prepared for Christmas", day(1997, 1, 8), "The stores had prepared for Christmas with extra staff.",
			[]tagged{{"Christmas", "1996-12-25"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectTags(t, tt.text, tt.doc, tt.want) })
	}
}

func TestDomesticWhenClause(t *testing.T) {
	jan := time.Date(1997, 1, 13, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		text string
		want []tagged
	}{
		{"since a recent year, when", "Mortgage rates are the highest since 1995, when they peaked in April.",
			[]tagged{{"1995", "1995"}, {"April", "1995-04"}}},
		{"since a winter, when", "It was the coldest week since the winter of 1996, when a freeze in late February killed the citrus crop.",
			[]tagged{{"winter of 1996", "1996-WI"}, {"late February", "1996-02"}}},
		{"a day in the clause", "The last strike was in 1996, when the drivers walked out on Oct. 3.",
			[]tagged{{"1996", "1996"}, {"Oct. 3", "1996-10-03"}}},
		// no "when" clause, or a comma between: the tense's
		{"no when clause", "Mortgage rates are the highest since 1995 and may rise in April.",
			[]tagged{{"1995", "1995"}, {"April", "1997-04"}}},
		{"a month after the clause", "It was the worst flood since 1995, when the levee broke, and crews will inspect it in March.",
			[]tagged{{"1995", "1995"}, {"March", "1997-03"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectTags(t, tt.text, jan, tt.want) })
	}
}

func TestDomesticWeatherSeason(t *testing.T) {
	jan := time.Date(1997, 1, 13, 0, 0, 0, 0, time.UTC)
	expectTags(t, "The first storm of the season closed the passes.", jan, nil)
	expectTags(t, "It was the worst blizzard of the season in Denver.", jan, nil)
	expectTags(t, "Ewing scored his 30th point of the season.", jan, []tagged{{"the season", "1997"}})
	expectTags(t, "It was the Knicks' worst loss of the season.", jan, []tagged{{"the season", "1997"}})
}

func TestDomesticScheduleAfterPlace(t *testing.T) {
	nov := time.Date(1999, 11, 16, 0, 0, 0, 0, time.UTC)
	sep := time.Date(1998, 9, 10, 0, 0, 0, 0, time.UTC)
	expectTags(t, "The Democratic convention opens in Los Angeles on Aug. 14.", nov, []tagged{{"Aug. 14", "2000-08-14"}})
	expectTags(t, "The trial begins in Denver in June.", sep, []tagged{{"June", "1999-06"}})
	expectTags(t, "The conference meets at Madison Square Garden in New York in early May.", sep, []tagged{{"early May", "1999-05"}})
	// past verbs, and a present that is no verb of the calendar, stay gone
	expectTags(t, "The convention opened in Chicago on Aug. 26.", sep, []tagged{{"Aug. 26", "1998-08-26"}})
	expectTags(t, "Sales rose in Europe in May.", sep, []tagged{{"May", "1998-05"}})
}

func TestDomesticInTheDecade(t *testing.T) {
	may := time.Date(1999, 5, 9, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		text string
		want []tagged
	}{
		{"later in the decade after a past year", "The mill opened in 1957. Later in the decade, it added a second shift.",
			[]tagged{{"1957", "1957"}, {"Later in the decade", "195"}}},
		{"earlier in the decade after a decade named", "He taught in Ohio in the 1970s and earlier in the decade had served in the Army.",
			[]tagged{{"1970s", "197"}, {"earlier in the decade", "197"}}},
		{"early in the decade, its mod", "Rates fell in 1982; early in the decade, banks had failed by the dozen.",
			[]tagged{{"1982", "1982"}, {"early in the decade", "198"}}},
		{"the publication's decade", "Earlier in the decade, the company had settled similar claims.",
			[]tagged{{"Earlier in the decade", "199"}}},
		// told ahead, the decade is the publication's; a degree is no time
		{"ahead after a past year", "Sales fell in 1983. The firm expects them to recover later in the decade.",
			[]tagged{{"1983", "1983"}, {"later in the decade", "199"}}},
		{"too late in the decade", "It was too late in the decade to change course.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectTags(t, tt.text, may, tt.want) })
	}
}

func TestDomesticHeldEvent(t *testing.T) {
	nov := time.Date(1999, 11, 16, 0, 0, 0, 0, time.UTC)
	expectTags(t, "The Green Party holds its national convention in August.", nov, []tagged{{"August", "2000-08"}})
	expectTags(t, "The league opens its season in Denver on April 3.", nov, []tagged{{"April 3", "2000-04-03"}})
	expectTags(t, "The union holds its vote on Sept. 12.", nov, []tagged{{"Sept. 12", "2000-09-12"}})
	// past, and an object that is no event, stay gone
	expectTags(t, "The party held its convention in August.", nov, []tagged{{"August", "1999-08"}})
	expectTags(t, "Microsoft holds a stake in the venture it formed in August.", nov, []tagged{{"August", "1999-08"}})
}

func TestDomesticReachedExtreme(t *testing.T) {
	oct := time.Date(1998, 10, 21, 0, 0, 0, 0, time.UTC)
	expectTags(t, "Compaq shares are down 45 percent from their high in April.", oct, []tagged{{"April", "1998-04"}})
	expectTags(t, "The Nasdaq has lost a fifth of its value since its April peak.", oct, []tagged{{"April", "1998-04"}})
	expectTags(t, "The Dow is 9 percent below its record high in November.", oct, []tagged{{"November", "1997-11"}})
	// a mark forecast stays ahead; a month of no mark keeps its reading
	expectTags(t, "Economists expect inflation to reach a peak in April.", oct, []tagged{{"April", "1999-04"}})
	expectTags(t, "The stock is expected to split in April.", oct, []tagged{{"April", "1999-04"}})
}

func TestDomesticSpentSeason(t *testing.T) {
	aug := time.Date(1996, 8, 14, 0, 0, 0, 0, time.UTC)
	expectTags(t, "Perot will spend the fall on television.", aug, []tagged{{"fall", "1996-FA"}})
	expectTags(t, "The mayor spent the winter fighting the unions.", aug, []tagged{{"winter", "1995-WI"}})
	// a season's fall and money spent are no times
	expectTags(t, "Historians spent years on the fall of Rome.", aug, nil)
	expectTags(t, "The campaign spent the money on ads.", aug, nil)
}
