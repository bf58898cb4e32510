package charts

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

const (
	markerRadius = 3.6
	labelSize    = 7.5
	labelHeight  = 10.0
)

// spanX returns the horizontal extent of a span event on the data canvas, clipped, half a day
// wider on each side so that its first and last trading days sit inside the band.
func spanX(dc draw.Canvas, xOf func(float64) vg.Length, ax timeAxis, e Event) (x0, x1 float64, ok bool) {
	if e.Start.IsZero() || e.End.IsZero() {
		return 0, 0, false
	}
	x0 = math.Max(xOf(ax.x(e.Start)-0.5).Points(), dc.Min.X.Points())
	x1 = math.Min(xOf(ax.x(e.End)+0.5).Points(), dc.Max.X.Points())
	return x0, x1, x1 > x0
}

// shadeSpans fills the bands of the coarse events; drawn before the series so the line stays on top.
func shadeSpans(dc draw.Canvas, xOf func(float64) vg.Length, ax timeAxis, evs []Event) {
	for _, e := range evs {
		if !e.isSpan() {
			continue
		}
		if x0, x1, ok := spanX(dc, xOf, ax, e); ok {
			b := rect(Box{x0, dc.Min.Y.Points(), x1, dc.Max.Y.Points()})
			if e.isForecast() {
				// Expected: a lighter band with dashed edges, as the hollow marker of a day.
				dc.SetColor(alpha(TypeColor(e.Type), 0.05))
				dc.Fill(b.Path())
				edge := draw.LineStyle{Color: alpha(TypeColor(e.Type), 0.8), Width: 0.8, Dashes: []vg.Length{3, 2}}
				dc.StrokeLine2(edge, b.Min.X, b.Min.Y, b.Min.X, b.Max.Y)
				dc.StrokeLine2(edge, b.Max.X, b.Min.Y, b.Max.X, b.Max.Y)
				continue
			}
			dc.SetColor(alpha(TypeColor(e.Type), 0.10))
			dc.Fill(b.Path())
		}
	}
}

