// Package prices loads daily price series from CSV files into the prices table.
//
// Rows never pass through Go: DuckDB's own CSV reader parses them with explicit column types, the
// rules are checked in SQL over the loaded batch, and Go only reads a file's first line (to map its
// columns) and, when something is wrong, the lines it must quote back to the user.
package prices

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/badinput"
	"github.com/eventline/eventline/internal/sqltext"
)

// Options say what to load and how.
type Options struct {
	Paths []string
	// Ticker names the ticker of every file; empty derives it from each file name.
	Ticker string
	// Map names the column of each field the header does not name itself: {"close": "Price"}.
	Map map[string]string
	// DateFormat is a strptime format for the date column (e.g. %m/%d/%Y); empty means ISO 8601.
	DateFormat string
	// Source labels the rows; empty uses the detected format (yahoo, stooq or csv).
	Source string
	// IgnoreExtra skips header columns that map to no field instead of refusing the file.
	IgnoreExtra bool
	// Lenient loads the good rows and records the bad ones in ingest_rejects.
	Lenient bool
	// Progress, when set, is told how many bytes of input are loaded, after each chunk of files.
	Progress func(done, total int64)
}

// FileSummary counts one file's rows (or several files' that share a ticker).
type FileSummary struct {
	Files                                           []string
	Ticker                                          string
	Format                                          string
	Inserted, Updated, Unchanged, Rejected, Skipped int64
}

// Summary counts what an ingest did.
type Summary struct {
	IngestID                                        int64
	Files                                           []FileSummary
	Inserted, Updated, Unchanged, Rejected, Skipped int64
}

var reTicker = regexp.MustCompile(`^[A-Z0-9][A-Z0-9.\-=_]{0,19}$`)

// input is one file with its layout and ticker.
type input struct {
	path   string
	layout layout
	ticker string
	size   int64
}

