package charts

import (
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// PriceChart is one ticker's daily prices with its events: the close as a line, or OHLC candles,
// with an optional volume panel on the same time axis, and a numbered event table under it.
//
// Day events are filled markers on the close of their trading day (events of one day stack
// upwards); forecasts are hollow markers at their target date, shown up to ForecastHorizon past
// the last price; coarse events are shaded spans numbered along the top. Events outside the
// prices are left out (Layout.Marks lists what was drawn). The event table grows the image (two
// columns from 11 events, 25 rows each, so 50 events at most); one line says how many more there are
// (they keep their numbers on the chart, and their hover text in SVG). With Options.Height set,
// the table gets at most 40% of that height instead.
type PriceChart struct {
	Ticker          string
	Currency        string // ISO code (USD when empty), or Points for an index
	Bars            []Bar
	Events          []Event
	Candles, Volume bool
	// TradingDays spaces the bars by trading day instead of calendar day: no gaps at weekends and
	// holidays, as candle charts are usually drawn. The axis still labels calendar dates.
	TradingDays bool
}

// Layout of the price chart.
const (
	volumeShare   = 0.22 // of the panels' height
	maxLegendRows = 25   // per column, when the image grows to hold the legend
	// plotShare is the least share of the image height the data area keeps, whatever the
	// number of events in the table under it.
	plotShare = 0.6
	// chrome is what a chart draws around its data area, in points: margins, the title, the source
	// line and the time axis' two-line labels. Planning with it keeps the plot's share;
	// Layout.Plot reports the real area.
	chrome = 92.0
)

// cleanBars keeps the bars with a date and a close, sorted by date.
func cleanBars(in []Bar) []Bar {
	out := make([]Bar, 0, len(in))
	for _, b := range in {
		if !b.Date.IsZero() && !math.IsNaN(b.Close) && !math.IsInf(b.Close, 0) {
			out = append(out, b)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date.Before(out[j].Date) })
	return out
}

// legendSize plans the legend and the image height so that the plot keeps at least plotShare of
// the image: with the height left to the chart, the chart grows with its table (the whole list up
// to maxLegendRows a column); with a given height, the table gets what the plot leaves and the
// events beyond are summed up in one line.
func legendSize(evs []Event, o Options) (w, h vg.Length, lp legendPlan) {
	w, h = o.size()
	if o.Height > 0 {
		room := float64(h)*(1-plotShare) - chrome
		rows := int(math.Floor((room - legendKey - 8 - legendRow) / legendRow))
		lp = planLegend(evs, w, max(rows, 0))
		return w, h, lp
	}
	lp = planLegend(evs, w, maxLegendRows)
	// plot = base - chrome >= plotShare * (base + legend)
	base := max(h, vg.Length((chrome+plotShare*float64(lp.height))/(1-plotShare)))
	return w, base + lp.height, lp
}

// ForecastHorizon is the last target date a price chart of first..last shows a forecast at: a
// quarter of the range past the last price, at least a week, so that a far forecast does not
// squeeze the prices into a corner. Forecasts past it are left out of the chart.
func ForecastHorizon(first, last time.Time) time.Time {
	extra := max(last.Sub(first)/4, 7*24*time.Hour)
	return last.Add(extra)
}

// Render draws the chart to w as "png", "svg" or "pdf".
func (pc PriceChart) Render(w io.Writer, format string, opts Options) (*Layout, error) {
	th, err := themeFor(opts.Theme)
	if err != nil {
		return nil, err
	}
	bars := cleanBars(pc.Bars)
	if len(bars) == 0 {
		return nil, fmt.Errorf("%w: no prices for %s", ErrEmpty, pc.Ticker)
	}
	evs := numberEvents(pc.Events)
	first, last := bars[0].Date, bars[len(bars)-1].Date
	// Keep the events the chart can show: inside the price range, or forecasts a little past it.
	limit := ForecastHorizon(first, last)
	horizon := last
	var shown []Event
	for _, e := range evs {
		switch {
		case e.isSpan() && e.isForecast():
			// An expected period shows when it starts by the horizon, as far as the horizon.
			if e.End.Before(first) || e.Start.After(limit) {
				continue
			}
			end := e.End
			if end.After(limit) {
				end = limit
			}
			if end.After(horizon) {
				horizon = end
			}
		case e.isSpan():
			if e.End.Before(first) || e.Start.After(last) {
				continue
			}
		case e.isForecast():
			if e.Date.Before(first) || e.Date.After(limit) {
				continue
			}
			if e.Date.After(horizon) {
				horizon = e.Date
			}
		default:
			// A day event before the first price is drawn at the left edge; more than a year
			// before, it is no longer this chart's story.
			if e.Date.Before(first.AddDate(-1, 0, 0)) || e.Date.After(last) {
				continue
			}
		}
		shown = append(shown, e)
	}
	evs = shown
	volume := pc.Volume && slices.ContainsFunc(bars, func(b Bar) bool { return b.Volume > 0 })
	lo, hi := pc.valueRange(bars)
	logY, err := logScale(opts.Scale, lo, hi)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", pc.Ticker, err)
	}
	width, height, lp := legendSize(evs, opts)
	var listed int
	var plotBox, volKey Box
	lay, err := render(w, format, width, height, opts.DPI, th, func(c draw.Canvas) ([]Mark, error) {
		c, listed = drawHeader(c, th, opts, evs, lp)
		return pc.drawPanels(c, th, bars, evs, horizon, volume, logY, &plotBox, &volKey)
	})
	if lay != nil {
		lay.Listed, lay.Plot, lay.LogScale = listed, plotBox, logY
		if volume {
			lay.Key, lay.Keys = volKey, slices.Clone(volumeKeys)
		}
	}
	return lay, err
}

