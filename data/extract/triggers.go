package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/eventline/eventline/data/events"
)

// The trigger lexicon: for each event type, the phrases that tell it, lower case, as business
// news and newswires write them. A phrase of several words must appear as consecutive words,
// except that "..." stands for a gap of up to gapWords words inside one clause ("named John Smith
// chief executive", "shares of Acme Corp rose"). Verb phrases are listed in their inflected forms
// by verb(), so that "agreed to acquire", "has acquired" and "is acquiring" all meet a phrase.
var lexicon = map[events.Type][]string{
	events.IPO: join(
		// The first sale priced, by its short name, which alone is weak: "priced its IPO at $34",
		// "the IPO was priced", "launched its IPO".
		verb("price ... ipo", "prices ... ipo", "priced ... ipo", "pricing ... ipo",
			"launch ... ipo", "launches ... ipo", "launched ... ipo", "launching ... ipo"),
		verb("ipo was priced", "ipo priced", "ipo is priced", "ipo prices"),
		// An IPO filed for, put off or revived, told by its short name (r7): "filed confidentially
		// for an IPO", "postponed its IPO", "shelved its planned New York IPO".
		objectsAfter([]string{"file", "files", "filed", "filing", "postpone", "postpones", "postponed", "postponing",
			"delay", "delays", "delayed", "delaying", "shelve", "shelves", "shelved", "shelving",
			"revive", "revives", "revived", "reviving"}, "ipo"),
		[]string{"ipo", "ipos", "initial public offering", "went public", "go public", "goes public", "going public",
			"began trading", "begin trading", "begins trading", "started trading", "stock market debut",
			"trading debut", "market debut", "listed its shares", "initial offering", "began trading on", "started trading on",
			"begins trading on", "nasdaq debut", "starts trading", "start trading", "starts trading on",
			// A savings bank's or a mutual's first sale of shares to the public: "converted to stock ownership".
			"converted to stock ownership", "conversion to stock ownership",
			// A first sale priced against the range it was marketed at: "priced above the range".
			"above range", "above the range", "above its range", "below the range", "below its range",
			"top of the range", "top of its range", "bottom of its range", "bottom of the range",
			"high end of its range", "low end of its range", "marketed range", "in its listing",
			"floats on", "float on", "floated on", "floating on",
			"nyse debut", "new york debut", "debut on the",
			// A headline's first day of trading in shorthand, after the move (news23): "shares jump
			// 16% in debut" (only after the words of a move: see debutOfShares).
			"in debut", "in its debut", "in their debut", "on debut", "on its debut", "on their debut",
			// Shares trading for the first time, told as changing hands: "began changing hands on the
			// New York Stock Exchange". Weak as "began trading" is without the exchange after it: any
			// stock's shares change hands.
			"began changing hands", "begin changing hands", "begins changing hands", "started changing hands",
			"start changing hands", "starts changing hands", "began changing hands on", "begins changing hands on",
			"started changing hands on", "starts changing hands on"},
		venueIPOs()), // "filed for a New York IPO", "seeks $1 billion in U.S. IPO" (news34.go)
	events.Acquisition: join(
		verb("acquire", "acquires", "acquired", "acquiring"),
		// A takeover closed by its deal noun: "completed its $69 billion deal for Activision".
		verb("complete ... deal for", "completes ... deal for", "completed ... deal for", "completing ... deal for",
			"close ... deal for", "closes ... deal for", "closed ... deal for", "closing ... deal for",
			// ... or with the target's name before the noun: "closed its $69 billion Activision
			// Blizzard deal" (the name is checked: closedDealNoName, ownworks.go).
			"complete ... deal", "completes ... deal", "completed ... deal", "completing ... deal",
			"close ... deal", "closes ... deal", "closed ... deal", "closing ... deal"),
		verb("buy", "buys", "bought", "buying"),
		verb("purchase", "purchases", "purchased", "purchasing"),
		verb("merge", "merges", "merged", "merging"),
		verb("take over", "takes over", "took over", "taking over"),
		// The target's passive (lead17.go): "agreed to be taken over by Mars", "will be sold to
		// Sycamore Partners" (a buyer's name after "to": soldToName).
		verb("taken over"),
		verb("be sold to", "been sold to", "being sold to", "was sold to", "were sold to", "is sold to"),
		verb("snap up", "snaps up", "snapped up", "snapping up"),
		verb("scoop up", "scoops up", "scooped up", "scooping up"),
		// A takeover agreed told by its deal noun and a verb of agreeing (r7): "inked a $10.8
		// billion deal for Prometheus", "struck a deal for"; the name after "for" is checked
		// (ownworks.go).
		objectsAfter(dealAgreeForms, "deal for"),
		verb("divest", "divests", "divested", "divesting"),
		verb("sell ... unit", "sells ... unit", "sold ... unit", "selling ... unit"),
		verb("sell ... units", "sells ... units", "sold ... units", "selling ... units"),
		verb("sell ... division", "sells ... division", "sold ... division", "selling ... division"),
		verb("sell ... subsidiary", "sells ... subsidiary", "sold ... subsidiary", "selling ... subsidiary"),
		verb("sell ... subsidiaries", "sells ... subsidiaries", "sold ... subsidiaries", "selling ... subsidiaries"),
		verb("sell ... stake", "sells ... stake", "sold ... stake", "selling ... stake"),
		verb("sell ... business", "sells ... business", "sold ... business", "selling ... business"),
		verb("sell ... operations", "sells ... operations", "sold ... operations", "selling ... operations"),
		// A part of the company sold under its own name: "sold its Wilkinson Sword Consumer Group to
		// Swedish Match", "is selling its European arm". "its" is written: "sold shares to a group
		// of investors" sells no group.
		verb("sell its ... group", "sells its ... group", "sold its ... group", "selling its ... group"),
		verb("sell its ... arm", "sells its ... arm", "sold its ... arm", "selling its ... arm"),
		verb("sell its ... affiliate", "sells its ... affiliate", "sold its ... affiliate", "selling its ... affiliate"),
		verb("complete ... sale", "completes ... sale", "completed ... sale", "completing ... sale"),
		verb("complete ... purchase", "completes ... purchase", "completed ... purchase", "completing ... purchase"),
		verb("agree ... sale", "agrees ... sale", "agreed ... sale", "agreeing ... sale"),
		// Money put into a company buys a stake in it: "will invest up to $4 billion in Rivian"
		// (only with a company after "in", see investsInCompany).
		verb("invest ... in", "invests ... in", "invested ... in", "investing ... in"),
		verb("raise ... stake", "raises ... stake", "raised ... stake", "raising ... stake"),
		verb("lift ... stake", "lifts ... stake", "lifted ... stake", "lifting ... stake"),
		verb("boost ... stake", "boosts ... stake", "boosted ... stake", "boosting ... stake"),
		verb("cut ... stake", "cuts ... stake", "cut ... stake", "cutting ... stake"),
		verb("reduce ... stake", "reduces ... stake", "reduced ... stake", "reducing ... stake"),
		verb("lower ... stake", "lowers ... stake", "lowered ... stake", "lowering ... stake"),
		verb("up ... stake", "ups ... stake", "upped ... stake", "upping ... stake"),
		verb("extend ... offer", "extends ... offer", "extended ... offer", "extending ... offer"),
		verb("bid ... for", "bids ... for", "bid ... for", "bidding ... for"),
		verb("offer ... per share", "offers ... per share", "offered ... per share", "offering ... per share"),
		verb("offer ... a share", "offers ... a share", "offered ... a share", "offering ... a share"),
		verb("start ... bid", "starts ... bid", "started ... bid", "starting ... bid"),
		verb("spin off", "spins off", "spun off", "spinning off"),
		[]string{"spin-off of", "spinoff of"}, // "completed the spin-off of Mobileye" (news30)
		news36Deals(),                         // "scrapped its deal for Capri", "rebuffed an offer", "voted to approve the merger" (news36.go)
		// A company that sells the whole of itself: "agrees to sell itself to a buyout firm".
		verb("sell itself", "sells itself", "sold itself", "selling itself"),
		// A company that breaks itself up: "will separate into two publicly traded companies".
		verb("separate into", "separates into", "separated into", "separating into"),
		verb("split into", "splits into", "split itself into", "splitting into"),
		verb("break up", "breaks up", "broke up", "breaking up"),
		[]string{"breakup", "break-up"},
		// A business changes hands when what is sold is a going concern or a site of one.
		sells("divisions", "businesses", "assets", "plant", "plants", "hotel", "hotels", "store", "stores",
			"station", "stations", "mill", "mills", "sawmill", "refinery", "interest", "interests", "holdings",
			"chain", "newspaper", "newspapers", "system", "systems", "branch", "branches", "offices", "properties",
			"operation", "affiliate", "franchise", "hospital", "hospitals", "line", "restaurants", "magazine",
			"magazines", "shares in", "stock in",
			// Assets a going concern sells for a price: airwaves, patents, a loan book. ("brand to"
			// was tried: "sells more of its store brand to budget shoppers" sells goods.)
			"spectrum", "airwaves", "patents to", "patent portfolio", "portfolio to"),
		swaps("station", "stations", "affiliate", "affiliates", "cable systems", "newspapers", "hotels"), // news102.go
		swaps(swappedCareSites...), []string{"hospital swap", "hospital swaps"}, // news105.go
		// Shares placed with a named buyer change a company's owners; shares sold to the public are
		// an offering.
		verb("sell ... shares to", "sells ... shares to", "sold ... shares to", "selling ... shares to"),
		verb("sell ... stock to", "sells ... stock to", "sold ... stock to", "selling ... stock to"),
		// A holder's stake, as filings and headlines state it: "has 5.7 pct of", "holds 12 percent of".
		verb("has ... pct of", "have ... pct of", "had ... pct of", "holds ... pct of", "held ... pct of",
			"owns ... pct of", "owned ... pct of"),
		verb("has ... percent of", "have ... percent of", "holds ... percent of", "owns ... percent of"),
		verb("reject ... offer", "rejects ... offer", "rejected ... offer", "rejecting ... offer"),
		verb("reject ... bid", "rejects ... bid", "rejected ... bid", "rejecting ... bid"),
		verb("get ... offer", "gets ... offer", "got ... offer", "getting ... offer"),
		verb("receive ... offer", "receives ... offer", "received ... offer", "receiving ... offer"),
		[]string{"takeover proposal", "buyout offer", "buyout proposal", "merger proposal", "acquisition proposal",
			"offer expires", "bid expires", "tender expires", "bid", "bids"},
		verb("agree to sell", "agrees to sell", "agreed to sell", "agreeing to sell"),
		// A business handed over for a price: "agreed to hand its insurance business to Coldharbour
		// for $3 billion", "parts with its insurance arm".
		verb("hand ... business to", "hands ... business to", "handed ... business to", "handing ... business to"),
		verb("hand ... unit to", "hands ... unit to", "handed ... unit to", "handing ... unit to"),
		verb("part with ... arm", "parts with ... arm", "parted with ... arm", "parting with ... arm"),
		verb("part with ... unit", "parts with ... unit", "parted with ... unit", "parting with ... unit"),
		verb("part with ... business", "parts with ... business", "parted with ... business", "parting with ... business"),
		// A holder's stake told as a holding: "raises Briscoe Mills holding to 14.2 pct".
		verb("raise ... holding", "raises ... holding", "raised ... holding", "raising ... holding"),
		verb("cut ... holding", "cuts ... holding", "cut ... holding", "cutting ... holding"),
		// Approaches for a company, talks about combining two: deal news before any terms.
		// Talks "for" a company and a deal named by a company that a party leaves (news30, only
		// with a company there: news30.go): "in talks for Occidental", "walks away from Albertsons
		// deal".
		[]string{"talks for"},
		verb("walk away from ... deal", "walks away from ... deal", "walked away from ... deal", "walking away from ... deal"),
		verb("draw ... approaches", "draws ... approaches", "drew ... approaches", "drawn ... approaches", "drawing ... approaches"),
		// A business offered to buyers: "has put its drugstore division up for sale" (wire22).
		verb("put ... division up for sale", "puts ... division up for sale", "putting ... division up for sale"),
		verb("put ... unit up for sale", "puts ... unit up for sale", "putting ... unit up for sale"),
		verb("put ... business up for sale", "puts ... business up for sale", "putting ... business up for sale"),
		verb("put ... subsidiary up for sale", "puts ... subsidiary up for sale", "putting ... subsidiary up for sale"),
		verb("put ... operations up for sale", "puts ... operations up for sale", "putting ... operations up for sale"),
		[]string{"takeover approach", "takeover approaches", "about combining", "on combining", "sale of the company",
			"sale of the bank", "sale of the business",
			// The whole company sold by its stock or its assets: "talks that could lead to the sale
			// of all its outstanding shares", "the sale of substantially all of its assets".
			"sale of all ... shares", "sale of all ... stock", "sale of all ... assets",
			"sale of substantially all", "put itself up for sale", "puts itself up for sale",
			"putting itself up for sale", "tie-up talks", "weighing bids", "weigh bids",
			// A company reviewing its future, and two that will be one: "explores options including a
			// sale", "will become one company".
			"strategic alternatives", "including a sale", "including selling", "become one company",
			"becomes one company", "became one company"},
		// A holder's promise to buy no more of a company, the wire's acquisition news
		// (newswire4's 8): "IN STANDSTILL PACT WITH", "under a standstill agreement". A
		// country's standstill on its debt is no deal (see corporateDeal).
		[]string{"standstill pact", "standstill agreement", "standstill accord", "standstill arrangement"},
		// Two companies that agree to combine merge, whatever the deal is called.
		verb("agree to combine", "agrees to combine", "agreed to combine", "agreeing to combine"),
		combineTalks(),     // "said they are in talks to combine" (news41.go)
		integrationDeals(), // "talks on a business integration" (news101.go)
		verb("agree to purchase", "agrees to purchase", "agreed to purchase", "agreeing to purchase"),
		verb("seek ... buyer", "seeks ... buyer", "sought ... buyer", "seeking ... buyer"),
		verb("find ... buyer", "finds ... buyer", "found ... buyer", "finding ... buyer"),
		verb("become ... subsidiary of", "becomes ... subsidiary of", "became ... subsidiary of", "becoming ... subsidiary of"),
		[]string{"agreed in principle", "agrees in principle", "to be acquired", "to be bought", "to be purchased",
			"to be taken over", "to be sold to"}, // lead17.go
		[]string{"acquisition", "acquisitions", "buyout", "leveraged buyout", "takeover", "takeovers", "merger",
			"mergers", "merger agreement", "purchase of", "tender offer", "tender offers", "tender for", "bid for",
			"offer for", "offer to buy", "offer to acquire", "bid to buy", "bid to acquire", "stake in",
			"its stake", "a stake", "pct stake", "percent stake", "pct of the common", "percent of the common",
			"sale of its", "divestiture", "disposal of its", "unit disposal", "division disposal", "arm disposal",
			"business disposal", "all-share deal", "all-stock deal", "all-cash deal", "cash-and-stock deal",
			"all-share transaction", "all-stock transaction", "all-cash transaction", "all-share merger",
			"all-stock merger", "spinoff", "spin-off", "acquirer",
			"unsolicited bid", "hostile bid", "unit sale", "units sale", "stake sale", "sale of", "stake", "stakes",
			"proxy fight", "bid of", "offer of", "bids for", "takeover offer", "acquisition offer", "merger offer",
			"be acquired", "was acquired", "were acquired", "has acquired", "agreed to be acquired", "buy-out", "deal to close", "deal will close", "deal closed",
			"combine with", "combination with", "definitive agreement", "letter of intent", "agreement in principle",
			"13d", "takeover bid", "sweetened", "goes private", "go private",
			"going private", "taken private", "take-private", "go-private", "going-private"},
		proxyContests,        // wire27.go
		contestedNominees()), // news91.go
	// Titles alone ("CTO at Dell") are not changes: only the words of a change are triggers.
	events.Executive: join(
		verb("resign", "resigns", "resigned", "resigning"),
		verb("step down", "steps down", "stepped down", "stepping down"),
		verb("appoint", "appoints", "appointed", "appointing"),
		verb("name ... chief", "names ... chief", "named ... chief", "naming ... chief"),
		verb("name ... president", "names ... president", "named ... president", "naming ... president"),
		verb("name ... chairman", "names ... chairman", "named ... chairman", "naming ... chairman"),
		verb("name ... ceo", "names ... ceo", "named ... ceo", "naming ... ceo"),
		verb("name ... cfo", "names ... cfo", "named ... cfo", "naming ... cfo"),
		verb("elect ... chief", "elects ... chief", "elected ... chief", "electing ... chief"),
		verb("elect ... president", "elects ... president", "elected ... president", "electing ... president"),
		verb("elect ... chairman", "elects ... chairman", "elected ... chairman", "electing ... chairman"),
		// The posts named or reached in more words: a shared post ("named her co-chief
		// executive", "co-chairman"), and a promotion ("promoted Ana Ruiz to president",
		// "elevated him to chief operating officer").
		officerPosts("name", "names", "named", "naming", "elect", "elects", "elected", "electing",
			"promote", "promotes", "promoted", "promoting", "elevate", "elevates", "elevated", "elevating"),
		// An officer's going in the plainest verbs: "Boeing said its CEO would leave at the end
		// of the year", "Chief Executive Barry McCarthy would depart", "is out after 17 months".
		// Without an officer named before them in their clause they are no one's (officerGoes).
		verb("would leave", "will leave", "is leaving", "would depart", "will depart", "is departing",
			"departs", "departed", "is out", "was out"),
		verb("retire", "retires", "retired", "retiring"),
		// A leader picked for the company (r9): "has tapped Kelly Ortberg ... to lead Boeing",
		// "picked a former rival's executive to run the retailer"; what is led is checked
		// (ledElsewhere, ownworks.go): banks picked "to lead the offering" are no officers.
		verb("tap ... to lead", "taps ... to lead", "tapped ... to lead", "tapping ... to lead",
			"pick ... to lead", "picks ... to lead", "picked ... to lead", "picking ... to lead",
			"choose ... to lead", "chooses ... to lead", "chose ... to lead", "choosing ... to lead",
			"tap ... to run", "taps ... to run", "tapped ... to run", "tapping ... to run",
			"pick ... to run", "picks ... to run", "picked ... to run", "picking ... to run"),
		verb("replace", "replaces", "replaced", "replacing"),
		verb("succeed", "succeeds", "succeeded", "succeeding"),
		verb("hire", "hires", "hired", "hiring"),
		verb("oust", "ousts", "ousted", "ousting"),
		// A headline's dismissal in the present: "fires CEO", "dismisses its finance chief" ("fired"
		// alone is below; "fires" alone is too often a fire's).
		verb("fire ... ceo", "fires ... ceo", "firing ... ceo", "fire ... chief", "fires ... chief", "firing ... chief",
			"fire ... cfo", "fires ... cfo", "firing ... cfo", "fire ... president", "fires ... president", "firing ... president"),
		verb("dismiss ... ceo", "dismisses ... ceo", "dismissed ... ceo", "dismissing ... ceo", "dismiss ... chief",
			"dismisses ... chief", "dismissed ... chief", "dismissing ... chief", "dismiss ... cfo", "dismisses ... cfo",
			"dismissed ... cfo", "dismissing ... cfo"),
		officerSacked(), // "sacks chief executive" (news46.go)
		// A press release's noun for a change at the top: "Announces CFO Transition", "Chief
		// Executive Officer Succession", "Leadership Transition".
		[]string{"ceo transition", "cfo transition", "ceo succession", "cfo succession", "chief executive officer succession",
			"chief financial officer transition", "chief executive transition", "leadership transition", "management transition"},
		[]string{"resignation", "fired", "successor", "new chief executive", "new ceo", "ceo to leave",
			"will leave the company", "left the company", "departure of", "would leave the company",
			"to leave the company", "is leaving the company", "leaving the company", "leaves the company",
			// A departure or an arrival as headlines and filings tell it.
			"quit as", "quits as", "president quits", "chairman quits", "chief quits", "ceo quits", "cfo quits",
			"chief exits", "ceo exits", "cfo exits", "president exits", "chief departs", "ceo departs",
			"has left the", "as its chief executive", "as its new chief executive", "as chief executive",
			// A successor named with a long appositive before the post (news23): "named Ana
			// Ruiz, who runs its rival's cloud unit, as its next chief executive".
			"as its next chief executive", "as its next ceo", "as next chief executive",
			// The post taken, told by its holder's becoming: "will become chief executive on March 1",
			// "hands top job to operations head" (weak: "the top job" is often only named).
			"top job", "top post"},
		// Founders or officers leaving their posts but not the company (news30): "will step back
		// from day-to-day roles".
		verb("step back from ... role", "steps back from ... role", "stepped back from ... role", "stepping back from ... role",
			"step back from ... roles", "steps back from ... roles", "stepped back from ... roles", "stepping back from ... roles"),
		// An officer sent on leave (news30): "puts CEO on leave", "placed its chief executive on
		// administrative leave" (only with an officer in the gap: news30.go).
		verb("place ... on leave", "places ... on leave", "placed ... on leave", "placing ... on leave",
			"put ... on leave", "puts ... on leave", "putting ... on leave",
			"place ... on administrative leave", "places ... on administrative leave", "placed ... on administrative leave",
			"placing ... on administrative leave", "put ... on administrative leave", "puts ... on administrative leave",
			"putting ... on administrative leave"),
		verb("become chief executive", "becomes chief executive", "became chief executive", "becoming chief executive"),
		verb("become ceo", "becomes ceo", "became ceo", "becoming ceo"),
		verb("become president", "becomes president", "became president", "becoming president"),
		verb("become chairman", "becomes chairman", "became chairman", "becoming chairman"),
		// The post taken with its owner named: "would become its chairman and chief executive",
		// "became the company's interim CEO".
		becomingPost(),
		toBePost(),      // "Dimon to be CEO" (news78.go)
		toBeOwnedPost(), // "Doe to be Velcor CEO" (news81.go)
		// A press release's plural for changes at the top (news32): "Announces Executive
		// Leadership Changes", "Announces Management Changes".
		[]string{"leadership changes", "management changes", "leadership appointments",
			// A person's retirement told by a pronoun: "has informed the Board of his intention
			// to retire", "announced her retirement as chief executive".
			"his intention to retire", "her intention to retire", "his retirement", "her retirement"},
		// A release's noun for an officer named: "the appointment of Jane Ruiz as Chief Financial
		// Officer" (not "the appointment of a receiver").
		officerPosts("appointment of")),
	events.Earnings: join(
		verb("report ... net income", "reports ... net income", "reported ... net income", "reporting ... net income"),
		verb("report ... profit", "reports ... profit", "reported ... profit", "reporting ... profit"),
		verb("report ... loss", "reports ... loss", "reported ... loss", "reporting ... loss"),
		verb("report ... earnings", "reports ... earnings", "reported ... earnings", "reporting ... earnings"),
		verb("report ... revenue", "reports ... revenue", "reported ... revenue", "reporting ... revenue"),
		// Results told by their change, with a verb of telling them: "posted a 25% rise in
		// fourth-quarter revenue". Not sales: a retailer's monthly sales and an industry's
		// ("U.S. retailers posted stronger sales in February") are no results on the wire. Not
		// "reported ... revenues" either: "reported it expects revenues for the quarter" is an
		// outlook.
		verb("post ... revenue", "posts ... revenue", "posted ... revenue", "posting ... revenue"),
		verb("post ... revenues", "posts ... revenues", "posted ... revenues", "posting ... revenues"),
		verb("post ... loss", "posts ... loss", "posted ... loss", "posting ... loss"),
		verb("post ... profit", "posts ... profit", "posted ... profit", "posting ... profit"),
		verb("post ... earnings", "posts ... earnings", "posted ... earnings", "posting ... earnings"),
		verb("post ... income", "posts ... income", "posted ... income", "posting ... income"),
		verb("report ... income", "reports ... income", "reported ... income", "reporting ... income"),
		verb("earn", "earns", "earned", "earning"),
		// A loss stated with its per-share figure is a result ("lost $14 million, or 22 cents a
		// share"): the figure tells it from other losses (of market share, of a contract).
		verb("lose ... a share", "loses ... a share", "lost ... a share", "losing ... a share"),
		verb("swing to ... loss", "swings to ... loss", "swung to ... loss", "swinging to ... loss"),
		verb("swing to ... profit", "swings to ... profit", "swung to ... profit", "swinging to ... profit"),
		[]string{"earnings", "quarterly results", "annual results", "net income", "net loss", "net profit",
			"profit", "profits", "quarterly", "fiscal results", "eps", "results for", "earnings per share",
			"per share profit", "per share loss", "loss per share", "profit per share", "net per share",
			"revenue", "revenues", "sales rose", "sales fell", "sales increased", "sales decreased",
			"sales climbed", "sales jumped", "sales grew", "sales declined", "sales dropped", "sales slipped",
			"sales surged", "sales slid", "sales plunged", "sales tumbled",
			// A retailer's results measure: "reported a 7% drop in same-store sales"; a quarter's
			// sales are results too ("posts first quarterly sales drop since 2020"), where a
			// month's or an industry's are not.
			"same-store sales", "comparable sales", "comparable-store sales", "like-for-like sales",
			"quarterly sales",
			"qtr net", "qtr loss", "qtr profit", "quarter net", "half net", "year net", "mths net", "months net",
			"qtr oper", "year loss", "half loss", "mths loss", "operating profit", "operating loss",
			"pretax profit", "pre-tax profit", "operating income", "beat estimates", "missed estimates", "topped estimates",
			"beat expectations", "missed expectations", "results", "net earnings", "quarterly loss",
			"quarterly profit", "annual loss", "annual profit", "shr", "in the black", "in the red",
			"turned a profit", "swung to a loss", "swung to a profit", "quarter loss", "quarter profit", "year loss",
			"quarterly earnings", "bottom line",
			// A quarter told by its rank among the company's own: "another record quarter",
			// "reported the best holiday quarter in its history".
			"record quarter", "best quarter", "strongest quarter", "best holiday quarter", "record holiday quarter",
			// A headline's results told by their change in shorthand: "ORMSKIRK NET UP 23 PCT",
			// "KELMSCOTT PROFIT OFF" (wire17).
			"net up", "net down", "net off", "profit up", "profit down", "profit off",
			"earnings up", "earnings down"},
		// A loss that shrank or grew is a result: "narrows loss as fuller planes offset fuel bill".
		verb("narrow ... loss", "narrows ... loss", "narrowed ... loss", "narrowing ... loss"),
		verb("widen ... loss", "widens ... loss", "widened ... loss", "widening ... loss"),
		// Results told as the subject of a verb: "profit fell 12%", "results that topped estimates".
		verb("earnings fell", "earnings rose", "earnings jumped", "earnings climbed", "earnings dropped",
			"earnings beat", "earnings missed", "earnings topped", "profit fell", "profit rose", "profit jumped",
			"profit climbed", "profit dropped", "results beat", "results topped", "results missed",
			"results that beat", "results that topped", "results that missed", "topped analyst estimates",
			"beat analyst estimates", "missed analyst estimates", "fell short of estimates",
			"short of analyst estimates", "short of wall street estimates"),
		// The same with the other results nouns and verbs of change news uses: "revenue rose 18%
		// in the fourth quarter", "toy sales slumped", "profit doubled".
		resultsMoved(),
		verb("report ... results", "reports ... results", "reported ... results", "reporting ... results"),
		outputReported(), // "reported first-quarter deliveries of 336,681 vehicles" (deliveries.go)
		// Results made public in a press release's words: "issued a press release announcing its
		// financial results for the first quarter", "released first-quarter results".
		verb("announce ... results", "announces ... results", "announced ... results", "announcing ... results"),
		verb("release ... results", "releases ... results", "released ... results", "releasing ... results"),
		verb("publish ... results", "publishes ... results", "published ... results", "publishing ... results"),
		verb("post ... results", "posts ... results", "posted ... results", "posting ... results"),
		// Results and figures unveiled (lead19): "unveiled its third-quarter results", "unveils
		// quarterly figures", as "posted" ones are read. Figures "released" are as often an
		// industry's or an economy's ("the bank board released the figures"), and are left out.
		verb("unveil ... results", "unveils ... results", "unveiled ... results", "unveiling ... results"),
		verb("unveil ... figures", "unveils ... figures", "unveiled ... figures", "unveiling ... figures"),
		// A headline's results measured against the forecasts, in the present that headlines use:
		// "Acme beats estimates", "tops Street expectations", "misses forecasts".
		beatMiss("estimates", "expectations", "forecasts"), streetResults, // streetnews.go
		measuresAbove(),  // "lifted its results above expectations" (news34.go)
		cameInMeasures(), // "profit came in above expectations" (news40.go)
		toldInResults(),  // "disclosed in its first-quarter results that deposits fell" (news57.go)
		measuresBelow(),  // "sales below estimates" (news43.go)
		quarterSales()),  // "sales for its fiscal second quarter" (news55.go)
	events.Dividend: join(
		verb("declare ... dividend", "declares ... dividend", "declared ... dividend", "declaring ... dividend"),
		verb("raise ... dividend", "raises ... dividend", "raised ... dividend", "raising ... dividend"),
		verb("cut ... dividend", "cuts ... dividend", "cut ... dividend", "cutting ... dividend"),
		verb("omit ... dividend", "omits ... dividend", "omitted ... dividend", "omitting ... dividend"),
		verb("suspend ... dividend", "suspends ... dividend", "suspended ... dividend", "suspending ... dividend"),
		verb("slash ... dividend", "slashes ... dividend", "slashed ... dividend", "slashing ... dividend"),
		verb("hike ... dividend", "hikes ... dividend", "hiked ... dividend", "hiking ... dividend"),
		verb("boost ... dividend", "boosts ... dividend", "boosted ... dividend", "boosting ... dividend"),
		// A payout changed by a factor: "halved its quarterly dividend", "doubles dividend".
		verb("halve ... dividend", "halves ... dividend", "halved ... dividend", "halving ... dividend"),
		verb("double ... dividend", "doubles ... dividend", "doubled ... dividend", "doubling ... dividend"),
		verb("increase ... dividend", "increases ... dividend", "increased ... dividend", "increasing ... dividend"),
		verb("reduce ... dividend", "reduces ... dividend", "reduced ... dividend", "reducing ... dividend"),
		verb("pay ... dividend", "pays ... dividend", "paid ... dividend", "paying ... dividend"),
		verb("halt ... dividend", "halts ... dividend", "halted ... dividend", "halting ... dividend"),
		verb("resume ... dividend", "resumes ... dividend", "resumed ... dividend", "resuming ... dividend"),
		verb("reinstate ... dividend", "reinstates ... dividend", "reinstated ... dividend", "reinstating ... dividend"),
		verb("lift ... dividend", "lifts ... dividend", "lifted ... dividend", "lifting ... dividend"),
		verb("initiate ... dividend", "initiates ... dividend", "initiated ... dividend", "initiating ... dividend"),
		// A payout made public or approved by the board: "announced its first-ever dividend",
		// "the board approved a quarterly dividend of 25 cents".
		verb("announce ... dividend", "announces ... dividend", "announced ... dividend", "announcing ... dividend"),
		verb("approve ... dividend", "approves ... dividend", "approved ... dividend", "approving ... dividend"),
		// British wire's board puts the final payout to the annual meeting: "recommended a final
		// dividend of 5.1p" (wire28). "Proposes" is left to the bare noun, which reads "PROPOSES
		// HIGHER DIVIDEND" as a payout to come.
		verb("recommend ... dividend", "recommends ... dividend", "recommended ... dividend", "recommending ... dividend"),
		verb("unveil ... dividend", "unveils ... dividend", "unveiled ... dividend", "unveiling ... dividend"),
		verb("introduce ... dividend", "introduces ... dividend", "introduced ... dividend", "introducing ... dividend"),
		verb("eliminate ... dividend", "eliminates ... dividend", "eliminated ... dividend", "eliminating ... dividend"),
		// A payment skipped or halted: "skipped its quarterly distribution to shareholders".
		verb("skip ... dividend", "skips ... dividend", "skipped ... dividend", "skipping ... dividend"),
		verb("skip ... distribution", "skips ... distribution", "skipped ... distribution", "skipping ... distribution"),
		verb("skip ... payment", "skips ... payment", "skipped ... payment", "skipping ... payment"),
		verb("skip ... payout", "skips ... payout", "skipped ... payout", "skipping ... payout"),
		verb("suspend ... payout", "suspends ... payout", "suspended ... payout", "suspending ... payout"),
		verb("suspend ... distribution", "suspends ... distribution", "suspended ... distribution", "suspending ... distribution"),
		verb("scrap ... dividend", "scraps ... dividend", "scrapped ... dividend", "scrapping ... dividend"),
		[]string{"dividend", "dividends", "qtly div", "quarterly div", "div", "payout", "payouts", "sets quarterly",
			"set quarterly", "regular quarterly", "special distribution", "cash distribution", "initial quarterly",
			"sets payout", "semi-annual div", "annual div", "extra div", "special div", "quarterly dividend",
			"distribution of", "quarterly distribution", "quarterly payment", "quarterly payout",
			"distribution to shareholders", "payment to shareholders", "a share each quarter", "raised the quarterly",
			"raises the quarterly", "cut the quarterly", "cuts the quarterly", "votes extra", "voted an extra",
			"declared an extra", "declares extra", "a share every three months", "a share every quarter",
			"back to holders each quarter", "back to shareholders each quarter"},
		distributionWithheld), // wire27.go
	events.Buyback: join(
		verb("buy back", "buys back", "bought back", "buying back"),
		verb("buy ... back", "buys ... back", "bought ... back", "buying ... back"),
		verb("repurchase", "repurchases", "repurchased", "repurchasing"),
		[]string{"buyback", "buybacks", "buy-back", "share repurchase", "stock repurchase", "repurchase program",
			"repurchase plan", "repurchase up to", "issuer bid", "for cancellation", "acquire its stock",
			"acquire its shares", "acquire its own", "buy its own", "buy its stock", "buy its shares",
			"purchase its own", "purchase its shares", "purchase its stock", "buy up to", "acquire up to",
			"purchase up to", "repurchase of", "buying its own", "bought its own", "buys its own",
			"purchasing its own", "purchase of up to", "taking back",
			"reacquire", "reacquires", "reacquired", "reacquisition", "its shares off the market",
			// Purchases of its own shares: "resumed share purchases", not an investor's "stock purchases".
			"its share purchases", "resumed share purchases", "resumes share purchases", "resume share purchases",
			"restart share purchases", "halted share purchases", "suspended share purchases",
			"its stock off the market", "of its stock off the market", "spend on its own shares"},
		// Shares bought to be cancelled: "earmarks $3 billion to retire shares".
		verb("retire ... shares", "retires ... shares", "retired ... shares", "retiring ... shares"),
		verb("retire ... stock", "retires ... stock", "retired ... stock", "retiring ... stock")),
	events.Split: {"stock split", "stock splits", "share split", "reverse split", "reverse stock split",
		"two-for-one", "three-for-two", "three-for-one", "four-for-one", "five-for-four", "split its stock",
		"split its shares", "splits its stock", "for-one split", "for-two split", "sets split", "split",
		"1-for-10", "1-for-5", "1-for-20", "2-for-1", "3-for-1", "3-for-2", "stock dividend",
		// A split told by what holders get: "four additional shares for every share held", "one new
		// share for every 20 held", "combine every 20 shares into one", "a division of its stock".
		"for every share held", "for each share held", "for every share owned", "for each share owned",
		"for every share they own", "for each share they own", "shares into one", "share consolidation",
		"consolidates its stock", "consolidates its shares",
		"reverse share split", "division of its common", "division of its stock", "divide shares",
		"divides shares", "divide its shares", "divide its stock", "extra shares for each", "extra shares for every",
		"additional shares for each", "additional shares for every", "additional share for each",
		"additional share for every", "into a single share", "for each one they hold",
		// Australian and British wire's split: a "bonus issue" (or "scrip" or "capitalisation
		// issue") of new shares to holders for nothing, "a one-for-two bonus issue" (wire25).
		"bonus issue", "bonus share issue", "scrip issue", "capitalisation issue", "capitalization issue",
		"for each share they hold", "for every share they hold",
		// A headline's verb with the stock after it: "AUCHTER SPLITS STOCK", "TO SPLIT COMMON"
		// (wire17); "split" alone needs a word of a stock split beside it.
		"splits stock", "splits shares", "splits common", "splits its common", "splits its shares",
		"split its common", "to split stock", "to split common"},
	events.Guidance: join(
		// Several forecasts moved at once: "cut its annual sales and profit forecasts".
		verb("raise ... forecasts", "raises ... forecasts", "raised ... forecasts", "raising ... forecasts"),
		verb("cut ... forecasts", "cuts ... forecasts", "cutting ... forecasts"),
		verb("lower ... forecasts", "lowers ... forecasts", "lowered ... forecasts", "lowering ... forecasts"),
		verb("lift ... forecasts", "lifts ... forecasts", "lifted ... forecasts", "lifting ... forecasts"),
		verb("reaffirm ... forecasts", "reaffirms ... forecasts", "reaffirmed ... forecasts", "reaffirming ... forecasts"),
		verb("raise ... forecast", "raises ... forecast", "raised ... forecast", "raising ... forecast"),
		verb("raise ... outlook", "raises ... outlook", "raised ... outlook", "raising ... outlook"),
		verb("raise ... guidance", "raises ... guidance", "raised ... guidance", "raising ... guidance"),
		verb("lift ... forecast", "lifts ... forecast", "lifted ... forecast", "lifting ... forecast"),
		verb("cut ... forecast", "cuts ... forecast", "cut ... forecast", "cutting ... forecast"),
		verb("cut ... outlook", "cuts ... outlook", "cut ... outlook", "cutting ... outlook"),
		verb("cut ... guidance", "cuts ... guidance", "cut ... guidance", "cutting ... guidance"),
		verb("lower ... forecast", "lowers ... forecast", "lowered ... forecast", "lowering ... forecast"),
		verb("lower ... outlook", "lowers ... outlook", "lowered ... outlook", "lowering ... outlook"),
		verb("lower ... guidance", "lowers ... guidance", "lowered ... guidance", "lowering ... guidance"),
		verb("reaffirm ... forecast", "reaffirms ... forecast", "reaffirmed ... forecast", "reaffirming ... forecast"),
		verb("reaffirm ... outlook", "reaffirms ... outlook", "reaffirmed ... outlook", "reaffirming ... outlook"),
		// An outlook kept is one reaffirmed: "maintained its 2024 outlook".
		verb("maintain ... outlook", "maintains ... outlook", "maintained ... outlook", "maintaining ... outlook"),
		verb("maintain ... forecast", "maintains ... forecast", "maintained ... forecast", "maintaining ... forecast"),
		verb("maintain ... guidance", "maintains ... guidance", "maintained ... guidance", "maintaining ... guidance"),
		verb("reaffirm ... guidance", "reaffirms ... guidance", "reaffirmed ... guidance", "reaffirming ... guidance"),
		verb("reiterate ... forecast", "reiterates ... forecast", "reiterated ... forecast", "reiterating ... forecast"),
		verb("reiterate ... outlook", "reiterates ... outlook", "reiterated ... outlook", "reiterating ... outlook"),
		verb("reiterate ... guidance", "reiterates ... guidance", "reiterated ... guidance", "reiterating ... guidance"),
		verb("back ... outlook", "backs ... outlook", "backed ... outlook", "backing ... outlook"),
		verb("back ... forecast", "backs ... forecast", "backed ... forecast", "backing ... forecast"),
		verb("trim ... forecast", "trims ... forecast", "trimmed ... forecast", "trimming ... forecast"),
		// The steepest cut, as headlines write it (news23): "slashes its dividend and forecast".
		verb("slash ... forecast", "slashes ... forecast", "slashed ... forecast", "slashing ... forecast"),
		verb("slash ... outlook", "slashes ... outlook", "slashed ... outlook", "slashing ... outlook"),
		verb("slash ... guidance", "slashes ... guidance", "slashed ... guidance", "slashing ... guidance"),
		verb("trim ... outlook", "trims ... outlook", "trimmed ... outlook", "trimming ... outlook"),
		verb("update ... outlook", "updates ... outlook", "updated ... outlook", "updating ... outlook"),
		verb("update ... forecast", "updates ... forecast", "updated ... forecast", "updating ... forecast"),
		verb("warn", "warns", "warned", "warning"),
		// An outlook handed out rather than moved: "gave a weak outlook for the holiday quarter",
		// "issued full-year guidance below estimates", "initiated 2025 guidance". The nouns alone
		// are weak (a topic); the giving verb makes them the day's news.
		issuedOutlook("issue", "issues", "issued", "issuing", "give", "gives", "gave", "giving",
			"provide", "provides", "provided", "providing", "offer", "offers", "offered", "offering",
			"initiate", "initiates", "initiated", "initiating", "introduce", "introduces", "introduced", "introducing"),
		// A company's expectation of its own results: "expects first quarter earnings to be below".
		verb("expect ... earnings", "expects ... earnings", "expected ... earnings", "expecting ... earnings"),
		verb("expect ... profit", "expects ... profit", "expected ... profit", "expecting ... profit"),
		verb("expect ... net", "expects ... net", "expected ... net", "expecting ... net"),
		verb("expect ... revenue", "expects ... revenue", "expected ... revenue", "expecting ... revenue"),
		verb("expect ... sales", "expects ... sales", "expected ... sales", "expecting ... sales"),
		verb("expect ... loss", "expects ... loss", "expected ... loss", "expecting ... loss"),
		// The plurals wire copy writes the same expectation with: "expects pre-tax profits of
		// 166 mln stg for the year" (lead16).
		verb("expect ... profits", "expects ... profits", "expected ... profits", "expecting ... profits"),
		verb("expect ... losses", "expects ... losses", "expected ... losses", "expecting ... losses"),
		verb("expect ... revenues", "expects ... revenues", "expected ... revenues", "expecting ... revenues"),
		// The measures a release guides by besides revenue and profit: "expects 2024 adjusted
		// EBIT of $12 billion to $14 billion", "expects EPS of $4.10", "expects free cash flow of".
		verb("expect ... ebitda", "expects ... ebitda", "expected ... ebitda", "expecting ... ebitda"),
		verb("expect ... ebit", "expects ... ebit", "expected ... ebit", "expecting ... ebit"),
		verb("expect ... ebit-adjusted", "expects ... ebit-adjusted", "expected ... ebit-adjusted", "expecting ... ebit-adjusted"),
		verb("expect ... eps", "expects ... eps", "expected ... eps", "expecting ... eps"),
		verb("expect ... cash flow", "expects ... cash flow", "expected ... cash flow", "expecting ... cash flow"),
		// The same expectation told with the verb of the result (news26): "expected to earn
		// $1.81 to $1.91 a share in the fourth quarter", "expects to lose money this year".
		verb("expect to earn", "expects to earn", "expected to earn", "expecting to earn"),
		verb("expect to lose money", "expects to lose money", "expected to lose money", "expecting to lose money"),
		profitableOutlooks(), // "expects to stay profitable in every quarter" (news104.go)
		// A company's forecast told with the verb analysts use: "guided to revenue of $4.3
		// billion", "guides for a low-single-digit decline" (not "guided missiles", "guided by").
		verb("guide to", "guides to", "guided to", "guiding to"),
		verb("guide for", "guides for", "guided for", "guiding for"),
		verb("guide investors to", "guides investors to", "guided investors to", "guiding investors to"),
		verb("guide analysts to", "guides analysts to", "guided analysts to", "guiding analysts to"),
		// A forecast taken back: "suspended its 2025 forecast", "withdrew its outlook".
		verb("suspend ... forecast", "suspends ... forecast", "suspended ... forecast", "suspending ... forecast"),
		verb("suspend ... outlook", "suspends ... outlook", "suspended ... outlook", "suspending ... outlook"),
		verb("suspend ... guidance", "suspends ... guidance", "suspended ... guidance", "suspending ... guidance"),
		verb("withdraw ... forecast", "withdraws ... forecast", "withdrew ... forecast", "withdrawing ... forecast"),
		verb("withdraw ... outlook", "withdraws ... outlook", "withdrew ... outlook", "withdrawing ... outlook"),
		verb("withdraw ... guidance", "withdraws ... guidance", "withdrew ... guidance", "withdrawing ... guidance"),
		verb("pull ... forecast", "pulls ... forecast", "pulled ... forecast", "pulling ... forecast"),
		verb("pull ... guidance", "pulls ... guidance", "pulled ... guidance", "pulling ... guidance"),
		verb("pull ... outlook", "pulls ... outlook", "pulled ... outlook", "pulling ... outlook"),
		verb("scrap ... forecast", "scraps ... forecast", "scrapped ... forecast", "scrapping ... forecast"),
		verb("scrap ... outlook", "scraps ... outlook", "scrapped ... outlook", "scrapping ... outlook"),
		verb("scrap ... guidance", "scraps ... guidance", "scrapped ... guidance", "scrapping ... guidance"),
		// An outlook kept as it was is one reaffirmed: "keeps annual outlook", "kept its forecast
		// unchanged".
		verb("keep ... outlook", "keeps ... outlook", "kept ... outlook", "keeping ... outlook"),
		verb("keep ... forecast", "keeps ... forecast", "kept ... forecast", "keeping ... forecast"),
		verb("keep ... guidance", "keeps ... guidance", "kept ... guidance", "keeping ... guidance"),
		// "lifts profit view", "cut its full-year sales view": a company's view of its results.
		verb("raise ... view", "raises ... view", "raised ... view", "raising ... view"),
		verb("lift ... view", "lifts ... view", "lifted ... view", "lifting ... view"),
		verb("cut ... view", "cuts ... view", "cut ... view", "cutting ... view"),
		verb("lower ... view", "lowers ... view", "lowered ... view", "lowering ... view"),
		// Raising words the lists above lack for the forecast nouns, and a target for a result
		// ("boosted its annual sales target"): a price target is an analyst's, no result's.
		verb("lift ... outlook", "lifts ... outlook", "lifted ... outlook", "lifting ... outlook"),
		verb("lift ... guidance", "lifts ... guidance", "lifted ... guidance", "lifting ... guidance"),
		verb("boost ... forecast", "boosts ... forecast", "boosted ... forecast", "boosting ... forecast"),
		verb("boost ... outlook", "boosts ... outlook", "boosted ... outlook", "boosting ... outlook"),
		verb("boost ... guidance", "boosts ... guidance", "boosted ... guidance", "boosting ... guidance"),
		verb("boost ... view", "boosts ... view", "boosted ... view", "boosting ... view"),
		resultTargets("raise", "raises", "raised", "raising", "lift", "lifts", "lifted", "lifting", "boost",
			"boosts", "boosted", "boosting", "cut", "cuts", "cutting", "lower", "lowers", "lowered", "lowering",
			"trim", "trims", "trimmed", "trimming"),
		[]string{"profit view", "earnings view", "sales view", "revenue view", "guidance", "outlook", "profit warning", "earnings forecast", "profit forecast", "sales forecast",
			"revenue forecast", "full-year forecast", "annual forecast", "its forecast", "its forecasts",
			"expects earnings", "expects profit", "expects net", "expects revenue", "expects sales",
			"expects to report", "sees earnings", "sees profit", "sees net", "sees revenue", "sees sales",
			"sees year", "sees qtr", "sees 1st", "sees 2nd", "sees 3rd", "sees 4th", "sees first", "sees second",
			"sees third", "sees fourth", "sees higher", "sees lower", "expects higher", "expects lower",
			"sees better", "expects better", "sees improved", "expects improved", "sees record", "expects record",
			"earnings to rise", "earnings to fall", "profit to rise", "profit to fall",
			// A company's own projection stood by or changed: "stood by its projection of $4.2
			// billion in revenue", "sticks with 2025 targets", "now sees annual sales falling".
			"its projection", "its projections", "stood by its", "stands by its", "sticks with", "stuck with",
			"now sees", "now expects"},
		verb("see ... sales", "sees ... sales", "saw ... sales", "seeing ... sales"),
		verb("see ... revenue", "sees ... revenue", "saw ... revenue", "seeing ... revenue"),
		verb("see ... profit", "sees ... profit", "saw ... profit", "seeing ... profit"),
		verb("see ... earnings", "sees ... earnings", "saw ... earnings", "seeing ... earnings"),
		// A headline's per-share figure foreseen: "sees flat FY25 EPS", "sees fiscal 2025 EPS
		// roughly flat" (lead15).
		verb("see ... eps", "sees ... eps", "saw ... eps", "seeing ... eps"),
		ownOutlook,      // streetnews.go
		toneForecasts(), // "a weak quarterly forecast" (news44.go)
		// A release's guidance affirmed or updated (news32): "affirmed its 2025 guidance", "is
		// updating its full-year guidance". Not "outlook", which a rating agency affirms.
		verb("affirm ... guidance", "affirms ... guidance", "affirmed ... guidance", "affirming ... guidance",
			"update ... guidance", "updates ... guidance", "updated ... guidance", "updating ... guidance"),
		affirmedOutlooks()), // "affirmed its outlook for identical sales growth" (outlooks.go)
	events.Restructuring: join(
		verb("lay off", "lays off", "laid off", "laying off"),
		verb("let go ... employees", "lets go ... employees", "letting go ... employees"),
		verb("let go ... workers", "lets go ... workers", "letting go ... workers"),
		verb("cut ... jobs", "cuts ... jobs", "cut ... jobs", "cutting ... jobs"),
		verb("eliminate ... jobs", "eliminates ... jobs", "eliminated ... jobs", "eliminating ... jobs"),
		verb("eliminate ... positions", "eliminates ... positions", "eliminated ... positions", "eliminating ... positions"),
		// The staff as a whole, or a share of it, ended by the verbs that end jobs (news28): "would
		// eliminate about 6% of its workforce", "sheds a tenth of its staff", "slashed its headcount".
		verb("eliminate ... workforce", "eliminates ... workforce", "eliminated ... workforce", "eliminating ... workforce"),
		verb("eliminate ... staff", "eliminates ... staff", "eliminated ... staff", "eliminating ... staff"),
		verb("eliminate ... headcount", "eliminates ... headcount", "eliminated ... headcount", "eliminating ... headcount"),
		verb("shed ... workforce", "sheds ... workforce", "shedding ... workforce"),
		verb("shed ... staff", "sheds ... staff", "shedding ... staff"),
		verb("shed ... headcount", "sheds ... headcount", "shedding ... headcount"),
		verb("slash ... jobs", "slashes ... jobs", "slashed ... jobs", "slashing ... jobs"),
		verb("slash ... workforce", "slashes ... workforce", "slashed ... workforce", "slashing ... workforce"),
		verb("slash ... staff", "slashes ... staff", "slashed ... staff", "slashing ... staff"),
		verb("slash ... headcount", "slashes ... headcount", "slashed ... headcount", "slashing ... headcount"),
		verb("cut ... workforce", "cuts ... workforce", "cut ... workforce", "cutting ... workforce"),
		verb("cut ... staff", "cuts ... staff", "cut ... staff", "cutting ... staff"),
		verb("reduce ... workforce", "reduces ... workforce", "reduced ... workforce", "reducing ... workforce"),
		closing("plant", "plants", "stores", "factories", "branches", "factory"),
		// A plan to cut costs announced: "announced a $2 billion cost-cutting plan".
		[]string{"cost-cutting plan", "cost-cutting program", "cost-cutting programme", "cost-reduction plan",
			"cost-reduction program", "cost-savings plan"},
		shutting("plant", "plants"),
		verb("restructure", "restructures", "restructured", "restructuring"),
		// A company reorganized, sites shut, staff idled, jobs that "will go".
		verb("reorganize ... into", "reorganizes ... into", "reorganized ... into", "reorganizing ... into"),
		verb("reorganise ... into", "reorganises ... into", "reorganised ... into", "reorganising ... into"),
		closing("works"),
		shutting("works"),
		closing("locations"),
		shutting("locations", "stores"),
		closing("mill"),
		// The sites of heavy industry, which the wire's closings name as often as plants: "the
		// sale or closing of four of its nine foundries", "will shut two smelters".
		closing("mills", "foundry", "foundries", "refinery", "refineries", "smelter", "smelters"),
		shutting("mills", "foundries", "smelters"),
		// The single sites, and the refineries and factories "close" already takes: "would
		// permanently shut its Los Angeles-area refinery", "Phillips 66 shuts refinery" (lead16).
		shutting("mill", "foundry", "smelter", "refinery", "refineries", "factory", "factories"),
		minesClosed(), // "to close its copper mine" (news83.go)
		verb("idle ... workers", "idles ... workers", "idled ... workers", "idling ... workers"),
		// Everyday retail and services sites, "shutter" as wires use it, a business wound down
		// or left (news30): "would shutter all 51 of its health clinics", "is winding down its
		// operations in Canada", "will exit its business in Russia".
		closing("clinics", "restaurants", "pharmacies", "warehouses"),
		verb("shutter ... stores", "shutters ... stores", "shuttered ... stores", "shuttering ... stores",
			"shutter ... plants", "shutters ... plants", "shuttered ... plants", "shuttering ... plants",
			"shutter ... plant", "shutters ... plant", "shuttered ... plant", "shuttering ... plant",
			"shutter ... locations", "shutters ... locations", "shuttered ... locations", "shuttering ... locations",
			"shutter ... clinics", "shutters ... clinics", "shuttered ... clinics", "shuttering ... clinics",
			"shutter ... restaurants", "shutters ... restaurants", "shuttered ... restaurants", "shuttering ... restaurants",
			"shutter ... factories", "shutters ... factories", "shuttered ... factories", "shuttering ... factories"),
		verb("wind down ... operations", "winds down ... operations", "wound down ... operations", "winding down ... operations",
			"wind down ... business", "winds down ... business", "wound down ... business", "winding down ... business"),
		verb("exit ... business in", "exits ... business in", "exited ... business in", "exiting ... business in",
			"exit ... operations in", "exits ... operations in", "exited ... operations in", "exiting ... operations in"),
		verb("shed ... jobs", "sheds ... jobs", "shedding ... jobs"),
		verb("shed ... roles", "sheds ... roles", "shedding ... roles"),
		verb("cost ... jobs", "costs ... jobs", "costing ... jobs"),
		verb("reduce ... headcount", "reduces ... headcount", "reduced ... headcount", "reducing ... headcount"),
		verb("cut ... headcount", "cuts ... headcount", "cutting ... headcount"),
		verb("trim ... headcount", "trims ... headcount", "trimmed ... headcount", "trimming ... headcount"),
		verb("trim ... staff", "trims ... staff", "trimmed ... staff", "trimming ... staff"),
		verb("trim ... workforce", "trims ... workforce", "trimmed ... workforce", "trimming ... workforce"),
		// Work ended at a site for good: "will end car production at its Flint site".
		verb("end ... production at", "ends ... production at", "ended ... production at", "ending ... production at"),
		verb("cease ... production", "ceases ... production", "ceased ... production", "ceasing ... production"),
		[]string{"layoffs", "layoff", "job cuts", "workforce reduction", "reduce its workforce", "reduction in force",
			"store closures", "plant closures", "branch closures",
			// Sites closed told by the noun: "announced the closure of about 1,200 stores".
			"closure of ... stores", "closure of ... plants", "closure of ... factories", "closure of ... branches",
			"closure of ... locations", "closures of ... stores", "closures of ... plants",
			"closure of ... mills", "closure of ... foundries", "closure of ... refineries", "closure of ... smelters",
			"restructuring", "restructuring charge", "write-down", "writedown", "write-off", "writeoff",
			"jobs", "positions", "headcount", "jobs will go", "jobs to go",
			"jobs would go", "a management layer", "layer of management"},
		holdingCompanyShifts()), // "approve shift to holding company structure" (news101.go)
	events.Bankruptcy: join(
		verb("file ... bankruptcy", "files ... bankruptcy", "filed ... bankruptcy", "filing ... bankruptcy"),
		[]string{"bankruptcy", "bankrupt", "chapter 11", "chapter 7", "insolvency", "insolvent", "receivership",
			"creditor protection", "protection from its creditors", "protection from creditors", "liquidation", "emerged from bankruptcy", "reorganization plan",
			// Bankruptcy told without its name: "entering court-supervised reorganization".
			"court-supervised", "court supervision", "court oversight", "court protection",
			"reorganization under chapter",
			// Shelter is the wire's word for the same protection: "SEEKS COURT SHELTER", "sought
			// shelter from its lenders in bankruptcy court".
			"court shelter", "shelter from creditors", "shelter from its creditors", "shelter from its lenders",
			"bankruptcy shelter",
			// Britain's insolvency: "the retailer went into administration".
			"into administration", "entered administration", "enters administration"}),
	events.Offering: join(
		laterListingSales(), // "after HK$88 billion secondary listing" (news101.go)
		verb("raise ... capital", "raises ... capital", "raised ... capital", "raising ... capital"),
		verb("raise ... funding", "raises ... funding", "raised ... funding", "raising ... funding"),
		verb("issue ... shares", "issues ... shares", "issued ... shares", "issuing ... shares"),
		verb("issue ... notes", "issues ... notes", "issued ... notes", "issuing ... notes"),
		verb("issue ... bonds", "issues ... bonds", "issued ... bonds", "issuing ... bonds"),
		verb("issue ... debentures", "issues ... debentures", "issued ... debentures", "issuing ... debentures"),
		verb("issue ... eurobonds", "issues ... eurobonds", "issued ... eurobonds", "issuing ... eurobonds"),
		verb("launch ... eurobonds", "launches ... eurobonds", "launched ... eurobonds", "launching ... eurobonds"),
		verb("price ... offering", "prices ... offering", "priced ... offering", "pricing ... offering"),
		verb("sell ... bonds", "sells ... bonds", "sold ... bonds", "selling ... bonds"),
		verb("sell ... notes", "sells ... notes", "sold ... notes", "selling ... notes"),
		verb("sell ... debt", "sells ... debt", "sold ... debt", "selling ... debt"),
		[]string{"public offering", "secondary offering", "stock offering", "share offering", "debt offering",
			"notes offering", "bond offering", "offering of", "private placement", "convertible notes",
			"convertible debentures", "senior notes", "credit facility", "credit line", "line of credit",
			"revolving credit", "funding round", "series a", "series b", "series c", "series d", "venture funding",
			"rights issue", "rights offer", "rights to subscribe", "files for offering", "filed for offering", "shelf registration", "debt financing",
			"equity financing", "financing", "debentures", "notes due", "eurobond", "bond issue", "raised $", "debt sale",
			"bond sale", "notes offering",
			// Japanese companies' dollar and Swiss franc paper, 1980s wire: "TO ISSUE WARRANT
			// BOND", "bonds with warrants" (wire25). Bare "eurobonds" are rated paper as often
			// ("Also affirmed were the Baa-1 guaranteed Eurobonds"): only issued ones below.
			"warrant bond", "warrant bonds", "bonds with warrants", "bonds with equity warrants",
			"raises $", "offering", "share sale", "stock sale", "at-the-market", "debenture issue", "note issue",
			"public sale of", "share placement", "overnight placement", "placing of",
			// Money raised told by its means: "may raise up to $25 billion through sales of stock
			// and debt", "entered into a $10 billion credit agreement with a group of banks".
			"sales of stock", "sale of stock", "sales of shares", "sale of common stock", "raise up to $",
			"credit agreement", "term loan"},
		// Shares placed with investors: "raised $420 million by placing 15 million new units".
		// Shares sold for money; sold to a named buyer or in another company they change owners
		// (the acquisition's longer phrases: "sold shares to Berkshire", "sold its shares in").
		verb("sell ... shares", "sells ... shares", "sold ... shares", "selling ... shares"),
		// The same told of "stock": "sold $1.5 billion of stock", as headlines put it.
		verb("sell ... stock", "sells ... stock", "sold ... stock", "selling ... stock"),
		verb("place ... new shares", "places ... new shares", "placed ... new shares", "placing ... new shares"),
		// British wire's name for common stock: "placed 10 mln new ordinary shares with
		// institutions at 95 pence" (wire24).
		verb("place ... ordinary shares", "places ... ordinary shares", "placed ... ordinary shares", "placing ... ordinary shares"),
		// Australian wire's placement, shares sold to institutions told by whom they go to:
		// "placed 20 mln shares with institutions", "a placement of 12 mln shares" (wire25).
		// "With" keeps out "placed 2 mln shares in escrow" and a stake placed ("placed its 20
		// pct holding"): a count of shares placed with someone.
		verb("place ... shares with", "places ... shares with", "placed ... shares with", "placing ... shares with"),
		[]string{"placement of ... shares"},
		verb("price ... debt", "prices ... debt", "priced ... debt", "pricing ... debt"),
		verb("price ... notes", "prices ... notes", "priced ... notes", "pricing ... notes"),
		verb("price ... bonds", "prices ... bonds", "priced ... bonds", "pricing ... bonds"),
		verb("borrow ... bond market", "borrows ... bond market", "borrowed ... bond market", "borrowing ... bond market"),
		verb("tap ... bond market", "taps ... bond market", "tapped ... bond market", "tapping ... bond market"),
		verb("place ... new units", "places ... new units", "placed ... new units", "placing ... new units"),
		approxRaised()), // "raised about $1.2 billion" (news31.go)
	events.Contract: join(
		verb("win ... contract", "wins ... contract", "won ... contract", "winning ... contract"),
		verb("award ... contract", "awards ... contract", "awarded ... contract", "awarding ... contract"),
		verb("land ... contract", "lands ... contract", "landed ... contract", "landing ... contract"),
		verb("win ... order", "wins ... order", "won ... order", "winning ... order"),
		verb("receive ... order", "receives ... order", "received ... order", "receiving ... order"),
		verb("receive ... contract", "receives ... contract", "received ... contract", "receiving ... contract"),
		verb("secure ... contract", "secures ... contract", "secured ... contract", "securing ... contract"),
		// Business won told in the plural, often by its total: "has won $5 billion in contracts
		// from AI customers", "landed contracts worth $300 million".
		objectsAfter([]string{"win", "wins", "won", "winning", "land", "lands", "landed", "landing", "secure",
			"secures", "secured", "securing", "sign", "signs", "signed", "signing", "receive", "receives",
			"received", "receiving", "award", "awards", "awarded", "awarding"}, "contracts"),
		// Business won in the verbs of headlines and sports pages (r7): "clinched a $480 million Army
		// contract", "snags order for 40 jets", "bagged a Navy contract".
		objectsAfter([]string{"clinch", "clinches", "clinched", "clinching", "snag", "snags", "snagged", "snagging",
			"nab", "nabs", "nabbed", "nabbing", "bag", "bags", "bagged", "bagging", "score", "scores", "scored",
			"scoring", "capture", "captures", "captured", "capturing"}, "contract", "contracts", "order", "orders"),
		verb("sign ... contract", "signs ... contract", "signed ... contract", "signing ... contract"),
		contractRenewals(), // "extended its contract with Safeway" (news59.go)
		verb("ink ... contract", "inks ... contract", "inked ... contract", "inking ... contract"),
		verb("order ... from", "orders ... from", "ordered ... from", "ordering ... from"),
		verb("place ... order", "places ... order", "placed ... order", "placing ... order"),
		shipsChartered(), ordersGot, // "chartered two of its tankers to an oil trader", "GETS ORDER" (wire27.go)
		[]string{"contract", "contracts", "orders for", "order for", "supply agreement",
			"supply deal",
			// A deal named by the supply it makes: "under a 20-year agreement to supply its
			// power to Microsoft".
			"agreement to supply", "agreements to supply", "deal to supply", "deals to supply", "pact to supply",
			"agreement to deliver", "deal to deliver",
			// ... or by its verb (r9): "agreed to supply chips to OpenAI in a multiyear deal".
			"agree to supply", "agrees to supply", "agreed to supply", "agreeing to supply",
			// Work added to a contract, as the Pentagon's lists name it: "gave Acme a 41.2 mln
			// dlr increase to an existing contract", "a modification to a previously awarded
			// contract" (newswire17). The added value is business won as a new award is.
			"increase to an existing contract", "modification to an existing contract",
			"addition to an existing contract", "increase to a previously awarded contract",
			"modification to a previously awarded contract", "addition to a previously awarded contract",
			// A maker picked to lead a weapons program: "was named prime contractor for the
			// Army's new light helicopter", "the Navy selected it as prime contractor".
			"chosen as prime contractor", "picked as prime contractor"},
		verb("name ... prime contractor", "names ... prime contractor", "named ... prime contractor",
			"naming ... prime contractor"),
		verb("select ... prime contractor", "selects ... prime contractor", "selected ... prime contractor",
			"selecting ... prime contractor"),
		// Business won told by the choice of a supplier: "selected by the Air Force to provide
		// radar maintenance", "picked to power Kestrel Airways' new fleet".
		verb("select ... to provide", "selects ... to provide", "selected ... to provide", "selecting ... to provide"),
		verb("select ... to supply", "selects ... to supply", "selected ... to supply", "selecting ... to supply"),
		verb("select ... to build", "selects ... to build", "selected ... to build", "selecting ... to build"),
		[]string{"picked to supply", "picked to provide", "picked to build", "picked to power", "chosen to supply",
			"chosen to provide", "chosen to build", "chosen to power", "win worth", "a win worth", "charter worth",
			"hired to carry", "hired to build", "hired to supply", "hired to provide", "hired to run"},
		verb("choose ... to build", "chooses ... to build", "chose ... to build", "choosing ... to build"),
		verb("choose ... to supply", "chooses ... to supply", "chose ... to supply", "choosing ... to supply"),
		verb("choose ... to provide", "chooses ... to provide", "chose ... to provide", "choosing ... to provide"),
		verb("award ... to build", "awards ... to build", "awarded ... to build", "awarding ... to build"),
		verb("award ... to supply", "awards ... to supply", "awarded ... to supply", "awarding ... to supply"),
		verb("win ... pact", "wins ... pact", "won ... pact", "winning ... pact"),
		verb("net ... award", "nets ... award", "netted ... award", "netting ... award"),
		verb("win ... award", "wins ... award", "won ... award", "winning ... award"),
		// An award named by the service or agency that gives it is a contract, whatever verb
		// brings it: "has received a 31 mln dlr Army award", "GETS NAVY AWARD".
		[]string{"navy award", "army award", "air force award", "pentagon award", "defense department award",
			"nasa award", "marine corps award", "coast guard award", "navy awards", "army awards",
			"air force awards", "pentagon awards"}),
	events.Legal: join(
		verb("sue", "sues", "sued", "suing"),
		// A court stopping a deal or a practice: "a federal judge blocked its sale to JetBlue".
		verb("judge ... block", "judge ... blocks", "judge ... blocked", "judge ... blocking"),
		verb("court ... block", "court ... blocks", "court ... blocked", "court ... blocking"),
		// ... and in the passive (r9): "Kroger's purchase of Albertsons was blocked by a federal
		// judge".
		verb("blocked by ... judge", "blocked by ... court", "blocked by ... judges"),
		verb("file ... suit", "files ... suit", "filed ... suit", "filing ... suit"),
		verb("file ... lawsuit", "files ... lawsuit", "filed ... lawsuit", "filing ... lawsuit"),
		verb("settle", "settles", "settled", "settling"),
		verb("fine", "fines", "fined", "fining"),
		// A fine or a penalty told by what lands it (news30): "was hit with a $2 billion fine",
		// "slapped with a $200 million penalty", "EU slaps Apple with fine", "imposed a fine on".
		verb("hit with ... fine", "hit with ... fines", "hit with ... penalty", "hit with ... penalties",
			"slapped with ... fine", "slapped with ... penalty", "slapped with ... fines", "slapped with ... penalties",
			"slap ... fine", "slaps ... fine", "slapped ... fine", "slapping ... fine",
			"slap ... penalty", "slaps ... penalty", "slapped ... penalty", "slapping ... penalty",
			"impose ... fine", "imposes ... fine", "imposed ... fine", "imposing ... fine",
			"impose ... penalty", "imposes ... penalty", "imposed ... penalty", "imposing ... penalty"),
		verb("charge", "charges", "charged", "charging"),
		// Charges brought ("the SEC charged Tesla with misleading investors"), a suit received
		// ("was hit with an antitrust lawsuit", "faces a new lawsuit") and an appeal decided:
		// "charged" alone is weak (a price charged), its "with" is not.
		verb("charge ... with", "charges ... with", "charged ... with", "charging ... with"),
		verb("hit ... lawsuit", "hits ... lawsuit", "hit ... suit", "hits ... suit", "hit ... lawsuits"),
		verb("face ... lawsuit", "faces ... lawsuit", "faced ... lawsuit", "facing ... lawsuit",
			"face ... lawsuits", "faces ... lawsuits", "faced ... lawsuits", "facing ... lawsuits"),
		verb("win ... appeal", "wins ... appeal", "won ... appeal", "winning ... appeal",
			"lose ... appeal", "loses ... appeal", "lost ... appeal", "losing ... appeal"),
		verb("order ... to pay", "orders ... to pay", "ordered ... to pay", "ordering ... to pay"),
		verb("plead guilty", "pleads guilty", "pleaded guilty", "pleading guilty"),
		// An accusation by an authority or a suit (ownworks.go drops the others): "the FTC accused
		// Amazon of", "was accused by regulators of".
		verb("accuse ... of", "accuses ... of", "accused ... of", "accusing ... of"),
		[]string{"accused by"},
		[]string{"lawsuit", "lawsuits", "suit", "court", "patent", "patents", "litigation", "settlement",
			"antitrust", "subpoena", "investigation", "infringement", "infringes", "class action", "probe",
			"indicted", "indictment", "verdict", "ruling", "ruled", "injunction", "jury", "penalty",
			"complaint", "guilty plea", "sued by",
			// A regulator's enforcement by agreement: "entered into consent orders with the OCC",
			// "regulators lifted the consent order", "a consent decree with the Justice Department".
			"consent order", "consent orders", "consent decree", "consent decrees",
			// A dispute decided by arbitrators instead of a court: "an arbitration panel awarded
			// it 38 mln dlrs", "arbitrators ruled for the utility" (wire24).
			"arbitration", "arbitrator", "arbitrators",
			// A court's ruling told by what it did to an earlier decision: "the state supreme court
			// upheld a commission order denying it 210 mln dlrs of rate relief" (newswire17's probes).
			"court upheld", "court upholds", "court overturned", "court overturns", "court reversed",
			"court reverses", "court affirmed", "court affirms", "court struck down", "court strikes down",
			"court set aside", "court sets aside"},
		regulatorOrders(), settledQuarrels(), // "ordered the lender to stop issuing cards", "agreed to settle ... claims" (news34.go)
		courtRulings(), penaltiesPaid(), damagesSought(), courtPassives(), // "a federal judge ruled that ...", "will pay $146 million in penalties", "seeks damages", "was found liable" (rulings.go)
		restrictionActs()), // "the Fed lifted the cap on Wells Fargo's assets" (authorityacts.go)
	events.Partnership: join(franchisePacts(), []string{"partnership", "partners with", "partnered", "partner", "alliance", "teams up", "team up", "teaming up",
		"teamed up", "collaboration", "collaborate", "agreement with", "deal with", "joins", "joined", "oem",
		"joint venture", "jointly build", "jointly develop", "jointly produce", "jointly operate",
		"jointly market", "jointly fund", "licensing agreement", "license agreement", "licensing deal", "license deal", "licensing pact", "license pact", "licence pact", "licence agreement", "licensing accord", "marketing agreement", "distribution agreement",
		// A marketing accord in the words wire copy and drug makers use: "SIGNS MARKETING PACT",
		// "to co-promote the drug", "agreed with Acme to market the drug jointly" (newswire17).
		"marketing pact", "marketing accord", "co-marketing", "co-market", "co-promote", "co-promotion",
		"market ... jointly", "markets ... jointly", "marketed ... jointly", "marketing ... jointly",
		"sell ... jointly", "sells ... jointly", "promote ... jointly",
		// Airlines listing each other's flights: "a code-sharing agreement", "list each other's
		// flights under a common code".
		"code-sharing", "code sharing", "codesharing", "code-share", "under a common code",
		// A venture owned together: "will each own half of a refinery", "form a jointly owned company".
		"each own half", "will each own", "form a jointly owned", "formed a jointly owned", "forming a jointly owned", "share the cost", "share the costs", "form ... venture",
		"forms ... venture", "formed ... venture", "forming ... venture", "to form a venture",
		"work together on", "working together on", "work together to", "working together to",
		"worked together to", "works together to", "co-develop", "co-develops", "co-developing", "pair up",
		"pairs up", "paired up", "jointly run",
		// Work two companies agree to do together, told by its verb and "together" or "jointly"
		// after it: "agreed to explore a North Sea block together", "will jointly drill".
		"agreed to ... together", "agree to ... together", "agrees to ... together", "jointly explore",
		"jointly drill", "jointly bid", "agreed to ... jointly", "agree to ... jointly", "agrees to ... jointly",
		// Two companies that strike a deal together: "Intel, Microsoft strike deal to make
		// custom chips" (a deal to buy is the acquisition's, which ranks first).
		"strike deal", "strike a deal", "struck a deal", "strikes deal", "strikes a deal",
		// ... or sign or ink one, named by what it is about: "Oracle and OpenAI sign $300 billion
		// cloud deal".
		"sign ... deal", "signs ... deal", "signed ... deal", "signing ... deal",
		"ink ... deal", "inks ... deal", "inked ... deal", "inking ... deal",
		// Two companies at work on a thing to be made (news33.go keeps only a company after
		// "with"): "is working with Google Cloud to build a chatbot".
		"work with ... to build", "works with ... to build", "worked with ... to build", "working with ... to build",
		"work with ... to develop", "works with ... to develop", "worked with ... to develop", "working with ... to develop",
		"work with ... to create", "works with ... to create", "worked with ... to create", "working with ... to create",
		"work with ... to design", "works with ... to design", "worked with ... to design", "working with ... to design",
		// A release's first step of work together (news32): "signed a memorandum of understanding
		// with Honeywell".
		"memorandum of understanding"}), // franchising deals: news69.go
	// A recall or an outage is news about a company's product or service, as a launch is.
	events.Product: join(verb("recall", "recalls", "recalled", "recalling"),
		verb("knock ... offline", "knocks ... offline", "knocked ... offline", "knocking ... offline"), []string{"launch", "launches", "launched", "release", "releases", "released", "unveil", "unveils",
			"unveiled", "introduces", "introduced", "ships", "shipped", "shipping", "available", "beta", "ported",
			"porting", "port", "preload", "preloaded", "announce its first product", "be available", "generally available", "new version", "rolls out",
			"rolled out", "debuts", "showed", "demonstrated", "demoed", "product", "approval for", "approved the",
			"fda approval", "won approval", "recall of", "outage", "outages", "go-ahead for", "fda nod", "nod for",
			// A regulator's refusal to let a drug on sale (r9): "the FDA rejected Regeneron's
			// high-dose Eylea", "declined to approve", as news of the product as its approval is.
			"fda rejected", "fda rejects", "fda declined to approve", "fda declines to approve",
			"fda refused to approve", "rejected by the fda",
			"goes on sale", "go on sale", "went on sale", "stop using", "hits shelves", "hit shelves",
			// A product reaching buyers: "became available in U.S. stores", "reaches stores".
			"became available", "becomes available", "become available", "reaches stores", "reached stores",
			"reach stores", "arrives in stores", "arrived in stores", "arrive in stores", "in stores on"},
		ordersOpenings(), saleStarts(), // "started taking orders for its R2", "would start selling televisions" (firstsales.go)
		verb("pull ... from stores", "pulls ... from stores", "pulled ... from stores", "pulling ... from stores"),
		verb("pull ... from shelves", "pulls ... from shelves", "pulled ... from shelves", "pulling ... from shelves"),
		// A recall in other words, and an approval to sell: "calls back 310,000 pickups", "cleared
		// its tablet for sale".
		verb("call back", "calls back", "called back", "calling back"),
		verb("clear ... for sale", "clears ... for sale", "cleared ... for sale", "clearing ... for sale"),
		// Models added to a line of products: "has added two models to its line of engineering
		// workstations", "ADDS TO PRINTER FAMILY" (wire21). A bare "to its line of" is left out:
		// "added 50 mln dlrs to its line of credit" is financing.
		verb("add ... models to its", "adds ... models to its", "added ... models to its", "adding ... models to its",
			"add ... to its product line", "adds ... to its product line", "added ... to its product line",
			"adds to ... family", "adds to ... line"),
		regulatorApprovals(),
		// A maker's change of its products' list prices (news54): "will lower the U.S. list
		// prices of several insulin products", "raises list price of growth hormone". An order
		// "valued at list prices" has no verb of changing before it.
		listPriceChanges(),
		// A change of a membership's or subscription's fee (news59): "raises membership fees".
		feeChanges(),
		// A regulator's grounding of a model of aircraft (news60): "the FAA grounded all 737
		// MAX jets".
		groundings(),
		// A regulator's advisers backing a drug, the step before approval that wire copy reports
		// as the drug's news: "an FDA advisory committee recommended approval of Acme's drug",
		// "FDA PANEL BACKS ACME DRUG" (newswire17). A board that recommends approval of a merger
		// is no adviser of a regulator, and a bank advisory committee approves no product.
		panelBacked(),
		// A release's nouns for a product put on sale (news32): "announced the availability of
		// the Forerunner 970", "the general availability of its fleet software", "announces the
		// introduction of"; lines widened ("expanded its lineup with"). The bare "availability of"
		// is left out ("the availability of credit").
		[]string{"announced the availability of", "announces the availability of", "general availability of",
			"announced the introduction of", "announces the introduction of",
			"expands its lineup", "expanded its lineup", "expanding its lineup"}),
	events.Analyst: join([]string{"analyst", "analysts", "upgrade", "upgrades", "upgraded", "downgrade", "downgrades",
		"downgraded", "price target", "rating", "overweight", "underweight", "outperform", "still cheap",
		"initiates coverage", "initiated coverage", "initiating coverage", "starts coverage", "started coverage",
		"begins coverage", "began coverage", "resumes coverage", "resumed coverage", "strong buy", "buy rating", "sell rating", "hold rating",
		// A broker's change of view told as its mood: "after Barlow Securities turns bullish".
		"turns bullish", "turns bearish", "turned bullish", "turned bearish",
		"smart to buy", "says buy", "say buy", "recommends buying", "recommend buying", "time to buy", "stock to buy", "stocks to buy", "reasons to buy", "should you buy",
		"worth buying", "good buy", "to buy now", "cheap to buy", "upgrade to buy", "upgrades ... to buy",
		"upgraded ... to buy", "upgrading ... to buy", "raised ... to buy", "raises ... to buy", "to buy from",
		"rated ... buy", "rates ... buy", "downgraded ... to sell", "downgrades ... to sell", "to sell from",
		"buy from hold", "buy from neutral", "from buy", "raised to buy", "raised to outperform", "cut to sell",
		"lowered to sell", "cut to underperform", "raised to overweight", "cut to underweight", "stock pick", "top pick", "from a buy", "to a buy",
		"to a hold", "to a sell", "recommended list", "buy recommendation", "sell recommendation",
		// Coverage started at a rating: "starts Norton Cloud at buy".
		"at buy", "at a buy", "at sell", "at hold", "at outperform", "at overweight", "at underweight",
		"at neutral", "at underperform", "began covering", "started covering", "begins covering", "starts covering",
		// A rating agency's watch on a company's debt with the direction it looks in: "placed the
		// senior debt of Acme on CreditWatch with negative implications" (wire24). Without the
		// direction the watch is told for a reason, a bid as a rule, and the reason's news was
		// told in its own story (wireratings.go).
		"on creditwatch with", "to creditwatch with"},
		agencyActions(), // "lifted its rating on Ford", "on CreditWatch negative" (agencies.go)
		// A broker moving a stock's rating: "cut Acme to underperform", "lifted Acme to buy".
		// The middle ratings are reached both ways: "raised Acme to neutral" from a sell, "cut
		// Acme to equal weight" from a buy ("hold" only downward: "raised prices to hold margins").
		rerated([]string{"raised", "raises", "raising", "lifted", "lifts", "boosted", "boosts"},
			"buy", "outperform", "overweight", "strong buy", "accumulate",
			"neutral", "equal weight", "equal-weight", "market perform", "sector perform", "sector weight", "peer perform", "in-line"),
		rerated([]string{"cut", "cuts", "cutting", "lowered", "lowers", "lowering"},
			"sell", "underperform", "underweight", "neutral", "hold", "equal-weight", "equal weight", "market perform",
			"sector perform", "sector weight", "peer perform", "in-line", "reduce"),
		// An analyst revising an estimate of a company's results: "cut her 1986 estimate for
		// the airline", "raised their earnings estimates" (newswire17).
		estimateRevised()),

	events.PriceMove: join(
		shares("rose"), shares("fell"), shares("jumped"), shares("dropped"), shares("plunged"), shares("gained"),
		shares("lost"), shares("soared"), shares("tumbled"), shares("climbed"), shares("sank"), shares("slid"),
		shares("surged"), shares("declined"), shares("rallied"), shares("plummeted"), shares("advanced"),
		shares("rise"), shares("fall"), shares("jump"), shares("drop"), shares("rises"), shares("falls"),
		shares("jumps"), shares("drops"), shares("gains"), shares("soar"), shares("soars"), shares("tumble"),
		shares("tumbles"), shares("slump"), shares("slumped"), shares("surge"), shares("surges"),
		shares("climb"), shares("climbs"), shares("sink"), shares("sinks"), shares("slide"), shares("slides"),
		shares("doubled"), shares("halved"), shares("halves"), shares("more than halves"),
		shares("rocketed"), shares("rockets"), shares("skyrocketed"), shares("skyrockets"), shares("cratered"),
		shares("craters"), shares("spiked"), shares("spikes"), shares("tanks"), shares("dived"),
		shares("dove"), shares("dives"), shares("sagged"), news51Moves(), // news51.go
		news107Moves(), // news107.go
		// A move told in market value: "lost 56% of its market value".
		verb("lose ... market value", "loses ... market value", "lost ... market value", "losing ... market value"), shares("tripled"), shares("slipped"), shares("slips"), shares("edged"),
		// A move told as the market value's: "Nvidia's market value rose to $3.34 trillion",
		// "its market capitalization topped $1 trillion" (news16).
		marketValueMoved(),
		marketValueReached(), // "hit $3 trillion in market value" (news84.go)
		mostValuableTaken(),  // "overtook Microsoft as the most valuable company" (news85.go)
		// The rest of the verbs the claims read as a move ("shares dipped 2%", "stock skidded").
		shares("dipped"), shares("dips"), shares("skidded"), shares("slumps"), shares("retreated"),
		shares("rebounded"), shares("rebounds"), shares("leapt"), shares("leaped"), shares("tanked"),
		// "sent the company's shares up 67%", "pushing its stock lower": a cause told as the
		// subject of the move.
		movedBy(),
		// A move told in a clause on the stock: "no reason for the activity in its stock, which has
		// climbed 5-1/4 points this week" (wire21).
		stockWhich("climbed", "risen", "gained", "jumped", "advanced", "fallen", "dropped", "declined", "slid", "lost"),
		// A wire headline's "ACME SHARES UP ON TAKEOVER TALK".
		verb("shares up", "shares down"),
		shares("were up"), shares("were down"), shares("was up"), shares("was down"), shares("are up"),
		shares("are down"), shares("is up"), shares("is down"), shares("hit"), shares("closed"), shares("ended"),
		[]string{"closing at", "closed at", "closes at", "opened at", "opening at", "surpassing", "surpassed",
			"moved up", "moved down", "all-time high", "record high", "still raising", "shares performances",
			"52-week high", "52-week low", "record low"}),
	events.Criticism: {"criticizes", "criticized", "criticises", "criticised", "criticism", "criticizing", "criticising", "slams",
		"slammed", "blasts", "blasted", "attacks", "attacked", "complains", "complained", "faulted", "faults", "rebuked"},
	events.Forecast: {"predicts", "predicted", "predict", "prediction", "predictions", "forecast", "forecasts",
		"projects", "projected", "will have"},
}

