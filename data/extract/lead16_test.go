package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// A date in a phrase naming the thing an event replaces or adds to, told with a verb of its own
// ("replacing the one it announced in 2022"), is that thing's (lead16.go replacedInstance). A
// date with no verb of its own after the opener, or before it, stays the event's.
func TestReplacedInstance(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Walmart said its board authorized a new $20 billion share repurchase program, replacing the one it announced in 2022.",
			[]string{"buyback occurred WMT 2024-06-12"}},
		{"Apple authorized another $110 billion of buybacks, on top of the $90 billion program approved in May 2023.",
			[]string{"buyback occurred AAPL 2024-06-12"}},
		{"Lowe's raised its quarterly dividend to $1.15 a share, in addition to the increase that it announced in March.",
			[]string{"dividend occurred LOW 2024-06-12 raised"}},
		// near-misses: the event's own date
		{"Walmart's board on Monday authorized a new $20 billion share repurchase program, replacing an older plan.",
			[]string{"buyback occurred WMT 2024-06-10"}},
		{"Walmart authorized a new $20 billion share repurchase program, replacing its older plan, in a filing on Monday.",
			[]string{"buyback occurred WMT 2024-06-10"}},
	})
}

// A period coarser than a day after a price move, behind a clause that adds the move to a course
// ("and have lost 45% this year", "extending its gain this month"), dates the course: the move
// is the day's (lead16.go cumulativeSpan). A period the move is told in stays its own.
func TestCumulativeSpan(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Pfizer shares fell 1% in late trading and have lost nearly 45% this year.",
			[]string{"price_move occurred PFE 2024-06-12"}},
		{"Intel shares dropped 3% and are down 60% this year.",
			[]string{"price_move occurred INTC 2024-06-12"}},
		{"Tesla stock climbed 5%, extending its gain this month to 40%.",
			[]string{"price_move occurred TSLA 2024-06-12"}},
		// near-misses: the move's own period
		{"Boeing shares fell 30% in 2023.",
			[]string{"price_move occurred BA 2023"}},
		{"Intel shares dropped 3% in May, and analysts cut their targets.",
			[]string{"price_move occurred INTC 2024-05"}},
	})
}

// A second predicate that looks ahead ("and plans to close", ", and it expects") is no part of
// the clause before it: the results told first were reported (timex reading.go newPredicate).
// A modal in the trigger's own clause still makes a forecast.
func TestSecondPredicateAhead(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Macy's posted a loss in the fourth quarter and plans to close 150 stores.",
			[]string{"earnings occurred M 2024-06-12", "restructuring forecast M 2024-06-12"}},
		{"Home Depot said quarterly sales fell 2.9%, and it forecast a decline in comparable sales for the year.",
			[]string{"earnings occurred HD 2024-06-12", "guidance occurred HD 2024-06-12 issued"}},
		{"Target said quarterly profit rose 40%, and they expect the gains to continue.",
			[]string{"earnings occurred TGT 2024-06-12"}},
		// near-misses: the modal is the trigger's own
		{"Macy's will report quarterly results and plans to close stores.",
			[]string{"earnings forecast M 2024-06-12", "restructuring forecast M 2024-06-12"}},
		{"Cisco said it will cut 7% of its workforce, and it expects revenue to fall.",
			[]string{"restructuring forecast CSCO 2024-06-12", "guidance occurred CSCO 2024-06-12 issued"}},
	})
}

