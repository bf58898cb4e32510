package timex

import (
	"testing"
	"time"
)

// TestAccordingToTelling checks a date that ends a source given by "according to": the source
// was said or written on a day gone, whatever the news looks ahead to. A date in the news itself,
// and a source told with a verb of its own, keep their readings. Told on Wednesday 2024-06-12.
func TestAccordingToTelling(t *testing.T) {
	doc := time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)
	expectTags(t, "Amazon will buy Velcor Inc for $2 billion, according to a statement on Friday.", doc, []tagged{{"Friday", "2024-06-07"}})
	expectTags(t, "The plant will close, according to a memo to staff on Tuesday.", doc, []tagged{{"Tuesday", "2024-06-11"}})
	expectTags(t, "Velcor will cut 500 jobs, according to a filing in March.", doc, []tagged{{"March", "2024-03"}})
	// near-misses
	expectTags(t, "Velcor will release its results in a statement on Friday.", doc, []tagged{{"Friday", "2024-06-14"}})
	expectTags(t, "According to the schedule, the vote will take place on Friday.", doc, []tagged{{"Friday", "2024-06-14"}})
	expectTags(t, "The company will hold a call on Thursday, according to its website.", doc, []tagged{{"Thursday", "2024-06-13"}})
}

// TestTestifiesAhead checks the third person of a scheduling verb spelled with -ies
// ("testifies"), which the scheduling verbs' list had not held: "Boeing's CEO testifies before the
// Senate on Tuesday", told on a Monday, is the Tuesday to come, as "meets on Tuesday" is. The past
// keeps its day.
func TestTestifiesAhead(t *testing.T) {
	mon := time.Date(2024, 6, 17, 0, 0, 0, 0, time.UTC)
	expectTags(t, "Boeing's CEO testifies before the Senate on Tuesday.", mon, []tagged{{"Tuesday", "2024-06-18"}})
	expectTags(t, "The chief executive testifies to the committee on Thursday.", mon, []tagged{{"Thursday", "2024-06-20"}})
	// near-misses
	expectTags(t, "Boeing's CEO testified before the Senate on Tuesday.", mon, []tagged{{"Tuesday", "2024-06-11"}})
	expectTags(t, "The board meets on Tuesday.", mon, []tagged{{"Tuesday", "2024-06-18"}})
}
