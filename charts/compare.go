package charts

import (
	"fmt"
	"io"
	"math"
	"sort"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Series is one named line of dates and values.
type Series struct {
	Name   string
	Dates  []time.Time
	Values []float64
}

// ComparisonChart draws several series rebased to 100 at the first date on or after Base (the
// first date of each series when Base is zero), with event markers on the series of their ticker.
type ComparisonChart struct {
	Series []Series
	Base   time.Time
	Events []Event
}

type rebased struct {
	name   string
	xs, ys []float64
	dates  []time.Time
}

// rebase returns s as 100 times its values over the value at the first date on or after base.
func rebase(s Series, base time.Time) (rebased, error) {
	n := min(len(s.Dates), len(s.Values))
	idx := make([]int, 0, n)
	for i := 0; i < n; i++ {
		if v := s.Values[i]; !math.IsNaN(v) && !math.IsInf(v, 0) && !s.Dates[i].IsZero() {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return s.Dates[idx[a]].Before(s.Dates[idx[b]]) })
	k := sort.Search(len(idx), func(j int) bool { return !s.Dates[idx[j]].Before(base) })
	if k == len(idx) {
		return rebased{}, fmt.Errorf("%w: %s has no value on or after %s", ErrEmpty, s.Name, base.Format("2006-01-02"))
	}
	ref := s.Values[idx[k]]
	if ref == 0 {
		return rebased{}, fmt.Errorf("%s is 0 on %s: cannot rebase to 100", s.Name, s.Dates[idx[k]].Format("2006-01-02"))
	}
	r := rebased{name: s.Name}
	for _, i := range idx[k:] {
		r.xs = append(r.xs, dayNum(s.Dates[i]))
		r.ys = append(r.ys, 100*s.Values[i]/ref)
		r.dates = append(r.dates, s.Dates[i])
	}
	return r, nil
}

// Render draws the chart to w as "png", "svg" or "pdf".
func (cc ComparisonChart) Render(w io.Writer, format string, opts Options) (*Layout, error) {
	th, err := themeFor(opts.Theme)
	if err != nil {
		return nil, err
	}
	if len(cc.Series) == 0 {
		return nil, fmt.Errorf("%w: no series to compare", ErrEmpty)
	}
	var rs []rebased
	xmin, xmax, ymin, ymax := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for _, s := range cc.Series {
		r, err := rebase(s, cc.Base)
		if err != nil {
			return nil, err
		}
		rs = append(rs, r)
		xmin, xmax = math.Min(xmin, r.xs[0]), math.Max(xmax, r.xs[len(r.xs)-1])
		for _, y := range r.ys {
			ymin, ymax = math.Min(ymin, y), math.Max(ymax, y)
		}
	}
	var evs []Event
	for _, e := range numberEvents(cc.Events) {
		d := dayNum(e.Date)
		if e.isSpan() {
			if e.Start.IsZero() || dayNum(e.End) < xmin || dayNum(e.Start) > xmax {
				continue
			}
		} else if d < xmin-366 || d > xmax {
			// Day events up to a year before the first value show at the left edge.
			continue
		}
		evs = append(evs, e)
	}
	logY, err := logScale(opts.Scale, ymin, ymax)
	if err != nil {
		return nil, err
	}
	width, height, lp := legendSize(evs, opts)
	var listed int
	var plotBox Box
	lay, err := render(w, format, width, height, opts.DPI, th, func(c draw.Canvas) ([]Mark, error) {
		c, listed = drawHeader(c, th, opts, evs, lp)
		p := plot.New()
		styleAxes(p, th)
		pad := math.Max((xmax-xmin)*0.015, 1)
		yr := math.Max(ymax-ymin, 1)
		p.X.Min, p.X.Max = xmin-pad, xmax+pad
		p.Y.Min, p.Y.Max = ymin-yr*0.06, ymax+yr*0.14
		p.X.Tick.Marker = TimeTicker{}
		p.Y.Tick.Marker = plainTicks
		p.Y.Label.Text = "Rebased (first day = 100)"
		if logY {
			p.Y.Scale = plot.LogScale{}
			p.Y.Min, p.Y.Max = logRange(ymin, ymax, 0.06, 0.14)
			p.Y.Tick.Marker = logPlainTicks
			p.Y.Label.Text = "Rebased (first day = 100), log scale"
		}
		yLabel := ""
		if logY {
			yLabel = hideYLabel(p)
		}
		dc := p.DataCanvas(c)
		plotBox = box(dc.Rectangle)
		gridLines(dc, p, th)
		p.Draw(c)
		drawYLabel(c, dc, p, yLabel)
		xOf, yOf := p.Transforms(&dc)
		shadeSpans(dc, xOf, timeAxis{}, evs)
		dc.StrokeLine2(draw.LineStyle{Color: th.axis, Width: 0.7, Dashes: []vg.Length{3, 2}}, dc.Min.X, yOf(100), dc.Max.X, yOf(100))
		var envs []*envelope
		for i, r := range rs {
			env := newEnvelope(dc.Min.X.Points(), dc.Max.X.Points())
			var path vg.Path
			for j := range r.xs {
				pt := vg.Point{X: xOf(r.xs[j]), Y: yOf(r.ys[j])}
				if j == 0 {
					path.Move(pt)
					env.vertical(pt.X.Points(), pt.Y.Points()-0.5, pt.Y.Points()+0.5)
					continue
				}
				path.Line(pt)
				env.segment(xOf(r.xs[j-1]).Points(), yOf(r.ys[j-1]).Points(), pt.X.Points(), pt.Y.Points())
			}
			dc.SetLineStyle(draw.LineStyle{Color: th.series[i%len(th.series)], Width: 1.3})
			dc.Stroke(path)
			envs = append(envs, env)
		}
		key := seriesKey(dc, th, rs)
		at := func(e Event) (pt vg.Point, early, ok bool) {
			r := rs[0]
			for _, s := range rs {
				if s.name == e.Ticker {
					r = s
				}
			}
			d := dayNum(e.Date)
			if d < r.xs[0] {
				// Before the series begins: at its first value, the left edge of its line.
				return vg.Point{X: xOf(r.xs[0]), Y: yOf(r.ys[0])}, true, true
			}
			j := sort.SearchFloat64s(r.xs, d)
			if j == len(r.xs) {
				j = len(r.xs) - 1
			}
			return vg.Point{X: xOf(d), Y: yOf(r.ys[j])}, false, true
		}
		return eventLayer(dc, th, evs, xOf, timeAxis{}, at, envs, []Box{key}), nil
	})
	if lay != nil {
		lay.Listed, lay.Plot, lay.LogScale = listed, plotBox, logY
	}
	return lay, err
}

// seriesKey draws the series' names with their line colors in the top left corner of the data
// area and returns the box it took.
func seriesKey(dc draw.Canvas, th theme, rs []rebased) Box {
	sty := textStyle(th.fg, 8, false)
	sty.YAlign = draw.YCenter
	x0, y := dc.Min.X.Points()+6, dc.Max.Y.Points()-8
	w := 0.0
	for _, r := range rs {
		w += 18 + sty.Width(r.name).Points() + 12
	}
	dc.SetColor(th.labelBG)
	dc.Fill(rect(Box{x0 - 4, y - 7, x0 + w - 6, y + 7}).Path())
	x := x0
	for i, r := range rs {
		dc.StrokeLine2(draw.LineStyle{Color: th.series[i%len(th.series)], Width: 2}, vg.Length(x), vg.Length(y), vg.Length(x+14), vg.Length(y))
		dc.FillText(sty, vg.Point{X: vg.Length(x + 18), Y: vg.Length(y)}, r.name)
		x += 18 + sty.Width(r.name).Points() + 12
	}
	return Box{x0 - 2, y - 7, x, y + 7}
}
