package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestBrandNames links the names news uses for the most-reported companies that their listings
// never carry, each with the context its kind needs, and leaves them alone where they are
// something else: a person, a place, an ordinary word, a part of a longer name, or a day before
// the company held its ticker. Sentences of our own.
func TestBrandNames(t *testing.T) {
	cos := linker(t, extract.Alias{Alias: "Delta Air Lines", Company: extract.Company{Name: "Delta Air Lines", Ticker: "DAL"}})
	tests := []struct {
		published string
		text      []string // read in order as one article; the last one's links are checked
		want      []string
	}{
		// As written, no context needed.
		{"2024-06-12", []string{"Walgreens said it would close 1,200 stores."}, []string{"Walgreens=WBA(directory)"}},
		{"2024-06-12", []string{"Citi raised its dividend."}, []string{"Citi=C(directory)"}}, // not Citi Trends
		{"2024-06-12", []string{"Chase said it would open 500 branches."}, []string{"Chase=JPM(directory)"}},
		{"2022-06-12", []string{"Chase said it would buy a coatings maker."}, []string{"Chase=CCF(directory)"}},
		{"2024-06-12", []string{"GM and Honda will build cheaper electric cars."}, []string{"GM=GM(directory)", "Honda=HMC(directory)"}},
		// Surnames: not after a given name or inside a longer capitalized name.
		{"2024-06-12", []string{"Disney cut 7,000 jobs."}, []string{"Disney=DIS(directory)"}},
		{"2024-06-12", []string{"Roy Disney left the board."}, nil},
		{"2024-06-12", []string{"Paris Hilton opened a store."}, nil},
		{"2024-06-12", []string{"Schwab shares fell 5%."}, []string{"Schwab=SCHW(directory)"}},
		{"2024-06-12", []string{"Klaus Schwab stepped down from the forum."}, nil},
		{"2024-06-12", []string{"Emerson offered to buy the rest of AspenTech."}, []string{"Emerson=EMR(directory)", "AspenTech=AZPN(directory)"}},
		{"2024-06-12", []string{"Keith Emerson played the organ."}, nil},
		{"2024-06-12", []string{"Nippon Steel bid for U.S. Steel."}, []string{"U.S. Steel=X(directory)"}},
		{"2024-06-12", []string{"Alaska Airlines agreed to buy Hawaiian Airlines."}, []string{"Alaska Airlines=ALK(directory)", "Hawaiian Airlines=HA(directory)"}},
		{"2025-06-12", []string{"Hawaiian Airlines added flights to Tokyo."}, nil}, // merged into Alaska's in 2024
		// A surname told of a person named in full before is the person.
		{"2024-06-12", []string{"Tom Campbell, an analyst, said the stock was cheap.", "Campbell said he expected more."}, nil},
		// Ordinary words: only with a company's evidence.
		{"2024-06-12", []string{"Delta said it would add flights to Europe."}, []string{"Delta=DAL(directory)"}},
		{"2024-06-12", []string{"The Delta variant hurt demand for travel."}, nil},
		{"2024-06-12", []string{"Charter schools won the ruling."}, nil},
		// A listed name in capitals ("CAVA Group") is the name news writes in title case; its
		// capitals alone are an acronym still.
		{"2024-06-12", []string{"Cava Group priced its shares."}, []string{"Cava Group=CAVA(directory)"}},
		// Before the directory's days, the word is the head of the user's company named in full.
		{"1987-03-20", []string{"Delta Air Lines said the merger would close.", "Delta said it was pleased."}, []string{"Delta=DAL(learned)"}},
	}
	for _, tt := range tests {
		a := cos.Article(day(tt.published), nil)
		var got []extract.CompanyMention
		for _, s := range tt.text {
			got = a.Find(s)
		}
		if g := links(got); !slices.Equal(g, tt.want) {
			t.Errorf("%s %q: links %q, want %q", tt.published, tt.text[len(tt.text)-1], g, tt.want)
		}
	}
}

// TestBrokerRatesUnknownName checks that a broker that rates a stock no list knows is the
// rating's source, not the event's company.
func TestBrokerRatesUnknownName(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string
	}{
		{"Goldman starts coverage of Zorvane Robotics with neutral rating", "The bank set a $40 price target.", []string{"analyst:"}},
		{"Morgan Stanley upgrades Quillfeather Foods to overweight", "The broker cited margins.", []string{"analyst:"}},
		{"Morgan Stanley upgrades Nvidia to overweight", "The broker cited demand for chips.", []string{"analyst:NVDA"}},
	}
	for _, tt := range tests {
		if got := eventKinds(x, tt.title, "2024-06-12", tt.body); !sameKinds(got, tt.want) {
			t.Errorf("%q / %q: events %v, want %v", tt.title, tt.body, got, tt.want)
		}
	}
}

