package charts

import (
	"fmt"
	"io"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// CARChart is an event study's cumulative abnormal return from day -k to +k: the mean with its
// 95% confidence band (Lower, Upper), and each event's path faintly behind. Values are fractions,
// plotted in percent; NaN leaves a gap.
type CARChart struct {
	Days               []int
	Mean, Lower, Upper []float64
	Paths              [][]float64
	Label              string // e.g. "mean CAR, 12 events, market model vs GSPC"
}

// Render draws the chart to w as "png", "svg" or "pdf".
func (cc CARChart) Render(w io.Writer, format string, opts Options) (*Layout, error) {
	th, err := themeFor(opts.Theme)
	if err != nil {
		return nil, err
	}
	n := len(cc.Days)
	if n == 0 || len(cc.Mean) != n {
		return nil, fmt.Errorf("%w: no mean CAR to draw (%d days, %d values)", ErrEmpty, n, len(cc.Mean))
	}
	band := len(cc.Lower) == n && len(cc.Upper) == n
	for _, p := range cc.Paths {
		if len(p) != n {
			return nil, fmt.Errorf("a CAR path has %d values for %d days", len(p), n)
		}
	}
	ymin, ymax := 0.0, 0.0
	widen := func(vs []float64) {
		for _, v := range vs {
			if !math.IsNaN(v) && !math.IsInf(v, 0) {
				ymin, ymax = math.Min(ymin, v*100), math.Max(ymax, v*100)
			}
		}
	}
	widen(cc.Mean)
	if band {
		widen(cc.Lower)
		widen(cc.Upper)
	}
	// Paths are context: a wild one must not squash the mean, so they widen the axis only up to
	// twice the mean's and the band's range.
	core := math.Max(ymax-ymin, 1)
	pmin, pmax := ymin, ymax
	for _, p := range cc.Paths {
		for _, v := range p {
			if !math.IsNaN(v) && !math.IsInf(v, 0) {
				pmin, pmax = math.Min(pmin, v*100), math.Max(pmax, v*100)
			}
		}
	}
	ymin, ymax = math.Max(pmin, ymin-core), math.Min(pmax, ymax+core)
	width, height := opts.size()
	var plotBox, keyBox Box
	var keys []string
	lay, err := render(w, format, width, height, opts.DPI, th, func(c draw.Canvas) ([]Mark, error) {
		c = drawTitle(c, th, opts)
		p := plot.New()
		styleAxes(p, th)
		x0, x1 := float64(cc.Days[0]), float64(cc.Days[n-1])
		for _, d := range cc.Days {
			x0, x1 = math.Min(x0, float64(d)), math.Max(x1, float64(d))
		}
		p.X.Min, p.X.Max = x0-0.5, x1+0.5
		yr := math.Max(ymax-ymin, 0.5)
		p.Y.Min, p.Y.Max = ymin-yr*0.08, ymax+yr*0.08
		p.X.Tick.Marker = intTicks{}
		p.Y.Tick.Marker = percentTicks
		p.X.Label.Text = "Trading days relative to the event"
		p.Y.Label.Text = "Cumulative abnormal return"
		dc := p.DataCanvas(c)
		plotBox = box(dc.Rectangle)
		gridLines(dc, p, th)
		p.Draw(c)
		xOf, yOf := p.Transforms(&dc)
		// What the key must not cover: the mean and the band (data), and the paths (context).
		data := newEnvelope(dc.Min.X.Points(), dc.Max.X.Points())
		context := newEnvelope(dc.Min.X.Points(), dc.Max.X.Points())
		line := func(vs []float64, env *envelope) vg.Path {
			var path vg.Path
			pen := false
			var prev vg.Point
			for i, v := range vs {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					pen = false
					continue
				}
				pt := vg.Point{X: xOf(float64(cc.Days[i])), Y: max(min(yOf(v*100), dc.Max.Y), dc.Min.Y)}
				if pen {
					path.Line(pt)
					env.segment(prev.X.Points(), prev.Y.Points(), pt.X.Points(), pt.Y.Points())
				} else {
					path.Move(pt)
					env.vertical(pt.X.Points(), pt.Y.Points()-1, pt.Y.Points()+1)
				}
				prev, pen = pt, true
			}
			return path
		}
		dc.SetLineStyle(draw.LineStyle{Color: th.paths, Width: 0.7})
		for _, path := range cc.Paths {
			dc.Stroke(line(path, context))
		}
		if band {
			var poly []vg.Point
			for i := range cc.Days {
				if !math.IsNaN(cc.Upper[i]) {
					poly = append(poly, vg.Point{X: xOf(float64(cc.Days[i])), Y: yOf(cc.Upper[i] * 100)})
				}
			}
			for i := n - 1; i >= 0; i-- {
				if !math.IsNaN(cc.Lower[i]) {
					poly = append(poly, vg.Point{X: xOf(float64(cc.Days[i])), Y: yOf(cc.Lower[i] * 100)})
				}
			}
			// A band of one event (or none known) is not drawn, so the key does not list it.
			band = len(poly) > 2
			if band {
				dc.FillPolygon(th.band, dc.ClipPolygonXY(poly))
				for i := range cc.Days {
					if i > 0 && !math.IsNaN(cc.Upper[i]) && !math.IsNaN(cc.Lower[i]) && !math.IsNaN(cc.Upper[i-1]) && !math.IsNaN(cc.Lower[i-1]) {
						// The band fills between its edges: every column from the lower edge to the upper.
						xa, xb := xOf(float64(cc.Days[i-1])).Points(), xOf(float64(cc.Days[i])).Points()
						lo := math.Min(yOf(math.Min(cc.Lower[i], cc.Lower[i-1])*100).Points(), yOf(math.Max(cc.Upper[i], cc.Upper[i-1])*100).Points())
						hi := math.Max(yOf(math.Min(cc.Lower[i], cc.Lower[i-1])*100).Points(), yOf(math.Max(cc.Upper[i], cc.Upper[i-1])*100).Points())
						for x := xa; x <= xb; x++ {
							data.vertical(x, lo, hi)
						}
					}
				}
			}
		}
		axisStyle := draw.LineStyle{Color: th.axis, Width: 0.8}
		dc.StrokeLine2(axisStyle, dc.Min.X, yOf(0), dc.Max.X, yOf(0))
		dc.StrokeLine2(draw.LineStyle{Color: th.axis, Width: 0.8, Dashes: []vg.Length{3, 2}}, xOf(0), dc.Min.Y, xOf(0), dc.Max.Y)
		dc.SetLineStyle(draw.LineStyle{Color: th.line, Width: 2})
		dc.Stroke(line(cc.Mean, data))

		label := cc.Label
		if label == "" {
			label = "mean CAR"
		}
		keys = []string{label}
		if band {
			keys = append(keys, "95% confidence interval of the mean")
		}
		if len(cc.Paths) > 0 {
			keys = append(keys, fmt.Sprintf("individual events (%d)", len(cc.Paths)))
		}
		keyBox = drawCARKey(dc, th, keys, band, len(cc.Paths) > 0, data, context)
		return nil, nil
	})
	if lay != nil {
		lay.Plot, lay.Key, lay.Keys = plotBox, keyBox, keys
	}
	return lay, err
}

