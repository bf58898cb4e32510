// Package charts draws eventline's charts with gonum/plot: price series annotated with numbered
// events, several tickers rebased to 100, and the mean cumulative abnormal return of an event
// study. It takes typed inputs and knows nothing of the database. Every chart renders to PNG, SVG
// or PDF with the Liberation fonts gonum/plot embeds, and returns a Layout that says where each
// event's marker and number label went, so that callers and tests can check and link them (the
// SVG carries a hover title on every event).
package charts

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"image/color"
	"image/png"
	"io"
	"math"
	"strings"
	"time"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgpdf"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Bar is one trading day; NaN where a value is unknown.
type Bar struct {
	Date                           time.Time
	Open, High, Low, Close, Volume float64
}

// Event is one event to mark on a chart.
type Event struct {
	Num                                                      int       // the number shown on the chart and in the legend (1-based); 0 = assign in order
	Date                                                     time.Time // trading day for day events; target date for forecasts
	Start, End                                               time.Time // span for coarse events (Granularity not day)
	Granularity, Type, Status, Ticker, Headline, Source, URL string
}

// Options apply to every chart.
type Options struct {
	Title, SourceLine string    // SourceLine e.g. "prices: Yahoo Finance daily; events: 9 articles"
	Theme             string    // "light" (default) | "dark"
	Width, Height     vg.Length // whole image; 0 = 10in wide, 6in high plus the event legend
	DPI               int       // PNG only; 0 = 96
	// Scale is the value axis of price and comparison charts: ScaleAuto (log past a LogSpan
	// ratio), ScaleLog or ScaleLinear. The CAR chart is always linear (its values cross 0).
	Scale string
}

// Box is a rectangle in points, origin at the bottom left of the image.
type Box struct{ X0, Y0, X1, Y1 float64 }

// Overlaps says whether two boxes share any area.
func (b Box) Overlaps(o Box) bool {
	return b.X0 < o.X1 && o.X0 < b.X1 && b.Y0 < o.Y1 && o.Y0 < b.Y1
}

// Empty says whether the box has no area (a label that could not be placed).
func (b Box) Empty() bool { return b.X1 <= b.X0 || b.Y1 <= b.Y0 }

// Mark is where one event went: its marker (a span's whole band for coarse events) and its number
// label. Label is empty when no free place was found; the event is still in the legend.
type Mark struct {
	Num           int
	Event         Event
	Marker, Label Box
	// Early says the event precedes the prices (or its line): its marker, a triangle pointing
	// left, sits at the left edge on the first value, and the table gives its date.
	Early bool
}

// Layout is where a render put things, in points.
type Layout struct {
	Marks         []Mark
	Width, Height float64
	// Listed is how many events the legend table lists; the rest are summed up as "… and N more".
	Listed int
	// Plot is the data area of the main panel; LogScale says whether its value axis is a log scale.
	Plot     Box
	LogScale bool
	// Key is where the CAR chart's key or the price chart's volume key went (empty when none);
	// Keys lists its entries.
	Key  Box
	Keys []string
}

// ErrEmpty is returned (wrapped with the details) when there is nothing to draw.
var ErrEmpty = errors.New("nothing to draw")

// Formats lists the output formats.
var Formats = []string{"png", "svg", "pdf"}

const (
	defaultWidth  = 10 * vg.Inch
	defaultHeight = 6 * vg.Inch
	defaultDPI    = 96
	maxPixels     = 64e6 // 256 MB of RGBA
)

// theme holds a chart's colors.
type theme struct {
	bg, fg, muted, grid, axis, line color.Color
	up, down, volume, band, paths   color.Color
	labelBG                         color.Color
	series                          []color.Color
}

func rgb(hex uint32) color.RGBA {
	return color.RGBA{R: uint8(hex >> 16), G: uint8(hex >> 8), B: uint8(hex), A: 255}
}

func alpha(c color.Color, a float64) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: uint8(a * 255)}
}