// Ingest loads the files in one transaction: on any problem (unless Lenient) nothing is written
// and the returned error is a *badinput.Error.
func Ingest(ctx context.Context, db *sql.DB, opts Options) (*Summary, error) {
	inputs, err := prepare(opts)
	if err != nil {
		return nil, err
	}
	// Comparing a large batch with the rows already stored is a join of millions of rows; a memory
	// limit makes DuckDB spill it to disk rather than hold it all.
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("ingest prices: %w", err)
	}
	defer conn.Close()
	var limit string
	if err := conn.QueryRowContext(ctx, `SELECT current_setting('memory_limit')`).Scan(&limit); err != nil {
		return nil, fmt.Errorf("ingest prices: %w", err)
	}
	if _, err := conn.ExecContext(ctx, `SET memory_limit = '1GB'`); err != nil {
		return nil, fmt.Errorf("ingest prices: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), `SET memory_limit = `+sqltext.String(limit))
	// Rows need no order in the table (every query orders them), and without it DuckDB's threads
	// insert what they parse without waiting for each other.
	if _, err := conn.ExecContext(ctx, `SET preserve_insertion_order = false`); err != nil {
		return nil, fmt.Errorf("ingest prices: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), `RESET preserve_insertion_order`)
	// The ingest's commit marker: a crash at any moment leaves the batch whole or removable.
	batch, err := store.BeginIngest(ctx, db, "prices")
	if err != nil {
		return nil, err
	}
	defer batch.Release(context.WithoutCancel(ctx))
	// Collecting every problem costs a tenth of the load, so a strict ingest first loads without,
	// stopping at the first bad row; only then does it load again, collecting every problem.
	sum, err := ingestOnce(ctx, conn, opts, inputs, opts.Lenient, batch)
	if errors.Is(err, errStopped) {
		sum, err = ingestOnce(ctx, conn, opts, inputs, true, batch)
	}
	return sum, err
}

// errStopped marks a fast load that stopped on a bad row: DuckDB's CSV reader refused it, or it
// broke the OHLC rules checked as the rows went in.
var errStopped = errors.New("the load stopped on a bad row")

// ohlcStop is the message of the error the fast load raises on a row that breaks the OHLC rules.
const ohlcStop = "eventline: a row breaks the OHLC rules"

func ingestOnce(ctx context.Context, conn *sql.Conn, opts Options, inputs []input, collectRejects bool, batch *store.Ingest) (*Summary, error) {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("ingest prices: %w", err)
	}
	defer tx.Rollback()
	l := &loader{tx: tx, opts: opts, inputs: inputs, collectRejects: collectRejects, batch: batch}
	sum, err := l.run(ctx)
	if err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("ingest prices: commit: %w", err)
	}
	return sum, nil
}

// prepare expands paths and reads every header, so that a wrong file is refused before the
// database is touched.
func prepare(opts Options) ([]input, error) {
	for field := range opts.Map {
		if !slices.Contains(Fields, field) {
			return nil, badinput.Errorf("--map", "unknown field %q: fields are %s", field, strings.Join(Fields, ", "))
		}
	}
	files, err := ExpandPaths(opts.Paths)
	if err != nil {
		return nil, err
	}
	// Reading thousands of headers is system calls more than work: a few readers at once cut a
	// tenth of a second off a load of 5,000 files.
	type result struct {
		in       input
		problems []badinput.Problem
	}
	results := make([]result, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(8, len(files)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i].in, results[i].problems = inspect(files[i], opts)
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	var problems []badinput.Problem
	var inputs []input
	for _, r := range results {
		problems = append(problems, r.problems...)
		inputs = append(inputs, r.in)
	}
	if len(problems) > 0 {
		return nil, badinput.New(problems...)
	}
	return inputs, nil
}

// inspect reads one file's header and size and derives its ticker.
func inspect(path string, opts Options) (input, []badinput.Problem) {
	l, problems := detectLayout(path, opts.Map, opts.IgnoreExtra)
	ticker := strings.ToUpper(opts.Ticker)
	if ticker == "" {
		ticker = TickerFromPath(path)
	}
	if !reTicker.MatchString(ticker) {
		problems = append(problems, badinput.Problem{File: path, Value: ticker,
			Rule: "the ticker (from the file name, or --ticker) must be letters, digits, '.', '-', '=' or '_', up to 20 characters"})
	}
	fi, err := os.Stat(path)
	if err != nil {
		// A file detectLayout could not open has been reported already, and once is enough.
		if len(problems) == 0 {
			problems = append(problems, badinput.Problem{File: path, Rule: fmt.Sprintf("cannot read: %v", err)})
		}
		return input{path: path}, problems
	}
	return input{path: path, layout: l, ticker: ticker, size: fi.Size()}, problems
}

type loader struct {
	tx             *sql.Tx
	collectRejects bool
	opts           Options
	inputs         []input
	batch          *store.Ingest
	ingestID       int64
	problems       []located // every problem found, in the order found
	skipped        map[string]int64
}

// located is a problem found in SQL, before its line is known.
type located struct {
	badinput.Problem
	ticker string
	date   time.Time // for rule problems: the row's date, used to find its line
	raw    string
}

func (l *loader) run(ctx context.Context) (*Summary, error) {
	tx := l.tx
	l.ingestID = l.batch.ID
	tickers := l.tickers()
	tickerList := sqlList(tickers)
	var existing int64
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM prices WHERE ticker IN (SELECT unnest(`+tickerList+`))`).Scan(&existing); err != nil {
		return nil, fmt.Errorf("ingest prices: %w", err)
	}
	l.skipped = map[string]int64{}
	if err := l.addSourceLabels(ctx); err != nil {
		return nil, err
	}
	if err := l.load(ctx); err != nil {
		return nil, err
	}
	suspects, err := l.screen(ctx)
	if err != nil {
		return nil, err
	}
	if len(suspects) > 0 {
		if err := l.checkRules(ctx, suspects); err != nil {
			return nil, err
		}
		if err := l.checkDuplicates(ctx, suspects); err != nil {
			return nil, err
		}
	}
	if len(l.problems) > 0 {
		if err := l.locateLines(); err != nil {
			return nil, err
		}
		if !l.opts.Lenient {
			ps := make([]badinput.Problem, len(l.problems))
			for i, p := range l.problems {
				ps[i] = p.Problem
			}
			return nil, badinput.New(ps...)
		}
		if err := l.setAsideRejects(ctx); err != nil {
			return nil, err
		}
	}
	sum, err := l.upsert(ctx, existing > 0)
	if err != nil {
		return nil, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO securities (ticker) SELECT unnest(`+tickerList+`) ON CONFLICT DO NOTHING`); err != nil {
		return nil, fmt.Errorf("ingest prices: record securities: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO ingests VALUES (?, 'prices', current_timestamp, ?, ?, ?, ?, ?)`,
		l.ingestID, len(l.inputs), sum.Inserted, sum.Updated, sum.Unchanged, sum.Rejected); err != nil {
		return nil, fmt.Errorf("ingest prices: record ingest: %w", err)
	}
	if err := l.batch.Finish(ctx, tx); err != nil {
		return nil, err
	}
	return sum, nil
}

// addSourceLabels extends the price_source ENUM with the labels this ingest writes that it lacks
// (a new --source). The column goes through VARCHAR and back, rewriting it; that happens once per
// new label, inside the ingest's transaction, so a failed ingest leaves the type as it was.
func (l *loader) addSourceLabels(ctx context.Context) error {
	known, err := l.queryStrings(ctx, `SELECT unnest(enum_range(NULL::price_source))`)
	if err != nil {
		return fmt.Errorf("ingest prices: read source labels: %w", err)
	}
	all := slices.Clone(known)
	for _, in := range l.inputs {
		if s := l.source(in.layout); !slices.Contains(all, s) {
			all = append(all, s)
		}
	}
	if len(all) == len(known) {
		return nil
	}
	for _, q := range []string{
		`ALTER TABLE prices ALTER source TYPE VARCHAR`,
		`DROP TYPE price_source`,
		`CREATE TYPE price_source AS ENUM (SELECT unnest(` + sqlList(all) + `))`,
		`ALTER TABLE prices ALTER source TYPE price_source`,
	} {
		if _, err := l.tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("ingest prices: add source label: %w", err)
		}
	}
	return nil
}

// source is the label of rows read with layout lay.
func (l *loader) source(lay layout) string {
	if l.opts.Source != "" {
		return l.opts.Source
	}
	return lay.format
}

func (l *loader) tickers() []string {
	var ts []string
	for _, in := range l.inputs {
		ts = append(ts, in.ticker)
	}
	slices.Sort(ts)
	return slices.Compact(ts)
}

// chunks groups the inputs by layout (one read_csv call reads one layout) and, when progress is
// wanted, cuts each group into pieces of about a twentieth of the input.
func (l *loader) chunks() [][]input {
	groups := map[string][]input{}
	var keys []string
	var total int64
	for _, in := range l.inputs {
		k := in.layout.key()
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], in)
		total += in.size
	}
	var out [][]input
	for _, k := range keys {
		g := groups[k]
		if l.opts.Progress == nil {
			out = append(out, g)
			continue
		}
		var cur []input
		var size int64
		for _, in := range g {
			cur = append(cur, in)
			size += in.size
			if size >= total/20 {
				out = append(out, cur)
				cur, size = nil, 0
			}
		}
		if len(cur) > 0 {
			out = append(out, cur)
		}
	}
	return out
}

