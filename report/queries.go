package report

import (
	_ "embed"
	"fmt"
	"regexp"
	"strings"
	"text/template"
	"time"

	"github.com/eventline/eventline/analytics"
	"github.com/eventline/eventline/internal/sqltext"
)

//go:embed queries.sql.tmpl
var queriesSource string

// queries writes queries.sql: one statement per table, with the report's tickers and range
// written in as literals (the file runs as it is), each headed by a "-- table:" line naming its
// CSV and saying whether the statement is exactly what produced the file or an equivalent of Go
// code.
func queries(d *data, title string) (string, error) {
	tmpl, err := template.New("queries.sql").Parse(queriesSource)
	if err != nil {
		return "", fmt.Errorf("report: queries.sql: %w", err)
	}
	all := d.ChartTickers()
	from, to := dateLit(d.From), dateLit(d.To)
	var b strings.Builder
	err = tmpl.Execute(&b, map[string]any{
		"Title":         title,
		"Written":       d.Generated.UTC().Format("2006-01-02 15:04 MST"),
		"Tickers":       sqltext.List(d.Tickers),
		"All":           sqltext.List(all),
		"Benchmark":     sqltext.String(d.Benchmark),
		"BenchmarkName": strings.ToLower(orDefault(d.Benchmark, "benchmark")),
		"From":          from,
		"To":            to,
		"Study":         d.Benchmark != "",
		"SummaryReference": bind(analytics.SummaryReferenceSQL, map[string]string{
			"tickers": sqltext.List(all), "benchmark": sqltext.String(d.Benchmark), "from": from, "to": to}),
	})
	if err != nil {
		return "", fmt.Errorf("report: queries.sql: %w", err)
	}
	return b.String(), nil
}

// bind writes a statement's named parameters ($name) as the given literals, so that the file
// runs as it is; the statement's own leading comment, which names the parameters, is left out.
func bind(query string, literals map[string]string) string {
	lines := strings.Split(strings.TrimSpace(query), "\n")
	for len(lines) > 0 && strings.HasPrefix(lines[0], "--") {
		lines = lines[1:]
	}
	return namedParam.ReplaceAllStringFunc(strings.Join(lines, "\n"), func(p string) string {
		if lit, ok := literals[p[1:]]; ok {
			return lit
		}
		return p
	})
}

// namedParam is a named parameter in a statement.
var namedParam = regexp.MustCompile(`\$[a-z_]+\b`)

func dateLit(t time.Time) string {
	if t.IsZero() {
		return "NULL::DATE"
	}
	return "DATE '" + day(t) + "'"
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
