package main

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// storedCounts reads the rows of the tables ingest articles reports on.
func storedCounts(t *testing.T, db string) map[string]int {
	t.Helper()
	r := run(t, db, "", "sql", "--format", "csv", `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM timexes),
		(SELECT count(*) FROM event_mentions), (SELECT count(*) FROM events WHERE origin = 'extracted'), (SELECT count(*) FROM claims)`)
	if r.code != 0 {
		t.Fatalf("%+v", r)
	}
	lines := strings.Split(strings.TrimSpace(r.out), "\n")
	got := map[string]int{}
	for i, f := range strings.Split(lines[len(lines)-1], ",") {
		n, err := strconv.Atoi(f)
		if err != nil {
			t.Fatalf("%q: %v", r.out, err)
		}
		got[[]string{"articles", "timexes", "mentions", "events", "claims"}[i]] = n
	}
	return got
}

var reSummary = regexp.MustCompile(`Stored (\d+) articles? .*: (\d+) timexes, (\d+) event mentions \((\d+) new events\), (\d+) claims`)

// summaryCounts reads the counts of the summary line of ingest articles.
func summaryCounts(t *testing.T, stderr string) map[string]int {
	t.Helper()
	m := reSummary.FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no summary in %q", stderr)
	}
	got := map[string]int{}
	for i, k := range []string{"articles", "timexes", "mentions", "events", "claims"} {
		got[k], _ = strconv.Atoi(m[i+1])
	}
	return got
}

// TestIngestArticlesSummaryCountsRowsStored checks the summary against the tables: an event told
// by several sentences has a mention row for each, and the summary counts rows, not events.
func TestIngestArticlesSummaryCountsRowsStored(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.duckdb")
	files, _ := filepath.Glob(examples + "/articles/*.md")
	note := fixture(t, dir, "note.txt", "VMware files for an IPO\n\nVMware said on August 1, 2007 that it will go public. "+
		"The VMware IPO is set for August 14, 2007. Analysts expect the VMware IPO on August 14, 2007 to be large.\n")
	r := run(t, db, "", append([]string{"ingest", "articles", "--published", "2007-08-02", note}, files...)...)
	if r.code != 0 {
		t.Fatalf("%+v", r)
	}
	sum, stored := summaryCounts(t, r.err), storedCounts(t, db)
	if fmt.Sprint(sum) != fmt.Sprint(stored) {
		t.Fatalf("the summary says %v, the tables hold %v", sum, stored)
	}
	if stored["mentions"] <= stored["events"] {
		t.Fatalf("no event with two mentions to tell events from mentions: %v", stored)
	}
}

// TestIngestArticlesCapsFindingsOfOneArticle feeds an article that repeats a sentence with a date,
// an event and two claims thousands of times: what is stored stops at the caps, with a warning
// that names the article, and the summary says what was stored.
func TestIngestArticlesCapsFindingsOfOneArticle(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "h.duckdb")
	const n = 2500
	sentence := "VMware shares rose 5% to close at $50.00 on August 14, 2007, analysts said. "
	hostile := fixture(t, dir, "hostile.jsonl",
		`{"title": "A repeated note", "published": "2008-01-02", "body": "`+strings.Repeat(sentence, n)+`"}`+"\n"+
			`{"title": "A short note", "published": "2008-01-03", "body": "VMware shares fell 3% on January 2, 2008."}`+"\n")
	r := run(t, db, "", "ingest", "articles", hostile)
	if r.code != 0 {
		t.Fatalf("%+v", r)
	}
	if !strings.Contains(r.err, `hostile.jsonl:1: "A repeated note": more findings than one article can hold: stored the first 2000 of 2500 temporal expressions, the first 1000 of 2500 event mentions, the first 1000 of 5000 claims`) {
		t.Errorf("warning:\n%s", r.err)
	}
	if strings.Contains(r.err, "A short note\": more") {
		t.Errorf("the short note was capped:\n%s", r.err)
	}
	stored := storedCounts(t, db)
	if got := summaryCounts(t, r.err); fmt.Sprint(got) != fmt.Sprint(stored) {
		t.Errorf("the summary says %v, the tables hold %v", got, stored)
	}
	// The short note's findings come on top of the capped ones.
	if stored["timexes"] != extract.MaxTimexes+1 || stored["mentions"] != extract.MaxMentions+1 || stored["claims"] != extract.MaxClaims+1 {
		t.Errorf("stored %v", stored)
	}
	r = run(t, db, "", "sql", "--format", "csv", `SELECT count(*) FROM claims WHERE event_id IS NOT NULL AND event_id NOT IN (SELECT event_id FROM events)`)
	if !strings.HasSuffix(strings.TrimSpace(r.out), "\n0") {
		t.Errorf("claims point at events that were not stored: %s", r.out)
	}
}