// valueRange is the lowest and highest price drawn: closes, and with candles the day's range.
func (pc PriceChart) valueRange(bars []Bar) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, b := range bars {
		l, h := b.Close, b.Close
		if pc.Candles {
			for _, v := range []float64{b.Low, b.High, b.Open} {
				if !math.IsNaN(v) && v > 0 {
					l, h = math.Min(l, v), math.Max(h, v)
				}
			}
		}
		lo, hi = math.Min(lo, l), math.Max(hi, h)
	}
	return lo, hi
}

func (pc PriceChart) drawPanels(c draw.Canvas, th theme, bars []Bar, evs []Event, horizon time.Time, volume, logY bool, plotBox, volKey *Box) ([]Mark, error) {
	var ax timeAxis
	if pc.TradingDays {
		ax.trading = make([]time.Time, len(bars))
		for i, b := range bars {
			ax.trading[i] = b.Date
		}
	}
	xs := make([]float64, len(bars))
	for i, b := range bars {
		xs[i] = ax.x(b.Date)
	}
	first := bars[0].Date
	lo, hi := pc.valueRange(bars)
	xmin, xmax := xs[0], math.Max(xs[len(xs)-1], ax.x(horizon))
	pad := math.Max((xmax-xmin)*0.015, 1)
	yr := hi - lo
	if yr <= 0 {
		yr = math.Max(math.Abs(hi)*0.1, 1)
	}

	price := plot.New()
	styleAxes(price, th)
	price.X.Min, price.X.Max = xmin-pad, xmax+pad
	// Headroom above for the labels of the highest events.
	price.Y.Min, price.Y.Max = math.Max(lo-yr*0.06, 0), hi+yr*0.14
	if lo-yr*0.06 < 0 && lo >= 0 {
		price.Y.Min = 0
	}
	price.X.Tick.Marker = TimeTicker{NoLabels: volume, axis: ax}
	price.Y.Tick.Marker = priceTicks(pc.Currency)
	if strings.EqualFold(pc.Currency, Points) {
		price.Y.Label.Text = "points"
	}
	if logY {
		price.Y.Scale = plot.LogScale{}
		price.Y.Min, price.Y.Max = logRange(lo, hi, 0.06, 0.14)
		price.Y.Tick.Marker = logPriceTicks(pc.Currency)
		price.Y.Label.Text = strings.TrimPrefix(price.Y.Label.Text+", log scale", ", ")
	}
	yLabel := ""
	if logY {
		yLabel = hideYLabel(price)
	}

	panels := []*plot.Plot{price}
	canvases := []draw.Canvas{c}
	var vol *plot.Plot
	if volume {
		vol = plot.New()
		styleAxes(vol, th)
		vol.X.Min, vol.X.Max = price.X.Min, price.X.Max
		vmax := 0.0
		for _, b := range bars {
			if b.Volume > vmax {
				vmax = b.Volume
			}
		}
		vol.Y.Min, vol.Y.Max = 0, vmax*1.08
		vol.X.Tick.Marker = TimeTicker{axis: ax}
		vol.Y.Tick.Marker = volumeTicks
		vol.Y.Label.Text = "Volume"
		h := max((c.Max.Y-c.Min.Y)*volumeShare, 72)
		canvases = []draw.Canvas{draw.Crop(c, 0, 0, h+6, 0), draw.Crop(c, 0, 0, 0, -(c.Max.Y - c.Min.Y - h))}
		panels = append(panels, vol)
		alignLeft(panels, canvases)
	}
	dc := price.DataCanvas(canvases[0])
	*plotBox = box(dc.Rectangle)
	gridLines(dc, price, th)
	price.Draw(canvases[0])
	drawYLabel(canvases[0], dc, price, yLabel)
	xOf, yOf := price.Transforms(&dc)
	shadeSpans(dc, xOf, ax, evs)

	env := newEnvelope(dc.Min.X.Points(), dc.Max.X.Points())
	if pc.Candles {
		pc.drawCandles(dc, th, bars, xs, xOf, yOf, env)
	} else {
		var path vg.Path
		for i, b := range bars {
			x, y := xOf(xs[i]), yOf(b.Close)
			if i == 0 {
				path.Move(vg.Point{X: x, Y: y})
			} else {
				path.Line(vg.Point{X: x, Y: y})
				env.segment(xOf(xs[i-1]).Points(), yOf(bars[i-1].Close).Points(), x.Points(), y.Points())
			}
		}
		if len(bars) == 1 {
			env.vertical(xOf(xs[0]).Points(), yOf(bars[0].Close).Points()-1, yOf(bars[0].Close).Points()+1)
		}
		dc.SetLineStyle(draw.LineStyle{Color: th.line, Width: 1.3})
		dc.Stroke(path)
	}
	if horizon.After(bars[len(bars)-1].Date) {
		// Forecasts past the last price: a dotted line carries the last close to them.
		lb := bars[len(bars)-1]
		dc.StrokeLine2(draw.LineStyle{Color: alpha(th.line, 0.5), Width: 0.8, Dashes: []vg.Length{2, 2}},
			xOf(xs[len(xs)-1]), yOf(lb.Close), xOf(ax.x(horizon)), yOf(lb.Close))
	}

	if vol != nil {
		vdc := vol.DataCanvas(canvases[1])
		gridLines(vdc, vol, th)
		vol.Draw(canvases[1])
		vx, vy := vol.Transforms(&vdc)
		pc.drawVolume(vdc, th, bars, xs, vx, vy)
		*volKey = drawVolumeKey(vdc, th)
	}

	at := func(e Event) (pt vg.Point, early, ok bool) {
		if e.Date.Before(first) {
			// Before the prices begin (an IPO the day before the first quote): at the left edge,
			// on the first close.
			return vg.Point{X: xOf(xs[0]), Y: yOf(bars[0].Close)}, true, true
		}
		i := sort.Search(len(bars), func(i int) bool { return !bars[i].Date.Before(e.Date) })
		if i == len(bars) {
			if !e.isForecast() {
				return vg.Point{}, false, false
			}
			i = len(bars) - 1 // past the series: level with the last close
		} else if !bars[i].Date.Equal(e.Date) && e.isForecast() && i > 0 {
			i-- // a forecast between trading days sits at the close before it
		}
		return vg.Point{X: xOf(ax.x(e.Date)), Y: yOf(bars[i].Close)}, false, true
	}
	return eventLayer(dc, th, evs, xOf, ax, at, []*envelope{env}, nil), nil
}

