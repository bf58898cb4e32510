package timex

import (
	"testing"
	"time"
)

// A clause of condition after a date keeps its verb to itself (conditions.go).
func TestConditionAfterDate(t *testing.T) {
	doc := time.Date(2007, 8, 15, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		want []tagged
	}{
		{"The tender offer expires at midnight on Nov. 30 unless extended.", []tagged{{"Nov. 30", "2007-11-30"}}},
		{"The offer will expire at midnight on Dec. 3 if not extended.", []tagged{{"Dec. 3", "2007-12-03"}}},
		// controls: the date's own past before it, and a past told in the main clause
		{"The offer expired on Aug. 3 unless extended.", []tagged{{"Aug. 3", "2007-08-03"}}},
		{"The shares were sold on Nov. 30 although prices fell.", []tagged{{"Nov. 30", "2006-11-30"}}},
	}
	for _, tt := range tests {
		expectTags(t, tt.text, doc, tt.want)
	}
}