// marketNouns name markets other than a company's stock, whose lows and highs are no company's move.
var marketNouns = map[string]bool{"futures": true, "won": true, "yen": true, "mark": true, "sterling": true,
	"bonds": true, "yield": true, "yields": true, "gold": true, "oil": true, "crude": true, "index": true}

// gapWords is the longest gap "..." stands for, not counting the dots of an abbreviation
// ("U.S." is two words of it).
const gapWords = 8

// verb lists a verb phrase in its forms (base, third person, past, gerund), marked "~" as
// verbal: a verb tells a happening by itself, where a noun ("the merger") needs a verb of its own.
// closing lists a verb of closing with each site it closes, in its four forms: "close ...
// plant", "closes ... plant", "closed ... plant", "closing ... plant".
func closing(sites ...string) []string {
	return objectsAfter([]string{"close", "closes", "closed", "closing"}, sites...)
}

// shutting lists "shut" with each site it shuts, in the forms that are not the base's past
// too ("shut ... plant", "shuts ... plant", "shutting ... plant").
func shutting(sites ...string) []string {
	return objectsAfter([]string{"shut", "shuts", "shutting"}, sites...)
}

// officerPosts lists each verb form with the posts at the top after it: "named ... co-chief".
func officerPosts(forms ...string) []string {
	return objectsAfter(forms, "chief", "president", "chairman", "chairwoman", "ceo", "cfo", "coo",
		"co-chief", "co-chairman", "co-chairwoman", "co-chair", "co-ceo", "co-president")
}

