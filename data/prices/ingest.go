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
	"strconv"
	"strings"

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
	// Source labels the rows; empty uses the detected format (yahoo, yfinance, stooq or csv).
	Source string
	// Kind records what the tickers are (stock, index, etf) in securities, replacing what is
	// stored; empty marks a file named like a Yahoo index (^GSPC.csv) as an index and leaves the
	// others as they are.
	Kind string
	// IgnoreExtra skips header columns that map to no field instead of refusing the file.
	IgnoreExtra bool
	// Lenient loads the good rows and records the bad ones in ingest_rejects.
	Lenient bool
	// Progress, when set, is told how many bytes of input are loaded, after each chunk of files.
	Progress func(done, total int64)
}

// FileSummary counts one file's rows (or several files' that share a ticker). Every data line is
// inserted, updated, unchanged, rejected or skipped; Repaired counts the stored rows among them
// whose Yahoo opening price of 0 ("unknown") was stored as NULL.
type FileSummary struct {
	Files                                                     []string
	Ticker                                                    string
	Format                                                    string
	Inserted, Updated, Unchanged, Rejected, Skipped, Repaired int64
}

// Summary counts what an ingest did. Refused lists the files a lenient ingest left out whole.
type Summary struct {
	IngestID                                                  int64
	Files                                                     []FileSummary
	Refused                                                   []badinput.Problem
	Inserted, Updated, Unchanged, Rejected, Skipped, Repaired int64
}

// SecurityKinds are the kinds of security Options.Kind may record.
var SecurityKinds = []string{"stock", "index", "etf"}

var reTicker = regexp.MustCompile(`^[A-Z0-9][A-Z0-9.\-=_]{0,19}$`)

// input is one file with its layout and ticker.
type input struct {
	path   string
	layout layout
	ticker string
	size   int64
	// index: the file name marks an index the way Yahoo does (a leading '^').
	index bool
}

