package extract

// An article names a few companies, again and again: its mentions were counted, and the
// companies named with evidence kept, in maps keyed by whole companies, whose hashing of three
// strings and generic probes cost some 450 instructions a mention (xspeed20, about 0.8% of
// extraction). Lists in the order of first mention, searched from the front, ask a length and
// a comparison or two of each company: less, for any article with fewer than some hundred
// companies, and a roundup with more stays linear in its companies per mention.

// companyAt returns the index of co in cs, or -1.
func companyAt(cs []Company, co Company) int {
	for k := range cs {
		if cs[k] == co {
			return k
		}
	}
	return -1
}

// mention counts a mention of co in the body, listing co the first time.
func (a *ArticleLinks) mention(co Company) {
	k := companyAt(a.order, co)
	if k < 0 {
		k = len(a.order)
		a.order = append(a.order, co)
		a.counts = append(a.counts, 0)
	}
	a.counts[k]++
}

// mentioned says whether the body has named co so far.
func (a *ArticleLinks) mentioned(co Company) bool { return companyAt(a.order, co) >= 0 }

// hasEvidence says whether the article has named co with evidence so far (note).
func (a *ArticleLinks) hasEvidence(co Company) bool { return companyAt(a.evidence, co) >= 0 }

// The small word sets that rules ask of the most words, as smallSets (xspeed13.go): a probe of
// one of Go's maps of up to eight words hashes the word and scans the slots behind a call, some
// 140 instructions; has compares the members' lengths first. Each was a map probe at every
// sentence (moversHeading's first word, dropBackground's spin-off words, titleDealTyped's title
// words), at every word of a clause (indexReplacement, conditionalApproval, bidPriced,
// moversHeading) or at every name matched (honorificPerson): some 100,000 probes per 1,000
// articles.
var (
	honorificSet       = newSmallSet(honorifics)
	conditionSet       = newSmallSet(conditions)
	takeVerbSet        = newSmallSet(takeVerbs)
	replaceFormSet     = newSmallSet(replaceForms)
	spinOffWordSet     = newSmallSet(spinOffWords)
	agreementNounSet   = newSmallSet(agreementNouns)
	roundupHeadWordSet = newSmallSet(roundupHeadWords)
	roundupMoveWordSet = newSmallSet(roundupMoveWords)
)

// More small sets asked at every trigger's clause or at every word of one (dateFor,
// participants, activeListed, multipleMoved, namesIndex, namesIndexAt, rivalsDeal,
// auditorLeaves): some 80,000 probes more per 1,000 articles.
var (
	outlookNounSet      = newSmallSet(outlookNouns)
	analystReasonSet    = newSmallSet(analystReasons)
	supplierNounSet     = newSmallSet(supplierNouns)
	activeListVerbSet   = newSmallSet(activeListVerbs)
	moveMultipleSet     = newSmallSet(moveMultiples)
	indexWordSet        = newSmallSet(indexWords)
	indexDirectionSet   = newSmallSet(indexDirections)
	rivalWordSet        = newSmallSet(rivalWords)
	backgroundOpenerSet = newSmallSet(backgroundOpeners)
	auditorWordSet      = newSmallSet(auditorWords)
)