// becomingPost lists a form of "become" with the company's post after it, told by a
// possessive and perhaps its order: "become its chief executive", "became the company's
// interim CEO", "becomes its next chairman". A sentence's words keep the apostrophe of a
// possessive apart ("company", "'", "s"), and so does the phrase.
func becomingPost() []string {
	var out []string
	for _, v := range []string{"become", "becomes", "became", "becoming"} {
		for _, owner := range []string{"its", "the company ' s"} {
			for _, order := range []string{"", "next ", "new ", "interim "} {
				for _, post := range []string{"chief executive", "ceo", "chairman", "president", "chief financial officer", "cfo"} {
					out = append(out, v+" "+owner+" "+order+post)
				}
			}
		}
	}
	return verb(out...)
}

// resultsMoved lists a results noun as the subject of a verb of change: "revenue rose",
// "revenues slumped", "sales shrank", "profit doubled". Forms listed before keep their place
// (see listed).
func resultsMoved() []string {
	var out []string
	for _, n := range resultsNouns {
		for _, v := range resultsChanges {
			out = append(out, n+" "+v)
		}
	}
	return verb(out...)
}

// resultsNouns and resultsChanges make the phrases of resultsMoved; resultsAt reads them too.
var (
	resultsNouns   = []string{"revenue", "revenues", "sales", "profit", "profits", "earnings"}
	resultsChanges = []string{"rose", "fell", "increased", "decreased", "climbed", "jumped", "grew",
		"declined", "dropped", "slipped", "surged", "slid", "plunged", "tumbled", "slumped", "soared",
		"sank", "doubled", "tripled", "shrank", "rebounded", "beat", "missed", "topped"}
)

