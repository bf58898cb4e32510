package charts

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"gonum.org/v1/plot"
)

// Dates are plotted as days since 1970-01-01 (UTC), so that one unit is one calendar day.
func dayNum(t time.Time) float64 {
	y, m, d := t.Date()
	return float64(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix()) / 86400
}

func fromDayNum(x float64) time.Time {
	return time.Unix(int64(math.Round(x))*86400, 0).UTC()
}

// timeAxis places dates on a chart's horizontal axis. The zero value counts calendar days since
// 1970-01-01 (dayNum). With trading days set, the axis counts trading days instead: the i-th day
// at i, so that weekends and holidays leave no gaps between candles; a date between two trading
// days sits between them, and dates beyond either end five to a calendar week.
type timeAxis struct {
	trading []time.Time // sorted; nil for a calendar axis
}

func (a timeAxis) x(t time.Time) float64 {
	d := a.trading
	if d == nil {
		return dayNum(t)
	}
	n := len(d)
	i := sort.Search(n, func(i int) bool { return !d[i].Before(t) })
	switch {
	case i < n && d[i].Equal(t):
		return float64(i)
	case i == 0:
		return -(dayNum(d[0]) - dayNum(t)) * 5 / 7
	case i == n:
		return float64(n-1) + (dayNum(t)-dayNum(d[n-1]))*5/7
	}
	lo, hi := dayNum(d[i-1]), dayNum(d[i])
	return float64(i-1) + (dayNum(t)-lo)/(hi-lo)
}

// date is the date at x, the inverse of x (to the day).
func (a timeAxis) date(x float64) time.Time {
	d := a.trading
	if d == nil {
		return fromDayNum(x)
	}
	n := len(d)
	switch {
	case x <= 0:
		return fromDayNum(dayNum(d[0]) + x*7/5)
	case x >= float64(n-1):
		return fromDayNum(dayNum(d[n-1]) + (x-float64(n-1))*7/5)
	}
	i := int(math.Floor(x))
	lo, hi := dayNum(d[i]), dayNum(d[i+1])
	return fromDayNum(lo + (x-float64(i))*(hi-lo))
}

// TimeTicker puts ticks on a date axis plotted in days since 1970-01-01 (UTC): days, weeks,
// months, quarters or years, whichever gives at most Max labels (default 9). Labels carry the year
// where it changes ("Jan\n2008"), so that every label is short.
type TimeTicker struct {
	Max int
	// NoLabels keeps the tick marks but blanks their labels, for a panel stacked above another
	// on the same time axis.
	NoLabels bool
	// axis maps dates to the axis' values; the zero value is a calendar axis.
	axis timeAxis
}

// timeStep is a candidate tick spacing.
type timeStep struct {
	days, months int // one of them is set
	approx       float64
}

var timeSteps = []timeStep{
	{days: 1, approx: 1}, {days: 2, approx: 2}, {days: 7, approx: 7}, {days: 14, approx: 14},
	{months: 1, approx: 30.4}, {months: 2, approx: 60.9}, {months: 3, approx: 91.3}, {months: 6, approx: 182.6},
	{months: 12, approx: 365.25}, {months: 24, approx: 730.5}, {months: 60, approx: 1826}, {months: 120, approx: 3652},
	{months: 240, approx: 7305}, {months: 600, approx: 18262},
}

// Ticks implements plot.Ticker.
func (tt TimeTicker) Ticks(min, max float64) []plot.Tick {
	if !(max > min) || math.IsInf(min, 0) || math.IsInf(max, 0) {
		return nil
	}
	if tt.axis.trading != nil {
		// Ticks at the same calendar dates as on a calendar axis, placed by trading day.
		cal := tt
		cal.axis = timeAxis{}
		ticks := cal.Ticks(dayNum(tt.axis.date(min)), dayNum(tt.axis.date(max)))
		for i := range ticks {
			ticks[i].Value = tt.axis.x(fromDayNum(ticks[i].Value))
		}
		return ticks
	}
	most := tt.Max
	if most <= 0 {
		most = 13
	}
	span := max - min
	i := 0
	for i < len(timeSteps)-1 && span/timeSteps[i].approx+1 > float64(most) {
		i++
	}
	step := timeSteps[i]
	var ticks []plot.Tick
	majors := tt.walk(step, min, max)
	prevYear := -1
	for k, t := range majors {
		label := tickLabel(step, t, k == 0 || t.Year() != prevYear)
		prevYear = t.Year()
		if tt.NoLabels {
			label = ""
		}
		ticks = append(ticks, plot.Tick{Value: dayNum(t), Label: label})
	}
	// Minor ticks one size down, when they stay few enough to see.
	if i > 0 {
		minor := timeSteps[i-1]
		if step.months == 12 || step.months > 12 {
			minor = timeStep{months: 3, approx: 91.3}
			if step.months > 24 {
				minor = timeStep{months: 12, approx: 365.25}
			}
		}
		if span/minor.approx <= 120 {
			for _, t := range tt.walk(minor, min, max) {
				ticks = append(ticks, plot.Tick{Value: dayNum(t)})
			}
		}
	}
	return ticks
}