func sqlList(items []string) string { return sqltext.List(items) + "::VARCHAR[]" }

// load inserts every chunk straight into prices, marked with this ingest's id.
func (l *loader) load(ctx context.Context) error {
	var total, done int64
	for _, in := range l.inputs {
		total += in.size
	}
	for i, chunk := range l.chunks() {
		if err := l.loadChunk(ctx, i, chunk); err != nil {
			return err
		}
		for _, in := range chunk {
			done += in.size
		}
		if l.opts.Progress != nil {
			l.opts.Progress(done, total)
		}
	}
	return nil
}

func (l *loader) loadChunk(ctx context.Context, n int, chunk []input) error {
	lay := chunk[0].layout
	paths := make([]string, len(chunk))
	for i, in := range chunk {
		paths[i] = in.path
	}
	var colDefs []string
	colOf := map[string]string{}
	var notNull []string
	for i, f := range lay.fields {
		name := fmt.Sprintf("c%d", i)
		typ := "VARCHAR"
		switch f {
		case FieldDate:
			typ = "DATE"
			notNull = append(notNull, sqltext.String(name))
		case FieldClose:
			typ = "DOUBLE"
			notNull = append(notNull, sqltext.String(name))
		case FieldOpen, FieldHigh, FieldLow, FieldAdjClose:
			typ = "DOUBLE"
		case FieldVolume:
			typ = "BIGINT"
		}
		colDefs = append(colDefs, fmt.Sprintf("%s: '%s'", sqltext.String(name), typ))
		if f != "" {
			colOf[f] = name
		}
	}
	col := func(f string) string {
		if c, ok := colOf[f]; ok {
			return c
		}
		return "NULL"
	}
	ticker := tickerExpr(paths)
	if l.opts.Ticker != "" {
		ticker = sqltext.String(strings.ToUpper(l.opts.Ticker))
	}
	source := l.source(lay)
	volume := "NULL"
	if c, ok := colOf[FieldVolume]; ok {
		volume = c
	}
	// A fast load checks the OHLC rules as the rows go in: there the comparisons cost a fifth of
	// a scan of the loaded batch afterwards. The price rules need no such care: the screen's
	// filters on single columns are answered from the row groups' statistics.
	low := col(FieldLow)
	readColumn := func(f string) (string, bool) { c, ok := colOf[f]; return c, ok }
	if guard := ohlcCondition(readColumn); guard != "" && !l.collectRejects {
		low = fmt.Sprintf("CASE WHEN %s THEN error(%s) ELSE %s END", guard, sqltext.String(ohlcStop), low)
	}
	dateFormat := ""
	if l.opts.DateFormat != "" {
		dateFormat = ", dateformat = " + sqltext.String(l.opts.DateFormat)
	}
	errTable, scanTable := fmt.Sprintf("el_rejects_%d", n), fmt.Sprintf("el_reject_scans_%d", n)
	rejects := ""
	if l.collectRejects {
		rejects = fmt.Sprintf(", store_rejects = true, rejects_table = '%s', rejects_scan = '%s'", errTable, scanTable)
	}
	q := fmt.Sprintf(`
		INSERT INTO prices (ticker, date, open, high, low, close, adj_close, volume, source, ingest_id)
		SELECT %s, %s, %s, %s, %s, %s, %s, %s, %s, %d
		FROM read_csv(%s, columns = {%s}, header = true, delim = %s, quote = '"', escape = '"',
			auto_detect = false, filename = true, nullstr = ['null', ''],
			force_not_null = [%s]%s%s)`,
		ticker, col(FieldDate), col(FieldOpen), col(FieldHigh), low, col(FieldClose), col(FieldAdjClose),
		volume, sqltext.String(source)+"::price_source", l.ingestID,
		sqlList(paths), strings.Join(colDefs, ", "), sqltext.String(string(lay.delim)),
		strings.Join(notNull, ", "), rejects, dateFormat)
	if _, err := l.tx.ExecContext(ctx, q); err != nil {
		if !l.collectRejects && (strings.Contains(err.Error(), "CSV Error") || strings.Contains(err.Error(), ohlcStop)) {
			return errStopped
		}
		return fmt.Errorf("ingest prices: load %s: %w", describe(paths), err)
	}
	if !l.collectRejects {
		return nil
	}
	return l.readRejects(ctx, chunk, errTable, scanTable)
}

