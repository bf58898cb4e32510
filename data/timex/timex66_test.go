package timex

import "testing"

// A fiscal year clipped to two digits after its apostrophe is that year, alone or after a
// quarter, a half or an end of it; an apostrophe year without "fiscal" keeps year-apostrophe's
// reading, and a decade's "'90s" is no year.
func TestFiscalApostropheYear(t *testing.T) {
	run47(t, []case47{
		{"fiscal '24 alone", date(2024, 1, 30), "We still see revenue growth of 6% to 8% for fiscal '24, and we will give a first look at fiscal '25 in August.",
			[]tagged{{"fiscal '24", "2024"}, {"fiscal '25", "2025"}, {"August", "2024-08"}}},
		{"fiscal year '23", date(2023, 3, 2), "Fiscal year '23 is shaping up better than we planned, the finance chief said.",
			[]tagged{{"Fiscal year '23", "2023"}}},
		{"the end of fiscal '24", date(2024, 1, 30), "Most of those projects close before the end of fiscal '24.",
			[]tagged{{"the end of fiscal '24", "2024"}}},
		{"first half of fiscal '25", date(2024, 1, 30), "The bigger lift comes in the first half of fiscal '25, when the new line ships.",
			[]tagged{{"the first half of fiscal '25", "2025-H1"}}},
		{"typographic apostrophe", date(2024, 1, 30), "Margins recover in the second half of fiscal ’24.",
			[]tagged{{"the second half of fiscal ’24", "2024-H2"}}},
		// near misses: a decade, and a bare apostrophe year with no word of time
		{"decade", date(2024, 1, 30), "Fiscal discipline of the '90s is back in fashion.",
			[]tagged{{"'90s", "199"}}},
		{"bare", date(2024, 1, 30), "The fiscal plan calls for '24 stores to close.", nil},
	})
}

// "the year" a figure closes or opens after a verb of ending or starting, or that a raised
// outlook is for with "to" and the figure, is the telling's year (the one just gone when closed
// in the past in a first quarter); a hyphened compound, an anaphor and a year named by its end
// are none of it.
func TestYearWithFigure(t *testing.T) {
	run47(t, []case47{
		{"ended the year with", date(2025, 2, 22), "Our insurers had a good run, and we ended the year with $7 billion in cash.",
			[]tagged{{"the year", "2024"}}},
		{"exiting the year with", date(2025, 10, 23), "We expect to be exiting the year with recurring revenue above $900 million.",
			[]tagged{{"the year", "2025"}}},
		{"began the year at", date(2025, 2, 20), "The stock began the year at $41 and has fallen since.",
			[]tagged{{"the year", "2025"}}},
		{"outlook for the year to", date(2025, 7, 24), "We are raising our cash flow outlook for the year to $250 million.",
			[]tagged{{"the year", "2025"}}},
		{"forecast for the year to percent", date(2025, 7, 24), "The airline cut its capacity forecast for the year to 3%.",
			[]tagged{{"the year", "2025"}}},
		// near misses
		{"year-long", date(2025, 2, 22), "The settlement ended the year-long strike at the mill.", nil},
		{"the year before", date(2025, 6, 3), "Prices ended the year before at a record, then fell.", nil},
		{"year to March", date(2025, 6, 3), "The utility gave a forecast for the year to March that beat estimates.",
			[]tagged{{"March", "2026-03"}}},
	})
}

// A year after "as in", "like in" or "unlike in" is the standard a period is likened to: the
// period is the telling's, by its tense. A year the period is in ("rose in 2021, especially in
// the second half") keeps dating it.
func TestPeriodLikenedToYear(t *testing.T) {
	run47(t, []case47{
		{"as in", date(2025, 10, 23), "As in 2024, the back half of the year should carry most of our revenue.",
			[]tagged{{"2024", "2024"}, {"the back half of the year", "2025-H2"}}},
		{"like in", date(2025, 10, 23), "Like in 2019, the fourth quarter will be the strongest for the toy maker.",
			[]tagged{{"2019", "2019"}, {"the fourth quarter", "2025-Q4"}}},
		{"unlike in", date(2025, 5, 2), "Unlike in 2023, the second half should bring few plant shutdowns.",
			[]tagged{{"2023", "2023"}, {"the second half", "2025-H2"}}},
		// near misses: a year the period is in
		{"especially in", date(2025, 10, 23), "Sales rose in 2021, especially in the second half.",
			[]tagged{{"2021", "2021"}, {"the second half", "2021-H2"}}},
		{"such as in", date(2025, 10, 23), "Some years, such as in 2021, the second half was weak.",
			[]tagged{{"2021", "2021"}, {"the second half", "2021-H2"}}},
	})
}

