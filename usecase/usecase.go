// Package usecase holds eventline's use cases: each thing a user asks of eventline (load articles,
// run an event study, summarize tickers, draw a chart, gather a report's data) as one function
// over the database, and the policies they share (the default benchmark, which days a ticker has
// prices, where the prices come from).
//
// It sits between the commands and data, analytics and charts. The commands, the report and the
// demo call the same functions here, so that they cannot disagree; a command keeps only its
// flags, one call and its printing.
package usecase

import (
	"errors"
	"fmt"
	"time"
)

// InputError is a problem with what was asked (an unknown ticker, an empty range, a benchmark
// without prices), as opposed to a failure of the database or the file system. Commands exit
// with status 2 for it.
type InputError struct{ msg string }

func (e *InputError) Error() string { return e.msg }

// Inputf makes an InputError.
func Inputf(format string, args ...any) error {
	return &InputError{fmt.Sprintf(format, args...)}
}

// IsInputError says whether err is a problem with the input rather than a failure.
func IsInputError(err error) bool {
	var ie *InputError
	return errors.As(err, &ie)
}

func day(t time.Time) string { return t.Format("2006-01-02") }

// dayOr is t as a day, or open for a zero (open-ended) bound.
func dayOr(t time.Time, open string) string {
	if t.IsZero() {
		return open
	}
	return day(t)
}

// nullDay is t as a query argument: NULL for a zero (open-ended) bound.
func nullDay(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}
