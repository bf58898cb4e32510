package prices

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/eventline/eventline/internal/badinput"
	"github.com/eventline/eventline/internal/shared"
)

// Real Yahoo universes have quirks that the rules must take in stride: file names where the
// vendor wrote '_' for '^', opening prices of 0 meaning "unknown", placeholder rows of null.

func TestIngestUnderscoreFileName(t *testing.T) {
	db := openStore(t)
	dir := t.TempDir()
	p := writeFile(t, dir, "_prn.csv", yahooHeader+"2007-08-15,25.4,25.6,25.4,25.6,23.2,16300\n")
	q := writeFile(t, dir, "^gspc.csv", yahooHeader+"2007-08-15,1,2,0.5,1.5,1.5,100\n")
	s, err := Ingest(context.Background(), db, Options{Paths: []string{p, q}})
	if err != nil {
		t.Fatal(err)
	}
	if s.Inserted != 2 {
		t.Fatalf("summary %+v", s)
	}
	var tickers string
	db.QueryRow(`SELECT string_agg(ticker, ',' ORDER BY ticker) FROM prices`).Scan(&tickers)
	if tickers != "GSPC,PRN" {
		t.Fatalf("tickers %q", tickers)
	}
}

func TestIngestYahooOpenZero(t *testing.T) {
	tests := []struct {
		name, file, content string
		lenient             bool
		inserted, repaired  int64
		rejected            int64
		want                string // a problem the error or ingest_rejects must hold
		nullOpens           int
		nullHighs, nullLows int
	}{
		{name: "yahoo zero open is unknown", file: "PG.csv", content: yahooHeader +
			"1962-01-02,0.000000,0.6,0.59,0.598,0.1,100\n" + // high, low and close agree without the open
			"1962-01-03,0,0.6,0.6,0.6,0.1,100\n" + // a flat day: high = low = close
			"1962-01-04,0.59,0.6,0.58,0.59,0.1,100\n",
			inserted: 3, repaired: 2, nullOpens: 2},
		// Yahoo's high or low on the wrong side of the close, on a day without an open, is no day's
		// range: it becomes NULL and the close is kept.
		{name: "yahoo zero open with high below the close", file: "BAC.csv", content: yahooHeader +
			"1980-06-05,0,1.84375,1.8125,1.8125,0.56,40800\n" +
			"1980-06-06,0,1.84375,1.828125,1.8125,0.56,40800\n" + // low above the close
			"1980-06-09,0,1.80,1.79,1.8125,0.56,40800\n", // high below the close
			inserted: 3, repaired: 3, nullOpens: 3, nullHighs: 1, nullLows: 1},
		{name: "yahoo zero open with low above high is still refused", file: "PG.csv", content: yahooHeader +
			"1968-07-18,0,1.49,1.48,1.48,0.3,100\n1968-07-19,0,1.484375,1.492188,1.496094,0.3,100\n",
			want: `PG.csv:3: column Low: value "1.492188": low is above high (1.484375)`},
		{name: "lenient counts the repaired rows that load", file: "PG.csv", lenient: true, content: yahooHeader +
			"1968-07-18,0,1.49,1.48,1.48,0.3,100\n1968-07-19,0,1.484375,1.492188,1.496094,0.3,100\n1968-07-22,0,1.5,1.48,0,0.3,100\n",
			inserted: 1, repaired: 1, rejected: 2, nullOpens: 1,
			want: `PG.csv:4: column Close: value "0": prices must be positive`},
		{name: "a zero open outside yahoo format breaks the rule", file: "X.csv", content: "Date,Open,High,Low,Close,Volume\n2007-08-15,0,2,0.5,1.5,100\n",
			want: `X.csv:2: column Open: value "0": prices must be positive`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openStore(t)
			dir := t.TempDir()
			p := writeFile(t, dir, tt.file, tt.content)
			s, err := Ingest(context.Background(), db, Options{Paths: []string{p}, Lenient: tt.lenient})
			if tt.want != "" && !tt.lenient {
				var bad *badinput.Error
				if !errors.As(err, &bad) || !strings.Contains(err.Error(), tt.want) {
					t.Fatalf("err = %v, want %q", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if s.Inserted != tt.inserted || s.Repaired != tt.repaired || s.Rejected != tt.rejected || s.Files[0].Repaired != tt.repaired {
				t.Fatalf("summary %+v", s)
			}
			var nulls, zeros, highs, lows int
			err = db.QueryRow(`SELECT count(*) FILTER (open IS NULL), count(*) FILTER (open = 0), count(*) FILTER (high IS NULL),
				count(*) FILTER (low IS NULL) FROM prices`).Scan(&nulls, &zeros, &highs, &lows)
			if err != nil {
				t.Fatal(err)
			}
			if nulls != tt.nullOpens || zeros != 0 || highs != tt.nullHighs || lows != tt.nullLows {
				t.Fatalf("%d NULL opens, %d zero opens, %d NULL highs, %d NULL lows", nulls, zeros, highs, lows)
			}
			var ids int
			db.QueryRow(`SELECT count(DISTINCT ingest_id) FROM prices`).Scan(&ids)
			if ids != 1 {
				t.Fatalf("%d ingest ids", ids)
			}
			if tt.want != "" {
				var msgs string
				db.QueryRow(`SELECT string_agg(message, '\n') FROM ingest_rejects`).Scan(&msgs)
				if !strings.Contains(strings.ReplaceAll(msgs, dir+string(filepath.Separator), ""), tt.want) {
					t.Fatalf("rejects lack %q:\n%s", tt.want, msgs)
				}
			}
		})
	}
}

func TestIngestVolumeMustBeWhole(t *testing.T) {
	tests := []struct{ name, content, want string }{
		{"fractional volume", yahooHeader + "2007-08-15,52,59,51,57,47,100\n2007-08-16,52,59,51,57,47,1416.59\n",
			`X.csv:3: column Volume: value "1416.59": volume must be a whole number`},
		// A header with Volume and Adj Close swapped reads adjusted closes as volumes.
		{"volume and adj close swapped", "Date,Open,High,Low,Close,Volume,Adj Close\n2007-08-15,52,59,51,57,47.94,10678500\n",
			`X.csv:2: column Volume: value "47.94": volume must be a whole number`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openStore(t)
			dir := t.TempDir()
			before := storeGoodRow(t, db, dir)
			p := writeFile(t, dir, "X.csv", tt.content)
			_, err := Ingest(context.Background(), db, Options{Paths: []string{p}})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
			if after := snapshot(t, db); after != before {
				t.Errorf("database changed by a failed ingest")
			}
			s, err := Ingest(context.Background(), db, Options{Paths: []string{p}, Lenient: true})
			if err != nil {
				t.Fatal(err)
			}
			var msg string
			db.QueryRow(`SELECT message FROM ingest_rejects WHERE ingest_id = ?`, s.IngestID).Scan(&msg)
			if !strings.Contains(msg, tt.want) {
				t.Fatalf("reject %q, want %q", msg, tt.want)
			}
		})
	}
}

// --lenient leaves out a file it cannot read and loads the others; strict refuses the batch.
func TestIngestLenientSkipsBadFiles(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "GOOD.csv", yahooHeader+"2007-08-15,52,59,51,57,47,100\n")
	prn := writeFile(t, dir, "_PRN.csv", yahooHeader+"2007-08-15,25,26,25,26,23,100\n")
	writeFile(t, dir, "EMPTY.csv", "")
	writeFile(t, dir, "EXTRA.csv", "Date,Close,Dividends\n2007-08-15,5,0\n")
	writeFile(t, dir, "-BAD.csv", yahooHeader+"2007-08-15,5,6,4,5,5,1\n")
	missing := filepath.Join(dir, "nope", "none.csv")

	db := openStore(t)
	before := snapshot(t, db)
	_, err := Ingest(context.Background(), db, Options{Paths: []string{dir, missing}})
	var bad *badinput.Error
	if !errors.As(err, &bad) || bad.Total != 4 {
		t.Fatalf("strict: err = %v", err)
	}
	if after := snapshot(t, db); after != before {
		t.Fatal("strict ingest of a bad batch wrote rows")
	}

	s, err := Ingest(context.Background(), db, Options{Paths: []string{dir, missing}, Lenient: true})
	if err != nil {
		t.Fatal(err)
	}
	if s.Inserted != 2 || len(s.Files) != 2 || len(s.Refused) != 4 || s.Rejected != 0 {
		t.Fatalf("summary %+v", s)
	}
	var tickers string
	db.QueryRow(`SELECT string_agg(DISTINCT ticker, ',' ORDER BY ticker) FROM prices`).Scan(&tickers)
	if tickers != "GOOD,PRN" {
		t.Fatalf("tickers %q", tickers)
	}
	rows, err := db.Query(`SELECT file, message FROM ingest_rejects WHERE ingest_id = ? ORDER BY file`, s.IngestID)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var files []string
	for rows.Next() {
		var f, msg string
		if err := rows.Scan(&f, &msg); err != nil {
			t.Fatal(err)
		}
		files = append(files, filepath.Base(f))
		if msg == "" {
			t.Errorf("%s: empty message", f)
		}
	}
	if got := strings.Join(files, ","); got != "-BAD.csv,EMPTY.csv,EXTRA.csv,none.csv" {
		t.Fatalf("refused files %s", got)
	}
	_, _ = good, prn
}

