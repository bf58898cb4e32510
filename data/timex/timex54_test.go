package timex

import "testing"

// Families of labor, school and local-government copy (heldout60's registers), with sentences
// of our own.

// A bare irregular verb glued to a hyphen opens a compound, no verb: the future governs.
func TestLaborHyphenCompound(t *testing.T) {
	run47(t, []case47{
		{"cost-of-living", date(1999, 6, 15), "Retirees will receive their first annual cost-of-living adjustment in September.",
			[]tagged{{"September", "1999-09"}}},
		{"cut-rate", date(1999, 6, 15), "The grocer will open its first big cut-rate store in October.",
			[]tagged{{"October", "1999-10"}}},
		// the verb itself stays past
		{"cut as a verb", date(1999, 6, 15), "The board cut rates in October.",
			[]tagged{{"October", "1998-10"}}},
	})
}
