package extract

import "github.com/eventline/eventline/internal/wordtab"

// The trigger lexicon's words, interned (issue 11 §3): each word that starts a phrase of the
// lexicon, follows a gap in one, ends a gap (gapStops) or makes "IPO" a modifier (notAfterIPO)
// has a small number, given once when the package loads and only read after, so workers share
// it. allTriggers looks each word of a sentence up once (lexIDs) and then reaches the phrases it
// starts, the phrases that go on after a gap and the gap's stops through slices and small integer
// maps, where it hashed the same word again for each table (string-map probes were about a
// seventh of extraction's CPU, the trigger tables the largest part of them).

// lexWord is what the trigger tables say about one word.
type lexWord struct {
	phrases     []phrase           // phrases without a gap that start with the word (triggers, quietTriggers)
	gapped      map[int32][]phrase // phrases "word ... next ...", by next's number (gapped, quietGapped)
	gapStop     bool               // the word ends a gap (gapStops)
	afterGap    bool               // some gapped phrase goes on with the word after its gap
	notAfterIPO bool               // after "IPO", the word makes it a modifier (notAfterIPO)
	consequence bool               // the word heads a rule of consequences.go
	frame       bool               // the word heads a frame of frames.go

	// For a word that opens many phrases ("stock" opens two hundred), the indexes in phrases
	// of those a sentence's next word may continue: open, those of one word or a gap second,
	// and bySecond, the others by their second word; both in increasing order, so that the
	// triggers come out in the order of phrases. Nil for the others, tried one by one.
	open     []int32
	bySecond map[string][]int32
	// secondShapes has a bit per (first byte, length) of bySecond's keys, asked before the map
	// at every occurrence of the word (xspeed23).
	secondShapes [4]uint64
	// seconds holds, for a word of fewer phrases, each phrase's second word, or "" for a phrase
	// of one word or a gap second, which is always tried (xspeed24.go says why).
	seconds []string
}

// manyPhrases is the count of phrases from which a word's are indexed by their second word.
const manyPhrases = 12

// indexSeconds fills w's open and bySecond.
func (w *lexWord) indexSeconds() {
	if len(w.phrases) < manyPhrases {
		w.seconds = phraseSeconds(w.phrases)
		return
	}
	w.bySecond = map[string][]int32{}
	for k, p := range w.phrases {
		if len(p.words) == 1 || p.words[1] == "..." {
			w.open = append(w.open, int32(k))
		} else {
			w.bySecond[p.words[1]] = append(w.bySecond[p.words[1]], int32(k))
			if b := p.words[1]; b != "" {
				h := learnedShape(b[0], len(b))
				w.secondShapes[h>>6] |= 1 << (h & 63)
			}
		}
	}
}

// lexIndex numbers the words; lexWords[n] is word n's entry, and lexWords[0] that of every word
// outside the tables. lexShapes holds the numbered words' shapes, so that most words of a
// sentence are passed over without a probe.
var lexIndex, lexWords, lexShapes = func() (map[string]int32, []lexWord, lexShapeSet) {
	index := map[string]int32{}
	words := []lexWord{{}}
	var shapes lexShapeSet // in shapeSetTable (xspeed24.go)
	id := func(w string) int32 {
		n, ok := index[w]
		if !ok {
			n = int32(len(words))
			index[w] = n
			words = append(words, lexWord{})
			shapes.add(w)
		}
		return n
	}
	// The quiet phrases (quietStarts) are matched like the others; their first words are no
	// other phrase's, so each word takes its phrases from one of the two indexes.
	for _, t := range []map[string][]phrase{triggers, quietTriggers} {
		for w, ps := range t {
			n := id(w)
			words[n].phrases = ps
		}
	}
	for _, t := range []map[string]map[string][]phrase{gapped, quietGapped} {
		for w, next := range t {
			n := id(w)
			m := make(map[int32][]phrase, len(next))
			for x, ps := range next {
				m[id(x)] = ps
				words[index[x]].afterGap = true
			}
			words[n].gapped = m
		}
	}
	for w, stop := range gapStops {
		if stop {
			n := id(w)
			words[n].gapStop = true
		}
	}
	for w, not := range notAfterIPO {
		if not {
			n := id(w)
			words[n].notAfterIPO = true
		}
	}
	for w := range consequenceHeads {
		n := id(w)
		words[n].consequence = true
	}
	for w := range frameHeads {
		n := id(w)
		words[n].frame = true
	}
	for n := range words {
		words[n].indexSeconds()
	}
	return index, words, shapes
}()

// lexTable is lexIndex for lookups: a word passing the shape filter was a probe of the runtime's
// map, about a seventieth of extraction's instructions (internal/wordtab says why it costs less).
var lexTable = wordtab.New(lexIndex)

// lexIDs appends the numbers of words to ids (0 for a word outside the trigger tables).
func lexIDs(ids []int32, words []string) []int32 {
	for _, w := range words {
		n := int32(0)
		if w != "" && lexShapes.mayHold(w) {
			n = lexTable.Get(w)
		}
		ids = append(ids, n)
	}
	return ids
}

// maySecond says whether next may be one of bySecond's keys (false only if it is not).
func (w *lexWord) maySecond(next string) bool {
	if next == "" {
		return true
	}
	h := learnedShape(next[0], len(next))
	return w.secondShapes[h>>6]&(1<<(h&63)) != 0
}
