package extract

import (
	"strings"
	"time"

	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/timex"
)

// Rules for the classes newswire22 found in 1987-1988 wire copy on the types beyond acquisitions
// and earnings: a finance unit's paper offered, dates in a sentence that time something other
// than its news (a contract's deliveries, a fiscal year restating a day, a suit's filing), a
// unit named in apposition with its parent, and orders told as a trend.

// offerVerbs are the heads of paperOffered.
var offerVerbs = wordSet(`offer offers offered`)

// offeredPaper are the securities a company offers for sale.
var offeredPaper = wordSet(`notes debentures bonds eurobonds debt securities shares stock`)

// offerNounMarks before "offer" make it a noun.
var offerNounMarks = wordSet(`the a an its their his her this that tender exchange cash stock takeover rival
	revised new higher sweetened`)

// issueWords may stand between "offers" and the paper it sells: the issue's size and its kind
// ("150 mln dlrs of first mortgage bonds", "fixed rate notes", "convertible subordinated
// debentures", "over 37 mln shares").
var issueWords = wordSet(`mln million billion dlrs dlr of stg yen marks francs canadian australian swiss u.s.
	fixed rate fixed-rate floating floating-rate variable adjustable adjustable-rate convertible exchangeable
	subordinated senior junior guaranteed secured unsecured zero coupon zero-coupon common preferred
	cumulative new additional first mortgage sinking fund medium-term short-term long-term over about
	nearly some and ,`)

// paperOffered returns the end of a company's own paper offered for sale, 0 for none: "OFFERS 100
// MLN DLRS OF NOTES", "UNIT OFFERS NOTES", "OFFERS DEBENTURES, NOTES", "TO OFFER CONVERTIBLE
// DEBT", "OFFERS PREFERRED STOCK". Only words of the issue's size and kind stand between the
// verb and the paper, so a bid ("offered 20 dlrs a share for"), an offer to buy or exchange
// ("OFFERS TO BUY BACK NOTES") and goods ("OFFERS NEW TELEPHONE SYSTEM") are none; paper
// offered "for" something ("would offer 40 dlrs of debentures for each share") is a deal's
// terms, and shares "of" or "in" a company a holding.
func paperOffered(words []string, i int) int {
	if i > 0 && offerNounMarks[words[i-1]] {
		return 0 // "the offer of 1.5 shares for each", "an exchange offer": the noun of a bid
	}
	for k := i + 1; k < len(words) && k <= i+8; k++ {
		w := words[k]
		if offeredPaper[w] {
			if k+1 < len(words) && (words[k+1] == "for" || (w == "shares" || w == "stock") && (words[k+1] == "of" || words[k+1] == "in")) {
				return 0
			}
			if w == "stock" && !(words[k-1] == "preferred" || words[k-1] == "common") {
				return 0
			}
			return k + 1
		}
		if !issueWords[w] && !isNumber(w) && !strings.HasSuffix(w, "-year") {
			return 0
		}
	}
	return 0
}

// wire31Misread says whether trigger t tells no event of its type (misread's hook): orders told
// as a trend ("orders from apparel makers have slowed") are demand, not an order won, and an
// agreement to settle ("reached an agreement in principle to settle a class action") is the
// settlement, which its own verb tells, no deal.
func wire31Misread(s *sentence, t trigger) bool {
	return t.typ == events.Contract && trendOrders(s.words, t) || t.typ == events.Acquisition && agreedToSettle(s.words, t)
}

// agreedToSettle says whether an acquisition trigger that ends in an agreement is followed by "to
// settle": "an agreement in principle to settle", "a definitive agreement to settle the suits".
func agreedToSettle(words []string, t trigger) bool {
	if t.to+1 >= len(words) || words[t.to] != "to" || !settleVerbs[words[t.to+1]] {
		return false
	}
	for _, w := range words[t.from:t.to] {
		if w == "agreement" || w == "agreements" || w == "accord" || w == "pact" || w == "deal" {
			return true
		}
	}
	return false
}

// trendVerbs say how a quantity went.
var trendVerbs = wordSet(`slowed slowing fell fallen falling declined declining dropped dropping rose risen
	rising increased increasing weakened weakening improved improving softened softening slumped slackened
	eased easing grew grown`)