// issuedOutlook lists each giving verb with the outlook nouns after it: "issued ... guidance".
func issuedOutlook(verbs ...string) []string {
	return objectsAfter(verbs, "guidance", "outlook", "forecast")
}

// objectsAfter lists each verb form with each of its objects after a gap, as verb phrases:
// objectsAfter({"close", "closed"}, "plant") is "~close ... plant", "~closed ... plant".
func objectsAfter(forms []string, objects ...string) []string {
	out := make([]string, 0, len(forms)*len(objects))
	for _, f := range forms {
		for _, o := range objects {
			out = append(out, "~"+f+" ... "+o)
		}
	}
	return out
}

func verb(forms ...string) []string {
	out := make([]string, len(forms))
	for i, f := range forms {
		out[i] = "~" + f
	}
	return out
}

// shares lists a move of a stock in the ways news says it: "shares rose", "stock rose", "shares of
// Acme rose", "Acme's stock rose", and a foreign company's receipts in New York, "Novo Nordisk's
// ADRs fell", "the ADRs of the five companies fell", "its American depositary receipts rose".
func shares(v string) []string {
	return verb("shares "+v, "stock "+v, "shares ... "+v, "stock price "+v, "share price "+v, "adrs "+v, "adss "+v,
		"adrs ... "+v, "depositary receipts "+v, "depository receipts "+v) // news96.go
}