// TestOrdinaryWordOwner links an ordinary-word name at a sentence's start by what its possessive
// owns: results, an outlook, officers, a board; not anything else.
func TestOrdinaryWordOwner(t *testing.T) {
	cos := linker(t)
	tests := []struct {
		text string
		want []string
	}{
		{"Target's quarterly profit fell 20%.", []string{"Target=TGT(directory)"}},
		{"Apple's board approved a buyback.", []string{"Apple=AAPL(directory)"}},
		{"Target's audience is young.", nil},
		{"Apple's pie recipe won a prize.", nil},
		// An auxiliary and a verb of a company's business (r7): "will lay off", "has settled".
		{"Block will lay off nearly 1,000 employees.", []string{"Block=SQ(directory)"}},
		{"Target has settled the suit.", []string{"Target=TGT(directory)"}},
		{"Target will be hard to hit.", nil},
		// A verb of agreeing that takes a deal (r9), and a possessive's credit rating.
		{"Oracle struck a deal with a chipmaker.", []string{"Oracle=ORCL(directory)"}},
		{"Target reached an agreement with its landlord.", []string{"Target=TGT(directory)"}},
		{"Target reached $50 a share.", nil},
		{"Ford's credit rating was cut.", []string{"Ford=F(directory)"}},
		{"Ford's approval rating fell.", nil},
	}
	for _, tt := range tests {
		if g := links(cos.Article(day("2024-06-12"), nil).Find(tt.text)); !slices.Equal(g, tt.want) {
			t.Errorf("%q: links %q, want %q", tt.text, g, tt.want)
		}
	}
}

// TestLongerNameWords checks that the words of a name read as part of a longer capitalized one
// link nothing on their own (r9): in a title in title case, "Box" in "Running Jack in the Box" is
// no company.
func TestLongerNameWords(t *testing.T) {
	cos := linker(t)
	tests := []struct {
		text string
		want []string
	}{
		{"The Numbers Man Now Running Jack in the Box", nil},
		{"Jack in the Box Names a New Chief", []string{"Jack in the Box=JACK(directory)"}},
	}
	for _, tt := range tests {
		if g := links(cos.Article(day("2024-06-12"), nil).FindTitle(tt.text)); !slices.Equal(g, tt.want) {
			t.Errorf("%q: links %q, want %q", tt.text, g, tt.want)
		}
	}
}

// A formal name keeps its article in the middle of a sentence ("shares of The Walt Disney
// Company"): the capital "The" opens that name, not a longer one the lists do not know. A longer
// name after it still is one.
func TestFormalArticle(t *testing.T) {
	cos := linker(t)
	tests := []struct {
		text string
		want []string
	}{
		{"Shares of The Walt Disney Company fell 3% on Monday.", []string{"Walt Disney Company=DIS(directory)"}},
		{"Investors sold The Home Depot Inc. after its results.", []string{"Home Depot Inc.=HD(directory)"}},
		{"Analysts raised their targets for The Hershey Company on Friday.", []string{"Hershey Company=HSY(directory)"}},
		{"A unit of The Kroger Co. bought the chain.", []string{"Kroger Co.=KR(directory)"}},
		// "Companies" is a legal suffix as "Cos" is, before another one too
		{"Shares of Lowe's Companies Inc. rose 2% on Tuesday.", []string{"Lowe's Companies=LOW(directory)"}},
		{"Cooper Companies Inc said it would buy a lens maker.", []string{"Cooper Companies=COO(directory)"}},
		// controls: a longer name opened by "The", and a title of a work
		{"He wrote for The Washington Post for a decade.", nil},
		{"She starred in The Disney Sisters Show in 1998.", nil},
	}
	for _, tt := range tests {
		if g := links(cos.Article(day("2024-06-12"), nil).Find(tt.text)); !slices.Equal(g, tt.want) {
			t.Errorf("%q: links %q, want %q", tt.text, g, tt.want)
		}
	}
}

