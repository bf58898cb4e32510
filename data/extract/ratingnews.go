package extract

// A credit rating agency's action in modern news (see wireratings.go for the wire's): "Moody's
// cuts Intel to Baa1, outlook negative", "S&P revised its outlook on Boeing to negative from
// stable", "Fitch affirms Ford at BBB-; outlook stable", "Moody's places Paramount on review for
// downgrade following its merger agreement with Skydance". The outlook there is the rating's, a
// view of the debt's direction: no guidance of the company's. The agency is the action's source
// as a broker is, and the deal the action names is its reason, no partnership of the agency.

// ratingOutlooks are the directions a rating's outlook takes.
var ratingOutlooks = wordSet(`stable negative positive developing evolving`)

// creditRatingWords name a credit rating in a sentence.
var creditRatingWords = wordSet(`rating ratings rated creditwatch downgrade downgraded downgrades upgrade upgraded upgrades
	affirms affirmed affirm baa1 baa2 baa3 ba1 ba2 ba3 aa1 aa2 aa3 a1 a2 a3 bbb bbb- bbb+ bb bb+ bb- aaa`)

// ratingOutlook says whether guidance trigger t is a credit rating's outlook: "outlook" with a
// direction beside it ("outlook negative", "a stable outlook", "outlook on Boeing to negative"),
// in a sentence that names a rating agency or a rating.
func ratingOutlook(words []string, t trigger) bool {
	at := -1
	for k := t.from; k < t.to && k < len(words); k++ {
		if words[k] == "outlook" || words[k] == "outlooks" {
			at = k
		}
	}
	if at < 0 {
		return false
	}
	directed := at > 0 && ratingOutlooks[words[at-1]]
	for k := at + 1; k < len(words) && k <= at+5 && !directed; k++ {
		if ratingOutlooks[words[k]] {
			directed = true
		}
		if words[k] == "." || words[k] == ";" || words[k] == "," {
			break
		}
	}
	if !directed && !agencyOpens(words) {
		return false
	}
	for k, w := range words {
		if creditRatingWords[w] {
			return true
		}
		if _, ok := ratingAgencyAt(words, k); ok || w == "s&p" || w == "&" && k > 0 && words[k-1] == "s" && k+1 < len(words) && words[k+1] == "p" {
			return true
		}
	}
	return false
}

// agencyOpens says whether a sentence opens on a rating agency, its subject: a wire headline's
// "MOODY'S REVISES OULSTON PIPELINES OUTLOOK", "S/P CHANGES ACME OUTLOOK" tells the rating's
// outlook without its direction (wire24).
func agencyOpens(words []string) bool {
	for k := 0; k < len(words) && k < 3; k++ {
		if _, ok := ratingAgencyAt(words, k); ok {
			return words[k] != "poor" || k == 2
		}
	}
	return false
}

// dealAgreement says whether partnership trigger t is a deal's agreement: "the merger agreement
// with Skydance", "its purchase agreement with the seller". The deal's own trigger tells it.
func dealAgreement(words []string, t trigger) bool {
	return t.from > 0 && words[t.from] == "agreement" && dealAgreementNouns[words[t.from-1]]
}

// dealAgreementNouns name the deal an agreement is for.
var dealAgreementNouns = wordSet(`merger acquisition takeover buyout purchase sale combination`)

// agencyMention says whether company c is named as a rating agency ("Moody's", "Fitch Ratings",
// "S&P Global Ratings"), which acts on another company's rating and is no party to it.
func (s *sentence) agencyMention(c *CompanyMention) bool {
	from, to := s.startIndex(c.Start), s.tokenIndex(c.End)
	for k := from; k < to && k < len(s.words); k++ {
		if _, ok := ratingAgencyAt(s.words, k); ok {
			return true
		}
		if s.words[k] == "s&p" || s.words[k] == "s" && k+2 < len(s.words) && s.words[k+1] == "&" && s.words[k+2] == "p" {
			return to < len(s.words) && !indexFollowers[s.words[to]]
		}
	}
	return false
}

// ratedCompany is the company an agency's action is about: the first company after the agency
// in the sentence that is no agency.
func (s *sentence) ratedCompany(agency *CompanyMention) *CompanyMention {
	for i := range s.companies {
		c := &s.companies[i]
		if c.Start >= agency.End && c.Ticker != "" && c.Ticker != agency.Ticker && !s.agencyMention(c) {
			return c
		}
	}
	return nil
}
