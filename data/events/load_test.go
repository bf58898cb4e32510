package events

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/badinput"
)

func write(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadFileFormats(t *testing.T) {
	tests := []struct{ name, content string }{
		{"a.csv", "date,ticker,type,title\n2007-08-14,VMW,ipo,VMware shares begin trading\n2007-08-15,CTXS,acquisition,\"Citrix to buy XenSource, for $500M\"\n"},
		{"a.json", `[{"date": "2007-08-14", "tickers": ["VMW"], "type": "ipo", "title": "VMware shares begin trading"},
 {"date": "2007-08-15", "ticker": "CTXS", "type": "acquisition", "title": "Citrix to buy XenSource, for $500M"}]`},
		{"a.jsonl", `{"date": "2007-08-14", "ticker": "VMW", "type": "ipo", "title": "VMware shares begin trading"}
{"date": "2007-08-15", "ticker": "ctxs", "type": "acquisition", "title": "Citrix to buy XenSource, for $500M"}
`},
	}
	for _, tt := range tests {
		recs, err := ReadFile(write(t, tt.name, tt.content))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if len(recs) != 2 || recs[1].Tickers[0] != "CTXS" || recs[1].Headline != "Citrix to buy XenSource, for $500M" || recs[0].Granularity != Day || recs[0].Type != "ipo" {
			t.Fatalf("%s: %+v", tt.name, recs)
		}
	}
}

func TestReadFileProblems(t *testing.T) {
	tests := []struct{ name, content, want string }{
		{"dates.csv", "date,ticker,type,title\nAug 14 2007,VMW,ipo,IPO\n", `dates.csv:2: column date: value "Aug 14 2007": dates must be ISO 8601`},
		{"title.csv", "date,ticker,type,title\n2007-08-14,VMW,ipo,\n", `title.csv:2: column title: value "": the title must not be empty`},
		{"type.csv", "date,ticker,type,title\n2007-08-14,VMW,merger,X\n", `type.csv:2: column type: value "merger": type must be one of ipo, acquisition`},
		{"header.csv", "when,ticker,type,title\n2007-08-14,VMW,ipo,X\n", `header.csv:1: column when: value "when": unknown column`},
		{"empty.csv", "", `empty.csv: file is empty`},
		{"bad.json", "[{\"date\": \"2007-08-14\",\n \"type\": }]", `bad.json:2: not a JSON array of event objects`},
		{"line.json", "[\n{\"date\": \"2007-08-14\", \"type\": \"ipo\", \"title\": \"A\"},\n{\"date\": \"2007-8-1\", \"type\": \"ipo\", \"title\": \"B\"}\n]", `line.json:3: column date: value "2007-8-1"`},
		{"ticker.jsonl", `{"date": "2007-08-14", "ticker": "V M W!", "type": "ipo", "title": "A"}` + "\n", `ticker.jsonl:1: column ticker: value "V M W!"`},
	}
	for _, tt := range tests {
		_, err := ReadFile(write(t, tt.name, tt.content))
		var bad *badinput.Error
		if !errors.As(err, &bad) {
			t.Fatalf("%s: err = %v", tt.name, err)
		}
		msg := err.Error()
		if i := strings.Index(msg, tt.name); i > 0 {
			msg = msg[i:]
		}
		if !strings.Contains(err.Error(), tt.want[len(tt.name):]) || !strings.Contains(msg, tt.want) {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, err, tt.want)
		}
	}
}

