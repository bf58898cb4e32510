package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/chzyer/readline"

	"github.com/eventline/eventline/internal/table"
)

// lineReader is what the shell reads from: readline on a terminal, a plain scanner for pipes and
// files.
type lineReader interface {
	Readline() (string, error)
	SetPrompt(string)
	SaveHistory(string) error
	Close() error
}

type scanReader struct{ s *bufio.Scanner }

func newScanReader(r io.Reader) scanReader {
	s := bufio.NewScanner(r)
	s.Buffer(make([]byte, 64*1024), 64<<20) // a statement may be one long line
	return scanReader{s}
}

func (r scanReader) Readline() (string, error) {
	if r.s.Scan() {
		return r.s.Text(), nil
	}
	if err := r.s.Err(); err != nil {
		return "", err
	}
	return "", io.EOF
}
func (scanReader) SetPrompt(string)         {}
func (scanReader) SaveHistory(string) error { return nil }
func (scanReader) Close() error             { return nil }

// readlineReader keeps a multi-line statement as one history entry: readline's own saving (one
// entry per line typed) is off, and the shell saves each whole statement.
type readlineReader struct{ *readline.Instance }

func (r readlineReader) SaveHistory(entry string) error { return r.Instance.SaveHistory(entry) }

const (
	promptFirst = "eventline> "
	promptMore  = "      ...> "
)

func newLineReader(opts *sqlOptions) (lineReader, error) {
	if !opts.IO.IsStdinTTY() {
		return newScanReader(opts.IO.In), nil
	}
	if opts.History != "" {
		if err := preparePrivateFile(opts.History); err != nil {
			return nil, err
		}
	}
	rl, err := readline.NewEx(&readline.Config{
		Prompt:                 promptFirst,
		HistoryFile:            opts.History,
		HistorySearchFold:      true,
		DisableAutoSaveHistory: true,
		InterruptPrompt:        "^C",
		EOFPrompt:              ".quit",
	})
	if err != nil {
		return nil, err
	}
	return readlineReader{rl}, nil
}

// shell is the state of a SQL session: the connection, where results go and how they look.
// eventline sql runs a query, a file and a pipe through it as well as the interactive shell,
// so dot commands work everywhere.
type shell struct {
	sess    *session
	errOut  io.Writer
	stdout  io.Writer // where .output with no file returns to
	out     io.Writer
	outFile *os.File
	format  table.Format
	headers bool
	timer   bool
	maxRows int // -1: the screen's default
	// interactive shells report a failing statement and go on; scripts stop at the first.
	interactive bool
	depth       int // .read nesting
	// multi is set for a script of several statements: each result is separated in the
	// documented way for its format (see sqlLong); n counts results written.
	multi bool
	n     int
	// used says that the current output already holds a result: the next one is separated.
	used bool
	json []json.RawMessage // several statements' JSON results, written as one document at the end
}

func newShell(sess *session, opts *sqlOptions, interactive bool) *shell {
	return &shell{sess: sess, errOut: opts.IO.ErrOut, stdout: opts.IO.Out, out: opts.IO.Out,
		format: opts.Format, headers: true, maxRows: -1, interactive: interactive}
}

// writer is where the next result goes, with the shell's .maxrows.
func (sh *shell) writer() io.Writer {
	if sh.maxRows < 0 {
		return sh.out
	}
	scr := &table.Screen{W: sh.out}
	if s, ok := sh.out.(*table.Screen); ok {
		*scr = *s
	}
	scr.MaxRows = sh.maxRows
	return scr
}

// runShell reads statements until .quit or end of input. A failing statement prints DuckDB's
// message and the shell goes on, as a person at a prompt expects.
func runShell(ctx context.Context, sess *session, opts *sqlOptions) error {
	rl, err := newLineReader(opts)
	if err != nil {
		return fmt.Errorf("start the shell: %w", err)
	}
	defer func() {
		rl.Close()
		if opts.History != "" && opts.IO.IsStdinTTY() {
			preparePrivateFile(opts.History) // readline may have rewritten it with its own mode
		}
	}()
	sh := newShell(sess, opts, true)
	defer sh.closeOutput()
	if opts.IO.IsStdinTTY() {
		fmt.Fprintln(opts.IO.ErrOut, "eventline SQL shell. Statements end with ';'. Type .help for commands, .quit to leave.")
	}
	_, err = sh.run(ctx, rl)
	return err
}

// runScript runs a whole script (a query argument, -f FILE or standard input): statements and
// dot commands, stopping at the first error.
func runScript(ctx context.Context, sess *session, opts *sqlOptions, script string) error {
	sh := newShell(sess, opts, false)
	defer sh.closeOutput()
	sh.multi = len(splitStatements(withoutDotCommands(script))) > 1
	if _, err := sh.run(ctx, newScanReader(strings.NewReader(script))); err != nil {
		return err
	}
	return sh.finish()
}

