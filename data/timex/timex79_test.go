package timex

import "testing"

// A plural noun in the object of a verb told before it is no present verb, though an amount's
// sign, a number's comma or a preposition such as "after" stands between; a present with its
// own subject, and a present after "until" under a future, stay ahead.
func TestTimex79ObjectNounNoVerb(t *testing.T) {
	wed := date(2019, 3, 13)
	run47(t, []case47{
		{"$ amount before of its X mills", wed, "The group got $350 million from selling its pulp mills on Tuesday.",
			[]tagged{{"Tuesday", "2019-03-12"}}},
		{"percent before on its works", wed, "Hartwell took a 12% charge on its dye works on Monday.",
			[]tagged{{"Monday", "2019-03-11"}}},
		{"euro amount before for its works", wed, "Hartwell paid €80 million for its dye works on Monday.",
			[]tagged{{"Monday", "2019-03-11"}}},
		{"thousands comma", wed, "The port handled 12,500 tonnes from its coal yards on Tuesday.",
			[]tagged{{"Tuesday", "2019-03-12"}}},
		{"past, then after the sale of", wed, "Its bonds rallied after the sale of the two sugar refineries on Monday.",
			[]tagged{{"Monday", "2019-03-11"}}},
		// near misses: a present with its own subject, a present after "until" or "after"
		// under a future, an amount in an opening phrase set off by a comma
		{"its subject's present", wed, "The sale of the sugar unit closes on Friday.",
			[]tagged{{"Friday", "2019-03-15"}}},
		{"will ... until ... leaves", wed, "The shop will stay open until its founder leaves on Friday.",
			[]tagged{{"Friday", "2019-03-15"}}},
		{"will ... after ... closes", wed, "Its bonds will rally after the sale of the refinery closes on Friday.",
			[]tagged{{"Friday", "2019-03-15"}}},
		{"amount in an opening phrase", wed, "After raising $40 million, the bakery chain opens on Friday.",
			[]tagged{{"Friday", "2019-03-15"}}},
	})
}

// A weekday of a plan told in the past that the sentence then changes is the day of that
// name nearest the telling, gone or ahead; a plan that is not said to change keeps its tense.
func TestTimex79ChangedPlanDay(t *testing.T) {
	wed := date(2019, 3, 13)
	run47(t, []case47{
		{"which was to ..., was postponed (Monday)", wed, "The recount, which was to start on Monday, was postponed.",
			[]tagged{{"Monday", "2019-03-11"}}},
		{"which was to ..., was postponed (Friday)", wed, "The auction, which was to take place on Friday, has been delayed.",
			[]tagged{{"Friday", "2019-03-15"}}},
		{"that was to end ..., but extended", wed, "The store ran a clearance that was to end on Friday, but it was extended.",
			[]tagged{{"Friday", "2019-03-15"}}},
		{"extended ... that was to end", wed, "One grocer said it had extended a coupon offer that was to run out on Friday.",
			[]tagged{{"Friday", "2019-03-15"}}},
		{"was to begin ..., called it off", wed, "The walkout was to begin on Monday, but the drivers called it off.",
			[]tagged{{"Monday", "2019-03-11"}}},
		{"was supposed to ... but was pushed back", wed, "The launch was supposed to happen on Monday but was pushed back.",
			[]tagged{{"Monday", "2019-03-11"}}},
		{"had been scheduled for ... but canceled", wed, "The hearing had been scheduled for Monday but was canceled.",
			[]tagged{{"Monday", "2019-03-11"}}},
		// near misses: no change told, a condition, a change of something told without a plan
		{"was to ... alone", wed, "The council said the hearing was to be held on Tuesday.",
			[]tagged{{"Tuesday", "2019-03-19"}}},
		{"was to ... and drew", wed, "The clearance was to end on Friday and drew big crowds.",
			[]tagged{{"Friday", "2019-03-08"}}},
		{"a change in the sentence before", wed, "The union postponed its rally. The vote was to take place on Monday.",
			[]tagged{{"Monday", "2019-03-18"}}},
		{"no plan, postponed", wed, "The board met on Friday and postponed the vote.",
			[]tagged{{"Friday", "2019-03-08"}}},
	})
}

