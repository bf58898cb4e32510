package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/chzyer/readline"

	"github.com/eventline/eventline/internal/table"
)

// lineReader is what the shell reads from: readline on a terminal, a plain scanner in tests.
type lineReader interface {
	Readline() (string, error)
	SetPrompt(string)
	Close() error
}

type scanReader struct{ s *bufio.Scanner }

func (r scanReader) Readline() (string, error) {
	if r.s.Scan() {
		return r.s.Text(), nil
	}
	if err := r.s.Err(); err != nil {
		return "", err
	}
	return "", io.EOF
}
func (scanReader) SetPrompt(string) {}
func (scanReader) Close() error     { return nil }

const (
	promptFirst = "eventline> "
	promptMore  = "      ...> "
)

func newLineReader(opts *sqlOptions) (lineReader, error) {
	if !opts.IO.IsStdinTTY() {
		return scanReader{bufio.NewScanner(opts.IO.In)}, nil
	}
	if opts.History != "" {
		if err := preparePrivateFile(opts.History); err != nil {
			return nil, err
		}
	}
	return readline.NewEx(&readline.Config{
		Prompt:            promptFirst,
		HistoryFile:       opts.History,
		HistorySearchFold: true,
		InterruptPrompt:   "^C",
		EOFPrompt:         ".quit",
	})
}

// runShell reads statements until .quit or end of input. A failing statement prints DuckDB's
// message and the shell goes on, as a person at a prompt expects.
func runShell(ctx context.Context, sess *session, opts *sqlOptions) error {
	rl, err := newLineReader(opts)
	if err != nil {
		return fmt.Errorf("start the shell: %w", err)
	}
	defer rl.Close()
	out, errOut := opts.IO.Out, opts.IO.ErrOut
	format := opts.Format
	fmt.Fprintln(errOut, "eventline SQL shell. Statements end with ';'. Type .help for commands, .quit to leave.")
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
				runShellSQL(ctx, sess, s, out, errOut, format)
			}
			return nil
		}
		if err != nil {
			return err
		}
		trimmed := strings.TrimSpace(line)
		if pending.Len() == 0 && strings.HasPrefix(trimmed, ".") {
			quit, f := shellCommand(ctx, sess, trimmed, out, errOut, format)
			if quit {
				return nil
			}
			format = f
			continue
		}
		pending.WriteString(line)
		pending.WriteString("\n")
		if !strings.HasSuffix(trimmed, ";") {
			continue
		}
		script := pending.String()
		stmts := splitStatements(script)
		if len(stmts) > 0 && endsInsideLiteral(script) {
			continue // the ';' was inside a string or comment: the statement goes on
		}
		pending.Reset()
		for _, s := range stmts {
			runShellSQL(ctx, sess, s, out, errOut, format)
		}
	}
}

// endsInsideLiteral says whether the script's last ';' is quoted, so the statement is unfinished.
func endsInsideLiteral(script string) bool {
	closed := strings.TrimSpace(script)
	return len(splitStatements(closed+"\n;")) != len(splitStatements(closed))
}

func runShellSQL(ctx context.Context, sess *session, stmt string, out, errOut io.Writer, f table.Format) {
	if err := execStatement(ctx, sess, stmt, out, f); err != nil {
		fmt.Fprintf(errOut, "Error: %v\n", err)
	}
}

const shellHelp = `.tables            list tables and views
.schema [TABLE]    show CREATE statements
.mode FORMAT       table, csv, json, jsonl or markdown
.help              this text
.quit              leave (also .exit or Ctrl-D)
`

// shellCommand runs a dot command; it returns whether to quit and the output format from now on.
func shellCommand(ctx context.Context, sess *session, line string, out, errOut io.Writer, f table.Format) (bool, table.Format) {
	fields := strings.Fields(strings.TrimSuffix(line, ";"))
	switch fields[0] {
	case ".quit", ".exit", ".q":
		return true, f
	case ".help":
		fmt.Fprint(out, shellHelp)
	case ".tables":
		runShellSQL(ctx, sess, `SELECT table_name AS name, table_type AS type FROM information_schema.tables WHERE table_schema = 'main' ORDER BY name`, out, errOut, f)
	case ".schema":
		name := ""
		if len(fields) > 1 {
			name = fields[1]
		}
		rows, err := sess.conn.QueryContext(ctx, `
			SELECT sql FROM duckdb_tables() WHERE schema_name = 'main' AND ($1 = '' OR table_name = $1)
			UNION ALL
			SELECT sql FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal AND ($1 = '' OR view_name = $1)`, name)
		if err != nil {
			fmt.Fprintf(errOut, "Error: %v\n", err)
			break
		}
		n := 0
		for rows.Next() {
			var s string
			if rows.Scan(&s) == nil {
				fmt.Fprintln(out, s)
				n++
			}
		}
		rows.Close()
		if n == 0 && len(fields) > 1 {
			fmt.Fprintf(errOut, "Error: no table or view named %s\n", fields[1])
		}
	case ".mode":
		if len(fields) < 2 {
			fmt.Fprintf(out, "%s\n", f)
			break
		}
		nf, err := table.ParseFormat(fields[1], sqlFormats...)
		if err != nil {
			fmt.Fprintf(errOut, "Error: %v\n", err)
			break
		}
		return false, nf
	default:
		fmt.Fprintf(errOut, "Error: unknown command %s (try .help)\n", fields[0])
	}
	return false, f
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