// A lenient ingest with many thousands of bad rows stores them all in bounded memory: under a
// DuckDB memory limit of 200 MB, an INSERT per problem ran out of memory after about 5,000.
func TestIngestLenientManyRejectsInBoundedMemory(t *testing.T) {
	db := openStore(t)
	db.SetMaxOpenConns(1) // the memory limit is the database's; one connection keeps it in view
	if _, err := db.Exec(`SET memory_limit = '200MB'`); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var paths []string
	var bad, good, dups int
	for f := 0; f < 5; f++ {
		var b strings.Builder
		b.WriteString(yahooHeader)
		d := time.Date(1960, 1, 1, 0, 0, 0, 0, time.UTC)
		for i := 0; i < 20000; i++ {
			day := d.AddDate(0, 0, i).Format("2006-01-02")
			switch {
			case i%7 == 0:
				fmt.Fprintf(&b, "%s,10,9,11,10,10,100\n", day) // low above high
				bad++
			case i%11 == 0:
				fmt.Fprintf(&b, "%s,10,11,9,10,10,12.5\n", day) // a fractional volume
				bad++
			case i%13 == 0:
				fmt.Fprintf(&b, "%s,10,11,9,x,10,100\n", day) // not a number
				bad++
			case i%1000 == 1:
				fmt.Fprintf(&b, "%s,10,11,9,10,10,100\n%s,10,11,9,10,10,100\n", day, day) // a date twice
				dups += 2
			default:
				fmt.Fprintf(&b, "%s,10,11,9,10,10,100\n", day)
				good++
			}
		}
		paths = append(paths, writeFile(t, dir, fmt.Sprintf("M%d.csv", f), b.String()))
	}
	s, err := Ingest(context.Background(), db, Options{Paths: paths, Lenient: true})
	if err != nil {
		t.Fatal(err)
	}
	if s.Inserted != int64(good) || s.Rejected != int64(bad+dups) {
		t.Fatalf("summary %+v, want %d inserted, %d rejected", s, good, bad+dups)
	}
	var n, lines int
	db.QueryRow(`SELECT count(*), count(DISTINCT (file, line)) FROM ingest_rejects WHERE ingest_id = ?`, s.IngestID).Scan(&n, &lines)
	if lines != bad+dups {
		t.Fatalf("%d rejected lines stored, want %d", lines, bad+dups)
	}
	var limit string
	db.QueryRow(`SELECT current_setting('memory_limit')`).Scan(&limit)
	if b, _ := parseBytes(limit); b > 250e6 {
		t.Fatalf("the ingest left memory_limit at %s", limit)
	}
}

