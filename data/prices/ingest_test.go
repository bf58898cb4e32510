package prices

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/badinput"
	"github.com/eventline/eventline/internal/shared"
)

const yahooHeader = "Date,Open,High,Low,Close,Adj Close,Volume\n"

func openStore(t *testing.T) *sql.DB {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "t.duckdb"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st.DB
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// storeGoodRow loads one row, which a failed ingest after it must leave untouched, and returns
// the snapshot to compare with.
func storeGoodRow(t *testing.T, db *sql.DB, dir string) string {
	t.Helper()
	good := writeFile(t, dir, "GOOD.csv", yahooHeader+"2007-08-15,52.1,59.8,51.5,57.7,47.9,100\n")
	if _, err := Ingest(context.Background(), db, Options{Paths: []string{good}}); err != nil {
		t.Fatal(err)
	}
	return snapshot(t, db)
}

// snapshot is the whole prices table as text, to prove a failed ingest changed nothing.
func snapshot(t *testing.T, db *sql.DB) string {
	t.Helper()
	var s sql.NullString
	err := db.QueryRow(`SELECT string_agg(concat_ws('|', ticker, date, open, high, low, close, adj_close, volume, source, ingest_id), ';' ORDER BY ticker, date) FROM prices`).Scan(&s)
	if err != nil {
		t.Fatal(err)
	}
	var n int
	db.QueryRow(`SELECT count(*) FROM ingests`).Scan(&n)
	return s.String + "#" + string(rune('0'+n))
}

func TestIngestRejectsBadInput(t *testing.T) {
	tests := []struct {
		name    string
		file    string // content of X.csv
		opts    Options
		want    []string // every line must appear in the error
		noFiles bool
	}{
		{name: "unparsable number", file: yahooHeader + "2007-08-15,52.1,59.8,51.5,57.7,47.9,100\n2007-08-16,abc,61.4,52.7,56.9,47.3,200\n",
			want: []string{`X.csv:3: column Open: value "abc": not a number`}},
		{name: "unparsable date", file: yahooHeader + "2007-13-01,1,1,1,1,1,1\n",
			want: []string{`X.csv:2: column Date: value "2007-13-01": not a date (expected YYYY-MM-DD)`}},
		{name: "missing close", file: "Date,Close\n2007-08-15,\n",
			want: []string{`X.csv:2: column Close: value "": the close is missing`}},
		{name: "duplicate date", file: yahooHeader + "2007-08-20,56,57.5,55,57.3,47.6,400\n2007-08-21,56,57.5,55,57.3,47.6,400\n2007-08-20,56,57.5,55,57.3,47.6,400\n",
			want: []string{`X.csv:2: column Date: value "2007-08-20": duplicate date: X has 2 rows for it`,
				`X.csv:4: column Date: value "2007-08-20": duplicate date`}},
		{name: "non-positive price", file: yahooHeader + "2007-08-17,59,59,0,0,46.1,300\n",
			want: []string{`X.csv:2: column Low: value "0": prices must be positive`, `X.csv:2: column Close: value "0": prices must be positive`}},
		{name: "negative volume", file: yahooHeader + "2007-08-17,59,60,54,55,46.1,-300\n",
			want: []string{`X.csv:2: column Volume: value "-300": volume must not be negative`}},
		{name: "low above close", file: yahooHeader + "2007-08-17,59,60,56,55,46.1,300\n",
			want: []string{`X.csv:2: column Low: value "56": low is above close (55)`}},
		{name: "high below open", file: yahooHeader + "2007-08-17,61,60,54,55,46.1,300\n",
			want: []string{`X.csv:2: column High: value "60": high is below open (61)`}},
		{name: "header missing close", file: "Date,Open\n2007-08-17,61\n",
			want: []string{`X.csv:1: value "Date,Open": the header has no close column`}},
		{name: "unmappable column", file: "Date,Close,Notes\n2007-08-17,61,0\n",
			want: []string{`X.csv:1: column Notes: value "Notes": column cannot be mapped`}},
		{name: "map names absent column", file: "Day,Price\n2007-08-17,61\n", opts: Options{Map: map[string]string{"close": "Last"}},
			want: []string{`--map close=Last names a column the header does not have`}},
		{name: "ragged row", file: yahooHeader + "2007-08-23,1,1,1,1,1\n",
			want: []string{`X.csv:2: has 6 fields, the header has 7`}},
		{name: "empty file", file: "",
			want: []string{`X.csv:1: file is empty or has no header line`}},
		{name: "first problems then a count", file: yahooHeader + strings.Repeat("2007-08-15,x,1,1,1,1,1\n", 12),
			want: []string{`X.csv:2: column Open: value "x": not a number`, "... and 2 more problem(s)"}},
		{name: "no such file", noFiles: true, opts: Options{Paths: []string{"nope/none.csv"}},
			want: []string{`nope/none.csv: no such file or directory`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			db := openStore(t)
			before := storeGoodRow(t, db, dir)
			opts := tt.opts
			if !tt.noFiles {
				opts.Paths = []string{writeFile(t, dir, "X.csv", tt.file)}
			}
			_, err := Ingest(context.Background(), db, opts)
			var bad *badinput.Error
			if !errors.As(err, &bad) {
				t.Fatalf("err = %v, want *badinput.Error", err)
			}
			msg := strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), "")
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("message lacks %q:\n%s", w, msg)
				}
			}
			if after := snapshot(t, db); after != before {
				t.Errorf("database changed by a failed ingest:\nbefore %s\nafter  %s", before, after)
			}
		})
	}
}