// eventLayer draws the markers and number labels of the events over the series. at says where
// an event's marker goes (false: outside the chart); envs are the drawn series, which labels must
// not hide; obstacles are other things labels must avoid (a series legend).
func eventLayer(dc draw.Canvas, th theme, evs []Event, xOf func(float64) vg.Length, ax timeAxis,
	at func(Event) (pt vg.Point, early, ok bool), envs []*envelope, obstacles []Box) []Mark {
	area := box(dc.Rectangle)
	pl := newPlacer(area)
	pl.envs = envs
	for _, o := range obstacles {
		pl.add(o)
	}
	numStyle := textStyle(th.fg, labelSize, true)
	labelW := func(n int) float64 { return numStyle.Width(strconv.Itoa(n)).Points() + 4 }

	var marks []Mark
	var points []vg.Point
	// The markers already at each x (one day), by their centers' y.
	atX := map[int64][]float64{}
	for _, e := range evs {
		if e.isSpan() {
			x0, x1, ok := spanX(dc, xOf, ax, e)
			if !ok {
				continue
			}
			marks = append(marks, Mark{Num: e.Num, Event: e, Marker: Box{x0, area.Y0, x1, area.Y1}})
			points = append(points, vg.Point{})
			continue
		}
		pt, early, ok := at(e)
		if !ok || !dc.ContainsX(pt.X) {
			continue
		}
		// A marker sits on its own line; only where it would hide another marker of the same
		// day (events of one ticker and day, or lines that meet) does it move up above it, so
		// that none hides another, up to the top edge.
		key := int64(math.Round(pt.X.Points() * 8))
		pt.Y = min(max(pt.Y, dc.Min.Y+markerRadius), dc.Max.Y-markerRadius)
		for pass, moved := 0, true; moved && pass <= len(atX[key]); pass++ {
			moved = false
			for _, y := range atX[key] {
				if math.Abs(pt.Y.Points()-y) < 2*markerRadius {
					up := min(vg.Length(y+2*markerRadius+1.5), dc.Max.Y-markerRadius)
					moved = moved || up != pt.Y
					pt.Y = up
				}
			}
		}
		atX[key] = append(atX[key], pt.Y.Points())
		x, y := pt.X.Points(), pt.Y.Points()
		mk := Box{x - markerRadius, y - markerRadius, x + markerRadius, y + markerRadius}
		marks = append(marks, Mark{Num: e.Num, Event: e, Marker: mk, Early: early})
		points = append(points, pt)
		pl.add(Box{mk.X0 - 0.5, mk.Y0 - 0.5, mk.X1 + 0.5, mk.Y1 + 0.5})
	}
	// Day events first, in date order, then the spans along the top of their bands.
	order := make([]int, len(marks))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		sa, sb := marks[a].Event.isSpan(), marks[b].Event.isSpan()
		if sa != sb {
			if sa {
				return 1
			}
			return -1
		}
		return cmp.Compare(marks[a].Marker.X0, marks[b].Marker.X0)
	})
	var centers [][2]float64
	for i, m := range marks {
		if !m.Event.isSpan() {
			centers = append(centers, [2]float64{points[i].X.Points(), points[i].Y.Points()})
		}
	}
	near := newNearest(centers)
	far := make([]bool, len(marks))
	for _, i := range order {
		m := &marks[i]
		w := labelW(m.Num)
		if m.Event.isSpan() {
			m.Label = placeSpanLabel(pl, m.Marker, w)
			continue
		}
		p := points[i]
		px, py := p.X.Points(), p.Y.Points()
		unambiguous := func(b Box) bool { return near.closestIs((b.X0+b.X1)/2, (b.Y0+b.Y1)/2, px, py) }
		m.Label, far[i] = pl.place(px, py, markerRadius, w, labelHeight, unambiguous)
		if m.Label.Empty() {
			// Crowded: a label near another marker beats no label (the leader line says whose).
			m.Label, far[i] = pl.place(px, py, markerRadius, w, labelHeight, nil)
			far[i] = far[i] || !m.Label.Empty()
		}
	}

	// Leader lines, then markers, then labels, so that labels stay readable.
	for i, m := range marks {
		if !far[i] {
			continue
		}
		p := points[i]
		ly := m.Label.Y0
		if m.Label.Y1 < p.Y.Points() {
			ly = m.Label.Y1
		}
		lx := math.Min(math.Max(p.X.Points(), m.Label.X0), m.Label.X1)
		dc.StrokeLine2(draw.LineStyle{Color: alpha(th.muted, 0.8), Width: 0.5}, p.X, p.Y, vg.Length(lx), vg.Length(ly))
	}
	for i, m := range marks {
		if m.Event.isSpan() {
			continue
		}
		col := TypeColor(m.Event.Type)
		p := points[i]
		if m.Event.isForecast() {
			dc.SetColor(th.bg)
			dc.Fill(circle(p, markerRadius))
			dc.SetLineStyle(draw.LineStyle{Color: col, Width: 1.6})
			dc.Stroke(circle(p, markerRadius-0.8))
			continue
		}
		if m.Early {
			// Before the prices: a triangle pointing back in time.
			dc.SetColor(th.bg)
			dc.Fill(leftTriangle(p, markerRadius+1.2))
			dc.SetColor(col)
			dc.Fill(leftTriangle(p, markerRadius+0.3))
			continue
		}
		dc.SetColor(th.bg)
		dc.Fill(circle(p, markerRadius+0.9))
		dc.SetColor(col)
		dc.Fill(circle(p, markerRadius))
	}
	for _, m := range marks {
		if m.Label.Empty() {
			continue
		}
		drawLabel(dc, th, numStyle, m)
	}
	slices.SortStableFunc(marks, func(a, b Mark) int { return a.Num - b.Num })
	return marks
}

// placeSpanLabel puts a span's number along the top of its band, lower rows when taken.
func placeSpanLabel(pl *placer, band Box, w float64) Box {
	cx := (band.X0 + band.X1) / 2
	for level := 0; level < 8; level++ {
		top := band.Y1 - 2 - float64(level)*(labelHeight+2)
		for _, x := range []float64{cx - w/2, band.X0 + 2, band.X1 - 2 - w} {
			b := Box{x, top - labelHeight, x + w, top}
			if pl.free(b) {
				pl.add(b)
				return b
			}
		}
	}
	return Box{}
}

