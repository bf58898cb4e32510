package extract

// Extraction's speed (issue 11): work a sentence or an article asked for more than once, done once.

// triggers is findTriggers of the sentence's words, found once: the title's are read for the
// article's main company and its broker's rating before its events are, and findTriggers, with
// the rules of meaning it runs, is the dearest part of a sentence's events.
func (s *sentence) triggers() []trigger {
	if !s.trigFound {
		s.trigs, s.trigFound = findTriggers(s.words), true
	}
	return s.trigs
}

// takeTriggers is triggers for a caller that changes them (sentenceEvents, through misread):
// they are its own, and the sentence forgets them.
func (s *sentence) takeTriggers() []trigger {
	ts := s.triggers()
	s.trigs, s.trigFound = nil, false
	return ts
}
