package timex

import (
	"testing"
	"time"
)

// A present verb after an apposition reads as it does right after its subject: a schedule told
// ahead (subjects.go). Published on a Wednesday.
func TestPresentAfterApposition(t *testing.T) {
	pub := time.Date(2024, 10, 16, 0, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct {
		text, expr, value string
	}{
		{"Netflix, the streaming leader, reports earnings on Thursday.", "Thursday", "2024-10-17"},
		{"Delta, the largest U.S. carrier, opens its new terminal on Friday.", "Friday", "2024-10-18"},
		{"The chipmaker, Intel, holds its investor day on Thursday.", "Thursday", "2024-10-17"},
		// controls: the past after an apposition, and a verb with its subject
		{"Netflix, the streaming leader, reported earnings on Tuesday.", "Tuesday", "2024-10-15"},
		{"Netflix reports earnings on Thursday.", "Thursday", "2024-10-17"},
	}
	for _, tt := range tests {
		var got *Expr
		for _, e := range Tag(tt.text, Reference{DocDate: pub}) {
			if e.Text == tt.expr {
				got = &e
			}
		}
		if got == nil || got.Value != tt.value {
			t.Errorf("%q: %q = %+v, want %s", tt.text, tt.expr, got, tt.value)
		}
	}
}
