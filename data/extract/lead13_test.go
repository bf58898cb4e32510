package extract_test

import "testing"

// Results told by their change with the period after the figure's noun: "sales in the fourth
// quarter fell", "revenue for the three months that ended in June rose" (lead13.go
// resultsInPeriod). A month's, a region's or a retailer's weeks' sales stay no results.
func TestResultsInPeriod(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Kohl's said sales in the quarter that ended in February fell 3%.",
			[]string{"earnings occurred KSS 2024-06-12"}},
		{"Deere said revenue for the three months that ended in April rose 5%.",
			[]string{"earnings occurred DE 2024-06-12"}},
		{"Nike said revenue in its fiscal fourth quarter slipped 2%.",
			[]string{"earnings occurred NKE 2024-06-12"}},
		{"Oracle said sales in the period ended May 31 grew 3%.",
			[]string{"earnings occurred ORCL 2024-06-12"}},
		{"Oracle said sales in the period ended Nov. 30 grew 3%, the company said.",
			[]string{"earnings occurred ORCL 2024-06-12"}},
		// near-misses: a month's sales, a region's, a retailer's month of weeks
		{"Costco said sales in May rose 4%.", nil},
		{"Costco said sales in the five weeks ended in June rose 7%.", nil},
		{"Nike said sales in China fell 3%.", nil},
		{"Ford said sales in the first two months of the year rose 5%.", nil},
	})
}
