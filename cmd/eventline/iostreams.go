package main

import (
	"bytes"
	"io"
	"os"

	"golang.org/x/term"
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
