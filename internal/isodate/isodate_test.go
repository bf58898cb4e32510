package isodate

import (
	"fmt"
	"math/rand"
	"testing"
	"time"
)

// same fails the test where f and time.Parse with layout differ on v, in the time or the error.
func same(t *testing.T, f func(string) (time.Time, error), layout, v string) {
	t.Helper()
	got, gerr := f(v)
	want, werr := time.Parse(layout, v)
	if !got.Equal(want) || got.Location() != want.Location() || (gerr == nil) != (werr == nil) ||
		gerr != nil && gerr.Error() != werr.Error() {
		t.Errorf("%q: got %v, %v; time.Parse %v, %v", v, got, gerr, want, werr)
	}
}

// TestAgainstTimeParse holds Day and Month to time.Parse over every month and day number from 0 to
// 39 of leap and common years, and over random strings of the values' bytes.
func TestAgainstTimeParse(t *testing.T) {
	for _, y := range []int{0, 1, 4, 100, 400, 1900, 1996, 2000, 2023, 2024, 2100, 9999} {
		for m := 0; m <= 19; m++ {
			same(t, Month, "2006-01", fmt.Sprintf("%04d-%02d", y, m))
			for d := 0; d <= 39; d++ {
				same(t, Day, "2006-01-02", fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
	for _, v := range []string{"", "2024", "2024-6", "2024-06-1", "2024-06-012", "+024-06-12", "2024/06/12",
		"2024-06-12T10", " 2024-06", "2024-0a", "2024-06-1a", "20x4-06-12", "2024-W23", "2024-Q2", "2024-06-12 "} {
		same(t, Day, "2006-01-02", v)
		same(t, Month, "2006-01", v)
	}
	rng := rand.New(rand.NewSource(14))
	const bytes = "0123456789-+ :/aZ"
	for n := 0; n < 100000; n++ {
		b := make([]byte, 6+rng.Intn(6))
		for k := range b {
			b[k] = bytes[rng.Intn(len(bytes))]
		}
		if rng.Intn(2) == 0 && len(b) >= 8 {
			b[4], b[7] = '-', '-'
		}
		same(t, Day, "2006-01-02", string(b))
		same(t, Month, "2006-01", string(b))
	}
}

// TestFormatDay holds FormatDay to t.Format over every day of five centuries and years out of
// four digits, in UTC and in zones either side of it.
func TestFormatDay(t *testing.T) {
	zones := []*time.Location{time.UTC, time.FixedZone("e", 14*3600), time.FixedZone("w", -12*3600)}
	for _, z := range zones {
		for d := time.Date(1800, 1, 1, 23, 30, 0, 0, time.UTC); d.Year() < 2300; d = d.Add(24 * time.Hour) {
			if got, want := FormatDay(d.In(z)), d.In(z).Format("2006-01-02"); got != want {
				t.Fatalf("%v: %q, want %q", d.In(z), got, want)
			}
		}
		for _, y := range []int{-10000, -1, 0, 1, 999, 9999, 10000, 123456} {
			d := time.Date(y, 7, 4, 0, 0, 0, 0, z)
			if got, want := FormatDay(d), d.Format("2006-01-02"); got != want {
				t.Errorf("%v: %q, want %q", d, got, want)
			}
		}
	}
}