func themeFor(name string) (theme, error) {
	switch name {
	case "", "light":
		return theme{
			bg: rgb(0xffffff), fg: rgb(0x1a1a1a), muted: rgb(0x666666), grid: rgb(0xe6e6e6), axis: rgb(0x888888),
			line: rgb(0x1f3a5f), up: rgb(0x2e7d32), down: rgb(0xc62828), volume: rgb(0x9aa5b1),
			band: alpha(rgb(0x1f3a5f), 0.18), paths: alpha(rgb(0x607080), 0.22), labelBG: alpha(rgb(0xffffff), 0.9),
			series: []color.Color{rgb(0x1f3a5f), rgb(0xd95f02), rgb(0x1b9e77), rgb(0x7570b3), rgb(0x666666), rgb(0xa6761d)},
		}, nil
	case "dark":
		return theme{
			bg: rgb(0x16191d), fg: rgb(0xe8e8e8), muted: rgb(0xa0a4a8), grid: rgb(0x2c3137), axis: rgb(0x7a8088),
			line: rgb(0x8ab4f8), up: rgb(0x66bb6a), down: rgb(0xef5350), volume: rgb(0x56606b),
			band: alpha(rgb(0x8ab4f8), 0.22), paths: alpha(rgb(0xb0bcc8), 0.18), labelBG: alpha(rgb(0x16191d), 0.88),
			series: []color.Color{rgb(0x8ab4f8), rgb(0xffa657), rgb(0x56d4a8), rgb(0xc3a6ff), rgb(0xbbbbbb), rgb(0xe3c16f)},
		}, nil
	}
	return theme{}, fmt.Errorf("unknown theme %q: use light or dark", name)
}

// TypeColors is the fixed palette of event types; every chart and the report use the same one.
var typeColors = map[string]color.RGBA{
	"ipo":         rgb(0x2ca02c),
	"acquisition": rgb(0xd62728),
	"partnership": rgb(0x9467bd),
	"product":     rgb(0x17becf),
	"forecast":    rgb(0xbcbd22),
	"analyst":     rgb(0xff7f0e),
	"price_move":  rgb(0x7f7f7f),
	"legal":       rgb(0x8c564b),
	"criticism":   rgb(0xe377c2),
	"executive":   rgb(0x1f77b4),
	"earnings":    rgb(0xf2b701),
	"other":       rgb(0xaa9988),
}

// typeOrder is the order of the types in the color key.
var typeOrder = []string{"ipo", "acquisition", "partnership", "product", "forecast", "analyst",
	"price_move", "legal", "criticism", "executive", "earnings", "other"}

// EventTypes returns the event types in the order the color key lists them.
func EventTypes() []string { return append([]string(nil), typeOrder...) }

// TypeColor returns the color of an event type; unknown types get "other"'s.
func TypeColor(typ string) color.RGBA {
	if c, ok := typeColors[typ]; ok {
		return c
	}
	return typeColors["other"]
}

// TypeColorHex returns TypeColor as "#rrggbb", for HTML.
func TypeColorHex(typ string) string {
	c := TypeColor(typ)
	return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)
}

// fonts: Liberation Sans from gonum/plot's embedded collection, never a system font.
func sans(size vg.Length, bold bool) font.Font {
	f := font.Font{Typeface: "Liberation", Variant: "Sans", Size: size}
	if bold {
		f.Weight = xfont.WeightBold
	}
	return f
}

func textStyle(c color.Color, size vg.Length, bold bool) text.Style {
	return text.Style{Color: c, Font: sans(size, bold), Handler: plot.DefaultTextHandler}
}

// isForecast says whether an event is expected rather than past: a hollow marker at its target
// day, or an outlined span over its target period.
func (e Event) isForecast() bool { return e.Status == "forecast" }

// isSpan says whether an event is drawn as a shaded span: a week, month, quarter, half or year,
// forecasts too ("2007-Q4 (expected)" is the quarter, not a made-up day in it).
func (e Event) isSpan() bool {
	return e.Granularity != "" && e.Granularity != "day" && !e.Start.IsZero() && !e.End.IsZero()
}

// When is how the legend and the hover text date an event.
func (e Event) When() string {
	s := e.period()
	if e.isForecast() {
		s += " (expected)"
	}
	return s
}

