package extract

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/eventline/eventline/data/directory"
)

// brands are names that news writes for a listed company and that its listings never carry: a
// brand it trades as (Instacart is Maplebear's), a service that stands for it in headlines
// (WhatsApp, Instagram), and a former name that its symbol left behind (Facebook: Meta
// Platforms' since the ticker changed from FB to META, where the listings, which saw FB last in
// 2018 and META first in 2024, cannot show the change), and a short name the directory cannot
// keep: a word of the dictionary (Meta, Delta), a surname (Disney, Schwab, Goldman), a first
// word of a name the dictionary lists as a proper noun (Walgreens, Exxon), or a name shorter than
// the listing's that ends in no business word (Royal Caribbean, Thermo Fisher). since is the
// first day the name means the listing (empty: as long as the listing holds its symbol). kind
// says how much context the name needs in text: "" none; "short" not inside a longer capitalized
// name ("Roy Disney", "Paris Hilton", "Hilton Grand Vacations" are other things); "common" the
// evidence an ordinary word needs ("Delta said", "Delta shares", not "the Mississippi Delta"). The
// list is kept to the most-reported companies' names with one owner in US business news;
// `ingest aliases` adds the user's own.
var brands = []struct{ alias, listing, since, kind string }{
	{"Instacart", "Maplebear", "2023-09-19", ""},
	{"WhatsApp", "Meta Platforms", "2022-06-09", ""},
	{"Instagram", "Meta Platforms", "2022-06-09", ""},
	{"Facebook", "Meta Platforms", "2022-06-09", ""},
	// The company's own short name, which the directory drops as a word of the dictionary
	// ("meta") that an older listing (Meta Financial Group) also began with.
	{"Meta", "Meta Platforms", "2022-06-09", ""},
	{"Walgreens", "Walgreens Boots Alliance", "", ""},
	{"JPMorgan", "JP Morgan Chase", "", ""},
	{"Citi", "Citigroup", "", ""},
	{"Amex", "American Express", "", ""},
	// The travel manager that licenses American Express's name, which it does not run (news38).
	{"Amex GBT", "Global Business Travel Group", "2022-05-31", ""},
	{"American Express Global Business Travel", "Global Business Travel Group", "2022-05-31", ""},
	{"Pepsi", "PepsiCo", "", ""},
	{"Pepsi", "Pepsico", "", ""},
	{"ExxonMobil", "Exxon Mobil", "", ""},
	{"DuPont", "DuPont de Nemours", "", ""},
	{"Lilly", "Eli Lilly", "", ""},
	{"Royal Caribbean", "Royal Caribbean Cruises", "", ""},
	{"Thermo Fisher", "Thermo Fisher Scientific", "", ""},
	{"Capital One", "Capital One Financial", "", ""},
	{"Fifth Third", "Fifth Third Bancorp", "", ""},
	{"Molson Coors", "Molson Coors Brewing", "", ""},
	{"Molson Coors", "Molson Coors Beverage", "", ""},
	{"AB InBev", "Anheuser-Busch Inbev", "", ""},
	{"Yum Brands", "Yum! Brands", "", ""},
	{"TSMC", "Taiwan Semiconductor Manufacturing", "", ""},
	{"Taiwan Semiconductor", "Taiwan Semiconductor Manufacturing", "", ""},
	{"Warner Bros", "Warner Bros. Discovery", "", ""},
	// Two capitals read as an acronym elsewhere, but as these companies' own names in news.
	{"GM", "General Motors", "", ""},
	{"GE", "General Electric", "", ""},
	{"GE", "GE Aerospace", "", ""},
	{"AspenTech", "Aspen Technology", "", ""},
	{"Wabtec", "Westinghouse Air Brake Technologies", "", ""},
	{"Super Micro", "Super Micro Computer", "", ""},
	{"Supermicro", "Super Micro Computer", "", ""},
	// Airlines news names by the carrier, whose holding company is the listing.
	{"Hawaiian Airlines", "Hawaiian Holdings", "", ""},
	{"Alaska Airlines", "Alaska Air Group", "", ""},
	{"Disney", "Walt Disney", "", "short"},
	{"Emerson", "Emerson Electric", "", "short"},
	{"Schwab", "Charles Schwab", "", "short"},
	{"Exxon", "Exxon Mobil", "", "short"},
	{"Goldman", "Goldman Sachs Group", "", "short"},
	{"Tyson", "Tyson Foods", "", "short"},
	{"Marriott", "Marriott International", "", "short"},
	{"Hilton", "Hilton Worldwide Holdings", "", "short"},
	{"Kraft", "Kraft Heinz", "", "short"},
	{"Colgate", "Colgate-Palmolive", "", "short"},
	{"Lockheed", "Lockheed Martin", "", "short"},
	{"Northrop", "Northrop Grumman", "", "short"},
	{"Occidental", "Occidental Petroleum", "", "short"},
	{"Gilead", "Gilead Sciences", "", "short"},
	{"Carlyle", "Carlyle Group", "", "short"},
	{"Hormel", "Hormel Foods", "", "short"},
	{"Campbell", "Campbell Soup", "", "short"},
	{"Berkshire", "Berkshire Hathaway", "", "short"},
	// The Dutch company's listing keeps its royal style ("Koninklijke Philips"), which news drops.
	{"Philips", "Koninklijke Philips", "", "short"},
	// The bank's consumer arm, once Chase Corp (CCF), a coatings maker, was taken private.
	{"Chase", "JP Morgan Chase", "2023-11-16", "common"},
	{"Coke", "Coca-Cola", "", "common"},
	{"Charter", "Charter Communications", "", "common"},
	{"Paramount", "Paramount Global", "2022-02-16", "common"},
	{"Delta", "Delta Air Lines", "", "common"},
	{"Southwest", "Southwest Airlines", "", "common"},
	{"Booking", "Booking Holdings", "", "common"},
	{"Discover", "Discover Financial Services", "", "common"},
	{"Ally", "Ally Financial", "", "common"},
	{"Micron", "Micron Technology", "", "common"},
	{"Lucid", "Lucid Group", "", "common"},
	{"Zoom", "Zoom Video Communications", "", "common"},
	{"Arm", "Arm Holdings", "2023-09-14", "common"},
	{"Circle", "Circle Internet Group", "2025-06-05", "common"},
}

