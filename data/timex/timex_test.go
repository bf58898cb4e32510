package timex

import (
	"math/rand"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var (
	aug17 = time.Date(2007, 8, 17, 0, 0, 0, 0, time.UTC)
	aug21 = time.Date(2007, 8, 21, 0, 0, 0, 0, time.UTC)
	aug13 = time.Date(2007, 8, 13, 0, 0, 0, 0, time.UTC) // a Monday
	aug15 = time.Date(2007, 8, 15, 0, 0, 0, 0, time.UTC) // a Wednesday

	anchors = []Anchor{
		{ID: "vmw-ipo", Value: "2007-08-14", Type: "ipo", Terms: []string{"VMware", "VMW"}},
		{ID: "xen-acq", Value: "2007-08-15", Type: "acquisition", Terms: []string{"XenSource", "Citrix", "CTXS"}},
	}
)

// tagged is an expression a test expects, by its text and value.
type tagged struct{ text, value string }

// expectTags checks that the tagger finds exactly want in text, in order.
func expectTags(t *testing.T, text string, doc time.Time, want []tagged) {
	t.Helper()
	got := Tag(text, Reference{DocDate: doc})
	if len(got) != len(want) {
		t.Fatalf("Tag(%q) = %+v, want %d expressions", text, got, len(want))
	}
	for i, w := range want {
		if got[i].Text != w.text || got[i].Value != w.value {
			t.Errorf("Tag(%q)[%d] = %q %s, want %q %s", text, i, got[i].Text, got[i].Value, w.text, w.value)
		}
	}
}

// want is the expected expression: its text and value, and the rest only where set.
type want struct {
	text, value        string
	typ, gran, mod, by string
}

// expectWants checks that the tagger finds exactly want in text, in order: text and value
// always (a want without a value takes any), the type (DATE unless set) and the mod always, the
// granularity and the resolver where set.
func expectWants(t *testing.T, text string, ref Reference, want []want) {
	t.Helper()
	got := Tag(text, ref)
	if len(got) != len(want) {
		t.Fatalf("Tag(%q) = %+v, want %d expressions", text, got, len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Text != w.text || w.value != "" && g.Value != w.value {
			t.Errorf("Tag(%q)[%d] = %q %s, want %q %s", text, i, g.Text, g.Value, w.text, w.value)
		}
		typ := w.typ
		if typ == "" {
			typ = "DATE"
		}
		if g.Type != typ {
			t.Errorf("Tag(%q)[%d].Type = %s, want %s", text, i, g.Type, typ)
		}
		if w.gran != "" && g.Granularity != w.gran {
			t.Errorf("Tag(%q)[%d].Granularity = %s, want %s", text, i, g.Granularity, w.gran)
		}
		if g.Mod != w.mod {
			t.Errorf("Tag(%q)[%d].Mod = %q, want %q", text, i, g.Mod, w.mod)
		}
		if w.by != "" && g.ResolvedBy != w.by {
			t.Errorf("Tag(%q)[%d].ResolvedBy = %s, want %s", text, i, g.ResolvedBy, w.by)
		}
	}
}

func TestTag(t *testing.T) {
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []want
	}{
		// A full year reported in the season of annual reports is the one just ended.
		{"results year in March", time.Date(1987, 3, 16, 0, 0, 0, 0, time.UTC), "The company reported a loss of $2 million for the year.",
			[]want{{text: "the year", value: "1986"}}},
		{"results year ahead in March", time.Date(1987, 3, 16, 0, 0, 0, 0, time.UTC), "The company will report a loss for the year.",
			[]want{{text: "the year", value: "1987"}}},
		// The turn of the century: the last one looking back, the next one looking ahead.
		{"turn of the century back", time.Date(1999, 4, 27, 0, 0, 0, 0, time.UTC), "The hotel opened at the turn of the century.",
			[]want{{text: "the turn of the century", value: "1900", mod: "APPROX"}}},
		{"turn of the century ahead", time.Date(1995, 6, 1, 0, 0, 0, 0, time.UTC), "Sales will double by the turn of the century.",
			[]want{{text: "the turn of the century", value: "2000", mod: "APPROX"}}},
		// A company's calendar told in the present is no date; told in the past, its day is one.
		{"fiscal calendar", aug17, "Veltrix, whose fiscal year ends in January, said sales would fall.", nil},
		{"fiscal year ended", aug17, "Orland, whose fiscal year ended July 31, said profit rose.",
			[]want{{text: "July 31", value: "2007-07-31"}}},
		// A season in a name dates nothing.
		{"season in a name", aug17, "The last Summer Games were held in 2004, and the Winter Olympics open in February.",
			[]want{{text: "2004", value: "2004"}, {text: "February", value: "2008-02"}}},
		// "last year" after a word of extent or of a point in time is the year of an action, not
		// the term of a results story's comparison.
		{"comparable: since last year", aug17, "Orders in the second quarter were weak. Rates have hurt dealers since last year.",
			[]want{{text: "the second quarter", value: "2007-Q2"}, {text: "last year", value: "2006"}}},
		{"comparable: late last year", aug17, "Profit in the second quarter rose; the firm had cut jobs late last year.",
			[]want{{text: "the second quarter", value: "2007-Q2"}, {text: "late last year", value: "2006", mod: "END"}}},
		{"comparable: from last year", aug17, "Sales in the second quarter fell 3% from $9 million last year.",
			[]want{{text: "the second quarter", value: "2007-Q2"}, {text: "last year", value: "2006-Q2"}}},
		// "last year" that is no term of a comparison is the year, after a quarter's sentence too
		{"last year as a year", aug17, "Profit rose in the second quarter. For all of last year, it earned $790 million.",
			[]want{{text: "the second quarter", value: "2007-Q2"}, {text: "last year", value: "2006"}}},
		// Absolute dates.
		{"day month year", aug17, "It happened on 13 August 2007.", []want{{text: "13 August 2007", value: "2007-08-13", gran: "day", by: "absolute"}}},
		{"abbreviated month", aug17, "Priced Aug. 13, 2007, at $29.", []want{{text: "Aug. 13, 2007", value: "2007-08-13"}}},
		{"ordinal day, reference year", aug17, "On August 13th the shares were priced.", []want{{text: "August 13th", value: "2007-08-13", by: "publication"}}},
		{"iso", aug17, "Filed 2007-08-13 with the SEC.", []want{{text: "2007-08-13", value: "2007-08-13"}}},
		{"us slashes", aug17, "Filed 08/13/2007.", []want{{text: "08/13/2007", value: "2007-08-13"}}},
		{"month year", aug17, "Founded in April 2007.", []want{{text: "April 2007", value: "2007-04", gran: "month"}}},
		{"year", aug17, "It was founded in 2006.", []want{{text: "2006", value: "2006", gran: "year"}}},
		{"year alone", aug17, "1998 was the year VMware was founded.", []want{{text: "1998", value: "1998"}}},
		{"quarter year", aug17, "Revenue in Q3 2007 grew.", []want{{text: "Q3 2007", value: "2007-Q3", gran: "quarter"}}},
		{"the third quarter", aug17, "It expects growth in the third quarter.", []want{{text: "the third quarter", value: "2007-Q3", gran: "quarter"}}},
		{"third quarter of year", aug17, "In the third quarter of 2006 it lost money.", []want{{text: "the third quarter of 2006", value: "2006-Q3"}}},
		{"first half", aug17, "Sales in the first half of 2007 rose.", []want{{text: "the first half of 2007", value: "2007-H1", gran: "half"}}},
		{"half code", aug17, "Results for H1 2007 and 1H07.", []want{{text: "H1 2007", value: "2007-H1"}, {text: "1H07", value: "2007-H1"}}},
		{"quarter code", aug17, "Q2 results beat estimates.", []want{{text: "Q2", value: "2007-Q2"}}},
		{"fiscal year", aug17, "Guidance for fiscal 2008 was raised.", []want{{text: "fiscal 2008", value: "2008", gran: "year"}}},
		{"early year", aug17, "The product ships in early 2008.", []want{{text: "early 2008", value: "2008", mod: "START"}}},
		{"end of year", aug17, "By the end of 2007 it will ship.", []want{{text: "the end of 2007", value: "2007", mod: "END"}}},
		{"mid month", aug17, "Expected by mid-September.", []want{{text: "mid-September", value: "2007-09", mod: "MID"}}},
		{"late month", aug17, "It was released in late November.", []want{{text: "late November", value: "2006-11", mod: "END"}}},
		{"decade", aug17, "Virtualization dates from the 1960s.", []want{{text: "1960s", value: "196", gran: "decade"}}},
		{"early decade", aug17, "In the early 1990s it grew.", []want{{text: "early 1990s", value: "199", mod: "START"}}},
		{"season year", aug17, "Due in summer 2008.", []want{{text: "summer 2008", value: "2008-SU"}}},
		{"last fall", aug17, "It shipped last fall.", []want{{text: "last fall", value: "2006-FA"}}},
		{"century", aug17, "In the 20th century computers grew.", []want{{text: "the 20th century", value: "19", gran: "century"}}},

		// Relative to the publication date.
		{"today", aug17, "VMware said today it would buy Determina.", []want{{text: "today", value: "2007-08-17", by: "publication"}}},
		{"yesterday", aug17, "Shares fell yesterday.", []want{{text: "yesterday", value: "2007-08-16"}}},
		{"tomorrow", aug17, "It reports tomorrow.", []want{{text: "tomorrow", value: "2007-08-18"}}},
		{"tonight", aug17, "It reports tonight.", []want{{text: "tonight", value: "2007-08-17"}}},
		{"last week", aug17, "It was announced last week.", []want{{text: "last week", value: "2007-W32", gran: "week"}}},
		{"this week", aug17, "It ships this week.", []want{{text: "this week", value: "2007-W33"}}},
		{"this month", aug17, "It ships this month.", []want{{text: "this month", value: "2007-08", gran: "month"}}},
		{"next year", aug17, "It ships next year.", []want{{text: "next year", value: "2008", gran: "year"}}},
		{"last year", aug17, "It lost money last year.", []want{{text: "last year", value: "2006"}}},
		{"two weeks ago", aug17, "It was announced two weeks ago.", []want{{text: "two weeks ago", value: "2007-W31"}}},
		{"nine months ago", aug17, "Novell wanted to acquire XenSource nine months ago.", []want{{text: "nine months ago", value: "2006-11", gran: "month"}}},
		{"9 months ago", aug17, "Novell wanted to acquire XenSource 9 months ago.", []want{{text: "9 months ago", value: "2006-11"}}},
		{"a year ago", aug17, "A year ago it was private.", []want{{text: "A year ago", value: "2006"}}},
		{"now", aug17, "The company is a leader now.", []want{{text: "now", value: "PRESENT_REF"}}},
		{"recently", aug17, "It recently shipped ESX.", []want{{text: "recently", value: "PAST_REF"}}},
		{"fiscal calendar by weekday", aug17, "Its fiscal year ends on the last Saturday of July.", nil},
		{"fiscal calendar late month", aug17, "Its fiscal year ends in late January.", nil},
		// A weekday after an indefinite article is some day of that name; the year its sentence
		// names then dates the month.
		{"indefinite weekday", aug17, "The panic of 1907 began on a Tuesday in October.",
			[]want{{text: "1907", value: "1907"}, {text: "October", value: "1907-10"}}},
		// A year of history that leads its sentence dates it all; after it, a clause of the
		// same time as another ("as", "while") is told from the news's time.
		{"history year leads", aug17, "In 1998, when the mill closed, the town borrowed $3 million to pay its workers over the winter.",
			[]want{{text: "1998", value: "1998"}, {text: "winter", value: "1998-WI"}}},
		{"history year then news", aug17, "Auditors say he moved the funds in 1999, as his trial, which opened July 30, nears its end.",
			[]want{{text: "1999", value: "1999"}, {text: "July 30", value: "2007-07-30"}}},
		{"history year same clause", aug17, "The mill he bought in 1999 burned down in May.",
			[]want{{text: "1999", value: "1999"}, {text: "May", value: "1999-05"}}},
		// A year in an aside (a relative clause, a participle between commas) dates the aside
		// only: the main clause's season or month is the news's.
		{"history year in a relative clause", aug17, "Ruth Olin, who sold the mill in 1991, told the court she was first questioned last spring.",
			[]want{{text: "1991", value: "1991"}, {text: "last spring", value: "2007-SP"}}},
		{"history year in a participle", aug17, "The cannery, opened in 1962, shut its doors in March.",
			[]want{{text: "1962", value: "1962"}, {text: "March", value: "2007-03"}}},
		{"history year holds its aside", aug17, "The cannery, which opened in 1962 and shut in March, was sold.",
			[]want{{text: "1962", value: "1962"}, {text: "March", value: "1962-03"}}},
		{"indefinite weekday this year", aug17, "Stores will open late on Christmas Eve, which falls on a Sunday this year.",
			[]want{{text: "Christmas Eve", value: "2007-12-24"}, {text: "this year", value: "2007"}}},
		{"any weekday", aug17, "Shares can be bought on any Monday.", nil},
		{"fiscal calendar span", aug17, "The county's fiscal year runs from July 1 to June 30.", nil},
		{"is now a noun phrase", aug17, "Kessler is now the largest shareholder.", nil},
		{"is now a participle", aug17, "The embassy is now operating from a hotel.", []want{{text: "now", value: "PRESENT_REF"}}},
		{"said monday", aug21, "The company said Monday it had closed the deal.", []want{{text: "Monday", value: "2007-08-20"}}},
		{"will meet monday", aug17, "The board will meet Monday.", []want{{text: "Monday", value: "2007-08-20"}}},
		{"on friday same day", aug17, "It announced the deal on Friday.", []want{{text: "Friday", value: "2007-08-17"}}},
		{"in april past", aug17, "The company was founded in April.", []want{{text: "April", value: "2007-04"}}},
		{"in october past", aug17, "The company was founded in October.", []want{{text: "October", value: "2006-10"}}},
		{"in october future", aug17, "The product will ship in October.", []want{{text: "October", value: "2007-10"}}},
		{"before the end of september", aug17, "It will ship before the end of September.", []want{{text: "the end of September", value: "2007-09", mod: "END"}}},
		{"coming weeks", aug17, "More news in the coming weeks.", []want{{text: "the coming weeks", typ: "DURATION", value: "PXW"}}},
		{"earlier this year", aug17, "It was released earlier this year.", []want{{text: "earlier this year", value: "2007"}}},
		{"month this year", aug17, "It was released in February this year.", []want{{text: "February this year", value: "2007-02"}}},
		{"weekday with date", aug17, "The results came on Monday, Aug. 13.", []want{{text: "Monday, Aug. 13", value: "2007-08-13"}}},
		{"clock and day", aug17, "It extended its deadline until 9 a.m. Tuesday.", []want{{text: "9 a.m. Tuesday", value: "2007-08-21T09:00"}}},
		{"time", aug17, "Trading opened at 10:35 a.m. EST", []want{{text: "10:35 a.m. EST", value: "2007-08-17T10:35", typ: "TIME"}}},
		{"holiday", aug17, "It will ship by Christmas.", []want{{text: "Christmas", value: "2007-12-25"}}},
		// The sentences: the governing verb's tense, not the nearest participle.
		{"priced on monday", aug15, "VMware priced its initial public offering at $29 a share on Monday, above the expected range.", []want{{text: "Monday", value: "2007-08-13"}}},
		{"begin trading on tuesday", aug13, "The shares begin trading on the NYSE on Tuesday.", []want{{text: "Tuesday", value: "2007-08-14"}}},
		{"will begin on tuesday", aug15, "The company will begin shipping on Tuesday.", []want{{text: "Tuesday", value: "2007-08-21"}}},
		{"said on monday", aug15, "The company said on Monday that it will ship in the fall.", []want{{text: "Monday", value: "2007-08-13"}, {text: "fall", value: "2007-FA"}}},
		// A hyphened comparison with the forecast ("better-than-expected") is no future (r9).
		{"better-than-expected results", aug15, "The retailer reported better-than-expected sales on Monday.", []want{{text: "Monday", value: "2007-08-13"}}},
		{"planned merger adjective", aug15, "Its planned merger closed on Thursday.", []want{{text: "Thursday", value: "2007-08-09"}}},
		{"schedule verb third person", aug15, "The conference opens in Boston on Friday.", []want{{text: "Friday", value: "2007-08-17"}}},
		{"noun not verb", aug15, "On Monday, the head of the agency said the plan failed.", []want{{text: "Monday", value: "2007-08-13"}}},
		{"quarter nearest without tense", time.Date(2008, 1, 25, 0, 0, 0, 0, time.UTC), "Fourth-quarter revenue of $5 million beat estimates.", []want{{text: "Fourth-quarter", value: "2007-Q4"}}},
		{"quarter ahead without tense", time.Date(2007, 11, 20, 0, 0, 0, 0, time.UTC), "Guidance for the first quarter: $2 million.", []want{{text: "the first quarter", value: "2008-Q1"}}},
		{"modal points ahead", aug15, "The deal could close on Friday.", []want{{text: "Friday", value: "2007-08-17"}}},
		{"modal perfect points back", aug15, "The shares may have peaked on Monday.", []want{{text: "Monday", value: "2007-08-13"}}},
		{"present perfect", aug15, "The company has agreed on Monday to sell a unit.", []want{{text: "Monday", value: "2007-08-13"}}},
		{"a year earlier far from its quarter", aug17, "Profit for the third quarter rose. Costs fell. A year earlier it was less.", []want{{text: "the third quarter", value: "2007-Q3"}, {text: "A year earlier", value: "2006"}}},
		{"two days list", aug17, "The show runs on September 10 and 11.", []want{{text: "September 10", value: "2007-09-10"}, {text: "11", value: "2007-09-11"}}},

		{"day before a date", aug21, "The day before last Tuesday's hearing, he left.", []want{{text: "The day before last Tuesday", value: "2007-08-13"}}},
		{"last night", aug17, "The deal closed last night.", []want{{text: "last night", value: "2007-08-16"}}},
		{"this morning", aug17, "Shares rose this morning.", []want{{text: "this morning", value: "2007-08-17"}}},
		{"late yesterday", aug17, "It was announced late yesterday.", []want{{text: "late yesterday", value: "2007-08-16"}}},
		{"end of the year", aug17, "It ships by the end of the year.", []want{{text: "the end of the year", value: "2007", mod: "END"}}},
		{"a year earlier", aug17, "Profit rose from $3 million a year earlier.", []want{{text: "a year earlier", value: "2006"}}},
		{"current quarter", aug17, "Sales in the current quarter will rise.", []want{{text: "current quarter", value: "2007-Q3"}}},
		{"quarter next year", aug17, "It ships in the first quarter of next year.", []want{{text: "the first quarter of next year", value: "2008-Q1"}}},
		{"fourth-quarter", aug17, "Fourth-quarter profit will rise.", []want{{text: "Fourth-quarter", value: "2007-Q4"}}},
		{"easter week", aug17, "Easter week began in 2007 on April 1.", []want{{text: "Easter week", value: "2007-W14"}, {text: "2007", value: "2007"}, {text: "April 1", value: "2007-04-01"}}},
		{"last friday", aug21, "It closed last Friday.", []want{{text: "last Friday", value: "2007-08-17"}}},
		{"next monday", aug17, "It opens next Monday.", []want{{text: "next Monday", value: "2007-08-20"}}},
		{"weekday possessive", aug17, "Critics attacked Wednesday's ruling.", []want{{text: "Wednesday", value: "2007-08-15"}}},
		{"until weekday", aug17, "The talks were postponed until Tuesday.", []want{{text: "Tuesday", value: "2007-08-21"}}},
		{"nearest day", time.Date(2000, 1, 5, 0, 0, 0, 0, time.UTC), "Meissner gave no reason for the Jan. 14 deadline.", []want{{text: "Jan. 14", value: "2000-01-14"}}},
		{"weekday fixes year", time.Date(1998, 10, 25, 0, 0, 0, 0, time.UTC), "The Times said in an editorial on Monday, Oct. 26: it was wrong.", []want{{text: "Monday, Oct. 26", value: "1998-10-26"}}},
		{"year-end", aug17, "The merger should close by year-end.", []want{{text: "year-end", value: "2007", mod: "END"}}},
		{"since event", aug21, "Shares doubled since the IPO.", []want{{text: "since the IPO", value: "2007-08-14", mod: "ON_OR_AFTER", by: "event:vmw-ipo"}}},
		{"event without anchor type", aug21, "Prices rose after the earnings report.", nil},
		{"year range", aug17, "Sales fell in 1991-97 and grew in 1998-2003.", []want{{text: "1991", value: "1991"}, {text: "1998", value: "1998"}, {text: "2003", value: "2003"}}},
		{"early century", aug17, "In the early 20th century it began.", []want{{text: "early 20th century", value: "19", mod: "START"}}},
		{"later that year", aug17, "He fled in June 1998 and returned later that year.", []want{{text: "June 1998", value: "1998-06"}, {text: "later that year", value: "1998"}}},
		{"the following year", aug17, "It was founded in 1998; the following year it shipped.", []want{{text: "1998", value: "1998"}, {text: "the following year", value: "1999"}}},
		{"that year without antecedent", aug17, "That year was hard.", nil},
		// In a results story the year-ago period is the comparable quarter, as the year-ago quarter is.
		{"the quarter", aug17, "Profit rose in the second quarter of 2007. For the quarter, sales rose 10% from the year-earlier quarter, and from the year-ago period.", []want{
			{text: "the second quarter of 2007", value: "2007-Q2"}, {text: "the quarter", value: "2007-Q2"}, {text: "the year-earlier quarter", value: "2006-Q2"}, {text: "the year-ago period", value: "2006-Q2"}}},
		// Without a quarter named, "for the quarter" of results is the one the story reports;
		// "the quarter" elsewhere is no date of its own.
		{"the quarter without antecedent", aug17, "For the quarter, sales rose.", []want{{text: "the quarter", value: "2007-Q2"}}},
		{"the quarter without results", aug17, "He was at the helm for the quarter century that followed.", nil},
		{"today generic", aug17, "Today's youth like it.", nil},

		// Durations.
		{"four months", aug17, "The deal took four months.", []want{{text: "four months", value: "P4M", typ: "DURATION", gran: ""}}},
		{"the next three years", aug17, "It will grow over the next three years.", []want{{text: "the next three years", value: "P3Y", typ: "DURATION"}}},
		{"two days", aug17, "It took two days.", []want{{text: "two days", value: "P2D", typ: "DURATION"}}},
		{"hyphenated", aug17, "A two-day conference.", []want{{text: "two-day", value: "P2D", typ: "DURATION"}}},
		{"past months", aug17, "Over the past four months it grew.", []want{{text: "the past four months", value: "P4M", typ: "DURATION"}}},

		// Relative to events.
		{"week after ipo", aug21, "The stock rose one week after IPO.", []want{{text: "one week after IPO", value: "2007-08-21", by: "event:vmw-ipo"}}},
		{"day before vmware ipo", aug21, "One day before VMware IPO the price was set.", []want{{text: "One day before VMware IPO", value: "2007-08-13", by: "event:vmw-ipo"}}},
		{"same day", aug21, "Citrix announced the deal the same day VMware launched its IPO.", []want{{text: "the same day VMware launched its IPO", value: "2007-08-14", by: "event:vmw-ipo"}}},
		{"same day without the", aug21, "This news, announced same day VMware launched its IPO, matters.", []want{{text: "same day VMware launched its IPO", value: "2007-08-14", by: "event:vmw-ipo"}}},
		{"a week after launch", aug21, "VMW broke $66 a week after the launch of its successful IPO.", []want{{text: "a week after the launch of its successful IPO", value: "2007-08-21", by: "event:vmw-ipo"}}},
		{"after acquisition", aug21, "Prices changed after the XenSource acquisition.", []want{{text: "after the XenSource acquisition", value: "2007-08-15", mod: "AFTER", by: "event:xen-acq"}}},
		{"after acquisition by", aug21, "After XenSource acquisition by Citrix, Dell changed plans.", []want{{text: "After XenSource acquisition by Citrix", value: "2007-08-15", mod: "AFTER", by: "event:xen-acq"}}},
		{"initial public offering", aug21, "Two days after the initial public offering, shares rose.", []want{{text: "Two days after the initial public offering", value: "2007-08-16"}}},
		{"went public", aug21, "Shares doubled the day after VMware went public.", []want{{text: "the day after VMware went public", value: "2007-08-15"}}},

		// A decade word after a modifier is a time only after an article: else an age.
		{"late decade word", aug17, "Rates peaked in the late seventies.", []want{{text: "late seventies", value: "197", mod: "END"}}},
		{"age in decade words", aug17, "He retired in his late nineties.", nil},

		// Unresolved without a publication date.
		{"unresolved month", time.Time{}, "It shipped in April.", []want{{text: "April", value: "XXXX-04", by: "unresolved"}}},
		{"unresolved relative", time.Time{}, "It shipped last week.", []want{{text: "last week", by: "unresolved"}}},
		{"absolute without doc", time.Time{}, "On 13 August 2007 it priced.", []want{{text: "13 August 2007", value: "2007-08-13", by: "absolute"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectWants(t, tc.text, Reference{DocDate: tc.doc, Anchors: anchors}, tc.want)
		})
	}
}

// TestNotTimes lists text that holds no temporal expression.
func TestNotTimes(t *testing.T) {
	for _, text := range []string{
		"9 out of 10 enterprises",
		"VMW breaks $29 and then $66",
		"Margins grew 15% and 2007% in a typo",
		"Xen 3.4. was released",
		"Version 2.6.22 of the kernel",
		"Microsoft may also unveil Viridian",
		"Protesters march on the capital",
		"2000 people attended",
		"Call 555-1234 or 1-800-555-2007",
		"Tickers: VMW, CTXS, MSFT",
		"It costs 1,998 dollars",
		"Jan Egeland spoke",
		"a fall in prices",
		"ESX 3.5 and Workstation 6",
		"The 2000 employees",
		"It runs on Windows Server 2008 and Office 2007",
		"An H1 visa and a 2H pencil",
		// a broadcast's name, and a thing's fate
		"ANNOUNCER: This is World News Tonight.",
		"She spoke on NBC's Today show.",
		"The board will decide on the unit's future after its review.",
		"Investors worry about its future.",
		"The plant employs over two thousand people.",
		// a holiday that names a stretch around it, and words that only look like one
		"Congress left for its Easter recess.",
		"Students went home for the Christmas break.",
		"Good news came late in the day.",
		"His mother's day began at dawn.",
		"He was the first of the year's rookies to sign.",
	} {
		if got := Tag(text, Reference{DocDate: aug17}); len(got) != 0 {
			t.Errorf("Tag(%q) = %+v, want nothing", text, got)
		}
	}
}

// TestOffsets checks rune and byte offsets on text with curly quotes and accents.
func TestOffsets(t *testing.T) {
	text := "“Café” said José on 13 août… no: on 13 August 2007 — and «yesterday»."
	got := Tag(text, Reference{DocDate: aug17})
	if len(got) != 2 {
		t.Fatalf("Tag = %+v, want 2 expressions", got)
	}
	for _, e := range got {
		if text[e.ByteStart:e.ByteEnd] != e.Text {
			t.Errorf("bytes [%d,%d) = %q, want %q", e.ByteStart, e.ByteEnd, text[e.ByteStart:e.ByteEnd], e.Text)
		}
		runes := []rune(text)
		if string(runes[e.Start:e.End]) != e.Text {
			t.Errorf("runes [%d,%d) = %q, want %q", e.Start, e.End, string(runes[e.Start:e.End]), e.Text)
		}
		if e.Start != utf8.RuneCountInString(text[:e.ByteStart]) {
			t.Errorf("Start %d, want %d", e.Start, utf8.RuneCountInString(text[:e.ByteStart]))
		}
	}
	if got[0].Value != "2007-08-13" || got[1].Value != "2007-08-16" {
		t.Errorf("values %s %s", got[0].Value, got[1].Value)
	}
}

// TestAnchorChoice checks that named anchors beat unnamed ones and that, among equals, the
// one nearest before the publication wins.
func TestAnchorChoice(t *testing.T) {
	ref := Reference{DocDate: aug21, Anchors: []Anchor{
		{ID: "old", Value: "2006-05-01", Type: "acquisition", Terms: []string{"Akimbi"}},
		{ID: "xen", Value: "2007-08-15", Type: "acquisition", Terms: []string{"XenSource", "Citrix"}},
		{ID: "future", Value: "2007-09-01", Type: "acquisition", Terms: []string{"Other"}},
	}}
	for text, id := range map[string]string{
		"after the acquisition, things changed":        "event:xen",
		"after the Akimbi acquisition, things changed": "event:old",
		"after the purchase of Akimbi, things changed": "event:old",
	} {
		got := Tag(text, ref)
		if len(got) != 1 || got[0].ResolvedBy != id {
			t.Errorf("Tag(%q) = %+v, want one resolved by %s", text, got, id)
		}
	}
}

// TestSortedNonOverlapping runs Tag on random mixes of date words and garbage: it must not
// panic and must return sorted, non-overlapping, in-range spans.
func TestSortedNonOverlapping(t *testing.T) {
	words := []string{"the", "last", "week", "13", "August", "2007", "Aug.", ",", "-", "/", "08", "mid", "early", "end", "of",
		"after", "IPO", "acquisition", "VMware", "Monday", "ago", "two", "months", "a", "year", "Q3", "1990s", "'", "’", "é",
		"“", "10:35", "a.m.", "p", ".", "same", "day", "next", "past", "\n", "\n\n", "fiscal", "FY", "3Q", "twenty-five", "0",
		"99999999999999999999", "Christmas", "Day", "until", "since", "now", "\xff", "\u2028", "1/2/3", "2007-02-30"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 2000; n++ {
		var b strings.Builder
		for k := rng.Intn(30); k > 0; k-- {
			b.WriteString(words[rng.Intn(len(words))])
			if rng.Intn(3) > 0 {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		for _, ref := range []Reference{{}, {DocDate: aug17, Anchors: anchors}} {
			prev := -1
			for _, e := range Tag(text, ref) {
				if e.ByteStart < prev || e.ByteEnd <= e.ByteStart || e.ByteEnd > len(text) || text[e.ByteStart:e.ByteEnd] != e.Text {
					t.Fatalf("Tag(%q): bad span %+v", text, e)
				}
				prev = e.ByteEnd
			}
		}
	}
}

// TestOrdinalsThatCount checks that an ordinal counting something, after a month the text
// named, is no day of that month.
func TestOrdinalsThatCount(t *testing.T) {
	for _, text := range []string{
		"The race began on Aug. 3. He led the 15th lap.",
		"She left on Aug. 4 and was the first to resign.",
		"The bill passed on Aug. 2. It was the 20th time it came up.",
		"Prices peaked on Aug. 6, the 21st-highest close.",
	} {
		for _, e := range Tag(text, Reference{DocDate: aug17}) {
			if strings.HasPrefix(e.Rule, "story-day-of-month") {
				t.Errorf("Tag(%q): %q = %s by %s, want no day", text, e.Text, e.Value, e.Rule)
			}
		}
	}
}

// taggedAs tags text as published on pub (YYYY-MM-DD) and returns its expression whose text is
// expr, or nil.
func taggedAs(text, pub, expr string) *Expr {
	doc, _ := time.Parse(time.DateOnly, pub)
	var got *Expr
	for _, e := range Tag(text, Reference{DocDate: doc}) {
		if e.Text == expr {
			got = &e
		}
	}
	return got
}
