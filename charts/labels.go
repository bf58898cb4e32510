package charts

import (
	"math"
	"sort"
)

// envelope is the vertical extent a drawn series covers in each one-point column of the data
// area: a label box hits the series when, in one of its columns, the two ranges meet. Built in
// one pass over the points, it answers a box in O(box width), whatever the number of points.
type envelope struct {
	x0     float64
	lo, hi []float64
}

func newEnvelope(x0, x1 float64) *envelope {
	n := int(math.Ceil(x1-x0)) + 1
	if n < 1 {
		n = 1
	}
	e := &envelope{x0: x0, lo: make([]float64, n), hi: make([]float64, n)}
	for i := range e.lo {
		e.lo[i], e.hi[i] = math.Inf(1), math.Inf(-1)
	}
	return e
}

func (e *envelope) col(x float64) int {
	return min(max(int(math.Floor(x-e.x0)), 0), len(e.lo)-1)
}

func (e *envelope) widen(c int, y0, y1 float64) {
	if y0 > y1 {
		y0, y1 = y1, y0
	}
	e.lo[c] = math.Min(e.lo[c], y0)
	e.hi[c] = math.Max(e.hi[c], y1)
}

// segment adds the line from (x1, y1) to (x2, y2), column by column.
func (e *envelope) segment(x1, y1, x2, y2 float64) {
	if x1 > x2 {
		x1, y1, x2, y2 = x2, y2, x1, y1
	}
	c1, c2 := e.col(x1), e.col(x2)
	if c1 == c2 || x2 == x1 {
		e.widen(c1, y1, y2)
		if c2 != c1 {
			e.widen(c2, y1, y2)
		}
		return
	}
	slope := (y2 - y1) / (x2 - x1)
	at := func(x float64) float64 { return y1 + (math.Min(math.Max(x, x1), x2)-x1)*slope }
	for c := c1; c <= c2; c++ {
		left := e.x0 + float64(c)
		e.widen(c, at(left), at(left+1))
	}
}

// vertical adds a vertical stroke at x, such as a candle's wick.
func (e *envelope) vertical(x, y0, y1 float64) { e.widen(e.col(x), y0, y1) }

func (e *envelope) hits(b Box) bool {
	for c := e.col(b.X0); c <= e.col(b.X1); c++ {
		if e.hi[c] >= b.Y0 && e.lo[c] <= b.Y1 {
			return true
		}
	}
	return false
}

// overlap is how many points of b's columns the envelope covers: how much of the series a box
// would hide.
func (e *envelope) overlap(b Box) float64 {
	total := 0.0
	for c := e.col(b.X0); c <= e.col(b.X1); c++ {
		if lo, hi := math.Max(e.lo[c], b.Y0), math.Min(e.hi[c], b.Y1); hi > lo {
			total += hi - lo
		}
	}
	return total
}

// placer puts number labels where they overlap neither each other, nor the markers, nor the
// series' envelopes, greedily in the order asked. Boxes are kept in a uniform grid of cells, so a
// check looks only at the boxes near the candidate: O(labels x candidates) overall.
type placer struct {
	area       Box // labels stay inside
	cell       float64
	cols, rows int
	grid       [][]int
	boxes      []Box
	envs       []*envelope
}

const placerCell = 24.0

func newPlacer(area Box) *placer {
	cols := int((area.X1-area.X0)/placerCell) + 1
	rows := int((area.Y1-area.Y0)/placerCell) + 1
	return &placer{area: area, cell: placerCell, cols: cols, rows: rows, grid: make([][]int, cols*rows)}
}

func (p *placer) cells(b Box, fn func(i int) bool) bool {
	cx0 := min(max(int((b.X0-p.area.X0)/p.cell), 0), p.cols-1)
	cx1 := min(max(int((b.X1-p.area.X0)/p.cell), 0), p.cols-1)
	cy0 := min(max(int((b.Y0-p.area.Y0)/p.cell), 0), p.rows-1)
	cy1 := min(max(int((b.Y1-p.area.Y0)/p.cell), 0), p.rows-1)
	for cy := cy0; cy <= cy1; cy++ {
		for cx := cx0; cx <= cx1; cx++ {
			if !fn(cy*p.cols + cx) {
				return false
			}
		}
	}
	return true
}

