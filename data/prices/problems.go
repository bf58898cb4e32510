package prices

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/eventline/eventline/internal/badinput"
	"github.com/eventline/eventline/internal/sqltext"
)

// Problems live in DuckDB, not in Go: a batch can have millions of them (a header with two columns
// swapped breaks a rule on every row), and a lenient ingest stores them all. They are gathered in
// temporary tables of the ingest's transaction and reach ingest_rejects in one INSERT ... SELECT,
// which DuckDB spills to disk under its memory limit; an INSERT per problem once ran out of memory
// after a few thousand. Go holds at most one ticker's bad dates at a time, to find their lines.
//
//   - el_files: every input file with its ticker, delimiter, header columns and their fields;
//   - el_problems: one row per problem, located (file, line) and worded;
//   - el_bad: the stored rows that break a rule (by rowid), before their lines are known;
//   - el_lines: the file, line and text of each bad (ticker, date).

// volumeStop is the message of the error the fast load raises on a volume with a fraction.
const volumeStop = "eventline: a volume is not a whole number"

// numberStop is the message of the error the fast load raises on a price read as text (Nasdaq's
// "$191.24") that is no number.
const numberStop = "eventline: a price is not a number"

const problemTables = `
	CREATE TEMP TABLE el_files (path VARCHAR, ticker VARCHAR, delim VARCHAR, columns VARCHAR[], fields VARCHAR[]);
	CREATE TEMP TABLE el_problems (row_key VARCHAR, ticker VARCHAR, file VARCHAR, line BIGINT,
		column_name VARCHAR, value VARCHAR, rule VARCHAR, raw VARCHAR);
	CREATE TEMP TABLE el_bad (rid BIGINT, ticker VARCHAR, date DATE, field VARCHAR, kind VARCHAR,
		other VARCHAR, v VARCHAR, ov VARCHAR);
	CREATE TEMP TABLE el_lines (ticker VARCHAR, date DATE, file VARCHAR, line BIGINT, raw VARCHAR)`