// "Appears" before a body, a court or a venue schedules, as "testifies" does: its present
// lies ahead. The verb of seeming, the past and a base form after "did not" keep their own.
func TestTimex79AppearanceVerb(t *testing.T) {
	mon := date(2019, 3, 11)
	run47(t, []case47{
		{"appears before", mon, "The central bank governor appears before the finance committee on Tuesday.",
			[]tagged{{"Tuesday", "2019-03-12"}}},
		{"appears in court", mon, "The former treasurer appears in court Thursday.",
			[]tagged{{"Thursday", "2019-03-14"}}},
		{"appear at, plural", mon, "Both bands appear at the county fair on Tuesday.",
			[]tagged{{"Tuesday", "2019-03-12"}}},
		// near misses: seeming, past, negated, an appearance dated by a later participle
		{"appears to have", mon, "The driver appears to have fled on Tuesday.",
			[]tagged{{"Tuesday", "2019-03-05"}}},
		{"appeared before", mon, "The governor appeared before the committee on Tuesday.",
			[]tagged{{"Tuesday", "2019-03-05"}}},
		{"did not appear", mon, "The two brothers did not appear in court on Thursday.",
			[]tagged{{"Thursday", "2019-03-07"}}},
		{"appears in a report released", mon, "The figure appears in a report released on Thursday.",
			[]tagged{{"Thursday", "2019-03-07"}}},
	})
}

// A headline's present before "before" and a weekday's possessive is a run-up to the day,
// ahead as after "ahead of"; a past before "before", a reported clause and a run-up told on a
// weekend keep their reading.
func TestTimex79PresentRunUpBefore(t *testing.T) {
	wed := date(2019, 3, 13)
	run47(t, []case47{
		{"slip before", wed, "Shares slip before Friday's Fed decision.",
			[]tagged{{"Friday", "2019-03-15"}}},
		{"steadies before", wed, "Oil steadies before Thursday's OPEC meeting.",
			[]tagged{{"Thursday", "2019-03-14"}}},
		// near misses: a past, a saying, a weekend
		{"slipped before", wed, "Shares slipped before Friday's Fed decision.",
			[]tagged{{"Friday", "2019-03-08"}}},
		{"said ... before", wed, "Dealers said clients sell before Monday's auction.",
			[]tagged{{"Monday", "2019-03-11"}}},
		{"told on a Saturday", date(2019, 3, 16), "Shares slip before Friday's Fed decision.",
			[]tagged{{"Friday", "2019-03-15"}}},
	})
}

// "That" and a season before a past verb are its subject, the season of the last year the
// text named; a clause's "that" after a verb of saying or knowing, "that fall" and a present
// after it are left untagged.
func TestTimex79ThatSeasonSubject(t *testing.T) {
	doc := date(2019, 3, 13)
	run47(t, []case47{
		{"that winter was", doc, "The harbor iced over in 1977. That winter was the harshest the fishermen remembered.",
			[]tagged{{"1977", "1977"}, {"That winter", "1977-WI"}}},
		{"that summer brought", doc, "The cannery opened in 1952, and that summer brought a flood of new hands.",
			[]tagged{{"1952", "1952"}, {"that summer", "1952-SU"}}},
		// near misses: a clause's "that", a tumble, a present
		{"recalled that winter was", doc, "The cannery opened in 1952. Workers recalled that winter was long.",
			[]tagged{{"1952", "1952"}}},
		{"that fall was", doc, "The climber slipped in 1952. That fall was his last.",
			[]tagged{{"1952", "1952"}}},
		{"that winter is", doc, "The harbor iced over in 1977. That winter is still talked about.",
			[]tagged{{"1977", "1977"}}},
	})
}

// A possessive before the subject's noun stands as "its" does: the -s verb after it tells a
// day ahead. A past, and a plural noun in a verb's object after a possessive, keep theirs.
func TestTimex79PossessiveSubjectPresent(t *testing.T) {
	wed := date(2019, 3, 13)
	run47(t, []case47{
		{"name's chief executive steps down", wed, "Norland's chief executive steps down on Friday.",
			[]tagged{{"Friday", "2019-03-15"}}},
		{"the bank's chairman retires", wed, "The bank's chairman retires on Friday.",
			[]tagged{{"Friday", "2019-03-15"}}},
		// near misses: a past, an object
		{"stepped down", wed, "Norland's chief executive stepped down on Friday.",
			[]tagged{{"Friday", "2019-03-08"}}},
		{"sold the group's dye works", wed, "Norland sold the group's dye works on Monday.",
			[]tagged{{"Monday", "2019-03-11"}}},
	})
}