// trendAuxiliaries may stand between orders and the verb of their trend.
var trendAuxiliaries = wordSet(`have has had were was are is been continued continue to began begun sharply
	slightly also`)

// trendOrders says whether a contract trigger's "orders" (or "order") is the subject of a verb of
// trend in its clause: "orders from apparel makers have slowed", "orders for its trucks fell 12
// pct". The subject is demand described, no order placed or won; "won orders from two airlines"
// and "orders for 12 jets" are left.
func trendOrders(words []string, t trigger) bool {
	k := -1
	for j := t.from; j < t.to && j < len(words); j++ {
		if words[j] == "orders" || words[j] == "order" {
			k = j
			break
		}
	}
	if k < 0 {
		return false
	}
	for j := max(k+1, t.to); j < len(words) && j <= t.to+5; j++ {
		w := words[j]
		if trendVerbs[w] {
			return true
		}
		if gapStops[w] || w == "," || w == "that" || w == "and" {
			return false
		}
		if !trendAuxiliaries[w] && j > t.to+2 {
			return false
		}
	}
	return false
}

// otherTime says whether the temporal expression at tokens [from, to) times something other than
// trigger t's news (dateFor's hook): the deliveries or the work of a contract ("with deliveries
// scheduled in fiscal 1991", "to be completed by the end of fiscal 1990"), a fiscal year that
// restates the day before it ("effective July 1, the start of its 1988 fiscal year"), and the
// filing of a suit the news is about ("settle a class action suit filed by shareholders in
// 1986").
func (s *sentence) otherTime(t trigger, from int) bool {
	return t.typ == events.Contract && scheduledWork(s.words, from) || s.dayRestated(from) || filedEarlier(s.words, t, from)
}

// scheduledNouns name what a contract schedules.
var scheduledNouns = wordSet(`delivery deliveries shipment shipments completion`)

// scheduleWords make a work noun's date its schedule.
var scheduleWords = wordSet(`scheduled due expected set planned slated begin begins start starts beginning starting`)

// workDone are the participles of the work done under a contract, after "to be".
var workDone = wordSet(`delivered completed finished shipped built`)

// scheduledWork says whether the date at token k follows, within six words of its clause, a work
// noun and a word of its schedule ("with deliveries scheduled in fiscal 1991", "delivery is
// expected in 1989") or the work "to be completed" or delivered ("is expected to be completed by
// the end of fiscal 1990"). A contract is won the day it is told; its work runs later.
func scheduledWork(words []string, k int) bool {
	scheduled := false
	for i := k - 1; i >= 0 && i >= k-6; i-- {
		w := words[i]
		if w == "," || w == ";" {
			return false
		}
		if scheduleWords[w] {
			scheduled = true
		}
		if scheduledNouns[w] && scheduled || workDone[w] && i > 0 && words[i-1] == "be" {
			return true
		}
	}
	return false
}

// dateEdges are the words of an apposition that places a day in a longer period: "the start of",
// "the first day of", "the end of its fiscal year".
var dateEdges = wordSet(`start beginning end first last close opening`)

// dayRestated says whether the date at token k stands in an apposition that places the date
// before its comma in a longer period: "effective July 1, the start of its 1988 fiscal year",
// "on June 30, the end of fiscal 1987". The apposition adds nothing to when: the date before the
// comma is the one that counts, and the year after it is no date of its own.
func (s *sentence) dayRestated(k int) bool {
	for i := k - 1; i >= 1 && i >= k-6; i-- {
		if s.words[i] != "," {
			continue
		}
		return s.words[i+1] == "the" && i+2 < k && dateEdges[s.words[i+2]] && s.inTimex[i-1]
	}
	return false
}

// filingParticiples tell when a suit or a charge was brought.
var filingParticiples = wordSet(`filed brought begun lodged instituted initiated`)

// resolutionWords end or decide a suit.
var resolutionWords = wordSet(`settle settles settled settling settlement dismiss dismisses dismissed dismissal
	verdict ruling ruled judgment upheld overturned reversed`)

