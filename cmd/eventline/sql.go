package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/table"
)

type sqlOptions struct {
	IO      *IOStreams
	Store   func(ctx context.Context, readOnly bool) (*store.Store, error)
	Query   string
	File    string
	Format  table.Format
	Write   bool
	History string // the shell's history file; "" keeps none
}

var sqlFormats = []table.Format{table.Text, table.TSV, table.CSV, table.JSON, table.JSONL, table.Markdown}

const sqlLong = `Run SQL against the eventline database: a query given as the argument, a file with -f, SQL
piped on standard input, or, on a terminal with no query, an interactive shell. Statements end
with ';'. Dot commands work in all of them, at the start of a line: .tables, .schema [TABLE],
.mode FORMAT, .headers on|off, .maxrows N, .timer on|off, .output [FILE], .read FILE, .help,
.quit.

Without --write nothing is written anywhere: the database opens read-only, and statements that
write files, other databases or extensions (COPY ... TO, EXPORT DATABASE, ATTACH for writing,
INSTALL, LOAD, CREATE, INSERT, ...) are refused; reading local files with read_csv, read_parquet
and the like, and attaching another database read-only, stay allowed. Errors are DuckDB's own
messages (exit 1).

Several statements in one call give one result each, in a form that stays machine-readable:
  table, markdown, tsv   one table per statement, separated by a blank line
  csv                    each table after a comment line "# N: STATEMENT", blank line between
  json                   one JSON array with an object per statement:
                         {"statement": N, "sql": "...", "rows": [...]}
  jsonl                  the rows of every statement, one JSON object per line
A single statement gives just its table (json: the array of rows).`

func newCmdSQL(f *factory) *cobra.Command {
	opts := &sqlOptions{IO: f.IO, Store: f.OpenStore}
	cmd := &cobra.Command{
		Use:   "sql [QUERY]",
		Short: "Query the database with DuckDB SQL",
		Long:  sqlLong,
		Example: `  eventline sql "SELECT ticker, count(*) AS days FROM prices GROUP BY ticker"
  eventline sql --format csv "SELECT * FROM prices WHERE ticker = 'VMW'" > vmw.csv
  eventline sql -f query.sql --format markdown
  eventline sql                      # interactive shell`,
	}
	getFormat := formatFlag(cmd, table.Text, sqlFormats...)
	cmd.Flags().StringVarP(&opts.File, "file", "f", "", "read SQL from `FILE`")
	cmd.Flags().BoolVar(&opts.Write, "write", false, "open the database for writing")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		var err error
		if opts.Format, err = getFormat(); err != nil {
			return err
		}
		opts.Query = strings.Join(args, " ")
		if opts.Query != "" && opts.File != "" {
			return usageErrorf("give a query or -f FILE, not both")
		}
		if home, err := os.UserHomeDir(); err == nil {
			opts.History = home + "/.eventline_history"
		}
		return runSQL(cmd.Context(), opts)
	}
	return cmd
}

func runSQL(ctx context.Context, opts *sqlOptions) error {
	script := opts.Query
	switch {
	case opts.File != "":
		b, err := os.ReadFile(opts.File)
		if err != nil {
			return usageErrorf("read %s: %v", opts.File, err)
		}
		script = string(b)
	case script == "" && !opts.IO.IsStdinTTY():
		b, err := io.ReadAll(opts.IO.In)
		if err != nil {
			return fmt.Errorf("read standard input: %w", err)
		}
		script = string(b)
		if strings.TrimSpace(script) == "" {
			return usageErrorf("no SQL given: pass a query, -f FILE, or SQL on standard input")
		}
	}
	st, err := opts.Store(ctx, !opts.Write)
	if err != nil {
		return err
	}
	defer st.Close()
	sess, err := openSession(ctx, st.DB, !opts.Write)
	if err != nil {
		return err
	}
	defer sess.Close()
	if script == "" {
		return runShell(ctx, sess, opts)
	}
	return runScript(ctx, sess, opts, script)
}

// session is the one connection a sql call or shell runs its statements on, so that temporary
// state (SET VARIABLE, USE, ATTACH) lasts from one statement to the next.
type session struct {
	conn     *sql.Conn
	readOnly bool
}

func openSession(ctx context.Context, db *sql.DB, readOnly bool) (*session, error) {
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	if readOnly {
		if err := lockSession(ctx, conn); err != nil {
			conn.Close()
			return nil, err
		}
	}
	return &session{conn: conn, readOnly: readOnly}, nil
}

func (s *session) Close() error { return s.conn.Close() }

// query runs one statement, after the read-only check when the session is read-only.
func (s *session) query(ctx context.Context, stmt string) (*sql.Rows, error) {
	if s.readOnly {
		if err := checkReadOnly(ctx, s.conn, stmt); err != nil {
			return nil, err
		}
	}
	rows, err := s.conn.QueryContext(ctx, stmt)
	if err != nil {
		return nil, sqlError(err)
	}
	return rows, nil
}

// execStatement runs one statement and writes its result, if it has one, in format f.
func execStatement(ctx context.Context, sess *session, stmt string, w io.Writer, f table.Format, header bool) error {
	rows, err := sess.query(ctx, stmt)
	if err != nil {
		return err
	}
	defer rows.Close()
	names, err := rows.Columns()
	if err != nil {
		return sqlError(err)
	}
	// DDL and DML report a single "Count" column; a person wants to see it only from DML.
	cols := make([]table.Column, len(names))
	for i, n := range names {
		cols[i] = table.Column{Name: n}
	}
	out, err := table.NewStreamHeader(w, f, cols, header)
	if err != nil {
		return err
	}
	for rows.Next() {
		vals := make([]any, len(names))
		ptrs := make([]any, len(names))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return sqlError(err)
		}
		if err := out.Row(vals); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return sqlError(err)
	}
	return out.Close()
}

// sqlError adds advice to the one DuckDB message a read-only user is sure to meet.
func sqlError(err error) error {
	msg := err.Error()
	if strings.Contains(msg, "read-only mode") {
		return errors.New(msg + "\n(eventline sql opens the database read-only; add --write to change it)")
	}
	return err
}

// splitStatements cuts a script at the semicolons that end statements, leaving alone those inside
// quotes, comments and dollar-quoted strings. Empty statements are dropped.
func splitStatements(script string) []string {
	var stmts []string
	start := 0
	flush := func(end int) {
		if s := strings.TrimSpace(script[start:end]); s != "" && !onlyComments(s) {
			stmts = append(stmts, s)
		}
	}
	for i := 0; i < len(script); i++ {
		switch c := script[i]; {
		case c == '\'' || c == '"':
			j := strings.IndexByte(script[i+1:], c)
			if j < 0 {
				i = len(script)
			} else {
				i += j + 1
			}
		case c == '-' && strings.HasPrefix(script[i:], "--"):
			j := strings.IndexByte(script[i:], '\n')
			if j < 0 {
				i = len(script)
			} else {
				i += j
			}
		case c == '/' && strings.HasPrefix(script[i:], "/*"):
			j := strings.Index(script[i+2:], "*/")
			if j < 0 {
				i = len(script)
			} else {
				i += j + 3
			}
		case c == '$' && strings.HasPrefix(script[i:], "$$"):
			j := strings.Index(script[i+2:], "$$")
			if j < 0 {
				i = len(script)
			} else {
				i += j + 3
			}
		case c == ';':
			flush(i)
			start = i + 1
		}
	}
	flush(len(script))
	return stmts
}

func onlyComments(s string) bool {
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "--") {
			return false
		}
	}
	return true
}
