package extract_test

import "testing"

// TestOwnedUnitIsTheSubject checks that a listed unit named through its owner's possessive is
// the subject of its one-party news, and the article's main company for "its shares".
func TestOwnedUnitIsTheSubject(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		title, body string
		want        []string
	}{
		{"Icahn Enterprises' CVR Energy unit suspends its dividend", "Its shares fell 9% in early trading.",
			[]string{"dividend:CVI", "price_move:CVI"}},
		{"Johnson & Johnson's Kenvue raises annual forecast", "Its shares rose 2% on Wednesday.",
			[]string{"guidance:KVUE", "price_move:KVUE"}},
		// The owner's own news keeps the owner: no company right after the possessive.
		{"Johnson & Johnson's drug sales beat estimates", "Its shares rose 1%.",
			[]string{"earnings:JNJ", "price_move:JNJ"}},
	}
	for _, tt := range tests {
		if got := eventKinds(x, tt.title, "2024-06-12", tt.body); !sameKinds(got, tt.want) {
			t.Errorf("%q / %q: events %v, want %v", tt.title, tt.body, got, tt.want)
		}
	}
}

// TestGoodsSold checks that a sale's participle after the goods it describes ("vehicles sold")
// is no deal and no offering, even where a run-on sentence puts shares after it.
func TestGoodsSold(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		title, body string
		want        []string
	}{
		{"Automakers", "The fix covers all Ford vehicles sold in the U.S. Ford shares were down 1% in premarket trading.",
			[]string{"price_move:F"}},
		{"Automakers", "General Motors said homes sold near its plant rose in value.", nil},
	}
	for _, tt := range tests {
		if got := eventKinds(x, tt.title, "2024-06-12", tt.body); !sameKinds(got, tt.want) {
			t.Errorf("%q / %q: events %v, want %v", tt.title, tt.body, got, tt.want)
		}
	}
}
