package timex

// Families of labor, school and local-government copy of 1996-2000 (heldout60, timex54): a
// bare irregular verb that opens a hyphenated compound ("a cost-of-living raise"), a year in a
// participle that describes a noun ("a pact signed in 1995", "a law passed in 1983"), a forecast
// a future verb sends or publishes, a deadline extended a second time ("first to Aug. 31 and
// then to Friday"), the cutoff day of those a plan covers ("workers hired after Jan. 1"), and
// "the month" set in apposition to a month it describes ("October, the month the state counts
// students").

// hyphenCompound reports whether the bare irregular verb at token k ("cost", "cut", "set")
// opens a hyphenated compound: "their first permanent cost-of-living increase", "a big cut-rate
// store", "a set-aside program". The compound modifies the noun after it, and no verb is
// written glued to a hyphen and a word, whatever words stand before it.
func (m *matcher) hyphenCompound(k int) bool {
	return k+2 < len(m.toks) && m.isHyphen(k+1) && m.glued(k+1) && m.glued(k+2) && m.toks[k+2].kind == kWord
}