// An honorific and a surname are a person, whatever company the surname also names ("Mr. Cooper
// said"); a company whose listed name opens with an honorific ("Mr. Cooper Group", "Dr. Reddy's
// Laboratories") links by that name, and by its short form once the article named it in full.
func TestHonorificNames(t *testing.T) {
	cos := linker(t)
	tests := []struct {
		text []string // read in order as one article; the last one's links are checked
		want []string
	}{
		{[]string{"Mr. Cooper said the company would cut 500 jobs."}, nil},
		{[]string{"Acme named a new chief; Ms. Hershey, who ran its bakeries, retired."}, nil},
		{[]string{"Dr. Kellogg told investors the plan would work."}, nil},
		{[]string{"Mr Schwab said the bank would open more branches."}, nil},
		{[]string{"Mr. Cooper Group agreed to buy a servicing portfolio."}, []string{"Mr. Cooper Group=COOP(directory)"}},
		{[]string{"Shares of Dr. Reddy's Laboratories fell 4% on Monday."}, []string{"Dr. Reddy's Laboratories=RDY(directory)"}},
		{[]string{"Mr. Cooper Group agreed to buy a servicing portfolio.", "The deal makes Mr. Cooper the largest servicer."}, []string{"Mr. Cooper=COOP(directory)"}},
		// controls: the surname alone, and a person named in full
		{[]string{"Cooper shares rose after the lensmaker's results."}, []string{"Cooper=COO(directory)"}},
		{[]string{"Hershey raised its prices again."}, []string{"Hershey=HSY(directory)"}},
	}
	for _, tt := range tests {
		a := cos.Article(day("2025-03-05"), nil)
		var got []extract.CompanyMention
		for _, s := range tt.text {
			got = a.Find(s)
		}
		if g := links(got); !slices.Equal(g, tt.want) {
			t.Errorf("%q: links %q, want %q", tt.text[len(tt.text)-1], g, tt.want)
		}
	}
}

// Investing copy writes the symbol in parentheses after the name ("Apple (AAPL)"): the company's
// own symbol there is evidence that an ordinary word is its name. Another symbol is none.
func TestSymbolAfterName(t *testing.T) {
	cos := linker(t)
	tests := []struct {
		text string
		want []string
	}{
		{"Apple (AAPL) said it would buy back $100 billion of stock.", []string{"Apple=AAPL(directory)"}},
		{"Target (TGT) fell 8% after it cut its forecast.", []string{"Target=TGT(directory)"}},
		{"Analysts like Visa (V) and Block (XYZ) this year.", []string{"Visa=V(directory)", "Block=XYZ(directory)"}},
		// controls: the symbol of another company, and an abbreviation
		{"Target (TGTX) fell 8% after the trial.", nil},
		{"Target (EPS) estimates rose.", nil},
	}
	for _, tt := range tests {
		if g := links(cos.Article(day("2025-03-05"), nil).Find(tt.text)); !slices.Equal(g, tt.want) {
			t.Errorf("%q: links %q, want %q", tt.text, g, tt.want)
		}
	}
}

// A hyphenated name matches a listing that writes its parts apart, and "U.S." stands for the
// "United States" of a listing's name (companies.go step, brands.go addBrands).
func TestNameSpellings(t *testing.T) {
	cos := linker(t, extract.Alias{Alias: "Harlow Kestrel", Company: extract.Company{Name: "Harlow Kestrel Industries", Ticker: "HKI"}})
	tests := []struct {
		text string
		want []string
	}{
		{"Brown-Forman cut its sales forecast.", []string{"Brown-Forman=BF.A(directory)"}},
		{"Harlow-Kestrel beat estimates.", []string{"Harlow-Kestrel=HKI(user)"}},
		{"U.S. Antimony shares doubled.", []string{"U.S. Antimony=UAMY(directory)"}},
		{"U.S. Cellular sold its spectrum.", []string{"U.S. Cellular=USM(directory)"}},
		// A one-word name the lists also write whole before an issue's description; a royal style
		// news drops.
		{"Ericsson cut 1,200 jobs in Sweden.", []string{"Ericsson=ERIC(directory)"}},
		{"Shares of Sanofi fell 3%.", []string{"Sanofi=SNY(directory)"}},
		{"Philips cut its outlook.", []string{"Philips=PHG(directory)"}},
		// controls: parts that name nothing together, and more parts than the name has
		{"Brown-Smith said the plan would fail.", nil},
		{"Harlow-Kestrel-Smith won the race.", nil},
	}
	for _, tt := range tests {
		if g := links(cos.Article(day("2025-03-05"), nil).Find(tt.text)); !slices.Equal(g, tt.want) {
			t.Errorf("%q: links %q, want %q", tt.text, g, tt.want)
		}
	}
}