// ohlcRules are the OHLC rules, each a comparison of two prices that a row must not make.
var ohlcRules = []struct{ a, op, word, b string }{
	{FieldLow, ">", "above", FieldHigh}, {FieldLow, ">", "above", FieldOpen}, {FieldLow, ">", "above", FieldClose},
	{FieldHigh, "<", "below", FieldOpen}, {FieldHigh, "<", "below", FieldClose},
}

// ohlcCondition is the SQL condition that a row breaks an OHLC rule, with each field named by
// column; a rule on a field without a column is left out, and "" means none is left.
func ohlcCondition(column func(field string) (string, bool)) string {
	var terms []string
	for _, r := range ohlcRules {
		a, okA := column(r.a)
		b, okB := column(r.b)
		if okA && okB {
			terms = append(terms, a+" "+r.op+" "+b)
		}
	}
	if len(terms) == 0 {
		return ""
	}
	return "(" + strings.Join(terms, " OR ") + ")"
}

// tickerExpr is the SQL that derives each row's ticker from its file name as TickerFromPath does,
// doing per row only the steps these files need: the expression runs ten million times.
func tickerExpr(paths []string) string {
	expr := `parse_filename(filename, true)`
	var caret, lower bool
	for _, p := range paths {
		base := filepath.Base(p)
		base = strings.TrimSuffix(base, filepath.Ext(base))
		caret = caret || strings.HasPrefix(base, "^")
		lower = lower || strings.ToUpper(base) != base
	}
	if caret {
		expr = `ltrim(` + expr + `, '^')`
	}
	if lower {
		expr = `upper(` + expr + `)`
	}
	return expr
}