// startProblems creates the problem tables once per transaction and lists the files in el_files.
func (l *loader) startProblems(ctx context.Context) error {
	if l.problemsReady {
		return nil
	}
	if _, err := l.tx.ExecContext(ctx, problemTables); err != nil {
		return fmt.Errorf("ingest prices: problem tables: %w", err)
	}
	var values []string
	flush := func() error {
		if len(values) == 0 {
			return nil
		}
		if _, err := l.tx.ExecContext(ctx, `INSERT INTO el_files VALUES `+strings.Join(values, ", ")); err != nil {
			return fmt.Errorf("ingest prices: list files: %w", err)
		}
		values = values[:0]
		return nil
	}
	for _, in := range l.inputs {
		values = append(values, fmt.Sprintf("(%s, %s, %s, %s, %s)", sqltext.String(in.path), sqltext.String(in.ticker),
			sqltext.String(string(in.layout.delim)), sqlList(in.layout.columns), sqlList(in.layout.fields)))
		if len(values) == 500 {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	l.problemsReady = true
	return nil
}

// placeholderSQL is the SQL condition that the split fields of a line (a list, as splitRaw makes
// it) are a Yahoo placeholder row: a date, then null in every column. isPlaceholder says the same
// in Go.
func placeholderSQL(vals string) string {
	return fmt.Sprintf(`(len(%[1]s) >= 2 AND %[1]s[1] <> '' AND list_bool_and(list_transform(%[1]s[2:], x -> lower(x) = 'null')))`, vals)
}

// isPlaceholder is placeholderSQL on one line.
func isPlaceholder(line []byte, delim byte) bool {
	fields := splitLine(string(line), delim)
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

// splitRaw is the SQL for the trimmed fields of a line of text, as splitLine splits them in Go.
func splitRaw(raw, delim string) string {
	return fmt.Sprintf(`list_transform(string_split(rtrim(%s, E'\r\n'), %s), x -> trim(trim(x), '"'))`, raw, delim)
}

// gatherReaderRejects turns the rows DuckDB's reader refused (its rejects tables for one chunk)
// into problems, leaving out Yahoo's placeholder rows (a date and null everywhere else), which
// are skipped rather than refused. One problem per line is enough.
func (l *loader) gatherReaderRejects(ctx context.Context, lay layout, errTable, scanTable string) error {
	if err := l.startProblems(ctx); err != nil {
		return err
	}
	dateRule := "not a date (expected YYYY-MM-DD)"
	switch {
	case l.opts.DateFormat != "":
		dateRule = "not a date in the format " + l.opts.DateFormat + " (from --date-format)"
	case lay.dateFormat != "":
		dateRule = "not a date in the format " + lay.dateFormat + " (as " + lay.format + " writes dates)"
	}
	from := fmt.Sprintf(`(
		SELECT s.file_path AS file, e.line, e.column_idx::BIGINT AS idx, e.error_type, e.error_message, e.csv_line AS raw,
			f.ticker, f.columns, f.fields, %s AS vals
		FROM (FROM %s QUALIFY row_number() OVER (PARTITION BY scan_id, file_id, line ORDER BY column_idx) = 1) e
		JOIN %s s USING (scan_id, file_id) JOIN el_files f ON f.path = s.file_path)`,
		splitRaw("e.csv_line", "f.delim"), errTable, scanTable)
	// A placeholder row the reader refused (a date it cannot read, or too few columns) is no
	// problem; countLines counts it among the skipped rows.
	placeholder := placeholderSQL("vals")
	q := fmt.Sprintf(`
		INSERT INTO el_problems
		SELECT file || ':' || line, ticker, file, line,
			CASE WHEN cast_col THEN columns[idx] END,
			CASE WHEN cast_col THEN coalesce(vals[idx], '') END,
			CASE
				WHEN error_type = 'CAST' AND NOT cast_col THEN split_part(error_message, chr(10), 1)
				WHEN error_type = 'CAST' AND fields[idx] = 'date' THEN
					CASE WHEN coalesce(vals[idx], '') IN ('', 'null', 'NULL') THEN 'the date is missing' ELSE %s END
				WHEN error_type = 'CAST' AND fields[idx] = 'close' AND lower(coalesce(vals[idx], '')) IN ('', 'null', 'nan')
					THEN 'the close is missing'
				WHEN error_type = 'CAST' THEN 'not a number'
				WHEN error_type IN ('MISSING COLUMNS', 'TOO MANY COLUMNS')
					THEN 'has ' || len(vals) || ' fields, the header has ' || len(fields)
				WHEN error_type = 'INVALID UNICODE' THEN 'not valid UTF-8 text'
				ELSE lower(error_type) || ': ' || split_part(error_message, chr(10), 1)
			END,
			rtrim(raw, E'\r\n')
		FROM (SELECT *, coalesce(error_type = 'CAST' AND idx BETWEEN 1 AND len(fields), false) AS cast_col FROM %s)
		WHERE NOT %s`, sqltext.String(dateRule), from, placeholder)
	if _, err := l.tx.ExecContext(ctx, q); err != nil {
		return fmt.Errorf("ingest prices: record rejected rows: %w", err)
	}
	for _, t := range []string{errTable, scanTable} {
		if _, err := l.tx.ExecContext(ctx, "DROP TABLE "+t); err != nil {
			return fmt.Errorf("ingest prices: %w", err)
		}
	}
	return nil
}

// ruleChecks is the SQL list of the rules a row breaks, as structs, on columns named as in prices
// with the volume in column vol. Every price rule a row breaks is a problem; of the OHLC rules the
// first is enough to say what is wrong with it.
func ruleChecks(vol string) string {
	var checks []string
	for _, f := range []string{FieldOpen, FieldHigh, FieldLow, FieldClose, FieldAdjClose} {
		checks = append(checks, fmt.Sprintf(`CASE WHEN %[1]s <= 0 THEN {'field': '%[1]s', 'kind': 'positive', 'other': NULL, 'v': %[1]s::VARCHAR, 'ov': NULL} END`, f))
	}
	checks = append(checks, fmt.Sprintf(`CASE WHEN NOT (%[1]s = trunc(%[1]s) AND abs(%[1]s) < 9e18) THEN {'field': 'volume', 'kind': 'whole', 'other': NULL, 'v': %[1]s::VARCHAR, 'ov': NULL}
		WHEN %[1]s < 0 THEN {'field': 'volume', 'kind': 'negative', 'other': NULL, 'v': %[1]s::VARCHAR, 'ov': NULL} END`, vol))
	var ohlc []string
	for _, r := range ohlcRules {
		ohlc = append(ohlc, fmt.Sprintf(`WHEN %[1]s %[2]s %[4]s THEN {'field': '%[1]s', 'kind': '%[3]s', 'other': '%[4]s', 'v': %[1]s::VARCHAR, 'ov': %[4]s::VARCHAR}`,
			r.a, r.op, r.word, r.b))
	}
	checks = append(checks, `CASE `+strings.Join(ohlc, " ")+` END`)
	return `list_filter([` + strings.Join(checks, ", ") + `], x -> x IS NOT NULL)`
}

// gatherRuleBreaks finds the stored rows of suspect tickers that break a rule or repeat a date.
func (l *loader) gatherRuleBreaks(ctx context.Context, tickers []string) error {
	if err := l.startProblems(ctx); err != nil {
		return err
	}
	in := `ticker IN (SELECT unnest(` + sqlList(tickers) + `))`
	qs := []string{
		fmt.Sprintf(`INSERT INTO el_bad SELECT rid, ticker, date, p.field, p.kind, p.other, p.v, p.ov FROM (
			SELECT rowid AS rid, ticker, date, unnest(%s) AS p
			FROM prices WHERE %s AND %s AND %s)`, ruleChecks("volume"), l.batch(), in, ruleViolation),
		// Every row of a repeated date is a problem, each on its own line.
		fmt.Sprintf(`INSERT INTO el_bad SELECT rid, ticker, date, 'date', 'duplicate', n::VARCHAR, date::VARCHAR, NULL FROM (
			SELECT rowid AS rid, ticker, date, count(*) OVER (PARTITION BY ticker, date) AS n FROM prices WHERE %s AND %s)
			WHERE n > 1`, l.batch(), in),
	}
	for _, q := range qs {
		if _, err := l.tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("ingest prices: check rules: %w", err)
		}
	}
	return nil
}

// findRuleBreaks finds the rows a careful load left out for breaking a rule. A ticker's files hold
// such rows when their data lines outnumber its rows stored, refused by the reader and skipped;
// only those files are read again, for the rows that break a rule.
func (l *loader) findRuleBreaks(ctx context.Context) error {
	counted := <-l.lineCounts
	l.lineCounts = nil
	lines, placeholders := counted.lines, counted.placeholders
	if counted.err != nil {
		return counted.err
	}
	for i, in := range l.inputs {
		l.skipped[in.ticker] += placeholders[i]
	}
	accounted := map[string]int64{}
	for t, n := range l.skipped {
		accounted[t] += n
	}
	for t, c := range l.tally {
		accounted[t] += c.rows
	}
	if l.problemsReady {
		rows, err := l.tx.QueryContext(ctx, `SELECT ticker, count(DISTINCT row_key) FROM el_problems WHERE row_key IS NOT NULL AND ticker IS NOT NULL GROUP BY ticker`)
		if err != nil {
			return fmt.Errorf("ingest prices: count rows: %w", err)
		}
		for rows.Next() {
			var t string
			var n int64
			if err := rows.Scan(&t, &n); err != nil {
				rows.Close()
				return fmt.Errorf("ingest prices: count rows: %w", err)
			}
			accounted[t] += n
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("ingest prices: count rows: %w", err)
		}
	}
	expected := map[string]int64{}
	for i, in := range l.inputs {
		expected[in.ticker] += lines[i]
	}
	groups := map[string][]input{}
	var keys []string
	for _, in := range l.inputs {
		if expected[in.ticker] <= accounted[in.ticker] {
			continue
		}
		k := in.layout.key()
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], in)
	}
	if len(keys) == 0 {
		return nil
	}
	if err := l.startProblems(ctx); err != nil {
		return err
	}
	for _, k := range keys {
		g := groups[k]
		paths := make([]string, len(g))
		for i, in := range g {
			paths[i] = in.path
		}
		// A row without a close is a problem unless its line is a placeholder (locateLines
		// reads the line to tell).
		q := fmt.Sprintf(`INSERT INTO el_bad SELECT NULL, ticker, date, p.field, p.kind, p.other, p.v, p.ov FROM (
			SELECT ticker, date, CASE
				WHEN len(unparsed) > 0 THEN list_transform(unparsed, f -> {'field': f, 'kind': 'number', 'other': NULL, 'v': NULL, 'ov': NULL})
				WHEN close IS NULL THEN [{'field': 'close', 'kind': 'missing', 'other': NULL, 'v': NULL, 'ov': NULL}]
				ELSE %s END AS checks
			FROM (%s) WHERE close IS NULL OR len(unparsed) > 0 OR %s), unnest(checks) AS u(p)`,
			ruleChecks("vol"), l.readSQL(g[0].layout, paths, ", ignore_errors = true"), fmt.Sprintf(badRow, ohlcRule))
		if _, err := l.tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("ingest prices: check rules: %w", err)
		}
	}
	return nil
}

