package extract

// Staff cuts told with the count set apart from the words that cut it (issue 11 §2, news11):
// "About 1,400 employees at Bolton Abbey Airways, or 7% of its workforce, will lose their jobs",
// where an apposition or the place of work stands between the counted staff and their loss, and
// "will reduce its staff at the Jarbidge mine by 300", where the count comes after the site, with
// "by". staffLeaving reads the loss right after the noun; these read it further on, in the same
// clause.

// partedLossStops end the look from counted staff to their loss: a new clause or a relative one,
// whose verb is not the staff's ("1,400 employees, who joined last year, ..." is told of them,
// but "employs 1,400 people, while rivals will lose jobs" is not).
var partedLossStops = wordSet(`. ; : and but which who whom whose while where because after said says since
	although though`)

// staffLossParted returns the end of a loss of work told within sixteen words after the counted
// staff noun at i, across a comma: "..., will lose their jobs", "..., are to be laid off", "...,
// will be made redundant". Zero when none.
func staffLossParted(words []string, i int) int {
	for k := i + 1; k < len(words) && k <= i+16; k++ {
		w := words[k]
		if partedLossStopShapes.mayHold(w) && partedLossStops[w] {
			return 0
		}
		switch w {
		case "lose", "losing":
			// "will lose their jobs", "are losing jobs"
			for j := k + 1; j < len(words) && j <= k+2; j++ {
				if words[j] == "jobs" || words[j] == "positions" {
					return j + 1
				}
			}
		case "be", "being", "been":
			// "will be laid off", "are to be made redundant", "will be let go"
			if k+2 < len(words) && (words[k+1] == "laid" && words[k+2] == "off" ||
				words[k+1] == "made" && words[k+2] == "redundant" || words[k+1] == "let" && words[k+2] == "go") {
				return k + 3
			}
		}
	}
	return 0
}

// staffNounsReduced are the nouns for a company's staff as a whole that a verb of reducing
// takes, with the count of the cut after "by".
var staffNounsReduced = wordSet(`staff workforce headcount payroll payrolls employees workers staffing`)

// staffReducedBy returns the end of a cut of staff told by its size after "by": "will reduce its
// staff at the Jarbidge gold mine in Nevada by 300", "trimmed its payroll by about 450 people",
// "shrink its workforce in Europe by 8%". The staff noun comes within three words of the verb at
// i, and "by" and a count within ten words after it, in the clause; without the count ("reduce
// staff costs", "lowered its staff's hours") it is none. Zero when none.
func staffReducedBy(words []string, i int) int {
	noun := -1
	for k := i + 1; k < len(words) && k <= i+3; k++ {
		if staffNounsReduced[words[k]] {
			noun = k
			break
		}
		if gapStops[words[k]] || words[k] == "," {
			return 0
		}
	}
	// "staff costs", "staff hours": the noun modifies what is reduced.
	if noun < 0 || noun+1 < len(words) && staffModified[words[noun+1]] {
		return 0
	}
	for k := noun + 1; k+1 < len(words) && k <= noun+10; k++ {
		if partedLossStops[words[k]] || words[k] == "," {
			return 0
		}
		if words[k] != "by" {
			continue
		}
		for j := k + 1; j < len(words) && j <= k+3; j++ {
			if isNumber(words[j]) || numberWords[words[j]] && words[j] != "same" {
				return j + 1
			}
			if gapStops[words[j]] || words[j] == "," {
				return 0
			}
		}
		return 0
	}
	return 0
}

// staffModified are nouns that "staff" or "workforce" modifies: what is cut is theirs, not jobs.
var staffModified = wordSet(`costs cost expenses expense hours turnover pay wages salaries shortages shortage
	levels meeting training`)
