package timex

import "testing"

// A year or a month and year that labels a line of a timeline, before a colon and a
// capitalized word, is a date, and the narrative anchors after it count from it; four digits
// glued to a colon inside a line, a log of the hours and a year far past the telling stay
// untagged.
func TestTimelineYearLabel(t *testing.T) {
	run47(t, []case47{
		{"year lines", date(2016, 9, 22), "Milestones:\n\n1887: Samuel Harwick buys a sawmill. Two years later it ships paper by rail.\n\n1929: Harwick lists its shares. That fall, it cuts wages.",
			[]tagged{{"1887", "1887"}, {"Two years later", "1889"}, {"1929", "1929"}, {"That fall", "1929-FA"}}},
		{"month and year line", date(2009, 3, 2), "Key dates:\nMarch 2001: The bank closes its branch in Akron. Eight months later, it closes another.\n1958: Founders open a store in Tulsa.",
			[]tagged{{"March 2001", "2001-03"}, {"Eight months later", "2001-11"}, {"1958", "1958"}}},
		// near misses: inside a line, a log of hours, a year far ahead of the telling
		{"inside a line", date(2016, 9, 22), "The final tally was 1200: Smith won easily.",
			nil},
		{"hours", date(2016, 9, 22), "0830: Troops enter the town.\n1215: Shelling stops.",
			nil},
		{"far ahead", date(2016, 9, 22), "2150: Colony ships reach Mars.",
			nil},
	})
}
