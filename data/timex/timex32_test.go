package timex

import (
	"strings"
	"testing"
	"time"
)

// Families of the Xinhua English wire of 1996-2000 and AP world news of 1998-2000 (heldout41's
// registers), with sentences of our own.
func TestWorldWireYearSpanPeriod(t *testing.T) {
	doc := time.Date(1996, 3, 5, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       []want
	}{
		// "period" makes a range of years one span, the years both counted.
		{"two-digit end", "Grain output grew steadily in the 1991-95 period.",
			[]want{{text: "the 1991-95 period", value: "P5Y", typ: "DURATION"}}},
		{"four-digit end", "The State Council approved targets for the 2001-2005 period.",
			[]want{{text: "the 2001-2005 period", value: "P5Y", typ: "DURATION"}}},
		{"across a century", "Ports were dredged in the 1998-02 period.",
			[]want{{text: "the 1998-02 period", value: "P5Y", typ: "DURATION"}}},
		// Without "period" a range stays its years; a range that goes on is none.
		{"bare range", "Prices were flat in 1996-2000.",
			[]want{{text: "1996", value: "1996"}, {text: "2000", value: "2000"}}},
		{"range with a season", "He starred in the 1996-97 season.",
			[]want{{text: "the 1996-97 season", value: "1996"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectWants(t, tc.text, Reference{DocDate: doc}, tc.want) })
	}
}

// The feasts of the Islamic calendar move eleven days a year through the sun's: the tense picks
// the one ahead of the telling or the one before, and a year may hold two.
func TestWorldWireIslamicFeasts(t *testing.T) {
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"ahead", time.Date(1995, 2, 20, 0, 0, 0, 0, time.UTC), "The talks will resume after Eid al-Fitr.",
			[]tagged{{"Eid al-Fitr", "1995-03-03"}}},
		{"gone", time.Date(2003, 12, 10, 0, 0, 0, 0, time.UTC), "Shops in Cairo reopened after Eid al-Fitr.",
			[]tagged{{"Eid al-Fitr", "2003-11-26"}}},
		{"the second of a year", time.Date(2000, 12, 10, 0, 0, 0, 0, time.UTC), "The cease-fire is to hold until Eid al-Fitr.",
			[]tagged{{"Eid al-Fitr", "2000-12-28"}}},
		{"the pilgrimage's", time.Date(2005, 1, 10, 0, 0, 0, 0, time.UTC), "Two million pilgrims will reach Mecca before Eid al-Adha.",
			[]tagged{{"Eid al-Adha", "2005-01-21"}}},
		{"no hyphen", time.Date(2005, 1, 10, 0, 0, 0, 0, time.UTC), "Prices of sheep rose before Eid al Adha last year.",
			[]tagged{{"Eid al Adha", "2004-02-02"}, {"last year", "2004"}}},
		// A family's name is no feast.
		{"a name", time.Date(1998, 6, 1, 0, 0, 0, 0, time.UTC), "The Eid family moved to Cairo in 1990.",
			[]tagged{{"1990", "1990"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}

// A present -s verb with its particle and object tells what is on the calendar, ahead, though
// the sentence before told the past.
func TestWorldWirePhrasalPresent(t *testing.T) {
	mar := time.Date(2001, 3, 14, 0, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct {
		name string
		text string
		want []tagged
	}{
		{"hands over", "The coalition lost two seats last month. The chancellor hands over power in October.",
			[]tagged{{"last month", "2001-02"}, {"October", "2001-10"}}},
		{"after an aside", "Rebels seized the airport last month. The governor, who was elected in 1998, hands over the province in January.",
			[]tagged{{"last month", "2001-02"}, {"1998", "1998"}, {"January", "2002-01"}}},
		{"steps down as", "The bank lost money last year. Its chairman steps down as chief executive in February.",
			[]tagged{{"last year", "2000"}, {"February", "2002-02"}}},
		{"gives up", "Voters rejected the budget last week. The mayor gives up the post in January.",
			[]tagged{{"last week", "2001-W10"}, {"January", "2002-01"}}},
		{"steps down", "The party lost the vote last week. The governor steps down in October.",
			[]tagged{{"last week", "2001-W10"}, {"October", "2001-10"}}},
		{"retires", "The governor retires in October.",
			[]tagged{{"October", "2001-10"}}},
		{"resigns after an aside", "The minister, who was appointed in 1997, resigns in September.",
			[]tagged{{"1997", "1997"}, {"September", "2001-09"}}},
		// A past, a plural noun before the particle, or a verb after the date keep the clause's
		// tense.
		{"handed over stays past", "The coalition lost two seats last month. The chancellor handed over power in October.",
			[]tagged{{"last month", "2001-02"}, {"October", "2000-10"}}},
		{"a plural noun", "Output fell last month. Its stocks off the coast in January were low.",
			[]tagged{{"last month", "2001-02"}, {"January", "2001-01"}}},
		{"retired stays past", "The governor retired in October.",
			[]tagged{{"October", "2000-10"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, mar, tc.want) })
	}
}

// The clause around an event's word is read with the same cues, but a phrasal present before it
// tells no schedule: "wraps up" an act is done as it is told.
func TestWorldWirePhrasalPresentNoDate(t *testing.T) {
	for _, tt := range []struct{ text, word string }{
		{"Halden wraps up consumer unit disposal", "disposal"},
		{"Corvane hands over its chip unit in the sale to Intel.", "sale"},
	} {
		i := strings.Index(tt.text, tt.word)
		if r := NewText(tt.text).Reading(i, i+len(tt.word)); r.Tense == TenseFuture {
			t.Errorf("Reading(%q in %q) = %v (cue %q), want no future", tt.word, tt.text, r.Tense, r.Cue)
		}
	}
}

// A half of a decade or a century is the decade or the century with the mod of its start or
// end; a half of a year stays the half.
func TestWorldWireHalfOfEra(t *testing.T) {
	doc := time.Date(1998, 11, 12, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a decade's first half", "Growth averaged 11 percent in the first half of the 1990s.",
			[]want{{text: "the first half of the 1990s", value: "199", mod: "START"}}},
		{"a decade's second half", "Coastal cities grew fastest in the second half of the 1980s.",
			[]want{{text: "the second half of the 1980s", value: "198", mod: "END"}}},
		{"this decade", "Rail freight doubled in the first half of this decade.",
			[]want{{text: "the first half of this decade", value: "199", mod: "START"}}},
		{"a century", "The canal was dug in the first half of the 19th century.",
			[]want{{text: "the first half of the 19th century", value: "18", mod: "START"}}},
		// a year's half, with its year or the publication's
		{"a year's half", "Grain output rose in the first half of 1997.",
			[]want{{text: "the first half of 1997", value: "1997-H1"}}},
		{"the year's half", "Output rose in the second half of the year.",
			[]want{{text: "the second half of the year", value: "1998-H2"}}},
		{"a half alone", "Output rose in the first half.",
			[]want{{text: "the first half", value: "1998-H1"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectWants(t, tc.text, Reference{DocDate: doc}, tc.want) })
	}
}

// The Orthodox churches keep the Julian calendar: their Christmas falls on Jan. 7 and their
// Easter by the Julian reckoning.
func TestWorldWireOrthodoxFeasts(t *testing.T) {
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"Christmas ahead", time.Date(1999, 12, 21, 0, 0, 0, 0, time.UTC), "Serbs will celebrate Orthodox Christmas on Jan. 7.",
			[]tagged{{"Orthodox Christmas", "2000-01-07"}, {"Jan. 7", "2000-01-07"}}},
		{"Christmas Eve gone", time.Date(2000, 1, 10, 0, 0, 0, 0, time.UTC), "Thousands crowded the churches of Belgrade on Orthodox Christmas Eve.",
			[]tagged{{"Orthodox Christmas Eve", "2000-01-06"}}},
		{"Easter", time.Date(1999, 4, 5, 0, 0, 0, 0, time.UTC), "The alliance rejected a truce for Orthodox Easter.",
			[]tagged{{"Orthodox Easter", "1999-04-11"}}},
		{"Easter Sunday gone", time.Date(2000, 5, 8, 0, 0, 0, 0, time.UTC), "Pilgrims filled Jerusalem on Orthodox Easter Sunday.",
			[]tagged{{"Orthodox Easter Sunday", "2000-04-30"}}},
		// the Western feasts and the word alone stay as they were
		{"Christmas", time.Date(1999, 12, 21, 0, 0, 0, 0, time.UTC), "Shops will close for Christmas.",
			[]tagged{{"Christmas", "1999-12-25"}}},
		{"a church", time.Date(1999, 12, 21, 0, 0, 0, 0, time.UTC), "The Orthodox church opened a school in 1996.",
			[]tagged{{"1996", "1996"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}