// drawCARKey draws the key in the corner of the data area where it covers neither the mean nor
// the band (nor, where possible, the events' paths), and returns its box. With no such corner,
// it takes the one where it covers the least of the mean and the band.
func drawCARKey(dc draw.Canvas, th theme, keys []string, band, paths bool, data, context *envelope) Box {
	sty := textStyle(th.fg, 8, false)
	sty.YAlign = draw.YCenter
	var w float64
	for _, k := range keys {
		w = math.Max(w, sty.Width(k).Points())
	}
	w += 28
	h := 12*float64(len(keys)) + 4
	area := box(dc.Rectangle)
	const m = 4
	corners := []Box{
		{area.X0 + m, area.Y1 - m - h, area.X0 + m + w, area.Y1 - m}, // top left
		{area.X1 - m - w, area.Y1 - m - h, area.X1 - m, area.Y1 - m}, // top right
		{area.X0 + m, area.Y0 + m, area.X0 + m + w, area.Y0 + m + h}, // bottom left
		{area.X1 - m - w, area.Y0 + m, area.X1 - m, area.Y0 + m + h}, // bottom right
	}
	best, bestCost := corners[0], math.Inf(1)
	for _, b := range corners {
		cost := 0.0
		if data.hits(b) {
			cost = 1000 + data.overlap(b)
		}
		if context.hits(b) {
			cost += 1 + context.overlap(b)/1000
		}
		if cost < bestCost {
			best, bestCost = b, cost
		}
	}
	dc.SetColor(th.labelBG)
	dc.Fill(rect(best).Path())
	x, y := vg.Length(best.X0+4), vg.Length(best.Y1-8)
	for i, k := range keys {
		switch {
		case i == 0:
			dc.StrokeLine2(draw.LineStyle{Color: th.line, Width: 2}, x, y, x+16, y)
		case band && i == 1:
			dc.SetColor(th.band)
			dc.Fill(rect(Box{x.Points(), y.Points() - 4, x.Points() + 16, y.Points() + 4}).Path())
		case paths:
			dc.StrokeLine2(draw.LineStyle{Color: th.paths, Width: 1}, x, y, x+16, y)
		}
		dc.FillText(sty, vg.Point{X: x + 20, Y: y}, k)
		y -= 12
	}
	return best
}
