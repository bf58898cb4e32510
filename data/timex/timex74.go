package timex

// announcingPasts are the pasts that put news out, beside the reporting verbs of wordTense:
// "posted a loss on Tuesday", "unveiled a buyback on Tuesday".
var announcingPasts = map[string]bool{"posted": true, "unveiled": true, "released": true, "published": true,
	"disclosed": true, "issued": true, "declared": true}

// announcedWeekday reports whether the weekday at token i dates a past that put news out:
// "HSBC reported a 3% fall in profit on Tuesday", "the bank posted record earnings Tuesday".
// Such a past tells when the news came, as "said Tuesday" does, not that the day's events are
// over, so a schedule told later for the same day ("a rival reports its results on Tuesday",
// told on a Tuesday) is that day's, not a week on (weekdayDone, timex60.go). The clause's verb
// is the nearest past going back, within twelve words of the same sentence; a past of another
// kind ("Stocks rallied Tuesday", "the talks broke off Tuesday") still closes the day.
func (m *matcher) announcedWeekday(i int) bool {
	sent := m.toks[i].sent
	for k := i - 1; k >= 0 && k >= i-12 && m.toks[k].sent == sent; k-- {
		if m.toks[k].kind != kWord {
			continue
		}
		v := m.verbInfo(k)
		if v&(vPast|vReporting|vFuture|vBe) == 0 {
			continue
		}
		return v&vReporting != 0 || announcingPasts[lowerWord(&m.toks[k])]
	}
	return false
}