// walk returns the dates aligned to step (Mondays for weeks, month starts, years divisible by
// the step) within [min, max].
func (TimeTicker) walk(step timeStep, min, max float64) []time.Time {
	start := fromDayNum(math.Floor(min))
	end := fromDayNum(math.Ceil(max))
	var out []time.Time
	var t time.Time
	switch {
	case step.days == 7 || step.days == 14:
		t = start.AddDate(0, 0, -((int(start.Weekday()) + 6) % 7)) // Monday
	case step.days > 0:
		t = start
	default:
		m := int(start.Month()) - 1 + start.Year()*12
		m -= m % step.months
		t = time.Date(m/12, time.Month(m%12+1), 1, 0, 0, 0, 0, time.UTC)
	}
	for n := 0; !t.After(end) && n < 10000; n++ {
		if x := dayNum(t); x >= min && x <= max {
			out = append(out, t)
		}
		if step.days > 0 {
			t = t.AddDate(0, 0, step.days)
		} else {
			t = t.AddDate(0, step.months, 0)
		}
	}
	return out
}

func tickLabel(step timeStep, t time.Time, showYear bool) string {
	switch {
	case step.days > 0:
		if showYear {
			return t.Format("Jan 2\n2006")
		}
		return t.Format("Jan 2")
	case step.months < 12:
		if showYear {
			return t.Format("Jan\n2006")
		}
		return t.Format("Jan")
	}
	return t.Format("2006")
}

// Points is the unit of an index (PriceChart.Currency): its levels are labelled as bare numbers.
const Points = "points"

// currencySymbol is the prefix of price labels: "$65", "€12", else "CHF 65"; none for points.
func currencySymbol(code string) string {
	switch strings.ToUpper(code) {
	case "POINTS":
		return ""
	case "", "USD":
		return "$"
	case "EUR":
		return "€"
	case "GBP":
		return "£"
	case "JPY", "CNY":
		return "¥"
	case "INR":
		return "₹"
	}
	return strings.ToUpper(code) + " "
}

// valueTicker puts about n (default eight) round major ticks (steps of 1, 2, 2.5 or 5 times a power of ten)
// with a minor tick between each, labelled through format.
type valueTicker struct {
	format func(v, step float64) string
	n      int // about how many labels; 0 = 8
}

func (vt valueTicker) Ticks(min, max float64) []plot.Tick {
	if !(max > min) || math.IsInf(max-min, 0) {
		return nil
	}
	n := vt.n
	if n <= 0 {
		n = 8
	}
	raw := (max - min) / float64(n)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := 10 * mag
	for _, m := range []float64{1, 2, 2.5, 5} {
		if m*mag >= raw {
			step = m * mag
			break
		}
	}
	var ticks []plot.Tick
	half := step / 2
	for k := math.Ceil(min / half); k*half <= max+half*1e-9; k++ {
		v := k * half
		if math.Abs(v) < half*1e-9 {
			v = 0
		}
		t := plot.Tick{Value: v}
		if math.Abs(math.Remainder(v, step)) < half*1e-6 {
			t.Label = vt.format(v, step)
		}
		ticks = append(ticks, t)
	}
	return ticks
}

// decimals is how many decimals show a tick step exactly (2.5 needs one).
func decimals(step float64) int {
	if math.IsInf(step, 0) || step <= 0 {
		return 0
	}
	s := strconv.FormatFloat(step, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return min(len(s)-i-1, 6)
	}
	return 0
}

func priceTicks(currency string) valueTicker {
	sym := currencySymbol(currency)
	return valueTicker{func(v, step float64) string {
		return sym + fmt.Sprintf("%.*f", decimals(step), v)
	}, 8}
}

// volumeTicks label shares as 500K, 12M, 1.5B.
var volumeTicks = valueTicker{func(v, step float64) string { return compact(v) }, 3}

func compact(v float64) string {
	a := math.Abs(v)
	unit, div := "", 1.0
	switch {
	case a >= 1e9:
		unit, div = "B", 1e9
	case a >= 1e6:
		unit, div = "M", 1e6
	case a >= 1e3:
		unit, div = "K", 1e3
	}
	s := fmt.Sprintf("%.1f", v/div)
	s = strings.TrimSuffix(s, ".0")
	return s + unit
}

// percentTicks label values already in percent.
var percentTicks = valueTicker{func(v, step float64) string {
	return fmt.Sprintf("%.*f%%", decimals(step), v)
}, 8}

// plainTicks label numbers with the step's decimals.
var plainTicks = valueTicker{func(v, step float64) string {
	return fmt.Sprintf("%.*f", decimals(step), v)
}, 8}

// intTicks are whole-number ticks (trading days of an event study).
type intTicks struct{}

func (intTicks) Ticks(min, max float64) []plot.Tick {
	span := max - min
	step := 1
	for _, s := range []int{1, 2, 5, 10, 20, 50, 100} {
		step = s
		if span/float64(s) <= 12 {
			break
		}
	}
	var ticks []plot.Tick
	for v := int(math.Ceil(min)); v <= int(math.Floor(max)); v++ {
		if v%step == 0 {
			ticks = append(ticks, plot.Tick{Value: float64(v), Label: fmt.Sprintf("%+d", v)})
		} else if step <= 5 {
			ticks = append(ticks, plot.Tick{Value: float64(v)})
		}
	}
	for i, t := range ticks {
		if t.Value == 0 {
			ticks[i].Label = "0"
		}
	}
	return ticks
}
