package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/itchyny/gojq"
	"github.com/spf13/cobra"
)

// jsonFlags reads --json FIELDS and --jq EXPRESSION, as the GitHub CLI offers them on its list
// commands: --json picks columns and prints JSON; --jq filters that JSON with a jq program
// (github.com/itchyny/gojq) and prints each result, strings without quotes.
func jsonFlags(cmd *cobra.Command) ([]string, func(io.Writer, any) error, error) {
	var fields []string
	if fl := cmd.Flags().Lookup("json"); fl != nil && fl.Changed {
		for _, f := range strings.Split(fl.Value.String(), ",") {
			if f = strings.TrimSpace(f); f != "" {
				fields = append(fields, f)
			}
		}
		if len(fields) == 0 {
			return nil, nil, usageErrorf("--json needs FIELDS: column names, comma-separated")
		}
	}
	var run func(io.Writer, any) error
	if fl := cmd.Flags().Lookup("jq"); fl != nil && fl.Changed {
		q, err := gojq.Parse(fl.Value.String())
		if err != nil {
			return nil, nil, usageErrorf("--jq %q: %v", fl.Value.String(), err)
		}
		code, err := gojq.Compile(q)
		if err != nil {
			return nil, nil, usageErrorf("--jq %q: %v", fl.Value.String(), err)
		}
		run = func(w io.Writer, doc any) error {
			iter := code.Run(doc)
			for {
				v, ok := iter.Next()
				if !ok {
					return nil
				}
				if err, ok := v.(error); ok {
					return fmt.Errorf("--jq: %w", err)
				}
				if s, ok := v.(string); ok {
					if _, err := fmt.Fprintln(w, s); err != nil {
						return err
					}
					continue
				}
				b, err := json.Marshal(v)
				if err != nil {
					return fmt.Errorf("--jq: %w", err)
				}
				if _, err := fmt.Fprintf(w, "%s\n", b); err != nil {
					return err
				}
			}
		}
	}
	if (fields != nil || run != nil) && cmd.Flags().Changed("format") {
		return nil, nil, usageErrorf("--json and --jq print JSON: leave out --format")
	}
	return fields, run, nil
}

// list makes a table cell of several values (an event's tickers): a JSON list in JSON, as
// extract prints it, and DuckDB's [a, b] in text.
func list(vals []string) []any {
	out := make([]any, len(vals))
	for i, v := range vals {
		out[i] = v
	}
	return out
}
