package timex

import "testing"

// Families of wire stories told as timelines (heldout56's), with sentences of our own.

// A number's plural in "'s" is no possessive: "last week" after it is the week gone.
func TestWireNumeralPlural(t *testing.T) {
	run47(t, []case47{
		{"DC-9's last month", date(1998, 10, 5), "The carrier grounded its remaining DC-9's last month.",
			[]tagged{{"last month", "1998-09"}}},
		{"737's last week", date(1999, 4, 14), "Inspectors looked at 40 of the 737's last week.",
			[]tagged{{"last week", "1999-W14"}}},
		{"a possessive stays the final one", date(1999, 4, 14), "It was the show's last week on the air.",
			nil},
	})
}

// A named day in apposition to a day with its year renames that day.
func TestWireAppositiveDay(t *testing.T) {
	run47(t, []case47{
		{"holiday", date(1998, 6, 5), "The fire broke out on Nov. 28, 1996, Thanksgiving Day, in a rooming house.",
			[]tagged{{"Nov. 28, 1996", "1996-11-28"}, {"Thanksgiving Day", "1996-11-28"}}},
		{"weekday before a holiday, then the following month", date(1997, 3, 10),
			"The bus crashed on Dec. 23, 1994, the Friday before Christmas, and the driver was charged the following month.",
			[]tagged{{"Dec. 23, 1994", "1994-12-23"}, {"the Friday before Christmas", "1994-12-23"}, {"the following month", "1995-01"}}},
		{"Christmas Eve", date(2000, 2, 1), "The boat sank on Dec. 24, 1987, Christmas Eve, off Cape Ann.",
			[]tagged{{"Dec. 24, 1987", "1987-12-24"}, {"Christmas Eve", "1987-12-24"}}},
		{"no date before it", date(1998, 12, 28), "Shoppers crowded the mall the Friday before Christmas.",
			[]tagged{{"the Friday before Christmas", "1998-12-18"}}},
	})
}

// What a saying joined to a dated deed goes back to leaves the story at the deed's day.
func TestWireSayingFlashback(t *testing.T) {
	run47(t, []case47{
		{"the next morning", date(1997, 11, 14),
			"The nurse returned to the stand Monday and said she first saw the defendant on Aug. 9. Under questioning the next morning, she wept.",
			[]tagged{{"Monday", "1997-11-10"}, {"Aug. 9", "1997-08-09"}, {"the next morning", "1997-11-11"}}},
		{"that evening", date(2001, 6, 11),
			"The mayor toured the levee Friday and said the river had crested on June 2. That evening he flew back to the capital.",
			[]tagged{{"Friday", "2001-06-08"}, {"June 2", "2001-06-02"}, {"That evening", "2001-06-08"}}},
		// the day dates the saying: the story goes on with what it tells
		{"said Monday", date(1997, 11, 14), "Police said Monday that the woman was last seen on Oct. 3. The next day her car was found.",
			[]tagged{{"Monday", "1997-11-10"}, {"Oct. 3", "1997-10-03"}, {"The next day", "1997-10-04"}}},
		{"in opening statements Tuesday", date(1997, 11, 14),
			"In opening statements Tuesday, the prosecutor told jurors the defendant set the fire on May 4, 1996. Firefighters found the body the next day.",
			[]tagged{{"Tuesday", "1997-11-11"}, {"May 4, 1996", "1996-05-04"}, {"the next day", "1996-05-05"}}},
	})
}

// A month in the past inside what a dated report found is before the report's day.
func TestWireMonthBeforeFinding(t *testing.T) {
	run47(t, []case47{
		{"inventory dated Nov. 30", date(1999, 2, 15), "An inventory dated Nov. 30 showed that radios bought in February had disappeared.",
			[]tagged{{"Nov. 30", "1998-11-30"}, {"February", "1998-02"}}},
		{"audit on Oct. 20", date(1999, 12, 3), "A state audit on Oct. 20 found that money raised in December was never deposited.",
			[]tagged{{"Oct. 20", "1999-10-20"}, {"December", "1998-12"}}},
		{"nouns joined by and", date(1999, 3, 22), "An audit on Dec. 15 found that two radios and a camera bought in March were gone.",
			[]tagged{{"Dec. 15", "1998-12-15"}, {"March", "1998-03"}}},
		{"a clause after the finding's stays", date(1999, 3, 22), "An audit on Dec. 15 found that cash was missing, and in March the chief resigned.",
			[]tagged{{"Dec. 15", "1998-12-15"}, {"March", "1999-03"}}},
		{"a month before the day stays", date(1999, 3, 22), "The company said on Feb. 2 that sales fell in January.",
			[]tagged{{"Feb. 2", "1999-02-02"}, {"January", "1999-01"}}},
		{"a clause of its own stays", date(1999, 3, 22), "An audit on Dec. 15 found the losses, and in March the chief resigned.",
			[]tagged{{"Dec. 15", "1998-12-15"}, {"March", "1999-03"}}},
	})
}