func (e Event) period() string {
	if !e.isSpan() {
		return e.Date.Format("2006-01-02")
	}
	t := e.Start
	switch e.Granularity {
	case "week":
		y, w := t.ISOWeek()
		return fmt.Sprintf("%d-W%02d", y, w)
	case "month":
		return t.Format("2006-01")
	case "quarter":
		return fmt.Sprintf("%d-Q%d", t.Year(), (int(t.Month())+2)/3)
	case "half":
		return fmt.Sprintf("%d-H%d", t.Year(), (int(t.Month())+5)/6)
	case "year":
		return t.Format("2006")
	}
	return t.Format("2006-01-02") + " – " + e.End.Format("2006-01-02")
}

// HoverText is the SVG title of an event: "#3 2007-08-21 VMW: headline (source)".
func (m Mark) HoverText() string {
	s := fmt.Sprintf("#%d %s", m.Num, m.Event.When())
	if m.Event.Ticker != "" {
		s += " " + m.Event.Ticker
	}
	s += ": " + m.Event.Headline
	if m.Event.Source != "" {
		s += " (" + m.Event.Source + ")"
	}
	return s
}

// numberEvents assigns numbers in order to events without one, after the highest given.
func numberEvents(evs []Event) []Event {
	out := make([]Event, len(evs))
	copy(out, evs)
	next := 1
	for _, e := range out {
		if e.Num >= next {
			next = e.Num + 1
		}
	}
	for i := range out {
		if out[i].Num <= 0 {
			out[i].Num = next
			next++
		}
	}
	return out
}

// size resolves the image size: width and the chart's own height, before any legend.
func (o Options) size() (w, h vg.Length) {
	w, h = o.Width, o.Height
	if w <= 0 {
		w = defaultWidth
	}
	if h <= 0 {
		h = defaultHeight
	}
	return w, h
}

// render creates a canvas for format, lets paint draw on it, and writes the image to w. For SVG
// it adds the event overlays (hover titles) after gonum has written the document.
func render(w io.Writer, format string, width, height vg.Length, dpi int, th theme, paint func(c draw.Canvas) ([]Mark, error)) (lay *Layout, err error) {
	if width < vg.Inch || height < vg.Inch || width > 200*vg.Inch || height > 200*vg.Inch {
		return nil, fmt.Errorf("image size %.0fx%.0f pt: use 1 to 200 inches each way", width.Points(), height.Points())
	}
	if dpi <= 0 {
		dpi = defaultDPI
	}
	if dpi > 1200 {
		return nil, fmt.Errorf("dpi %d: use at most 1200", dpi)
	}
	if px := float64(width/vg.Inch) * float64(height/vg.Inch) * float64(dpi*dpi); strings.EqualFold(format, "png") && px > maxPixels {
		return nil, fmt.Errorf("a %.0fx%.0f in PNG at %d dpi is %.0f megapixels: use at most %d (a lower --dpi or a smaller image)",
			float64(width/vg.Inch), float64(height/vg.Inch), dpi, px/1e6, int(maxPixels/1e6))
	}
	// gonum's canvases panic on a few impossible inputs; a chart must fail with an error instead.
	defer func() {
		if r := recover(); r != nil {
			lay, err = nil, fmt.Errorf("render %s: %v", format, r)
		}
	}()
	var cw vg.CanvasWriterTo
	switch strings.ToLower(format) {
	case "png":
		cw = fastPNG{vgimg.NewWith(vgimg.UseWH(width, height), vgimg.UseDPI(dpi), vgimg.UseBackgroundColor(th.bg))}
	case "svg":
		cw = vgsvg.NewWith(vgsvg.UseWH(width, height))
	case "pdf":
		cw = pdfCanvas{vgpdf.New(width, height)}
	default:
		return nil, fmt.Errorf("unknown format %q: use png, svg or pdf", format)
	}
	c := draw.New(cw)
	c.SetColor(th.bg)
	c.Fill(c.Rectangle.Path())
	marks, err := paint(c)
	if err != nil {
		return nil, err
	}
	lay = &Layout{Marks: marks, Width: width.Points(), Height: height.Points()}
	if strings.ToLower(format) != "svg" {
		_, err = cw.WriteTo(w)
		return lay, err
	}
	var buf bytes.Buffer
	if _, err := cw.WriteTo(&buf); err != nil {
		return nil, err
	}
	_, err = w.Write(svgOverlays(buf.Bytes(), marks))
	return lay, err
}

