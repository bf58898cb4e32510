package extract

import "strings"

// places are names of places and public institutions that contain, or are, a company's name or a
// part of one: matched as a whole they keep "Angeles" (a listed company) out of "Los Angeles",
// "Fargo" out of "North Fargo" and "Reserve" out of "Federal Reserve". A company name that is
// longer still wins ("New York Times" over "New York").
var places = []string{
	// US states and territories.
	"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
	"Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
	"Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
	"Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
	"New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
	"Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
	"Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "Puerto Rico",
	// US cities and regions that news names.
	"Los Angeles", "San Francisco", "San Diego", "San Jose", "San Antonio", "Santa Clara",
	"Santa Monica", "Palo Alto", "Silicon Valley", "Las Vegas", "New Orleans", "St. Louis",
	"Saint Louis", "Kansas City", "Salt Lake City", "Oklahoma City", "Fort Worth", "Long Island",
	"Boston", "Chicago", "Houston", "Dallas", "Denver", "Seattle", "Atlanta", "Miami", "Detroit",
	"Phoenix", "Philadelphia", "Pittsburgh", "Cleveland", "Cincinnati", "Minneapolis", "Baltimore",
	"Manhattan", "Brooklyn", "Hollywood", "Wall Street", "Main Street", "Midwest", "New England",
	// Countries and world cities.
	"United States", "United Kingdom", "Great Britain", "Britain", "England", "Scotland", "Ireland",
	"Canada", "Mexico", "Brazil", "Argentina", "Chile", "Peru", "Colombia", "Venezuela", "France",
	"Germany", "West Germany", "East Germany", "West German", "East German", "Italy", "Spain", "Portugal", "Netherlands",
	"Belgium", "Switzerland", "Austria", "Sweden", "Norway", "Denmark", "Finland", "Poland",
	"Russia", "Soviet Union", "China", "Hong Kong", "Taiwan", "Japan", "South Korea", "North Korea",
	"India", "Pakistan", "Indonesia", "Malaysia", "Singapore", "Thailand", "Philippines",
	"Vietnam", "Australia", "New Zealand", "South Africa", "Nigeria", "Egypt", "Israel",
	"Saudi Arabia", "Kuwait", "Iran", "Iraq", "Turkey", "Greece", "London", "Paris", "Tokyo",
	"Frankfurt", "Zurich", "Geneva", "Amsterdam", "Brussels", "Toronto", "Montreal", "Vancouver",
	"Sydney", "Melbourne", "Beijing", "Shanghai", "Seoul", "Mumbai", "Bombay", "Moscow",
	"Middle East", "Latin America", "North America", "South America", "Western Europe",
	"Eastern Europe", "Europe", "Asia", "Africa", "America",
	// Peoples, days and months, which begin companies' names.
	"American", "German", "French", "British", "English", "Japanese", "Chinese", "Canadian",
	"Spanish", "Italian", "Dutch", "Swiss", "Swedish", "Norwegian", "Danish", "Finnish", "Belgian",
	"Australian", "Mexican", "Brazilian", "Korean", "Indian", "Philippine", "Irish", "Scottish",
	"European", "Asian", "African", "Russian", "Soviet", "Israeli", "Arab", "Saudi", "Kuwaiti",
	"Iranian", "Taiwanese", "Pacific", "Atlantic", "Portland", "Monday", "Tuesday", "Wednesday",
	"Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "June",
	"July", "August", "September", "October", "November", "December",
	// Public institutions and markets, whose words are in companies' names.
	"Federal Reserve", "Fed", "White House", "Supreme Court", "Congress", "Senate",
	"European Union", "European Community", "Common Market", "World Bank",
	"International Monetary Fund", "Treasury", "Justice Department", "Commerce Department",
	"Securities and Exchange Commission", "Federal Trade Commission", "New York Stock Exchange",
	"American Stock Exchange", "Stock Exchange", "Dow Jones Industrial Average",
	// The Nasdaq market as a venue or an index is not Nasdaq Inc, the company that runs it.
	"Nasdaq debut", "Nasdaq Composite", "Nasdaq composite", "Nasdaq Composite Index", "Nasdaq Stock Market",
	"Nasdaq listing", "Nasdaq-listed", "Nasdaq 100", "Nasdaq-100",
}

// givenNames are first names that are also companies' names or their first words ("Thomas",
// "Morgan", "Harris" as in Harris Corp is a surname): followed by a capitalized word they begin a
// person's name ("Thomas Jasper"), and neither they nor that word name a company alone. A short
// form of a listing that is a given name ("Kelly" of Kelly Services) needs evidence. The last
// line holds the one-word names of the directory that are common given names ("Dave" of Dave Inc,
// "Dana" of Dana Inc): "succeeding Dave Calhoun" names a person.
var givenNames = map[string]bool{}

func init() {
	for _, n := range strings.Fields(`Alan Albert Alexander Alfred Allen Andrew Ann Anne Anthony Arthur
		Barbara Benjamin Bernard Betty Bill Bob Brian Bruce Carl Carol Catherine Charles Christopher Craig
		Daniel David Dennis Diane Donald Dorothy Douglas Earl Edward Elizabeth Eric Eugene Frank Fred
		Frederick Gary George Gerald Gordon Grace Harold Harry Helen Henry Howard Jack James Jane Janet Jason
		Jean Jeffrey Jerry Jim Joan Joe John Johnson Joseph Joy Judith Karen Kelly Kenneth Kevin Larry Lawrence Lee
		Leonard Linda Louis Margaret Mark Martin Mary Michael Morgan Nancy Norman Patricia Patrick Paul
		Peter Philip Ralph Raymond Richard Robert Roger Ronald Roy Russell Ruth Samuel Sandra Sarah Scott
		Stanley Stephen Steven Susan Thomas Timothy Walter Warren Wayne William Drew Eve Megan Noah Ross
		Rudolph Tyler Vince
		Cameron Dana Dave Marcus Parker
		Tom Mike Steve Chris Matt Dan Tim Andy Josh Joshua Ryan Justin Brandon Kyle Adam Nathan Ben Sam
		Alex Nick Jonathan Jon Greg Gregory Jeff Ken Rob Tony Rick Ron Don Doug Todd Brad Sean Marc
		Jennifer Jessica Lisa Michelle Emily Ashley Amanda Melissa Rebecca Laura Kate Katie Rachel
		Nicole Stephanie Heather Amy Anna Maria Emma Olivia Julie Ellen Kathy Deborah Cynthia Angela
		Pamela Sharon Donna Christine Andrea Julia Claire Jamie Jenny Kathryn Kathleen Matthew Keith
		Neil Colin Ian Simon Graham Stuart Oliver Hugh Lucy Sophie Hannah Chloe`) {
		givenNames[n] = true
	}
}

// placeNames are the places, folded to lower case: a title's unknown name that is one ("Wall
// Street", "Silicon Valley") is no company.
var placeNames = func() map[string]bool {
	m := make(map[string]bool, len(places))
	for _, p := range places {
		m[strings.ToLower(p)] = true
	}
	return m
}()
