package extract

import (
	"maps"
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/eventline/eventline/data/directory"
)

// slowTokens is appendTokens as written before its ASCII shortcuts, the reference they must
// agree with.
func slowTokens(toks []token, text string) []token {
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			start := i
			i += size
			for i < len(text) {
				r, size := utf8.DecodeRuneInString(text[i:])
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					i += size
					continue
				}
				if (r == '-' || r == '.' || r == ',') && i+size < len(text) {
					next, _ := utf8.DecodeRuneInString(text[i+size:])
					prev, _ := utf8.DecodeLastRuneInString(text[start:i])
					if r == '-' && (unicode.IsLetter(next) || unicode.IsDigit(next)) ||
						(r == '.' || r == ',') && unicode.IsDigit(prev) && unicode.IsDigit(next) {
						i += size
						continue
					}
				}
				break
			}
			toks = append(toks, token{text[start:i], start, i})
		default:
			toks = append(toks, token{text[i : i+size], i, i + size})
			i += size
		}
	}
	return toks
}

func TestAppendTokensASCIIShortcut(t *testing.T) {
	texts := []string{
		"", " ", "Hewlett-Packard Co.", "Citrix's 65.99 1,200 B-hive", "a\tb\nc\vd\fe\rf",
		"Nestlé S.A. – Zürich\u00a0AG\u0085x", "R&D @home [x] {y} `z` ~q", "-a a- 1. .1 1,2,3 x-1 1-x",
		"bad \xff byte\xc3", "Ärger-Ökonomie ١٢٣ 中文-名", "9-", "A--B",
	}
	for b := 0; b < 256; b++ {
		texts = append(texts, string([]byte{'x', byte(b), 'y'}), string([]byte{'1', byte(b), '2'}))
	}
	dir, err := directory.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range dir.Listings {
		texts = append(texts, l.Name)
	}
	for _, text := range texts {
		if got, want := appendTokens(nil, text), slowTokens(nil, text); !slices.Equal(got, want) {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}

func TestIsNameInitials(t *testing.T) {
	dir, err := directory.Load()
	if err != nil {
		t.Fatal(err)
	}
	type pair struct{ name, sym string }
	pairs := []pair{
		{"United Parcel Service", "UPS"}, {"United Parcel Service", "UP"}, {"United Parcel Service", "UPSX"},
		{"Advanced Micro Devices", "AMD"}, {"Bank of America", "BA"}, {"Bank  of\tAmerica ", "BA"},
		{"Élan Über Österreich", "ÉÜÖ"}, {"Élan Über Österreich", "EUO"}, {"AT&T Inc", "AI"}, {"A B", "AB"},
		{"Bad \xff Name Co", "BNC"}, {"Two Words", "TW"}, {"", ""}, {"x y z", ""},
	}
	for _, l := range dir.Listings {
		pairs = append(pairs, pair{l.Name, l.Symbol}, pair{l.Name, nameInitials(l.Name)})
	}
	for _, p := range pairs {
		if got, want := isNameInitials(p.name, p.sym), nameInitials(p.name) == p.sym; got != want {
			t.Errorf("isNameInitials(%q, %q) = %v, want %v", p.name, p.sym, got, want)
		}
	}
}

// TestNameWordsCountedInBuild: the counts the recognizer's builders take from the units of the
// names they add are the ones a pass of its own over the names makes.
func TestNameWordsCountedInBuild(t *testing.T) {
	dir, err := directory.Load()
	if err != nil {
		t.Fatal(err)
	}
	want := nameWordCounts(dir)
	built, err := buildDirectory(0)
	if err != nil {
		t.Fatal(err)
	}
	for name, got := range map[string]map[string]int32{
		"buildDirectory": built.nameWords, "NewDirectoryCompanies": NewDirectoryCompanies(dir, nil).nameWords,
	} {
		if !maps.Equal(got, want) {
			t.Errorf("%s: %d words counted, want %d", name, len(got), len(want))
		}
	}
}