// countLines counts the data lines (after the header) of each input, and among them Yahoo's
// placeholder rows, a few files at a time.
func countLines(inputs []input) (lines, placeholders []int64, err error) {
	lines = make([]int64, len(inputs))
	placeholders = make([]int64, len(inputs))
	errs := make([]error, len(inputs))
	var bufs [4][]byte
	forEachFile(len(inputs), len(bufs), func(w, i int) {
		if bufs[w] == nil {
			bufs[w] = make([]byte, countBlock)
		}
		lines[i], placeholders[i], errs[i] = countFileLines(inputs[i].path, inputs[i].layout.delim, inputs[i].layout.headerLines(), bufs[w])
	})
	return lines, placeholders, errors.Join(errs...)
}

// countBlock is the size of the blocks countFileLines reads: a line longer than that is no
// placeholder, and is counted all the same.
const countBlock = 256 << 10

// countFileLines counts a file's data lines (after its header lines) and Yahoo's placeholder lines
// among them. It runs beside the load over every byte of the batch, so it looks at lines only
// where it must: newlines are counted a block at a time, and only a line holding an n (as every
// placeholder's "null" does) is split into fields.
func countFileLines(path string, delim byte, headerLines int, buf []byte) (lines, placeholders int64, err error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, fmt.Errorf("ingest prices: %w", err)
	}
	defer f.Close()
	var (
		kept   int           // bytes at the start of buf carried over: the start of a line not yet ended
		header = headerLines // header lines not yet ended
		long   bool          // within a line that outgrew buf
		last   byte          = '\n'
	)
	for {
		n, rerr := f.Read(buf[kept:])
		if n > 0 {
			last = buf[kept+n-1]
		}
		block := buf[:kept+n]
		end := bytes.LastIndexByte(block, '\n') + 1 // the complete lines of the block
		lines += int64(bytes.Count(block[kept:kept+n], []byte{'\n'}))
		if end > 0 {
			done := block[:end]
			// A line that outgrew buf ends at the first newline; if it was a header line, that
			// one ending is both.
			for (header > 0 || long) && len(done) > 0 {
				first := bytes.IndexByte(done, '\n') + 1
				done, long = done[first:], false
				if header > 0 {
					header--
				}
			}
			placeholders += countPlaceholders(done, delim)
		}
		rest := len(block) - end
		if end == 0 && rest == len(buf) {
			long, rest = true, 0 // no placeholder: drop what is read of the line
		}
		copy(buf, block[end:end+rest])
		kept = rest
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			return 0, 0, fmt.Errorf("ingest prices: %s: %w", path, rerr)
		}
	}
	if last != '\n' {
		lines++ // a last line without its newline
		if kept > 0 && header == 0 && !long && isPlaceholder(buf[:kept], delim) {
			placeholders++
		}
	}
	return max(lines-int64(headerLines), 0), placeholders, nil
}

