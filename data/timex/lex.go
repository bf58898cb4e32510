package timex

import "github.com/eventline/eventline/internal/wordtab"

// Lexicon entry kinds.
const (
	lxNone     = iota
	lxMonth    // val 1..12; abbr when an abbreviation
	lxWeekday  // val 1..7, Monday = 1 (time.Weekday%7 semantics handled in code)
	lxUnit     // val one of the u* constants; plural when plural
	lxNumber   // cardinal word: val
	lxOrdinal  // ordinal word: val
	lxSeason   // val 0 spring, 1 summer, 2 fall, 3 winter
	lxDeictic  // val one of the d* constants
	lxPartDay  // morning, afternoon, evening, night
	lxRel      // val one of the r* constants
	lxMod      // val one of the m* constants
	lxEvent    // val index into eventTypes
	lxHoliday  // val index into holidays
	lxFunction // words rules look at by spelling (the, a, after, ...): present so they are tried
)

// Units.
const (
	uDay = iota + 1
	uWeek
	uWeekend
	uFortnight
	uMonth
	uQuarter
	uHalf
	uYear
	uDecade
	uCentury
	uHour
	uMinute
)

// Deictic words.
const (
	dToday = iota + 1
	dTonight
	dYesterday
	dTomorrow
	dNow
	dRecently
	dCurrently
)

// Relative words.
const (
	rLast = iota + 1
	rNext
	rThis
	rPast
	rComing
	rPrevious
	rFollowing
	rRecent
)

// Modifier words.
const (
	mEarly = iota + 1
	mLate
	mMid
	mEnd
	mBeginning
	mMiddle
	mEarlier
	mLater
)

type lexEntry struct {
	kind   uint8
	abbr   bool
	plural bool
	cands  uint16 // the rules the word can start (candidateLists), set at init
	val    int
}

// eventTypes are the anchor types the event phrases know, most specific first: when a phrase
// names several ("the launch of its IPO"), the first in this list wins.
var eventTypes = []string{"ipo", "acquisition", "partnership", "earnings", "executive", "product"}

var (
	lexicon = buildLexicon()
	// lexLens holds, for the first two letters of the lexicon's words, the lengths of the words
	// that start with them: most words of a text find none and skip the map lookup (perf9.go).
	lexLens = buildPrefixLengths(lexicon)
)

func prefixIndex(a, b byte) int {
	i, j := 26, 26
	if a|0x20 >= 'a' && a|0x20 <= 'z' {
		i = int(a | 0x20 - 'a')
	}
	if b|0x20 >= 'a' && b|0x20 <= 'z' {
		j = int(b | 0x20 - 'a')
	}
	return i*27 + j
}

