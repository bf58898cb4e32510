package events

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/eventline/eventline/internal/badinput"
	"github.com/eventline/eventline/internal/sqltext"
)

// Record is one curated event as read from a file, with where it came from.
type Record struct {
	Event
	Line int
}

// fieldAliases maps the column or key names a curated file may use to the fields they fill.
var fieldAliases = map[string]string{
	"date": "date", "day": "date",
	"ticker": "tickers", "tickers": "tickers", "symbol": "tickers", "symbols": "tickers",
	"type": "type", "kind": "type",
	"title": "headline", "headline": "headline",
	"status":    "status",
	"companies": "companies", "company": "companies",
	"source_url": "source_url", "url": "source_url", "source": "source_url", "link": "source_url",
	"notes": "notes", "note": "notes", "description": "notes",
	"time": "time", "released": "time", "session": "time",
}

var reTicker = regexp.MustCompile(`^[A-Z0-9][A-Z0-9.\-^=]{0,14}$`)

func normalizeKey(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	return strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), " ", "_")
}

// ReadFile reads curated events from CSV (.csv), JSON (.json, an array of objects) or JSON Lines
// (.jsonl, .ndjson). Every problem is collected, with its line, into a *badinput.Error.
func ReadFile(path string) ([]Record, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, badinput.Errorf(path, "cannot read: %v", errors.Unwrap(err))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, badinput.Errorf(path, "file is empty")
	}
	if !utf8.Valid(data) {
		return nil, badinput.Errorf(path, "file is not valid UTF-8 text")
	}
	var raws []rawRecord
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		raws, err = readJSON(path, data)
	case ".jsonl", ".ndjson":
		raws, err = readJSONLines(path, data)
	default:
		trimmed := bytes.TrimLeft(data, "\ufeff \t\r\n")
		if len(trimmed) > 0 && (trimmed[0] == '[' || trimmed[0] == '{') {
			if trimmed[0] == '[' {
				raws, err = readJSON(path, data)
			} else {
				raws, err = readJSONLines(path, data)
			}
		} else {
			raws, err = readCSV(path, data)
		}
	}
	if err != nil {
		return nil, err
	}
	var recs []Record
	var problems []badinput.Problem
	for _, r := range raws {
		rec, ps := r.toRecord(path)
		problems = append(problems, ps...)
		if len(ps) == 0 {
			recs = append(recs, rec)
		}
	}
	if len(problems) > 0 {
		return nil, badinput.New(problems...)
	}
	return recs, nil
}

// rawRecord is a record's fields by canonical name, before validation.
type rawRecord struct {
	line   int
	fields map[string]string
	names  map[string]string // canonical name -> the column name as the file wrote it
}

func readCSV(path string, data []byte) ([]rawRecord, error) {
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return nil, badinput.New(badinput.Problem{File: path, Line: 1, Rule: fmt.Sprintf("cannot read the CSV header: %v", err)})
	}
	cols := make([]string, len(header))
	names := map[string]string{}
	var problems []badinput.Problem
	for i, h := range header {
		canon, ok := fieldAliases[normalizeKey(h)]
		if !ok {
			problems = append(problems, badinput.Problem{File: path, Line: 1, Column: h, Value: h,
				Rule: "unknown column: expected date, ticker(s), type, title, and optionally status, companies, source_url, notes, time"})
			continue
		}
		cols[i] = canon
		names[canon] = h
	}
	for _, need := range []string{"date", "headline", "type"} {
		if _, ok := names[need]; !ok {
			problems = append(problems, badinput.Problem{File: path, Line: 1, Rule: fmt.Sprintf("the header has no %s column", need)})
		}
	}
	if len(problems) > 0 {
		return nil, badinput.New(problems...)
	}
	var out []rawRecord
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line, _ := r.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.Line
			}
			return nil, badinput.New(badinput.Problem{File: path, Line: line, Rule: fmt.Sprintf("malformed CSV: %v", errors.Unwrap(err))})
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if len(rec) != len(cols) {
			return nil, badinput.New(badinput.Problem{File: path, Line: line, Rule: fmt.Sprintf("has %d fields, the header has %d", len(rec), len(cols))})
		}
		rr := rawRecord{line: line, fields: map[string]string{}, names: names}
		for i, v := range rec {
			rr.fields[cols[i]] = strings.TrimSpace(v)
		}
		out = append(out, rr)
	}
	return out, nil
}

