package report

import (
	"reflect"
	"testing"

	"github.com/eventline/eventline/analytics"
)

// TestGroupNotes: a study's note that lists events ("2 events have ...:") keeps them as its items,
// so that the report nests them and counts one note, not one per event.
func TestGroupNotes(t *testing.T) {
	item := func(s string) string { return analytics.NoteItem + s }
	tests := []struct {
		name string
		in   []string
		want []note
	}{
		{"plain notes", []string{"a", "b"}, []note{{Text: "a"}, {Text: "b"}}},
		{"items under their note", []string{"a", "2 events moved:", item("event 1"), item("event 2"), "c"},
			[]note{{Text: "a"}, {Text: "2 events moved:", Items: []string{"event 1", "event 2"}}, {Text: "c"}}},
		{"an item with no note before it stands alone", []string{item("event 1")}, []note{{Text: "event 1"}}},
	}
	for _, tt := range tests {
		if got := groupNotes(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: groupNotes(%q) = %+v, want %+v", tt.name, tt.in, got, tt.want)
		}
	}
}
