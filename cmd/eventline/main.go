// Command eventline loads daily prices and news articles into one DuckDB database, extracts dated
// corporate events, measures what the market did around them, and renders charts and reports.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := Main(ctx, os.Args[1:], SystemIO())
	stop()
	os.Exit(code)
}

// Main runs eventline with args and returns its exit status: 0 success, 1 runtime failure,
// 2 bad input or usage. It never lets a panic or stack trace reach the user.
func Main(ctx context.Context, args []string, ios *IOStreams) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(ios.ErrOut, "eventline: internal error: %v\n(please report it with the command you ran)\n", r)
			code = exitFailure
		}
	}()
	root, f := newRoot(ios)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if perr := f.finish(); err == nil {
		err = perr
	}
	if err == nil {
		return exitOK
	}
	printError(ios, err)
	return exitCode(err)
}
