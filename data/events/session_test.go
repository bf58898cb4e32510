package events

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestTimingFromText(t *testing.T) {
	for _, tt := range []struct {
		text string
		want Timing
	}{
		{"VMware reported fourth-quarter revenue of $413 million late yesterday, up 80%.", Timing{Session: AfterClose}},
		{"Acme said after the close that it would restate its accounts.", Timing{Session: AfterClose}},
		{"The results came after the bell on Tuesday.", Timing{Session: AfterClose}},
		{"Shares slid in after-hours trading once the guidance was out.", Timing{Session: AfterClose}},
		{"Widget Works announced the deal after the market closed.", Timing{Session: AfterClose}},
		{"The company will report results after markets close on Thursday.", Timing{Session: AfterClose}},
		{"Acme released its earnings at 4:05 p.m. ET.", Timing{Session: AfterClose, Clock: "16:05:00"}},
		{"The statement was issued at 16:30 EST.", Timing{Session: AfterClose, Clock: "16:30:00"}},
		{"Acme said before the bell that profit doubled.", Timing{Session: BeforeOpen}},
		{"In pre-market trading the stock rose 5%.", Timing{Session: BeforeOpen}},
		{"The call is at 8:30 a.m. Eastern.", Timing{Session: BeforeOpen, Clock: "08:30:00"}},
		{"The chief executive spoke at 11 a.m. to investors.", Timing{Session: Regular, Clock: "11:00:00"}},
		// No timing: a price, a year, a bare number, a deal that will "close", a late quarter.
		{"The stock closed at $54.87, down 34%.", Timing{}},
		{"Citrix expects the deal to close in the fourth quarter of 2007.", Timing{}},
		{"Revenue rose 16 ET analysts said in 2008.", Timing{}},
		{"Shares fell late in the day on volume of 12.5 million.", Timing{}},
	} {
		if got := TimingFromText(tt.text); got != tt.want {
			t.Errorf("%q: %+v, want %+v", tt.text, got, tt.want)
		}
	}
}