func TestIngestFormats(t *testing.T) {
	tests := []struct {
		name, file, content string
		opts                Options
		ticker, format      string
		rows                int
		firstClose          float64
	}{
		{"yahoo with nulls", "VMW.csv", yahooHeader + "2007-08-15,52.11,59.87,51.5,57.71,47.94,10678500\n2007-08-16,null,null,null,null,null,null\n",
			Options{}, "VMW", "yahoo", 1, 57.71},
		// Stooq names a US symbol with its market (aapl.us), which Yahoo and the listings leave
		// out; other markets keep theirs.
		{"stooq", "aapl.us.csv", "Date,Open,High,Low,Close,Volume\n2007-08-15,1,2,0.5,1.5,100\n", Options{}, "AAPL", "stooq", 1, 1.5},
		{"stooq page download", "spy_us_d.csv", "Date,Open,High,Low,Close,Volume\n2007-08-15,1,2,0.5,1.5,100\n", Options{}, "SPY", "stooq", 1, 1.5},
		{"stooq index in a bulk folder", "^dji.us.txt", stooqBulkHeader + "^DJI.US,D,20070815,000000,1,2,0.5,1.5,100,0\n", Options{}, "DJI", "stooq", 1, 1.5},
		{"stooq other market", "sap_de_d.csv", "Date,Open,High,Low,Close,Volume\n2007-08-15,1,2,0.5,1.5,100\n", Options{}, "SAP.DE", "stooq", 1, 1.5},
		{"stooq bulk", "brk-b.us.txt", strings.ReplaceAll(stooqBulkHeader, "\n", "\r\n") + "BRK-B.US,D,20070816,000000,3,4,2.5,3.5,200,0\r\nBRK-B.US,D,20070815,000000,1,2,0.5,1.5,100,0\r\n",
			Options{}, "BRK-B", "stooq", 2, 1.5},
		{"stooq bulk with --ticker", "x.txt", stooqBulkHeader + "X,D,20070815,000000,1,2,0.5,1.5,100,0\n", Options{Ticker: "acme"}, "ACME", "stooq", 1, 1.5},
		{"yfinance history, its dividends and splits left out", "AAPL.csv", "Date,Open,High,Low,Close,Volume,Dividends,Stock Splits\n2020-01-02 00:00:00-05:00,71.5,72.6,71.3,72.5,135480400,0.0,0.0\n",
			Options{IgnoreExtra: true}, "AAPL", "csv", 1, 72.5},
		// yf.download(...).to_csv() writes its two-level columns as three header lines; the
		// ticker line names the ticker, whatever the file is called.
		{"yfinance's three header lines", "msft_daily.csv", yfinanceHeader("MSFT", "Adj Close,Close,High,Low,Open,Volume") +
			"2020-01-03,150.2,151.9,152.5,150.6,151.0,21116200\n2020-01-02,150.1,153.9,154.0,151.7,152.3,22622100\n", Options{}, "MSFT", "yfinance", 2, 153.9},
		{"yfinance's default auto_adjust, an index", "gspc.csv", yfinanceHeader("^GSPC", "Close,High,Low,Open,Volume") +
			"2020-01-02,3257.8,3258.1,3235.5,3244.7,3459930000\n", Options{}, "GSPC", "yfinance", 1, 3257.8},
		{"yfinance without an open", "vmw.csv", yfinanceHeader("VMW", "Close,Volume") + "2007-08-14,51.0,37000000\n", Options{}, "VMW", "yfinance", 1, 51},
		{"yfinance grouped by ticker", "msft.csv", "Ticker,MSFT,MSFT,MSFT,MSFT,MSFT\nPrice,Open,High,Low,Close,Volume\nDate,,,,,\n" +
			"2020-01-02,152.3,154.0,151.7,153.9,22622100\n", Options{}, "MSFT", "yfinance", 1, 153.9},
		{"yfinance with --ticker", "MSFT.csv", yfinanceHeader("MSFT", "Close,High,Low,Open,Volume") +
			"2020-01-02,153.9,154.0,151.7,152.3,22622100\n", Options{Ticker: "msft2"}, "MSFT2", "yfinance", 1, 153.9},
		// Nasdaq.com's download: newest first, US dates, dollar signs, "N/A" for a price it lacks.
		{"nasdaq", "AAPL.csv", nasdaqHeader + "11/29/2024,$237.33,28481380,$234.805,$237.81,$233.97\n" +
			"11/27/2024,$234.93,33498440,N/A,$235.69,$233.8101\n", Options{}, "AAPL", "nasdaq", 2, 234.93},
		{"nasdaq download with --ticker", "HistoricalData_1732911222000.csv", "\ufeff" + nasdaqHeader +
			"11/29/2024,$237.33,28481380,$234.805,$237.81,$233.97\n", Options{Ticker: "aapl"}, "AAPL", "nasdaq", 1, 237.33},
		// An index's page writes neither dollars nor volume.
		{"nasdaq index", "^ixic.csv", "Date,Close/Last,Open,High,Low\n11/29/2024,19218.17,19101.5,19236.09,19069.51\n",
			Options{}, "IXIC", "nasdaq", 1, 19218.17},
		{"a csv named like stooq keeps its name", "aapl.us.csv", yahooHeader + "2007-08-15,1,2,0.5,1.5,1.4,100\n", Options{}, "AAPL.US", "yahoo", 1, 1.5},
		{"bom crlf descending semicolons", "^gspc.csv", "\ufeffDATE; CLOSE \r\n2007-08-16;5\r\n2007-08-15;4\r\n", Options{}, "GSPC", "csv", 2, 4},
		{"custom map and date format", "acme.csv", "Day,Last Price\n15.08.2007,12.5\n", Options{Ticker: "acme",
			Map: map[string]string{"close": "last price"}, DateFormat: "%d.%m.%Y"}, "ACME", "csv", 1, 12.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openStore(t)
			tt.opts.Paths = []string{writeFile(t, t.TempDir(), tt.file, tt.content)}
			sum, err := Ingest(context.Background(), db, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			// Repaired counts Yahoo's opening prices of 0, which none of these files has.
			if sum.Inserted != int64(tt.rows) || len(sum.Files) != 1 || sum.Files[0].Ticker != tt.ticker || sum.Files[0].Format != tt.format || sum.Repaired != 0 {
				t.Fatalf("summary %+v", sum)
			}
			var first float64
			var ticker, source string
			if err := db.QueryRow(`SELECT ticker, close, source FROM prices ORDER BY date LIMIT 1`).Scan(&ticker, &first, &source); err != nil {
				t.Fatal(err)
			}
			if ticker != tt.ticker || first != tt.firstClose || source != tt.format {
				t.Fatalf("first row %s %v %s", ticker, first, source)
			}
		})
	}
}

