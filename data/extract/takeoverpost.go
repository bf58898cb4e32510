package extract

// A post taken over (issue 11 §2, news12): "her deputy will take over the role", "will take over
// the top job in March", "took over the position of chief executive". What is taken over is a
// post, not a company, so it is a succession, as "take over as chairman" is (takeOverAs). A post
// of something that is no office ("take over the role of lead sponsor", "the job of cleaning up
// the site") is left to the rest of the rules.

// postDeterminers may stand before the post taken over.
var postDeterminers = wordSet(`the his her their that this its`)

// postAdjectives may stand between the determiner and the post: "the top job", "the CEO role".
var postAdjectives = wordSet(`top chief ceo cfo coo finance financial executive leadership senior`)

// takeOverPost says whether the words at k, right after "take over", name a post: a determiner, at
// most one adjective of office and a word of topPosts, not followed by "of" unless an officer's
// title comes next.
func takeOverPost(words []string, k int) bool {
	if k >= len(words) || !postDeterminers[words[k]] {
		return false
	}
	k++
	if k < len(words) && postAdjectives[words[k]] {
		k++
	}
	if k >= len(words) || !topPosts[words[k]] {
		return false
	}
	k++
	return k >= len(words) || words[k] != "of" || k+1 < len(words) && officerTitles[words[k+1]]
}
