package report

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strings"
)

//go:embed report.html.tmpl
var pageSource string

// page is parsed once per report: a template is cheap to parse and this keeps the package free
// of global state.
func page() (*template.Template, error) {
	return template.New("report").Parse(pageSource)
}

// write writes the tables as CSV, queries.sql, report.md and index.html; the charts are already
// written.
func (doc *doc) write(w *writer) error {
	for _, t := range []*Table{doc.Summary, doc.Events, doc.EventReturns, doc.EventStudy, doc.Claims} {
		var b bytes.Buffer
		if err := t.WriteCSV(&b); err != nil {
			return fmt.Errorf("report: %s.csv: %w", t.Name, err)
		}
		if err := w.file(t.Name+".csv", b.Bytes()); err != nil {
			return err
		}
	}
	if err := w.file("queries.sql", []byte(doc.Queries)); err != nil {
		return err
	}
	// The appendix lists the data files, which are all written by now; the documents follow.
	for _, f := range w.files {
		if !strings.HasPrefix(f, "charts/") {
			doc.Files = append(doc.Files, f)
		}
	}
	var md bytes.Buffer
	if err := doc.markdown(&md); err != nil {
		return fmt.Errorf("report: report.md: %w", err)
	}
	if err := w.file("report.md", md.Bytes()); err != nil {
		return err
	}
	tmpl, err := page()
	if err != nil {
		return fmt.Errorf("report: template: %w", err)
	}
	var html bytes.Buffer
	if err := tmpl.Execute(&html, doc); err != nil {
		return fmt.Errorf("report: index.html: %w", err)
	}
	return w.file("index.html", html.Bytes())
}

// markdown writes the report as Markdown, with the charts as PNG images beside it.
func (doc *doc) markdown(w io.Writer) error {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("# %s\n\n%s · generated %s\n\n", mdEscape(doc.Title), mdEscape(doc.Subtitle), doc.Generated)
	for _, h := range doc.Highlights {
		p("- %s\n", mdEscape(h))
	}
	if len(doc.Highlights) > 0 {
		p("\n")
	}
	p("## Parameters\n\n")
	for _, pr := range doc.Params {
		p("- **%s:** %s\n", pr.Label, mdEscape(pr.Value))
	}
	if len(doc.Notes) > 0 {
		p("\nNotes on the data:\n\n")
		for _, n := range doc.Notes {
			p("- %s\n", mdEscape(n.Text))
			for _, it := range n.Items {
				p("  - %s\n", mdEscape(it))
			}
		}
	}
	p("\n## Prices and events\n\nNumbered markers are the events of the timeline below.\n\n")
	for _, c := range doc.Prices {
		mdChart(&b, c)
	}
	if doc.Benchmark != nil {
		mdChart(&b, *doc.Benchmark)
	}
	if doc.Comparison != nil {
		mdChart(&b, *doc.Comparison)
	}
	p("## Event timeline\n\n")
	if doc.NoEvents != "" {
		p("%s\n\n", mdEscape(doc.NoEvents))
	} else if err := mdTable(&b, doc.Events); err != nil {
		return err
	}
	p("## Summary\n\nReturns from adjusted closes over the trading days shown; volatility annualized with √252.\n\n")
	if err := mdTable(&b, doc.Summary); err != nil {
		return err
	}
	p("## Event study\n\n")
	if doc.NoStudy != "" {
		p("%s\n\n", mdEscape(doc.NoStudy))
	} else {
		if doc.CARChart != nil {
			mdChart(&b, *doc.CARChart)
		}
		if doc.CARNote != "" {
			p("%s\n\n", mdEscape(doc.CARNote))
		}
		p("### Across events\n\n")
		if err := mdTable(&b, doc.EventStudy); err != nil {
			return err
		}
		p("t: cross-sectional t of the mean CAR; BMP: Boehmer-Musumeci-Poulsen standardized test; sign: binomial sign test; two-sided p-values, blank with fewer than two events.\n\n")
		p("### Per event\n\n")
		if err := mdTable(&b, doc.StudyEvents); err != nil {
			return err
		}
		p("%s\n\n", mdEscape(doc.StudyNote))
	}
	p("## Claim check\n\n")
	if doc.NoClaims != "" {
		p("%s\n\n", mdEscape(doc.NoClaims))
	} else if err := mdTable(&b, doc.Claims); err != nil {
		return err
	}
	p("## Files and reproduction\n\nEvery table is beside this file as CSV, every chart as PNG and SVG. ")
	p("[queries.sql](queries.sql) holds the SQL behind each table, to run against the same database:\n\n")
	p("    eventline sql -f queries.sql --format csv\n\n")
	for _, f := range doc.Files {
		p("- [%s](%s)\n", mdEscape(f), mdURL(f))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func mdChart(b *strings.Builder, c chart) {
	fmt.Fprintf(b, "![%s](%s)\n\n", mdEscape(c.Caption), mdURL(c.PNG))
}

func mdTable(b *strings.Builder, t *Table) error {
	if err := t.markdown(b); err != nil {
		return err
	}
	b.WriteString("\n")
	return nil
}