// yfinanceHeader is the header yfinance's to_csv writes for one ticker's download with the given
// price columns.
func yfinanceHeader(ticker, columns string) string {
	n := strings.Count(columns, ",") + 1
	return "Price," + columns + "\nTicker" + strings.Repeat(","+ticker, n) + "\nDate" + strings.Repeat(",", n) + "\n"
}

const nasdaqHeader = "Date,Close/Last,Volume,Open,High,Low\n"

const stooqBulkHeader = "<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>\n"

// Vendors' layouts that cannot load as they are (Stooq's files of other intervals than daily,
// yfinance's header of three lines and its dividends and splits) are refused with what to do, and
// bad rows of Stooq's bulk layout with the file, line, column and value, as any other.
func TestIngestVendorRefusals(t *testing.T) {
	tests := []struct {
		name, file, content string
		opts                Options
		want                []string
	}{
		{"weekly page download", "spy_us_w.csv", "Date,Open,High,Low,Close,Volume\n2007-08-17,1,2,0.5,1.5,100\n", Options{},
			[]string{"spy_us_w.csv", "weekly (_w) or monthly (_m)"}},
		{"intraday bulk file", "aapl.us.txt", stooqBulkHeader + "AAPL.US,5,20070815,153500,1,2,0.5,1.5,100,0\n", Options{},
			[]string{"aapl.us.txt:2", "column <PER>", `value "5"`, "daily"}},
		{"bulk date not as stooq writes it", "aapl.us.txt", stooqBulkHeader + "AAPL.US,D,2007-08-15,000000,1,2,0.5,1.5,100,0\n", Options{},
			[]string{"aapl.us.txt:2", "column <DATE>", `value "2007-08-15"`, "%Y%m%d"}},
		{"yfinance download of two tickers", "both.csv", "Price,Close,Close,Volume,Volume\nTicker,AAPL,MSFT,AAPL,MSFT\nDate,,,,\n2020-01-02,75.1,153.9,135480400,22622100\n", Options{},
			[]string{"both.csv:2", "2 tickers (AAPL, MSFT)", "one ticker a file", `level="Ticker"`}},
		// A first column named Ticker is no yfinance header unless the lines after it say so.
		{"a long table with a ticker column", "prices.csv", "Ticker,Date,Close\nMSFT,2020-01-02,153.9\n", Options{},
			[]string{"prices.csv:1", "column Ticker", "cannot be mapped"}},
		{"yfinance header without its ticker line", "MSFT.csv", "Price,Close,Volume\nDate,,\n2020-01-02,153.9,22622100\n", Options{},
			[]string{"MSFT.csv:2", "Ticker,MSFT"}},
		{"yfinance unreadable number", "MSFT.csv", yfinanceHeader("MSFT", "Close,High,Low,Open,Volume") +
			"2020-01-02,153.9,154.0,151.7,152.3,22622100\n2020-01-03,151.9,n/a,150.6,150.4,21116200\n", Options{},
			[]string{"MSFT.csv:5", "column High", `value "n/a"`, "not a number"}},
		{"yfinance bad row", "MSFT.csv", yfinanceHeader("MSFT", "Close,High,Low,Open,Volume") +
			"2020-01-02,153.9,154.0,151.7,152.3,22622100\n2020-01-03,151.9,150.0,150.6,150.4,21116200\n", Options{},
			[]string{"MSFT.csv:5", "column Low", `value "150.6"`, "low is above high (150.0)"}},
		{"yfinance's dividends and splits", "AAPL.csv", "Date,Open,High,Low,Close,Volume,Dividends,Stock Splits\n2020-01-02 00:00:00-05:00,71.5,72.6,71.3,72.5,135480400,0.0,0.0\n", Options{},
			[]string{"AAPL.csv:1", "column Dividends", "column Stock Splits", "--ignore-extra", "auto_adjust=False"}},
		{"nasdaq download without a ticker", "HistoricalData_1732911222000.csv", nasdaqHeader + "11/29/2024,$237.33,28481380,$234.805,$237.81,$233.97\n", Options{},
			[]string{"HistoricalData_1732911222000.csv", "--ticker", "rename"}},
		{"nasdaq price that is no number", "AAPL.csv", nasdaqHeader + "11/29/2024,$237.33,28481380,$234.805,$237.81,$233.97\n" +
			"11/27/2024,$234.93,33498440,$234.4,$2x35.69,$233.81\n", Options{},
			[]string{"AAPL.csv:3", "column High", `value "$2x35.69"`, "not a number"}},
		{"nasdaq close that is no number", "AAPL.csv", nasdaqHeader + "11/29/2024,$-,28481380,$234.805,$237.81,$233.97\n", Options{},
			[]string{"AAPL.csv:2", "column Close/Last", `value "$-"`, "not a number"}},
		{"nasdaq date written another way", "AAPL.csv", nasdaqHeader + "2024-11-29,$237.33,28481380,$234.805,$237.81,$233.97\n", Options{},
			[]string{"AAPL.csv:2", "column Date", `value "2024-11-29"`, "%m/%d/%Y", "nasdaq"}},
		{"nasdaq low above high", "AAPL.csv", nasdaqHeader + "11/29/2024,$237.33,28481380,$234.805,$233.81,$237.97\n", Options{},
			[]string{"AAPL.csv:2", "column Low", `value "$237.97"`, "low is above high"}},
		{"bulk low above high", "aapl.us.txt", stooqBulkHeader + "AAPL.US,D,20070815,000000,1,2,0.5,1.5,100,0\nAAPL.US,D,20070816,000000,1,2,3,1.5,100,0\n", Options{},
			[]string{"aapl.us.txt:3", "column <LOW>", `value "3"`, "low is above high"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openStore(t)
			tt.opts.Paths = []string{writeFile(t, t.TempDir(), tt.file, tt.content)}
			_, err := Ingest(context.Background(), db, tt.opts)
			if err == nil {
				t.Fatal("loaded")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
			var n int
			if err := db.QueryRow(`SELECT count(*) FROM prices`).Scan(&n); err != nil || n != 0 {
				t.Fatalf("%d rows stored (%v)", n, err)
			}
		})
	}
}

func TestIngestUpsertCounts(t *testing.T) {
	dir := t.TempDir()
	db := openStore(t)
	ctx := context.Background()
	v1 := writeFile(t, dir, "VMW.csv", yahooHeader+"2007-08-15,52,59,51,57,47,100\n2007-08-16,60,61,52,56,47,200\n")
	if s, err := Ingest(ctx, db, Options{Paths: []string{v1}}); err != nil || s.Inserted != 2 {
		t.Fatalf("%+v %v", s, err)
	}
	s, err := Ingest(ctx, db, Options{Paths: []string{v1}})
	if err != nil || s.Inserted != 0 || s.Unchanged != 2 || s.Updated != 0 {
		t.Fatalf("re-ingest: %+v %v", s, err)
	}
	// One row corrected, one new day.
	v2 := writeFile(t, dir, "VMW.csv", yahooHeader+"2007-08-15,52,59,51,57,47,100\n2007-08-16,60,61,52,56.5,47,200\n2007-08-17,59,59,54,55,46,300\n")
	s, err = Ingest(ctx, db, Options{Paths: []string{v2}})
	if err != nil || s.Inserted != 1 || s.Unchanged != 1 || s.Updated != 1 {
		t.Fatalf("update: %+v %v", s, err)
	}
	var n int
	var c float64
	db.QueryRow(`SELECT count(*), max(close) FILTER (date = DATE '2007-08-16') FROM prices`).Scan(&n, &c)
	if n != 3 || c != 56.5 {
		t.Fatalf("rows %d, corrected close %v", n, c)
	}
}

func TestIngestLenient(t *testing.T) {
	db := openStore(t)
	p := writeFile(t, t.TempDir(), "BAD.csv", yahooHeader+"2007-08-15,52,59,51,57,47,100\n2007-08-16,abc,61,52,56,47,200\n2007-08-17,59,59,54,-55,46,300\n2007-08-20,56,57,55,57,47,400\n2007-08-20,56,57,55,57,47,400\n2007-08-21,61,60,54,55,46,300\n")
	s, err := Ingest(context.Background(), db, Options{Paths: []string{p}, Lenient: true})
	if err != nil {
		t.Fatal(err)
	}
	if s.Inserted != 1 || s.Rejected != 5 {
		t.Fatalf("summary %+v", s)
	}
	var lines string
	db.QueryRow(`SELECT string_agg(DISTINCT line::VARCHAR, ',' ORDER BY line::VARCHAR) FROM ingest_rejects`).Scan(&lines)
	if lines != "3,4,5,6,7" {
		t.Fatalf("rejected lines %q", lines)
	}
}

// A strict ingest stops its fast load at the first bad row it meets, the CSV reader's or the OHLC
// guard's, and loads again to report every problem of every file.
func TestIngestReportsEveryProblemAfterAFastLoadStops(t *testing.T) {
	dir := t.TempDir()
	db := openStore(t)
	before := storeGoodRow(t, db, dir)
	a := writeFile(t, dir, "A.csv", yahooHeader+"2007-08-16,61,60,54,55,46.1,300\n")
	b := writeFile(t, dir, "B.csv", yahooHeader+"2007-08-16,x,60,54,55,46.1,300\n")
	c := writeFile(t, dir, "C.csv", yahooHeader+"2007-08-16,59,60,54,55,46.1,-1\n")
	_, err := Ingest(context.Background(), db, Options{Paths: []string{a, b, c}})
	if err == nil {
		t.Fatal("ingest of bad rows succeeded")
	}
	msg := strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), "")
	for _, w := range []string{`A.csv:2: column High: value "60": high is below open (61)`,
		`B.csv:2: column Open: value "x": not a number`,
		`C.csv:2: column Volume: value "-1": volume must not be negative`} {
		if !strings.Contains(msg, w) {
			t.Errorf("message lacks %q:\n%s", w, msg)
		}
	}
	if after := snapshot(t, db); after != before {
		t.Errorf("database changed by a failed ingest:\nbefore %s\nafter  %s", before, after)
	}
}

