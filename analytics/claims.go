package analytics

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"time"
)

// Verdicts of a claim check.
const (
	Verified     = "verified"
	Contradicted = "contradicted"
	Unverifiable = "unverifiable"
)

// ClaimCheck is one claim from an article held against the prices.
type ClaimCheck struct {
	ClaimID   int64
	ArticleID int64
	Article   string
	Ticker    string
	Date      sql.NullTime
	Metric    string
	Op        string
	Claimed   float64
	Unit      string // USD or pct
	Text      string
	Verdict   string
	// Actual is the value computed from the prices (in the claim's unit), with the day of the row
	// it comes from; Reason explains an unverifiable verdict.
	Actual  sql.NullFloat64
	RowDate sql.NullTime
	Reason  string
}

// Tolerances: a price matches within 0.5% or a cent of rounding, a percentage within one
// percentage point.
const (
	priceTolerance   = 0.005
	centTolerance    = 0.01
	percentTolerance = 1.0
)

// claimSQL gathers, for each claim, the rows that can verify it: the claim day's own row (never
// another day's), the trading day before it (ASOF join), the reference day's row, the ticker's
// range, and the IPO price if one was claimed.
const claimSQL = `
WITH c AS (
	SELECT c.*, a.title FROM claims c LEFT JOIN articles a USING (article_id)
	WHERE ($1 = '[]' OR c.ticker IN (SELECT unnest($1::VARCHAR[])))
		AND ($2::DATE IS NULL OR c.date >= $2::DATE) AND ($3::DATE IS NULL OR c.date <= $3::DATE)
), prev AS (
	SELECT c.claim_id, p.date AS prev_date, p.close AS prev_close
	FROM c ASOF LEFT JOIN prices p ON p.ticker = c.ticker AND p.date < c.date
), bounds AS (
	SELECT ticker, first_day, last_day FROM price_coverage()
), ipo AS (
	SELECT ticker, arg_max(value, claim_id) AS price FROM claims WHERE metric = 'ipo_price' GROUP BY ticker
)
SELECT c.claim_id, c.article_id, coalesce(c.title, ''), coalesce(c.ticker, ''), c.date, c.metric, c.op, c.value, c.unit, c.text,
	p.open, p.high, p.low, p.close, prev.prev_date, prev.prev_close, r.close AS ref_close,
	b.first_day, b.last_day, ipo.price
FROM c
LEFT JOIN prices p ON p.ticker = c.ticker AND p.date = c.date
LEFT JOIN prev USING (claim_id)
LEFT JOIN prices r ON r.ticker = c.ticker AND r.date = c.ref_date
LEFT JOIN bounds b ON b.ticker = c.ticker
LEFT JOIN ipo ON ipo.ticker = c.ticker
ORDER BY c.date NULLS LAST, c.claim_id`

// CheckClaims checks every selected claim against the stored prices.
func CheckClaims(ctx context.Context, db *sql.DB, f Filter) ([]ClaimCheck, error) {
	tickers, from, to := rangeArgs(f.Tickers, f.From, f.To)
	rows, err := db.QueryContext(ctx, claimSQL, tickers, from, to)
	if err != nil {
		return nil, fmt.Errorf("check claims: %w", err)
	}
	defer rows.Close()
	var out []ClaimCheck
	for rows.Next() {
		var c ClaimCheck
		var open, high, low, closeP, prevClose, refClose, ipoPrice sql.NullFloat64
		var prevDate, first, last sql.NullTime
		if err := rows.Scan(&c.ClaimID, &c.ArticleID, &c.Article, &c.Ticker, &c.Date, &c.Metric, &c.Op, &c.Claimed, &c.Unit, &c.Text,
			&open, &high, &low, &closeP, &prevDate, &prevClose, &refClose, &first, &last, &ipoPrice); err != nil {
			return nil, fmt.Errorf("check claims: %w", err)
		}
		c.judge(row{open, high, low, closeP}, prevDate, prevClose, refClose, first, last, ipoPrice)
		out = append(out, c)
	}
	return out, rows.Err()
}

type row struct{ open, high, low, close sql.NullFloat64 }