// dayWidth is the width of one unit of the time axis on the canvas (a calendar or a trading day):
// the spacing of consecutive trading days within a week, which candles and volume bars must not
// overflow.
func dayWidth(xOf func(float64) vg.Length) float64 {
	return (xOf(1) - xOf(0)).Points()
}

func (pc PriceChart) drawCandles(dc draw.Canvas, th theme, bars []Bar, xs []float64, xOf, yOf func(float64) vg.Length, env *envelope) {
	half := math.Max(math.Min(dayWidth(xOf)*0.35, 4), 0.25)
	var wicks, up, down vg.Path
	for i, b := range bars {
		x := xOf(xs[i]).Points()
		open := b.Open
		if math.IsNaN(open) {
			open = b.Close
		}
		high, low := b.High, b.Low
		if math.IsNaN(high) {
			high = math.Max(open, b.Close)
		}
		if math.IsNaN(low) {
			low = math.Min(open, b.Close)
		}
		yh, yl := yOf(high).Points(), yOf(low).Points()
		wicks.Move(vg.Point{X: vg.Length(x), Y: vg.Length(yl)})
		wicks.Line(vg.Point{X: vg.Length(x), Y: vg.Length(yh)})
		env.vertical(x, yl, yh)
		y0, y1 := yOf(open).Points(), yOf(b.Close).Points()
		body := &up
		if b.Close < open {
			body = &down
		}
		if math.Abs(y1-y0) < 0.6 {
			y1 = y0 + 0.6
		}
		r := rect(Box{x - half, math.Min(y0, y1), x + half, math.Max(y0, y1)})
		body.Move(r.Min)
		body.Line(vg.Point{X: r.Max.X, Y: r.Min.Y})
		body.Line(r.Max)
		body.Line(vg.Point{X: r.Min.X, Y: r.Max.Y})
		body.Close()
	}
	dc.SetLineStyle(draw.LineStyle{Color: th.axis, Width: 0.6})
	dc.Stroke(wicks)
	dc.SetColor(th.up)
	dc.Fill(up)
	dc.SetColor(th.down)
	dc.Fill(down)
}