func TestStoreIsIdempotent(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "t.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	load := func(content string) Summary {
		recs, err := ReadFile(write(t, "e.csv", content))
		if err != nil {
			t.Fatal(err)
		}
		tx, _ := st.DB.BeginTx(ctx, nil)
		s, err := Store(ctx, tx, recs)
		if err != nil {
			t.Fatal(err)
		}
		tx.Commit()
		return s
	}
	file := "date,tickers,type,title,companies\n2007-08-14,VMW;EMC,ipo,VMware IPO,VMware;EMC\n2007-Q3,CTXS,acquisition,Citrix buys XenSource,\n"
	if s := load(file); s.Inserted != 2 {
		t.Fatalf("first load %+v", s)
	}
	if s := load(file); s.Unchanged != 2 || s.Inserted != 0 {
		t.Fatalf("second load %+v", s)
	}
	// The list form eventline's own CSV writes reads back as the same tickers.
	if s := load(strings.Replace(file, "VMW;EMC,ipo", `"[EMC, VMW]",ipo`, 1)); s.Unchanged != 2 {
		t.Fatalf("tickers as a list %+v", s)
	}
	// A release time is part of the event: a study moves t0 by it.
	timed := strings.Replace(strings.Replace(file, "companies\n", "companies,time\n", 1), "VMware;EMC\n", "VMware;EMC,16:30\n", 1)
	timed = strings.Replace(timed, "XenSource,\n", "XenSource,,\n", 1)
	if s := load(timed); s.Updated != 1 || s.Unchanged != 1 {
		t.Fatalf("time added %+v", s)
	}
	if s := load(timed); s.Unchanged != 2 {
		t.Fatalf("same time again %+v", s)
	}
	if s := load(strings.Replace(file, "VMW;EMC,ipo", "VMW,ipo", 1)); s.Updated != 1 || s.Unchanged != 1 {
		t.Fatalf("changed load %+v", s)
	}
	var n, tickers int
	var start, end, companies string
	st.DB.QueryRow(`SELECT count(*) FROM events`).Scan(&n)
	st.DB.QueryRow(`SELECT count(*) FROM event_tickers`).Scan(&tickers)
	st.DB.QueryRow(`SELECT start_date::VARCHAR, end_date::VARCHAR FROM events WHERE date = '2007-Q3'`).Scan(&start, &end)
	st.DB.QueryRow(`SELECT array_to_string(companies, '|') FROM events WHERE type = 'ipo'`).Scan(&companies)
	if n != 2 || tickers != 2 || start != "2007-07-01" || end != "2007-09-30" || companies != "VMware|EMC" {
		t.Fatalf("events %d, tickers %d, quarter %s..%s, companies %q", n, tickers, start, end, companies)
	}
}

// TestStoreManyAndRepeated: a file of thousands of events is stored set-wise (ids in the file's
// order, a second load unchanged, one changed event replaced), and records that repeat a date and
// headline within one file replace each other in turn.
func TestStoreManyAndRepeated(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "t.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	load := func(content string) ([]Record, Summary) {
		t.Helper()
		recs, err := ReadFile(write(t, "e.csv", content))
		if err != nil {
			t.Fatal(err)
		}
		tx, _ := st.DB.BeginTx(ctx, nil)
		defer tx.Rollback()
		s, err := Store(ctx, tx, recs)
		if err != nil {
			t.Fatal(err)
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
		return recs, s
	}
	var b strings.Builder
	b.WriteString("date,tickers,type,title,time\n")
	for i := range 3000 {
		fmt.Fprintf(&b, "2020-01-%02d,T%d;X,earnings,Results %d,%s\n", i%28+1, i, i, []string{"", "16:30"}[i%2])
	}
	file := b.String()
	recs, s := load(file)
	if s.Inserted != 3000 || s.Updated+s.Unchanged != 0 {
		t.Fatalf("first load %+v", s)
	}
	for i := 1; i < len(recs); i++ {
		if recs[i].Event.ID <= recs[i-1].Event.ID {
			t.Fatalf("ids out of the file's order: record %d has %d, record %d has %d", i-1, recs[i-1].Event.ID, i, recs[i].Event.ID)
		}
	}
	if _, s := load(file); s.Unchanged != 3000 {
		t.Fatalf("second load %+v", s)
	}
	changed := strings.Replace(file, "T7;X,earnings", "T7,earnings", 1)
	if _, s := load(changed); s.Updated != 1 || s.Unchanged != 2999 {
		t.Fatalf("one changed %+v", s)
	}
	var events, tickers int
	st.DB.QueryRow(`SELECT count(*) FROM events`).Scan(&events)
	st.DB.QueryRow(`SELECT count(*) FROM event_tickers`).Scan(&tickers)
	if events != 3000 || tickers != 5999 {
		t.Fatalf("%d events, %d tickers stored; want 3000, 5999", events, tickers)
	}
	// The same date and headline twice in one file: the second replaces the first.
	twice := "date,tickers,type,title\n2021-05-03,AAA,ipo,Listing day\n2021-05-03,BBB,ipo,Listing day\n"
	if _, s := load(twice); s.Inserted != 1 || s.Updated != 1 {
		t.Fatalf("repeated record %+v", s)
	}
	var got string
	st.DB.QueryRow(`SELECT string_agg(t.ticker, ';') FROM events e JOIN event_tickers t USING (event_id) WHERE e.headline = 'Listing day'`).Scan(&got)
	if got != "BBB" {
		t.Fatalf("repeated record stored tickers %q, want BBB", got)
	}
}
