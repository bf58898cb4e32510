// Package timex finds temporal expressions in English news text and normalizes them to TIMEX3
// values, in three steps after HeidelTime's design:
//
//   - Recognition by named rules (registry.go; families.go, calendar.go, compound.go): each is
//     a small pattern over tokens and lexicon classes (pattern.go) with a normalization that
//     checks what a pattern cannot say (a capitalized month, a glued hyphen); only the clock
//     is still a function. Each has examples, which are its tests. Rules can be listed (Rules),
//     switched off by name (NewTagger) and counted (eventline eval timeml --rules).
//   - Normalization of what a rule matched into a value, underspecified where the text leaves
//     it open: "XXXX-WXX-1" for "Monday", "XXXX-10" for "October", "XXXX-Q3" for "the third
//     quarter".
//   - Resolution (resolve.go): one step settles those against the reference, the publication
//     date, with the tense of the governing verb (tense.go): "said on Monday" and "priced ... on
//     Monday" are the Monday before, "will begin on Tuesday" and "the shares begin trading on
//     Tuesday" the one after. Relative expressions also resolve against the last date the text
//     named ("later that year", "the year-ago quarter") or an anchor event ("one week after the
//     IPO").
//
// Text reads a text once into tokens, sentences and clauses; data/extract splits its sentences
// with it and can read an event's status from Text.Reading, so the tagger and the extraction
// never read a sentence or a tense differently.
//
// The package knows nothing of the CLI or the database: it takes text and a reference and
// returns expressions.
//
// Conventions, after TimeML's annotation of news (TempEval-3):
//
//   - Extents leave out prepositions and most articles ("last week", "1990s"), but keep the
//     article where TimeML does: "the third quarter", "the past two months", "the end of 2007",
//     "the coming weeks". Modifiers are part of the extent and go to Mod: "early 2008" is 2008
//     with START, "late November" 2007-11 with END, "mid-September" MID, "after the XenSource
//     acquisition" the acquisition's date with AFTER.
//   - Values are TIMEX3: days 2007-08-13, ISO weeks 2007-W32, months, quarters 2007-Q3,
//     halves 2007-H1, seasons 2007-SU, years, decades 199, centuries 19, durations P4M, PT5H,
//     PXY for unspecified counts, and PRESENT_REF, PAST_REF, FUTURE_REF. A value that needs
//     the publication date has X in its place when there is none (XXXX-04).
//   - A weekday, a month, a day, a season or a holiday without a year resolves against the
//     publication date with the tense of its sentence: "said Monday" is the Monday before,
//     "will meet Monday" the one after; "last November" and "next spring" leave the
//     publication's month or season, "this April" and "this summer" stay in its year unless
//     the tense puts them on the other side of the publication;
//     a day or month takes the year that puts it nearest the publication unless the tense says
//     otherwise ("was founded in October" published in August is last year's October); a
//     narrative that has just named a date well before the publication, and no day of the
//     telling's week, goes on from that date instead ("On March 3 the board met. On Friday it
//     voted": the Friday after March 3; resolved_by "story").
//   - Times of day ("10:35 a.m.") are TIME; a time with its day ("9 a.m. Tuesday") is DATE with
//     the time in the value, as TimeML annotates it. "Friday night" is the day.
//   - Counts of things are not years: "2000 people", "$29", "15%", "3.4", "9 out of 10".
package timex

import "time"

// Anchor is a dated event that relative expressions ("one week after IPO") can be resolved
// against.
type Anchor struct {
	ID    string   // resolved_by becomes "event:"+ID
	Value string   // TIMEX3 date of the event, e.g. "2007-08-14"
	Type  string   // event type: ipo, acquisition, partnership, product, earnings, executive, ...
	Terms []string // names that identify it: companies, tickers, e.g. {"VMware","VMW"}
}

// Reference is what relative expressions resolve against.
type Reference struct {
	DocDate time.Time // publication date; zero when unknown (relative expressions are then "unresolved")
	Anchors []Anchor
}

// Expr is one temporal expression found in a text.
type Expr struct {
	Text               string
	Start, End         int    // character (Unicode code point) offsets in the text, End exclusive
	ByteStart, ByteEnd int    // the same span in bytes, for slicing Go strings
	Type               string // DATE | TIME | DURATION | SET
	Value              string // TIMEX3 value: 2007-08-13, 2007-W32, 2007-Q3, P9M, PRESENT_REF, XXXX-04...
	Granularity        string // day | week | month | quarter | half | year | decade | century | ""
	Mod                string // TIMEX3 mod: START, MID, END, BEFORE, AFTER, APPROX, ... or ""
	ResolvedBy         string // absolute | publication | story | event:<id> | unresolved
	Rule               string // the name of the rule that found it (see Rules)
}

// Values of Expr.ResolvedBy other than "event:<id>".
const (
	ByAbsolute    = "absolute"
	ByPublication = "publication"
	ByStory       = "story" // the date the story is at: the last one the text named, just before
	ByUnresolved  = "unresolved"
)

// Tag returns the temporal expressions of text, sorted by Start and non-overlapping, with
// every rule on.
func Tag(text string, ref Reference) []Expr { return (*Tagger)(nil).Tag(text, ref) }
