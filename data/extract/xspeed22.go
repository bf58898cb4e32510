package extract

// Speed work of xspeed22 (issue 11 §3): map probes of clause scans gated on the words' shapes.
//
// The runtime's string maps cost 110-150 instructions a probe, about a tenth of extraction's
// instructions spread over some 150 sites; the scans that ask a set of every word of a clause
// mostly ask about words the set does not hold. A filter of the set's words (first byte,
// last byte and length, one bit test) answers most of those without the probe. The maps stay
// as they are: a filter only says which words may be in them. (The filters are now sets of
// one shared table, shapeSet in xspeed24.go.)

// shapesOf returns a filter of the words the sets hold: every word for which any of them is
// true passes it.
func shapesOf(sets ...map[string]bool) shapeSet {
	f := newShapeSet()
	for _, set := range sets {
		for w, in := range set {
			if in && w != "" {
				f.add(w)
			}
		}
	}
	return f
}

// shapesOfSigns is shapesOf for a map of signs: every word of a sign other than 0 passes it.
func shapesOfSigns(m map[string]int8) shapeSet {
	f := newShapeSet()
	for w, d := range m {
		if d != 0 && w != "" {
			f.add(w)
		}
	}
	return f
}

// Filters of the sets percentClaim, measureBefore and aboutResults ask of every word of a
// clause around a percentage or a guidance trigger.
var (
	moveSignShapes    = shapesOfSigns(moveSigns)
	causeOpenerShapes = shapesOf(causeOpeners)
	notPriceShapes    = shapesOf(notPriceWords, movePeriods)
	measureShapes     = shapesOf(stockWords, notPriceWords, resultMeasures, magnitudes)
	resultNounShapes  = shapesOf(resultNouns)
	economyNounShapes = shapesOf(economyNouns)
)

// shapeOfLower is shapeOf of the word of length n whose first and last bytes are a and z,
// lowered if they are ASCII capitals.
func shapeOfLower(a, z byte, n int) uint32 {
	if a-'A' < 26 {
		a += 'a' - 'A'
	}
	if z-'A' < 26 {
		z += 'a' - 'A'
	}
	h := uint32(a)<<16 | uint32(z)<<8 | uint32(min(n, 255))
	return (h * 2654435761) >> 16
}

// inShapedSet is inSet(set, w) behind shapes, a filter of set's words: the company finder's
// scans for an analyst's word after a name (cited, namedSource), an agent's list (markAgents)
// and an analyst's act (possessiveSource) lowered and probed nearly every word they passed.
func inShapedSet(shapes shapeSet, set map[string]bool, w string) bool {
	return shapes.mayHoldLower(w) && inSet(set, w)
}

// Filters of the sets of the company finder's scans.
var (
	sourceWordShapes = shapesOf(sourceWords)
	agentWordShapes  = shapesOf(agentWords)
	listWordShapes   = shapesOf(listWords)
	analystActShapes = shapesOf(analystActs)
)

// Filters of the sets that sentence scans ask of word after word: an index's following words
// (namesIndexAt), a deal's ending and closing words (dealStage), the calendar's names before
// a name (dayBeforeName), the corporate suffixes that end a name (namedCompanies, longerAfter),
// the particles inside one, the words that make a trigger background, and the verbs that raise
// or take back a forecast (movesForecast).
var (
	indexAfterShapes       = shapesOf(indexFollowers, indexMemberNouns)
	dealEndedShapes        = shapesOf(dealEnded)
	dealClosedShapes       = shapesOf(dealClosed)
	calendarNameShapes     = shapesOf(weekdays, monthNames)
	corporateSuffixShapes  = shapesOf(corporateSuffixes)
	nameParticleShapes     = shapesOf(nameParticles)
	backgroundWordShapes   = shapesOf(backgroundWords)
	raiseFormShapes        = shapesOf(raiseForms)
	outlookTakenBackShapes = shapesOf(outlookTakenBack)
	// xspeed23: bidPriced's clause scan and indexPostsWrap's verb.
	bidRefusalShapes = shapesOf(payoutHeads, securityWords, redemptionWords)
	postVerbShapes   = shapesOf(postVerbs)
)

// Filters of the sets asked once a unit, a trigger or a sentence, or of the few words around
// one: a compass adjective or a landform in a name (regionAdjective, landformAfter), a
// contracted "not" before a trigger (negation), the words that make a company a bystander, an
// official's post, a launch of paper, a failed search, a yes-no question's opener, and a
// quoted mover's verb (companyMove).
var (
	compassAdjectiveShapes = shapesOf(compassAdjectives)
	landformShapes         = shapesOf(landforms)
	contractedNotShapes    = shapesOf(contractedNot)
	bystanderBeforeShapes  = shapesOf(bystanderBefore)
	officialWordShapes     = shapesOf(officialWords)
	launchVerbShapes       = shapesOf(launchVerbs)
	questionOpenerShapes   = shapesOf(questionOpeners)
	searchVerbShapes       = shapesOf(searchVerbs)
	quoteMoveWordShapes    = shapesOf(quoteMoveWords)
	companyMoveVerbShapes  = shapesOf(companyMoveVerbs)
)

