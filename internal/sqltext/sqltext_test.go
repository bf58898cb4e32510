package sqltext

import "testing"

func TestQuoting(t *testing.T) {
	if got := String("O'Brien"); got != "'O''Brien'" {
		t.Errorf("String: %s", got)
	}
	if got := List([]string{"VMW", "it's"}); got != "['VMW', 'it''s']" {
		t.Errorf("List: %s", got)
	}
	if got := List(nil); got != "[]" {
		t.Errorf("empty List: %s", got)
	}
}