func readJSON(path string, data []byte) ([]rawRecord, error) {
	var items []json.RawMessage
	if err := json.Unmarshal(bytes.TrimPrefix(data, []byte("\ufeff")), &items); err != nil {
		return nil, jsonProblem(path, data, err)
	}
	// Find each object's line from its offset, so that messages point into the file.
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.Token() // [
	var out []rawRecord
	for range items {
		off := dec.InputOffset()
		var obj map[string]any
		if err := dec.Decode(&obj); err != nil {
			return nil, jsonProblem(path, data, err)
		}
		line := 1 + bytes.Count(data[:off], []byte("\n"))
		if i := bytes.IndexByte(data[off:], '{'); i >= 0 {
			line = 1 + bytes.Count(data[:int(off)+i], []byte("\n"))
		}
		rr, err := fromObject(path, line, obj)
		if err != nil {
			return nil, err
		}
		out = append(out, rr)
	}
	return out, nil
}

func readJSONLines(path string, data []byte) ([]rawRecord, error) {
	var out []rawRecord
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 1<<16), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		text := bytes.TrimSpace(bytes.TrimPrefix(sc.Bytes(), []byte("\ufeff")))
		if len(text) == 0 {
			continue
		}
		var obj map[string]any
		if err := json.Unmarshal(text, &obj); err != nil {
			return nil, badinput.New(badinput.Problem{File: path, Line: line, Rule: fmt.Sprintf("not a JSON object: %v", err)})
		}
		rr, err := fromObject(path, line, obj)
		if err != nil {
			return nil, err
		}
		out = append(out, rr)
	}
	if err := sc.Err(); err != nil {
		return nil, badinput.Errorf(path, "cannot read: %v", err)
	}
	return out, nil
}

func jsonProblem(path string, data []byte, err error) error {
	line := 0
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line = 1 + bytes.Count(data[:se.Offset], []byte("\n"))
	}
	return badinput.New(badinput.Problem{File: path, Line: line, Rule: fmt.Sprintf("not a JSON array of event objects: %v", err)})
}

func fromObject(path string, line int, obj map[string]any) (rawRecord, error) {
	rr := rawRecord{line: line, fields: map[string]string{}, names: map[string]string{}}
	for k, v := range obj {
		canon, ok := fieldAliases[normalizeKey(k)]
		if !ok {
			return rr, badinput.New(badinput.Problem{File: path, Line: line, Column: k, Value: k,
				Rule: "unknown key: expected date, ticker(s), type, title, and optionally status, companies, source_url, notes, time"})
		}
		rr.names[canon] = k
		switch x := v.(type) {
		case nil:
		case string:
			rr.fields[canon] = strings.TrimSpace(x)
		case []any:
			var parts []string
			for _, e := range x {
				parts = append(parts, fmt.Sprint(e))
			}
			rr.fields[canon] = strings.Join(parts, ";")
		default:
			rr.fields[canon] = fmt.Sprint(x)
		}
	}
	return rr, nil
}

// splitList splits "VMW; EMC", "VMW,EMC", "VMW EMC" or "[EMC, VMW]" (how eventline's own CSV
// and DuckDB print a list) into items.
func splitList(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ';' || r == ',' || r == '|' || r == ' ' || r == '[' || r == ']'
	})
}

func (r rawRecord) toRecord(path string) (Record, []badinput.Problem) {
	var ps []badinput.Problem
	bad := func(field, rule string) {
		col := r.names[field]
		if col == "" {
			col = field
		}
		ps = append(ps, badinput.Problem{File: path, Line: r.line, Column: col, Value: r.fields[field], Rule: rule})
	}
	rec := Record{Line: r.line, Event: Event{Origin: Curated, Status: Occurred}}
	if p, err := ParsePeriod(r.fields["date"]); err != nil {
		bad("date", DateRule)
	} else {
		rec.Period = p
	}
	rec.Headline = r.fields["headline"]
	if rec.Headline == "" {
		bad("headline", "the title must not be empty")
	}
	var ok bool
	if rec.Type, ok = ParseType(strings.ToLower(r.fields["type"])); !ok {
		bad("type", "type must be one of "+strings.Join(TypeNames(), ", "))
	}
	if s := strings.ToLower(r.fields["status"]); s != "" {
		if rec.Status, ok = ParseStatus(s); !ok {
			bad("status", "status must be one of "+strings.Join(StatusNames(), ", "))
		}
	}
	for _, t := range splitList(r.fields["tickers"]) {
		t = strings.ToUpper(strings.TrimPrefix(t, "$"))
		if !reTicker.MatchString(t) {
			bad("tickers", fmt.Sprintf("%q is not a ticker symbol (letters, digits, '.', '-', up to 15 characters)", t))
			continue
		}
		rec.Tickers = append(rec.Tickers, t)
	}
	if c := r.fields["companies"]; c != "" {
		for _, name := range strings.Split(c, ";") {
			if name = strings.TrimSpace(name); name != "" {
				rec.Companies = append(rec.Companies, name)
			}
		}
	}
	rec.SourceURL = r.fields["source_url"]
	rec.Notes = r.fields["notes"]
	if v := r.fields["time"]; v != "" {
		if t, err := ParseTiming(v); err != nil {
			bad("time", err.Error())
		} else {
			rec.Timing = t
		}
	}
	return rec, ps
}