func buildLexicon() map[string]lexEntry {
	m := map[string]lexEntry{}
	months := []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	for i, s := range months {
		m[s] = lexEntry{kind: lxMonth, val: i + 1}
	}
	for s, v := range map[string]int{"jan": 1, "feb": 2, "febr": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		m[s] = lexEntry{kind: lxMonth, val: v, abbr: true}
	}
	for i, s := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		m[s] = lexEntry{kind: lxWeekday, val: i + 1}
	}
	units := map[string]int{"day": uDay, "week": uWeek, "weekend": uWeekend, "fortnight": uFortnight, "month": uMonth,
		"quarter": uQuarter, "half": uHalf, "year": uYear, "decade": uDecade, "century": uCentury, "hour": uHour, "minute": uMinute}
	for s, v := range units {
		m[s] = lexEntry{kind: lxUnit, val: v}
		m[s+"s"] = lexEntry{kind: lxUnit, val: v, plural: true}
	}
	m["centuries"] = lexEntry{kind: lxUnit, val: uCentury, plural: true}
	m["halves"] = lexEntry{kind: lxUnit, val: uHalf, plural: true}
	m["yr"] = lexEntry{kind: lxUnit, val: uYear}
	m["yrs"] = lexEntry{kind: lxUnit, val: uYear, plural: true}
	m["qtr"] = lexEntry{kind: lxUnit, val: uQuarter} // newswire tables: "4th qtr net"
	m["hr"] = lexEntry{kind: lxUnit, val: uHour}
	m["hrs"] = lexEntry{kind: lxUnit, val: uHour, plural: true}
	m["min"] = lexEntry{kind: lxUnit, val: uMinute}
	m["mins"] = lexEntry{kind: lxUnit, val: uMinute, plural: true}
	numbers := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
		"twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}
	for i, s := range numbers {
		m[s] = lexEntry{kind: lxNumber, val: i}
	}
	for s, v := range map[string]int{"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12} {
		m[s] = lexEntry{kind: lxNumber, val: v}
	}
	ordinals := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
		"twentieth", "twenty-first"}
	for i, s := range ordinals {
		if s != "" {
			m[s] = lexEntry{kind: lxOrdinal, val: i}
		}
	}
	for s, v := range map[string]int{"spring": 0, "summer": 1, "fall": 2, "autumn": 2, "winter": 3} {
		m[s] = lexEntry{kind: lxSeason, val: v}
	}
	for s, v := range map[string]int{"today": dToday, "tonight": dTonight, "yesterday": dYesterday, "tomorrow": dTomorrow,
		"now": dNow, "recently": dRecently, "currently": dCurrently} {
		m[s] = lexEntry{kind: lxDeictic, val: v}
	}
	for _, s := range []string{"morning", "afternoon", "evening", "night"} {
		m[s] = lexEntry{kind: lxPartDay}
	}
	for s, v := range map[string]int{"last": rLast, "next": rNext, "this": rThis, "past": rPast, "coming": rComing,
		"previous": rPrevious, "prior": rPrevious, "following": rFollowing, "recent": rRecent, "current": rThis} {
		m[s] = lexEntry{kind: lxRel, val: v}
	}
	for s, v := range map[string]int{"early": mEarly, "late": mLate, "mid": mMid, "end": mEnd, "beginning": mBeginning,
		"start": mBeginning, "middle": mMiddle, "earlier": mEarlier, "later": mLater} {
		m[s] = lexEntry{kind: lxMod, val: v}
	}
	for i, s := range holidays {
		m[s.word] = lexEntry{kind: lxHoliday, val: i}
	}
	for _, s := range []string{"the", "a", "an", "after", "before", "since", "following", "fiscal", "in", "several", "few",
		"ahead", "prior", "until", "by", "same", "future", "nowadays", "that", "to",
		// words that start the pattern rules' phrases (families.go)
		"presently", "these", "at", "soon", "lately", "full", "whole", "every", "each", "daily", "weekly", "monthly",
		"quarterly", "annually", "yearly", "midyear", "calendar", "comparable", "corresponding",
		// words that follow "the" in the pattern rules' phrases (registry.go's checkThe)
		"near", "foreseeable", "immediate", "most", "latest", "twenties", "thirties", "forties", "fifties", "sixties",
		"seventies", "eighties", "nineties", "trailing", "some", "many", "ahead", "turn", "final", "new", "long", "holiday",
		"trading", "session", "other", "preceding", "season", "back", "front", "just", "thirtieth", // timex37.go: "the just-ended quarter", "the thirtieth of May"
		"eid", "orthodox", // timex32.go's feasts
		"super", "inauguration", // timex36.go's days of the political calendar
		"midcentury",                     // timex41.go
		"tax",                            // timex42.go's tax day
		"chinese",                        // timex55.go's Chinese New Year
		"rest", "remainder", "balance"} { // timex69.go: "the rest of the year"
		if _, ok := m[s]; !ok {
			m[s] = lexEntry{kind: lxFunction}
		}
	}
	return m
}

// lookup returns the lexicon entry of a word, ignoring ASCII case, without allocating.
func lookup(s string) lexEntry {
	if len(s) > 16 || len(s) == 0 {
		return lexEntry{}
	}
	b := byte(' ')
	if len(s) > 1 {
		b = s[1]
	}
	if lexLens[prefixIndex(s[0], b)]&(1<<len(s)) == 0 {
		return lexEntry{}
	}
	return lexEntries[lexTable.Get(s)]
}

// lexTable numbers the lexicon's words in any ASCII case, and lexEntries holds their entries by
// number (entry 0 is that of a word outside the lexicon): lookup's lower-case copy and probe of
// the runtime's map cost about a hundredth of extraction's instructions (internal/wordtab says
// why a Table costs less). indexLexicon builds them once init has set the entries' candidates.
var (
	lexTable   *wordtab.Table
	lexEntries []lexEntry
)

func indexLexicon() {
	numbers := make(map[string]int32, len(lexicon))
	lexEntries = append(make([]lexEntry, 0, len(lexicon)+1), lexEntry{})
	for w, e := range lexicon {
		numbers[w] = int32(len(lexEntries))
		lexEntries = append(lexEntries, e)
	}
	lexTable = wordtab.NewFold(numbers)
}

