package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// shapedTest is a filter and the sets whose words it must pass.
type shapedTest struct {
	name   string
	shapes shapeSet
	sets   []map[string]bool
}

// keysOf is the set of m's keys.
func keysOf[V any](m map[string]V) map[string]bool {
	set := map[string]bool{}
	for w := range m {
		set[w] = true
	}
	return set
}

// xspeed22Tests are the filters of xspeed22.go with their sets.
func xspeed22Tests() []shapedTest {
	signs := map[string]bool{}
	for w, d := range moveSigns {
		signs[w] = d != 0
	}
	return []shapedTest{
		{"moveSigns", moveSignShapes, []map[string]bool{signs}},
		{"causeOpeners", causeOpenerShapes, []map[string]bool{causeOpeners}},
		{"notPriceWords+movePeriods", notPriceShapes, []map[string]bool{notPriceWords, movePeriods}},
		{"measureBefore's sets", measureShapes, []map[string]bool{stockWords, notPriceWords, resultMeasures, magnitudes}},
		{"resultNouns", resultNounShapes, []map[string]bool{resultNouns}},
		{"economyNouns", economyNounShapes, []map[string]bool{economyNouns}},
		{"sourceWords", sourceWordShapes, []map[string]bool{sourceWords}},
		{"agentWords", agentWordShapes, []map[string]bool{agentWords}},
		{"listWords", listWordShapes, []map[string]bool{listWords}},
		{"analystActs", analystActShapes, []map[string]bool{analystActs}},
		{"indexFollowers+indexMemberNouns", indexAfterShapes, []map[string]bool{indexFollowers, indexMemberNouns}},
		{"dealEnded", dealEndedShapes, []map[string]bool{dealEnded}},
		{"dealClosed", dealClosedShapes, []map[string]bool{dealClosed}},
		{"weekdays+monthNames", calendarNameShapes, []map[string]bool{weekdays, monthNames}},
		{"corporateSuffixes", corporateSuffixShapes, []map[string]bool{corporateSuffixes}},
		{"nameParticles", nameParticleShapes, []map[string]bool{nameParticles}},
		{"backgroundWords", backgroundWordShapes, []map[string]bool{backgroundWords}},
		{"raiseForms", raiseFormShapes, []map[string]bool{raiseForms}},
		{"outlookTakenBack", outlookTakenBackShapes, []map[string]bool{outlookTakenBack}},
		{"compassAdjectives", compassAdjectiveShapes, []map[string]bool{compassAdjectives}},
		{"landforms", landformShapes, []map[string]bool{landforms}},
		{"contractedNot", contractedNotShapes, []map[string]bool{contractedNot}},
		{"bystanderBefore", bystanderBeforeShapes, []map[string]bool{bystanderBefore}},
		{"officialWords", officialWordShapes, []map[string]bool{officialWords}},
		{"launchVerbs", launchVerbShapes, []map[string]bool{launchVerbs}},
		{"questionOpeners", questionOpenerShapes, []map[string]bool{questionOpeners}},
		{"searchVerbs", searchVerbShapes, []map[string]bool{searchVerbs}},
		{"quoteMoveWords", quoteMoveWordShapes, []map[string]bool{quoteMoveWords}},
		{"companyMoveVerbs", companyMoveVerbShapes, []map[string]bool{companyMoveVerbs}},
		{"gapStops", gapStopShapes, []map[string]bool{gapStops}},
		{"suffixAbbrevs", suffixAbbrevShapes, []map[string]bool{suffixAbbrevs}},
		{"blockVerbs", blockVerbShapes, []map[string]bool{blockVerbs}},
		{"compelVerbs", compelVerbShapes, []map[string]bool{compelVerbs}},
		{"compelInfinitives", compelInfinitiveShapes, []map[string]bool{compelInfinitives}},
		{"concessives", concessiveShapes, []map[string]bool{concessives}},
		{"partnerWords", partnerWordShapes, []map[string]bool{partnerWords}},
		{"guessModals", guessModalShapes, []map[string]bool{guessModals}},
		{"referenceWords", referenceWordShapes, []map[string]bool{referenceWords}},
		{"movingParticiples", movingParticipleShapes, []map[string]bool{movingParticiples}},
		{"outlookNouns", outlookNounShapes, []map[string]bool{outlookNouns}},
		{"officerTitles", officerTitleShapes, []map[string]bool{officerTitles}},
		{"personTitleWords", personTitleWordShapes, []map[string]bool{personTitleWords}},
		{"firmRoles", firmRoleShapes, []map[string]bool{firmRoles}},
		{"closedWords", closedWordShapes, []map[string]bool{closedWords}},
		{"contestNouns", contestNounShapes, []map[string]bool{contestNouns}},
		{"outbidVerbs", outbidVerbShapes, []map[string]bool{outbidVerbs}},
		{"rivalDealVerbs", rivalDealVerbShapes, []map[string]bool{rivalDealVerbs}},
		{"comparisonUnits", comparisonUnitShapes, []map[string]bool{comparisonUnits}},
		{"callMaterials", callMaterialShapes, []map[string]bool{callMaterials}},
		{"irregularParticiples", irregularParticipleShapes, []map[string]bool{irregularParticiples}},
		{"disputeWords", disputeWordShapes, []map[string]bool{disputeWords}},
		{"stakeCuts", stakeCutShapes, []map[string]bool{stakeCuts}},
		{"legalKeys", legalKeyShapes, []map[string]bool{legalKeys}},
		{"companyDescriptors", companyDescriptorShapes, []map[string]bool{companyDescriptors}},
		{"hireVerbs", hireVerbShapes, []map[string]bool{hireVerbs}},
		{"revisedNouns", revisedNounShapes, []map[string]bool{revisedNouns}},
		{"forecastMeasures", forecastMeasureShapes, []map[string]bool{forecastMeasures}},
		{"launchNouns", launchNounShapes, []map[string]bool{launchNouns}},
		{"maybeAdjectives", maybeAdjectiveShapes, []map[string]bool{maybeAdjectives}},
		{"debtWords", debtWordShapes, []map[string]bool{debtWords}},
		{"securities", securityShapes, []map[string]bool{securities}},
		{"titleLowerWords", titleLowerWordShapes, []map[string]bool{titleLowerWords}},
		{"toldWords", toldWordShapes, []map[string]bool{toldWords}},
		{"forecasters", forecasterShapes, []map[string]bool{forecasters}},
		{"commodityUnits", commodityUnitShapes, []map[string]bool{commodityUnits}},
		{"headlineClauseVerbs", headlineClauseVerbShapes, []map[string]bool{headlineClauseVerbs}},
		{"headlineNounVerbs", headlineNounVerbShapes, []map[string]bool{headlineNounVerbs}},
		{"partedLossStops", partedLossStopShapes, []map[string]bool{partedLossStops}},
		{"rulingBlocks", rulingBlockShapes, []map[string]bool{rulingBlocks}},
		{"asideOpeners", asideOpenerShapes, []map[string]bool{asideOpeners}},
		{"suitVerbs", suitVerbShapes, []map[string]bool{suitVerbs}},
		{"bystanderAfter", bystanderAfterShapes, []map[string]bool{bystanderAfter}},
		{"revisedResults", revisedResultShapes, []map[string]bool{revisedResults}},
		{"bankRegulators", bankRegulatorShapes, []map[string]bool{bankRegulators}},
		{"policyWords", policyWordShapes, []map[string]bool{policyWords}},
		{"moveWords", moveWordShapes, []map[string]bool{moveWords}},
		{"hearsay", hearsayShapes, []map[string]bool{hearsay}},
		{"warningVerbs", warningVerbShapes, []map[string]bool{warningVerbs}},
		{"reportVerbs", reportVerbShapes, []map[string]bool{reportVerbs}},
		{"settleVerbs", settleVerbShapes, []map[string]bool{settleVerbs}},
		{"bankruptcySuits", bankruptcySuitShapes, []map[string]bool{bankruptcySuits}},
		{"settleHeads", settleHeadShapes, []map[string]bool{settleHeads}},
		{"tableHeads", tableHeadShapes, []map[string]bool{keysOf(tableHeads)}},
		{"causeLinksFrom", causeLinkShapes, []map[string]bool{keysOf(causeLinksFrom)}},
		{"idiomsByFirst", idiomFirstShapes, []map[string]bool{keysOf(idiomsByFirst)}},
		{"framesByHead", frameHeadShapes, []map[string]bool{keysOf(framesByHead)}},
		{"bidRefusals", bidRefusalShapes, []map[string]bool{payoutHeads, securityWords, redemptionWords}}, // xspeed23
		{"postVerbs", postVerbShapes, []map[string]bool{postVerbs}},
	}
}

