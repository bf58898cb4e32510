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
	return render(w, format, width, height, opts.DPI, th, func(c draw.Canvas) ([]Mark, error) {
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
		gridLines(dc, p, th)
		p.Draw(c)
		xOf, yOf := p.Transforms(&dc)
		line := func(vs []float64) vg.Path {
			var path vg.Path
			pen := false
			for i, v := range vs {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					pen = false
					continue
				}
				pt := vg.Point{X: xOf(float64(cc.Days[i])), Y: yOf(v * 100)}
				if pen {
					path.Line(pt)
				} else {
					path.Move(pt)
				}
				pen = true
			}
			return path
		}
		dc.SetLineStyle(draw.LineStyle{Color: th.paths, Width: 0.7})
		for _, path := range cc.Paths {
			dc.Stroke(clipPath(dc, line(path)))
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
			if len(poly) > 2 {
				dc.FillPolygon(th.band, dc.ClipPolygonXY(poly))
			}
		}
		axisStyle := draw.LineStyle{Color: th.axis, Width: 0.8}
		dc.StrokeLine2(axisStyle, dc.Min.X, yOf(0), dc.Max.X, yOf(0))
		dc.StrokeLine2(draw.LineStyle{Color: th.axis, Width: 0.8, Dashes: []vg.Length{3, 2}}, xOf(0), dc.Min.Y, xOf(0), dc.Max.Y)
		dc.SetLineStyle(draw.LineStyle{Color: th.line, Width: 2})
		dc.Stroke(line(cc.Mean))

		// Key, top left.
		sty := textStyle(th.fg, 8, false)
		sty.YAlign = draw.YCenter
		x, y := dc.Min.X+8, dc.Max.Y-9
		label := cc.Label
		if label == "" {
			label = "mean CAR"
		}
		keyW := sty.Width(label)
		if band {
			keyW = max(keyW, sty.Width("95% confidence interval of the mean"))
		}
		if len(cc.Paths) > 0 {
			keyW = max(keyW, sty.Width(fmt.Sprintf("individual events (%d)", len(cc.Paths))))
		}
		rows := 1 + boolRows(band) + boolRows(len(cc.Paths) > 0)
		dc.SetColor(th.labelBG)
		dc.Fill(rect(Box{x.Points() - 4, y.Points() - 12*float64(rows-1) - 7, (x + 24 + keyW).Points(), y.Points() + 7}).Path())
		dc.StrokeLine2(draw.LineStyle{Color: th.line, Width: 2}, x, y, x+16, y)
		dc.FillText(sty, vg.Point{X: x + 20, Y: y}, label)
		if band {
			y -= 12
			dc.SetColor(th.band)
			dc.Fill(rect(Box{x.Points(), y.Points() - 4, x.Points() + 16, y.Points() + 4}).Path())
			dc.FillText(sty, vg.Point{X: x + 20, Y: y}, "95% confidence interval of the mean")
		}
		if len(cc.Paths) > 0 {
			y -= 12
			dc.StrokeLine2(draw.LineStyle{Color: th.paths, Width: 1}, x, y, x+16, y)
			dc.FillText(sty, vg.Point{X: x + 20, Y: y}, fmt.Sprintf("individual events (%d)", len(cc.Paths)))
		}
		return nil, nil
	})
}

// clipPath keeps a path's points inside the canvas vertically, so that an extreme path stays a
// line along the edge instead of leaving the data area.
func clipPath(dc draw.Canvas, path vg.Path) vg.Path {
	out := make(vg.Path, len(path))
	for i, comp := range path {
		comp.Pos.Y = max(min(comp.Pos.Y, dc.Max.Y), dc.Min.Y)
		out[i] = comp
	}
	return out
}

func boolRows(b bool) int {
	if b {
		return 1
	}
	return 0
}