// stockWhich lists a stock's move told in a clause that opens on it after a comma: "its stock,
// which has climbed", "the shares, which have fallen".
func stockWhich(participles ...string) []string {
	var out []string
	for _, v := range participles {
		out = append(out, "stock , which has "+v, "shares , which have "+v)
	}
	return out
}

// movedBy lists the verbs that tell news moving a stock, in their forms, each with the stock and
// the direction after its object: "send ... shares up", "pushing ... stock lower".
func movedBy() []string {
	var out []string
	for _, forms := range [][]string{{"send", "sends", "sent", "sending"}, {"push", "pushes", "pushed", "pushing"},
		{"drive", "drives", "drove", "driving"}, {"knock", "knocks", "knocked", "knocking"}} {
		for _, f := range forms {
			for _, stock := range []string{"shares", "stock"} {
				for _, way := range []string{"up", "down", "higher", "lower"} {
					out = append(out, f+" ... "+stock+" "+way)
				}
			}
		}
	}
	return verb(out...)
}

// beatMiss lists "beat ... X", "top ... X" and "miss ... X" in their forms for each measure X,
// with at most the gap's words ("Wall Street's", "analysts' average") between.
func beatMiss(measures ...string) []string {
	var out []string
	for _, x := range measures {
		out = append(out, verb("beat ... "+x, "beats ... "+x, "beating ... "+x, "top ... "+x, "tops ... "+x,
			"topped ... "+x, "topping ... "+x, "miss ... "+x, "misses ... "+x, "missed ... "+x, "missing ... "+x)...)
	}
	return out
}

// sells lists "sell ... X" in a verb's forms for each thing sold.
func sells(things ...string) []string {
	var out []string
	for _, x := range things {
		out = append(out, verb("sell ... "+x, "sells ... "+x, "sold ... "+x, "selling ... "+x)...)
	}
	return out
}

// rerated lists "V ... to R" for each verb of a rating change and each rating it moves to.
func rerated(verbs []string, ratings ...string) []string {
	var out []string
	for _, v := range verbs {
		for _, r := range ratings {
			// The rating in a headline's single quotes too (news30): "cut to 'hold' at Jefferies".
			// (Double quotes, the body's, were tried: in "an analyst at Harbottle, Pine & Co.
			// raised his rating on the stock to \"buy\"" the broker then took the rating.)
			out = append(out, v+" ... to "+r, v+" ... to ' "+r)
		}
	}
	return out
}

// estimateRevised lists an analyst's revision of an estimate told with the analyst's own
// pronoun: a person's "his", "her" or "their" estimate is a forecaster's, where a company's
// "its estimate" of spending or output is often its own plan.
func estimateRevised() []string {
	var out []string
	for _, v := range []string{"cut", "cuts", "cutting", "lowered", "lowers", "lowering", "reduced", "reduces",
		"trimmed", "trims", "raised", "raises", "raising", "boosted", "boosts", "lifted", "lifts", "increased"} {
		for _, who := range []string{"his", "her", "their"} {
			out = append(out, v+" "+who+" ... estimate", v+" "+who+" ... estimates")
		}
	}
	return out
}

// marketValueMoved lists a stock's move told by its market value: the value's names with the
// verbs of a move and of a threshold crossed.
func marketValueMoved() []string {
	var out []string
	for _, value := range []string{"market value", "market capitalization", "market cap", "market valuation"} {
		for _, v := range []string{"rose", "rises", "fell", "falls", "jumped", "jumps", "climbed", "climbs", "dropped",
			"drops", "plunged", "plunges", "soared", "soars", "tumbled", "tumbles", "surged", "surges", "sank",
			"sinks", "slid", "slides", "shrank", "shrinks", "swelled", "topped", "tops", "surpassed", "surpasses",
			"crossed", "crosses", "hit", "hits"} {
			out = append(out, "~"+value+" "+v)
		}
	}
	return out
}

// regulatorApprovals lists a company winning a regulator's approval, told with the regulator
// between the verb and the noun: "won U.S. approval for its weight-loss drug", "receives FDA
// approval", "secured European approval" ("U.S." is four words to the tokenizer). A shareholders' or an antitrust approval is none: the
// words before "approval" name a regulator of what is sold.
func regulatorApprovals() []string {
	var out []string
	// Not "gain", "get" or "obtain": a word that begins a phrase ends a headline's subject in
	// capitals ("LIFFE T-BONDS GAIN ON JOBS DATA" would lose its subject to "GAIN").
	for _, v := range []string{"win", "wins", "won", "winning", "receive", "receives", "received", "receiving",
		"secure", "secures", "secured", "securing"} {
		// "Food and Drug Administration" is how 1980s wire copy names the FDA.
		for _, who := range []string{"u . s .", "fda", "food and drug administration", "european", "eu", "japanese", "chinese"} {
			out = append(out, v+" "+who+" approval", v+" full "+who+" approval", v+" "+who+" marketing approval")
		}
		out = append(out, v+" accelerated approval", v+" conditional approval", v+" full approval", v+" emergency approval")
	}
	return out
}

// panelBacked lists a regulator's advisory panel recommending that a product be approved.
func panelBacked() []string {
	var out []string
	for _, panel := range []string{"advisory committee", "advisory panel", "advisory committees", "advisory panels"} {
		for _, v := range []string{"recommended", "recommends", "recommend", "urged", "urges"} {
			out = append(out, panel+" ... "+v+" approval", panel+" ... "+v+" the approval", panel+" ... "+v+" marketing approval")
		}
	}
	for _, who := range []string{"fda panel", "fda advisers", "fda advisors", "fda committee"} {
		for _, v := range []string{"backs", "backed", "recommends", "recommended", "urges", "endorses", "endorsed", "favors"} {
			out = append(out, who+" "+v)
		}
	}
	return out
}

func join(lists ...[]string) []string { return slices.Concat(lists...) }

// resultTargets lists "V ... R target" for each verb form V and each result R a company sets a
// target for: "boosted its annual sales target", "cut its profit target".
func resultTargets(forms ...string) []string {
	return objectsAfter(forms, "sales target", "revenue target", "profit target", "earnings target", "margin target")
}

// weak triggers name a topic more often than a happening ("IPO documentation", "the product",
// "net sales", "a contract"): they make an event only in a title, or in a sentence that states
// it in a verb of its own (see strongContext).
var weak = map[string]bool{"ipo": true, "ipos": true, "began trading": true, "begin trading": true, "begins trading": true,
	"started trading": true, "above range": true, "above the range": true, "above its range": true,
	"below the range": true, "below its range": true, "top of the range": true, "top of its range": true,
	"bottom of its range": true, "bottom of the range": true, "high end of its range": true,
	"low end of its range": true, "marketed range": true, "in its listing": true, "product": true, "available": true, "port": true,
	"beta": true, "release": true, "partner": true, "quarterly": true, "rating": true, "court": true,
	"patent": true, "patents": true, "results": true, "revenue": true, "revenues": true, "profit": true,
	"profits": true, "earnings": true, "dividend": true, "dividends": true, "contract": true, "contracts": true,
	"jobs": true, "positions": true, "headcount": true, "offering": true, "financing": true, "debentures": true,
	"outlook": true, "guidance": true, "split": true, "suit": true, "complaint": true, "ruling": true,
	"ruled": true, "penalty": true, "jury": true, "payout": true, "payouts": true, "charge": true, "charges": true,
	"charged": true, "fine": true, "fines": true, "earning": true, "earn": true, "earns": true, "warning": true,
	"warn": true, "retire": true, "retired": true, "retiring": true, "hire": true, "hiring": true,
	"replace": true, "replacing": true, "hired": true, "hires": true, "purchase": true, "purchased": true, "acquisitions": true, "probe": true, "writedown": true,
	"write-down": true, "write-off": true, "writeoff": true, "analyst": true,
	"analysts": true, "merging": true, "buying": true, "purchasing": true, "acquiring": true, "div": true,
	"shr": true, "letter of intent": true, "settle": true, "settling": true, "distribution of": true, "results for": true,
	"stock dividend": true, "attacks": true, "sale of": true, "stake": true, "stakes": true, "bid": true, "bids": true,
	// A holding or a rejected offer is news in a headline; in a body it is mostly a state of things
	// ("the city owns 74 pct of the bank") or a labour contract ("rejected the latest offer").
	"has ... pct of": true, "have ... pct of": true, "had ... pct of": true, "holds ... pct of": true,
	"held ... pct of": true, "owns ... pct of": true, "owned ... pct of": true, "has ... percent of": true,
	"have ... percent of": true, "holds ... percent of": true, "owns ... percent of": true,
	"reject ... offer": true, "rejects ... offer": true, "rejected ... offer": true, "rejecting ... offer": true,
	"get ... offer": true, "gets ... offer": true, "got ... offer": true, "getting ... offer": true,
	"receive ... offer": true, "receives ... offer": true, "received ... offer": true, "receiving ... offer": true,
	"began changing hands": true, "begin changing hands": true, "begins changing hands": true,
	"started changing hands": true, "start changing hands": true, "starts changing hands": true,
	"top job": true, "top post": true}