// shapesOfKeys is shapesOf for a map of any values: every key passes it.
func shapesOfKeys[V any](m map[string]V) shapeSet {
	f := newShapeSet()
	for w := range m {
		if w != "" {
			f.add(w)
		}
	}
	return f
}

// shapedGet is m[w] behind shapes, a filter of m's keys.
func shapedGet[V any](shapes shapeSet, m map[string]V, w string) V {
	if !shapes.mayHold(w) {
		var none V
		return none
	}
	return m[w]
}

// Filters of the sets and indexes the trigger rules and misread rules ask of word after word:
// the gap's stops, the suffixes' abbreviations, the verbs that block or compel a deal, a
// concession, a partner, a guess, a reference point, a moving participle, an outlook, an
// officer's title, a firm's role, a close, a contest, an outbidding, a comparison's unit, a
// call's materials, an irregular participle, a dispute, a stake cut, a legal form, a company's
// descriptor, a results table's head word, and the heads of causes, idioms and frames.
var (
	gapStopShapes             = shapesOf(gapStops)
	suffixAbbrevShapes        = shapesOf(suffixAbbrevs)
	blockVerbShapes           = shapesOf(blockVerbs)
	compelVerbShapes          = shapesOf(compelVerbs)
	compelInfinitiveShapes    = shapesOf(compelInfinitives)
	concessiveShapes          = shapesOf(concessives)
	partnerWordShapes         = shapesOf(partnerWords)
	guessModalShapes          = shapesOf(guessModals)
	referenceWordShapes       = shapesOf(referenceWords)
	movingParticipleShapes    = shapesOf(movingParticiples)
	outlookNounShapes         = shapesOf(outlookNouns)
	officerTitleShapes        = shapesOf(officerTitles)
	personTitleWordShapes     = shapesOf(personTitleWords)
	firmRoleShapes            = shapesOf(firmRoles)
	closedWordShapes          = shapesOf(closedWords)
	contestNounShapes         = shapesOf(contestNouns)
	outbidVerbShapes          = shapesOf(outbidVerbs)
	rivalDealVerbShapes       = shapesOf(rivalDealVerbs)
	comparisonUnitShapes      = shapesOf(comparisonUnits)
	callMaterialShapes        = shapesOf(callMaterials)
	irregularParticipleShapes = shapesOf(irregularParticiples)
	disputeWordShapes         = shapesOf(disputeWords)
	stakeCutShapes            = shapesOf(stakeCuts)
	legalKeyShapes            = shapesOf(legalKeys)
	companyDescriptorShapes   = shapesOf(companyDescriptors)
	tableHeadShapes           = shapesOfKeys(tableHeads)
	causeLinkShapes           = shapesOfKeys(causeLinksFrom)
	idiomFirstShapes          = shapesOfKeys(idiomsByFirst)
	frameHeadShapes           = shapesOfKeys(framesByHead)
)

// Filters of more sets the rules ask of word after word or of a trigger's head: hiring verbs, revised forecasts, measures of a forecast, launches, adjectives
// of a maybe, debt and securities, title-case small words, telling and forecasting words,
// commodity units, headline verbs, the stops of a parted loss, rulings that block, an aside's
// openers, suits, bystanders' following words, revised results, bank regulators, policies,
// moves, hearsay, warnings, reports, settlements and bankruptcy suits.
var (
	hireVerbShapes           = shapesOf(hireVerbs)
	revisedNounShapes        = shapesOf(revisedNouns)
	forecastMeasureShapes    = shapesOf(forecastMeasures)
	launchNounShapes         = shapesOf(launchNouns)
	maybeAdjectiveShapes     = shapesOf(maybeAdjectives)
	debtWordShapes           = shapesOf(debtWords)
	securityShapes           = shapesOf(securities)
	titleLowerWordShapes     = shapesOf(titleLowerWords)
	toldWordShapes           = shapesOf(toldWords)
	forecasterShapes         = shapesOf(forecasters)
	commodityUnitShapes      = shapesOf(commodityUnits)
	headlineClauseVerbShapes = shapesOf(headlineClauseVerbs)
	headlineNounVerbShapes   = shapesOf(headlineNounVerbs)
	partedLossStopShapes     = shapesOf(partedLossStops)
	rulingBlockShapes        = shapesOf(rulingBlocks)
	asideOpenerShapes        = shapesOf(asideOpeners)
	suitVerbShapes           = shapesOf(suitVerbs)
	bystanderAfterShapes     = shapesOf(bystanderAfter)
	revisedResultShapes      = shapesOf(revisedResults)
	bankRegulatorShapes      = shapesOf(bankRegulators)
	policyWordShapes         = shapesOf(policyWords)
	moveWordShapes           = shapesOf(moveWords)
	hearsayShapes            = shapesOf(hearsay)
	warningVerbShapes        = shapesOf(warningVerbs)
	reportVerbShapes         = shapesOf(reportVerbs)
	settleVerbShapes         = shapesOf(settleVerbs)
	bankruptcySuitShapes     = shapesOf(bankruptcySuits)
	settleHeadShapes         = shapesOf(settleHeads)
)
