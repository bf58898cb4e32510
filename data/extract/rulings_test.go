package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// A court's decision told by the court ("a judge ruled that ...", "a jury found ...") is the
// company's legal news, done when it is told in the past, whatever the decision's clause says
// will follow (rulings.go).
func TestCourtRulings(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"A federal judge ruled that Nvidia had violated the antitrust laws.",
			[]string{"legal occurred NVDA 2024-06-12"}},
		{"A Delaware judge ruled on Monday that Oracle must face the shareholder suit.",
			[]string{"legal occurred ORCL 2024-06-10"}},
		{"A jury found that Qualcomm infringed Arm's licences and awarded $200 million.",
			[]string{"legal occurred QCOM;ARM 2024-06-12"}},
		{"The Supreme Court ruled against Starbucks in a labor case on Thursday.",
			[]string{"legal occurred SBUX 2024-06-06"}},
		{"An appeals court sided with Epic Games and against Apple on Tuesday.",
			[]string{"legal occurred AAPL 2024-06-11"}},
		// A penalty paid by its verb, in any tense; a payout is no penalty.
		{"Stellantis will pay $190 million in penalties over its diesel engines.",
			[]string{"legal forecast STLA 2024-06-12"}},
		{"Ford agreed to pay a $165 million civil penalty for recalling trucks too slowly.",
			[]string{"legal occurred F 2024-06-12"}},
		{"Johnson & Johnson paid $9 billion in damages last year.",
			[]string{"legal occurred JNJ 2023"}},
		{"Pfizer will pay a dividend of 42 cents a share.", []string{"dividend forecast PFE 2024-06-12 declared"}},
		// controls: a ruling still ahead, and other senses of the words
		{"A judge will rule next month on whether Boeing's plea deal stands.",
			[]string{"legal forecast BA 2024-07"}},
		{"Nvidia ruled out a bid for Arm.", []string{"acquisition occurred NVDA;ARM 2024-06-12 denied"}}, // a denied deal stays, as "has no plans to buy" does
		{"Analysts found that Costco shoppers spent more.", nil},
		// The company as the subject of the court's decision, and verdicts without the court.
		{"Uber was barred by a California judge from treating its drivers as contractors.",
			[]string{"legal occurred UBER 2024-06-12"}},
		{"Amazon was found by a federal judge to have kept rivals out of its marketplace.",
			[]string{"legal occurred AMZN 2024-06-12"}},
		{"Tesla was found liable for a fatal crash involving its driver-assistance system.",
			[]string{"legal occurred TSLA 2024-06-12"}},
		{"Netflix lost its case against a South Korean internet provider over network fees.",
			[]string{"legal occurred NFLX 2024-06-12"}},
		{"Costco was found by shoppers to have the lowest prices in the survey.", nil},
		{"Analysts said the case for owning Nike shares had weakened.", nil},
	})
}

// A claim told by the damages sought is legal news, in any tense of the verb; harm to things
// ("the damage") and other things sought are not (rulings.go damagesSought).
func TestDamagesSought(t *testing.T) {
	checkSentences(t, &extract.Extractor{Companies: linker(t)}, []sentenceCase{
		{body: "United Airlines is seeking $300 million in damages from an engine supplier over the groundings.",
			want: []string{"legal UAL"}},
		{body: "Walmart sought unspecified damages from the opioid distributor in a complaint filed in Texas.",
			want: []string{"legal WMT"}},
		{body: "Hertz demanded damages for the rental cars it could not use.", want: []string{"legal HTZ"}},
		// controls
		{body: "Ford sought to limit the damage from the recall.", want: nil},
		{body: "Nike is seeking new designers for its running line.", want: nil},
	}, typeTickers)
}

// A refusal right before an event's verb denies the event ("declined to reaffirm its outlook");
// a refusal of something else before a report of the event does not (extract.go negation).
func TestRefusedStep(t *testing.T) {
	checkSentences(t, &extract.Extractor{Companies: linker(t)}, []sentenceCase{
		{body: "Deere declined to reaffirm its full-year outlook on Tuesday.", want: []string{"guidance DE denied"}},
		{body: "Hershey refused to raise its dividend this year.", want: []string{"dividend HSY denied"}},
		// controls: the refusal is of a comment, and a reaffirmation without one
		{body: "Merck declined to comment on a report that it would buy Verona Pharma.", want: []string{"acquisition MRK;VRNA "}},
		{body: "Deere reaffirmed its full-year outlook on Tuesday.", want: []string{"guidance DE reaffirmed"}},
		// A name that is an ordinary word takes the refusal as a company's verb.
		{body: "Whirlpool declined to reaffirm its full-year outlook on Tuesday.", want: []string{"guidance WHR denied"}},
		{body: "Whirlpool did not raise its dividend this year.", want: []string{"dividend WHR denied"}},
		{body: "Whirlpool declined to comment on its outlook.", want: nil},
	}, func(e extract.Event) string { return typeTickers(e) + " " + e.Detail })
}
