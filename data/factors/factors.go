// Package factors reads factor returns in Kenneth French's CSV layout (the Fama-French factors and
// momentum from his data library) and stores them in the factors table, for the event study's
// factor models.
//
// The layout: a few lines of prose, then a header line that starts with a comma
// (",Mkt-RF,SMB,HML,RF"), then rows of a date and one value per factor, in percent; the dates are
// YYYYMMDD in the daily files and YYYYMM in the monthly ones, whose second block (after a line such
// as " Annual Factors: January-December ") repeats the factors by year, YYYY. A copyright line may
// close the file. Every block of daily or monthly rows is read; yearly blocks are skipped.
package factors

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/badinput"
	"github.com/eventline/eventline/internal/rows"
)

// Frequencies of factor rows.
const (
	Daily   = "daily"
	Monthly = "monthly"
)

// Row is one factor's return on one day or month.
type Row struct {
	Frequency string
	Date      time.Time // the day, or the first day of the month
	Factor    string    // normalized: mkt_rf, smb, hml, rf, mom, rmw, cma ...
	Value     float64   // a fraction (French's percent / 100)
}

// names maps French's column names, normalized (lower case, no spaces), to the stored ones.
// Momentum goes by Mom, UMD and WML in his files and others'.
var names = map[string]string{
	"mkt-rf": "mkt_rf", "mktrf": "mkt_rf", "mkt_rf": "mkt_rf", "smb": "smb", "hml": "hml", "rf": "rf",
	"mom": "mom", "umd": "mom", "wml": "mom", "rmw": "rmw", "cma": "cma",
}

var (
	reDaily   = regexp.MustCompile(`^\d{8}$`)
	reMonthly = regexp.MustCompile(`^\d{6}$`)
	reYearly  = regexp.MustCompile(`^\d{4}$`)
)

// Read parses a factor file. Problems are reported as FILE:LINE: column C: value "V": rule.
func Read(path string) ([]Row, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, badinput.Errorf(path, "cannot read: %v", err)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	var out []Row
	var problems []badinput.Problem
	var header []string // the current block's factor names; nil before the first header
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		cells := strings.Split(text, ",")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		if cells[0] == "" && len(cells) > 1 {
			// A header: ",Mkt-RF,SMB,HML,RF".
			header = header[:0:0]
			for _, c := range cells[1:] {
				n, ok := names[strings.ToLower(strings.ReplaceAll(c, " ", ""))]
				if !ok {
					n = strings.ToLower(strings.NewReplacer(" ", "_", "-", "_").Replace(c))
				}
				header = append(header, n)
			}
			continue
		}
		if header == nil || len(cells) < 2 || strings.ContainsFunc(cells[0], unicode.IsLetter) {
			continue // prose, a block's title, the copyright line
		}
		var freq string
		var date time.Time
		var perr error
		switch d := cells[0]; {
		case reDaily.MatchString(d):
			freq = Daily
			date, perr = time.Parse("20060102", d)
		case reMonthly.MatchString(d):
			freq = Monthly
			date, perr = time.Parse("200601", d)
		case reYearly.MatchString(d):
			continue // the annual block repeats the monthly one by year
		default:
			perr = fmt.Errorf("not a date")
		}
		if perr != nil {
			problems = append(problems, badinput.Problem{File: path, Line: line, Column: "date", Value: cells[0],
				Rule: "a factor row starts with its date: YYYYMMDD (daily) or YYYYMM (monthly)"})
			continue
		}
		if len(cells)-1 != len(header) {
			problems = append(problems, badinput.Problem{File: path, Line: line, Value: text,
				Rule: fmt.Sprintf("the row has %d values where the header names %d factors", len(cells)-1, len(header))})
			continue
		}
		for i, c := range cells[1:] {
			v, err := strconv.ParseFloat(c, 64)
			// French marks missing values -99.99 or -999.
			if err != nil || v <= -99.99 {
				problems = append(problems, badinput.Problem{File: path, Line: line, Column: header[i], Value: c,
					Rule: "factor returns are numbers in percent (French's -99.99 and -999 mark missing values)"})
				continue
			}
			out = append(out, Row{Frequency: freq, Date: date, Factor: header[i], Value: v / 100})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, badinput.Errorf(path, "cannot read: %v", err)
	}
	if len(problems) > 0 {
		return nil, badinput.New(problems...)
	}
	if len(out) == 0 {
		return nil, badinput.Errorf(path, "no factor rows: expected a header line such as \",Mkt-RF,SMB,HML,RF\" and rows of YYYYMMDD or YYYYMM dates")
	}
	return out, nil
}

// Summary counts what a load stored.
type Summary struct {
	Rows     int
	Factors  []string
	From, To time.Time
	Daily    bool
}

// Store replaces, within one transaction, the stored values of the rows' factors over the rows'
// dates with the rows: loading a file again changes nothing, and a newer file extends the series.
// A daily file since 1926 holds more values than a DuckDB row group, which DuckDB writes to the
// file before the commit and keeps after a crash while committing, when it drops the deletes: so
// the load goes through the commit marker (data/store/recover.go), its rows carry its ingest id,
// and opening removes them if it never committed.
func Store(ctx context.Context, db *sql.DB, rs []Row) (Summary, error) {
	var s Summary
	if len(rs) == 0 {
		return s, nil
	}
	type span struct{ from, to time.Time }
	spans := map[[2]string]*span{}
	seen := map[string]bool{}
	marker, err := store.BeginIngest(ctx, db, "factors")
	if err != nil {
		return s, fmt.Errorf("store factors: %w", err)
	}
	defer marker.Release(context.WithoutCancel(ctx))
	batch := rows.NewBatch("factors", "frequency", "date", "factor", "value", "ingest_id")
	for _, r := range rs {
		k := [2]string{r.Frequency, r.Factor}
		if sp, ok := spans[k]; !ok {
			spans[k] = &span{r.Date, r.Date}
		} else {
			sp.from, sp.to = minTime(sp.from, r.Date), maxTime(sp.to, r.Date)
		}
		if !seen[r.Factor] {
			seen[r.Factor] = true
			s.Factors = append(s.Factors, r.Factor)
		}
		if s.From.IsZero() || r.Date.Before(s.From) {
			s.From = r.Date
		}
		if r.Date.After(s.To) {
			s.To = r.Date
		}
		s.Daily = s.Daily || r.Frequency == Daily
		batch.Add(r.Frequency, r.Date, r.Factor, r.Value, marker.ID)
	}
	s.Rows = len(rs)
	err = rows.InTransaction(ctx, db, func(conn *sql.Conn) error {
		for k, sp := range spans {
			if _, err := conn.ExecContext(ctx, `DELETE FROM factors WHERE frequency = ? AND factor = ? AND date BETWEEN ? AND ?`,
				k[0], k[1], sp.from, sp.to); err != nil {
				return err
			}
		}
		if err := rows.Append(ctx, conn, batch); err != nil {
			return err
		}
		return marker.Finish(ctx, conn)
	})
	if err != nil {
		return s, fmt.Errorf("store factors: %w", err)
	}
	return s, nil
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