// "the back half of the calendar year" and "the first quarter of the calendar year" are the
// calendar's periods, of the telling's year moved by the tense, even in a story of a fiscal
// calendar; "the back half of the fiscal year" stays fiscal, and "calendar-year" before a noun
// is no period of it.
func TestPeriodOfCalendarYear(t *testing.T) {
	fiscal := "Alder Chips reported revenue for its fiscal fourth quarter, which ended June 28. "
	run47(t, []case47{
		{"back half", date(2025, 7, 31), fiscal + "Inventory should clear in the back half of the calendar year, the chief said.",
			[]tagged{{"fiscal fourth quarter", "2025-Q4"}, {"June 28", "2025-06-28"}, {"the back half of the calendar year", "2025-H2"}}},
		{"first quarter ahead", date(2025, 10, 30), "Orders will pick up in the first quarter of the calendar year, the company said.",
			[]tagged{{"the first quarter of the calendar year", "2026-Q1"}}},
		{"first half gone", date(2025, 10, 30), "Orders slumped in the first half of the calendar year.",
			[]tagged{{"the first half of the calendar year", "2025-H1"}}},
		// near miss: the fiscal year's half
		{"fiscal year", date(2025, 7, 31), fiscal + "Inventory should clear in the back half of the fiscal year, the chief said.",
			[]tagged{{"fiscal fourth quarter", "2025-Q4"}, {"June 28", "2025-06-28"}, {"the back half of the fiscal year", "2026-H2"}}},
	})
}

// "full-year fiscal 2024" is the fiscal year, one expression as "full-year 2024" is.
func TestFullYearFiscal(t *testing.T) {
	run47(t, []case47{
		{"full-year fiscal", date(2025, 11, 14), "The company issued full-year fiscal 2026 guidance below estimates.",
			[]tagged{{"full-year fiscal 2026", "2026"}}},
		{"heading", date(2025, 11, 14), "Full-Year Fiscal 2026 Outlook\nThe company expects sales to rise.",
			[]tagged{{"Full-Year Fiscal 2026", "2026"}}},
		// near miss: a bare "full-year" before "fiscal year" stays out
		{"full-year fiscal year", date(2025, 11, 14), "Its results for fiscal 2025 beat estimates.",
			[]tagged{{"fiscal 2025", "2025"}}},
	})
}

// A call or results story that names the fiscal quarter it reports, told in the first two
// months of a calendar quarter, reports the quarter just ended: "this quarter", "last quarter"
// and "next quarter" count in the company's numbering. A calendar company's "Q3", and a
// telling in a quarter's last month, keep the calendar's.
func TestReportedFiscalQuarter(t *testing.T) {
	run47(t, []case47{
		{"Q2 Fiscal heading", date(2025, 1, 29), "Corbel Systems, Q2 Fiscal 2025 Earnings Call\nWe expect margins to dip this quarter and recover next quarter.",
			[]tagged{{"Q2 Fiscal 2025", "2025-Q2"}, {"this quarter", "2025-Q3"}, {"next quarter", "2025-Q4"}}},
		{"fiscal third quarter", date(2025, 5, 21), "Lintel Foods reported results for the third quarter of fiscal 2025 on Wednesday. It bought back $200 million of stock last quarter.",
			[]tagged{{"the third quarter of fiscal 2025", "2025-Q3"}, {"Wednesday", "2025-05-21"}, {"last quarter", "2025-Q3"}}},
		// near misses: a calendar company's quarter, and a telling in a quarter's last month
		{"calendar Q3", date(2025, 10, 23), "Corbel Systems, Q3 2025 Earnings Call\nWe expect margins to dip this quarter.",
			[]tagged{{"Q3 2025", "2025-Q3"}, {"this quarter", "2025-Q4"}}},
		{"last month of a quarter", date(2025, 3, 12), "Lintel Foods reported results for the second quarter of fiscal 2025. It bought back stock last quarter.",
			[]tagged{{"the second quarter of fiscal 2025", "2025-Q2"}, {"last quarter", "2024-Q4"}}},
	})
}