// add records an obstacle (a marker or a placed label).
func (p *placer) add(b Box) {
	id := len(p.boxes)
	p.boxes = append(p.boxes, b)
	p.cells(b, func(i int) bool { p.grid[i] = append(p.grid[i], id); return true })
}

// free says whether b lies inside the area and clear of every obstacle and envelope.
func (p *placer) free(b Box) bool {
	if b.X0 < p.area.X0 || b.X1 > p.area.X1 || b.Y0 < p.area.Y0 || b.Y1 > p.area.Y1 {
		return false
	}
	if !p.cells(b, func(i int) bool {
		for _, id := range p.grid[i] {
			if p.boxes[id].Overlaps(b) {
				return false
			}
		}
		return true
	}) {
		return false
	}
	for _, e := range p.envs {
		if e.hits(b) {
			return false
		}
	}
	return true
}

// place finds a free box of w x h for the label of a marker of radius r at (x, y): right above,
// below, then the four diagonals and the sides, then further up and down (the caller draws a
// leader line to those). It returns an empty box when every candidate is taken.
//
// ok, when not nil, vetoes a free candidate (one that would sit nearer another marker than its own).
func (p *placer) place(x, y, r, w, h float64, ok func(Box) bool) (b Box, far bool) {
	const gap = 1.5
	near := []Box{
		{x - w/2, y + r + gap, x + w/2, y + r + gap + h},     // above
		{x - w/2, y - r - gap - h, x + w/2, y - r - gap},     // below
		{x + r*0.7, y + r*0.7, x + r*0.7 + w, y + r*0.7 + h}, // upper right
		{x - r*0.7 - w, y + r*0.7, x - r*0.7, y + r*0.7 + h}, // upper left
		{x + r*0.7, y - r*0.7 - h, x + r*0.7 + w, y - r*0.7}, // lower right
		{x - r*0.7 - w, y - r*0.7 - h, x - r*0.7, y - r*0.7}, // lower left
		{x + r + gap, y - h/2, x + r + gap + w, y + h/2},     // right
		{x - r - gap - w, y - h/2, x - r - gap, y + h/2},     // left
	}
	for _, c := range near {
		if p.free(c) && (ok == nil || ok(c)) {
			p.add(c)
			return c, false
		}
	}
	for level := 1; level <= 6; level++ {
		d := float64(level) * (h + 2)
		for _, c := range []Box{
			{x - w/2, y + r + gap + d, x + w/2, y + r + gap + d + h},
			{x - w/2, y - r - gap - d - h, x + w/2, y - r - gap - d},
			{x + 2, y + r + gap + d, x + 2 + w, y + r + gap + d + h},
			{x - 2 - w, y + r + gap + d, x - 2, y + r + gap + d + h},
			{x + 2, y - r - gap - d - h, x + 2 + w, y - r - gap - d},
			{x - 2 - w, y - r - gap - d - h, x - 2, y - r - gap - d},
		} {
			if p.free(c) && (ok == nil || ok(c)) {
				p.add(c)
				return c, true
			}
		}
	}
	return Box{}, false
}

// nearest answers whether a point is nearer to one marker than to any other, looking only at the
// markers within that distance along x (sorted once): the labels' ambiguity check.
type nearest struct {
	xs, ys []float64 // marker centers sorted by x
}

func newNearest(pts [][2]float64) *nearest {
	sort.Slice(pts, func(i, j int) bool { return pts[i][0] < pts[j][0] })
	n := &nearest{}
	for _, p := range pts {
		n.xs = append(n.xs, p[0])
		n.ys = append(n.ys, p[1])
	}
	return n
}

// closestIs says whether (x, y) is at least as near (ox, oy) as any marker.
func (n *nearest) closestIs(x, y, ox, oy float64) bool {
	d := math.Hypot(x-ox, y-oy)
	i := sort.SearchFloat64s(n.xs, x-d)
	for ; i < len(n.xs) && n.xs[i] <= x+d; i++ {
		if n.xs[i] == ox && n.ys[i] == oy {
			continue
		}
		if math.Hypot(x-n.xs[i], y-n.ys[i]) < d-0.5 {
			return false
		}
	}
	return true
}
