package directory

import "regexp"

// spelledForm is the end of a foreign company's listing name that news never writes: a legal
// form spelled out ("YPF Sociedad Anonima" is "YPF SA", and news writes "YPF") or the kind of
// depositary program after the name ("Sumitomo Mitsui Financial Group Inc Unsponsored"). Either
// kept the name from matching the company as news names it.
var spelledForm = regexp.MustCompile(`(?i),?\s+(sociedad\s+an[oó]nima|unsponsored)\b`)

// cutSpelledForm ends a listing's name before a spelledForm.
func cutSpelledForm(s string) string {
	if loc := spelledForm.FindStringIndex(s); loc != nil && loc[0] > 0 {
		return s[:loc[0]]
	}
	return s
}