// A dash that opens a line is a list item's, no hyphen joining the word that ends the item
// above: "the prior-year period" and "the year-ago quarter" at an item's end stay dates. A
// hyphen inside a line still makes a compound.
func TestListDashNoHyphen(t *testing.T) {
	lede := "Corbel today reported results for the third quarter of 2025.\n"
	run47(t, []case47{
		{"prior-year period", date(2025, 10, 23), lede + "- Revenue of $210 million, compared with $190 million in the prior-year period\n- Orders up 4%",
			[]tagged{{"today", "2025-10-23"}, {"the third quarter of 2025", "2025-Q3"}, {"the prior-year period", "2024-Q3"}}},
		{"year-ago quarter", date(2025, 10, 23), lede + "- Margin of 41%, against 38% in the year-ago quarter\n- Backlog of $1 billion",
			[]tagged{{"today", "2025-10-23"}, {"the third quarter of 2025", "2025-Q3"}, {"the year-ago quarter", "2024-Q3"}}},
		// near miss: a hyphen inside the line
		{"compound", date(2025, 10, 23), lede + "Margins beat the prior-year-period level.",
			[]tagged{{"today", "2025-10-23"}, {"the third quarter of 2025", "2025-Q3"}}},
	})
}

// A year-ago period two sentences after the story's quarter, with a quarter named as a
// figure's term of comparison in the sentence between, is the story's quarter a year back; a
// quarter named as a time of its own between leaves it.
func TestYearAgoAfterQuarterTerm(t *testing.T) {
	lede := "Lintel reported results for the second quarter of fiscal 2025. "
	run47(t, []case47{
		{"from the quarter", date(2025, 2, 4), lede + "Net sales rose 9% from the second quarter of fiscal 2024. Earnings were $1.12 a share, compared with $0.94 in the prior-year period.",
			[]tagged{{"the second quarter of fiscal 2025", "2025-Q2"}, {"the second quarter of fiscal 2024", "2024-Q2"}, {"the prior-year period", "2024-Q2"}}},
		{"against the quarter", date(2025, 2, 4), lede + "Orders were up 3% against the second quarter of fiscal 2024. Margins widened from the year-earlier period.",
			[]tagged{{"the second quarter of fiscal 2025", "2025-Q2"}, {"the second quarter of fiscal 2024", "2024-Q2"}, {"the year-earlier period", "2024-Q2"}}},
		// near miss: no quarter between, two sentences on, keeps the year
		{"no term", date(2025, 2, 4), lede + "Net sales rose 9% on strong demand. Earnings were $1.12 a share, compared with $0.94 in the prior-year period.",
			[]tagged{{"the second quarter of fiscal 2025", "2025-Q2"}, {"the prior-year period", "2024"}}},
	})
}

// "the quarter" whose antecedent the calendar named ("the December quarter") is, in a company
// that counts a fiscal year not ending in December, its fiscal quarter; a calendar company's
// keeps the calendar's value.
func TestQuarterAnaphorFiscalName(t *testing.T) {
	run47(t, []case47{
		{"stated June year", date(2025, 1, 29), "Corbel, whose fiscal year ends June 30, said orders slipped out of the December quarter. Backlog ended the quarter at $1.1 billion.",
			[]tagged{{"the December quarter", "2024-Q4"}, {"the quarter", "2025-Q2"}}},
		{"reported fiscal quarter", date(2025, 1, 29), "Corbel Systems, Q2 Fiscal 2025 Earnings Call\nSales were strong in the December quarter. Margins widened in the quarter.",
			[]tagged{{"Q2 Fiscal 2025", "2025-Q2"}, {"the December quarter", "2024-Q4"}, {"the quarter", "2025-Q2"}}},
		// near miss: a calendar company
		{"calendar company", date(2025, 1, 29), "Orders slipped out of the December quarter. Backlog ended the quarter at $1.1 billion.",
			[]tagged{{"the December quarter", "2024-Q4"}, {"the quarter", "2024-Q4"}}},
	})
}
