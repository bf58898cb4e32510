package english

import "testing"

func TestCount(t *testing.T) {
	tests := []struct {
		n     int
		forms []string
		want  string
	}{
		{0, []string{"event"}, "0 events"},
		{1, []string{"event"}, "1 event"},
		{2, []string{"event"}, "2 events"},
		{1, []string{"alias", "aliases"}, "1 alias"},
		{3, []string{"alias", "aliases"}, "3 aliases"},
		{2, []string{"event window has", "event windows have"}, "2 event windows have"},
	}
	for _, tt := range tests {
		if got := Count(tt.n, tt.forms...); got != tt.want {
			t.Errorf("Count(%d, %q) = %q, want %q", tt.n, tt.forms, got, tt.want)
		}
	}
}
