// Package badinput describes problems with a user's input files precisely enough to fix them:
// the file, the line, the column, the value and the rule it breaks.
//
// Commands exit with status 2 when an error wraps an *Error.
package badinput

import (
	"fmt"
	"strings"
)

// Problem is one rule broken by one value.
type Problem struct {
	File   string
	Line   int    // 1-based; 0 when the problem is not on one line (a missing file, a header rule)
	Column string // "" when the problem is not in one column
	Value  string
	Rule   string // what the value should have been, e.g. "close must be positive"
}

func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	}
	b.WriteString(": ")
	if p.Column != "" {
		fmt.Fprintf(&b, "column %s: ", p.Column)
	}
	if p.Value != "" || p.Column != "" {
		fmt.Fprintf(&b, "value %q: ", p.Value)
	}
	b.WriteString(p.Rule)
	return b.String()
}

// Error is a batch of input problems. Problems holds the first few found; Total counts all of them.
type Error struct {
	Problems []Problem
	Total    int
}

// MaxShown is how many problems an Error lists before it only counts.
const MaxShown = 10

func (e *Error) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(p.String())
	}
	total := e.Total
	if total < len(e.Problems) {
		total = len(e.Problems)
	}
	if more := total - len(e.Problems); more > 0 {
		fmt.Fprintf(&b, "\n... and %d more problem(s)", more)
	}
	return b.String()
}

// New returns an Error holding the given problems, keeping at most MaxShown of them.
func New(problems ...Problem) *Error {
	e := &Error{Total: len(problems)}
	if len(problems) > MaxShown {
		problems = problems[:MaxShown]
	}
	e.Problems = problems
	return e
}

// Errorf returns an Error with one problem that has no line or column.
func Errorf(file, format string, args ...any) *Error {
	return New(Problem{File: file, Rule: fmt.Sprintf(format, args...)})
}