// A deadline of a wish laid on another lies after the wishing.
func TestWireWishedDeadline(t *testing.T) {
	run47(t, []case47{
		{"wanted the agency to finish by fall", date(1999, 3, 22), "The senator said Thursday that she wanted the agency to finish its review by fall.",
			[]tagged{{"Thursday", "1999-03-18"}, {"fall", "1999-FA"}}},
		{"wanted his players to report by June", date(2000, 4, 10), "The coach wanted his players to report by June, he said.",
			[]tagged{{"June", "2000-06"}}},
		{"wanted the audit finished by summer", date(1999, 3, 22), "The council wanted the new jail finished by summer, its chairman said.",
			[]tagged{{"summer", "1999-SU"}}},
		{"wants the books done before June", date(1999, 3, 22), "The auditor wanted the books done before June.",
			[]tagged{{"June", "1999-06"}}},
		// a year the sentence named first: the order was that year's
		{"in 1995 ... ordered ... by summer", date(1996, 3, 22), "In 1995 the judge ordered the county to pay by summer.",
			[]tagged{{"1995", "1995"}, {"summer", "1995-SU"}}},
		{"in 1995 ... wanted ... finished by fall", date(1996, 3, 22), "In 1995 the mayor wanted the bridge finished by fall.",
			[]tagged{{"1995", "1995"}, {"fall", "1995-FA"}}},
		{"wanted to, no object", date(2000, 10, 10), "She wanted to finish the mural in June but ran out of paint.",
			[]tagged{{"June", "2000-06"}}},
	})
}

// A unit before or after a happening the text dated counts from that happening's time.
func TestWireEventUnitTold(t *testing.T) {
	run47(t, []case47{
		{"the month after the robbery", date(1997, 5, 1), "The holdup took place on March 3, 1995. The bank hired guards the month after the robbery.",
			[]tagged{{"March 3, 1995", "1995-03-03"}, {"the month after", "1995-04"}}},
		{"the day before the accident", date(1999, 9, 20), "The Sept. 9 crash killed four people. The pilot had flown the plane the day before the accident.",
			[]tagged{{"Sept. 9", "1999-09-09"}, {"the day before", "1999-09-08"}}},
		{"the week after the shooting", date(1998, 6, 30), "The killing of June 2 shocked the town, and the council added patrols the week after the shooting.",
			[]tagged{{"June 2", "1998-06-02"}, {"the week after", "1998-W24"}}},
		{"a happening the text did not date", date(1998, 6, 30), "The storm hit on Monday. Prices rose the year after the election.",
			[]tagged{{"Monday", "1998-06-29"}}},
		{"no happening", date(1998, 6, 30), "The firm grew the year after the merger.", nil},
	})
}

// An anniversary told by a day of the telling's week, and "that weekend" of a story's day.
func TestWireAnniversaryAndWeekend(t *testing.T) {
	run47(t, []case47{
		{"a year ago Thursday, told on a Thursday", date(1999, 10, 7), "The bridge collapsed a year ago Thursday.",
			[]tagged{{"a year ago Thursday", "1998-10-07"}}},
		{"two years ago Saturday, told on a Tuesday", date(2000, 2, 15), "The ferry capsized two years ago Saturday, and the inquiry is not done.",
			[]tagged{{"two years ago Saturday", "1998-02-12"}}},
		{"five years ago tonight", date(2001, 3, 2), "Five years ago tonight, the levee broke.",
			[]tagged{{"Five years ago tonight", "1996-03-02"}}},
		{"a year ago alone stays the year", date(2001, 3, 2), "The levee broke a year ago.",
			[]tagged{{"a year ago", "2000"}}},
		{"that weekend", date(1999, 5, 20), "The girl left home on April 9. That weekend, volunteers searched the woods.",
			[]tagged{{"April 9", "1999-04-09"}, {"That weekend", "1999-W14-WE"}}},
	})
}