// Every file of the real universe sample loads with --lenient, and its data lines add up:
// inserted, rejected and skipped. The repaired rows (Yahoo's Open of 0) are among the inserted.
func TestIngestUniverseSample(t *testing.T) {
	dir := shared.Dir(t, "data/universe-sample")
	files, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no files in %s: %v", dir, err)
	}
	// What the files say, counted here by reading them line by line.
	var lines, zeroOpen int64
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		first := true
		for sc.Scan() {
			if first {
				first = false
				continue
			}
			lines++
			if fields := strings.Split(sc.Text(), ","); len(fields) > 1 {
				if v, err := strconv.ParseFloat(fields[1], 64); err == nil && v == 0 {
					zeroOpen++
				}
			}
		}
		fh.Close()
	}
	db := openStore(t)
	s, err := Ingest(context.Background(), db, Options{Paths: []string{dir}, Lenient: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Refused) != 0 || countFilesOf(s) != len(files) {
		t.Fatalf("%d of %d files loaded, refused %v", countFilesOf(s), len(files), s.Refused)
	}
	if got := s.Inserted + s.Rejected + s.Skipped; got != lines {
		t.Fatalf("inserted %d + rejected %d + skipped %d = %d, the files have %d data lines", s.Inserted, s.Rejected, s.Skipped, got, lines)
	}
	// Every Open of 0 is repaired, unless its row breaks another rule.
	var rejectedZero int64
	if err := db.QueryRow(`SELECT count(DISTINCT (file, line)) FROM ingest_rejects WHERE try_cast(split_part(raw, ',', 2) AS DOUBLE) = 0`).Scan(&rejectedZero); err != nil {
		t.Fatal(err)
	}
	if zeroOpen == 0 || s.Repaired+rejectedZero != zeroOpen {
		t.Fatalf("repaired %d + rejected %d, %d rows with Open 0", s.Repaired, rejectedZero, zeroOpen)
	}
	// The rows refused are the truly inconsistent ones, a handful in half a million.
	if s.Rejected == 0 || s.Rejected*10000 > lines {
		t.Fatalf("%d rows rejected of %d", s.Rejected, lines)
	}
	var broken int
	if err := db.QueryRow(`SELECT count(*) FROM prices WHERE close <= 0 OR open <= 0 OR low > high OR low > close OR close > high
		OR low > open OR open > high`).Scan(&broken); err != nil || broken != 0 {
		t.Fatalf("%d stored rows break a rule (%v)", broken, err)
	}
	checkSummarySums(t, db, s)
}