// withoutDotCommands drops the lines that are dot commands, to count a script's statements.
func withoutDotCommands(script string) string {
	var b strings.Builder
	for _, l := range strings.Split(script, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), ".") {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// run reads lines from rl and runs what they make; it returns whether .quit was given.
func (sh *shell) run(ctx context.Context, rl lineReader) (bool, error) {
	var pending strings.Builder
	for {
		if pending.Len() == 0 {
			rl.SetPrompt(promptFirst)
		} else {
			rl.SetPrompt(promptMore)
		}
		line, err := rl.Readline()
		if errors.Is(err, readline.ErrInterrupt) {
			pending.Reset()
			continue
		}
		if err == io.EOF {
			if s := strings.TrimSpace(pending.String()); s != "" {
				rl.SaveHistory(historyEntry(s))
				if err := sh.statements(ctx, s); err != nil {
					return false, err
				}
			}
			return false, nil
		}
		if err != nil {
			return false, err
		}
		trimmed := strings.TrimSpace(line)
		if pending.Len() == 0 && strings.HasPrefix(trimmed, ".") {
			rl.SaveHistory(trimmed)
			quit, err := sh.command(ctx, trimmed)
			if err != nil && !sh.interactive {
				return false, err
			}
			if err != nil {
				fmt.Fprintf(sh.errOut, "Error: %v\n", err)
			}
			if quit {
				return true, nil
			}
			continue
		}
		pending.WriteString(line)
		pending.WriteString("\n")
		if !strings.HasSuffix(trimmed, ";") {
			continue
		}
		script := pending.String()
		if len(splitStatements(script)) > 0 && endsInsideLiteral(script) {
			continue // the ';' was inside a string or comment: the statement goes on
		}
		pending.Reset()
		rl.SaveHistory(historyEntry(script))
		if err := sh.statements(ctx, script); err != nil {
			return false, err
		}
	}
}

// historyEntry is a statement as one line of history, so that recalling it brings all of it back:
// its lines joined by spaces, each line's trailing -- comment dropped (joined, it would comment
// out the rest). Spaces inside a line, and so inside string literals, are kept.
func historyEntry(s string) string {
	var parts []string
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		l = strings.TrimSpace(l)
		if i := lineComment(l); i >= 0 {
			l = strings.TrimSpace(l[:i])
		}
		if l != "" {
			parts = append(parts, l)
		}
	}
	return strings.Join(parts, " ")
}

