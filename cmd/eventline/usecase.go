package main

import "github.com/eventline/eventline/usecase"

// fromUsecase makes a use case's input error (an unknown ticker, an empty range, a benchmark
// without prices) a usage error, exit status 2.
func fromUsecase(err error) error {
	if usecase.IsInputError(err) {
		return &usageError{err}
	}
	return err
}
