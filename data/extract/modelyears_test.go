package extract_test

import "testing"

// A year before the goods it names is their model year, not the date of the recall or sale the
// sentence tells (modelyears.go).
func TestModelYearDates(t *testing.T) {
	x := tableExtractor()
	tests := []struct {
		body, typ, want string
	}{
		{"Ford is recalling about 180,000 2021-2023 Bronco SUVs because a wiring harness may chafe.", "product", "2024-06-12"},
		{"General Motors said it is recalling 90,000 2019 model pickups to replace seat belt anchors.", "product", "2024-06-12"},
		{"Tesla recalled 40,000 of its 2022 model-year sedans over a steering fault.", "product", "2024-06-12"},
		// control: a year that is the event's own
		{"Ford recalled 200,000 cars in 2019 over a fuel pump defect.", "product", "2019"},
	}
	for _, tt := range tests {
		got := bodyDates(x, tt.body)
		if got[tt.typ] != tt.want {
			t.Errorf("%q: %s dated %q, want %q", tt.body, tt.typ, got[tt.typ], tt.want)
		}
	}
}
