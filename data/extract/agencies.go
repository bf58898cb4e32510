package extract

// A rating agency's action on a company's debt is an analyst's call, told in the agencies' own
// words: a rating moved with a verb other than upgrade or downgrade ("S&P lifted its rating on
// Ford to BBB-", "Fitch trimmed its rating on Boeing"), a watch with its direction ("placed
// Boeing on CreditWatch negative", "on Rating Watch Negative", "on watch positive"), and an
// outlook's direction ("revised its outlook on Ford to negative"). "rating" alone is a weak
// word ("a safety rating", "the show's ratings") and the lexicon had only the plural's
// "lowered their ratings on".

// agencyActions lists the forms.
func agencyActions() []string {
	var out []string
	for _, v := range []string{"raise", "raises", "raised", "raising", "lift", "lifts", "lifted", "lifting",
		"lower", "lowers", "lowered", "lowering", "cut", "cuts", "cutting", "trim", "trims", "trimmed", "trimming",
		"affirm", "affirms", "affirmed", "affirming"} {
		out = append(out, v+" its rating on", v+" its ratings on", v+" its credit rating on", v+" its credit ratings on")
	}
	for _, d := range []string{"negative", "positive", "developing"} {
		out = append(out, "on creditwatch "+d, "on rating watch "+d, "on watch "+d, "on "+d+" watch",
			"on "+d+" creditwatch")
	}
	// The outlook's direction, with the verb that moved it: "outlook" alone is weak (a
	// company's), and its direction after "to" is the agency's.
	var moved []string
	for _, v := range []string{"revise", "revises", "revised", "revising", "change", "changes", "changed", "changing",
		"raise", "raises", "raised", "raising", "lower", "lowers", "lowered", "lowering", "cut", "cuts", "cutting"} {
		for _, d := range []string{"negative", "positive", "stable", "developing"} {
			moved = append(moved, v+" its outlook on ... to "+d)
		}
	}
	return append(out, verb(moved...)...)
}
