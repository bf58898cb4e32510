package timex

import (
	"strconv"
	"sync"

	"github.com/eventline/eventline/internal/wordtab"
)

// A token's membership of the word sets the tense and date rules ask about most, found with one
// lookup per token and kept in the token (issue 11 §3). The rules scan the same clause once for
// each date, reading and trigger in it, and each scan asked a set's map about each word again:
// about a twentieth of extraction's CPU went to inSet's probes, spread over some seventy sets.
// A token's first question looks its lower case up once in the union of the sets (setWords) and
// stores the word's number in the token; every later question about any of the sets is a bit
// test. inSet stays for words that are not a token's.

// The indexed sets, by bit (setIndex).
const (
	sDeterminers = iota
	sResultsWords
	sReportedResults
	sTradedGoods
	sPastAuxiliaries
	sPrepositionsAfterMonth
	sAfterOwnFuture
	sFigureWords
	sAfterToDate
	sComparisonWords
	sWinterSportWords
	sFootballWords
	sSayingParticiples
	sRatingNames
	sRatingChanges
	sTellingVerbs
	sPredicateVerbs
	sComparedWords
	sYardsticks
	sComparisonStops
	sMeasuredWords
	sPeriodReports
	sContrastWords
	sHabitWords
	sObjectDeterminers
	sLastingPresent
	sLastingPast
	sForecastVerbs
	sClauseWords
	sParticipleAux
	sModalWords
	sBeforeTo
	sPastIntent
	sObjectQuantities
	sBriefAdverbs
	sIrregularParticiples
	sMoveParticiples
	sDatingVerbs
	sClockWords
	sPlannedWords
	sAgentParticles
	sBareIrregular
	sVotedActs
	sAgreedDeals
	sLinkingVerbs
	sLastingBase
	sStrandedWords
	sPledges
	sVerbPrefixes
	sPhrasePrepositions
	sTimePrepositions
	sCorporateSuffixes
	sScheduleVerbs
	sNotSubject
	sScheduledEvents
	sNounDeterminers
	sResultGerunds
	sPresentIntent
	sDemandVerbs
	sDemandPresent
	sExtendForms
	sComingPresents
	sPhraseParticles
	sLeavingPresents
	sOutlookVerbs
	sSetVerbs
	sScheduleParticiples
	sMassObjects
	sPresentCopulas
	sPossibility
	sDirectives
	sChangeNouns
	sMonthMeasures
	sHedgeWords
	sIntentModal
	sForecastWords
	sNotPastEd
	sCueWords // xspeed21.go

	numSets
)

// setIndex lists the sets by their bits. It holds the variables, not the maps, so that the
// union is built from the sets as the package's init functions leave them.
var setIndex = [numSets]*map[string]bool{
	sDeterminers:            &determiners,
	sResultsWords:           &resultsWords,
	sReportedResults:        &reportedResults,
	sTradedGoods:            &tradedGoods,
	sPastAuxiliaries:        &pastAuxiliaries,
	sPrepositionsAfterMonth: &prepositionsAfterMonth,
	sAfterOwnFuture:         &afterOwnFuture,
	sFigureWords:            &figureWords,
	sAfterToDate:            &afterToDate,
	sComparisonWords:        &comparisonWords,
	sWinterSportWords:       &winterSportWords,
	sFootballWords:          &footballWords,
	sSayingParticiples:      &sayingParticiples,
	sRatingNames:            &ratingNames,
	sRatingChanges:          &ratingChanges,
	sTellingVerbs:           &tellingVerbs,
	sPredicateVerbs:         &predicateVerbs,
	sComparedWords:          &comparedWords,
	sYardsticks:             &yardsticks,
	sComparisonStops:        &comparisonStops,
	sMeasuredWords:          &measuredWords,
	sPeriodReports:          &periodReports,
	sContrastWords:          &contrastWords,
	sHabitWords:             &habitWords,
	sObjectDeterminers:      &objectDeterminers,
	sLastingPresent:         &lastingPresent,
	sLastingPast:            &lastingPast,
	sForecastVerbs:          &forecastVerbs,
	sClauseWords:            &clauseWords,
	sParticipleAux:          &participleAux,
	sModalWords:             &modalWords,
	sBeforeTo:               &beforeTo,
	sPastIntent:             &pastIntent,
	sObjectQuantities:       &objectQuantities,
	sBriefAdverbs:           &briefAdverbs,
	sIrregularParticiples:   &irregularParticiples,
	sMoveParticiples:        &moveParticiples,
	sDatingVerbs:            &datingVerbs,
	sClockWords:             &clockWords,
	sPlannedWords:           &plannedWords,
	sAgentParticles:         &agentParticles,
	sBareIrregular:          &bareIrregular,
	sVotedActs:              &votedActs,
	sAgreedDeals:            &agreedDeals,
	sLinkingVerbs:           &linkingVerbs,
	sLastingBase:            &lastingBase,
	sStrandedWords:          &strandedWords,
	sPledges:                &pledges,
	sVerbPrefixes:           &verbPrefixes,
	sPhrasePrepositions:     &phrasePrepositions,
	sTimePrepositions:       &timePrepositions,
	sCorporateSuffixes:      &corporateSuffixes,
	sScheduleVerbs:          &scheduleVerbs,
	sNotSubject:             &notSubject,
	sScheduledEvents:        &scheduledEvents,
	sNounDeterminers:        &nounDeterminers,
	sResultGerunds:          &resultGerunds,
	sPresentIntent:          &presentIntent,
	sDemandVerbs:            &demandVerbs,
	sDemandPresent:          &demandPresent,
	sExtendForms:            &extendForms,
	sComingPresents:         &comingPresents,
	sPhraseParticles:        &phraseParticles,
	sLeavingPresents:        &leavingPresents,
	sOutlookVerbs:           &outlookVerbs,
	sSetVerbs:               &setVerbs,
	sScheduleParticiples:    &scheduleParticiples,
	sMassObjects:            &massObjects,
	sPresentCopulas:         &presentCopulas,
	sPossibility:            &possibility,
	sDirectives:             &directives,
	sChangeNouns:            &changeNouns,
	sMonthMeasures:          &monthMeasures,
	sHedgeWords:             &hedgeWords,
	sIntentModal:            &intentModal,
	sForecastWords:          &forecastWords,
	sNotPastEd:              &notPastEd,
	sCueWords:               &cueWords,
}

