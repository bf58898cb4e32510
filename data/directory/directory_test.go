package directory

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eventline/eventline/internal/shared"
	"github.com/klauspost/compress/s2"
)

func TestName(t *testing.T) {
	tests := []struct{ listing, want string }{
		{"Agilent Technologies, Inc. Common Stock", "Agilent Technologies"},
		{"Procter & Gamble Company (The) Common Stock", "Procter & Gamble"},
		{"Artius II Acquisition Inc. - Class A Ordinary Shares", "Artius II Acquisition"},
		{"Alcoa Corporation Common Stock ", "Alcoa"},
		{"Amazon.com, Inc. - Common Stock", "Amazon.com"},
		{"Vmware, Inc. Common stock, Class A", "Vmware"},
		{"Barrick Mining Corp American Depositary Shares", "Barrick Mining"},
		{"Goldman Sachs Group, Inc. (The)", "Goldman Sachs Group"},
		{"AT&T Inc.", "AT&T"},
		{"BP p.l.c.", "BP"},
		{"Cemex, S.A.B. de C.V.", "Cemex"},
		{"Grupo Televisa S.A.B.", "Grupo Televisa"},
		{"Cresud S.A.C.I.F. y A.", "Cresud"},
		{"Copa Holdings, S.A. Copa Holdings", "Copa Holdings"},
		{"Koninklijke Philips N.V. NY Registry", "Koninklijke Philips"},
		{"Flagstar Bank, N.A.", "Flagstar Bank"},
		{"S.A. Holdings Inc.", "S.A. Holdings"},
		{"Inc.", ""},
		// A name cut at its legal words keeps no "of" that led to them.
		{"Interpublic Group of Companies, Inc. (The) Common Stock", "Interpublic Group"},
		{"Bank of Marin Bancorp Common Stock", "Bank of Marin Bancorp"},
		// news24: the description glued to the name with no space.
		{"Wexford Valve CorporationCommon Stock", "Wexford Valve"},
		{"Brindle Storage IncorporatedCommon Stock REIT", "Brindle Storage"},
		{"Halvorsen Mills Inc.Common Stock", "Halvorsen Mills"},
		{"Uncommon Goods Holdings", "Uncommon Goods Holdings"},
		// A legal form after a comma, or before the name again, closes the name; "of" a place and
		// a series numeral do not.
		{"Marlow Drapery Company, Inc. Holding Company Common Stock", "Marlow Drapery"},
		{"Quillfeather Labs, Inc New", "Quillfeather Labs"},
		{"Tessaly Freight Corporation Tessaly Freight", "Tessaly Freight"},
		{"Harbor Mutual Bancorp, Inc. of Vermont", "Harbor Mutual Bancorp, Inc. of Vermont"},
		{"Cartwheel Corporation of America", "Cartwheel Corporation of America"},
		{"Ridgeway Capital Corp IV", "Ridgeway Capital Corp IV"},
		{"Ossory Group, Inc. Cmn Stk", "Ossory Group"},
		{"Ashgrove Trust Inc. Ashgrove Mexico Equity ETF", "Ashgrove Mexico Equity ETF"},
		{"Tillbury Fund, Inc. Larkspur Quality Dividend ETF", "Larkspur Quality Dividend ETF"},
		{"Pellmore Funds, Inc. Pellmore Short Duration Bond ETF", "Pellmore Short Duration Bond ETF"},
		// news34: a foreign legal form spelled out, a depositary program after the name.
		{"Pampas Quarry Sociedad Anonima", "Pampas Quarry"},
		{"Andes Cementos, Sociedad Anónima", "Andes Cementos"},
		{"Kisogawa Trust Bank Ltd Unsponsored", "Kisogawa Trust Bank"},
	}
	for _, tt := range tests {
		if got := Name(tt.listing); got != tt.want {
			t.Errorf("Name(%q) = %q, want %q", tt.listing, got, tt.want)
		}
	}
}

