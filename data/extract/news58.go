package extract

// Rules for three misreads of financial news the last round noticed and left: a company named in
// a relative clause about another, companies given as examples of a warning group, and a town
// before a two-word state's or a country's "-based".

// inRelativeBefore says whether the company whose words start at token k lies in a relative
// clause about the word before it, opened by ", which" or ", whose" and closed by a comma before
// token from, where the main clause's trigger stands: "Fernway Bank, which bought much of Old
// Harbor Bank's business last year, reported a net loss" is Fernway's results, and Old Harbor
// only tells Fernway's history. ("who" is left out: a person's clause names the employer an
// officer's news is about.)
func (s *sentence) inRelativeBefore(k, from int) bool {
	a, after, ok := s.asideAround(k)
	if !ok || s.words[a+1] != "which" && s.words[a+1] != "whose" {
		return false
	}
	return after > k && after <= from
}