// typeOrder ranks types from the most to the least specific: where a sentence has triggers of
// several types, the earlier type wins ("shares fell after it cut its dividend" is a dividend cut).
var typeOrder = []events.Type{events.IPO, events.Bankruptcy, events.Split, events.Dividend, events.Buyback,
	events.Acquisition, events.Guidance, events.Earnings, events.Restructuring, events.Offering, events.Contract,
	events.Executive, events.Legal, events.Partnership, events.Analyst, events.PriceMove, events.Product,
	events.Criticism, events.Forecast}

type phrase struct {
	typ    events.Type
	words  []string // "..." is a gap
	text   string
	verbal bool
}

// triggers indexes the phrases of the lexicon without a gap by first word; gapped indexes those
// with a gap ("shares ... rose": one word, the gap, the rest) by first word and the word after
// the gap, so that a sentence's "shares" looks up the words that follow it instead of trying a
// hundred phrases. quietTriggers and quietGapped index the phrases that open with a quiet word
// (see quietStarts).
var triggers, gapped, quietTriggers, quietGapped = indexes()

// quietStarts are the first words of phrases that are matched like the others but do not end a
// name in capitals or a headline's subject ("BANK OF BOSTON", "CHARTER CO", "HIGH VOLTAGE
// ENGINEERING", "STOP AND SHOP"): function words and words that names hold, where the phrases
// they open were added after the names' rules.
var quietStarts = wordSet(`about above additional as at below bottom cfo chairman charter chief
	clear conversion converted court-supervised debenture division each end float go-ahead high
	including into layer low marketed nod note now of on overnight payment president select stop
	strategic tie-up work reach reaches reached arrive arrives arrived`)

// indexes builds both pairs of indexes in one pass over the lexicon. Every process builds them
// before its first article: a pass for each pair split every phrase into words twice, and
// looking for a phrase already listed among those of its first word, one by one, made the
// index quadratic in the phrases a word opens ("shares", "to").
func indexes() (m map[string][]phrase, g map[string]map[string][]phrase, qm map[string][]phrase, qg map[string]map[string][]phrase) {
	m, g, qm, qg = map[string][]phrase{}, map[string]map[string][]phrase{}, map[string][]phrase{}, map[string]map[string][]phrase{}
	// A phrase's words follow from its text, so a phrase of the same type and text is one
	// already listed under the same words: the first listing (and whether it is a verb
	// there) stands. The texts are told apart per type, by a map of strings cleared for each
	// (a map keyed by type and text hashed both with the generic hash, 8 M instructions).
	seen := map[string]bool{}
	var words phraseWords
	// The types in a fixed order: a word's phrases are tried in the order listed, and a
	// tie between two triggers goes to the first found, so an order taken from the map would
	// change a sentence's event from one process to the next.
	types := make([]events.Type, 0, len(lexicon))
	for typ := range lexicon {
		types = append(types, typ)
	}
	slices.SortFunc(types, func(a, b events.Type) int {
		if ra, rb := rankOf(a), rankOf(b); ra != rb {
			return ra - rb
		}
		return strings.Compare(string(a), string(b))
	})
	for _, typ := range types {
		list := lexicon[typ]
		clear(seen)
		for _, ps := range [][]string{list, frameLexicon[typ], wireLexicon[typ], toldLexicon[typ], wire29Lexicon[typ]} {
			for _, p := range ps {
				p, verbal := strings.CutPrefix(p, "~")
				if seen[p] {
					continue
				}
				seen[p] = true
				words := words.split(p)
				ph := phrase{typ: typ, words: words, text: p, verbal: verbal}
				tm, tg := m, g
				if quietStarts[words[0]] {
					tm, tg = qm, qg
				}
				if len(words) > 2 && words[1] == "..." {
					if tg[words[0]] == nil {
						tg[words[0]] = map[string][]phrase{}
					}
					tg[words[0]][words[2]] = append(tg[words[0]][words[2]], ph)
					continue
				}
				tm[words[0]] = append(tm[words[0]], ph)
			}
		}
	}
	return m, g, qm, qg
}

// phraseWords splits the lexicon's 7,800 phrases into words at start-up, cutting each phrase's
// words from one shared block instead of a slice per phrase (strings.Fields counted the words
// in a pass of its own, then allocated).
type phraseWords struct{ block []string }

// split returns the words of p as strings.Fields does, in a full slice of the block: appending
// to one phrase's words copies them.
func (pw *phraseWords) split(p string) []string {
	for i := 0; i < len(p); i++ {
		if p[i] >= utf8.RuneSelf {
			return strings.Fields(p) // unicode.IsSpace's other spaces
		}
	}
	if cap(pw.block)-len(pw.block) < len(p)/2+1 { // at most one word in two bytes
		pw.block = make([]string, 0, max(4096, len(p)/2+1))
	}
	start := len(pw.block)
	for i := 0; i < len(p); {
		for i < len(p) && asciiClass[p[i]] == asciiSpace {
			i++
		}
		j := i
		for j < len(p) && asciiClass[p[j]] != asciiSpace {
			j++
		}
		if j > i {
			pw.block = append(pw.block, p[i:j])
		}
		i = j
	}
	return pw.block[start:len(pw.block):len(pw.block)]
}

// shapeFilter is a set of word shapes: a word whose shape is not in it is not in the set of
// words it was made from; one whose shape is may be.
type shapeFilter [1024]uint64

func shapeOf(w string) uint32 {
	h := uint32(w[0])<<16 | uint32(w[len(w)-1])<<8 | uint32(min(len(w), 255))
	return (h * 2654435761) >> 16 // 16 bits of a multiplicative hash
}

func (f *shapeFilter) add(w string) {
	h := shapeOf(w)
	f[h>>6] |= 1 << (h & 63)
}

// mayHold says whether w may be one of the filter's words; the empty word may be.
func (f *shapeFilter) mayHold(w string) bool {
	if w == "" {
		return true
	}
	h := shapeOf(w)
	return f[h>>6]&(1<<(h&63)) != 0
}

// trigger is a trigger phrase found in a sentence: its type and its token range.
type trigger struct {
	typ      events.Type
	from, to int  // token indexes, to exclusive
	gap      bool // the phrase spans a gap
	tail     int  // for a gapped phrase, the token where its words after the gap start
	aside    bool // told as the circumstance of the sentence's main event (see meaning)
	weak     bool
	verbal   bool // a verb phrase
	idiom    bool // a feature title's idiom (featuretitles.go)
}

// notAfterIPO are words that make "IPO" a modifier ("IPO documentation") rather than the offering.
var notAfterIPO = map[string]bool{"documentation": true, "documents": true, "filing": true, "filings": true,
	"prospectus": true, "excitement": true, "market": true, "window": true, "candidate": true}

// gapStops end a gap: a phrase does not reach over a clause ("named a new plant manager. The
// chief ...") or into a list of other items.
var gapStops = map[string]bool{".": true, ";": true, ":": true, "but": true, "which": true,
	"while": true, "after": true, "because": true, "said": true, "says": true}

// initialDot says whether the period at word i closes an initial ("U.S.", "J.P.") or a
// company's abbreviated suffix ("Corp.", "Inc.", "Co."): one letter before it, or a suffix, so
// that it ends no clause and a phrase's gap runs over it ("won a U.S. Army contract", "wins
// $176 million U.S. award", "awarded Halden Corp. a contract", "awarded Halden Inc.'s marine
// unit a contract").
func initialDot(words []string, i int) bool {
	if words[i] != "." || i == 0 {
		return false
	}
	w := words[i-1]
	return len(w) == 1 && w[0] >= 'a' && w[0] <= 'z' || (suffixAbbrevShapes.mayHold(w) && suffixAbbrevs[w])
}

// suffixAbbrevs are the company suffixes written with a period, lower-cased.
var suffixAbbrevs = map[string]bool{"corp": true, "inc": true, "co": true, "cos": true, "ltd": true, "bros": true}

// clauseWordAt is the index of the first word of set among words[from..last], or -1 where none
// comes before a gap stop or a comma ends the phrase.
func clauseWordAt(words []string, from, last int, set map[string]bool) int {
	for j := from; j < len(words) && j <= last; j++ {
		if set[words[j]] {
			return j
		}
		if (gapStopShapes.mayHold(words[j]) && gapStops[words[j]]) || words[j] == "," {
			return -1
		}
	}
	return -1
}

// findTriggers returns every trigger phrase among the word tokens of a sentence. A phrase inside a
// longer phrase of another type is the longer one's word ("buy" in "upgraded to buy", "split" in
// "reverse stock split", "buy" in "upgrades Nike to buy"), not a trigger of its own. Then the
// rules of what a phrase means in its sentence (see meaning) drop or retype triggers.
func findTriggers(words []string) []trigger {
	// The phrases' matches go to a buffer on the stack: only the kept ones, copied to out below,
	// are the sentence's, and growing a new slice from nothing cost every sentence three or four
	// allocations.
	var buf [16]trigger
	all := estimatedFigures(words, authorityRulings(words, priceRecords(words, allTriggers(buf[:0], words)))) // streetnews.go, news41.go, estimates.go
	// Work agreed "together" by one company or as a trade is no venture (wire.go); dropped
	// before the phrase could swallow the sale or purchase inside it.
	all = slices.DeleteFunc(all, func(t trigger) bool {
		return t.typ == events.Partnership && togetherAlone(words, t) || t.typ == events.IPO && ipoOfAnother(words, t) || // ownworks.go
			licensingDealFor(words, t) || // "signs licensing deal for Korean cancer drug": the rights, no company (news54.go)
			soldPartGap(words, t) || dealTrade(words, t) || // "sold its trucks to a dealer group", "merger banker" (lead12.go)
			signedOff(words, t) || duringProcess(words, t) || // "regulators signed off on the deal", "during the restructuring" (lead15.go)
			toBePostOverTrigger(words, all, t) || // "agreed to be bought by Velcor CEO Jane Doe" (news89.go)
			splitReference(words, t) // "traded near $600 before the split took effect" (news93.go)
	})
	out := make([]trigger, 0, len(all)) // all's buffer is this call's; none when all is empty
	for _, t := range all {
		if t.typ == events.Legal && (accountingCharge(words, t) || electricCharge(words, t) || priceCharged(words, t) || // charges.go
			suitSeeks(words, t)) || // rulings.go
			moveOpensCostSharing(all, t) { // "shares slide as outage costs mount" (lead15.go)
			continue
		}
		if !slices.ContainsFunc(all, func(u trigger) bool { return partOf(t, u) }) {
			out = append(out, t)
		}
	}
	out = feedWords(words, framed(words, meaning(words, out))) // meaning reuses out; the feed register's shorthand (feeds.go)
	// References and histories of moves, a spin-off's debut (movereferences.go).
	out = dropBackground(words, out)
	// Weak triggers ("sale of", "distribution of") name a topic and make no event in a body
	// sentence: where only they met it, the sentence is read for argument cues too, so that "the
	// $1.1 billion sale of its coatings division to Marden Paint was completed" is the deal its
	// price and stage make it. A deal told as a cause (see saleAsCause, causeLinked) is no news
	// either: "a distribution of $1 a share, using cash from the sale of its bottling arm".
	strong := func(t trigger) bool {
		return !t.weak && (t.typ != events.Acquisition || !saleAsCause(words, t) && !causeLinked(words, t))
	}
	if !slices.ContainsFunc(out, strong) {
		out = append(out, argumentCues(words)...)
	} else if slices.Contains(words, "and") {
		// A sentence that tells two events may state one in a listed phrase and the other in
		// its arguments: "announced a dividend of 20 cents per share and a $70 billion stock
		// buyback". A cue of a type no strong trigger has, in a part of the sentence joined
		// to the strong triggers by "and", is the second event.
		for _, c := range argumentCues(words) {
			if !slices.ContainsFunc(out, func(t trigger) bool { return strong(t) && (t.typ == c.typ || overlaps(t, c)) }) &&
				joinedByAnd(words, out, c) {
				out = append(out, c)
			}
		}
	}
	// A retailer's sales of a month, however read, are no results (wire27.go).
	return slices.DeleteFunc(out, func(t trigger) bool { return monthlySales(words, t) })
}

func overlaps(a, b trigger) bool { return a.from < b.to && b.from < a.to }

// joinedByAnd says whether cue c and every strong trigger of ts stand on two sides of an "and".
func joinedByAnd(words []string, ts []trigger, c trigger) bool {
	for _, t := range ts {
		if t.weak {
			continue
		}
		lo, hi := c.to, t.from
		if t.to <= c.from {
			lo, hi = t.to, c.from
		}
		if !slices.Contains(words[max(lo, 0):min(hi, len(words))], "and") {
			return false
		}
	}
	return true
}

// argumentCues reads a sentence that no trigger phrase met for the head nouns of an event type with
// the arguments that make them that event, which news tells in more words than any list holds: a
// deal noun ("a transaction", "the sale", "their union") with a price or a stage ("valued at $6
// billion", "that closed on Friday"), a results noun with a period, a figure and a comparison
// ("bottom line for the July-September period shrank to $40 million from $52 million"), a payout
// noun with an amount per share ("a distribution of 30 cents a share"). The noun alone is no
// event ("the deal", "its profit", "the payment" are told of everything), so each must find its
// arguments in its own clause; and only sentences with no trigger are read, so that a listed phrase
// and its rules keep deciding the sentences they know.
func argumentCues(words []string) []trigger {
	for i, w := range words {
		// Most words head no cue: the clause around a word is found only for those that may.
		if w == "" || !cueShapes.mayHold(w) || !cueHeads[w] { // perf8.go
			continue
		}
		from, to := cueClause(words, i)
		var typ events.Type
		switch {
		case (w == "sale" || w == "purchase" || w == "disposal") && dealParty(words, i) && !anyWithin(words, from, to, securityWords) &&
			(priceWithin(words, from, to) || anyWithin(words, from, to, dealStages)):
			typ = events.Acquisition // "Marlow Brands' sale to Kettering for $900 million was completed"
		case dealHeads[w] && !anyWithin(words, from, to, securityWords) &&
			(perShareWithin(words, from, to) || valuedWithin(words, from, to) || w != "union" && anyWithin(words, from, to, dealStages)):
			// "in a transaction that closed on Friday"; a union without a price is as often a labor
			// union's, and a transaction's sum without "valued" or "worth" is a trade's.
			typ = events.Acquisition
		case w == "deal" && perShareWithin(words, from, to):
			typ = events.Acquisition // "a $52-a-share deal": a price per share is paid for a company
		case (resultHeads[w] || w == "line" && i > 0 && words[i-1] == "bottom") && anyWithin(words, from, to, resultPeriods) && amountWithin(words, from, to) &&
			anyWithin(words, from, to, comparisons) && (!anyWithin(words, from, to, expectations) || measuredExpectation(words, from, to)) &&
			!chargedAgainst(words, trigger{from: i, to: i + 1}):
			// "a $35 million charge against second-quarter earnings" is booked against results
			// to come, no comparison of results (foretold.go).
			typ = events.Earnings
		case payoutHeads[w] && perShareWithin(words, from, to) && !anyWithin(words, from, to, dealStages) &&
			!anyWithin(words, from, to, redemptionWords):
			typ = events.Dividend
		case payVerbs[w] && paysHolders(words, i, to):
			typ = events.Dividend // a payout told by its verb: "will pay 34 cts a share on its common stock"
		default:
			continue
		}
		return []trigger{{typ: typ, from: i, to: i + 1}}
	}
	return nil
}