func describe(paths []string) string {
	if len(paths) == 1 {
		return paths[0]
	}
	return fmt.Sprintf("%s and %d more files", paths[0], len(paths)-1)
}

// readRejects turns the rows DuckDB's reader refused into problems, and sets aside Yahoo's
// placeholder rows (a date and nothing else), which are skipped rather than refused.
func (l *loader) readRejects(ctx context.Context, chunk []input, errTable, scanTable string) error {
	rows, err := l.tx.QueryContext(ctx, fmt.Sprintf(`
		SELECT s.file_path, e.line, e.column_idx, e.error_type, e.csv_line, e.error_message
		FROM %s e JOIN %s s USING (scan_id, file_id)
		ORDER BY s.file_path, e.line`, errTable, scanTable))
	if err != nil {
		return fmt.Errorf("ingest prices: read rejected rows: %w", err)
	}
	defer rows.Close()
	byPath := map[string]input{}
	for _, in := range chunk {
		byPath[in.path] = in
	}
	seen := map[string]bool{} // one problem per line is enough
	for rows.Next() {
		var path, errType, csvLine, msg string
		var line int
		var colIdx sql.NullInt64
		if err := rows.Scan(&path, &line, &colIdx, &errType, &csvLine, &msg); err != nil {
			return fmt.Errorf("ingest prices: read rejected rows: %w", err)
		}
		key := fmt.Sprintf("%s:%d", path, line)
		if seen[key] {
			continue
		}
		seen[key] = true
		in := byPath[path]
		lay := in.layout
		fields := splitLine(csvLine, lay.delim)
		if placeholderRow(fields) {
			l.skipped[in.ticker]++
			continue
		}
		p := located{ticker: in.ticker, raw: csvLine, Problem: badinput.Problem{File: path, Line: line}}
		idx := int(colIdx.Int64) - 1
		switch errType {
		case "CAST":
			if idx >= 0 && idx < len(lay.fields) {
				p.Column = lay.columns[idx]
				if idx < len(fields) {
					p.Value = fields[idx]
				}
				switch lay.fields[idx] {
				case FieldDate:
					p.Rule = "not a date (expected YYYY-MM-DD"
					if l.opts.DateFormat != "" {
						p.Rule = "not a date in the format " + l.opts.DateFormat + " (from --date-format"
					}
					p.Rule += ")"
					if p.Value == "" || strings.EqualFold(p.Value, "null") {
						p.Rule = "the date is missing"
					}
				case FieldClose:
					p.Rule = "not a number"
					if p.Value == "" || strings.EqualFold(p.Value, "null") || strings.EqualFold(p.Value, "nan") {
						p.Rule = "the close is missing"
					}
				default:
					p.Rule = "not a number"
				}
			} else {
				p.Rule = msg
			}
		case "MISSING COLUMNS":
			p.Rule = fmt.Sprintf("has %d fields, the header has %d", len(fields), len(lay.fields))
		case "TOO MANY COLUMNS":
			p.Rule = fmt.Sprintf("has %d fields, the header has %d", len(fields), len(lay.fields))
		case "INVALID UNICODE":
			p.Rule = "not valid UTF-8 text"
		default:
			p.Rule = strings.ToLower(errType) + ": " + firstLine(msg)
		}
		l.problems = append(l.problems, p)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("ingest prices: read rejected rows: %w", err)
	}
	for _, t := range []string{errTable, scanTable} {
		if _, err := l.tx.ExecContext(ctx, "DROP TABLE "+t); err != nil {
			return fmt.Errorf("ingest prices: %w", err)
		}
	}
	return nil
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// splitLine splits a CSV line the simple way; it is used only to quote values back to the user.
func splitLine(line string, delim byte) []string {
	fields := strings.Split(strings.TrimRight(line, "\r\n"), string(delim))
	for i, f := range fields {
		fields[i] = strings.Trim(strings.TrimSpace(f), `"`)
	}
	return fields
}

// placeholderRow recognizes Yahoo's rows for days without trading: a date and the word null in
// every other field. An empty close is a missing value, not a placeholder.
func placeholderRow(fields []string) bool {
	if len(fields) < 2 || fields[0] == "" {
		return false
	}
	for _, f := range fields[1:] {
		if !strings.EqualFold(f, "null") {
			return false
		}
	}
	return true
}

// The rules as SQL conditions on a row of prices; checkRules says which one a row breaks.
var (
	// priceRules are each on one column, so that a filter on one is answered from statistics.
	priceRules = []string{"close <= 0", "open <= 0", "high <= 0", "low <= 0", "adj_close <= 0", "volume < 0"}
	ohlcRule   = ohlcCondition(func(f string) (string, bool) { return f, true }) // fields are prices' columns
	// ruleViolation is that a row breaks some rule.
	ruleViolation = "(" + strings.Join(priceRules, " OR ") + " OR " + ohlcRule + ")"
)

// screen finds the tickers that break a rule or repeat a date; the detailed (and slower) checks
// then look at those tickers only. Each check is its own statement: one pass doing all of them
// cost twice as much on ten million rows. Distinct dates are counted with a bitmap of day
// numbers, which needs neither a sort nor a hash table of ten million keys.
func (l *loader) screen(ctx context.Context) ([]string, error) {
	var lo, hi sql.NullInt64
	if err := l.tx.QueryRowContext(ctx, `SELECT min(date) - DATE '1970-01-01', max(date) - DATE '1970-01-01' FROM prices WHERE ingest_id = ?`, l.ingestID).Scan(&lo, &hi); err != nil {
		return nil, fmt.Errorf("ingest prices: check rows: %w", err)
	}
	if !lo.Valid {
		return nil, nil
	}
	// One filter per price rule, so that each is answered from the row groups' statistics (a batch
	// without a non-positive close never reads the column); joined by OR they would read every row.
	var priceScans []string
	for _, r := range priceRules {
		priceScans = append(priceScans, `SELECT ticker FROM prices WHERE ingest_id = $1 AND `+r)
	}
	queries := []string{
		strings.Join(priceScans, " UNION "),
		fmt.Sprintf(`SELECT ticker FROM prices WHERE ingest_id = $1 GROUP BY ticker
			HAVING count(*) > bit_count(bitstring_agg((date - DATE '1970-01-01')::INTEGER, %d, %d))`, lo.Int64, hi.Int64),
	}
	if l.collectRejects { // a fast load has checked the OHLC rules on the way in
		queries = append(queries, `SELECT DISTINCT ticker FROM prices WHERE ingest_id = $1 AND `+ohlcRule)
	}
	var suspects []string
	for _, q := range queries {
		ts, err := l.queryStrings(ctx, q, l.ingestID)
		if err != nil {
			return nil, fmt.Errorf("ingest prices: check rows: %w", err)
		}
		suspects = append(suspects, ts...)
	}
	slices.Sort(suspects)
	return slices.Compact(suspects), nil
}

// queryStrings returns the one text column of query q's rows.
func (l *loader) queryStrings(ctx context.Context, q string, args ...any) ([]string, error) {
	rows, err := l.tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ts []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, err
		}
		ts = append(ts, t)
	}
	return ts, rows.Err()
}

