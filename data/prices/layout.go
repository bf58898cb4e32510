package prices

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/eventline/eventline/internal/badinput"
)

// Fields a price file can fill, in the order of the prices table.
const (
	FieldDate     = "date"
	FieldOpen     = "open"
	FieldHigh     = "high"
	FieldLow      = "low"
	FieldClose    = "close"
	FieldAdjClose = "adj_close"
	FieldVolume   = "volume"
)

// Fields lists every field, for validation of --map.
var Fields = []string{FieldDate, FieldOpen, FieldHigh, FieldLow, FieldClose, FieldAdjClose, FieldVolume}

// headerNames maps normalized header names to fields.
var headerNames = map[string]string{
	"date": FieldDate, "day": FieldDate, "timestamp": FieldDate, "datetime": FieldDate,
	"open": FieldOpen, "high": FieldHigh, "low": FieldLow, "close": FieldClose,
	"adjclose": FieldAdjClose, "adjustedclose": FieldAdjClose,
	"volume": FieldVolume, "vol": FieldVolume,
	// Nasdaq.com's historical downloads name the close "Close/Last".
	"closelast": FieldClose,
}

// normalizeHeader makes "Adj Close", "adj_close", "ADJ-CLOSE" and Stooq's "<ADJCLOSE>" the same
// name, and Nasdaq's "Close/Last" reads "closelast".
func normalizeHeader(s string) string {
	s = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(s, "\ufeff")))
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '_' || r == '-' || r == '.' || r == '<' || r == '>' || r == '/' {
			return -1
		}
		return r
	}, s)
}

// layout is how one file's columns map to fields.
type layout struct {
	delim   byte
	columns []string // the header as written
	fields  []string // the field of each column, "" for an ignored one
	format  string   // yahoo | yfinance | stooq | nasdaq | csv
	// dateFormat is the strptime format the layout writes dates in, "" for ISO 8601: Stooq's
	// bulk files write 20070815. --date-format overrides it.
	dateFormat string
	// stooqBulk: Stooq's bulk layout, whose <PER> column says the interval of every row.
	stooqBulk bool
	// levels is the number of header lines above the one whose names read_csv skips: yfinance
	// writes its two-level columns as a line of price names, a line of tickers and a line that
	// names the date index, so its files have 2.
	levels int
	// ticker is the ticker the file names inside it (yfinance's Ticker line), "" when only its
	// file name says it.
	ticker string
	// dollars: prices are written with a leading "$" ("$191.24"), as Nasdaq.com writes them; they
	// are read as text and converted in SQL.
	dollars bool
}

// key identifies files that one read_csv call can read together.
func (l layout) key() string {
	return string(l.delim) + "\x00" + strings.Join(l.fields, ",") + "\x00" + l.dateFormat +
		"\x00" + strconv.Itoa(l.levels) + "\x00" + l.ticker + "\x00" + strconv.FormatBool(l.dollars)
}

// headerLines is the number of lines before the first data line.
func (l layout) headerLines() int { return 1 + l.levels }

// yahooData says whether the rows are Yahoo's, with its opening price of 0 for "unknown".
func (l layout) yahooData() bool { return l.format == "yahoo" || l.format == "yfinance" }

func (l layout) has(field string) bool { return slices.Contains(l.fields, field) }

// column returns the header name of field as the file wrote it.
func (l layout) column(field string) string {
	if i := slices.Index(l.fields, field); i >= 0 {
		return l.columns[i]
	}
	return field
}

// readHeader reads the first n lines of a file (fewer if it has fewer), without BOM and line
// endings.
func readHeader(path string, n int) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// A header is short; a small buffer that grows only for a long one keeps the allocation per
	// file small, which thousands of files notice. No header is read past 64 KiB.
	r := bufio.NewReaderSize(io.LimitReader(f, 64<<10), 4<<10)
	var lines []string
	for len(lines) < n {
		line, err := r.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return nil, err
		}
		if len(line) == 0 && err == io.EOF {
			break
		}
		if len(lines) == 0 {
			line = bytes.TrimPrefix(line, []byte("\ufeff"))
		}
		lines = append(lines, string(bytes.TrimRight(line, "\r\n")))
		if err == io.EOF {
			break
		}
	}
	if len(lines) == 0 {
		lines = []string{""}
	}
	return lines, nil
}