// countPlaceholders counts the placeholder lines among complete lines.
func countPlaceholders(text []byte, delim byte) int64 {
	var n int64
	for len(text) > 0 {
		i := indexN(text)
		if i < 0 {
			break
		}
		start := bytes.LastIndexByte(text[:i], '\n') + 1
		end := i + bytes.IndexByte(text[i:], '\n') + 1
		if isPlaceholder(text[start:end], delim) {
			n++
		}
		text = text[end:]
	}
	return n
}

// indexN is the index of the first n or N in b, or -1.
func indexN(b []byte) int {
	i := bytes.IndexByte(b, 'n')
	if i < 0 {
		return bytes.IndexByte(b, 'N')
	}
	if j := bytes.IndexByte(b[:i], 'N'); j >= 0 {
		return j
	}
	return i
}

// locateLines finds the file, line and text of every bad (ticker, date) by reading the files of
// the tickers with problems, one ticker at a time, and joins them to the problems.
func (l *loader) locateLines(ctx context.Context) error {
	// The days with problems, per ticker, in one query.
	rows, err := l.tx.QueryContext(ctx, `SELECT DISTINCT ticker, date::VARCHAR FROM el_bad ORDER BY ticker`)
	if err != nil {
		return fmt.Errorf("ingest prices: locate problems: %w", err)
	}
	want := map[string]map[string]bool{}
	for rows.Next() {
		var ticker, day string
		if err := rows.Scan(&ticker, &day); err != nil {
			rows.Close()
			return fmt.Errorf("ingest prices: locate problems: %w", err)
		}
		if want[ticker] == nil {
			want[ticker] = map[string]bool{}
		}
		want[ticker][day] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("ingest prices: locate problems: %w", err)
	}
	// Every line of those tickers' files is read to find the problem days' lines: the files are
	// read a few at a time, and their lines stored in the files' order.
	var todo []input
	for _, in := range l.inputs {
		if want[in.ticker] != nil {
			todo = append(todo, in)
		}
	}
	found := make([][]string, len(todo))
	errs := make([]error, len(todo))
	forEachFile(len(todo), 4, func(_, i int) {
		in := todo[i]
		errs[i] = scanDates(in.path, in.layout, l.dateFormat(in.layout), want[in.ticker], func(line int, day, raw string) {
			found[i] = append(found[i], fmt.Sprintf("(%s, DATE '%s', %s, %d, %s)",
				sqltext.String(in.ticker), day, sqltext.String(in.path), line, sqltext.String(raw)))
		})
	})
	if err := errors.Join(errs...); err != nil {
		return err
	}
	var values []string
	flush := func() error {
		if len(values) == 0 {
			return nil
		}
		if _, err := l.tx.ExecContext(ctx, `INSERT INTO el_lines VALUES `+strings.Join(values, ", ")); err != nil {
			return fmt.Errorf("ingest prices: locate problems: %w", err)
		}
		values = values[:0]
		return nil
	}
	for _, vs := range found {
		for _, v := range vs {
			if values = append(values, v); len(values) == 1000 {
				if err := flush(); err != nil {
					return err
				}
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	// A rule's values are quoted as the file wrote them; DuckDB's own text of the number stands in
	// only where the line was not found.
	field := func(name string) string {
		return fmt.Sprintf(`%s[list_position(f.fields, %s)]`, splitRaw("l.raw", "f.delim"), name)
	}
	_, err = l.tx.ExecContext(ctx, fmt.Sprintf(`
		INSERT INTO el_problems
		SELECT coalesce(l.file || ':' || l.line, 'row ' || b.rid, b.ticker || ' ' || b.date || ' ' || b.field), b.ticker, l.file, l.line,
			coalesce(f.columns[list_position(f.fields, b.field)], b.field),
			coalesce(%[1]s, b.v, ''),
			CASE b.kind
				WHEN 'positive' THEN 'prices must be positive'
				WHEN 'negative' THEN 'volume must not be negative'
				WHEN 'whole' THEN 'volume must be a whole number'
				WHEN 'duplicate' THEN 'duplicate date: ' || b.ticker || ' has ' || b.other || ' rows for it'
				WHEN 'missing' THEN 'the ' || b.field || ' is missing'
				WHEN 'number' THEN 'not a number'
				ELSE b.field || ' is ' || b.kind || ' ' || b.other || ' (' || coalesce(%[2]s, b.ov) || ')'
			END,
			l.raw
		FROM (SELECT DISTINCT CASE WHEN kind = 'duplicate' THEN NULL ELSE rid END AS rid, ticker, date, field, kind, other, v, ov
			FROM el_bad) b
		LEFT JOIN el_lines l USING (ticker, date)
		LEFT JOIN el_files f ON f.path = l.file
		-- Of the lines of a date with a row without a close, those that have one, and the
		-- placeholders, are no problem of that row.
		WHERE b.kind <> 'missing' OR l.raw IS NULL
			OR (lower(coalesce(%[1]s, '')) IN ('', 'null') AND NOT %[3]s)`, field("b.field"), field("b.other"),
		placeholderSQL(splitRaw("l.raw", "f.delim"))))
	if err != nil {
		return fmt.Errorf("ingest prices: locate problems: %w", err)
	}
	return nil
}

// refuseFiles records the problems of files a lenient ingest leaves out (a header it cannot read, a
// name that makes no ticker): they count as no rows.
func (l *loader) refuseFiles(ctx context.Context, problems []badinput.Problem) error {
	if len(problems) == 0 {
		return nil
	}
	if err := l.startProblems(ctx); err != nil {
		return err
	}
	var values []string
	for _, p := range problems {
		line := "NULL"
		if p.Line > 0 {
			line = fmt.Sprint(p.Line)
		}
		values = append(values, fmt.Sprintf("(NULL, NULL, %s, %s, nullif(%s, ''), nullif(%s, ''), %s, NULL)", sqltext.String(p.File), line,
			sqltext.String(p.Column), sqltext.String(p.Value), sqltext.String(p.Rule)))
	}
	if _, err := l.tx.ExecContext(ctx, `INSERT INTO el_problems VALUES `+strings.Join(values, ", ")); err != nil {
		return fmt.Errorf("ingest prices: record refused files: %w", err)
	}
	return nil
}

// problemCount is how many problems were found.
func (l *loader) problemCount(ctx context.Context) (int, error) {
	if !l.problemsReady {
		return 0, nil
	}
	var n int
	if err := l.tx.QueryRowContext(ctx, `SELECT count(*) FROM el_problems`).Scan(&n); err != nil {
		return 0, fmt.Errorf("ingest prices: count problems: %w", err)
	}
	return n, nil
}

// firstProblems is the error of a strict ingest: the first problems by file and line, and a count.
func (l *loader) firstProblems(ctx context.Context, total int) error {
	rows, err := l.tx.QueryContext(ctx, `
		SELECT coalesce(file, ''), coalesce(line, 0), coalesce(column_name, ''), coalesce(value, ''), rule
		FROM el_problems ORDER BY file NULLS LAST, line NULLS FIRST, column_name LIMIT ?`, badinput.MaxShown)
	if err != nil {
		return fmt.Errorf("ingest prices: read problems: %w", err)
	}
	defer rows.Close()
	e := &badinput.Error{Total: total}
	for rows.Next() {
		var p badinput.Problem
		if err := rows.Scan(&p.File, &p.Line, &p.Column, &p.Value, &p.Rule); err != nil {
			return fmt.Errorf("ingest prices: read problems: %w", err)
		}
		e.Problems = append(e.Problems, p)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("ingest prices: read problems: %w", err)
	}
	return e
}

// setAsideRejects moves the bad rows of a lenient ingest out of prices and stores every problem
// in ingest_rejects, each in one statement.
func (l *loader) setAsideRejects(ctx context.Context) (deleted bool, err error) {
	// Only repeated dates are stored and must go (a careful load leaves out the rows that break a
	// rule): a delete makes DuckDB rewrite the batch at the commit.
	var stored bool
	if err := l.tx.QueryRowContext(ctx, `SELECT count(rid) > 0 FROM el_bad`).Scan(&stored); err != nil {
		return false, fmt.Errorf("ingest prices: record rejects: %w", err)
	}
	if stored {
		if _, err := l.tx.ExecContext(ctx, `DELETE FROM prices WHERE rowid IN (SELECT rid FROM el_bad)`); err != nil {
			return false, fmt.Errorf("ingest prices: set aside rejects: %w", err)
		}
	}
	for _, q := range []string{
		fmt.Sprintf(`INSERT INTO ingest_rejects
			SELECT %d, 'prices', file, line, column_name, value, rule,
				coalesce(file, '') || coalesce(':' || line, '') || ': '
					|| coalesce('column ' || column_name || ': ', '')
					|| CASE WHEN coalesce(value, '') <> '' OR coalesce(column_name, '') <> '' THEN 'value "' || coalesce(value, '') || '": ' ELSE '' END
					|| rule,
				raw
			FROM el_problems ORDER BY file, line`, l.ingestID),
	} {
		if _, err := l.tx.ExecContext(ctx, q); err != nil {
			return false, fmt.Errorf("ingest prices: record rejects: %w", err)
		}
	}
	return stored, nil
}

// rejectedRows counts the rows refused per ticker: a row that breaks several rules is one row.
func (l *loader) rejectedRows(ctx context.Context) (map[string]int64, error) {
	out := map[string]int64{}
	if !l.problemsReady {
		return out, nil
	}
	rows, err := l.tx.QueryContext(ctx, `SELECT ticker, count(DISTINCT row_key) FROM el_problems WHERE row_key IS NOT NULL GROUP BY ticker`)
	if err != nil {
		return nil, fmt.Errorf("ingest prices: count rejects: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var t string
		var n int64
		if err := rows.Scan(&t, &n); err != nil {
			return nil, fmt.Errorf("ingest prices: count rejects: %w", err)
		}
		out[t] = n
	}
	return out, rows.Err()
}