func (l *loader) checkRules(ctx context.Context, tickers []string) error {
	rows, err := l.tx.QueryContext(ctx, `
		SELECT ticker, date, open, high, low, close, adj_close, volume FROM prices
		WHERE ingest_id = ? AND ticker IN (SELECT unnest(`+sqlList(tickers)+`)) AND `+ruleViolation+` ORDER BY ticker, date`, l.ingestID)
	if err != nil {
		return fmt.Errorf("ingest prices: check rules: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var ticker string
		var date time.Time
		var open, high, low, closeP, adj sql.NullFloat64
		var volume sql.NullInt64
		if err := rows.Scan(&ticker, &date, &open, &high, &low, &closeP, &adj, &volume); err != nil {
			return fmt.Errorf("ingest prices: check rules: %w", err)
		}
		add := func(field string, value string, rule string) {
			l.problems = append(l.problems, located{ticker: ticker, date: date,
				Problem: badinput.Problem{Column: field, Value: value, Rule: rule}})
		}
		num := func(f sql.NullFloat64) string { return fmt.Sprint(f.Float64) }
		for _, p := range []struct {
			field string
			v     sql.NullFloat64
		}{{FieldOpen, open}, {FieldHigh, high}, {FieldLow, low}, {FieldClose, closeP}, {FieldAdjClose, adj}} {
			if p.v.Valid && p.v.Float64 <= 0 {
				add(p.field, num(p.v), "prices must be positive")
			}
		}
		if volume.Valid && volume.Int64 < 0 {
			add(FieldVolume, fmt.Sprint(volume.Int64), "volume must not be negative")
		}
		// The first OHLC rule a row breaks is enough to say what is wrong with it.
		value := map[string]sql.NullFloat64{FieldOpen: open, FieldHigh: high, FieldLow: low, FieldClose: closeP}
		for _, r := range ohlcRules {
			a, b := value[r.a], value[r.b]
			if a.Valid && b.Valid && (r.op == ">" && a.Float64 > b.Float64 || r.op == "<" && a.Float64 < b.Float64) {
				add(r.a, num(a), fmt.Sprintf("%s is %s %s (%s)", r.a, r.word, r.b, num(b)))
				break
			}
		}
	}
	return rows.Err()
}

// checkDuplicates finds dates that occur twice for a ticker. Sorting by date and comparing
// neighbours costs a third of grouping by (ticker, date) on ten million rows.
func (l *loader) checkDuplicates(ctx context.Context, tickers []string) error {
	rows, err := l.tx.QueryContext(ctx, `
		SELECT ticker, date, count(*) FROM (
			SELECT ticker, date, lag(date) OVER (PARTITION BY ticker ORDER BY date) AS prev
			FROM prices WHERE ingest_id = ? AND ticker IN (SELECT unnest(`+sqlList(tickers)+`)))
		WHERE date = prev GROUP BY ticker, date ORDER BY ticker, date`, l.ingestID)
	if err != nil {
		return fmt.Errorf("ingest prices: check duplicates: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var ticker string
		var date time.Time
		var extra int
		if err := rows.Scan(&ticker, &date, &extra); err != nil {
			return fmt.Errorf("ingest prices: check duplicates: %w", err)
		}
		l.problems = append(l.problems, located{ticker: ticker, date: date,
			Problem: badinput.Problem{Column: FieldDate, Value: date.Format("2006-01-02"),
				Rule: fmt.Sprintf("duplicate date: %s has %d rows for it", ticker, extra+1)}})
	}
	return rows.Err()
}

// locateLines finds the file and line of problems found in SQL by reading the files they can be
// in. Only files with problems are read, and each once.
func (l *loader) locateLines() error {
	need := map[string][]int{} // ticker -> indexes of problems without a file
	for i, p := range l.problems {
		if p.File == "" {
			need[p.ticker] = append(need[p.ticker], i)
		}
	}
	if len(need) == 0 {
		return nil
	}
	for _, in := range l.inputs {
		idx, ok := need[in.ticker]
		if !ok {
			continue
		}
		dates := map[string][]int{}
		for _, i := range idx {
			dates[l.problems[i].date.Format("2006-01-02")] = append(dates[l.problems[i].date.Format("2006-01-02")], i)
		}
		err := scanDates(in.path, in.layout, l.opts.DateFormat, func(line int, date time.Time, raw string) {
			for _, i := range dates[date.Format("2006-01-02")] {
				p := &l.problems[i]
				if p.File == "" {
					p.File, p.Line, p.raw = in.path, line, raw
					if p.Column != "" {
						p.Column = in.layout.column(p.Column)
					}
				} else if strings.HasPrefix(p.Rule, "duplicate date") {
					cp := *p
					cp.File, cp.Line, cp.raw = in.path, line, raw
					l.problems = append(l.problems, cp) // a duplicate date gets one problem per line
				}
			}
		})
		if err != nil {
			return err
		}
	}
	sort.SliceStable(l.problems, func(i, j int) bool {
		a, b := l.problems[i], l.problems[j]
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
	return nil
}

// setAsideRejects moves the bad rows of a lenient ingest out of prices and into ingest_rejects.
func (l *loader) setAsideRejects(ctx context.Context) error {
	tx := l.tx
	if _, err := tx.ExecContext(ctx, `DELETE FROM prices WHERE ingest_id = ? AND `+ruleViolation, l.ingestID); err != nil {
		return fmt.Errorf("ingest prices: set aside rejects: %w", err)
	}
	for _, p := range l.problems {
		if strings.HasPrefix(p.Rule, "duplicate date") {
			if _, err := tx.ExecContext(ctx, `DELETE FROM prices WHERE ingest_id = ? AND ticker = ? AND date = ?`, l.ingestID, p.ticker, p.date); err != nil {
				return fmt.Errorf("ingest prices: set aside rejects: %w", err)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO ingest_rejects VALUES (?, 'prices', ?, ?, ?, ?, ?, ?, ?)`,
			l.ingestID, p.File, p.Line, p.Column, p.Value, p.Rule, p.Problem.String(), p.raw); err != nil {
			return fmt.Errorf("ingest prices: record rejects: %w", err)
		}
	}
	return nil
}

// upsert settles rows that were already stored: an identical row keeps the stored one (unchanged),
// a different one replaces it (updated). The rest are inserted.
func (l *loader) upsert(ctx context.Context, overlapPossible bool) (*Summary, error) {
	tx := l.tx
	type counts struct{ rows, same, changed int64 }
	perTicker := map[string]*counts{}
	rows, err := tx.QueryContext(ctx, `SELECT ticker, count(*) FROM prices WHERE ingest_id = ? GROUP BY ticker`, l.ingestID)
	if err != nil {
		return nil, fmt.Errorf("ingest prices: count: %w", err)
	}
	for rows.Next() {
		var t string
		c := &counts{}
		if err := rows.Scan(&t, &c.rows); err != nil {
			rows.Close()
			return nil, err
		}
		perTicker[t] = c
	}
	rows.Close()
	if overlapPossible {
		if _, err := tx.ExecContext(ctx, `
			CREATE TEMP TABLE el_overlap AS
			SELECT n.ticker, o.rowid AS old_rowid, n.rowid AS new_rowid,
				(o.open IS NOT DISTINCT FROM n.open AND o.high IS NOT DISTINCT FROM n.high
				 AND o.low IS NOT DISTINCT FROM n.low AND o.close = n.close
				 AND o.adj_close IS NOT DISTINCT FROM n.adj_close AND o.volume IS NOT DISTINCT FROM n.volume) AS same
			FROM prices n JOIN prices o ON o.ticker = n.ticker AND o.date = n.date
			WHERE n.ingest_id = $1 AND o.ingest_id IS DISTINCT FROM $1`, l.ingestID); err != nil {
			return nil, fmt.Errorf("ingest prices: compare with stored rows: %w", err)
		}
		rows, err := tx.QueryContext(ctx, `SELECT ticker, count_if(same), count_if(NOT same) FROM el_overlap GROUP BY ticker`)
		if err != nil {
			return nil, fmt.Errorf("ingest prices: compare with stored rows: %w", err)
		}
		for rows.Next() {
			var t string
			var same, changed int64
			if err := rows.Scan(&t, &same, &changed); err != nil {
				rows.Close()
				return nil, err
			}
			if c := perTicker[t]; c != nil {
				c.same, c.changed = same, changed
			}
		}
		rows.Close()
		for _, q := range []string{
			`DELETE FROM prices WHERE rowid IN (SELECT new_rowid FROM el_overlap WHERE same)`,
			`DELETE FROM prices WHERE rowid IN (SELECT old_rowid FROM el_overlap WHERE NOT same)`,
			`DROP TABLE el_overlap`,
		} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return nil, fmt.Errorf("ingest prices: replace stored rows: %w", err)
			}
		}
	}
	// A row can break several rules; it is one rejected row.
	rejected := map[string]int64{}
	seen := map[string]bool{}
	for _, p := range l.problems {
		key := fmt.Sprintf("%s:%d", p.File, p.Line)
		if !seen[key] {
			seen[key] = true
			rejected[p.ticker]++
		}
	}
	sum := &Summary{IngestID: l.ingestID}
	byTicker := map[string]*FileSummary{}
	for _, in := range l.inputs {
		fs := byTicker[in.ticker]
		if fs == nil {
			fs = &FileSummary{Ticker: in.ticker, Format: in.layout.format}
			if l.opts.Source != "" {
				fs.Format = l.opts.Source
			}
			byTicker[in.ticker] = fs
			c := perTicker[in.ticker]
			if c == nil {
				c = &counts{}
			}
			fs.Inserted = c.rows - c.same - c.changed
			fs.Updated, fs.Unchanged = c.changed, c.same
			fs.Rejected, fs.Skipped = rejected[in.ticker], l.skipped[in.ticker]
			sum.Inserted += fs.Inserted
			sum.Updated += fs.Updated
			sum.Unchanged += fs.Unchanged
			sum.Rejected += fs.Rejected
			sum.Skipped += fs.Skipped
		}
		fs.Files = append(fs.Files, in.path)
	}
	for _, t := range l.tickers() {
		sum.Files = append(sum.Files, *byTicker[t])
	}
	return sum, nil
}