// addBrands adds to a recognizer of listings the names news uses that the listings lack: the
// brands above, and a company's initials where they are its symbol ("UPS" for United Parcel
// Service, "AMD" for Advanced Micro Devices), a short form read only in capitals inside
// ordinary text. Three letters at least: two-letter initials are too often something else.
func (c *Companies) addBrands(dir *directory.Directory) {
	byName := map[string]string{}
	for _, b := range brands {
		byName[b.listing] = b.listing
	}
	for i := range dir.Listings {
		l := &dir.Listings[i]
		if l.Fund {
			continue
		}
		co := Company{Name: l.Name, Ticker: l.Symbol, Exchange: l.Exchange}
		if len(l.Symbol) >= 3 && isNameInitials(l.Name, l.Symbol) {
			c.add(l.Symbol, entry{Company: co, source: SourceDirectory, listing: l, short: true})
		}
		if rest, ok := strings.CutPrefix(l.Name, "United States "); ok && rest != "" {
			// News writes the country short in a company's name: "U.S. Steel", "U.S. Cellular",
			// "U.S. Lime & Minerals" for the listings' "United States ...".
			c.add("U.S. "+rest, entry{Company: co, source: SourceDirectory, listing: l, brand: true, alias: "U.S. " + rest})
		}
		if _, ok := byName[l.Name]; !ok {
			continue
		}
		for _, b := range brands {
			if b.listing != l.Name {
				continue
			}
			var since directory.Day
			if t, err := time.Parse(time.DateOnly, b.since); err == nil {
				since = directory.DayOf(t)
			}
			e := entry{Company: co, source: SourceDirectory, listing: l, brand: true, alias: b.alias,
				short: b.kind == "short", common: b.kind == "common"}
			c.bound(c.add(b.alias, e), since, 0)
		}
	}
}

// nameInitials returns the first letters of a name's capitalized words, when it has three
// words or more ("United Parcel Service" is "UPS"; "of" and "&" are passed over).
func nameInitials(name string) string {
	words := strings.Fields(name)
	if len(words) < 3 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// outsideBounds says whether day is outside the days an entry names its listing: a bounded short
// form's, or a brand's from its first day. A zero day is today, as for the listings.
func (c *Companies) outsideBounds(id int32, day time.Time) bool {
	b, ok := c.bounded[id]
	if !ok {
		return false
	}
	if day.IsZero() {
		return b[1] != 0
	}
	d := directory.DayOf(day)
	return b[0] != 0 && d < b[0] || b[1] != 0 && d > b[1]
}