// statements runs every statement of script; in the interactive shell an error is reported and
// the session goes on.
func (sh *shell) statements(ctx context.Context, script string) error {
	for _, s := range splitStatements(script) {
		err := sh.statement(ctx, s)
		if err != nil && sh.interactive {
			fmt.Fprintf(sh.errOut, "Error: %v\n", err)
			continue
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// statement runs one statement and writes its result in the documented form for the format.
func (sh *shell) statement(ctx context.Context, stmt string) error {
	start := time.Now()
	defer func() {
		if sh.timer {
			fmt.Fprintf(sh.errOut, "Run Time: %.3fs\n", time.Since(start).Seconds())
		}
	}()
	f := sh.format
	if !sh.multi {
		return execStatement(ctx, sh.sess, stmt, sh.writer(), f, sh.headers)
	}
	sh.n++
	scr := table.Screen{W: sh.out}
	if s, ok := sh.out.(*table.Screen); ok {
		scr = *s
	}
	switch resolved := formatFor(scr, f); resolved {
	case table.JSON:
		var buf bytes.Buffer
		if err := execStatement(ctx, sh.sess, stmt, &buf, table.JSON, true); err != nil {
			return err
		}
		obj, err := json.Marshal(struct {
			Statement int             `json:"statement"`
			SQL       string          `json:"sql"`
			Rows      json.RawMessage `json:"rows"`
		}{sh.n, stmt, json.RawMessage(bytes.TrimSpace(buf.Bytes()))})
		if err != nil {
			return err
		}
		sh.json = append(sh.json, obj)
		return nil
	case table.CSV:
		if sh.used {
			fmt.Fprintln(sh.out)
		}
		fmt.Fprintf(sh.out, "# %d: %s\n", sh.n, historyEntry(stmt))
	case table.JSONL:
	default:
		if sh.used {
			fmt.Fprintln(sh.out)
		}
	}
	sh.used = true
	return execStatement(ctx, sh.sess, stmt, sh.writer(), f, sh.headers)
}

// formatFor is the format a result takes on this screen (Auto resolved).
func formatFor(scr table.Screen, f table.Format) table.Format {
	if f != table.Auto {
		return f
	}
	if scr.Width > 0 {
		return table.Text
	}
	return table.TSV
}

// finish writes what a script of several statements held back: the JSON document.
func (sh *shell) finish() error {
	if len(sh.json) == 0 {
		return nil
	}
	var b bytes.Buffer
	b.WriteString("[\n  ")
	for i, m := range sh.json {
		if i > 0 {
			b.WriteString(",\n  ")
		}
		b.Write(m)
	}
	b.WriteString("\n]\n")
	_, err := sh.out.Write(b.Bytes())
	return err
}

// lineComment is where a -- comment starts in line, outside quotes, or -1.
func lineComment(line string) int {
	var quote byte
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '-' && strings.HasPrefix(line[i:], "--"):
			return i
		}
	}
	return -1
}

// endsInsideLiteral says whether the script's last ';' is quoted, so the statement is unfinished.
func endsInsideLiteral(script string) bool {
	closed := strings.TrimSpace(script)
	return len(splitStatements(closed+"\n;")) != len(splitStatements(closed))
}

const shellHelp = `.tables              list tables and views
.schema [TABLE]       show CREATE statements
.mode FORMAT          table, tsv, csv, json, jsonl or markdown
.headers on|off       header line in csv and tsv
.maxrows N            rows a table on the terminal shows (first and last halves; 0 for all)
.timer on|off         print each statement's run time on stderr
.output [FILE]        send results to FILE (created or replaced), or back to stdout
.read FILE            run the statements and dot commands in FILE
.help                 this text
.quit                 leave (also .exit or Ctrl-D)
`

// command runs a dot command; it returns whether to quit.
func (sh *shell) command(ctx context.Context, line string) (bool, error) {
	fields := strings.Fields(strings.TrimSuffix(line, ";"))
	arg := ""
	if len(fields) > 1 {
		arg = fields[1]
	}
	switch fields[0] {
	case ".quit", ".exit", ".q":
		return true, nil
	case ".help":
		fmt.Fprint(sh.out, shellHelp)
	case ".tables":
		return false, execStatement(ctx, sh.sess, `SELECT table_name AS name, table_type AS type FROM information_schema.tables WHERE table_schema = 'main' ORDER BY name`, sh.writer(), sh.format, sh.headers)
	case ".schema":
		return false, sh.schema(ctx, arg)
	case ".mode":
		if arg == "" {
			fmt.Fprintf(sh.out, "%s\n", cmp(string(sh.format), "auto"))
			return false, nil
		}
		f, err := table.ParseFormat(arg, sqlFormats...)
		if err != nil {
			return false, err
		}
		sh.format = f
	case ".headers":
		on, err := onOff(arg)
		if err != nil {
			return false, err
		}
		sh.headers = on
	case ".timer":
		on, err := onOff(arg)
		if err != nil {
			return false, err
		}
		sh.timer = on
	case ".maxrows":
		n, err := strconv.Atoi(arg)
		if err != nil || n < 0 {
			return false, fmt.Errorf(".maxrows %q: give a number of rows, 0 for all", arg)
		}
		sh.maxRows = n
	case ".output", ".once":
		return false, sh.setOutput(arg)
	case ".read":
		if arg == "" {
			return false, errors.New(".read needs a FILE")
		}
		if sh.depth >= 16 {
			return false, fmt.Errorf(".read %s: nested too deeply", arg)
		}
		b, err := os.ReadFile(arg)
		if err != nil {
			return false, fmt.Errorf(".read: %w", err)
		}
		sh.depth++
		defer func() { sh.depth-- }()
		return sh.run(ctx, newScanReader(bytes.NewReader(b)))
	default:
		return false, fmt.Errorf("unknown command %s (try .help)", fields[0])
	}
	return false, nil
}

func cmp(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func onOff(s string) (bool, error) {
	switch strings.ToLower(s) {
	case "on", "1", "true", "yes":
		return true, nil
	case "off", "0", "false", "no":
		return false, nil
	}
	return false, fmt.Errorf("%q: use on or off", s)
}

// setOutput sends results to a file the user names (created or truncated, like the DuckDB and
// SQLite shells), or back to stdout.
func (sh *shell) setOutput(path string) error {
	sh.closeOutput()
	if path == "" || path == "stdout" {
		return nil
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf(".output: %w", err)
	}
	sh.outFile, sh.out, sh.used = f, f, false
	return nil
}

func (sh *shell) closeOutput() {
	if sh.outFile != nil {
		sh.outFile.Close()
		sh.outFile = nil
	}
	sh.out = sh.stdout
	sh.used = false
}

func (sh *shell) schema(ctx context.Context, name string) error {
	rows, err := sh.sess.conn.QueryContext(ctx, `
		SELECT sql FROM duckdb_tables() WHERE schema_name = 'main' AND ($1 = '' OR table_name = $1)
		UNION ALL
		SELECT sql FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal AND ($1 = '' OR view_name = $1)`, name)
	if err != nil {
		return err
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return err
		}
		fmt.Fprintln(sh.out, s)
		n++
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if n == 0 && name != "" {
		return fmt.Errorf("no table or view named %s", name)
	}
	return nil
}

// preparePrivateFile creates path readable and writable by its owner only, or makes an existing
// one so: the shell's history holds the user's queries.
func preparePrivateFile(path string) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("history %s: %w", path, err)
	}
	f.Close()
	if err := os.Chmod(path, 0o600); err != nil {
		return fmt.Errorf("history %s: %w", path, err)
	}
	return nil
}
