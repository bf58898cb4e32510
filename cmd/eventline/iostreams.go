package main

import (
	"bytes"
	"io"
	"os"
	"strconv"

	"golang.org/x/term"

	"github.com/eventline/eventline/internal/table"
)

// IOStreams carries the command's standard streams and what they are attached to, so that commands
// behave the same in tests (with fake terminals) as in a shell.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	stdinTTY  bool
	stdoutTTY bool
	stderrTTY bool
	// width is the terminal's width in columns when stdout is one: $COLUMNS, else the
	// terminal's own size, else 80.
	width int
	// raw is Out before tableOut wrapped it.
	raw io.Writer
}

// defaultMaxRows is how many rows a table on a terminal shows, as DuckDB's shell does.
const defaultMaxRows = 40

// tableOut makes Out a table.Screen, so that every table a command writes fits the terminal
// (or, in a pipe, honours --limit). limit < 0 means not given.
func (s *IOStreams) tableOut(limit int) {
	if s.raw == nil {
		s.raw = s.Out
	}
	scr := &table.Screen{W: s.raw, MaxRows: defaultMaxRows}
	if s.stdoutTTY {
		scr.Width = s.width
		if scr.Width <= 0 {
			scr.Width = 80
		}
	}
	if limit >= 0 {
		scr.Limit, scr.MaxRows = limit, limit
	}
	s.Out = scr
}

// SetTerminalWidth fakes a terminal's width in tests.
func (s *IOStreams) SetTerminalWidth(w int) { s.width = w }

func terminalWidth(f *os.File) int {
	if c, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && c > 0 {
		return c
	}
	if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
		return w
	}
	return 80
}

// SystemIO returns the process's real streams.
func SystemIO() *IOStreams {
	return &IOStreams{
		In:        os.Stdin,
		Out:       os.Stdout,
		ErrOut:    os.Stderr,
		stdinTTY:  isTerminal(os.Stdin),
		stdoutTTY: isTerminal(os.Stdout),
		stderrTTY: isTerminal(os.Stderr),
		width:     terminalWidth(os.Stdout),
	}
}

func isTerminal(f *os.File) bool {
	// CI=true means a log, not a person, whatever the file descriptors claim.
	if os.Getenv("CI") == "true" {
		return false
	}
	return term.IsTerminal(int(f.Fd()))
}

// TestIO returns streams backed by buffers; the terminal flags default to false (a pipe).
func TestIO() (ios *IOStreams, in *bytes.Buffer, out *bytes.Buffer, errOut *bytes.Buffer) {
	in, out, errOut = &bytes.Buffer{}, &bytes.Buffer{}, &bytes.Buffer{}
	return &IOStreams{In: in, Out: out, ErrOut: errOut}, in, out, errOut
}

// IsStdoutTTY says whether a person is watching stdout: progress bars and colours only then.
func (s *IOStreams) IsStdoutTTY() bool { return s.stdoutTTY }

// IsStdinTTY says whether a person can type answers.
func (s *IOStreams) IsStdinTTY() bool { return s.stdinTTY }

// SetStdoutTTY and SetStdinTTY fake a terminal in tests.
func (s *IOStreams) SetStdoutTTY(b bool) { s.stdoutTTY = b }
func (s *IOStreams) SetStdinTTY(b bool)  { s.stdinTTY = b }