// cueHeads are every word a cue may start at, in one set so that a word costs one probe.
var cueHeads = func() map[string]bool {
	m := wordSet(`sale purchase disposal deal line`)
	for _, set := range []map[string]bool{dealHeads, resultHeads, payoutHeads, payVerbs} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// payVerbs hand money to holders.
var payVerbs = wordSet(`pay pays paying hand hands handing return returns returning`)

// paysHolders says whether the paying verb at i hands holders an amount per share, a payout told
// by its verb: "will pay 34 cts a share on its common stock", "to hand holders $2 a share", "pay
// shareholders 68 cents a share each quarter". "Hand" and "return" need the holders named after
// them; a price paid for something ("will pay $52 a share in cash for Brackley", "paid $30 a share
// for the stake") is a deal's, not a payout.
func paysHolders(words []string, i, to int) bool {
	k := i + 1
	if k < to && holderWords[words[k]] {
		k++
	} else if words[i] != "pay" && words[i] != "pays" && words[i] != "paying" {
		return false
	}
	if !perShareWithin(words, k, min(to, k+5)) || anyWithin(words, max(0, i-12), to, redemptionWords) ||
		anyWithin(words, max(0, i-12), to, mergerWords) || premiumLater(words, to) { // news67.go
		return false // "will pay 30 dlrs a share in the merger" is a deal's price
	}
	for j := k; j < to; j++ {
		switch words[j] {
		case "cash", "premium", "stake", "acquire", "buy", "takeover", "bid", "offer", "tender":
			return false
		case "for":
			// "for the quarter" is a payout's period; "for Brackley", "for the stake" a price.
			if j+1 < to && !resultPeriods[words[j+1]] && words[j+1] != "the" && words[j+1] != "each" {
				return false
			}
			if j+2 < to && words[j+1] == "the" && !resultPeriods[words[j+2]] {
				return false
			}
		}
	}
	return true
}

// redemptionWords make a payout noun part of the price of paper called in ("will redeem its
// preferred stock at 51.17 dlrs per share plus accrued dividends of 74 cts"), not a payout declared.
var redemptionWords = wordSet(`redeem redeems redeemed redemption accrued unpaid arrears`)

var holderWords = wordSet(`holders shareholders stockholders investors owners`)

// cueClause returns the words [from, to) of the clause around word i: at most twelve words either
// side, not across a sentence's or a clause's break.
func cueClause(words []string, i int) (from, to int) {
	from, to = i, i+1
	for from > 0 && from > i-12 && !cueBreak(words[from-1]) {
		from--
	}
	for to < len(words) && to < i+13 && !cueBreak(words[to]) {
		to++
	}
	return from, to
}

func cueBreak(w string) bool {
	return w == "." || w == ";" || w == ":" || isClauseBreak(w) || w == "after"
}

func anyWithin(words []string, from, to int, set map[string]bool) bool {
	return slices.ContainsFunc(words[from:to], func(w string) bool { return set[w] })
}

// allWithin says whether every word of words[from:to] is in set (true for none).
func allWithin(words []string, from, to int, set map[string]bool) bool {
	return !slices.ContainsFunc(words[from:to], func(w string) bool { return !set[w] })
}

// personAuxiliaries stand between a person's name and the verb of leaving or arriving.
var personAuxiliaries = wordSet(`has had have is was will would to abruptly suddenly also`)

// amountWithin says whether a sum of money or a count in millions stands in [from, to): "$40
// million", "2.3 mln dlrs", "31 cts", "84 cents".
func amountWithin(words []string, from, to int) bool {
	for k := from; k < to; k++ {
		if words[k] == "$" || strings.HasPrefix(words[k], "$") && len(words[k]) > 1 {
			return true
		}
		if isNumber(words[k]) && k+1 < to && amountUnits[words[k+1]] {
			return true
		}
	}
	return false
}

// dealParty says whether the sale or purchase at i is one of a party: "its sale", "Acme's sale",
// "the purchase of Acme", "the sale to Acme" ("at the time of sale", "for public sale" are not).
func dealParty(words []string, i int) bool {
	if i+1 < len(words) && (words[i+1] == "of" || words[i+1] == "to" || words[i+1] == "by") {
		return true
	}
	return i > 0 && (possessives[words[i-1]] || words[i-1] == "s" && i > 1 && (words[i-2] == "'" || words[i-2] == "’") || words[i-1] == "'s")
}

// valuedWithin says whether a deal's value is told in [from, to): "valued at $6 billion", "worth
// about 140 mln dlrs".
func valuedWithin(words []string, from, to int) bool {
	for k := from; k < to; k++ {
		if words[k] == "valued" || words[k] == "worth" || words[k] == "values" {
			return amountWithin(words, k+1, to)
		}
	}
	return false
}

// priceWithin is a deal's price: an amount, or a price per share.
func priceWithin(words []string, from, to int) bool {
	return amountWithin(words, from, to) || perShareWithin(words, from, to)
}

// perShareWithin says whether an amount per share stands in [from, to): "30 cents a share", "$52
// per share", "1.3 shares apiece" is not one (no money).
func perShareWithin(words []string, from, to int) bool {
	for k := from + 1; k+1 < to; k++ {
		// A partnership's unit is its share: "an initial 30-ct per unit distribution" (wire17).
		if (words[k] == "a" || words[k] == "per" || words[k] == "each") && (words[k+1] == "share" || words[k+1] == "unit") &&
			(isNumber(words[k-1]) || amountUnits[words[k-1]] || hyphenAmount(words[k-1])) {
			return true
		}
		if strings.HasSuffix(words[k], "-a-share") {
			return true
		}
	}
	return false
}

// hyphenAmount says whether a word is a sum joined to its unit: "30-ct", "15-cent", "2-dlr".
func hyphenAmount(w string) bool {
	n, unit, ok := strings.Cut(w, "-")
	return ok && isNumber(n) && (unit == "ct" || unit == "cent" || unit == "dlr" || unit == "dollar")
}

var (
	// dealHeads are nouns a company deal is told by beside its price or stage ("sale" and
	// "purchase" with a party too); "acquisition", "merger" and "takeover" are trigger phrases of
	// their own, with their own rules.
	dealHeads = wordSet(`transaction union combination tie-up`)
	// securityWords in a deal noun's clause make it a trade of paper or credit: "a share sale",
	// "the sale of 200 mln dlrs of debentures", "the transaction ... a euronote facility".
	securityWords = wordSet(`shares stock bond bonds note notes debt debentures securities paper loan loans
		facility credit warrants options futures`)
	// dealStages are the steps a deal goes through.
	dealStages = wordSet(`closed closes completed completes finalized approved approves cleared clears signed
		sealed seals agreed terms recommended`)
	resultHeads   = wordSet(`profit profits earnings income loss losses revenue revenues sales turnover`)
	resultPeriods = wordSet(`quarter quarters quarterly qtr months half year fiscal period first-half second-half
		first-quarter second-quarter third-quarter fourth-quarter full-year`)
	// comparisons set a result against an earlier one, which is what a report of results does
	// ("had sales of $30 million last year" describes a company, often a deal's target).
	comparisons = wordSet(`from vs vs. versus compared against earlier ago year-ago year-earlier rose fell
		grew shrank jumped dropped declined increased narrowed widened doubled halved up down
		climbed slipped slid surged soared tumbled plunged sank`)
	// expectations make a results noun a forecast or someone's estimate, which guidance's own
	// phrases and rules decide.
	expectations = wordSet(`expects expected expect sees see forecast forecasts projects projected estimate
		estimates estimated outlook target will would could may should analysts consensus guidance`)
	payoutHeads = wordSet(`payout payouts distribution distributions dividend dividends`)
	amountUnits = wordSet(`billion million bln mln dlrs dollars cents cts pence euros`)
)

// partOf says whether trigger t is a word of the longer phrase u of another type: inside it, or
// for a gapped phrase, among its own words (its first word and the words after the gap, not the
// gap's: "Nike" and "buy" of "upgrades Nike to buy" differ).
func partOf(t, u trigger) bool {
	if u.typ == t.typ || u.to-u.from <= t.to-t.from || t.from < u.from || t.to > u.to {
		return false
	}
	if !u.gap {
		return true
	}
	return t.from == u.from && t.to == u.from+1 || t.from >= u.tail
}

// allTriggers appends to out the triggers the words hold: the lexicon's phrases and the rules read
// word by word.
func allTriggers(out []trigger, words []string) []trigger {
	var buf [64]int32
	ids := lexIDs(buf[:0], words)          // the trigger tables' numbers of the words (lexids.go)
	if t, ok := moversHeading(words); ok { // roundups.go
		out = append(out, t)
	}
	// Most words open none of the rules read word by word: each word's part in them is told once
	// (wordRuleBits, xspeed14.go), as itself and as the word after, before any rule's test.
	next := uint8(0)
	if len(words) > 0 {
		next = wordRuleBits(words[0])
	}
	for i := range words {
		here := next
		next = 0
		if i+1 < len(words) {
			next = wordRuleBits(words[i+1])
		}
		if here&wrHere != 0 || next&wrNext != 0 {
			out = wordRules(out, words, i)
		}
		if here&wrIPO != 0 && i+1 < len(words) && lexWords[ids[i+1]].notAfterIPO {
			continue
		}
		lw := &lexWords[ids[i]]
		if lw.consequence {
			if t, ok := consequence(words, i); ok {
				out = append(out, t)
			}
		}
		if lw.frame {
			if t, ok := frameAt(words, i); ok {
				out = append(out, t)
			}
		}
		if lw.bySecond == nil {
			for k, second := range lw.seconds {
				// The phrases are indexed by their first word, words[i] (index; no phrase opens with
				// a gap): matching starts at the second, saving a string comparison for each. Most
				// fail at the second word, told here without a call; lw.seconds holds the second
				// words side by side (xspeed24.go).
				if second != "" && (i+1 >= len(words) || words[i+1] != second) {
					continue
				}
				out = phraseAt(out, words, i, &lw.phrases[k])
			}
		} else {
			// A word of many phrases: only those the next word continues (lexids.go), merged
			// back into the order of phrases.
			open, second := lw.open, []int32(nil)
			if i+1 < len(words) && lw.maySecond(words[i+1]) {
				second = lw.bySecond[words[i+1]]
			}
			for len(open) > 0 || len(second) > 0 {
				var k int32
				if len(second) == 0 || len(open) > 0 && open[0] < second[0] {
					k, open = open[0], open[1:]
				} else {
					k, second = second[0], second[1:]
				}
				out = phraseAt(out, words, i, &lw.phrases[k])
			}
		}
		if next := lw.gapped; next != nil {
			last, plain := i+1+gapWords, i+1+gapWords
			for g := i + 1; g < len(words) && g <= last; g++ {
				if initialDot(words, g) {
					last++ // "U.S." is two words of the gap, not four tokens
					plain++
				} else if words[g] == "," {
					last += appositiveAt(words, g) // "named Jane Doe, a longtime banker, as chief" (lead20.go)
				}
				// Few words go on after a gap: the flag saves probing the head's map with every
				// word of the gap.
				if lexWords[ids[g]].afterGap {
					n := len(out)
					out = gappedAt(out, words, i, g, next[ids[g]])
					if g > plain {
						out = appositiveReach(out, n)
					}
				}
				if lexWords[ids[g]].gapStop && !initialDot(words, g) || words[g] == "," && g+1 < len(words) && (startsVerbPhrase(&lexWords[ids[g+1]]) || headlineClauseVerbs[words[g+1]]) {
					// A comma before a verb of the lexicon, or a headline's verb of saying or
					// foreseeing, opens a clause of its own: "Acme cuts 15% of workforce,
					// suspends dividend" cuts no dividend, "Acme to cut 20,000 jobs, forecasts
					// lower revenue" no forecast.
					break
				}
			}
		}
	}
	return out
}

// wordRules appends to out the triggers of the rules read word by word that word i opens, as
// itself or by the word after it (wordRuleBits says which words may).
func wordRules(out []trigger, words []string, i int) []trigger {
	w := words[i]
	if i+1 < len(words) && words[i+1] == "its" {
		if end := resultRevised(words, i); end > 0 { // lead12.go
			out = append(out, trigger{typ: events.Earnings, from: i, to: end, verbal: true})
		}
	}
	// news103.go: a switch, not the rules' maps, since most words that reach here are neither.
	switch w {
	case "figures", "numbers":
		if from, to := periodFiguresAt(words, i); to > 0 {
			out = append(out, trigger{typ: events.Earnings, from: from, to: to, verbal: true})
		}
	case "got", "gets", "getting", "fetched", "fetches", "fetching", "received", "receives", "receiving", "netted", "nets", "netting",
		"pocketed", "pockets", "pocketing", "obtained", "obtains", "raised", "raises", "raising", "raise", "made", "makes", "making":
		if end := proceedsAt(words, i); end > 0 {
			out = append(out, trigger{typ: events.Acquisition, from: i, to: end, verbal: true})
		}
	}
	if w == "reports" || w == "report" {
		if end := sessionReport(words, i); end > 0 { // roundups.go
			out = append(out, trigger{typ: events.Earnings, from: i, to: end, verbal: true})
		}
	}
	// "20-for-1 split", "1-for-10 reverse stock split": a ratio before a split.
	// The word's length and the next word first: a search of every word for "-for-" cost more
	// than the rule.
	if len(w) >= len("-for-") && i+1 < len(words) && (words[i+1] == "split" || words[i+1] == "stock" || words[i+1] == "reverse" || words[i+1] == "consolidation") && strings.Contains(w, "-for-") {
		out = append(out, trigger{typ: events.Split, from: i, to: i + 2})
	}
	// "sinks to five-year low", "a 10-year high": a stock at the extreme of a span of years.
	// A measure of operations at such an extreme is no stock's: "deliveries sink to 11-year
	// low" (news60.go).
	if (strings.HasSuffix(w, "-year") || strings.HasSuffix(w, "-month")) && i+1 < len(words) && (words[i+1] == "low" || words[i+1] == "high") &&
		!slices.ContainsFunc(words, func(x string) bool { return economyNouns[x] || marketNouns[x] }) && !measureExtreme(words, i) {
		out = append(out, trigger{typ: events.PriceMove, from: i, to: i + 2})
	}
	// "in their first day of trading", "on its first trading day": a listing. Matched here, not
	// in the lexicon, where "first" would begin a phrase and so end names in capitals
	// ("FIRST PRAIRIE BANCORP").
	if w == "first" && i+3 < len(words) && words[i+1] == "day" && words[i+2] == "of" && (words[i+3] == "trading" || words[i+3] == "trade") {
		out = append(out, trigger{typ: events.IPO, from: i, to: i + 4})
	} else if w == "first" && i+2 < len(words) && words[i+1] == "trading" && words[i+2] == "day" {
		out = append(out, trigger{typ: events.IPO, from: i, to: i + 3})
	}
	if w == "dutch" {
		if t, ok := dutchAuctionAt(words, i); ok { // wire27.go
			out = append(out, t)
		}
	}
	// "comparable ... sales", "same-store sales": the word first, as storeSalesAt's call and
	// its trigger's return cost every word more than the rule's own test.
	if w == "comparable" || strings.HasPrefix(w, "same-") {
		if t, ok := storeSalesAt(words, i); ok { // news40.go
			out = append(out, t)
		}
	}
	if w == "revpar" || w == "ffo" || w == "affo" || w == "funds" {
		if t, ok := operatingResultsAt(words, i); ok { // news64.go
			out = append(out, t)
		}
	}
	switch w {
	case "weighs", "drags", "hits", "pressures", "lifts", "boosts", "buoys", "props", "powers", "pulls", "sinks":
		if t, ok := movedNounAt(words, i); ok { // news86.go
			out = append(out, t)
		}
	case "led":
		if t, ok := ledByMoveAt(words, i); ok { // news86.go
			out = append(out, t)
		}
	}
	if (w == "shares" || w == "stock") && i > 0 {
		if t, ok := movedSharesAt(words, i); ok { // news68.go
			out = append(out, t)
		}
		if t, ok := ownStockAt(words, i); ok { // news79.go
			out = append(out, t)
		}
	}
	if w == "gain" || w == "gains" {
		if t, ok := gainOnSale(words, i); ok { // gainsale.go
			out = append(out, t)
		}
	}
	if i+1 < len(words) && words[i+1] == "at" {
		if t, ok := resultsAt(words, i); ok { // ownworks.go
			out = append(out, t)
		} else if t, ok := comparableSalesAt(words, i); ok { // news41.go
			out = append(out, t)
		}
	}
	if i+1 < len(words) && (words[i+1] == "in" || words[i+1] == "for" || words[i+1] == "during") {
		if t, ok := resultsInPeriod(words, i); ok { // lead13.go
			out = append(out, t)
		}
	}
	if i+1 < len(words) && words[i+1] == "of" && (w == "sales" || w == "revenue" || w == "revenues") {
		if t, ok := reportedFigureForPeriod(words, i); ok { // news79.go
			out = append(out, t)
		}
	}
	return out
}

// gappedAt appends to out the triggers of the phrases ps, opened at word i, that go on at word g
// after their gap.
func gappedAt(out []trigger, words []string, i, g int, ps []phrase) []trigger {
	for _, p := range ps {
		rest := p.words[2:]
		if g+len(rest) <= len(words) && equalWords(words[g:g+len(rest)], rest) {
			out = append(out, trigger{typ: p.typ, from: i, to: g + len(rest), gap: true, tail: g, weak: weak[p.text], verbal: p.verbal})
		}
	}
	return out
}

// phraseAt appends to out the trigger of phrase p if it matches words from i, where its first
// word stands.
func phraseAt(out []trigger, words []string, i int, p *phrase) []trigger {
	if end, gap, ok := matchPhrase(words, i+1, p.words[1:]); ok {
		out = append(out, trigger{typ: p.typ, from: i, to: end, gap: gap, weak: weak[p.text], verbal: p.verbal})
	}
	return out
}

// headlineClauseVerbs are a headline's verbs after a comma that the lexicon holds as nouns or not at all:
// each opens the headline's next clause.
var headlineClauseVerbs = wordSet(`forecasts sees expects predicts warns posts reports beats misses tops says names
	lowers reaffirms withdraws`)

// startsVerbPhrase says whether a word begins a verb phrase of the lexicon ("suspends",
// "raises", "to").
func startsVerbPhrase(lw *lexWord) bool {
	for _, p := range lw.phrases {
		if p.verbal {
			return true
		}
	}
	for _, ps := range lw.gapped {
		for _, p := range ps {
			if p.verbal {
				return true
			}
		}
	}
	return false
}

// matchPhrase matches a phrase at word i, returning the end of the match.
func matchPhrase(words []string, i int, p []string) (end int, gap, ok bool) {
	k := i
	for j := 0; j < len(p); j++ {
		if p[j] == "..." {
			gap = true
			next := p[j+1]
			found := false
			last := k + gapWords
			for g := k; g < len(words) && g <= last; g++ {
				if words[g] == next {
					k, found = g, true
					break
				}
				if initialDot(words, g) {
					last++
				} else if gapStopShapes.mayHold(words[g]) && gapStops[words[g]] {
					break
				}
			}
			if !found {
				return 0, false, false
			}
			continue
		}
		if k >= len(words) || words[k] != p[j] {
			return 0, false, false
		}
		k++
	}
	return k, gap, true
}

// nouns are triggers that name a happening rather than tell it: between two triggers of a type,
// the verb is the sentence's news ("As with the Propero acquisition, VMware acquired Determina").
var nouns = map[string]bool{"acquisition": true, "acquisitions": true, "merger": true, "takeover": true,
	"buyout": true, "purchase": true, "ipo": true, "ipos": true, "partnership": true, "alliance": true,
	"collaboration": true, "lawsuit": true, "lawsuits": true, "litigation": true, "settlement": true,
	"earnings": true, "revenue": true, "revenues": true, "criticism": true, "product": true, "release": true,
	"launch": true, "resignation": true, "successor": true}

// better says whether trigger t of words beats best: a more specific type, or at the same type
// a verb over a noun.
func better(t, best trigger, words []string) bool {
	rt, rb := rankOf(t.typ), rankOf(best.typ)
	if t.weak != best.weak {
		return best.weak
	}
	return rt < rb || rt == rb && nouns[words[best.from]] && !nouns[words[t.from]]
}

func rankOf(typ events.Type) int {
	if i := slices.Index(typeOrder, typ); i >= 0 {
		return i
	}
	return len(typeOrder)
}

// mainTrigger picks the best trigger of a sentence; ok is false when there is none.
func mainTrigger(ts []trigger, words []string) (trigger, bool) {
	best, found := trigger{}, false
	for _, t := range ts {
		if !found || better(t, best, words) {
			best, found = t, true
		}
	}
	return best, found
}

// markerIndex indexes status markers by their first word.
func markerIndex(markers [][]string) map[string][][]string {
	m := map[string][][]string{}
	for _, mk := range markers {
		m[mk[0]] = append(m[mk[0]], mk)
	}
	return m
}

// attributionMarkers anywhere in a sentence make all of it unconfirmed: it is told by people who
// are not named.
var attributionMarkers = [][]string{{"people", "familiar"}, {"sources", "say"}, {"sources", "said"},
	{"according", "to", "people"}, {"according", "to", "sources"}, {"is", "said", "to"}, {"are", "said", "to"},
	{"was", "said", "to"}, {"people", "close", "to"},
	// A newspaper's or an agency's report of a plan the company has not told (r9): "is preparing
	// to file for bankruptcy, the Wall Street Journal reported", "according to a report by
	// Reuters". (The outlet's name before "reported"; a company that "reported" tells its own.)
	{"journal", "reported"}, {"times", "reported"}, {"post", "reported"}, {"bloomberg", "reported"},
	{"reuters", "reported"}, {"cnbc", "reported"}, {"news", "reported"}, {"newspaper", "reported"},
	{"agency", "reported"}, {"journal", "reports"}, {"times", "reports"}, {"bloomberg", "reports"},
	{"according", "to", "a", "report"}, {"according", "to", "reports"}, {"according", "to", "media"},
	{"media", "reports"}, {"media", "reported"}}

// An event's status words (forecast, report) are the tagger's: timex.Text.Reading.
var attributionIndex = markerIndex(attributionMarkers)

func hasMarker(words []string, index map[string][][]string) bool {
	for i, w := range words {
		for _, m := range index[w] {
			if i+len(m) <= len(words) && equalWords(words[i:i+len(m)], m) {
				return true
			}
		}
	}
	return false
}

// causeHeads are the results and charges that a sale or purchase gives rise to: "a gain on the
// sale of its unit", "a loss from the proposed sale", "proceeds from the sale", "costs of the
// acquisition". The deal is then the cause of the news, told to explain a figure, not the news.
var causeHeads = map[string]bool{"gain": true, "gains": true, "loss": true, "losses": true, "proceeds": true,
	"charge": true, "charges": true, "writedown": true, "write-down": true, "costs": true, "cost": true,
	"dilution": true, "profit": true}

// causeLinks are the connectives that make a deal the reason for the sentence's news ("placed on
// creditwatch because of its plan to acquire", "costs associated with its purchase of", "the
// ratings reflect the companies' merger", "borrowed to pay for the purchase"): told to explain,
// not told as news.
var causeLinks = [][]string{{"because", "of"}, {"due", "to"}, {"result", "of"}, {"resulting", "from"},
	{"associated", "with"}, {"related", "to"}, {"as", "part", "of"}, {"in", "connection", "with"},
	{"to", "reflect"}, {"reflecting"}, {"stemming", "from"}, {"following"}, {"attributed", "to"}, {"in", "response", "to"},
	// What money raised or borrowed pays for ("sold $500 million of notes to help pay for its
	// purchase of"): the reason for the financing, which is the news.
	{"to", "pay", "for"}, {"to", "help", "pay", "for"}, {"to", "finance"}, {"to", "help", "finance"},
	{"to", "fund"}, {"to", "help", "fund"},
	// Debt that a past deal left ("to repay bank debt incurred in its purchase of Orton Water",
	// "to pay down loans it took on to buy Dalby Oil"): the deal is the debt's history.
	{"incurred", "in"}, {"incurred", "for"}, {"incurred", "to"}, {"took", "on", "to"}, {"taken", "on", "to"},
	{"borrowed", "to"},
	// Loans taken out for a past deal ("to repay loans it took out for its 2022 purchase of
	// Stainforth Coatings", "debt taken out to buy"): news12.
	{"took", "out", "for"}, {"taken", "out", "for"}, {"took", "out", "to"}, {"taken", "out", "to"}}

// causeLinkStarts are the first words of causeLinks: a word that starts none is passed at once.
var causeLinkStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range causeLinks {
		m[c[0]] = true
	}
	return m
}()