// TestShapeFilters: each filter passes every word of its sets (it only spares probes, never
// answers for a map, so a word added to a set after its filter was built fails here), and
// spares most probes of other words.
func TestShapeFilters(t *testing.T) {
	var all []map[string]bool
	for _, tt := range xspeed22Tests() {
		all = append(all, tt.sets...)
	}
	others := xspeed13Words(all...)
	for _, tt := range xspeed22Tests() {
		for _, set := range tt.sets {
			for w, in := range set {
				if in && !tt.shapes.mayHold(w) {
					t.Errorf("%s: filter refuses its word %q", tt.name, w)
				}
				if in && !tt.shapes.mayHoldBytes([]byte(w)) {
					t.Errorf("%s: filter refuses the bytes of %q", tt.name, w)
				}
				if in && !tt.shapes.mayHoldLower(w) || in && !tt.shapes.mayHoldLower(strings.ToUpper(w)) {
					t.Errorf("%s: filter refuses %q in some case", tt.name, w)
				}
			}
		}
		checkSelective(t, tt, others)
	}
}

// checkSelective fails t when tt's filter passes more than half of others, the other sets'
// words: a filter that passes most words spares no probe.
func checkSelective(t *testing.T, tt shapedTest, others []string) {
	t.Helper()
	passed := 0
	for _, w := range others {
		if tt.shapes.mayHold(w) {
			passed++
		}
	}
	if passed > len(others)/2 {
		t.Errorf("%s: filter passes %d of %d words", tt.name, passed, len(others))
	}
}