func countFilesOf(s *Summary) int {
	n := 0
	for _, f := range s.Files {
		n += len(f.Files)
	}
	return n
}

// checkSummarySums checks the per-ticker counts against the totals and the stored rows.
func checkSummarySums(t *testing.T, db *sql.DB, s *Summary) {
	t.Helper()
	var ins, rep, rej, skip int64
	for _, f := range s.Files {
		ins += f.Inserted
		rep += f.Repaired
		rej += f.Rejected
		skip += f.Skipped
	}
	if ins != s.Inserted || rep != s.Repaired || rej != s.Rejected || skip != s.Skipped {
		t.Fatalf("per-file counts do not add up to the totals: %+v", s)
	}
	var stored, nullOpen int64
	db.QueryRow(`SELECT count(*), count_if(open IS NULL) FROM prices WHERE ingest_id = ?`, s.IngestID).Scan(&stored, &nullOpen)
	if stored != s.Inserted || nullOpen != s.Repaired {
		t.Fatalf("%d rows stored (%d without open), summary %d inserted, %d repaired", stored, nullOpen, s.Inserted, s.Repaired)
	}
}

// TestIngestPlaceholdersAndMissingCloses: a lenient load leaves out every row without a close.
// Placeholder rows (a date, then null in every column, in any case) are skipped, counted as the
// files' lines are; a row that lacks only its close is refused with its line, whether the close
// is null or empty, also on a date that a placeholder or a good row shares. A placeholder the
// reader cannot read (a bad date, too few columns) is skipped as well.
func TestIngestPlaceholdersAndMissingCloses(t *testing.T) {
	db := openStore(t)
	dir := t.TempDir()
	p := writeFile(t, dir, "PH.csv", yahooHeader+
		"2007-08-15,52,59,51,57,47,100\n"+ // 2: good
		"2007-08-16,null,null,null,null,null,null\n"+ // 3: placeholder
		"2007-08-17,NULL,Null,null,null,null,null\n"+ // 4: placeholder
		"2007-08-20,52,59,51,null,47,100\n"+ // 5: close missing
		"2007-08-21,52,59,51,,47,100\n"+ // 6: close empty
		"2007-08-22,null,null,null,null,null,null\n"+ // 7: placeholder on the date of line 8
		"2007-08-22,52,59,51,57,47,100\n"+ // 8: good
		"2007-08-23,52,59,51,57,47,100\n"+ // 9: good, and line 10 lacks the close on its date
		"2007-08-23,52,59,51,null,47,100\n"+ // 10: close missing
		"2007-99-99,null,null,null,null,null,null\n"+ // 11: placeholder with a date no one reads
		"2007-08-24,null,null\n") // 12: short placeholder
	q := writeFile(t, dir, "OK.csv", yahooHeader+"2007-08-15,1,2,0.5,1.5,1.5,100\n2007-08-16,null,null,null,null,null,null\n")
	s, err := Ingest(context.Background(), db, Options{Paths: []string{p, q}, Lenient: true})
	if err != nil {
		t.Fatal(err)
	}
	if s.Inserted != 4 || s.Skipped != 6 || s.Rejected != 3 {
		t.Fatalf("summary: inserted %d, skipped %d, rejected %d; want 4, 6, 3", s.Inserted, s.Skipped, s.Rejected)
	}
	var msgs string
	db.QueryRow(`SELECT string_agg(message, chr(10) ORDER BY line) FROM ingest_rejects`).Scan(&msgs)
	msgs = strings.ReplaceAll(msgs, dir+string(filepath.Separator), "")
	want := `PH.csv:5: column Close: value "null": the close is missing
PH.csv:6: column Close: value "": the close is missing
PH.csv:10: column Close: value "null": the close is missing`
	if msgs != want {
		t.Fatalf("rejects:\n%s\nwant:\n%s", msgs, want)
	}
}

