package extract

import (
	"slices"

	"github.com/eventline/eventline/data/events"
)

// A decision told with the one who decided as the subject is legal news (news41, and the lead's
// probes): "a federal judge ruled that ...", "the Federal Trade Commission ruled on Monday that
// ...", "a jury found that ...", "an appeals court sided with ...", "a judge will rule next
// month". "Ruled" alone is weak ("the company ruled out a sale"), and "found" and "sided" are no
// triggers at all; with the deciding body before the verb they are the news, and the verb's own
// tense, not the decision's clause ("must face the suit"), says whether it happened.

// courtRulings lists a court's decision in the verbs other than "ruled" (authorityRulings makes
// that one strong after any authority).
func courtRulings() []string {
	var out []string
	for body := range rulingBodies {
		for v := range rulingVerbs {
			if v != "ruled" {
				out = append(out, body+" ... "+v)
			}
		}
	}
	slices.Sort(out)
	return verb(out...)
}

// rulingBodies are the courts; rulingVerbs the first words of what they do.
var (
	rulingBodies = wordSet(`judge judges court jury justices tribunal`)
	rulingVerbs  = wordSet(`rule rules ruled ruling find finds found side sides sided siding
		reject rejects rejected rejecting refuse refuses refused refusing deny denies denied denying
		dismiss dismisses dismissed dismissing uphold upholds upheld upholding overturn overturns
		overturned overturning order orders ordered ordering approve approves approved approving
		strike strikes struck striking vacate vacates vacated vacating void voids voided voiding
		invalidate invalidates invalidated invalidating toss tosses tossed tossing`)
)

// rulingAuthorities are who rule in a way that is legal news.
var rulingAuthorities = wordSet(`court courts judge judges jury justices commission regulator regulators agency
	tribunal panel arbitrator arbitrators ftc sec fcc doj cfpb board`)

// authorityRulings makes the weak trigger "ruled" strong where an authority is its subject, at
// most four words before it inside the clause ("The Federal Trade Commission ruled", "a federal
// judge in Delaware ruled").
func authorityRulings(words []string, ts []trigger) []trigger {
	for n, t := range ts {
		if t.typ != events.Legal || !t.weak || t.to-t.from != 1 || words[t.from] != "ruled" ||
			t.to < len(words) && words[t.to] == "out" {
			continue
		}
		for k := t.from - 1; k >= 0 && k >= t.from-4; k-- {
			if words[k] == "," || gapStops[words[k]] {
				break
			}
			if rulingAuthorities[words[k]] {
				ts[n].weak = false
				break
			}
		}
	}
	return ts
}

// inRuling says whether the legal trigger t stands in what a court's ruling before it in the
// sentence decided ("a judge ruled on Monday that Oracle must face the suit"): the ruling is the
// event, dated and told by its own verb.
func inRuling(w []string, t trigger, ts []trigger) bool {
	for _, o := range ts {
		if o.to <= t.from && ruling(w, o) {
			return true
		}
	}
	return false
}

// ruling says whether trigger t is a court's or an authority's decision: one of courtRulings, or
// "ruled" that authorityRulings made strong.
func ruling(w []string, t trigger) bool {
	return t.typ == events.Legal && !t.weak && rulingVerbs[w[t.to-1]] && (rulingBodies[w[t.from]] || t.to-t.from == 1)
}

// pastRulingVerbs are the past forms of rulingVerbs.
var pastRulingVerbs = wordSet(`ruled found sided`)

// ruledInPast says whether trigger t is a court's ruling told in the past ("a judge ruled on
// Monday that Oracle must face the suit"): it happened, whatever modal the decision's own
// clause holds.
func ruledInPast(w []string, t trigger) bool {
	return ruling(w, t) && pastRulingVerbs[w[t.to-1]]
}

// penaltiesPaid lists a penalty told by the verb of paying it: "will pay $146 million in
// penalties", "agreed to pay a $165 million civil penalty", "paid $9 billion in damages". The
// nouns alone are weak or no triggers ("a penalty kick", "damages to its plant"); paid, they are
// what an authority or a court imposed.
func penaltiesPaid() []string {
	var out []string
	for _, f := range []string{"pay", "pays", "paid", "paying"} {
		for _, n := range []string{"penalty", "penalties", "fine", "fines", "damages", "restitution"} {
			out = append(out, f+" ... "+n)
		}
	}
	return verb(out...)
}

// damagesSought lists a claim told by the verb of seeking its damages: "is seeking at least $500
// million in damages from its software vendor", "sought unspecified damages", "demands damages
// for the lost flights". Plural "damages" after these verbs is the law's word for money owed;
// harm to things is "damage" ("sought to limit the damage"), which the forms leave out.
func damagesSought() []string {
	var out []string
	for _, v := range []string{"seek", "seeks", "sought", "seeking", "demand", "demands", "demanded", "demanding"} {
		out = append(out, v+" ... damages")
	}
	return verb(out...)
}

// suitSeeks says whether the legal trigger t is a verb of seeking damages whose subject is the
// suit itself: "The suit seeks damages for investors who bought the shares", "the complaint also
// seeks unspecified damages". That describes a claim the story has told by its noun, which is
// the legal news where it is news at all; the description adds no event of its own. (suitNouns:
// wire31.go.)
func suitSeeks(w []string, t trigger) bool {
	if !t.gap || w[t.to-1] != "damages" {
		return false
	}
	k := t.from - 1
	if k >= 0 && (w[k] == "also" || w[k] == "further") {
		k--
	}
	return k >= 0 && suitNouns[w[k]]
}

// courtPassives lists a court's decision told with the company as the subject: "was ordered by a
// federal judge to open its app store", "was found by a judge to have monopolized search", "was
// barred by a court from", and the verdicts that name no court at all ("was found liable", "held
// liable", "found guilty"). Without the court after "by" the verbs are ordinary ("found by
// analysts", "ordered by customers"), so the body is part of the form.
func courtPassives() []string {
	var out []string
	for _, v := range []string{"ordered", "found", "barred", "blocked", "enjoined", "rejected", "dismissed", "denied",
		"upheld", "overturned", "thrown out", "struck down", "vacated", "voided", "invalidated", "tossed", "tossed out"} {
		for body := range rulingBodies {
			out = append(out, v+" by ... "+body)
		}
	}
	for _, v := range []string{"found", "held", "ruled"} {
		for _, verdict := range []string{"liable", "guilty", "not liable", "not guilty"} {
			out = append(out, v+" "+verdict)
		}
	}
	// A case decided told by its party: "won its case against Arm", "lost the case"; "case"
	// alone is too common a word ("in that case") to be legal news.
	for _, v := range []string{"win", "wins", "won", "winning", "lose", "loses", "lost", "losing"} {
		for _, det := range []string{"its", "the", "a", "their"} {
			out = append(out, v+" "+det+" case")
		}
	}
	slices.Sort(out)
	return verb(out...)
}