// --source labels the rows with any text; the first ingest with a new label extends the
// price_source type, and a failed one leaves it as it was.
func TestIngestSourceLabels(t *testing.T) {
	dir := t.TempDir()
	db := openStore(t)
	ctx := context.Background()
	labels := func() string {
		var s string
		if err := db.QueryRow(`SELECT array_to_string(enum_range(NULL::price_source), ',')`).Scan(&s); err != nil {
			t.Fatal(err)
		}
		return s
	}
	if got := labels(); got != "yahoo,stooq,csv" {
		t.Fatalf("labels of a new database %q", got)
	}
	good := writeFile(t, dir, "VMW.csv", yahooHeader+"2007-08-15,52,59,51,57,47,100\n")
	bad := writeFile(t, dir, "BAD.csv", yahooHeader+"2007-08-15,52,59,51,-57,47,100\n")
	if _, err := Ingest(ctx, db, Options{Paths: []string{bad}, Source: "vendor's feed"}); err == nil {
		t.Fatal("bad ingest succeeded")
	}
	if got := labels(); got != "yahoo,stooq,csv" {
		t.Fatalf("labels after a failed ingest %q", got)
	}
	if _, err := Ingest(ctx, db, Options{Paths: []string{good}}); err != nil {
		t.Fatal(err)
	}
	ctxs := writeFile(t, dir, "CTXS.csv", yahooHeader+"2007-08-15,36,37,35,36.5,36.5,100\n")
	for _, label := range []string{"vendor's feed", "yahoo", "vendor's feed"} {
		if _, err := Ingest(ctx, db, Options{Paths: []string{ctxs}, Source: label}); err != nil {
			t.Fatal(err)
		}
	}
	if got := labels(); got != "yahoo,stooq,csv,vendor's feed" {
		t.Fatalf("labels %q", got)
	}
	var rows string
	db.QueryRow(`SELECT string_agg(ticker || '=' || source, ' ' ORDER BY ticker) FROM prices`).Scan(&rows)
	if rows != "CTXS=vendor's feed VMW=yahoo" {
		t.Fatalf("rows %q", rows)
	}
	var n int
	db.QueryRow(`SELECT count(*) FROM prices WHERE source = 'no such label'`).Scan(&n)
	if n != 0 {
		t.Fatalf("%d rows for an unknown label", n)
	}
}