// TestStrictIngestAccountsForPlaceholders: without --lenient, Yahoo's placeholder rows are skipped
// as in a lenient ingest (the fast load leaves out rows without a close and then accounts for
// each against the files' placeholder lines), while a row lacking only its close still stops the
// ingest with its line.
func TestStrictIngestAccountsForPlaceholders(t *testing.T) {
	tests := []struct {
		name, rows string
		inserted   int64
		skipped    int64
		err        string
	}{
		{"placeholders only", "2007-08-15,52,59,51,57,47,100\n2007-08-16,null,null,null,null,null,null\n" +
			"2007-08-17,52,59,51,57,47,100\n2007-08-20,null,null,null,null,null,null\n", 2, 2, ""},
		{"a close missing among placeholders", "2007-08-15,52,59,51,57,47,100\n2007-08-16,null,null,null,null,null,null\n" +
			"2007-08-17,52,59,51,null,47,100\n", 0, 0, `S.csv:4: column Close: value "null": the close is missing`},
		{"an empty close", "2007-08-15,52,59,51,,47,100\n", 0, 0, `S.csv:2: column Close: value "": the close is missing`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openStore(t)
			p := writeFile(t, t.TempDir(), "S.csv", yahooHeader+tt.rows)
			s, err := Ingest(context.Background(), db, Options{Paths: []string{p}})
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want one containing %q", err, tt.err)
				}
				var n int
				db.QueryRow(`SELECT count(*) FROM prices`).Scan(&n)
				if n != 0 {
					t.Fatalf("%d rows stored after a refused ingest", n)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if s.Inserted != tt.inserted || s.Skipped != tt.skipped || s.Rejected != 0 {
				t.Fatalf("inserted %d, skipped %d, rejected %d; want %d, %d, 0", s.Inserted, s.Skipped, s.Rejected, tt.inserted, tt.skipped)
			}
		})
	}
}
