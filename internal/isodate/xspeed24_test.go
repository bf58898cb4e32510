package isodate

import (
	"fmt"
	"math/rand"
	"testing"
	"time"
)

// sameOK fails the test where DayOK and time.Parse differ on v: in whether v is a day, or in
// the day.
func sameOK(t *testing.T, v string) {
	t.Helper()
	got, ok := DayOK(v)
	want, err := time.Parse("2006-01-02", v)
	if ok != (err == nil) || !got.Equal(want) || ok && got.Location() != want.Location() {
		t.Errorf("%q: DayOK %v, %v; time.Parse %v, %v", v, got, ok, want, err)
	}
}

// TestDayOK holds DayOK to time.Parse over the values of TestAgainstTimeParse.
func TestDayOK(t *testing.T) {
	for _, y := range []int{0, 1, 4, 100, 400, 1900, 1996, 2000, 2023, 2024, 2100, 9999} {
		for m := 0; m <= 19; m++ {
			for d := 0; d <= 39; d++ {
				sameOK(t, fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
	for _, v := range []string{"", "2024", "2024-06", "2024-W23", "2024-Q2", "2024-06-1", "2024-06-012",
		"+024-06-12", "-024-06-12", "2024-+6-12", "2024-06-+1", "2024/06/12", "2024-06-12T10", "2024-06-1a",
		"２024-06-12", "XXXX-06-12", "PRESENT_REF", "2024-06-12 "} {
		sameOK(t, v)
	}
	rng := rand.New(rand.NewSource(24))
	const bytes = "0123456789-+ :/aZX"
	for n := 0; n < 100000; n++ {
		b := make([]byte, 8+rng.Intn(4))
		for k := range b {
			b[k] = bytes[rng.Intn(len(bytes))]
		}
		if rng.Intn(2) == 0 && len(b) >= 8 {
			b[4], b[7] = '-', '-'
		}
		sameOK(t, string(b))
	}
}