// Summary counts what an ingest did.
type Summary struct {
	Inserted, Updated, Unchanged int
}

// Store upserts curated records within the caller's transaction (a *sql.Tx, or a *sql.Conn that
// began one): a record with the date and headline of a curated event already stored replaces
// it, so that loading a file twice changes nothing.
//
// The records are staged in a temporary table and compared with the stored events in a few
// set-wise statements: looking each one up in turn scanned the events once per record (20,000
// events took minutes). Records that repeat a date and headline among themselves are stored one
// after another, as each replaces the one before.
func Store(ctx context.Context, tx Execer, recs []Record) (Summary, error) {
	var s Summary
	if len(recs) == 0 {
		return s, nil
	}
	keys := make(map[[2]string]bool, len(recs))
	for i := range recs {
		k := [2]string{recs[i].Event.Value, recs[i].Event.Headline}
		if keys[k] {
			return storeEach(ctx, tx, recs)
		}
		keys[k] = true
	}
	if err := stageRecords(ctx, tx, recs); err != nil {
		return s, err
	}
	defer tx.ExecContext(context.WithoutCancel(ctx), `DROP TABLE IF EXISTS el_curated; DROP TABLE IF EXISTS el_curated_ids`)
	for _, q := range []string{
		// Each record's stored twin (the first, should there be several) and whether it differs.
		`CREATE OR REPLACE TEMP TABLE el_curated_ids AS
		SELECT n.idx, o.event_id AS old_id,
			o.event_id IS NOT NULL AND o.type = n.type AND o.status = n.status
				AND o.source_url IS NOT DISTINCT FROM n.source_url AND o.notes IS NOT DISTINCT FROM n.notes
				AND coalesce(o.tickers, []) = n.tickers AND coalesce(o.companies, []) = n.companies
				AND o.session IS NOT DISTINCT FROM n.session AND o.release_time IS NOT DISTINCT FROM n.release_time AS same,
			NULL::BIGINT AS id
		FROM el_curated n LEFT JOIN (
			SELECT e.*, (SELECT list(t.ticker ORDER BY t.ticker) FROM event_tickers t WHERE t.event_id = e.event_id) AS tickers
			FROM events e WHERE e.origin = 'curated' AND (e.date, e.headline) IN (SELECT (date, headline) FROM el_curated)
			QUALIFY row_number() OVER (PARTITION BY e.date, e.headline ORDER BY e.event_id) = 1
		) o ON o.date = n.date AND o.headline = n.headline`,
		`DELETE FROM event_tickers WHERE event_id IN (SELECT old_id FROM el_curated_ids WHERE NOT same)`,
		`DELETE FROM events WHERE event_id IN (SELECT old_id FROM el_curated_ids WHERE NOT same)`,
		// New ids in the records' order, for the new and the changed.
		`UPDATE el_curated_ids SET id = n.id FROM (
			SELECT idx, nextval('event_id_seq') AS id FROM (SELECT idx FROM el_curated_ids WHERE NOT same ORDER BY idx)) n
		WHERE el_curated_ids.idx = n.idx`,
		`INSERT INTO events (event_id, date, date_text, granularity, start_date, end_date, type, status, headline,
			companies, origin, source_url, notes, session, release_time)
		SELECT i.id, n.date, n.date_text, n.granularity, n.start_date, n.end_date, n.type, n.status, n.headline,
			n.companies, n.origin, n.source_url, n.notes, n.session, n.release_time
		FROM el_curated n JOIN el_curated_ids i USING (idx) WHERE NOT i.same ORDER BY n.idx`,
		`INSERT INTO event_tickers (event_id, ticker)
		SELECT i.id, unnest(n.tickers) FROM el_curated n JOIN el_curated_ids i USING (idx) WHERE NOT i.same`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return s, fmt.Errorf("store events: %w", err)
		}
	}
	rows, err := tx.QueryContext(ctx, `SELECT idx, coalesce(id, old_id), old_id IS NULL, same FROM el_curated_ids`)
	if err != nil {
		return s, fmt.Errorf("store events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var idx int
		var id int64
		var inserted, same bool
		if err := rows.Scan(&idx, &id, &inserted, &same); err != nil {
			return s, fmt.Errorf("store events: %w", err)
		}
		recs[idx].Event.ID = id
		switch {
		case inserted:
			s.Inserted++
		case same:
			s.Unchanged++
		default:
			s.Updated++
		}
	}
	if err := rows.Err(); err != nil {
		return s, fmt.Errorf("store events: %w", err)
	}
	return s, nil
}

