package analytics

import (
	"context"
	"testing"
)

func TestCheckClaimsOnVMW(t *testing.T) {
	db := exampleDB(t)
	// The claims of the reference corpus about VMW's first week, as extraction stores them.
	claims := []struct {
		date, metric, op string
		value            float64
		unit, text       string
	}{
		{"2007-08-21", "close", "eq", 65.99, "USD", "closing at $65.99"},
		{"2007-08-21", "high", "gt", 66, "USD", "surpassing $66 during the day"},
		{"2007-08-21", "day_return", "eq", 15, "pct", "another 15% of growth"},
		{"2007-08-14", "first_day_return", "eq", 76, "pct", "VMware moved up 76%"},
		{"", "ipo_price", "eq", 29, "USD", "shares value at IPO was $29"},
		{"2007-08-21", "close", "eq", 70, "USD", "a wrong close"},
		{"2007-08-18", "close", "eq", 57, "USD", "a Saturday"},
	}
	for _, c := range claims {
		var date any
		if c.date != "" {
			date = c.date
		}
		if _, err := db.Exec(`INSERT INTO claims (article_id, ticker, date, metric, op, value, unit, text) VALUES (1, 'VMW', ?::DATE, ?, ?, ?, ?, ?)`,
			date, c.metric, c.op, c.value, c.unit, c.text); err != nil {
			t.Fatal(err)
		}
	}
	db.Exec(`INSERT INTO claims (article_id, ticker, date, metric, op, value, unit, text) VALUES (1, 'XEN', DATE '2007-08-15', 'close', 'eq', 1, 'USD', 'a private company')`)
	got, err := CheckClaims(context.Background(), db, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		verdict, reason string
		actual          float64
	}{
		"closing at $65.99":             {Verified, "", 65.989998},
		"surpassing $66 during the day": {Verified, "", 66.589996},
		"another 15% of growth":         {Verified, "", (65.989998/57.330002 - 1) * 100},
		"VMware moved up 76%":           {Unverifiable, "no row for VMW on 2007-08-14 (its prices start 2007-08-15)", 0},
		"shares value at IPO was $29":   {Unverifiable, "an offer price is not in daily prices", 0},
		"a wrong close":                 {Contradicted, "", 65.989998},
		"a Saturday":                    {Unverifiable, "no row for VMW on 2007-08-18", 0},
		"a private company":             {Unverifiable, "ticker XEN not loaded", 0},
	}
	if len(got) != len(want) {
		t.Fatalf("%d checks, want %d", len(got), len(want))
	}
	for _, c := range got {
		w := want[c.Text]
		if c.Verdict != w.verdict || c.Reason != w.reason || (w.actual != 0 && (!c.Actual.Valid || c.Actual.Float64-w.actual > 1e-9 || w.actual-c.Actual.Float64 > 1e-9)) {
			t.Errorf("%q: %s %q actual %v; want %s %q %v", c.Text, c.Verdict, c.Reason, c.Actual, w.verdict, w.reason, w.actual)
		}
	}
}
