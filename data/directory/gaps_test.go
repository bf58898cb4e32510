package directory

import (
	"testing"
	"time"
)

// TestShortFormsAcrossGaps: a short form that moved from one symbol to another while the history
// had no lists belongs to each on the days nearer its sightings; one whose owners were listed on
// the same day is shared from the newcomer's earliest day, as before.
func TestShortFormsAcrossGaps(t *testing.T) {
	rows := []row{
		// A name that took a new symbol somewhere between 2018 and 2024.
		listed("MRD", "Marrowdale Networks Inc. - Common Stock", "2015-01-10", "2018-08-22"),
		listed("MRDN", "Marrowdale Networks Holdings, Inc. - Common Stock", "2024-10-05", "2026-08-22"),
		// A company seen on both sides of the gap and a newcomer of its name after it.
		listed("TLB", "Tallowbrook Foods Inc. - Common Stock", "2015-01-10", "2026-08-22"),
		listed("TLBM", "Tallowbrook Minerals Corp. - Common Stock", "2024-10-05", "2026-08-22"),
		listed("FIL", "Placeholder Filler Inc. - Common Stock", "2015-01-10", "2026-08-22"),
	}
	ls := build(rows, map[string]bool{}, map[string]bool{}, map[string]bool{})
	bounds := map[string][2]string{}
	for _, l := range ls {
		for _, a := range l.Aliases[1:] {
			bounds[l.Symbol+" "+a.Text] = [2]string{a.Since.Format(time.DateOnly), a.Until.Format(time.DateOnly)}
		}
	}
	zero := Day(0).Format(time.DateOnly)
	// The gap runs from 2018-08-22 to 2024-10-05: its middle is 2021-09-13.
	for k, want := range map[string][2]string{
		"MRD Marrowdale":  {zero, "2021-09-13"},
		"MRDN Marrowdale": {"2021-09-14", zero},
		"TLB Tallowbrook": {zero, "2018-08-22"},
	} {
		if got, ok := bounds[k]; !ok || got != want {
			t.Errorf("%s: days %v (listed %v), want %v", k, got, ok, want)
		}
	}
	if got, ok := bounds["TLBM Tallowbrook"]; ok {
		t.Errorf("TLBM Tallowbrook: days %v, want no short form (both listed in 2024)", got)
	}
}
