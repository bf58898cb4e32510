package extract_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eventline/eventline/data/articles"
	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/extract"
	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/rows"
)

// TestWriterMergedEvents: an event that later articles of the same ingest merge into is stored
// as merged (date and companies of now, the headline it was first told with, the tickers the
// merges added stamped with the ingest), and one stored by an earlier ingest is updated the same
// way; more events than a flush holds keep their ids in order.
func TestWriterMergedEvents(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "w.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	period := func(v string) events.Period {
		p, err := events.ParsePeriod(v)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	result := func(title, day string, evs ...extract.Event) extract.Result {
		pub, _ := time.Parse("2006-01-02", day)
		for i := range evs {
			evs[i].Type, evs[i].Status = events.Type("acquisition"), extract.Occurred
			evs[i].Mentions = []extract.Mention{{Sentence: title, Start: 0, End: len(title)}}
		}
		return extract.Result{Article: articles.Article{Title: title, Published: pub, Body: title, Format: "text", File: "f"}, Events: evs}
	}
	ingest := func(id int64, rs ...extract.Result) {
		t.Helper()
		err := rows.InTransaction(ctx, st.DB, func(conn *sql.Conn) error {
			w, err := extract.NewWriter(ctx, conn)
			if err != nil {
				return err
			}
			defer w.Discard()
			w.IngestID = id
			for _, r := range rs {
				if err := w.Write(ctx, r); err != nil {
					return err
				}
			}
			return w.Close(ctx)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	// Ingest 7: a month, then the day within it from a later article that names a second
	// company and ticker; then enough unrelated events to pass a flush.
	rs := []extract.Result{
		result("Acme buys Widget", "2007-08-20", extract.Event{Period: period("2007-08"), Headline: "first", Companies: []string{"Acme"}, Tickers: []string{"ACME"}}),
		result("Acme and Widget agree", "2007-08-21", extract.Event{Period: period("2007-08-14"), DateText: "August 14", Headline: "second",
			Companies: []string{"Acme", "Widget"}, Tickers: []string{"ACME", "WDGT"}}),
	}
	for i := range 1200 {
		co := "Co" + strings.Repeat("x", i%7) + string(rune('A'+i%26)) + string(rune('a'+i/26%26))
		rs = append(rs, result("Deal "+co+" "+string(rune('a'+i%26))+string(rune('a'+i/26)), "2007-09-01",
			extract.Event{Period: period("2007-09-01"), Headline: co, Companies: []string{co}}))
	}
	ingest(7, rs...)
	// Ingest 8: the merged event gains a third ticker; a new event of its own.
	ingest(8, result("Acme closes Widget deal", "2007-08-22", extract.Event{Period: period("2007-08-14"), Headline: "third",
		Companies: []string{"Acme"}, Tickers: []string{"ACME", "DEAL"}}))

	var date, gran, headline, companies, tickers string
	var n int
	if err := st.DB.QueryRow(`SELECT e.date, e.granularity, e.headline, array_to_string(e.companies, ','),
			string_agg(t.ticker || ':' || coalesce(t.ingest_id::VARCHAR, '-'), ',' ORDER BY t.ticker), count(*) OVER ()
		FROM events e JOIN event_tickers t USING (event_id) WHERE 'Acme' = ANY(e.companies) GROUP BY ALL`).
		Scan(&date, &gran, &headline, &companies, &tickers, &n); err != nil {
		t.Fatal(err)
	}
	if date != "2007-08-14" || gran != "day" || headline != "first" || companies != "Acme,Widget" ||
		tickers != "ACME:-,DEAL:8,WDGT:7" || n != 1 {
		t.Errorf("merged event: %s %s %q %s %s (%d events)", date, gran, headline, companies, tickers, n)
	}
	var events, lo, hi, mentions int
	if err := st.DB.QueryRow(`SELECT count(*), min(event_id), max(event_id), (SELECT count(*) FROM event_mentions) FROM events`).
		Scan(&events, &lo, &hi, &mentions); err != nil {
		t.Fatal(err)
	}
	if events != 1201 || lo != 1 || hi != 1201 || mentions != 1203 {
		t.Errorf("%d events, ids %d to %d, %d mentions", events, lo, hi, mentions)
	}
}
