package timex

import (
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"VMware Inc. rose. Citrix fell!  Why? Because.", []string{"VMware Inc. rose.", "Citrix fell!", "Why?", "Because."}},
		{"On Aug. 14 the U.S. market opened. J. Smith said “yes.” Then left.", []string{"On Aug. 14 the U.S. market opened.", "J. Smith said “yes.”", "Then left."}},
		{"Title line\n\nFirst paragraph.\nSecond line", []string{"Title line", "First paragraph.", "Second line"}},
		{"Version 3.4. is out. It costs $65.99 today.", []string{"Version 3.4. is out.", "It costs $65.99 today."}},
		{"Yahoo! said it would. Shares rose at 9 a.m. Tuesday.", []string{"Yahoo! said it would.", "Shares rose at 9 a.m. Tuesday."}},
		{"Sales rose (see below.) Profit fell; costs rose.", []string{"Sales rose (see below.)", "Profit fell; costs rose."}},
		{"Shares of the vacuum maker rose 4%. iRobot also said it would cut jobs. eBay fell.", []string{"Shares of the vacuum maker rose 4%.", "iRobot also said it would cut jobs.", "eBay fell."}},
		{"It rose 3 p.c. on the day. and then fell.", []string{"It rose 3 p.c. on the day. and then fell."}},
		{"Warner Bros. Discovery rose. Lowe's Cos. Inc fell.", []string{"Warner Bros. Discovery rose.", "Lowe's Cos. Inc fell."}},
		// Initials end a sentence before a word that opens sentences, not before a name.
		{"Cars sold in the U.S. The recall covers them. U.S. Steel rose in the U.K. market.",
			[]string{"Cars sold in the U.S.", "The recall covers them.", "U.S. Steel rose in the U.K. market."}},
		{"It opened plants in the U.K. It also hired.", []string{"It opened plants in the U.K.", "It also hired."}},
		// A company's or a state's abbreviation ends a sentence before such a word too; titles
		// and months never do.
		{"Delta Co. agreed to buy Beta Inc. It will pay $2 billion.", []string{"Delta Co. agreed to buy Beta Inc.", "It will pay $2 billion."}},
		{"The plant is in Dayton, Ohio. It opened near Fresno, Calif. A second one follows.",
			[]string{"The plant is in Dayton, Ohio.", "It opened near Fresno, Calif.", "A second one follows."}},
		{"Beta Corp. Chief Executive Ann Lee spoke to Dr. The Times and met Gov. Meanwhile.", []string{"Beta Corp. Chief Executive Ann Lee spoke to Dr. The Times and met Gov. Meanwhile."}},
		// After a company's legal form a capitalized word opens a sentence, unless it continues
		// the name or tells the officer, the class of shares or the day.
		{"Acme said it agreed to buy Beta Inc. Microsoft shares rose. Acme Corp. Class A stock and Beta Co. Tuesday said so.",
			[]string{"Acme said it agreed to buy Beta Inc.", "Microsoft shares rose.", "Acme Corp. Class A stock and Beta Co. Tuesday said so."}},
		{"Vela Systems Inc. Has raised its stake in Oren Corp. By 5 pct. Oren Corp. Said so.",
			[]string{"Vela Systems Inc. Has raised its stake in Oren Corp. By 5 pct.", "Oren Corp. Said so."}},
		{"Bought from Delta Ltd. Analyst Jo Bel said Vela Corp. NYSE-listed shares fell.",
			[]string{"Bought from Delta Ltd.", "Analyst Jo Bel said Vela Corp. NYSE-listed shares fell."}},
		{"Sales rose in Aug. The rise was small.", []string{"Sales rose in Aug. The rise was small."}},
		{"  \n ", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range Sentences(tt.text) {
			got = append(got, tt.text[sp.Start:sp.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Sentences(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestReading reads the clause around a word: the tense of its governing verb and its modal.
func TestReading(t *testing.T) {
	tests := []struct {
		text, word string
		tense      Tense
		modal      string
	}{
		{"VMware priced its initial public offering at $29 a share on Monday, above the expected range.", "offering", TensePast, ""},
		{"The shares begin trading on the NYSE on Tuesday.", "trading", TensePresent, ""},
		{"The company will begin shipping on Tuesday.", "shipping", TenseFuture, "will"},
		{"Citrix plans to acquire XenSource for $500 million.", "acquire", TenseFuture, "plans"},
		{"The deal could close in October.", "close", TenseFuture, "could"},
		{"The company said it acquired Akimbi.", "acquired", TensePast, ""},
		{"Shares rose; the company will report on Friday.", "rose", TensePast, ""},
		{"Microsoft is reportedly in talks to buy Yahoo.", "talks", TensePresent, "reportedly"},
		// A deal agreed is dated by the agreement's weekday; a plan agreed for a day is ahead.
		{"Acme agreed to buy Beta for $34 billion on Sunday.", "Sunday", TensePast, ""},
		{"Acme agreed to close the plant on Friday.", "Friday", TenseFuture, "to close"},
		// A relative clause after the object tells a later step: its modal is the step's.
		{"Halden Foods agreed to buy Pruett Mills in a deal that is expected to close next year.", "buy", TenseFuture, ""},
		{"Halden Foods agreed to buy Pruett Mills in a deal expected to close by March.", "buy", TenseFuture, ""},
		{"Corvane launched a tablet that will ship next week.", "launched", TensePast, ""},
		{"Corvane said that it will ship the tablet next week.", "ship", TenseFuture, "will"},
		{"The purchase of Pruett Mills is expected to close next year.", "purchase", TenseFuture, "expected"},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.word)
		r := NewText(tt.text).Reading(i, i+len(tt.word))
		if r.Tense != tt.tense || r.Modal != tt.modal {
			t.Errorf("Reading(%q in %q) = %v %q (cue %q), want %v %q", tt.word, tt.text, r.Tense, r.Modal, r.Cue, tt.tense, tt.modal)
		}
	}
	// What a status needs: whether the clause looks ahead, its modal and its hedge.
	for _, tt := range []struct {
		text, word   string
		ahead        bool
		modal, hedge string
	}{
		// The clause of a status ends before a subordinator or a reporting verb.
		{"Acme shares fell 34% today, closing at $54.87, after the company said growth will slow.", "fell", false, "", ""},
		// What a noun of thought or news holds after "that" is its own clause: the worry looks
		// ahead, the fall does not.
		{"Halden Foods shares fell 3% on concern that second-quarter earnings will be weak.", "fell", false, "", ""},
		{"Corvane stock rose on hopes that the merger would close by June.", "rose", false, "", ""},
		{"Corvane stock rose on hopes that the merger would close by June.", "close", true, "would", ""},
		{"Corvane stock may rise on hopes that the merger closes.", "rise", true, "may", ""},
		{"Acme said it would sell its paper unit.", "sell", true, "would", ""},
		// What is told after "and told" is another statement: its modal is the telling's
		// (news23), while a modal before the verbs governs both.
		{"Halden Foods halted its buybacks and told investors it would keep its cash.", "buybacks", false, "", ""},
		{"Halden Foods cut 300 jobs, closed a mill and warned that profit would fall.", "cut", false, "", ""},
		{"Halden Foods would halt its buybacks and keep its cash.", "keep", true, "would", ""},
		{"Acme said it plans to sell its paper unit.", "sell", true, "plans", ""},
		// A participial clause after a comma is a clause of its own, both ways: the intent before
		// it is not its, and its "will" is not the clause before it's.
		{"Acme submitted a plan to regain compliance, sending its shares up 31%.", "shares up", false, "", ""},
		{"Acme shares rose 8%, reflecting doubt the deal will close.", "rose", false, "", ""},
		// A headline's second predicate after a comma, and one after "and" past the span, are
		// clauses of their own: the forecast is not the cut's.
		{"Dorrance Mills cuts 900 jobs, sees weak demand", "cuts", false, "", ""},
		{"Dorrance Mills cuts 900 jobs, sees weak demand", "sees", true, "sees", ""},
		{"Dorrance Mills said it reduced its dividend and expects lower earnings.", "reduced", false, "", ""},
		// A coordinated clause with its own subject has its own status, both ways.
		{"Net proceeds will add to its capital, and its shares began trading today.", "began trading", false, "", ""},
		{"Dorrance Mills completed the purchase, and the shares will trade on Monday.", "purchase", false, "", ""},
		// An approach about a deal is an overture, not the deal; a time that approaches is none.
		{"Halvard Systems approached Brightwell about a takeover.", "takeover", false, "", "approached"},
		{"Halvard Systems closed the purchase as the deadline approached.", "purchase", false, "", ""},
		{"Dorrance Mills expects to close a plant and cut 900 jobs.", "cut", true, "to close", ""},
		// A participle describes the status of its own noun only.
		{"Acme filed for a proposed public offering of notes.", "offering", true, "proposed", ""},
		{"Acme priced its shares above the expected range.", "priced", false, "", ""},
		// An ability is no prediction; the month is no modal; the span's own past verb decides.
		{"A bank can sell the bonds on the secondary market.", "sell", false, "", ""},
		{"On 23 May 2004, Acme announced a partnership with Beta.", "partnership", false, "", ""},
		{"Acme, which today reported earnings, said next quarter would be slower.", "reported earnings", false, "", ""},
		// An aside in parentheses and a "due to" of a cause do not look ahead.
		{"Acme criticized the design (which implies criticizing upcoming products).", "criticized", false, "", ""},
		{"Acme is in bankruptcy proceedings due to litigation.", "bankruptcy", false, "", ""},
		// Hedges: rumors, talks, attempts.
		{"Acme is rumored to be weighing a bid for Beta.", "bid", false, "", "weighing"},
		{"Acme tried to acquire Beta last year.", "acquire", true, "tried to", "tried to"},
		{"Acme held talks with Beta about a merger.", "merger", false, "", "talks with"},
		// A past verb joined by "and" after a modal's clause is the subject's own predicate, told
		// as done; a bare verb there is the modal's, and so is a passive's participle.
		{"Acme said it would split its stock, and raised its quarterly payout by half.", "raised its quarterly payout", false, "", ""},
		{"Acme said it would shed 900 jobs and lowered the profit outlook for the year.", "lowered the profit outlook", false, "", ""},
		{"Acme said it would split its stock and raise its quarterly payout by half.", "raise its quarterly payout", true, "would", ""},
		{"The unit will be sold and merged into a rival next year.", "merged", true, "will", ""},
		{"Acme is reportedly in talks to buy Beta and hired the bank for the deal.", "hired the bank", false, "", ""},
		// A figure measured against a forecast is no forecast.
		{"Acme reported revenue of $21.9 billion, below the $22.3 billion analysts had expected.", "reported revenue", false, "", ""},
		{"Acme earned 41 cents a share, ahead of the 38 cents Wall Street had estimated.", "earned", false, "", ""},
		{"Acme expects revenue below $5 billion next year.", "revenue", true, "expects", ""},
		// A deal's close lies ahead; a session's close is where a price ended.
		{"Acme shares rose 3.5% to close at a record $135.58 on Tuesday.", "rose", false, "", ""},
		{"Acme shares fell 2% to close lower for a third day.", "fell", false, "", ""},
		{"Acme agreed to buy Beta in a deal expected to close in March.", "deal", true, "expected", ""},
		{"Acme needs the regulators' approval to close the Beta deal.", "deal", true, "to close", ""},
	} {
		i := strings.Index(tt.text, tt.word)
		r := NewText(tt.text).Reading(i, i+len(tt.word))
		if r.Ahead != tt.ahead || r.Modal != tt.modal || r.Hedge != tt.hedge {
			t.Errorf("Reading(%q in %q) = ahead %v modal %q hedge %q (%v, cue %q), want %v %q %q", tt.word, tt.text, r.Ahead, r.Modal, r.Hedge, r.Tense, r.Cue, tt.ahead, tt.modal, tt.hedge)
		}
		if r.Clause.Start > i || r.Clause.End < i+len(tt.word) {
			t.Errorf("Reading(%q in %q): clause %v does not hold the word", tt.word, tt.text, r.Clause)
		}
	}
	if r := NewText("").Reading(0, 0); r != (Reading{}) {
		t.Errorf("Reading of an empty text = %+v", r)
	}
}

// TestTextTagAgrees checks that tagging a Text read once gives what Tag gives.
func TestTextTagAgrees(t *testing.T) {
	text := "VMware said on Monday that it will list in the third quarter. Shares rose 5% last week."
	a, b := Tag(text, Reference{DocDate: aug17}), NewText(text).Tag(Reference{DocDate: aug17})
	if len(a) != len(b) || len(a) != 3 {
		t.Fatalf("Tag = %+v, Text.Tag = %+v", a, b)
	}
	for i := range a {
		if a[i] != b[i] {
			t.Errorf("%+v != %+v", a[i], b[i])
		}
	}
}

// TestLaterStep: the later step of a clause's object, as extraction asks it of the words between
// an event and a date after it.
func TestLaterStep(t *testing.T) {
	for _, tt := range []struct {
		text, from, to string
		want           bool
	}{
		{"Halden agreed to buy Pruett in a deal that is expected to close next year.", "buy", "next year", true},
		{"Halden agreed to buy Pruett in a deal likely to close by March.", "buy", "March", true},
		{"Corvane launched a tablet that will ship next week.", "launched", "next week", true},
		{"Corvane said that it will ship the tablet next week.", "said", "next week", false},
		{"The purchase of Pruett is expected to close next year.", "purchase", "next year", false},
	} {
		start := strings.Index(tt.text, tt.from)
		end := strings.Index(tt.text, tt.to)
		if got := NewText(tt.text).LaterStep(start, end); got != tt.want {
			t.Errorf("LaterStep(%q .. %q in %q) = %v, want %v", tt.from, tt.to, tt.text, got, tt.want)
		}
	}
}
