// Package sqltext writes values into SQL text where database/sql has no parameter for them:
// file paths in read_csv and COPY, and lists, which the DuckDB driver does not bind portably.
package sqltext

import "strings"

// String quotes s as a SQL string literal.
func String(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// List writes items as a DuckDB list literal of strings: ['a', 'b'].
func List(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = String(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}
