package extract

import "testing"

// TestMarketSlug checks which opening slugs are a market wrap's: one to three capital words, the
// last a market word (or SNAPSHOT after one), glued by a hyphen to the next word.
func TestMarketSlug(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"US STOCKS-Wall St ends lower", "US STOCKS:Wall St ends lower"},
		{"US STOCKS SNAPSHOT-Wall St opens higher", "US STOCKS SNAPSHOT:Wall St opens higher"},
		{"GLOBAL MARKETS-Stocks slide as dollar firms", "GLOBAL MARKETS:Stocks slide as dollar firms"},
		{"EUROPEAN SHARES-Banks lead gains", "EUROPEAN SHARES:Banks lead gains"},
		// Not a market's slug: a name with a hyphen, one word, a spaced dash, a headline in capitals.
		{"COCA-COLA SHARES RISE ON RESULTS", "COCA-COLA SHARES RISE ON RESULTS"},
		{"STOCKS-Wall St ends lower", "STOCKS-Wall St ends lower"},
		{"US STOCKS - Wall St ends lower", "US STOCKS - Wall St ends lower"},
		{"ACME SHARES UP ON TAKEOVER-TALK", "ACME SHARES UP ON TAKEOVER-TALK"},
		{"Stocks making the biggest moves midday", "Stocks making the biggest moves midday"},
	} {
		if got := marketSlug(tc.in); got != tc.want {
			t.Errorf("marketSlug(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
