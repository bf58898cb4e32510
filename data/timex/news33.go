package timex

// sayingParticiples open, after a comma, what the subject said of its act: "cut its forecast
// on Tuesday, saying it now expected a loss", "raised the dividend Monday, adding that sales
// would grow". Their verbs are the statement's, not the act's.
var sayingParticiples = map[string]bool{"saying": true, "adding": true, "noting": true, "explaining": true,
	"arguing": true, "warning": true, "stating": true}

// sayingAfter reports whether token k, after a date, is a comma before a participle of saying:
// the verbs that follow tell what was said, as those after "that" do, and govern no date before
// the comma.
func (m *matcher) sayingAfter(k int) bool {
	return m.punct(k, ",") && k+1 < len(m.toks) && m.toks[k+1].kind == kWord && m.toks[k+1].in(sSayingParticiples)
}
