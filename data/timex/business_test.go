package timex

import (
	"testing"
	"time"
)

// TestBusinessNews reads whole short stories of company news: the business rules work
// together with the story's state (the fiscal year named, the quarter of a results story) and
// with the tense of their clause.
func TestBusinessNews(t *testing.T) {
	nov := time.Date(2024, 11, 6, 0, 0, 0, 0, time.UTC) // a Wednesday
	feb := time.Date(1989, 2, 14, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"fiscal year carries to its quarters", nov, "Orion Software expects fiscal 2025 revenue to rise. In the fiscal first quarter, bookings doubled.",
			[]tagged{{"fiscal 2025", "2025"}, {"the fiscal first quarter", "2025-Q1"}}},
		// A fiscal year the story says has ended: a fiscal quarter told ahead is the next
		// year's first, named for the year it ends in; told of the past, the year named.
		{"fiscal year ended, quarter ahead", time.Date(1996, 8, 7, 0, 0, 0, 0, time.UTC),
			"Harbor Labs earned $80 million in fiscal 1996, which ended June 30, and will report fiscal first-quarter results in October.",
			[]tagged{{"fiscal 1996", "1996"}, {"June 30", "1996-06-30"}, {"fiscal first-quarter", "1997-Q1"}, {"October", "1996-10"}}},
		{"fiscal year ended, quarter behind", time.Date(1996, 8, 7, 0, 0, 0, 0, time.UTC),
			"Harbor Labs earned $80 million in fiscal 1996, which ended June 30; its fiscal third quarter was the best.",
			[]tagged{{"fiscal 1996", "1996"}, {"June 30", "1996-06-30"}, {"fiscal third quarter", "1996-Q3"}}},
		// "over" of a phrasal verb is no comparison: in a results story, the chief "who took
		// over last year" took office last year, not in the comparable quarter.
		{"a phrasal verb's over", nov, "Orion Software's third-quarter profit rose 8%. Its chief, who took over last year, expects more.",
			[]tagged{{"third-quarter", "2024-Q3"}, {"last year", "2023"}}},
		{"over as a comparison", nov, "Orion Software's third-quarter profit rose 8% over last year.",
			[]tagged{{"third-quarter", "2024-Q3"}, {"last year", "2023-Q3"}}},
		{"fiscal quarter without a fiscal year", nov, "The chain posted a fiscal third-quarter loss.",
			[]tagged{{"fiscal third-quarter", "2024-Q3"}}},
		{"fiscal codes", nov, "Guidance for FY25 Q2 and Q3 FY2025 was kept.",
			[]tagged{{"FY25 Q2", "2025-Q2"}, {"Q3 FY2025", "2025-Q3"}}},
		{"year ending ahead", nov, "The company sees growth in the fiscal year ending June 30.",
			[]tagged{{"the fiscal year ending June 30", "2025"}}},
		{"year ended behind", nov, "Sales in the fiscal year ended June 30 rose 4%.",
			[]tagged{{"the fiscal year ended June 30", "2024"}}},
		{"quarter ended", feb, "Net income for the quarter ended Dec. 31 fell 12%.",
			[]tagged{{"the quarter ended Dec. 31", "1988-Q4"}}},
		{"nine months ended", feb, "For the nine months ended Dec. 31, profit was $3 million.",
			[]tagged{{"the nine months", "P9M"}, {"Dec. 31", "1988-12-31"}}},
		{"results comparisons", feb, "Profit in the fourth quarter rose 8% from the year-earlier period. Sales were flat with the same quarter last year.",
			[]tagged{{"the fourth quarter", "1988-Q4"}, {"the year-earlier period", "1987-Q4"}, {"the same quarter last year", "1987-Q4"}}},
		// The same quarter a year before, named as the comparison, leaves the story's quarter.
		{"a comparison quarter is no story quarter", nov, "Sales in the third quarter of 2024 rose to $9 million from $8 million in the third quarter of 2023. Profit in the quarter doubled from the prior-year period.",
			[]tagged{{"the third quarter of 2024", "2024-Q3"}, {"the third quarter of 2023", "2023-Q3"}, {"the quarter", "2024-Q3"}, {"the prior-year period", "2023-Q3"}}},
		{"year-earlier period outside a results story", feb, "Imports in 1988 beat the year-earlier period.",
			[]tagged{{"1988", "1988"}, {"the year-earlier period", "1987"}}},
		// A results story early in a year: the year it reports, its year-end, its quarter.
		{"results of the year just ended", feb, "Net income for the year rose 9%. Year-end debt was $3 million. Shr 45 cts vs 58 cts for the quarter.",
			[]tagged{{"the year", "1988"}, {"Year-end", "1988"}, {"the quarter", "1988-Q4"}}},
		{"the year ahead", feb, "For the year, the company expects a profit. Debt will be cut by year-end.",
			[]tagged{{"the year", "1989"}, {"year-end", "1989"}}},
		{"month-end and half-year", nov, "Cash fell at month-end. Half-year profit rose 4%. Over the trailing 12 months, sales rose.",
			[]tagged{{"month-end", "2024-10"}, {"Half-year", "2024-H1"}, {"the trailing 12 months", "P12M"}}},
		{"mid-year ahead late in a year", nov, "The new plant will open by mid-year.",
			[]tagged{{"mid-year", "2025"}}},
		{"effective date ahead", nov, "The board named Ann Lee chief executive, effective Jan. 1.",
			[]tagged{{"Jan. 1", "2025-01-01"}}},
		{"a fiscal quarter named with its year carries too", nov, "Revenue for the third quarter of fiscal 2025 rose. Fiscal fourth-quarter sales will rise.",
			[]tagged{{"the third quarter of fiscal 2025", "2025-Q3"}, {"Fiscal fourth-quarter", "2025-Q4"}}},
		{"first months of a fiscal year", nov, "It returned $9 billion in the first nine months of fiscal 2025.",
			[]tagged{{"the first nine months of fiscal 2025", "P9M"}}},
		{"first months of the year", nov, "In the first six months of the year, orders fell.",
			[]tagged{{"the first six months", "P6M"}}},
		{"payable date ahead", time.Date(1987, 4, 22, 0, 0, 0, 0, time.UTC), "The board raised the dividend, payable June 10 to holders of record May 12.",
			[]tagged{{"June 10", "1987-06-10"}, {"May 12", "1987-05-12"}}},
		{"a year in the comparable quarter", feb, "Fourth-quarter net rose to $5 million from $4 million in the 1987 quarter. In the year-ago fourth quarter it took a charge.",
			[]tagged{{"Fourth-quarter", "1988-Q4"}, {"the 1987 quarter", "1987-Q4"}, {"the year-ago fourth quarter", "1987-Q4"}}},
		{"a year and quarter outside a results story", feb, "The 1987 quarter-century mark passed.", []tagged{{"1987", "1987"}}},
		{"comparable and corresponding periods", feb, "Fourth-quarter net rose from the comparable quarter. Sales beat the corresponding 1986 period.",
			[]tagged{{"Fourth-quarter", "1988-Q4"}, {"the comparable quarter", "1987-Q4"}, {"the corresponding 1986 period", "1986-Q4"}}},
		{"a half of the year", nov, "Sales in the second half of the year will rise.", []tagged{{"the second half of the year", "2024-H2"}}},
		{"a reporting verb next to its date", nov, "The merger, announced in July, is expected to close early next year.",
			[]tagged{{"July", "2024-07"}, {"early next year", "2025"}}},
		{"an effective date told in the past", time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC), "The rule became effective Jan. 1 and raised costs.",
			[]tagged{{"Jan. 1", "2024-01-01"}}},
		{"no fiscal code without a period", nov, "The FY25 plan is set.", []tagged{{"FY25", "2025"}}},
		{"the first month is no span", nov, "In the first month, sales rose.", nil},
		// A superlative ranks within a year; an award's "of the year" and a noun's "the
		// interest of" rank nothing.
		{"a superlative of the year", nov, "Orders booked in October were the heaviest of the year.",
			[]tagged{{"October", "2024-10"}, {"the year", "2024"}}},
		{"a superlative of a fiscal year", nov, "Fiscal 2025 began in July. August sales were the best of the year.",
			[]tagged{{"Fiscal 2025", "2025"}, {"July", "2024-07"}, {"August", "2024-08"}, {"the year", "2025"}}},
		{"an award of the year", nov, "She was named manager of the year.", nil},
		{"a noun in -est", nov, "He spoke in the interest of the year.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}
