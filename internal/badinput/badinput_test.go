package badinput

import (
	"errors"
	"fmt"
	"testing"
)

func TestErrorMessage(t *testing.T) {
	tests := []struct {
		name string
		err  *Error
		want string
	}{
		{"full", New(Problem{File: "VMW.csv", Line: 4, Column: "Close", Value: "-1", Rule: "prices must be positive"}),
			`VMW.csv:4: column Close: value "-1": prices must be positive`},
		{"file only", Errorf("x.csv", "file is empty"), "x.csv: file is empty"},
		{"count", &Error{Problems: []Problem{{File: "a", Line: 1, Rule: "r"}}, Total: 3}, "a:1: r\n... and 2 more problem(s)"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestNewKeepsFirstProblems(t *testing.T) {
	var ps []Problem
	for i := 0; i < MaxShown+5; i++ {
		ps = append(ps, Problem{File: "f", Line: i + 1, Rule: "r"})
	}
	e := New(ps...)
	if len(e.Problems) != MaxShown || e.Total != MaxShown+5 {
		t.Fatalf("kept %d of %d", len(e.Problems), e.Total)
	}
	var target *Error
	if !errors.As(fmt.Errorf("ingest: %w", e), &target) {
		t.Fatal("errors.As does not find *Error through wrapping")
	}
}