// fastPNG encodes with zlib's fastest level: half the time of the default for a chart, whose
// flat colors compress well either way.
type fastPNG struct{ *vgimg.Canvas }

func (c fastPNG) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	err := enc.Encode(cw, c.Image())
	return cw.n, err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// pdfCanvas works around vgpdf registering a bold face under its own name but then asking for
// it with the bold style, which go-pdf refuses: the bold face goes by a name of its own.
type pdfCanvas struct{ *vgpdf.Canvas }

// It also encodes the text: vgpdf embeds the fonts with the Windows-1252 code page but passes
// the UTF-8 bytes through, so that "±" showed as "Â±". Text goes in as Windows-1252, which holds
// the accented letters, dashes, quotes, "±", "€" and "…" that PNG and SVG show; the few other
// characters a chart writes get an ASCII spelling (see cp1252).
func (c pdfCanvas) FillString(f font.Face, pt vg.Point, s string) {
	if f.Font.Weight == xfont.WeightBold {
		f.Font.Weight = xfont.WeightSemiBold
	}
	c.Canvas.FillString(f, pt, cp1252(s))
}

// cp1252High maps the characters Windows-1252 puts at 0x80-0x9F.
var cp1252High = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
	'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
	'–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

// asciiFor spells characters outside Windows-1252 that charts write.
var asciiFor = map[rune]string{'√': "sqrt ", '−': "-", '₹': "Rs ", '≈': "~", '≤': "<=", '≥': ">=", '→': "->", '←': "<-"}

// cp1252 encodes s in Windows-1252, spelling other characters in ASCII, else "?".
func cp1252(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < 0x80 || (r >= 0xA0 && r <= 0xFF):
			b = append(b, byte(r))
		case cp1252High[r] != 0:
			b = append(b, cp1252High[r])
		case asciiFor[r] != "":
			b = append(b, asciiFor[r]...)
		default:
			b = append(b, '?')
		}
	}
	return string(b)
}

// svgOverlays adds, inside gonum's bottom-left-origin group, one transparent group per event with
// its hover title over the marker and the label, and gives the Liberation font family the
// metric-compatible fallbacks browsers have (the SVG does not embed the fonts).
func svgOverlays(doc []byte, marks []Mark) []byte {
	s := string(doc)
	s = strings.ReplaceAll(s, "font-family:Liberation Sans;", "font-family:'Liberation Sans',Arial,Helvetica,sans-serif;")
	var b strings.Builder
	b.WriteString("<g class=\"events\">\n")
	write := func(spans bool) {
		for _, m := range marks {
			if m.Event.isSpan() != spans {
				continue
			}
			fmt.Fprintf(&b, "<g class=\"event\" data-num=\"%d\" data-type=\"%s\"><title>%s</title>", m.Num, html.EscapeString(m.Event.Type), html.EscapeString(m.HoverText()))
			mk := m.Marker
			if spans {
				fmt.Fprintf(&b, `<rect class="marker" x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="#000" fill-opacity="0"/>`, mk.X0, mk.Y0, mk.X1-mk.X0, mk.Y1-mk.Y0)
			} else {
				r := math.Max(mk.X1-mk.X0, mk.Y1-mk.Y0)/2 + 2
				fmt.Fprintf(&b, `<circle class="marker" cx="%.2f" cy="%.2f" r="%.2f" fill="#000" fill-opacity="0"/>`, (mk.X0+mk.X1)/2, (mk.Y0+mk.Y1)/2, r)
			}
			if l := m.Label; !l.Empty() {
				fmt.Fprintf(&b, `<rect class="label" x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="#000" fill-opacity="0"/>`, l.X0, l.Y0, l.X1-l.X0, l.Y1-l.Y0)
			}
			b.WriteString("</g>\n")
		}
	}
	// Spans first, so that the day markers inside them stay on top and keep their own titles.
	write(true)
	write(false)
	b.WriteString("</g>\n")
	// gonum ends the document with the origin group's "</g>" and "</svg>".
	i := strings.LastIndex(s, "</g>")
	if i < 0 {
		return []byte(s)
	}
	return []byte(s[:i] + b.String() + s[i:])
}