// stageRecords writes the records into the temporary table el_curated, as Insert would store
// them (empty texts NULL, tickers distinct and sorted), a few hundred rows a statement.
func stageRecords(ctx context.Context, tx Execer, recs []Record) error {
	if _, err := tx.ExecContext(ctx, `CREATE OR REPLACE TEMP TABLE el_curated (idx INTEGER, date VARCHAR, date_text VARCHAR,
		granularity VARCHAR, start_date DATE, end_date DATE, type VARCHAR, status VARCHAR, headline VARCHAR,
		companies VARCHAR[], origin VARCHAR, source_url VARCHAR, notes VARCHAR, session VARCHAR, release_time TIME,
		tickers VARCHAR[])`); err != nil {
		return fmt.Errorf("store events: %w", err)
	}
	text := func(v string) string {
		if v == "" {
			return "NULL"
		}
		return sqltext.String(v)
	}
	var values []string
	flush := func() error {
		if len(values) == 0 {
			return nil
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO el_curated VALUES `+strings.Join(values, ", ")); err != nil {
			return fmt.Errorf("store events: %w", err)
		}
		values = values[:0]
		return nil
	}
	for i := range recs {
		e := &recs[i].Event
		tickers := uniq(e.Tickers)
		slices.Sort(tickers)
		clock := "NULL"
		if e.Timing.Clock != "" {
			clock = sqltext.String(e.Timing.Clock) + "::TIME"
		}
		values = append(values, fmt.Sprintf("(%d, %s, %s, %s, DATE '%s', DATE '%s', %s, %s, %s, %s::VARCHAR[], %s, %s, %s, %s, %s, %s::VARCHAR[])",
			i, sqltext.String(e.Value), text(e.DateText), sqltext.String(string(e.Granularity)), e.Start.Format("2006-01-02"),
			e.End.Format("2006-01-02"), sqltext.String(string(e.Type)), sqltext.String(string(e.Status)), sqltext.String(e.Headline),
			sqltext.List(e.Companies), sqltext.String(e.Origin), text(e.SourceURL), text(e.Notes), text(e.Timing.Session), clock,
			sqltext.List(tickers)))
		if len(values) == 500 {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

// storeEach stores records one after another: the way for records that repeat a date and
// headline, where each replaces the one before.
func storeEach(ctx context.Context, tx Execer, recs []Record) (Summary, error) {
	var s Summary
	for i := range recs {
		e := &recs[i].Event
		var oldID int64
		var oldType, oldStatus, oldURL, oldNotes, oldTickers, oldCompanies, oldSession, oldClock string
		err := tx.QueryRowContext(ctx, `
			SELECT e.event_id, e.type, e.status, coalesce(e.source_url, ''), coalesce(e.notes, ''),
				coalesce((SELECT string_agg(ticker, ';' ORDER BY ticker) FROM event_tickers t WHERE t.event_id = e.event_id), ''),
				coalesce(array_to_string(e.companies, ';'), ''), coalesce(e.session, ''), coalesce(e.release_time::VARCHAR, '')
			FROM events e WHERE e.origin = 'curated' AND e.date = ? AND e.headline = ?
			ORDER BY e.event_id LIMIT 1`, e.Value, e.Headline).
			Scan(&oldID, &oldType, &oldStatus, &oldURL, &oldNotes, &oldTickers, &oldCompanies, &oldSession, &oldClock)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			if _, err := Insert(ctx, tx, e); err != nil {
				return s, err
			}
			s.Inserted++
			continue
		case err != nil:
			return s, fmt.Errorf("look up event %q: %w", e.Headline, err)
		}
		tickers := uniq(e.Tickers)
		slices.Sort(tickers)
		if oldType == string(e.Type) && oldStatus == string(e.Status) && oldURL == e.SourceURL && oldNotes == e.Notes &&
			oldTickers == strings.Join(tickers, ";") && oldCompanies == strings.Join(e.Companies, ";") &&
			oldSession == e.Timing.Session && oldClock == e.Timing.Clock {
			e.ID = oldID
			s.Unchanged++
			continue
		}
		if err := Delete(ctx, tx, oldID); err != nil {
			return s, err
		}
		if _, err := Insert(ctx, tx, e); err != nil {
			return s, err
		}
		s.Updated++
	}
	return s, nil
}
