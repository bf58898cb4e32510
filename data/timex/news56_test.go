package timex

import "testing"

// An earlier forecast's month, with its figure between the noun and the month (modern51's
// "down from a forecast of 4.3 billion pounds in July", beside "next year", was July ahead).
func TestNews56EarlierForecast(t *testing.T) {
	run38(t, []case38{
		{"from a forecast of a figure in a month", day38(2025, 2, 20), "The refiner now expects to process 900,000 barrels a day next year, down from a forecast of 950,000 in November.",
			[]tagged{{"now", "PRESENT_REF"}, {"next year", "2026"}, {"November", "2024-11"}}},
		{"from its earlier outlook", day38(2025, 2, 20), "The miner will ship 30 million tonnes, up from its earlier outlook of 28 million tonnes in December.",
			[]tagged{{"December", "2024-12"}}},
		// controls: a forecast for a month ahead, and a figure due in a month ahead
		{"a forecast for a month ahead", day38(2025, 2, 20), "The refiner expects a forecast of 950,000 barrels a day in November.",
			[]tagged{{"November", "2025-11"}}},
		{"from a level, not a forecast", day38(2025, 2, 20), "The miner will lift output to 30 million tonnes, up from a rate of 28 million tonnes in December.",
			[]tagged{{"December", "2025-12"}}},
	})
}