// A brief's bullet with no subject of its own tells the news of the company the brief is about
// (lead16.go bulletOfMain): "* sees FY2025 adjusted EPS ..." under "Walgreens Boots Alliance
// Inc:". A bullet whose clause is another's telling ("* analysts said ...") is not the
// company's, and one that names its subject keeps it.
func TestBulletOfMain(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string
	}{
		{"BRIEF-Walgreens Boots Alliance Inc",
			"Oct 15 (Reuters) - Walgreens Boots Alliance Inc:\n* Q4 adjusted earnings per share $0.39\n* sees FY2025 adjusted EPS $1.40 to $1.80\n* says board authorized a $1 billion share repurchase\n",
			[]string{"earnings WBA", "guidance WBA", "buyback WBA"}},
		{"BRIEF-Nucor Corp",
			"Dec 13 (Reuters) - Nucor Corp:\n* declares quarterly cash dividend of $0.54 per share\n* says will cut 400 jobs at its Arkansas mill\n",
			[]string{"dividend NUE", "restructuring NUE"}},
		{"Deere Reports Third Quarter Results",
			"MOLINE, Ill., Aug. 15, 2024 /PRNewswire/ -- Deere & Company (NYSE: DE) today reported third-quarter results.\nThird Quarter Highlights\n- Raised full-year net income guidance to $7 billion\n- Board declared a quarterly dividend of $1.47 per share\n",
			[]string{"earnings DE", "guidance DE", "dividend DE"}},
		// near-misses: a market report's quotes under capitals that read as a name, another's
		// telling, another subject
		{"RIVER BARGE RATES FIRMER IN NEARBY WEEKS",
			"Barge freight on the river was quoted higher on Tuesday.\n- Next week upper river space traded at the prior day's bid of 150 pct of tariff.\n",
			nil},
		{"BRIEF-Mercury Systems Inc",
			"Dec 5 (Reuters) - Mercury Systems Inc:\n* analysts said a share repurchase would lift the stock\n",
			nil},
		{"BRIEF-Mercury Systems Inc",
			"Dec 5 (Reuters) - Mercury Systems Inc:\n* Jana Partners says it will buy back its own units\n",
			nil},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range x.Extract(article(tt.title, "2024-10-15", tt.body)).Events {
			got = append(got, string(e.Type)+" "+strings.Join(e.Tickers, ";"))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", tt.body, got, tt.want)
		}
	}
}

// A stock's move told in a relative clause of the stock ("which rose 3% on Monday") is its past;
// the move of the day is the verb after the clause (lead16.go mainMoveAfterRelative). A clause
// with no move after it keeps its own.
func TestMainMoveAfterRelative(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Apple's stock, which rose 3% on Monday, fell 2% on Tuesday.",
			[]string{"price_move occurred AAPL 2024-06-11"}},
		{"Nvidia shares, which jumped 7% on Friday after its annual meeting, slipped 2% on Monday.",
			[]string{"price_move occurred NVDA 2024-06-10"}},
		{"Boeing shares, which had tumbled 9% a week earlier, rallied 4% on Monday.",
			[]string{"price_move occurred BA 2024-06-10"}},
		// near-miss: no move after the clause
		{"Apple's stock, which rose 3% on Monday, is the most widely held in the index.",
			[]string{"price_move occurred AAPL 2024-06-10"}},
	})
}

// A company's expectation or forecast of its results told with the plural noun ("expects pre-tax
// profits of 166 mln stg for the year", "FORECASTS PROFITS RISE THIS YEAR") is guidance as the
// singular is (triggers.go, types.go ownResultNouns). Analysts' expectation is not.
func TestPluralResultsGuidance(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Caterpillar said it expects pre-tax profits of $2 billion for the year ending Dec. 31.",
			[]string{"guidance occurred CAT 2024-06-12 issued"}},
		{"Deere said it expected losses in its construction unit to narrow next year.",
			[]string{"guidance occurred DE 2024-06-12 issued"}},
		// near-miss: analysts' expectation
		{"Analysts expect profits at Caterpillar to fall this year.", nil},
	})
	x := &extract.Extractor{Companies: linker(t)}
	if got := storyTypes(x, "1987-03-20", "CATERPILLAR FORECASTS PROFITS RISE THIS YEAR", "Caterpillar Inc said it expects higher profits this year."); !slices.Equal(got, []string{"guidance"}) {
		t.Errorf("a capitals title's forecast of profits: types %q, want guidance", got)
	}
}

// "shut" takes the single sites "close" takes: a refinery, a factory, a mill (triggers.go). A
// site shut for a spell or after a fire is a pause (news85.go) either way.
func TestShutSites(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Phillips 66 said it would permanently shut its Los Angeles-area refinery in late 2025.",
			[]string{"restructuring forecast PSX 2025"}},
		{"Ford Motor will shut its Louisville factory next year, cutting 500 jobs.",
			[]string{"restructuring forecast F 2025"}},
		// near-miss: a pause
		{"Phillips 66 shut the refinery for three days after a fire.", nil},
	})
}