func TestIngestRealYahooHistories(t *testing.T) {
	dir := shared.Dir(t, "data/prices")
	db := openStore(t)
	s, err := Ingest(context.Background(), db, Options{Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Files) != 10 || s.Rejected != 0 {
		t.Fatalf("summary %+v", s)
	}
	// VMware's first Yahoo row is the day after its IPO; its close is a public figure.
	var first string
	var close float64
	if err := db.QueryRow(`SELECT date::VARCHAR, close FROM prices WHERE ticker = 'VMW' ORDER BY date LIMIT 1`).Scan(&first, &close); err != nil {
		t.Fatal(err)
	}
	if first != "2007-08-15" || close < 57.70 || close > 57.72 {
		t.Fatalf("VMW first row %s %v", first, close)
	}
}

func TestTickerFromPath(t *testing.T) {
	for in, want := range map[string]string{"data/GSPC.csv": "GSPC", "^gspc.csv": "GSPC", "data/_PRN.csv": "PRN", "aapl.us.txt": "AAPL.US", "vmw": "VMW"} {
		if got := TickerFromPath(in); got != want {
			t.Errorf("%s: %s, want %s", in, got, want)
		}
	}
}

func TestIngestRecordsSecurityKinds(t *testing.T) {
	dir := t.TempDir()
	db := openStore(t)
	ctx := context.Background()
	row := yahooHeader + "2007-08-15,52,59,51,57,47,100\n"
	kinds := func() string {
		var s string
		if err := db.QueryRow(`SELECT string_agg(ticker || '=' || coalesce(kind, '?'), ' ' ORDER BY ticker) FROM securities`).Scan(&s); err != nil {
			t.Fatal(err)
		}
		return s
	}
	// Yahoo's '^' marks an index. A '_' does not: vendors also write it before names Windows
	// reserves (_PRN.csv, a fund); a plain name says nothing.
	// yfinance names the ticker inside the file, '^' and all.
	paths := []string{writeFile(t, dir, "^GSPC.csv", row), writeFile(t, dir, "_PRN.csv", row), writeFile(t, dir, "VMW.csv", row),
		writeFile(t, dir, "dow.csv", yfinanceHeader("^DJI", "Close")+"2007-08-15,13028.9\n")}
	if _, err := Ingest(ctx, db, Options{Paths: paths}); err != nil {
		t.Fatal(err)
	}
	if got := kinds(); got != "DJI=index GSPC=index PRN=? VMW=?" {
		t.Fatalf("kinds %q", got)
	}
	// A plain file of a stored index keeps the kind; --kind replaces it.
	plain := writeFile(t, dir, "GSPC.csv", row)
	if _, err := Ingest(ctx, db, Options{Paths: []string{plain}}); err != nil {
		t.Fatal(err)
	}
	if _, err := Ingest(ctx, db, Options{Paths: []string{paths[2]}, Kind: "etf"}); err != nil {
		t.Fatal(err)
	}
	if got := kinds(); got != "DJI=index GSPC=index PRN=? VMW=etf" {
		t.Fatalf("kinds %q", got)
	}
	// --ticker names the security; the file's name then says nothing about it.
	if _, err := Ingest(ctx, db, Options{Paths: []string{paths[0]}, Ticker: "SPX"}); err != nil {
		t.Fatal(err)
	}
	if got := kinds(); got != "DJI=index GSPC=index PRN=? SPX=? VMW=etf" {
		t.Fatalf("kinds %q", got)
	}
}