// filedEarlier says whether the date at token k follows, within eight words after trigger t, a
// participle of filing that a noun of the suit stands at most four words before, where a
// resolution (a settlement, a dismissal, a verdict or a ruling) is told in t or up to four words
// before it: "to settle a class action suit filed by shareholders in 1986", "dismissed charges
// brought in 1985", "settled a patent suit that Acme filed against it in 1984". The date is the
// suit's start, not the news: the settlement or the ruling is told the day of the story. What is
// filed must be the suit: "settled ..., according to court papers filed on Tuesday" dates the
// settlement by its own papers. "A complaint filed on Friday" with no resolution is the filing
// as news, and is left.
func filedEarlier(words []string, t trigger, k int) bool {
	if !bitsWithin(words, max(t.from-4, 0), min(t.to+1, len(words)), wResolution) { // perf14.go
		return false // "a complaint filed on Friday": the filing is the news
	}
	for i := k - 1; i >= t.to && i >= k-8; i-- {
		w := words[i]
		if w == "," || w == ";" {
			return false
		}
		if !filingParticiples[w] || i == 0 {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-4 && words[j] != ","; j-- {
			if suitNouns[words[j]] {
				return true
			}
		}
		return false
	}
	return false
}

// suitNouns name what is filed or brought to start a case.
var suitNouns = wordSet(`suit suits lawsuit lawsuits action actions complaint complaints case cases charges claims
	petition petitions`)

// parentUnitNouns name a company's part in an apposition on its name.
var parentUnitNouns = wordSet(`unit subsidiary arm division`)

// unitQualifiers may stand between the article and the unit's noun: "the finance unit of", "a
// wholly owned subsidiary of".
var unitQualifiers = wordSet(`finance financing credit leasing insurance mortgage banking brokerage wholly owned
	wholly-owned majority-owned majority principal main u.s. canadian british domestic international`)

// unitsParent returns the listed parent named in an apposition on subject, a company no listing
// knows: "Halford Acceptance Corp, the finance unit of Halford Industries Inc, is offering",
// "Tweedside Forge Co, a subsidiary of Alnmouth Steel Corp, was awarded". The unit's news is its
// parent's, as "<parent>'s <unit> unit" already is; a "former unit" or an "affiliate" names
// another company, and a listed subject stays as it is.
func (s *sentence) unitsParent(subject *CompanyMention) *CompanyMention {
	if subject == nil || subject.Ticker != "" {
		return subject
	}
	k := s.tokenIndex(subject.End)
	if k+3 >= len(s.words) || s.words[k] != "," || s.words[k+1] != "a" && s.words[k+1] != "the" {
		return subject
	}
	j := k + 2
	for n := 0; j < len(s.words) && n < 3 && unitQualifiers[s.words[j]]; n++ {
		j++
	}
	if j+2 >= len(s.words) || !parentUnitNouns[s.words[j]] || s.words[j+1] != "of" {
		return subject
	}
	for _, c := range s.companies {
		if c.Ticker != "" && s.startIndex(c.Start) == j+2 {
			return &c
		}
	}
	return subject
}

// resultsToldVerbs tell results that came out: "reported higher earnings".
var resultsToldVerbs = wordSet(`reported posted announced issued released`)

// resultPeriodNouns name the period results cover.
var resultPeriodNouns = wordSet(`quarter quarterly year annual half fiscal months period`)

// toldInMonth says whether a past month closing the clause dates the telling of results that
// name their own period, with the verb of telling before them: "The company reported higher
// first quarter earnings in April", "posted a fourth quarter loss in February". The quarter is
// what the results cover, so the month after them is when they came out, an earlier story's news
// recalled; "sales in April rose" and "its April sales" name no other period and keep the
// publication day (monthOfTelling reads the month before the verb or before "that").
func (s *sentence) toldInMonth(t trigger, e timex.Expr, p events.Period, published time.Time) bool {
	if t.typ != events.Earnings || published.IsZero() ||
		!p.End.Before(time.Date(published.Year(), published.Month(), 1, 0, 0, 0, 0, time.UTC)) {
		return false
	}
	from, to := s.tokenIndex(e.ByteStart), s.tokenIndex(e.ByteEnd)
	w := s.words
	if from < 1 || from < t.to || w[from-1] != "in" || to < len(w) && w[to] != "." && w[to] != "," && w[to] != ";" {
		return false
	}
	verb := -1
	for k := t.from; k >= 0 && k >= t.from-5; k-- {
		if resultsToldVerbs[w[k]] {
			verb = k
			break
		}
	}
	return verb >= 0 && anyWithin(w, verb, from, resultPeriodNouns)
}