// causeLinked says whether one of causeLinks stands at most six words before trigger t, within its
// clause.
func causeLinked(words []string, t trigger) bool {
	for k := t.from - 1; k >= 0 && k >= t.from-7; k-- {
		if words[k] == "," || words[k] == ";" {
			return false
		}
		for _, c := range shapedGet(causeLinkShapes, causeLinksFrom, words[k]) { // perf8.go, xspeed22.go
			if k+len(c) <= t.from && equalWords(words[k:k+len(c)], c) {
				return true
			}
		}
	}
	return false
}

// ownSecurities says whether an offer or a purchase is for the company's own paper: "its" and a
// security after the trigger ("a tender offer for all of its 150 mln dlrs of notes", "an exchange
// offer for any or all of its debentures"), which is a refinancing, not a deal. The security may
// close a long description: "all of its 108,710 issued and outstanding shares of 2.50-dlr
// cumulative convertible preferred stock".
func ownSecurities(words []string, t trigger) bool {
	its := -1
	for k := t.to; k < len(words) && k < t.to+5; k++ {
		if words[k] == "its" {
			its = k
			break
		}
	}
	if its < 0 {
		return false
	}
	for k := its + 1; k < len(words) && k <= its+12; k++ {
		if securities[words[k]] && !pricePerShare(words, k) {
			return true
		}
		if words[k] == "," || words[k] == ";" {
			return false
		}
	}
	return false
}

// securities are a company's paper, which it buys back or exchanges.
var securities = map[string]bool{"notes": true, "debentures": true, "bonds": true, "preferred": true,
	"debt": true, "securities": true, "paper": true, "dlrs": true, "warrants": true}

// ratingBuy says whether "buy" is an analyst's rating, a noun ("a \"buy\" recommendation", "an
// aggressive buy from a hold", "the recommended buys"), not a purchase.
func ratingBuy(words []string, t trigger) bool {
	if w := words[t.from]; w != "buy" && w != "buys" {
		return false
	}
	if t.from > 0 {
		switch words[t.from-1] {
		case "a", "an", "strong", "aggressive", "\"", "recommended", "speculative", "long-term", "short-term",
			"smart", "good", "great", "top":
			return true
		}
	}
	if t.to < len(words) {
		switch words[t.to] {
		case "recommendation", "rating", "list", "\"":
			return true
		}
	}
	return false
}

// attemptBid says whether "bid" is an attempt ("bids to stop the row", "a bid to save the
// accord", "rejected Pfizer's bid to dismiss the suit") or a tender for goods ("accepts bid for
// dairy cattle"), not an offer for a company. The bid ends the trigger, alone or after its verb.
func attemptBid(words []string, t trigger, goods map[string]bool) bool {
	if w := words[t.to-1]; w != "bid" && w != "bids" {
		return false
	}
	if t.to == t.from+1 && t.from > 0 && (words[t.from-1] == "export" || words[t.from-1] == "import") {
		return true
	}
	if t.to < len(words) && words[t.to] == "to" {
		return t.to+1 >= len(words) || !buyVerbs[words[t.to+1]]
	}
	if t.to < len(words) && words[t.to] == "for" {
		for k := t.to + 1; k < len(words) && k <= t.to+4; k++ {
			if goods[words[k]] {
				return true
			}
		}
	}
	return false
}

// fundWords are money a company has, which a sale may have brought in.
var fundWords = wordSet(`cash money funds`)

var buyVerbs = map[string]bool{"buy": true, "acquire": true, "purchase": true, "take": true, "gain": true, "merge": true}

// saleAsCause says whether an acquisition trigger is the object of a result's "on", "from" or
// "of" ("gain on the sale of", "loss from sale", "financing costs of the takeover"), at most three
// words (an article, "proposed", "previously announced") between them, and for "on" and "from" a
// figure between the result and its preposition ("a gain of $500 million on the sale").
func saleAsCause(words []string, t trigger) bool {
	for k := t.from - 1; k >= 0 && k >= t.from-4; k-- {
		switch words[k] {
		case "of":
			return k > 0 && causeHeads[words[k-1]]
		case "on", "from":
			// The figure may stand between: "a gain of $500 million on the sale".
			for j := k - 1; j >= 0 && j >= k-6; j-- {
				if causeHeads[words[j]] {
					return true
				}
			}
			// A longer figure, with its per-share sum and the period it is booked in: "a pretax
			// gain of 6.2 mln dlrs, or 41 cts a share, in the third quarter on the sale" (gainsale.go).
			if h := beforeFigure(words, k-1, 16); h >= 0 && causeHeads[words[h]] {
				return true
			}
			// Money a past sale brought in, spent on the news: "using cash from the sale of its
			// pipelines", "funds from the disposal".
			return words[k] == "from" && k > 0 && fundWords[words[k-1]]
		case "the", "a", "its", "proposed", "planned", "previously", "announced", "previously-announced", "pending", "recent", "unit", "asset", "stake":
			continue
		}
		return false
	}
	return false
}

// resultNouns name a company's own results, which guidance is about.
var resultNouns = map[string]bool{"profit": true, "profits": true, "earnings": true, "loss": true, "losses": true,
	"results": true, "sales": true, "revenue": true, "revenues": true, "net": true, "income": true, "margin": true,
	"margins": true, "eps": true, "shr": true, "outlook": true, "forecast": true, "guidance": true, "year": true,
	"quarter": true, "qtr": true, "1st": true, "2nd": true, "3rd": true, "4th": true, "dividend": true,
	"writedown": true, "charge": true, "deliveries": true, "demand": true, "orders": true,
	"targets": true, "projection": true, "projections": true}

// economyNouns name what governments, central banks and economists forecast.
var economyNouns = map[string]bool{"gdp": true, "gnp": true, "growth": true, "inflation": true, "economy": true,
	"economic": true, "deficit": true, "surplus": true, "exports": true, "imports": true, "output": true,
	"price": true, "prices": true, "dollar": true, "dlr": true, "rates": true, "unemployment": true,
	"trade": true, "budget": true, "protectionism": true, "debt": true, "currency": true, "sentiment": true}

// aboutResults says whether a guidance trigger speaks of a company's results. A warning counts
// with a result in its clause ("warned that revenue would fall short", "warns of loss"), "sees
// higher" and "expects lower" with a result right after ("sees higher 1987 net"); any guidance
// phrase is an economy's forecast when the economy is named near it and no result is ("lowers
// growth forecast", "sees higher gold price", "warns of trade war").
func aboutResults(words []string, t trigger) bool {
	head := words[t.from]
	if t.from > 0 && (words[t.from-1] == "than" || t.from > 1 && words[t.from-1] == "-" && words[t.from-2] == "than") {
		return false // a result measured against one: "earns more than expected", "a stronger-than-expected quarter"
	}
	if pluralNounSubject(words, t) {
		return false // "spending on AI projects squeezed margins": the projects, no projection
	}
	result, economy, year := false, false, false
	for k := t.from; k < len(words) && k < t.to+6; k++ {
		if words[k] == "," || words[k] == ";" || words[k] == "but" {
			break
		}
		result = result || resultNounShapes.mayHold(words[k]) && resultNouns[words[k]] // xspeed22.go
		year = year || yearEndsClause(words, k)
		economy = economy || economyNounShapes.mayHold(words[k]) && economyNouns[words[k]]
	}
	// A year alone stands for the company's results where no economy is named: "SEES HIGHER
	// 1988", not "SEES HIGHER GOLD PRICE FOR 1987".
	result = result || year && !economy
	switch {
	case head == "warn" || head == "warns" || head == "warned" || head == "warning":
		return result
	case standsBy[head]:
		return result // "stood by its projection of $4.2 billion in revenue", not "sticks with its plan"
	case t.to-t.from == 2 && (head == "sees" || head == "expects") && comparedOutlook[words[t.from+1]]:
		return result
	}
	return result || !economy
}

// comparedOutlook follow "sees" and "expects" in a headline's outlook, which needs a result after
// it: "SEES HIGHER 1987 NET", "SEES BETTER 1988", not "SEES BETTER MARKET".
var comparedOutlook = wordSet(`higher lower better improved record`)

// yearEndsClause says whether the word at k is a year that ends its clause, standing for the
// year's results: "SEES HIGHER 1988", "expects a better 1987." ("SEES HIGHER 1988 OIL PRICES"
// goes on to name what it is about).
func yearEndsClause(words []string, k int) bool {
	w := words[k]
	if len(w) != 4 || !(strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) || !isNumber(w) {
		return false
	}
	return k+1 == len(words) || words[k+1] == "," || words[k+1] == "." || words[k+1] == ";"
}

// pluralNounSubject says whether a one-word guidance verb that is also a plural noun
// ("projects", "forecasts", "estimates") is the noun: subject of the past verb after it ("higher
// spending on artificial intelligence projects squeezed margins"), or at the end of its noun
// phrase ("spending on big renovation projects."). After a company's word or a pronoun it is the
// verb ("the company projects increased sales").
func pluralNounSubject(words []string, t trigger) bool {
	if t.to-t.from != 1 || t.from == 0 || t.to >= len(words) || !pluralGuidanceNouns[words[t.from]] {
		return false
	}
	next, prev := words[t.to], words[t.from-1]
	if guidanceSubjects[prev] {
		return false
	}
	// The object of a preposition a word or two before: "interest in rooftop solar projects
	// grows", "spending on home projects holds up". A verb's subject is no preposition's object.
	for k := t.from - 1; k >= 0 && k >= t.from-3 && words[k] != ","; k-- {
		if prepositions[words[k]] {
			return true
		}
	}
	// Before a past verb, or where the noun phrase ends: "spending on big renovation projects.",
	// "projects in Texas", "projects are".
	return len(next) > 4 && strings.HasSuffix(next, "ed") && !resultNouns[next] || nounFollowers[next]
}

// nounFollowers after a plural that is also a verb of guidance show it is the noun.
var nounFollowers = wordSet(`. , ; : ) and or in at for with on from like across are were have had`)

var (
	pluralGuidanceNouns = wordSet(`projects forecasts estimates`)
	guidanceSubjects    = wordSet(`it company firm group management now also still currently which that and`)
)

// standsBy open the guidance phrases that name no result of their own ("stood by its", "sticks
// with", "now sees"): they are guidance only with a result in reach.
var standsBy = map[string]bool{"stood": true, "stands": true, "sticks": true, "stuck": true, "now": true}

// splitBefore and splitAfter are the words right before a stock split's bare "split" ("sets split", "a split", "reverse
// split", "20-for-one split") and right after it ("split approved", "split of its stock"); without
// them "split" is a division ("officials split over the plan", "producer split heats up talks").
var splitBefore = map[string]bool{"the": true, "its": true, "a": true, "stock": true, "share": true, "sets": true,
	"set": true, "approves": true, "approved": true, "declares": true, "declared": true, "plans": true,
	"planned": true, "proposes": true, "proposed": true, "announces": true, "announced": true, "reverse": true,
	"effects": true, "effected": true, "completes": true, "completed": true, "forward": true, "pending": true}
var splitAfter = map[string]bool{"approved": true, "ratio": true, "of": true, "takes": true, "took": true,
	"declared": true, "set": true, "planned": true, "proposal": true, "effective": true}

// stockSplit says whether a split trigger is a split of shares.
func stockSplit(words []string, t trigger) bool {
	if t.to-t.from != 1 || words[t.from] != "split" {
		return true
	}
	return t.from > 0 && (splitBefore[words[t.from-1]] || strings.Contains(words[t.from-1], "-for-") ||
		strings.HasSuffix(words[t.from-1], "-one")) || t.to < len(words) && splitAfter[words[t.to]]
}

// coordinated splits a clause's triggers into the events it coordinates: "raised its dividend by
// 5% and authorized a $70 billion buyback" tells two events, one per side of the "and", where the
// triggers on the two sides are of different types. Triggers of one type joined by "and" ("agreed
// to buy and merge") stay one event, and so does everything without a coordinator between. An
// acquisition trigger never opens a second event: its words ("buy", "sale of", "purchase of")
// also name the trading of notes and assets that financing news coordinates with its main event
// ("to finance the repurchase of notes and to sell two units").
func coordinated(words []string, inTimex []bool, ts []trigger) [][]trigger {
	if len(ts) == 0 {
		return nil // no group: most sentences' subordinate triggers, which cost an allocation each
	}
	if len(ts) < 2 {
		return [][]trigger{ts}
	}
	sorted := slices.Clone(ts)
	slices.SortStableFunc(sorted, func(a, b trigger) int { return a.from - b.from })
	groups := [][]trigger{{sorted[0]}}
	for _, t := range sorted[1:] {
		g := groups[len(groups)-1]
		prev := g[len(g)-1]
		joined := false
		for k := prev.to; k < t.from && k < len(words); k++ {
			// "but" coordinates as "and" does: "reported record revenue, but said growth would
			// slow" tells the results and the outlook.
			if (words[k] == "and" || words[k] == "but" || words[k] == ";" || (concessiveShapes.mayHold(words[k]) && concessives[words[k]]) || news51Joins(words, k) || evenAs(words, k)) && !inTimex[k] { // news40.go, news51.go, news68.go
				joined = true
			}
			// A list of verb phrases: "would cut 15,000 jobs, suspend its dividend and sell a
			// stake" tells each, the comma right before the next verb.
			if words[k] == "," && k == t.from-1 && t.verbal && prev.verbal {
				joined = true
			}
		}
		// One verb's coordinated objects (news23): "cuts its dividend and forecast" tells the
		// payout and the outlook, the "and" between the first phrase's end and the second's.
		if !joined && t.from < prev.to && t.to != prev.to {
			a, b := prev, t
			if b.to < a.to {
				a, b = b, a
			}
			for k := a.to; k < b.to-1; k++ {
				if words[k] == "and" && !inTimex[k] {
					joined = true
				}
			}
		}
		if joined && t.typ != events.Acquisition && !sameTypeIn(g, t) {
			groups = append(groups, []trigger{t})
			continue
		}
		if t.typ == events.PriceMove && prev.typ == events.PriceMove && (otherStock(words, prev.to, t.from) ||
			quoteSized(words, prev.to) && quoteSized(words, t.to) || listedMovers(words, prev, t)) { // news44.go
			// A market report's quotes in a row ("Acme rose 1-1/4 to 36, Beta gained 3/4 to
			// 12-1/2") are as many stocks' moves, a comma between.
			// "Starbucks shares jumped 24.5%, while Chipotle shares fell 7.5%": two stocks' moves.
			groups = append(groups, []trigger{t})
			continue
		}
		groups[len(groups)-1] = append(g, t)
	}
	return groups
}

// otherStock says whether words [from, to) between two price moves open another stock's: a
// coordinator or "while", then a word that no move or count explains ("Chipotle"), as in ",
// while Chipotle shares fell". "rose 5% and then fell" names none.
func otherStock(words []string, from, to int) bool {
	for k := from; k < to && k < len(words); k++ {
		if words[k] == "and" || words[k] == "while" || words[k] == "whereas" || words[k] == "but" {
			for j := k + 1; j < to; j++ {
				if !isNumber(words[j]) && !moveFillers[words[j]] && isWord(words[j]) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// moveFillers stand between a coordinator and a second move of the same stock.
var moveFillers = wordSet(`then later its the stock shares share of also again`)

// chargeGear are the words after "charge" or "charging" that make it electricity, not an
// accusation: "charging stations", "a fast-charging network", "charge times".
var chargeGear = map[string]bool{"station": true, "stations": true, "network": true, "networks": true,
	"port": true, "ports": true, "point": true, "points": true, "speed": true, "speeds": true, "time": true,
	"times": true, "infrastructure": true, "cable": true, "cables": true, "pad": true, "pads": true,
	"capacity": true, "equipment": true, "hubs": true, "hub": true}

// electricCharge says whether a legal trigger at a form of "charge" names charging a battery.
func electricCharge(words []string, t trigger) bool {
	w := words[t.from]
	if t.to != t.from+1 || !strings.HasPrefix(w, "charg") || t.to >= len(words) {
		return false
	}
	return chargeGear[words[t.to]]
}

// chargeBooks are the words before "charge" that make it a cost in the accounts, not an
// accusation: "took a $1.2 billion charge", "will record a non-cash charge".
var chargeBooks = map[string]bool{"take": true, "takes": true, "took": true, "taking": true, "taken": true,
	"record": true, "records": true, "recorded": true, "recording": true, "book": true, "books": true,
	"booked": true, "booking": true, "billion": true, "million": true, "mln": true, "bln": true,
	"one-time": true, "non-cash": true, "noncash": true, "pretax": true, "pre-tax": true, "after-tax": true,
	"impairment": true, "restructuring": true, "special": true, "accounting": true, "quarterly": true}

// accountingCharge says whether a legal trigger at "charge" or "charges" names a cost booked
// against earnings.
func accountingCharge(words []string, t trigger) bool {
	if w := words[t.from]; w != "charge" && w != "charges" {
		return false
	}
	for k := max(0, t.from-4); k < t.from; k++ {
		if chargeBooks[words[k]] || strings.HasPrefix(words[k], "$") {
			return true
		}
	}
	return false
}