// A gerund after a span of time spent ("spent years shutting factories", "has spent the past
// two years cutting costs") is a course, background and no event (lead16.go spentCourse). The
// gerund of the day's act is not.
func TestSpentCourse(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Diebold spent years shutting factories and refinancing debt.", nil},
		{"Intel has spent the past two years cutting jobs.", nil},
		// near-miss: the day's act
		{"Intel said Tuesday it is cutting 15,000 jobs.",
			[]string{"restructuring occurred INTC 2024-06-11"}},
	})
}

// A deal a company nears is reported, not made (timex reading.go hedgeWords): "nears a deal to
// buy", "is nearing an agreement to acquire". A deal agreed is.
func TestNearingDeal(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Chevron nears a deal to buy Hess for about $53 billion.",
			[]string{"acquisition report CVX;HES 2024-06-12"}},
		{"Chevron is nearing an agreement to acquire Hess, people familiar with the matter said.",
			[]string{"acquisition report CVX;HES 2024-06-12"}},
		// near-miss: agreed
		{"Chevron agreed to buy Hess for about $53 billion.",
			[]string{"acquisition occurred CVX;HES 2024-06-12"}},
	})
}

// Talks named by their kind ("in merger talks", "held exclusive talks") hedge a clause as "in
// talks" does (timex reading.go hedgeAt): the deal is reported, not made.
func TestTalksOfAKind(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Chevron is in exclusive talks to acquire Hess, people familiar with the matter said.",
			[]string{"acquisition report CVX;HES 2024-06-12"}},
		{"Chevron held preliminary talks about buying Hess.",
			[]string{"acquisition report CVX;HES 2024-06-12"}},
		// near-miss: a deal agreed after talks
		{"Chevron agreed to buy Hess after months of merger talks.",
			[]string{"acquisition occurred CVX;HES 2024-06-12"}},
	})
}

// "its" owns a forecast across the words that say what it is about ("its data center forecast",
// "its 2025 revenue forecast"): the company's outlook, guidance, as "its forecast" is (lead16.go
// ownedAcross). Analysts' forecast is theirs.
func TestOwnedAcross(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Nvidia posted record sales on Tuesday, but its gaming chip forecast was weak.",
			[]string{"guidance occurred NVDA 2024-06-12 issued"}},
		{"Intel posted record sales on Tuesday, but its 2025 server forecast was weak.",
			[]string{"guidance occurred INTC 2024-06-12 issued"}},
		// near-miss: the analysts'
		{"Nvidia posted record sales on Tuesday, but analysts' gaming chip forecast was weak.",
			[]string{"forecast occurred NVDA 2024-06-12"}},
	})
}

// A forecast told as where something was said is a forecaster's publication, no outlook.
func TestOwnedAcrossPublication(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	got := storyTypes(x, "1987-04-08", "WHEAT AREA TO FALL, FORECASTER SAYS",
		"Wheat plantings are forecast to fall to 10.4 mln hectares in 1987/88 from 11.7 mln sown in 1986/87, Deere and Co said in its first preliminary crop forecast.")
	if slices.Contains(got, "guidance") {
		t.Errorf("a forecaster's publication: types %q, want no guidance", got)
	}
}

// A move told as the reaction to the news before it (", sending its shares down 10%") is the
// day's, whatever date ahead the news names (lead16.go reactionMove); a stock index joined is no
// partnership (joinsIndex), a partner joined is.
func TestReactionMoveAndIndexJoined(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Lululemon said its chief executive will step down in January, sending its shares down 10%.",
			[]string{"executive forecast LULU 2025-01", "price_move occurred LULU 2024-06-12"}},
		{"Palantir joined the S&P 500 on Monday.", nil},
		{"Nvidia will join the Dow Jones Industrial Average, replacing Intel.", nil},
		// near-misses: a move with its own day, a partner joined
		{"Nike shares fell 3% on Monday.", []string{"price_move occurred NKE 2024-06-10"}},
		{"Microsoft joined OpenAI in a partnership.", []string{"partnership occurred MSFT 2024-06-12"}},
	})
}