// setFacts is what every word of the indexed sets, of verbWords and of readingClasses is: ids
// maps a word to its number (from 2: a token's set field holds 0 for not yet looked up and 1 for
// a word of none), bits[n] has bit s set when word n is in set s, and verb[n] and class[n] are
// its verbWords and readingClasses bits, so that verbInfo and reader.class read the same lookup.
type setFacts struct {
	ids   map[string]uint16
	table *wordtab.Table // ids for lookups, in any ASCII case (internal/wordtab says why)
	bits  [][2]uint64
	verb  []uint8
	class []uint8
}

var (
	setWordsOnce sync.Once
	setWords     setFacts
)

func buildSetWords() {
	fillCueWords() // from the sets as the init functions leave them (xspeed21.go)
	f := setFacts{ids: map[string]uint16{}, bits: make([][2]uint64, 2), verb: make([]uint8, 2), class: make([]uint8, 2)}
	id := func(w string) uint16 {
		n, ok := f.ids[w]
		if !ok {
			n = uint16(len(f.bits))
			f.ids[w] = n
			f.bits = append(f.bits, [2]uint64{})
			f.verb = append(f.verb, 0)
			f.class = append(f.class, 0)
		}
		return n
	}
	for s, set := range setIndex {
		if set == nil {
			panic("timex: indexed set " + strconv.Itoa(s) + " has no variable")
		}
		for w, in := range *set {
			if in && len(w) <= 16 { // inSet is false for the others
				n := id(w)
				f.bits[n][s>>6] |= 1 << (s & 63)
			}
		}
	}
	for w, v := range verbWords {
		if v != 0 && len(w) <= 16 {
			n := id(w)
			f.verb[n] |= v
		}
	}
	for w, c := range readingClasses {
		if c != 0 && len(w) <= 16 {
			n := id(w)
			f.class[n] |= c
		}
	}
	if len(f.bits) > 1<<16 {
		panic("timex: too many indexed words")
	}
	numbers := make(map[string]int32, len(f.ids))
	for w, n := range f.ids {
		numbers[w] = int32(n)
	}
	f.table = wordtab.NewFold(numbers)
	setWords = f
}

// setWord returns the number of the lower case of s among the indexed words, or 1.
func setWord(s string) uint16 {
	setWordsOnce.Do(buildSetWords)
	if len(s) > 16 {
		return 1
	}
	if n := setWords.table.Get(s); n != 0 {
		return uint16(n)
	}
	return 1
}

// word returns the token's number among the indexed words, looking it up on the first call.
func (t *token) word() uint16 {
	if t.set == 0 {
		t.set = setWord(t.s)
	}
	return t.set
}

// in says whether the token's text is in the indexed set s: inSet(*setIndex[s], t.s).
func (t *token) in(s int) bool {
	return setWords.bits[t.word()][s>>6]&(1<<(s&63)) != 0
}

// verbBits returns verbWords' bits of the lower case of the token's text (none past 16 bytes).
func (t *token) verbBits() uint8 { return setWords.verb[t.word()] }

// classBits returns readingClasses' bits of the lower case of the token's text (none past 16
// bytes).
func (t *token) classBits() uint8 { return setWords.class[t.word()] }