// detectLayout reads a file's header and maps its columns, by name or by the user's --map.
func detectLayout(path string, userMap map[string]string, ignoreExtra bool) (layout, []badinput.Problem) {
	bad := func(rule string) (layout, []badinput.Problem) {
		return layout{}, []badinput.Problem{{File: path, Line: 1, Rule: rule}}
	}
	head, err := readHeader(path, 1)
	if err != nil {
		return bad(fmt.Sprintf("cannot read: %v", err))
	}
	header := head[0]
	if strings.TrimSpace(header) == "" {
		return bad("file is empty or has no header line")
	}
	if !utf8.ValidString(header) {
		return bad("the header is not valid UTF-8 text")
	}
	l := layout{delim: ','}
	best := strings.Count(header, ",")
	for _, d := range []byte{';', '\t', '|'} {
		if n := strings.Count(header, string(d)); n > best {
			l.delim, best = d, n
		}
	}
	cr := csv.NewReader(strings.NewReader(header))
	cr.Comma = rune(l.delim)
	cols, err := cr.Read()
	if err != nil {
		return bad(fmt.Sprintf("cannot read the header: %v", err))
	}
	l.columns = cols
	l.fields = make([]string, len(cols))
	l.stooqBulk = len(userMap) == 0 && isStooqBulk(cols)
	// yfinance writes its two levels of columns as two lines, prices first ("Price,Close,...")
	// or, with group_by="ticker", tickers first ("Ticker,MSFT,..."); a line naming the date
	// column follows.
	if priceFirst := isYfinanceLevels(cols); len(userMap) == 0 && (priceFirst || normalizeHeader(cols[0]) == "ticker") {
		names, ticker, problem := readYfinanceLevels(path, l.delim, len(cols))
		switch {
		case problem != nil && priceFirst:
			return layout{}, []badinput.Problem{*problem}
		case problem == nil:
			// The first column holds the dates, under the name of the levels ("Price") and,
			// on the third line, "Date".
			cols = slices.Clone(names)
			cols[0] = "Date"
			l.levels, l.ticker = 2, ticker
		}
		// Otherwise a first column named Ticker is the user's, mapped (or refused) below.
	}

	byName := map[string]int{}
	for i, c := range cols {
		byName[normalizeHeader(c)] = i
	}
	var problems []badinput.Problem
	assigned := map[string]bool{}
	for field, col := range userMap {
		i, ok := byName[normalizeHeader(col)]
		if !ok {
			problems = append(problems, badinput.Problem{File: path, Line: 1, Column: col, Value: header,
				Rule: fmt.Sprintf("--map %s=%s names a column the header does not have", field, col)})
			continue
		}
		l.fields[i] = field
		assigned[field] = true
	}
	for i, c := range cols {
		if l.fields[i] != "" {
			continue
		}
		field, known := headerNames[normalizeHeader(c)]
		if l.stooqBulk && stooqBulkOnly[normalizeHeader(c)] {
			// The bulk files name their symbol, interval and time of day on every row: one
			// symbol a file (its name), and the interval is checked when the file is inspected.
			continue
		}
		switch {
		case known && !assigned[field]:
			l.fields[i] = field
			assigned[field] = true
		case known:
			// Another column was mapped to this field by --map; this one is left out.
		case ignoreExtra:
		case yfinanceExtra[normalizeHeader(c)]:
			problems = append(problems, badinput.Problem{File: path, Line: 1, Column: c, Value: c,
				Rule: "dividends and splits are no price: pass --ignore-extra to leave them out (returns take them from Adj Close; " +
					"yfinance's history() writes these columns, and its Close is then adjusted already unless auto_adjust=False)"})
		default:
			problems = append(problems, badinput.Problem{File: path, Line: 1, Column: c, Value: c,
				Rule: "column cannot be mapped to date, open, high, low, close, adj_close or volume (name it with --map FIELD=COLUMN, or pass --ignore-extra)"})
		}
	}
	for _, need := range []string{FieldDate, FieldClose} {
		if !assigned[need] {
			problems = append(problems, badinput.Problem{File: path, Line: 1, Value: header,
				Rule: fmt.Sprintf("the header has no %s column (name it with --map %s=COLUMN)", need, need)})
		}
	}
	if len(problems) > 0 {
		return layout{}, problems
	}
	switch {
	case l.levels > 0:
		l.format = "yfinance"
	case l.stooqBulk:
		l.format, l.dateFormat = "stooq", "%Y%m%d"
	case len(userMap) == 0 && normalizeHeader(l.column(FieldClose)) == "closelast":
		// Nasdaq.com's download: Date,Close/Last,Volume,Open,High,Low, newest first, dates as
		// 12/01/2023 and prices as $191.24.
		l.format, l.dateFormat, l.dollars = "nasdaq", "%m/%d/%Y", true
	case len(userMap) == 0 && l.has(FieldAdjClose) && len(cols) == 7:
		l.format = "yahoo"
	case len(userMap) == 0 && !l.has(FieldAdjClose) && len(cols) == 6 && l.has(FieldVolume):
		l.format = "stooq"
	default:
		l.format = "csv"
	}
	return l, nil
}