// eventWord maps nouns (and, in looser phrases, verbs) that name an event to its type.
var eventWord = map[string]string{
	"ipo": "ipo", "ipos": "ipo", "offering": "ipo", "listing": "ipo", "debut": "ipo", "flotation": "ipo",
	"acquisition": "acquisition", "purchase": "acquisition", "buyout": "acquisition", "takeover": "acquisition",
	"merger": "acquisition", "acquire": "acquisition", "acquired": "acquisition", "acquires": "acquisition",
	"bought": "acquisition", "buy": "acquisition", "buys": "acquisition",
	"partnership": "partnership", "alliance": "partnership", "pact": "partnership", "partnered": "partnership",
	"earnings": "earnings", "results": "earnings",
	"appointment": "executive", "resignation": "executive", "departure": "executive", "hiring": "executive",
	"retirement": "executive", "ouster": "executive", "resigned": "executive", "appointed": "executive",
	"launch": "product", "launched": "product", "release": "product", "released": "product", "unveiling": "product",
	"unveiled": "product", "announcement": "product",
}

// holiday is a named day: fixed month and day, or the nth weekday of a month (nth < 0 counts
// from the end), or Easter and the days counted from it.
type holiday struct {
	word         string
	month, day   int
	weekday, nth int
	easter       bool
	hebrew       bool   // counted from Passover's first day (timex55.go)
	lunar        bool   // the Chinese lunar year's first day, "Lunar New Year" (timex55.go)
	needDay      bool   // only with a following "Day" ("Labor Day", "Election Day")
	poss         bool   // its Day after an apostrophe ("Mother's Day", "Presidents' Day")
	next         string // the weekday that must follow, not Day ("Palm Sunday", "Good Friday")
	shift        int    // days from the date in: Palm Sunday is Easter less seven
}

var holidays = []holiday{
	{word: "christmas", month: 12, day: 25},
	{word: "thanksgiving", month: 11, weekday: 4, nth: 4},
	{word: "halloween", month: 10, day: 31},
	{word: "juneteenth", month: 6, day: 19}, // a market holiday since 2022 (lead16)
	{word: "easter", easter: true},
	{word: "labor", month: 9, weekday: 1, nth: 1, needDay: true},
	{word: "memorial", month: 5, weekday: 1, nth: -1, needDay: true},
	{word: "independence", month: 7, day: 4, needDay: true},
	{word: "veterans", month: 11, day: 11, needDay: true},
	{word: "election", month: 11, weekday: 2, nth: 0, needDay: true}, // Tuesday after the first Monday
	{word: "palm", easter: true, next: "sunday", shift: -7},
	{word: "good", easter: true, next: "friday", shift: -2},
	// The shopping days after Thanksgiving, which retail news dates sales by.
	{word: "black", month: 11, weekday: 4, nth: 4, next: "friday", shift: 1},
	{word: "cyber", month: 11, weekday: 4, nth: 4, next: "monday", shift: 4},
	{word: "ash", easter: true, next: "wednesday", shift: -46},
	{word: "mother", month: 5, weekday: 7, nth: 2, needDay: true, poss: true},
	{word: "father", month: 6, weekday: 7, nth: 3, needDay: true, poss: true},
	{word: "valentine", month: 2, day: 14, needDay: true, poss: true},
	{word: "patrick", month: 3, day: 17, needDay: true, poss: true},
	{word: "presidents", month: 2, weekday: 1, nth: 3, needDay: true, poss: true},
	{word: "columbus", month: 10, weekday: 1, nth: 2, needDay: true},
	// National days of Canada, Britain and France that travel and features and histories date
	// by (timex47.go), and the armistice of 1918's:
	// Victoria Day is the Monday before May 25, a week before Memorial Day.
	{word: "canada", month: 7, day: 1, needDay: true},
	{word: "victoria", month: 5, weekday: 1, nth: -1, needDay: true, shift: -7},
	{word: "remembrance", month: 11, day: 11, needDay: true},
	{word: "boxing", month: 12, day: 26, needDay: true},
	{word: "bastille", month: 7, day: 14, needDay: true},
	{word: "armistice", month: 11, day: 11, needDay: true},
	// Festivals of the Hebrew and Chinese calendars that holiday copy dates by (timex55.go).
	{word: "passover", hebrew: true},
	{word: "yom", hebrew: true, next: "kippur", shift: 172},
	{word: "rosh", hebrew: true, next: "hashanah", shift: 163},
	{word: "lunar", lunar: true, next: "new"},
}
