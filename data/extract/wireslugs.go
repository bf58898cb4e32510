package extract

import "strings"

// A wire service's slug opens many of its headlines, glued to the first word by a hyphen:
// "UPDATE 2-Intel shares slump after results", "EXCLUSIVE-Nvidia in talks to buy Run:ai",
// "RPT-UPDATE 1-...". Read as a word of the headline it made "EXCLUSIVE-Nvidia" a company of its
// own and "UPDATE" the subject, so the title's event lost its company's ticker.

// wireSlugs are the first words of the wire's slugs, in capitals.
var wireSlugs = wordSet(`UPDATE EXCLUSIVE RPT REFILE CORRECTED CORRECTION BRIEF INSIGHT ANALYSIS FACTBOX
	WRAPUP FOCUS COLUMN BREAKINGVIEWS EXPLAINER TIMELINE DEALTALK BUZZ PREVIEW`)

// blankSlugs returns the title with its wire slugs (each a word of wireSlugs, an optional number,
// and the hyphen) made spaces, so that offsets in it stay the title's; the title itself when it
// opens with none.
func blankSlugs(title string) string {
	end := 0
	for {
		rest := title[end:]
		i := 0
		for i < len(rest) && rest[i] >= 'A' && rest[i] <= 'Z' {
			i++
		}
		if i == 0 || !wireSlugs[rest[:i]] {
			break
		}
		j := i
		if j+1 < len(rest) && rest[j] == ' ' && rest[j+1] >= '0' && rest[j+1] <= '9' {
			for j++; j < len(rest) && rest[j] >= '0' && rest[j] <= '9'; j++ {
			}
		}
		if j+1 >= len(rest) || rest[j] != '-' || rest[j+1] == ' ' {
			break
		}
		end += j + 1
	}
	if end == 0 {
		return title
	}
	return strings.Repeat(" ", end) + title[end:]
}