// yfinanceExtra are the columns yfinance's Ticker.history() writes beside the prices.
var yfinanceExtra = map[string]bool{"dividends": true, "stocksplits": true, "capitalgains": true}

// isYfinanceLevels says whether a first header line is yfinance's two-level column index as
// to_csv writes it: "Price" over the price names, then lines of tickers and of "Date".
func isYfinanceLevels(cols []string) bool {
	if len(cols) < 2 || normalizeHeader(cols[0]) != "price" {
		return false
	}
	for _, c := range cols[1:] {
		if _, ok := headerNames[normalizeHeader(c)]; !ok {
			return false
		}
	}
	return true
}

// readYfinanceLevels reads yfinance's three header lines (the price names and the tickers, in
// either order, then "Date,,,...") and returns the price names and the ticker they name. A file
// of several tickers is refused: their rows share dates, and a ticker listed later than the
// others has empty cells where it did not trade, which are no prices to check.
func readYfinanceLevels(path string, delim byte, width int) (prices []string, ticker string, problem *badinput.Problem) {
	lines, err := readHeader(path, 3)
	if err != nil {
		return nil, "", &badinput.Problem{File: path, Rule: fmt.Sprintf("cannot read: %v", err)}
	}
	if len(lines) < 3 {
		return nil, "", &badinput.Problem{File: path, Line: len(lines), Rule: "yfinance's header has three lines (Price, Ticker, Date); this file ends before the third"}
	}
	prices, tickers, index := splitLine(lines[0], delim), splitLine(lines[1], delim), splitLine(lines[2], delim)
	tickerLine := 2
	if normalizeHeader(prices[0]) == "ticker" {
		prices, tickers, tickerLine = tickers, prices, 1 // group_by="ticker": the tickers first
		if !isYfinanceLevels(prices) || len(prices) != width {
			return nil, "", &badinput.Problem{File: path, Line: 2, Value: lines[1],
				Rule: fmt.Sprintf("yfinance's second header line names the price of each of the %d columns (Price,Close,...)", width)}
		}
	}
	if len(tickers) != width || normalizeHeader(tickers[0]) != "ticker" {
		return nil, "", &badinput.Problem{File: path, Line: tickerLine, Value: lines[tickerLine-1],
			Rule: fmt.Sprintf("yfinance's second header line names the ticker of each of the %d columns (Ticker,MSFT,...)", width)}
	}
	if len(index) == 0 || normalizeHeader(index[0]) != "date" || slices.ContainsFunc(index[1:], func(s string) bool { return s != "" }) {
		return nil, "", &badinput.Problem{File: path, Line: 3, Value: lines[2],
			Rule: "yfinance's third header line names the date column and nothing else (Date,,,...)"}
	}
	names := slices.Compact(slices.Sorted(slices.Values(tickers[1:])))
	if len(names) != 1 || names[0] == "" {
		return nil, "", &badinput.Problem{File: path, Line: tickerLine, Value: lines[tickerLine-1],
			Rule: fmt.Sprintf("yfinance's header names %d tickers (%s): eventline reads one ticker a file: "+
				`download one at a time, yf.download("MSFT", auto_adjust=False).to_csv("MSFT.csv"), `+
				`or split a download with df.xs("MSFT", axis=1, level="Ticker").to_csv("MSFT.csv")`,
				len(names), strings.Join(names, ", "))}
	}
	return prices, names[0], nil
}

