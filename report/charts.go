package report

import (
	"bytes"
	"context"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"
	"sync"

	"gonum.org/v1/plot/vg"

	"github.com/eventline/eventline/charts"
	"github.com/eventline/eventline/internal/english"
	"github.com/eventline/eventline/usecase"
)

// renderer is what every chart of package charts is.
type renderer interface {
	Render(w io.Writer, format string, opts charts.Options) (*charts.Layout, error)
}

// plan is one chart to draw: its file name (without extension), how, and where it goes.
type plan struct {
	name, id, caption string
	events            int // events given to the chart, some of which it may not be able to place
	chart             renderer
	opts              charts.Options
	place             func(*doc, chart)
}

func addPrice(doc *doc, c chart)      { doc.Prices = append(doc.Prices, c) }
func setBenchmark(doc *doc, c chart)  { doc.Benchmark = &c }
func setComparison(doc *doc, c chart) { doc.Comparison = &c }
func setCAR(doc *doc, c chart)        { doc.CARChart = &c }

// rendered is a plan's output.
type rendered struct {
	png, svg []byte
	layout   *charts.Layout
	err      error
}

// renderCharts draws a price chart per ticker (and the benchmark), the comparison chart and the
// event study's CAR chart, each as PNG and SVG, and keeps the SVG for the page.
func renderCharts(ctx context.Context, d *data, doc *doc, w *writer) error {
	base := charts.Options{Width: 10 * vg.Inch, DPI: 120}
	var plans []plan
	for _, t := range d.ChartTickers() {
		pc, omitted := d.Charts.PriceChart(t)
		pc.Volume = true
		o := base
		o.SourceLine = d.Charts.SourceLine([]string{t}, pc.Events) + "; numbered as in the report's timeline"
		// The chart's own height, 6in plus its event legend, so that the legend never squeezes
		// the prices.
		o.Title = fmt.Sprintf("%s, daily close", t)
		caption, place := t+": close and volume", addPrice
		if t == d.Benchmark && !slices.Contains(d.Tickers, t) {
			caption, place = t+" close and volume", setBenchmark
		}
		plans = append(plans, plan{name: t, id: "chart-" + t, caption: caption, opts: o, events: len(pc.Events) + omitted, place: place,
			chart: pc})
	}
	if cmp := d.Charts.Comparison(d.ChartTickers(), d.Tickers); len(cmp.Series) > 1 {
		o := base
		o.SourceLine = d.Charts.SourceLine(d.ChartTickers(), cmp.Events) + "; adjusted closes"
		o.Title = "Relative performance, rebased to 100"
		// The chart's own height: it grows with its event table, and the plot keeps 60% of it.
		plans = append(plans, plan{name: "comparison", id: "chart-comparison", chart: cmp, opts: o, place: setComparison,
			caption: fmt.Sprintf("%s: adjusted closes rebased to 100 on %s", strings.Join(seriesNames(cmp), ", "), day(cmp.Base))})
	}
	if len(d.Path.Paths) > 0 {
		o := base
		o.Title = fmt.Sprintf("Cumulative abnormal return, days %d to %+d", -pathDays, pathDays)
		o.Height = 4.5 * vg.Inch
		o.SourceLine = fmt.Sprintf("%s; market model vs %s; %s with the whole window", d.Charts.SourceLine(d.ChartTickers(), nil), d.Benchmark, english.Count(len(d.Path.Paths), "event"))
		label := fmt.Sprintf("mean CAR (%d events)", len(d.Path.Paths))
		caption := fmt.Sprintf("Mean CAR from day %d with its 95%% confidence band (Student's t); each event's path behind (%d events)", -pathDays, len(d.Path.Paths))
		if len(d.Path.Paths) < minBand {
			caption = fmt.Sprintf("Mean CAR from day %d; each event's path behind. No confidence band with %s: it needs %d.", -pathDays, english.Count(len(d.Path.Paths), "event"), minBand)
		}
		if len(d.Path.Paths) == 1 {
			label = "CAR (1 event)"
		}
		plans = append(plans, plan{name: "event_study", id: "chart-car", opts: o, caption: caption, place: setCAR,
			chart: usecase.CARChart(d.Path, label)})
	}
	if d.Benchmark != "" && len(d.Study) > 0 && len(d.Path.Paths) == 0 {
		doc.CARNote = fmt.Sprintf("No CAR chart: no event has all of days %d to %+d in the prices.", -pathDays, pathDays)
	}

	// The charts are independent: draw them two at a time (PNG rasterizing dominates).
	out := make([]rendered, len(plans))
	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	for i, p := range plans {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			if err := ctx.Err(); err != nil {
				out[i].err = err
				return
			}
			out[i] = draw(p)
		}()
	}
	wg.Wait()
	for i, p := range plans {
		r := out[i]
		if r.err != nil {
			return fmt.Errorf("report: chart %s: %w", p.name, r.err)
		}
		caption := p.caption
		if p.events > 0 {
			caption += fmt.Sprintf("; %d of %s marked", len(r.layout.Marks), english.Count(p.events, "event"))
			if len(r.layout.Marks) < p.events {
				caption += " (the others fall outside the prices: see the timeline's notes)"
			}
		}
		c := chart{ID: p.id, Caption: caption, PNG: "charts/" + p.name + ".png", SVGFile: "charts/" + p.name + ".svg",
			SVG: inlineSVG(r.svg, caption)}
		if err := w.file(c.PNG, r.png); err != nil {
			return err
		}
		if err := w.file(c.SVGFile, r.svg); err != nil {
			return err
		}
		p.place(doc, c)
	}
	return nil
}

func draw(p plan) rendered {
	var r rendered
	var png, svg bytes.Buffer
	if _, r.err = p.chart.Render(&png, "png", p.opts); r.err != nil {
		return r
	}
	if r.layout, r.err = p.chart.Render(&svg, "svg", p.opts); r.err != nil {
		return r
	}
	r.png, r.svg = png.Bytes(), svg.Bytes()
	return r
}

func seriesNames(cc charts.ComparisonChart) []string {
	var out []string
	for _, s := range cc.Series {
		out = append(out, s.Name)
	}
	return out
}

// inlineSVG prepares a chart's SVG document for the page: without its XML prolog, and labelled
// for screen readers by an attribute (a root <title> would show as a tooltip over the whole chart
// and hide the events' own).
func inlineSVG(svg []byte, label string) template.HTML {
	s := string(svg)
	if i := strings.Index(s, "<svg"); i > 0 {
		s = s[i:]
	}
	s = strings.Replace(s, "<svg", `<svg role="img" aria-label="`+template.HTMLEscapeString(label)+`"`, 1)
	// The SVG is package charts' output, which escapes its own text: trusted markup.
	return template.HTML(s)
}