func (pc PriceChart) drawVolume(dc draw.Canvas, th theme, bars []Bar, xs []float64, xOf, yOf func(float64) vg.Length) {
	half := math.Max(dayWidth(xOf)*0.4, 0.3)
	var up, down vg.Path
	for i, b := range bars {
		if !(b.Volume > 0) {
			continue
		}
		path := &up
		if i > 0 && b.Close < bars[i-1].Close {
			path = &down
		}
		x := xOf(xs[i]).Points()
		r := rect(Box{x - half, dc.Min.Y.Points(), x + half, yOf(b.Volume).Points()})
		path.Move(r.Min)
		path.Line(vg.Point{X: r.Max.X, Y: r.Min.Y})
		path.Line(r.Max)
		path.Line(vg.Point{X: r.Min.X, Y: r.Max.Y})
		path.Close()
	}
	dc.SetColor(alpha(th.volume, 0.95))
	dc.Fill(up)
	dc.SetColor(alpha(th.down, 0.45))
	dc.Fill(down)
}

// volumeKeys name the volume bars' two colors.
var volumeKeys = []string{"close up or flat", "close down"}

// drawVolumeKey says what the volume bars' colors mean, in the panel's top left corner.
func drawVolumeKey(dc draw.Canvas, th theme) Box {
	sty := textStyle(th.fg, 7.5, false)
	sty.YAlign = draw.YCenter
	x0, y := dc.Min.X.Points()+4, dc.Max.Y.Points()-7
	w := 0.0
	for _, k := range volumeKeys {
		w += 13 + sty.Width(k).Points() + 8
	}
	b := Box{x0, y - 6, x0 + w, y + 6}
	dc.SetColor(th.labelBG)
	dc.Fill(rect(b).Path())
	x := x0 + 3
	for i, k := range volumeKeys {
		c := alpha(th.volume, 0.95)
		if i == 1 {
			c = alpha(th.down, 0.45)
		}
		dc.SetColor(c)
		dc.Fill(rect(Box{x, y - 4, x + 8, y + 4}).Path())
		dc.FillText(sty, vg.Point{X: vg.Length(x + 11), Y: vg.Length(y)}, k)
		x += 13 + sty.Width(k).Points() + 8
	}
	return b
}