// stooqBulkOnly are the columns of Stooq's bulk files (the d_us_txt.zip downloads:
// <TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>) that hold no price.
var stooqBulkOnly = map[string]bool{"ticker": true, "per": true, "time": true, "openint": true}

// isStooqBulk says whether a header is Stooq's bulk layout: every name in angle brackets, with the
// symbol and interval beside a date and a close.
func isStooqBulk(cols []string) bool {
	names := map[string]bool{}
	for _, c := range cols {
		c = strings.TrimSpace(strings.TrimPrefix(c, "\ufeff"))
		if !strings.HasPrefix(c, "<") || !strings.HasSuffix(c, ">") {
			return false
		}
		names[normalizeHeader(c)] = true
	}
	return names["ticker"] && names["per"] && names["date"] && names["close"]
}

// stooqName matches the file names Stooq gives its files: aapl.us.txt in its bulk downloads
// (aapl.us once the extension is gone), aapl_us_d.csv (or _w, _m) from its pages. The market
// follows the symbol, and the interval (daily, weekly, monthly) ends a page's download.
var stooqName = regexp.MustCompile(`(?i)^(.+)[._](us|uk|de|jp|hk|pl|hu)(?:_([dwm]))?$`)

// stooqTicker is the ticker of a Stooq file: the symbol without Stooq's market suffix for the US
// market (aapl.us is AAPL, as Yahoo and the listings write it), with it for the others (sap.de is
// SAP.DE), and the interval a page's download names; ok is false for a name Stooq does not give.
func stooqTicker(path string) (ticker, interval string, ok bool) {
	base := filepath.Base(path)
	base = strings.TrimLeft(strings.TrimSuffix(base, filepath.Ext(base)), tickerPrefixes) // as TickerFromPath
	m := stooqName.FindStringSubmatch(base)
	if m == nil {
		return "", "", false
	}
	ticker = strings.ToUpper(m[1])
	if market := strings.ToUpper(m[2]); market != "US" {
		ticker += "." + market
	}
	return ticker, strings.ToLower(m[3]), true
}

// stooqTickerSQL is stooqTicker in SQL, over a name without its extension: DuckDB derives each
// row's ticker from its file's name.
func stooqTickerSQL(name string) string {
	return fmt.Sprintf(`upper(regexp_replace(regexp_replace(%s, '^(.+)[._]us(_[dwm])?$', '\1', 'i'), '^(.+)[._](uk|de|jp|hk|pl|hu)(_[dwm])?$', '\1.\2', 'i'))`, name)
}

// TickerFromPath derives a ticker from a file name: GSPC.csv -> GSPC, ^gspc.csv -> GSPC. Vendors
// that cannot put '^' in a file name write '_' instead (_PRN.csv for ^PRN), so leading '^' and '_'
// are both dropped: no ticker starts with either.
func TickerFromPath(path string) string {
	base := filepath.Base(path)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	return strings.ToUpper(strings.TrimLeft(base, tickerPrefixes))
}

// tickerPrefixes are the characters a file name may start with that are not part of its ticker.
const tickerPrefixes = "^_"