func isoDay(t time.Time) string { return t.Format("2006-01-02") }

func (c *ClaimCheck) unverifiable(reason string) { c.Verdict, c.Reason = Unverifiable, reason }

func (c *ClaimCheck) judge(r row, prevDate sql.NullTime, prevClose, refClose sql.NullFloat64, first, last sql.NullTime, ipoPrice sql.NullFloat64) {
	switch {
	case c.Ticker == "":
		c.unverifiable("the claim names no listed ticker")
		return
	case !first.Valid:
		c.unverifiable(fmt.Sprintf("ticker %s not loaded", c.Ticker))
		return
	case c.Metric == "ipo_price":
		c.unverifiable("an offer price is not in daily prices")
		return
	case !c.Date.Valid:
		c.unverifiable("the claim has no date")
		return
	case !r.close.Valid:
		reason := fmt.Sprintf("no row for %s on %s", c.Ticker, isoDay(c.Date.Time))
		if c.Date.Time.Before(first.Time) {
			reason += fmt.Sprintf(" (its prices start %s)", isoDay(first.Time))
		} else if c.Date.Time.After(last.Time) {
			reason += fmt.Sprintf(" (its prices end %s)", isoDay(last.Time))
		}
		c.unverifiable(reason)
		return
	}
	c.RowDate = c.Date
	set := func(v float64) { c.Actual = sql.NullFloat64{Float64: v, Valid: true} }
	switch c.Metric {
	case "close", "open", "high", "low":
		v := map[string]sql.NullFloat64{"close": r.close, "open": r.open, "high": r.high, "low": r.low}[c.Metric]
		if !v.Valid {
			c.unverifiable(fmt.Sprintf("the %s row has no %s", isoDay(c.Date.Time), c.Metric))
			return
		}
		set(v.Float64)
		c.verdict(c.compare(v.Float64, priceTol(c.Claimed)))
	case "price": // traded at the price some time that day
		if !r.low.Valid || !r.high.Valid {
			c.unverifiable(fmt.Sprintf("the %s row has no high and low", isoDay(c.Date.Time)))
			return
		}
		tol := priceTol(c.Claimed)
		set(r.close.Float64)
		c.verdict(c.Claimed >= r.low.Float64-tol && c.Claimed <= r.high.Float64+tol)
	case "day_return", "first_day_return", "return":
		// A return is the claim day's close over a base price, in percent.
		var base sql.NullFloat64
		switch c.Metric {
		case "day_return":
			if !prevClose.Valid {
				c.unverifiable(fmt.Sprintf("no trading day before %s for %s", isoDay(c.Date.Time), c.Ticker))
				return
			}
			base = prevClose
		case "first_day_return":
			if !ipoPrice.Valid {
				c.unverifiable("no IPO price is known for " + c.Ticker)
				return
			}
			if prevDate.Valid {
				c.unverifiable(fmt.Sprintf("%s is not %s's first trading day in the data", isoDay(c.Date.Time), c.Ticker))
				return
			}
			base = ipoPrice
		default:
			if !refClose.Valid {
				c.unverifiable("no row for the start of the period")
				return
			}
			base = refClose
		}
		set((r.close.Float64/base.Float64 - 1) * 100)
		c.verdict(c.compare(c.Actual.Float64, percentTolerance))
	default:
		c.unverifiable(fmt.Sprintf("metric %q is not computable from prices", c.Metric))
	}
}

func priceTol(v float64) float64 { return math.Max(priceTolerance*math.Abs(v), centTolerance) }

// compare applies the claim's operator with a tolerance for equality and rounding.
func (c *ClaimCheck) compare(actual, tol float64) bool {
	switch c.Op {
	case "gt":
		return actual > c.Claimed
	case "ge":
		return actual >= c.Claimed-tol
	case "lt":
		return actual < c.Claimed
	case "le":
		return actual <= c.Claimed+tol
	}
	return math.Abs(actual-c.Claimed) <= tol
}

func (c *ClaimCheck) verdict(ok bool) {
	if ok {
		c.Verdict = Verified
	} else {
		c.Verdict = Contradicted
	}
}
