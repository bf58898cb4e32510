// Package timex finds temporal expressions in English news text and normalizes them to TIMEX3
// values, HeidelTime-style: a tokenizer, word-level rules for the patterns, and a resolution
// step that anchors relative expressions to the publication date (with the tense of the
// sentence) or to known dated events.
//
// The package knows nothing of the CLI or the database: it takes text and a reference and
// returns expressions.
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
	ResolvedBy         string // absolute | publication | event:<id> | unresolved
}

// Values of Expr.ResolvedBy other than "event:<id>".
const (
	ByAbsolute    = "absolute"
	ByPublication = "publication"
	ByUnresolved  = "unresolved"
)

// Tag returns the temporal expressions of text, sorted by Start and non-overlapping.
func Tag(text string, ref Reference) []Expr {
	toks := tokenize(text)
	m := newMatcher(text, toks, ref)
	return m.run()
}