func TestForms(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"Agilent Technologies", []string{"Agilent Technologies", "Agilent"}},
		{"Goldman Sachs Group", []string{"Goldman Sachs Group", "Goldman Sachs"}},
		{"Amazon.com", []string{"Amazon.com", "Amazon"}},
		{"Procter & Gamble", []string{"Procter & Gamble", "P&G"}},
		{"Microsoft", []string{"Microsoft"}},
		{"Ford Motor", []string{"Ford Motor", "Ford"}},
		{"Costco Wholesale", []string{"Costco Wholesale", "Costco"}},
		// A holding company's "Parent" is no word news writes.
		{"Frontier Communications Parent", []string{"Frontier Communications Parent", "Frontier Communications", "Frontier"}},
	}
	for _, tt := range tests {
		if got := Forms(tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("Forms(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	surnames := func(w string) bool { return w == "Morgan" }
	if got := Joined("JP Morgan Chase", surnames); !slices.Equal(got, []string{"JPMorgan Chase", "JPMorgan"}) {
		t.Errorf("Joined(JP Morgan Chase) = %q", got)
	}
	if got := Joined("AK Steel Holding", surnames); got != nil {
		t.Errorf("Joined(AK Steel Holding) = %q, want none: Steel is no person's name", got)
	}
	if w := FirstWord("Citrix Systems"); w != "Citrix" {
		t.Errorf("FirstWord = %q", w)
	}
	for _, short := range []string{"AAR", "Ace Hardware"} {
		if w := FirstWord(short); w != "" {
			t.Errorf("FirstWord(%q) = %q, want none: one word, or too short to stand alone", short, w)
		}
	}
}

func TestSkipped(t *testing.T) {
	tests := []struct {
		symbol, name string
		skip         bool
	}{
		{"ACMEW", "Acme Acquisition Corp - Warrant", true},
		{"ACMER", "Acme Acquisition Corp - Rights", true},
		{"ACMEU", "Acme Acquisition Corp - Units", true},
		{"ACP$A", "Acme Power 5.75% Preferred Stock", true},
		{"ACPN", "Acme Power 6.25% Notes due 2030", true},
		{"ZZZT", "NASDAQ TEST STOCK", true},
		{"UNT", "Unit Corporation Common Stock", false},
		{"ACME", "Acme Widgets, Inc. Common Stock", false},
		// A foreign company's American depositary shares are its listed equity; a depositary
		// share that is a fraction of a preferred share is not a share of the company.
		{"KLMN", "Kalmino Telecom Plc - American Depositary Shares each representing ten Ordinary Shares", false},
		{"HZNB", "Horizon Bancorp Inc. Depositary Shares, each representing two Class A ordinary shares", false},
		{"ACMEP", "Acme Bank Depositary Shares, each representing a 1/1,000th interest in a share of Series C", true},
		{"ACMEO", "Acme Bank Depositary Shares each representing 1/40th of a share of Fixed Rate Non-Cumulative", true},
		{"ACMEN", "Acme Bank Depositary shares, each representing a 1/400th ownership interest in a share", true},
		{"ACMEC", "Acme Bank N.V. Perp. Cap. Secs. Floating Rate", true},
		{"ACMED", "Acme Bank N.V. Perpetual Debt Securities", true},
		{"ACMEM", "Acme Motors N.V. Mandatory Convertible Securities", true},
	}
	for _, tt := range tests {
		if got := Skipped(tt.symbol, tt.name) != ""; got != tt.skip {
			t.Errorf("Skipped(%q, %q) = %v (%s), want %v", tt.symbol, tt.name, got, Skipped(tt.symbol, tt.name), tt.skip)
		}
	}
	if !Fund("Global X Emerging Markets Great Consumer ETF", false) || !Fund("Acme Municipal Income Fund", false) || Fund("Acme Widgets", false) {
		t.Error("funds and companies told apart wrongly")
	}
}

func TestCovers(t *testing.T) {
	old := Listing{First: DayOf(day("2015-04-27")), Last: DayOf(day("2015-04-27")), To: DayOf(day("2024-10-21"))}
	fund := Listing{First: DayOf(day("2024-10-22")), Last: DayOf(day("2026-08-22")), From: DayOf(day("2015-04-28"))}
	tests := []struct {
		l    Listing
		day  string
		want Coverage
	}{
		{old, "2015-06-01", Seen},
		{old, "2007-08-14", BeforeHistory},
		{old, "2025-01-01", Outside},
		{old, "1987-03-02", Outside}, // beyond the horizon
		{fund, "2025-01-01", Seen},
		{fund, "2007-08-14", Outside},
	}
	for _, tt := range tests {
		if got := tt.l.Covers(day(tt.day)); got != tt.want {
			t.Errorf("Covers(%s) = %v, want %v", tt.day, got, tt.want)
		}
	}
}

// TestDay: a Day is the date it was made from, on every day of 1600 to 2400 (leap centuries,
// month ends) and the zero time's, and parseDay reads what time.Parse reads.
func TestDay(t *testing.T) {
	if !Day(0).IsZero() || Day(0).Time() != (time.Time{}) || DayOf(time.Time{}) != 0 || DayOf(time.Time{}.AddDate(0, 0, 1)) != 1 {
		t.Error("the zero day is not the zero time")
	}
	start := time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC)
	prev := DayOf(start) - 1
	for tm := start; tm.Year() < 2400; tm = tm.AddDate(0, 0, 1) {
		d := DayOf(tm)
		if d != prev+1 || !d.Time().Equal(tm) || d.Time() != tm {
			t.Fatalf("%s: day %d (after %d), back to %s", tm.Format(time.DateOnly), d, prev, d.Time())
		}
		prev = d
		if tm.Year() >= 1900 && tm.Year() <= 2100 { // the month table's years, and either side
			s := tm.Format(time.DateOnly)
			if p, err := parseDay(s); err != nil || p != d {
				t.Fatalf("parseDay(%q) = %d, %v; want %d", s, p, err, d)
			}
		}
	}
	if got := DayOf(time.Date(2015, 4, 27, 23, 59, 0, 0, time.UTC)); got.Format(time.DateOnly) != "2015-04-27" {
		t.Errorf("a day's last minute is %s", got.Format(time.DateOnly))
	}
	// A day past its month's end is counted on, as time.Date does, in the month table's years
	// and outside them.
	for _, tt := range []struct{ y, m, d int }{{2015, 2, 30}, {2016, 2, 31}, {1989, 12, 31}, {1990, 1, 1}, {2049, 12, 31}, {2050, 1, 1}, {2024, 4, 31}, {1950, 6, 31}} {
		s := fmt.Sprintf("%04d-%02d-%02d", tt.y, tt.m, tt.d)
		if p, err := parseDay(s); err != nil || p != DayOf(time.Date(tt.y, time.Month(tt.m), tt.d, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("parseDay(%q) = %s, %v", s, p.Format(time.DateOnly), err)
		}
	}
	for _, bad := range []string{"2015-4-27", "2015-04-2x", "2015-00-10", "2015-13-01", "2015-01-00", "2015/01/01"} {
		if _, err := parseDay(bad); err == nil {
			t.Errorf("parseDay(%q) took it", bad)
		}
	}
}

func TestEmbedded(t *testing.T) {
	dir, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(dir.Listings) < 10000 {
		t.Fatalf("%d listings", len(dir.Listings))
	}
	bySymbol := map[string][]Listing{}
	for _, l := range dir.Listings {
		bySymbol[l.Symbol] = append(bySymbol[l.Symbol], l)
		if Skipped(l.Symbol, l.Name) != "" {
			t.Errorf("%s %q should have been skipped", l.Symbol, l.Name)
		}
		for _, a := range l.Aliases {
			if l.Fund && (a.Text != l.Name || !strings.Contains(a.Text, " ")) {
				t.Errorf("fund %s linked by %q", l.Symbol, a.Text)
			}
		}
	}
	// EMC: EMC Corporation in 2015, a Global X fund since 2024.
	var emc []string
	for _, l := range bySymbol["EMC"] {
		emc = append(emc, l.Name)
	}
	if len(emc) < 2 || emc[0] != "EMC" || !strings.Contains(emc[len(emc)-1], "Global X") {
		t.Errorf("EMC listings %q", emc)
	}
	if !dir.Common("apple") || dir.Common("agilent") {
		t.Error("ordinary words")
	}
	// The names news uses, derived from the listings' names: descriptors dropped ("Ford Motor",
	// "Costco Wholesale"), initials joined ("JP Morgan Chase"); an ordinary word needs evidence.
	for _, tt := range []struct {
		symbol, alias string
		common        bool
	}{{"COST", "Costco", false}, {"F", "Ford", true}, {"JPM", "JPMorgan Chase", false}, {"GOOGL", "Alphabet", true}} {
		found := false
		for _, l := range bySymbol[tt.symbol] {
			for _, a := range l.Aliases {
				if a.Text == tt.alias && a.Common == tt.common {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("%s: no alias %q (common %v)", tt.symbol, tt.alias, tt.common)
		}
	}
}

// TestEmbeddedUpToDate rebuilds the directory from the listings beside the project and compares
// it with the embedded one, where the word lists of Debian's wamerican packages are installed.
func TestEmbeddedUpToDate(t *testing.T) {
	listings := shared.Dir(t, "data/listings")
	words, dict := "/usr/share/dict/american-english-small", "/usr/share/dict/american-english"
	for _, f := range []string{words, dict} {
		if _, err := os.Stat(f); err != nil {
			t.Skipf("%s is absent (apt-get install wamerican wamerican-small)", f)
		}
	}
	ls, common, err := Build(listings, words, dict)
	if err != nil {
		t.Fatal(err)
	}
	data, err := Format(ls, common)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, embedded) {
		t.Error("listings.tsv.s2 is not what the generator makes of ../shared/data/listings: run go generate ./data/directory")
	}
}

// TestIssuesUnderTheirCompanyName: the lists name a preferred, a warrant, a unit or a when-issued
// share both by the issue and by the company alone; neither row is a share of the company, so the
// company keeps one symbol (and its name links) instead of several that read as an issuer of
// notes.
func TestIssuesUnderTheirCompanyName(t *testing.T) {
	listed := func(symbol, name string) row {
		return row{symbol: symbol, name: name, exchange: "Q", first: day("2024-01-01"), last: day("2025-01-01")}
	}
	rows := []row{
		listed("ORBT", "Orbital Freight Inc. - Class A Common Stock"), listed("ORBT", "Orbital Freight Inc."),
		listed("ORBTW", "Orbital Freight Inc. - Warrants"), listed("ORBTW", "Orbital Freight Inc."),
		listed("ORBTP", "Orbital Freight Inc. - Depositary Shares, each representing a 1/40th interest in a Series A Preferred Stock"),
		listed("ORBTP", "Orbital Freight Inc."),
		// A when-issued issue beside the symbol's common stock leaves the stock (as CEG in
		// 2025); a symbol of when-issued shares alone is no listing of the company (as CMCSV).
		listed("ORBT", "Orbital Freight Inc. - Class A Common Stock When-Issued"),
		listed("ORBTV", "Orbital Freight Inc. - Class A Common Stock When Issued"), listed("ORBTV", "Orbital Freight Inc."),
	}
	var got []string
	for _, l := range build(rows, map[string]bool{}, map[string]bool{}, map[string]bool{}) {
		got = append(got, fmt.Sprintf("%s %q fund=%v", l.Symbol, l.Name, l.Fund))
	}
	if want := []string{`ORBT "Orbital Freight" fund=false`}; !slices.Equal(got, want) {
		t.Errorf("listings %q, want %q", got, want)
	}
}

// TestShortFormsOverTime: a short form names one company on a day. A rename under the same symbol
// keeps it; companies that never traded on the same day each keep it on their own days; a company
// that had it alone before another began keeps it until then; two at once lose it; a possessive of
// an ordinary word needs evidence.
func TestShortFormsOverTime(t *testing.T) {
	rows := []row{
		listed("QLF", "Quillfeather Research Inc. - Common Stock", "2015-01-10", "2018-08-22"),
		listed("QLF", "Quillfeather Pharmaceuticals Inc. - Common Stock", "2024-10-05", "2026-08-22"),
		listed("BWI", "Brightwater Industries Inc. - Common Stock", "2015-01-10", "2026-08-22"),
		listed("BWA", "Brightwater Aerospace Inc. - Common Stock", "2026-07-01", "2026-08-22"),
		listed("CVN", "Corvane Systems Inc. - Common Stock", "2015-01-10", "2026-08-22"),
		listed("CVB", "Corvane Bancorp Inc. - Common Stock", "2015-01-10", "2026-08-22"),
		listed("DLM", "Delmont Mining Corp. - Common Stock", "2015-01-10", "2015-04-27"),
		listed("DLE", "Delmont Energy Inc. - Common Stock", "2024-10-05", "2026-08-22"),
		listed("SLR", "Sailor's Outfitters Inc. - Common Stock", "2015-01-10", "2026-08-22"),
		listed("XTR", "Placeholder Filler Inc. - Common Stock", "2025-03-01", "2025-03-01"),
	}
	ls := build(rows, map[string]bool{"sailor": true}, map[string]bool{}, map[string]bool{})
	got := map[string]string{}
	for _, l := range ls {
		var as []string
		for _, a := range l.Aliases[1:] {
			s := a.Text
			if a.Common {
				s = "~" + s
			}
			if a.Since != 0 || a.Until != 0 {
				s += "@" + a.Since.Format(time.DateOnly) + "/" + a.Until.Format(time.DateOnly)
			}
			as = append(as, s)
		}
		got[l.Symbol+" "+l.Name] = strings.Join(as, "|")
	}
	var spinFrom Day
	for _, l := range ls {
		if l.Symbol == "BWA" {
			spinFrom = l.From
		}
	}
	if spinFrom == 0 {
		t.Fatal("the spin-off has no first possible day")
	}
	zero := Day(0).Format(time.DateOnly)
	for k, want := range map[string]string{
		"QLF Quillfeather Research":        "Quillfeather",
		"QLF Quillfeather Pharmaceuticals": "Quillfeather",
		"BWI Brightwater Industries":       "Brightwater@" + zero + "/" + (spinFrom - 1).Format(time.DateOnly),
		"BWA Brightwater Aerospace":        "",
		"CVN Corvane Systems":              "",
		"CVB Corvane Bancorp":              "",
		"DLM Delmont Mining":               "Delmont",
		"DLE Delmont Energy":               "Delmont",
		"SLR Sailor's Outfitters":          "~Sailor's",
	} {
		if got[k] != want {
			t.Errorf("%s: short forms %q, want %q", k, got[k], want)
		}
	}
	// Parse reads the bounds Format writes.
	data, err := Format(ls, nil)
	if err != nil {
		t.Fatal(err)
	}
	dir, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range dir.Listings {
		if !slices.Equal(l.Aliases, ls[i].Aliases) {
			t.Errorf("%s: aliases read back %v, want %v", l.Symbol, l.Aliases, ls[i].Aliases)
		}
	}
}

// TestParseRoundTrip: what Parse reads, Format writes back byte for byte, so that the parse's
// shortcuts (fields cut in place, aliases from shared blocks) lose nothing.
func TestParseRoundTrip(t *testing.T) {
	dir, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	common := make([]string, 0, len(dir.common))
	for w := range dir.common {
		common = append(common, w)
	}
	slices.Sort(common)
	data, err := Format(dir.Listings, common)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, embedded) {
		again, err := Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		t.Errorf("Format(Parse(embedded)) differs from embedded: %d listings read back of %d", len(again.Listings), len(dir.Listings))
	}
	// A listing's aliases are its own: appending to one leaves the next listing's alone.
	l0, l1 := dir.Listings[0], dir.Listings[1]
	want := slices.Clone(l1.Aliases)
	_ = append(l0.Aliases, Alias{Text: "Extra"})
	if !slices.Equal(dir.Listings[1].Aliases, want) {
		t.Errorf("appending to %s's aliases changed %s's: %v", l0.Symbol, l1.Symbol, dir.Listings[1].Aliases)
	}
}

func TestParseRefusesBadLines(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"nine fields", "L\tA\tNYSE\t0\t2015-04-27\t2026-08-22\t\t\tAgilent\n", "line 1: 9 fields, want 10"},
		{"eleven fields", "C\tapple\nL\tA\tNYSE\t0\t2015-04-27\t2026-08-22\t\t\tAgilent\tAgilent\tx\n", "line 2: 11 fields, want 10"},
		{"bad date", "L\tA\tNYSE\t0\t2015-4-27\t2026-08-22\t\t\tAgilent\tAgilent\n", `line 1: date "2015-4-27" is not YYYY-MM-DD`},
	} {
		_, err := Parse(packText(tt.text))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
	// The last field may be empty: a listing without aliases.
	d, err := Parse(packText("L\tA\tNYSE\t1\t2015-04-27\t2026-08-22\t\t\tA Fund\t\n"))
	if err != nil || len(d.Listings) != 1 || d.Listings[0].Aliases != nil || !d.Listings[0].Fund {
		t.Errorf("a listing without aliases: %+v, %v", d, err)
	}
}

// packText compresses text as Format does.
func packText(text string) []byte { return s2.EncodeBest(nil, []byte(text)) }

// TestMovedExchange: a company that moved from NYSE to NASDAQ was first seen on NYSE's lists, so
// the day before which it cannot have held its symbol comes from NYSE's history of lists, not
// from NASDAQ's, which did not show it until the move.
func TestMovedExchange(t *testing.T) {
	rows := []row{
		// Two snapshots of each group of lists: NYSE's in 2015 and 2024-10-22, NASDAQ's in
		// 2024-10-05 and 2024-12-01.
		{symbol: "OTHR", name: "Other Corp Common Stock", exchange: "N", first: day("2015-04-27"), last: day("2024-10-22")},
		{symbol: "NQOT", name: "Nasdaq Other Inc. - Common Stock", exchange: "Q", first: day("2024-10-05"), last: day("2024-12-01")},
		{symbol: "MOVR", name: "Mover Systems Inc. Class A Common Stock", exchange: "N", first: day("2024-10-22"), last: day("2024-10-22")},
		{symbol: "MOVR", name: "Mover Systems Inc. - Class A Common Stock", exchange: "Q", first: day("2024-12-01"), last: day("2024-12-01")},
	}
	for _, l := range build(rows, map[string]bool{}, map[string]bool{}, map[string]bool{}) {
		if l.Symbol != "MOVR" {
			continue
		}
		if l.Exchange != "NASDAQ" || l.From != DayOf(day("2015-04-28")) {
			t.Fatalf("MOVR on %s from %v, want NASDAQ from 2015-04-28", l.Exchange, l.From.Time())
		}
		if c := l.Covers(day("2024-04-30")); c != Seen {
			t.Errorf("MOVR in April 2024: coverage %v, want Seen", c)
		}
		return
	}
	t.Fatal("no MOVR listing")
}

// TestOneWordNames: a one-word name with no suffix is the head of a hyphenated name the lists
// cut ("Coca" of Coca-Cola), matched only as one, unless the lists also write it whole before an
// issue's description ("Sanofi - American Depositary Shares"): then it is the company's name.
func TestOneWordNames(t *testing.T) {
	listed := func(symbol, name string) row {
		return row{symbol: symbol, name: name, exchange: "Q", first: day("2024-01-01"), last: day("2025-01-01")}
	}
	rows := []row{
		listed("SNFX", "Senafo"), listed("SNFX", "Senafo - American Depositary Shares"),
		listed("KOLA", "Kolara"),
	}
	var got []string
	for _, l := range build(rows, map[string]bool{}, map[string]bool{}, map[string]bool{}) {
		for _, a := range l.Aliases {
			got = append(got, fmt.Sprintf("%s %q head=%v", l.Symbol, a.Text, a.HyphenHead))
		}
	}
	slices.Sort(got)
	if want := []string{`KOLA "Kolara" head=true`, `SNFX "Senafo" head=false`}; !slices.Equal(got, want) {
		t.Errorf("aliases %q, want %q", got, want)
	}
}

// TestCutByte: the parse's cut is strings.Cut for a one-byte separator.
func TestCutByte(t *testing.T) {
	for _, tt := range []struct {
		s   string
		sep byte
	}{
		{"L\tA\tNYSE", '\t'}, {"no separator", '\t'}, {"", '|'}, {"|", '|'}, {"a||b", '|'},
		{"trailing\t", '\t'}, {"\tleading", '\t'}, {"2015-04-27/2020-01-31", '/'}, {"Nestlé|Nestle", '|'},
	} {
		b, a, ok := cutByte(tt.s, tt.sep)
		wb, wa, wok := strings.Cut(tt.s, string(tt.sep))
		if b != wb || a != wa || ok != wok {
			t.Errorf("cutByte(%q, %q) = %q, %q, %v; strings.Cut gives %q, %q, %v", tt.s, tt.sep, b, a, ok, wb, wa, wok)
		}
	}
}

// day parses a test's date; the tests' dates are literals.
func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// listed is a history row of a company's common stock on the test exchange "Q", seen from first
// to last.
func listed(symbol, name, first, last string) row {
	return row{symbol: symbol, name: name, exchange: "Q", first: day(first), last: day(last)}
}
