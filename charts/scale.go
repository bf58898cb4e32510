package charts

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Value scales of the price and comparison charts (Options.Scale).
const (
	ScaleAuto   = ""       // log when the values span more than LogSpan, else linear
	ScaleLog    = "log"    // equal distances are equal ratios
	ScaleLinear = "linear" // equal distances are equal differences
)

// LogSpan is the ratio of the highest to the lowest value from which ScaleAuto draws a log
// scale: past it, a linear axis squeezes the early, low part of a long history onto the floor
// (MSFT from $0.06 to $400 adjusted) and makes every line of a comparison flat but the highest.
const LogSpan = 10.0

// logScale decides the scale of values lo..hi.
func logScale(scale string, lo, hi float64) (bool, error) {
	switch scale {
	case ScaleLinear:
		return false, nil
	case ScaleLog:
		if !(lo > 0) {
			return false, fmt.Errorf("a log scale needs values above 0 (the lowest is %g)", lo)
		}
		return true, nil
	case ScaleAuto:
		return lo > 0 && hi/lo > LogSpan, nil
	}
	return false, fmt.Errorf("unknown scale %q: use log or linear", scale)
}

// logRange pads lo..hi on a log axis by the fractions below and above of its log extent.
func logRange(lo, hi, below, above float64) (float64, float64) {
	l0, l1 := math.Log10(lo), math.Log10(hi)
	r := l1 - l0
	if r <= 0 {
		r = 0.1
	}
	return math.Pow(10, l0-r*below), math.Pow(10, l1+r*above)
}

// logTicker labels a log axis at 1, 2 and 5 times the powers of ten (or fewer of them, or every
// other power, so that at most about eight labels show), with unlabelled minor ticks at the
// other whole multiples. A range under one decade that holds too few such values falls back to
// linear ticks, which read well enough over a small ratio.
type logTicker struct {
	format func(v float64) string
	linear valueTicker
}

func (lt logTicker) Ticks(min, max float64) []plot.Tick {
	if !(min > 0) || !(max > min) || math.IsInf(max, 0) {
		return nil
	}
	d0, d1 := int(math.Floor(math.Log10(min))), int(math.Ceil(math.Log10(max)))
	in := func(v float64) bool { return v >= min*(1-1e-9) && v <= max*(1+1e-9) }
	count := func(ms []float64, every int) int {
		n := 0
		for d := d0; d <= d1; d++ {
			if d%every != 0 {
				continue
			}
			for _, m := range ms {
				if in(m * math.Pow(10, float64(d))) {
					n++
				}
			}
		}
		return n
	}
	sets := [][]float64{{1, 2, 3, 5}, {1, 2, 5}, {1, 3}, {1}}
	var major []float64
	every := 1
	for _, s := range sets {
		major = s
		if count(s, 1) <= 8 {
			break
		}
	}
	for count(major, every) > 8 {
		every++
	}
	if count(major, every) < 3 {
		return lt.linear.Ticks(min, max)
	}
	var ticks []plot.Tick
	for d := d0; d <= d1; d++ {
		p := math.Pow(10, float64(d))
		for m := 1; m <= 9; m++ {
			v := float64(m) * p
			if !in(v) {
				continue
			}
			isMajor := d%every == 0 && contains(major, float64(m))
			switch {
			case isMajor:
				ticks = append(ticks, plot.Tick{Value: v, Label: lt.format(v)})
			case every == 1 || m == 1:
				// Minor ticks between the labels; with labels every few decades, only the decades.
				if d1-d0 <= 6 || m == 1 {
					ticks = append(ticks, plot.Tick{Value: v})
				}
			}
		}
	}
	return ticks
}

func contains(vs []float64, v float64) bool {
	for _, x := range vs {
		if x == v {
			return true
		}
	}
	return false
}

// roundLabel writes a tick value of a log axis, whatever its magnitude: 0.05, 2, 300, 60,000.
func roundLabel(v float64) string {
	if v >= 1000 {
		s := strconv.FormatFloat(math.Round(v), 'f', 0, 64)
		var b strings.Builder
		for i, r := range s {
			if i > 0 && (len(s)-i)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteRune(r)
		}
		return b.String()
	}
	return strconv.FormatFloat(v, 'g', 3, 64)
}

func logPriceTicks(currency string) logTicker {
	sym := currencySymbol(currency)
	return logTicker{format: func(v float64) string { return sym + roundLabel(v) }, linear: priceTicks(currency)}
}

var logPlainTicks = logTicker{format: roundLabel, linear: plainTicks}

// gonum/plot reserves room for the value axis' label at the axis' arithmetic middle, which on a
// log axis lies near its top, so that a long label shrinks the plot from above. A log axis
// therefore gets a one-space label (which keeps the label's column) and the text is drawn here,
// at the data area's middle, as gonum draws it.
func hideYLabel(p *plot.Plot) string {
	t := p.Y.Label.Text
	if t != "" {
		p.Y.Label.Text = " "
	}
	return t
}

func drawYLabel(c, dc draw.Canvas, p *plot.Plot, text string) {
	if text == "" {
		return
	}
	sty := p.Y.Label.TextStyle
	sty.Rotation += math.Pi / 2
	x := c.Min.X + p.Y.Label.TextStyle.Height(text) - p.Y.Label.TextStyle.FontExtents().Descent
	c.FillText(sty, vg.Point{X: x, Y: dc.Center().Y}, text)
}