// leftTriangle is a triangle of circumradius r around p pointing left.
func leftTriangle(p vg.Point, r vg.Length) vg.Path {
	var path vg.Path
	path.Move(vg.Point{X: p.X - r, Y: p.Y})
	path.Line(vg.Point{X: p.X + r/2, Y: p.Y + r*0.866})
	path.Line(vg.Point{X: p.X + r/2, Y: p.Y - r*0.866})
	path.Close()
	return path
}

func circle(p vg.Point, r vg.Length) vg.Path {
	var path vg.Path
	path.Move(vg.Point{X: p.X + r, Y: p.Y})
	path.Arc(p, r, 0, 2*math.Pi)
	path.Close()
	return path
}

func drawLabel(dc draw.Canvas, th theme, sty draw.TextStyle, m Mark) {
	col := TypeColor(m.Event.Type)
	r := rect(m.Label)
	dc.SetColor(th.labelBG)
	dc.Fill(r.Path())
	dc.SetLineStyle(draw.LineStyle{Color: col, Width: 0.8})
	dc.Stroke(r.Path())
	sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
	dc.FillText(sty, vg.Point{X: vg.Length((m.Label.X0 + m.Label.X1) / 2), Y: vg.Length((m.Label.Y0+m.Label.Y1)/2) + 0.3}, strconv.Itoa(m.Num))
}

// legendPlan is how the numbered event table under a chart is laid out.
type legendPlan struct {
	cols, rows, listed int
	height             vg.Length
	types              []string
	hollow, spans      bool
}

const (
	legendRow  = 11.0
	legendKey  = 16.0
	legendFont = 7.5
)

// planLegend fits the events' table into width, at most maxRows rows per column (two columns
// from 11 events when the image is 8 inches or wider); events beyond are summed up in one line.
func planLegend(evs []Event, width vg.Length, maxRows int) legendPlan {
	var lp legendPlan
	if len(evs) == 0 {
		return lp
	}
	seen := map[string]bool{}
	for _, e := range evs {
		t := e.Type
		if _, ok := typeColors[t]; !ok {
			t = "other"
		}
		seen[t] = true
		lp.hollow = lp.hollow || e.isForecast()
		lp.spans = lp.spans || e.isSpan()
	}
	for _, t := range typeOrder {
		if seen[t] {
			lp.types = append(lp.types, t)
		}
	}
	lp.cols = 1
	if len(evs) > 10 && width >= 8*vg.Inch {
		lp.cols = 2
	}
	maxRows = max(maxRows, 0)
	lp.rows = min((len(evs)+lp.cols-1)/lp.cols, maxRows)
	lp.listed = min(len(evs), lp.rows*lp.cols)
	lines := float64(lp.rows)
	if lp.listed < len(evs) {
		lines++
	}
	lp.height = vg.Length(legendKey + lines*legendRow + 8)
	return lp
}

// drawHeader draws the title at the top of c and the events' legend at its bottom, and returns
// the canvas left for the plot with the number of events the legend lists.
func drawHeader(c draw.Canvas, th theme, opts Options, evs []Event, lp legendPlan) (draw.Canvas, int) {
	c = drawTitle(c, th, opts)
	listed := 0
	if lp.height > 0 {
		listed = drawLegend(draw.Crop(c, 0, 0, 0, -(c.Max.Y-c.Min.Y-lp.height)), th, evs, lp)
		c.Min.Y += lp.height + 4
	}
	return c, listed
}