// Ingest loads the files in one transaction: on any problem (unless Lenient) nothing is written
// and the returned error is a *badinput.Error.
func Ingest(ctx context.Context, db *sql.DB, opts Options) (*Summary, error) {
	inputs, refused, err := prepare(opts)
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
	// A lower limit set by the user (or a test) stays.
	if b, ok := parseBytes(limit); !ok || b > 1<<30 {
		if _, err := conn.ExecContext(ctx, `SET memory_limit = '1GB'`); err != nil {
			return nil, fmt.Errorf("ingest prices: %w", err)
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), `SET memory_limit = `+sqltext.String(limit))
	}
	// Rows need no order in the table (every query orders them), and without it DuckDB's threads
	// insert what they parse without waiting for each other.
	if _, err := conn.ExecContext(ctx, `SET preserve_insertion_order = false`); err != nil {
		return nil, fmt.Errorf("ingest prices: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), `RESET preserve_insertion_order`)
	// The ingest's commit marker: a crash at any moment leaves the batch whole or removable.
	batch, err := store.BeginIngest(ctx, conn, "prices") // on conn: the ingest may have the only connection
	if err != nil {
		return nil, err
	}
	defer batch.Release(context.WithoutCancel(ctx))
	// Collecting every problem costs a tenth of the load, so a strict ingest first loads without,
	// stopping at the first bad row; only then does it load again, collecting every problem.
	sum, err := ingestOnce(ctx, conn, opts, inputs, refused, opts.Lenient, batch)
	if errors.Is(err, errStopped) {
		sum, err = ingestOnce(ctx, conn, opts, inputs, refused, true, batch)
	}
	return sum, err
}

// parseBytes reads a size as DuckDB prints its settings: "953.6 MiB", "18.8 GiB".
func parseBytes(s string) (float64, bool) {
	num, unit, ok := strings.Cut(strings.TrimSpace(s), " ")
	if !ok {
		return 0, false
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, false
	}
	scale := map[string]float64{"bytes": 1, "KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30, "TiB": 1 << 40,
		"KB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12}[unit]
	return v * scale, scale > 0
}

// errStopped marks a fast load that stopped on a bad row: DuckDB's CSV reader refused it, or it
// broke the OHLC rules checked as the rows went in.
var errStopped = errors.New("the load stopped on a bad row")

// ohlcStop is the message of the error the fast load raises on a row that breaks the OHLC rules.
const ohlcStop = "eventline: a row breaks the OHLC rules"

func ingestOnce(ctx context.Context, conn *sql.Conn, opts Options, inputs []input, refused []badinput.Problem, collectRejects bool, marker *store.Ingest) (*Summary, error) {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("ingest prices: %w", err)
	}
	defer tx.Rollback()
	l := &loader{tx: tx, opts: opts, inputs: inputs, refused: refused, collectRejects: collectRejects, marker: marker}
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
// database is touched. A lenient ingest leaves out the files with problems and returns them: one
// file's problem never stops the others.
func prepare(opts Options) ([]input, []badinput.Problem, error) {
	for field := range opts.Map {
		if !slices.Contains(Fields, field) {
			return nil, nil, badinput.Errorf("--map", "unknown field %q: fields are %s", field, strings.Join(Fields, ", "))
		}
	}
	files, problems := expandPaths(opts.Paths)
	// Reading thousands of headers is system calls more than work: a few readers at once cut a
	// tenth of a second off a load of 5,000 files.
	type result struct {
		in       input
		problems []badinput.Problem
	}
	results := make([]result, len(files))
	forEachFile(len(files), 8, func(_, i int) { results[i].in, results[i].problems = inspect(files[i], opts) })
	var inputs []input
	for _, r := range results {
		problems = append(problems, r.problems...)
		if len(r.problems) == 0 {
			inputs = append(inputs, r.in)
		}
	}
	if len(problems) > 0 && !opts.Lenient {
		return nil, nil, badinput.New(problems...)
	}
	return inputs, problems, nil
}

// inspect reads one file's header and size and derives its ticker.
func inspect(path string, opts Options) (input, []badinput.Problem) {
	l, problems := detectLayout(path, opts.Map, opts.IgnoreExtra)
	ticker := strings.ToUpper(opts.Ticker)
	// A ticker the file names inside it (yfinance's Ticker line) says more than its file name; an
	// index is written as Yahoo writes it there ("^GSPC").
	inFile := ticker == "" && l.ticker != ""
	if inFile {
		ticker = strings.ToUpper(strings.TrimLeft(l.ticker, tickerPrefixes))
	}
	if ticker == "" {
		ticker = TickerFromPath(path)
		if l.format == "stooq" {
			if t, interval, ok := stooqTicker(path); ok {
				ticker = t
				if interval == "w" || interval == "m" {
					problems = append(problems, badinput.Problem{File: path, Value: filepath.Base(path),
						Rule: "a Stooq file of weekly (_w) or monthly (_m) prices: eventline loads daily prices (download the _d file)"})
				}
			}
		}
	}
	if l.stooqBulk {
		problems = append(problems, checkStooqInterval(path, l)...)
	}
	if l.format == "nasdaq" && opts.Ticker == "" && nasdaqDownloadName.MatchString(filepath.Base(path)) {
		problems = append(problems, badinput.Problem{File: path, Value: filepath.Base(path),
			Rule: "Nasdaq.com names every download HistoricalData_<number>.csv, which names no ticker: pass --ticker, or rename the file after its ticker (AAPL.csv)"})
	}
	if !reTicker.MatchString(ticker) {
		where := "from the file name, or --ticker"
		if inFile {
			where = "from yfinance's Ticker line, or --ticker"
		}
		problems = append(problems, badinput.Problem{File: path, Value: ticker,
			Rule: "the ticker (" + where + ") must start with a letter or digit, then letters, digits, '.', '-', '=' or '_', up to 20 characters (a file name's leading '^' or '_' is dropped)"})
	}
	fi, err := os.Stat(path)
	if err != nil {
		// A file detectLayout could not open has been reported already, and once is enough.
		if len(problems) == 0 {
			problems = append(problems, badinput.Problem{File: path, Rule: fmt.Sprintf("cannot read: %v", err)})
		}
		return input{path: path}, problems
	}
	// Only '^' marks an index: a leading '_' is also how vendors write names Windows reserves
	// (_PRN.csv is the PRN fund, PRN being a device name there).
	index := opts.Ticker == "" && strings.HasPrefix(filepath.Base(path), "^")
	if inFile {
		index = strings.HasPrefix(l.ticker, "^")
	}
	return input{path: path, layout: l, ticker: ticker, size: fi.Size(), index: index}, problems
}

// nasdaqDownloadName is the name Nasdaq.com gives its historical downloads, a time stamp.
var nasdaqDownloadName = regexp.MustCompile(`(?i)^historicaldata_\d+(\.csv)?$`)

// checkStooqInterval refuses a Stooq bulk file of other than daily prices: the bulk downloads
// come a file a symbol and an interval, so the first row's <PER> says what the file holds.
func checkStooqInterval(path string, l layout) []badinput.Problem {
	lines, err := readHeader(path, 2)
	if err != nil || len(lines) < 2 {
		return nil // said by detectLayout already, or a header alone: nothing to check
	}
	fields := splitLine(lines[1], l.delim)
	i := slices.IndexFunc(l.columns, func(c string) bool { return normalizeHeader(c) == "per" })
	if i < 0 || i >= len(fields) || strings.TrimSpace(fields[i]) == "" {
		return nil
	}
	if per := strings.TrimSpace(fields[i]); !strings.EqualFold(per, "D") {
		return []badinput.Problem{{File: path, Line: 2, Column: l.columns[i], Value: per,
			Rule: "a Stooq file of another interval than daily (<PER> D): eventline loads daily prices"}}
	}
	return nil
}

type loader struct {
	tx             *sql.Tx
	collectRejects bool
	opts           Options
	inputs         []input
	refused        []badinput.Problem // files a lenient ingest leaves out
	marker         *store.Ingest      // the ingest's commit marker (store.BeginIngest)
	ingestID       int64
	skipped        map[string]int64
	problemsReady  bool // the problem tables exist (problems.go)
	tally          map[string]tally
	lineCounts     chan lineCounts // countLines's answer, when a careful load counts lines
}

// accountForLines checks, after a fast load, that every data line of the files is a stored row or
// a placeholder row (skipped); otherwise a row was left out for lacking its close, and the load
// stops for the careful one to say which.
func (l *loader) accountForLines() error {
	counted := <-l.lineCounts
	l.lineCounts = nil
	if counted.err != nil {
		return counted.err
	}
	lines := map[string]int64{}
	for i, in := range l.inputs {
		l.skipped[in.ticker] += counted.placeholders[i]
		lines[in.ticker] += counted.lines[i]
	}
	for t, n := range lines {
		if l.tally[t].rows+l.skipped[t] != n {
			return errStopped
		}
	}
	return nil
}

// lineCounts is countLines's answer.
type lineCounts struct {
	lines, placeholders []int64
	err                 error
}

// tally is what the checks after the load ask of each ticker's stored rows of the batch.
type tally struct {
	rows     int64 // stored rows
	openless int64 // rows without an opening price
	repeats  bool  // a date stored more than once
}

// tallyBatch counts each ticker's stored rows of the batch in one scan: the checks after the load
// each asked their own question of the whole batch, and each scan cost about as much. Distinct
// dates are counted with a bitmap of day numbers, which needs neither a sort nor a hash table of
// ten million keys.
func (l *loader) tallyBatch(ctx context.Context) error {
	l.tally = map[string]tally{}
	var lo, hi sql.NullInt64
	if err := l.tx.QueryRowContext(ctx, `SELECT min(date) - DATE '1970-01-01', max(date) - DATE '1970-01-01' FROM prices WHERE `+l.batch()).Scan(&lo, &hi); err != nil {
		return fmt.Errorf("ingest prices: count rows: %w", err)
	}
	if !lo.Valid {
		return nil
	}
	rows, err := l.tx.QueryContext(ctx, fmt.Sprintf(`
		SELECT ticker, count(*), count(*) FILTER (WHERE open IS NULL),
			count(*) > bit_count(bitstring_agg((date - DATE '1970-01-01')::INTEGER, %d, %d))
		FROM prices WHERE %s GROUP BY ticker`, lo.Int64, hi.Int64, l.batch()))
	if err != nil {
		return fmt.Errorf("ingest prices: count rows: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var t string
		var c tally
		if err := rows.Scan(&t, &c.rows, &c.openless, &c.repeats); err != nil {
			return fmt.Errorf("ingest prices: count rows: %w", err)
		}
		l.tally[t] = c
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("ingest prices: count rows: %w", err)
	}
	return nil
}

// dateFormat is the strptime format of a layout's dates: --date-format, else the layout's own, and
// "" for ISO 8601.
func (l *loader) dateFormat(lay layout) string {
	if l.opts.DateFormat != "" {
		return l.opts.DateFormat
	}
	return lay.dateFormat
}

// batch is the SQL condition for the rows of this ingest.
func (l *loader) batch() string {
	return fmt.Sprintf("ingest_id = %d", l.ingestID)
}

func (l *loader) run(ctx context.Context) (*Summary, error) {
	tx := l.tx
	l.ingestID = l.marker.ID
	tickers := l.tickers()
	tickerList := sqlList(tickers)
	var existing int64
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM prices WHERE ticker IN (SELECT unnest(`+tickerList+`))`).Scan(&existing); err != nil {
		return nil, fmt.Errorf("ingest prices: %w", err)
	}
	l.skipped = map[string]int64{}
	if err := l.refuseFiles(ctx, l.refused); err != nil {
		return nil, err
	}
	if err := l.addSourceLabels(ctx); err != nil {
		return nil, err
	}
	// Every row must be accounted for by the files' lines, which countLines counts: it reads every
	// file, so it runs beside the load.
	l.lineCounts = make(chan lineCounts, 1)
	go func() {
		var c lineCounts
		c.lines, c.placeholders, c.err = countLines(l.inputs)
		l.lineCounts <- c
	}()
	defer func() {
		if l.lineCounts != nil {
			<-l.lineCounts // never leave the goroutine reading files after the ingest returns
		}
	}()
	if err := l.load(ctx); err != nil {
		return nil, err
	}
	if err := l.tallyBatch(ctx); err != nil {
		return nil, err
	}
	if !l.collectRejects {
		if err := l.accountForLines(); err != nil {
			return nil, err
		}
	}
	suspects, err := l.screen(ctx)
	if err != nil {
		return nil, err
	}
	if len(suspects) > 0 {
		if err := l.gatherRuleBreaks(ctx, suspects); err != nil {
			return nil, err
		}
	}
	if l.collectRejects {
		if err := l.findRuleBreaks(ctx); err != nil {
			return nil, err
		}
	}
	if l.problemsReady {
		if err := l.locateLines(ctx); err != nil {
			return nil, err
		}
	}
	n, err := l.problemCount(ctx)
	if err != nil {
		return nil, err
	}
	if n > 0 {
		if !l.opts.Lenient {
			return nil, l.firstProblems(ctx, n)
		}
		deleted, err := l.setAsideRejects(ctx)
		if err != nil {
			return nil, err
		}
		if deleted {
			if err := l.tallyBatch(ctx); err != nil {
				return nil, err
			}
		}
	}
	sum, err := l.upsert(ctx, existing > 0, l.repair())
	if err != nil {
		return nil, err
	}
	if err := l.recordSecurities(ctx, tickers); err != nil {
		return nil, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO ingests VALUES (?, 'prices', current_timestamp, ?, ?, ?, ?, ?)`,
		l.ingestID, len(l.inputs), sum.Inserted, sum.Updated, sum.Unchanged, sum.Rejected); err != nil {
		return nil, fmt.Errorf("ingest prices: record ingest: %w", err)
	}
	if err := l.marker.Finish(ctx, tx); err != nil {
		return nil, err
	}
	return sum, nil
}

// recordSecurities adds the batch's tickers to securities with their kind: the --kind given,
// else "index" for a file named like a Yahoo index, else whatever is stored (or nothing).
func (l *loader) recordSecurities(ctx context.Context, tickers []string) error {
	index := map[string]bool{}
	for _, in := range l.inputs {
		index[in.ticker] = index[in.ticker] || in.index
	}
	kinds := make([]string, len(tickers))
	for i, t := range tickers {
		kinds[i] = l.opts.Kind
		if kinds[i] == "" && index[t] {
			kinds[i] = "index"
		}
	}
	_, err := l.tx.ExecContext(ctx, `
		INSERT INTO securities (ticker, kind)
		SELECT t, nullif(k, '') FROM (SELECT unnest($1::VARCHAR[]) AS t, unnest($2::VARCHAR[]) AS k)
		ON CONFLICT (ticker) DO UPDATE SET kind = CASE WHEN $3 THEN excluded.kind ELSE coalesce(securities.kind, excluded.kind) END`,
		sqltext.List(tickers), sqltext.List(kinds), l.opts.Kind != "")
	if err != nil {
		return fmt.Errorf("ingest prices: record securities: %w", err)
	}
	return nil
}

// addSourceLabels extends the price_source ENUM with the labels this ingest writes that it lacks
// (a new --source), inside the ingest's transaction, so that a failed ingest leaves the type as it
// was. The column's new type is written out in full: DuckDB 1.5.6 cannot replay from its WAL an
// ALTER ... TYPE that names a user type ("Calling DatabaseManager::GetDefaultDatabase with no
// default database set"), and a crash after the commit would leave a file it refuses to open
// (crash_test.go, "prices with a new source"). The named type is then made again with the same
// labels, for the statements that cast to it.
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
	labels := make([]string, len(all))
	for i, s := range all {
		labels[i] = sqltext.String(s)
	}
	enum := `ENUM (` + strings.Join(labels, ", ") + `)`
	for _, q := range []string{
		`ALTER TABLE prices ALTER source TYPE ` + enum,
		`DROP TYPE price_source`,
		`CREATE TYPE price_source AS ` + enum,
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

// readSQL is a SELECT that reads files of one layout as rows with prices' columns (volume as read,
// a DOUBLE named vol), Yahoo's opening price of 0 already repaired. extra adds read_csv options.
// A missing close reads as NULL, for the caller to leave out and account for.
func (l *loader) readSQL(lay layout, paths []string, extra string) string {
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
		case FieldOpen, FieldHigh, FieldLow, FieldClose, FieldAdjClose:
			typ = "DOUBLE"
			if lay.dollars {
				typ = "VARCHAR" // "$191.24": converted below
			}
		case FieldVolume:
			// Read as a number with a fraction, so that a fraction is caught rather than rounded.
			typ = "DOUBLE"
		}
		colDefs = append(colDefs, fmt.Sprintf("%s: '%s'", sqltext.String(name), typ))
		if f != "" {
			colOf[f] = name
		}
	}
	// unparsed lists the fields of a row whose text is no number, for layouts whose prices are
	// read as text; DuckDB's reader refuses the others' with the line and column.
	unparsed := "[]::VARCHAR[]"
	if lay.dollars {
		var checks []string
		for _, f := range []string{FieldOpen, FieldHigh, FieldLow, FieldClose, FieldAdjClose} {
			raw, ok := colOf[f]
			if !ok {
				continue
			}
			colOf[f] = fmt.Sprintf(`TRY_CAST(CASE WHEN starts_with(%[1]s, '$') THEN %[1]s[2:] ELSE %[1]s END AS DOUBLE)`, raw)
			checks = append(checks, fmt.Sprintf(`CASE WHEN %s IS NOT NULL AND %s IS NULL THEN '%s' END`, raw, colOf[f], f))
		}
		unparsed = `list_filter([` + strings.Join(checks, ", ") + `], x -> x IS NOT NULL)`
	}
	col := func(f string) string {
		if c, ok := colOf[f]; ok {
			return c
		}
		return "NULL"
	}
	ticker := tickerExpr(paths, lay.format == "stooq")
	switch {
	case l.opts.Ticker != "":
		ticker = sqltext.String(strings.ToUpper(l.opts.Ticker))
	case lay.ticker != "":
		// Files that name their ticker inside are read one ticker a call (layout.key).
		ticker = sqltext.String(strings.ToUpper(strings.TrimLeft(lay.ticker, tickerPrefixes)))
	}
	// Yahoo writes an opening price of 0 where it has none: that is no price, and the row is
	// stored with a NULL open. On such days Yahoo's high and low are often the close itself, and
	// now and then one of them lies on the wrong side of it: that one is no day's range either and
	// is stored as NULL, keeping the close, the one price Yahoo always has. A low above the high is
	// left as it is, for the rules to refuse: nothing says which is wrong.
	open, high, low := col(FieldOpen), col(FieldHigh), col(FieldLow)
	if lay.yahooData() && lay.has(FieldOpen) && lay.has(FieldHigh) && lay.has(FieldLow) {
		o, h, lo, c := colOf[FieldOpen], colOf[FieldHigh], colOf[FieldLow], colOf[FieldClose]
		open = fmt.Sprintf("nullif(%s, 0)", o)
		high = fmt.Sprintf("CASE WHEN %[1]s = 0 AND %[2]s < %[4]s AND NOT %[3]s > %[2]s THEN NULL ELSE %[2]s END", o, h, lo, c)
		low = fmt.Sprintf("CASE WHEN %[1]s = 0 AND %[3]s > %[4]s AND NOT %[3]s > %[2]s THEN NULL ELSE %[3]s END", o, h, lo, c)
	}
	dateFormat := ""
	if f := l.dateFormat(lay); f != "" {
		dateFormat = ", dateformat = " + sqltext.String(f)
	}
	if lay.levels > 0 {
		// The lines above the header's last are skipped; the reader still numbers lines as the
		// file does, so its rejects point at the right one.
		dateFormat += fmt.Sprintf(", skip = %d", lay.levels)
	}
	nulls := "'null', ''"
	if lay.format == "nasdaq" {
		nulls += ", 'N/A'" // Nasdaq's word for a price it does not have
	}
	return fmt.Sprintf(`
		SELECT %s AS ticker, %s AS date, %s AS open, %s AS high, %s AS low, %s AS close, %s AS adj_close, %s AS vol,
			%s AS unparsed
		FROM read_csv(%s, columns = {%s}, header = true, delim = %s, quote = '"', escape = '"',
			auto_detect = false, filename = true, nullstr = [%s],
			force_not_null = [%s]%s%s)`,
		ticker, col(FieldDate), open, high, low, col(FieldClose), col(FieldAdjClose), col(FieldVolume), unparsed,
		sqlList(paths), strings.Join(colDefs, ", "), sqltext.String(string(lay.delim)), nulls,
		strings.Join(notNull, ", "), extra, dateFormat)
}

// Conditions on the columns of readSQL. Volume must be a whole number: a fraction is no count of
// shares (and a header with Volume and Adj Close swapped shows as one).
const (
	wholeVolume = `(vol = trunc(vol) AND abs(vol) < 9e18)`
	badRow      = `coalesce(close <= 0 OR open <= 0 OR high <= 0 OR low <= 0 OR adj_close <= 0 OR vol < 0
		OR NOT ` + wholeVolume + ` OR ` + "%s" + `, false)`
)

func (l *loader) loadChunk(ctx context.Context, n int, chunk []input) error {
	lay := chunk[0].layout
	paths := make([]string, len(chunk))
	for i, in := range chunk {
		paths[i] = in.path
	}
	errTable, scanTable := fmt.Sprintf("el_rejects_%d", n), fmt.Sprintf("el_reject_scans_%d", n)
	var q string
	source := sqltext.String(l.source(lay)) + "::price_source"
	if l.collectRejects {
		// A careful load leaves out the rows that break a rule on their own: deleting them from
		// the batch afterwards would make DuckDB rewrite the whole batch at the commit (a delete
		// among rows it has already written out costs as much again as the load). They are read
		// again, from their files only, by findRuleBreaks. The reader's own rejects are kept.
		// Rows without a close are left out too: Yahoo's placeholder rows (a date, then null in
		// every column), which countLines counts as the files are counted, and the rows whose
		// close is missing, which findRuleBreaks finds. Refused by the reader, they cost it a
		// detour through its rejects tables for nearly every chunk of a Yahoo universe, where a
		// few rows in every thousand are placeholders: a sixth of the load.
		rejects := fmt.Sprintf(", store_rejects = true, rejects_table = '%s', rejects_scan = '%s'", errTable, scanTable)
		q = fmt.Sprintf(`
			INSERT INTO prices (ticker, date, open, high, low, close, adj_close, volume, source, ingest_id)
			SELECT ticker, date, open, high, low, close, adj_close, vol::BIGINT, %s, %d FROM (%s)
			WHERE close IS NOT NULL AND NOT %s%s`, source, l.ingestID, l.readSQL(lay, paths, rejects), fmt.Sprintf(badRow, ohlcRule), parsedOnly(lay))
	} else {
		// A fast load checks the OHLC and volume rules as the rows go in, stopping at the first
		// broken: there the comparisons cost a fifth of a scan of the loaded batch afterwards. The
		// price rules need no such care: the screen's filters on single columns are answered from
		// the row groups' statistics.
		// Rows without a close are left out as in the careful load; accountForLines then makes sure
		// that each was one of Yahoo's placeholder rows. (Stopping at the first would send every
		// Yahoo history with a placeholder through the careful load as well.)
		// Prices read as text stop the load where one is no number, as the reader does.
		open := "open"
		if lay.dollars {
			open = fmt.Sprintf(`CASE WHEN len(unparsed) > 0 THEN error(%s) ELSE open END`, sqltext.String(numberStop))
		}
		q = fmt.Sprintf(`
			INSERT INTO prices (ticker, date, open, high, low, close, adj_close, volume, source, ingest_id)
			SELECT ticker, date, %s, high, CASE WHEN %s THEN error(%s) ELSE low END, close, adj_close,
				CASE WHEN %s THEN vol::BIGINT ELSE error(%s) END, %s, %d FROM (%s)
			WHERE close IS NOT NULL`,
			open, ohlcRule, sqltext.String(ohlcStop), wholeVolume, sqltext.String(volumeStop), source, l.ingestID,
			l.readSQL(lay, paths, ""))
	}
	if _, err := l.tx.ExecContext(ctx, q); err != nil {
		if !l.collectRejects && (strings.Contains(err.Error(), "CSV Error") || strings.Contains(err.Error(), ohlcStop) ||
			strings.Contains(err.Error(), volumeStop) || strings.Contains(err.Error(), numberStop)) {
			return errStopped
		}
		return fmt.Errorf("ingest prices: load %s: %w", describe(paths), err)
	}
	if !l.collectRejects {
		return nil
	}
	return l.gatherReaderRejects(ctx, lay, errTable, scanTable)
}

// parsedOnly is the condition, after a WHERE, that leaves out rows with a price that is no number,
// for layouts whose prices are read as text.
func parsedOnly(lay layout) string {
	if !lay.dollars {
		return ""
	}
	return " AND len(unparsed) = 0"
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

// tickerExpr is the SQL that derives each row's ticker from its file name as inspect does
// (TickerFromPath, and stooqTicker for files in a Stooq layout), doing per row only the steps these
// files need: the expression runs ten million times.
func tickerExpr(paths []string, stooq bool) string {
	expr := `parse_filename(filename, true)`
	var prefix, lower, named bool
	for _, p := range paths {
		base := filepath.Base(p)
		base = strings.TrimSuffix(base, filepath.Ext(base))
		prefix = prefix || strings.ContainsAny(base[:min(1, len(base))], tickerPrefixes)
		lower = lower || strings.ToUpper(base) != base
		if stooq {
			_, _, ok := stooqTicker(p)
			named = named || ok
		}
	}
	if prefix {
		expr = `ltrim(` + expr + `, ` + sqltext.String(tickerPrefixes) + `)`
	}
	if named {
		return stooqTickerSQL(expr)
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

// splitLine splits a CSV line the simple way; it is used only to quote values back to the user.
func splitLine(line string, delim byte) []string {
	fields := strings.Split(strings.TrimRight(line, "\r\n"), string(delim))
	for i, f := range fields {
		fields[i] = strings.Trim(strings.TrimSpace(f), `"`)
	}
	return fields
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
// cost twice as much on ten million rows.
func (l *loader) screen(ctx context.Context) ([]string, error) {
	var suspects []string
	for t, c := range l.tally {
		if c.repeats {
			suspects = append(suspects, t)
		}
	}
	// A fast load has checked the OHLC and volume rules on the way in; a careful one left out
	// every row that breaks a rule on its own (findRuleBreaks finds them). One filter per price
	// rule, so that each is answered from the row groups' statistics (a batch without a
	// non-positive close never reads the column); joined by OR they would read every row.
	if !l.collectRejects && len(l.tally) > 0 {
		var priceScans []string
		for _, r := range priceRules {
			priceScans = append(priceScans, `SELECT ticker FROM prices WHERE `+l.batch()+` AND `+r)
		}
		ts, err := l.queryStrings(ctx, strings.Join(priceScans, " UNION "))
		if err != nil {
			return nil, fmt.Errorf("ingest prices: check rows: %w", err)
		}
		suspects = append(suspects, ts...)
	}
	slices.Sort(suspects)
	return slices.Compact(suspects), nil
}

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

// repair counts, per ticker of Yahoo files, the stored rows without an opening price: Yahoo's 0
// made NULL (or, rarely, an empty cell). Marking the repaired rows as they load and counting them
// afterwards would cost an UPDATE of the batch, a sixth of the load.
func (l *loader) repair() map[string]int64 {
	out := map[string]int64{}
	yahoo := map[string]bool{}
	for _, in := range l.inputs {
		if y, seen := yahoo[in.ticker]; !seen || y {
			yahoo[in.ticker] = in.layout.yahooData() && in.layout.has(FieldOpen) // no Open column: nothing repaired
		}
	}
	for t, y := range yahoo {
		if n := l.tally[t].openless; y && n > 0 {
			out[t] = n
		}
	}
	return out
}

// upsert settles rows that were already stored: an identical row keeps the stored one (unchanged),
// a different one replaces it (updated). The rest are inserted.
func (l *loader) upsert(ctx context.Context, overlapPossible bool, repaired map[string]int64) (*Summary, error) {
	tx := l.tx
	type counts struct{ rows, same, changed int64 }
	perTicker := map[string]*counts{}
	for t, c := range l.tally {
		perTicker[t] = &counts{rows: c.rows}
	}
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
	rejected, err := l.rejectedRows(ctx)
	if err != nil {
		return nil, err
	}
	sum := &Summary{IngestID: l.ingestID, Refused: l.refused}
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
			fs.Rejected, fs.Skipped, fs.Repaired = rejected[in.ticker], l.skipped[in.ticker], repaired[in.ticker]
			sum.Repaired += fs.Repaired
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
