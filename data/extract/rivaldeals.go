package extract

import "github.com/eventline/eventline/data/events"

// Another company's deal told as the background of a company's news (issue 11 §2, news13): "the
// maker unveiled a cheaper headset, a few days after rival Acme agreed to buy a smaller studio",
// "launched its app as competitor Beta was buying a payments startup". The deal stands in a
// clause that a subordinator opens after the sentence's own event, and its subject is named as
// the company's rival: it is told to set the scene, not as the news of the article. The deal
// told as the main clause ("Rival Acme agreed to buy Beta") stays news.

// rivalWords name another company as the one the article's company competes with.
var rivalWords = wordSet(`rival rivals competitor competitors peer peers`)

// backgroundOpeners open the clause a scene-setting deal stands in.
var backgroundOpeners = wordSet(`after since as while following when`)

// rivalsDeal says whether the acquisition trigger t is a rival's deal told in a subordinate clause
// after another event of the sentence: a background opener within eight words before t, a rival
// word between them, and a trigger of another type before the opener.
func rivalsDeal(words []string, t trigger, ts []trigger) bool {
	if t.typ != events.Acquisition {
		return false
	}
	rival := false
	for k := t.from - 1; k >= 0 && k >= t.from-8; k-- {
		w := words[k]
		if w == "." || w == ";" {
			return false
		}
		if rivalWordSet.has(w) {
			rival = true
			continue
		}
		if backgroundOpenerSet.has(w) {
			if !rival {
				return false
			}
			for _, u := range ts {
				if u.typ != events.Acquisition && u.to <= k {
					return true
				}
			}
			return false
		}
	}
	return false
}