// drawLegend draws the color key and the numbered table at the top of c.
func drawLegend(c draw.Canvas, th theme, evs []Event, lp legendPlan) int {
	if len(evs) == 0 {
		return 0
	}
	evs = slices.Clone(evs)
	slices.SortStableFunc(evs, func(a, b Event) int { return a.Num - b.Num })
	top := c.Max.Y.Points() - 4
	left := c.Min.X.Points()
	key := textStyle(th.fg, legendFont, false)
	key.YAlign = draw.YCenter
	y := top - legendKey/2
	x := left
	for _, t := range lp.types {
		c.SetColor(TypeColor(t))
		c.Fill(circle(vg.Point{X: vg.Length(x + 4), Y: vg.Length(y)}, 3.5))
		name := strings.ReplaceAll(t, "_", " ")
		c.FillText(key, vg.Point{X: vg.Length(x + 10), Y: vg.Length(y)}, name)
		x += 10 + key.Width(name).Points() + 12
	}
	if lp.hollow {
		c.SetLineStyle(draw.LineStyle{Color: th.fg, Width: 1.2})
		c.Stroke(circle(vg.Point{X: vg.Length(x + 4), Y: vg.Length(y)}, 3))
		c.FillText(key, vg.Point{X: vg.Length(x + 10), Y: vg.Length(y)}, "expected (forecast)")
		x += 10 + key.Width("expected (forecast)").Points() + 12
	}
	if lp.spans {
		c.SetColor(alpha(th.muted, 0.35))
		c.Fill(rect(Box{x, y - 4, x + 9, y + 4}).Path())
		c.FillText(key, vg.Point{X: vg.Length(x + 13), Y: vg.Length(y)}, "week, month or quarter")
	}
	// The table: number, date, ticker, headline.
	num := textStyle(th.fg, legendFont, true)
	num.XAlign, num.YAlign = draw.XRight, draw.YCenter
	cell := textStyle(th.fg, legendFont, false)
	cell.YAlign = draw.YCenter
	muted := cell
	muted.Color = th.muted
	colW := (c.Max.X.Points() - left) / float64(lp.cols)
	var tickerW, dateW float64
	for _, e := range evs[:lp.listed] {
		tickerW = math.Max(tickerW, cell.Width(e.Ticker).Points())
		dateW = math.Max(dateW, cell.Width(e.When()).Points())
	}
	for i, e := range evs[:lp.listed] {
		col, row := i/lp.rows, i%lp.rows
		x := left + float64(col)*colW
		y := top - legendKey - (float64(row)+0.5)*legendRow
		c.SetColor(TypeColor(e.Type))
		if e.isSpan() && e.isForecast() {
			c.SetLineStyle(draw.LineStyle{Color: TypeColor(e.Type), Width: 1, Dashes: []vg.Length{2, 1}})
			c.Stroke(rect(Box{x + 1, y - 3.5, x + 8, y + 3.5}).Path())
		} else if e.isSpan() {
			c.Fill(rect(Box{x + 1, y - 3.5, x + 8, y + 3.5}).Path())
		} else if e.isForecast() {
			c.SetLineStyle(draw.LineStyle{Color: TypeColor(e.Type), Width: 1.2})
			c.Stroke(circle(vg.Point{X: vg.Length(x + 4.5), Y: vg.Length(y)}, 2.8))
		} else {
			c.Fill(circle(vg.Point{X: vg.Length(x + 4.5), Y: vg.Length(y)}, 3.2))
		}
		c.FillText(num, vg.Point{X: vg.Length(x + 28), Y: vg.Length(y)}, strconv.Itoa(e.Num))
		xx := x + 33
		c.FillText(muted, vg.Point{X: vg.Length(xx), Y: vg.Length(y)}, e.When())
		xx += dateW + 6
		if tickerW > 0 {
			c.FillText(cell, vg.Point{X: vg.Length(xx), Y: vg.Length(y)}, e.Ticker)
			xx += tickerW + 6
		}
		room := x + colW - 10 - xx
		c.FillText(cell, vg.Point{X: vg.Length(xx), Y: vg.Length(y)}, fit(cell, e.Headline, room))
	}
	if lp.listed < len(evs) {
		y := top - legendKey - (float64(lp.rows)+0.5)*legendRow
		c.FillText(muted, vg.Point{X: vg.Length(left + 33), Y: vg.Length(y)},
			"… and "+strconv.Itoa(len(evs)-lp.listed)+" more events (numbered on the chart; the SVG shows each on hover)")
	}
	return lp.listed
}

// fit shortens s with an ellipsis to at most width points.
func fit(sty draw.TextStyle, s string, width float64) string {
	if sty.Width(s).Points() <= width {
		return s
	}
	r := []rune(s)
	lo, hi := 0, len(r)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if sty.Width(string(r[:mid])+"…").Points() <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 {
		return ""
	}
	return strings.TrimRight(string(r[:lo]), " ") + "…"
}