func TestEventTimingFromTimestamps(t *testing.T) {
	day := func(s string) Period { p, _ := ParsePeriod(s); return p }
	for _, tt := range []struct {
		name      string
		p         Period
		published time.Time
		want      Timing
	}{
		// 21:05 UTC in January is 16:05 in New York: after the close of the same day.
		{"after the close", day("2008-01-28"), time.Date(2008, 1, 28, 21, 5, 0, 0, time.UTC), Timing{AfterClose, "16:05:00"}},
		// In July New York is UTC-4: 13:00 UTC is 9:00, before the open.
		{"before the open", day("2008-07-08"), time.Date(2008, 7, 8, 13, 0, 0, 0, time.UTC), Timing{BeforeOpen, "09:00:00"}},
		{"during the session", day("2008-07-08"), time.Date(2008, 7, 8, 15, 0, 0, 0, time.FixedZone("", -4*3600)), Timing{Regular, "15:00:00"}},
		// 01:30 UTC on the 29th is 20:30 on the 28th in New York: the 28th's news, after its close.
		{"late evening in UTC's next day", day("2008-01-28"), time.Date(2008, 1, 29, 1, 30, 0, 0, time.UTC), Timing{AfterClose, "20:30:00"}},
		{"an event of another day", day("2008-01-20"), time.Date(2008, 1, 28, 21, 5, 0, 0, time.UTC), Timing{}},
		{"a date without a time", day("2008-01-28"), time.Date(2008, 1, 28, 0, 0, 0, 0, time.UTC), Timing{}},
		{"a month event", day("2008-01"), time.Date(2008, 1, 28, 21, 5, 0, 0, time.UTC), Timing{}},
	} {
		if got := EventTiming(tt.p, "Acme reports results.", tt.published); got != tt.want {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestParseTiming(t *testing.T) {
	for in, want := range map[string]Timing{
		"after_close": {Session: AfterClose}, "After the close": {Session: AfterClose}, "AMC": {Session: AfterClose},
		"before_open": {Session: BeforeOpen}, "16:05": {AfterClose, "16:05:00"}, "4:05 pm": {AfterClose, "16:05:00"},
		"09:00": {BeforeOpen, "09:00:00"}, "12:30:15": {Regular, "12:30:15"},
	} {
		if got, err := ParseTiming(in); err != nil || got != want {
			t.Errorf("%q: %+v %v, want %+v", in, got, err, want)
		}
	}
	for _, in := range []string{"soon", "25:00", "tomorrow"} {
		if _, err := ParseTiming(in); err == nil {
			t.Errorf("%q: no error", in)
		}
	}
}

func TestCuratedTimeColumn(t *testing.T) {
	recs, err := ReadFile(write(t, "ev.csv", "date,ticker,type,title,time\n2008-01-28,VMW,earnings,VMware reports results,after the close\n2008-01-30,VMW,earnings,Call,16:30\n2008-01-31,VMW,other,No time,\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Timing{{Session: AfterClose}, {AfterClose, "16:30:00"}, {}}
	for i, r := range recs {
		if r.Timing != want[i] {
			t.Errorf("line %d: %+v, want %+v", r.Line, r.Timing, want[i])
		}
	}
	_, err = ReadFile(write(t, "bad.csv", "date,ticker,type,title,time\n2008-01-28,VMW,earnings,VMware reports results,soonish\n"))
	if err == nil || !strings.Contains(err.Error(), `bad.csv:2: column time: value "soonish"`) {
		t.Errorf("bad time: %v", err)
	}
}

// TestTimingPrefilter: the byte scans that spare the expressions never turn away a sentence the
// expressions would read a timing from.
func TestTimingPrefilter(t *testing.T) {
	for _, s := range []string{
		"Acme reported results at 4:05 p.m. ET on Tuesday.", "Acme said at 8 am it would merge.",
		"The release came at 16:05 est.", "Shares fell at 9 Eastern time.", "It rose at 10 New York time.",
		"Acme reported after the close.", "Shares rose in pre-market trading.", "Shares fell post market.",
		"Acme said late Tuesday it would cut jobs.", "It said yesterday evening it agreed.", "before the bell",
		"Acme earned 5 pct more in 1987 and 1986.", "The market rose 12 pct.", "Sales were 12.5 mln dlrs.",
		"Acme, which had long been expected to report its third-quarter figures on Wednesday evening, did so.",
		"Thereafter the company said shares traded after the stock market's closing bell.",
		"It was a latecomer; the news came before trading began.",
	} {
		fast := clockShape(s) || timingWord(s)
		slow := false
		for _, m := range clockRe.FindAllStringSubmatch(s, -1) {
			slow = slow || m[3] != "" || m[4] != ""
		}
		for _, p := range phrases {
			slow = slow || p.re.MatchString(s)
		}
		if slow && !fast {
			t.Errorf("%q: the prefilter skips a sentence the expressions read", s)
		}
		// The phrases tried near their words only find what they find in the whole sentence.
		for _, p := range phrases {
			if near, whole := matchNear(p.re, s, p.words), p.re.MatchString(s); near != whole {
				t.Errorf("%q: %s near its words %v, in the whole sentence %v", s, p.session, near, whole)
			}
		}
	}
}

// timingByExpressions is TimingFromText before the clock expression and the phrases were
// screened by their cues: every sentence that passes the first byte scans goes to them.
func timingByExpressions(sentence string) Timing {
	if !clockShape(sentence) && !timingWord(sentence) {
		return Timing{}
	}
	for _, m := range clockRe.FindAllStringSubmatch(sentence, -1) {
		if m[3] == "" && m[4] == "" {
			continue
		}
		h, _ := strconv.Atoi(m[1])
		mins := 0
		if m[2] != "" {
			mins, _ = strconv.Atoi(m[2])
		}
		ampm := strings.ToLower(strings.ReplaceAll(m[3], ".", ""))
		switch {
		case ampm == "" && m[2] == "":
			continue
		case ampm == "pm" && h >= 1 && h <= 11:
			h += 12
		case ampm == "am" && h == 12:
			h = 0
		case ampm != "" && (h < 1 || h > 12):
			continue
		}
		if h > 23 || mins > 59 {
			continue
		}
		return Timing{Session: SessionAt(h*60 + mins), Clock: fmt.Sprintf("%02d:%02d:00", h, mins)}
	}
	for _, p := range phrases {
		if matchNear(p.re, sentence, p.words) {
			return Timing{Session: p.session}
		}
	}
	return Timing{}
}

// TestTimingCues: the cues that screen the clock expression and the phrases change no
// sentence's timing.
func TestTimingCues(t *testing.T) {
	for _, s := range []string{
		"Acme reported results at 4:05 p.m. ET on Tuesday, after the close.", "Acme said at 8 am it would merge.",
		"The release came at 16:05 est.", "Shares fell at 9 Eastern time.", "It rose at 10 New York time.",
		"After the talks, it rose at 10:30 New  York time.", "After the talks, it rose at 10:30 New\tYork time.",
		"Acme reported after the close.", "Acme reported after the markets closed.", "Shares rose in pre-market trading.",
		"Shares fell post market.", "Shares fell after hours.", "Shares fell after-hours.", "It came after trading ended.",
		"Acme said late Tuesday it would cut jobs.", "It said yesterday evening it agreed.", "before the bell",
		"It said late on Friday.", "It said this evening.", "He spoke before the markets opened.",
		"It came before the session started.", "It came before trading began.", "It rose after the stock market's close.",
		"After the deal, Acme rose 5 pct.", "Before 1990 it had no debt.", "It was late in the day.",
		"It came after the cloſe.", "It came after 9:15 eſt.", "It rose after the marKet closed.",
		"Acme, which had long been expected to report its third-quarter figures on Wednesday evening, did so.",
		"Thereafter the company said shares traded after the stock market's closing bell.",
		"It was a latecomer; the news came before trading began.", "AFTER THE CLOSE, ACME SAID 4 PM.",
	} {
		if got, want := TimingFromText(s), timingByExpressions(s); got != want {
			t.Errorf("%q: %+v, want %+v", s, got, want)
		}
	}
}

// TestTimingWordOnePass holds timingWord to a search for each word in turn.
func TestTimingWordOnePass(t *testing.T) {
	byWord := func(s string) bool {
		for _, w := range [...]string{"after", "before", "late", "evening"} {
			if indexFold(s, w) >= 0 {
				return true
			}
		}
		for from := 0; ; {
			i := indexFold(s[from:], "market")
			if i < 0 {
				return false
			}
			at := from + i
			head := strings.TrimRight(s[max(at-5, 0):at], " -\t")
			if n := len(head); n >= 3 && indexFold(head[n-3:], "pre") == 0 || n >= 4 && indexFold(head[n-4:], "post") == 0 {
				return true
			}
			from = at + len("market")
		}
	}
	for _, s := range []string{"", "a", "aft", "after", "AFTER", "thereafter", "Befor", "before.", "lat", "Late",
		"chocolate", "evenin", "eveNING", "market", "the market", "pre-market", "PRE MARKET", "premarket",
		"post - market", "post\tmarket", "compost market", "supermarket", "marke", "pre", "xpre-market",
		"Shares rose 5 pct in pre-market trading", "Stock markets rose", "a\x80fter", "éafter", "marketmarket"} {
		if got, want := timingWord(s), byWord(s); got != want {
			t.Errorf("%q: %v, want %v", s, got, want)
		}
	}
}