// drawTitle writes the title at the top of c and the source line at its bottom, and returns the
// canvas left between them.
func drawTitle(c draw.Canvas, th theme, o Options) draw.Canvas {
	const margin = 10
	c = draw.Crop(c, margin, -margin, margin, -margin)
	if o.Title != "" {
		sty := textStyle(th.fg, 14, true)
		sty.YAlign = draw.YTop
		c.FillText(sty, vg.Point{X: c.Min.X, Y: c.Max.Y}, o.Title)
		c.Max.Y -= sty.Height(o.Title) + 6
	}
	if o.SourceLine != "" {
		sty := textStyle(th.muted, 7.5, false)
		c.FillText(sty, vg.Point{X: c.Min.X, Y: c.Min.Y}, "Source: "+o.SourceLine)
		c.Min.Y += sty.Height(o.SourceLine) + 4
	}
	return c
}

// styleAxes applies the theme to a plot's axes and adds a grid.
func styleAxes(p *plot.Plot, th theme) {
	p.BackgroundColor = nil
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.LineStyle.Color = th.axis
		a.LineStyle.Width = 0.6
		a.Tick.LineStyle.Color = th.axis
		a.Tick.LineStyle.Width = 0.6
		a.Tick.Length = 4
		a.Tick.Label = textStyle(th.fg, 8, false)
		a.Label.TextStyle = textStyle(th.muted, 8.5, false)
		a.Padding = 2
	}
	p.X.Tick.Label.XAlign = draw.XCenter
	p.X.Tick.Label.YAlign = draw.YTop
	p.Y.Tick.Label.XAlign = draw.XRight
	p.Y.Tick.Label.YAlign = draw.YCenter
}

// gridLines draws horizontal and vertical lines at the major ticks of p within the data canvas dc.
func gridLines(dc draw.Canvas, p *plot.Plot, th theme) {
	x, y := p.Transforms(&dc)
	sty := draw.LineStyle{Color: th.grid, Width: 0.5}
	for _, t := range p.Y.Tick.Marker.Ticks(p.Y.Min, p.Y.Max) {
		if t.IsMinor() || t.Value < p.Y.Min || t.Value > p.Y.Max {
			continue
		}
		dc.StrokeLine2(sty, dc.Min.X, y(t.Value), dc.Max.X, y(t.Value))
	}
	for _, t := range p.X.Tick.Marker.Ticks(p.X.Min, p.X.Max) {
		if t.IsMinor() || t.Value < p.X.Min || t.Value > p.X.Max {
			continue
		}
		dc.StrokeLine2(sty, x(t.Value), dc.Min.Y, x(t.Value), dc.Max.Y)
	}
}

// alignLeft crops the canvases so that the data areas of the plots drawn in them start at the
// same x: a shared time axis for stacked panels whose value labels differ in width.
func alignLeft(ps []*plot.Plot, cs []draw.Canvas) {
	var most vg.Length
	mins := make([]vg.Length, len(ps))
	for i, p := range ps {
		mins[i] = p.DataCanvas(cs[i]).Min.X
		most = max(most, mins[i])
	}
	for i := range cs {
		cs[i] = draw.Crop(cs[i], most-mins[i], 0, 0, 0)
	}
}

func box(r vg.Rectangle) Box {
	return Box{r.Min.X.Points(), r.Min.Y.Points(), r.Max.X.Points(), r.Max.Y.Points()}
}

func rect(b Box) vg.Rectangle {
	return vg.Rectangle{Min: vg.Point{X: vg.Length(b.X0), Y: vg.Length(b.Y0)}, Max: vg.Point{X: vg.Length(b.X1), Y: vg.Length(b.Y1)}}
}