// TestShapeOfLower: the lowered shape of a word is shapeOf of its lower-case form, for words
// of ASCII in every case and length.
func TestShapeOfLower(t *testing.T) {
	r := rand.New(rand.NewSource(22))
	const bytes = "aAzZbY09-.,'&@[`{~ "
	for n := 1; n < 300; n++ {
		for range 20 {
			b := make([]byte, n)
			for i := range b {
				b[i] = bytes[r.Intn(len(bytes))]
			}
			w := string(b)
			if got, want := shapeOfLower(w[0], w[n-1], n), shapeOf(strings.ToLower(w)); got != want {
				t.Fatalf("shapeOfLower(%q) = %d, shapeOf of its lower case %d", w, got, want)
			}
		}
	}
}

// TestInShapedSet holds inShapedSet to inSet for the sets' words in three cases, cut and
// lengthened, and for words with bytes outside ASCII (whose lowering can change their length:
// the Kelvin sign lowers to "k").
func TestInShapedSet(t *testing.T) {
	sets := []struct {
		shapes shapeSet
		set    map[string]bool
	}{
		{sourceWordShapes, sourceWords}, {agentWordShapes, agentWords}, {listWordShapes, listWords},
		{analystActShapes, analystActs},
	}
	var words []string
	for _, s := range sets {
		for w := range s.set {
			words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w[1:], w+"s", w[:len(w)-1],
				"\u212a"+w, w+"\u212a", w[:1]+"\u0130"+w[1:], "é"+w)
		}
	}
	words = append(words, "", "Analyst", "ANALYSTS", "the", "Results", "stra\u212aegists")
	for _, w := range words {
		for _, s := range sets {
			if got, want := inShapedSet(s.shapes, s.set, w), inSet(s.set, w); got != want {
				t.Errorf("inShapedSet(%q) = %v, inSet says %v", w, got, want)
			}
		}
	}
}

// TestShapedClaims: the clause scans behind the filters still read a price move and refuse a
// percentage of something else.
func TestShapedClaims(t *testing.T) {
	for _, tc := range []struct {
		text string
		move bool
	}{
		{"shares of acme rose 12 % to $ 40", true},
		{"the stock tumbled 8 % after the company cut its forecast", true},
		{"acme said profits rose 12 % last year", false},
		{"net premiums were $ 2.9 billion , up 3 %", false},
		{"the stock closed at $ 41 , up 2 %", true},
	} {
		words := strings.Fields(tc.text)
		got := false
		for i, w := range words {
			if i+1 < len(words) && words[i+1] == "%" && isNumber(w) {
				_, got = percentClaim(words, i)
			}
		}
		if got != tc.move {
			t.Errorf("%q: move %v, want %v", tc.text, got, tc.move)
		}
	}
}
