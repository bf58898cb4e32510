package timex

// The tense reading asks wordCue about every word of a date's clause, outward from the date,
// and wordCue is a chain of some forty tests, most of them of the word itself: "been", "plans",
// "to", a modal, a word of a set. A word that none of them names and whose spelling marks no
// tense (verbInfo adds no bit to vKnown) can only be a present told by its context, and
// plainCue reads just those tests, in wordCue's order.

// cueWords are the words wordCue's tests name for the word they read, and the members of the
// sets they ask it about. A word outside them with no bit of verbInfo goes to plainCue. A test
// that adds a word to wordCue must add it here (TestCueWordsGate holds the two together).
var cueWords = map[string]bool{}

// cueWordSets are the sets wordCue and the tests it calls ask of the word they read.
var cueWordSets = []*map[string]bool{&directives, &pastIntent, &comparedWords, &plannedWords, &bareIrregular, &irregularParticiples}

// cueWordList are the words wordCue and the tests it calls name for the word they read.
var cueWordList = []string{
	"been", "plans", "planning", "seen", "followed", "preceded", "last", // perfectOfBe, sequenceParticiple, ordinalLast
	"hope", "hopes", "hoped", "hoping", "wait", "waits", "waited", "waiting", "want", "wants",
	"have", "expected", "anticipated", "forecast", "predicted", "to", "was", "were", "is", "are", "be",
	"would", "could", "should", "might", "must",
	"appear", "appears", // appearanceVerb (timex79.go)
}

// fillCueWords builds cueWords once the sets are final, before the union of the indexed sets
// is built from it (buildSetWords).
func fillCueWords() {
	for _, set := range cueWordSets {
		for w, in := range *set {
			if in {
				cueWords[w] = true
			}
		}
	}
	for _, w := range cueWordList {
		cueWords[w] = true
	}
}

// plainCue is wordCue for word k outside cueWords with no bit of verbInfo: only a present
// told by its subject and what follows can be read from it ("the chancellor hands over power
// in October", "union leaders plan a rally", "the team plays Sunday"), and each of those
// readings wants a plain lower-case word, an -s form where the date follows it, or an object's
// determiner after it, checked here before the subject is looked for.
func (m *matcher) plainCue(k, start int) (Tense, string, uint8) {
	t := &m.toks[k]
	if t.upper || t.lex.kind != lxNone {
		return tenseNone, "", cueNone
	}
	w := t.s
	sEnd := len(w) >= 4 && w[len(w)-1] == 's'
	if sEnd && k < start && m.phrasalPresent(k, start) {
		return tenseFuture, w, cueDecides
	}
	if len(w) >= 4 && k+1 < len(m.toks) && m.toks[k+1].kind == kWord && m.toks[k+1].in(sObjectDeterminers) && m.agreeingPresent(k) ||
		sEnd && k < start && m.presentBeforeDate(k, start) {
		return tensePresent, w, cueDecides
	}
	return tenseNone, "", cueNone
}
