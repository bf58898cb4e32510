package analytics

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"math"
	"strings"

	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/rows"
)

// SaveStudy replaces the event_returns and event_study tables with a study's results, in one
// transaction, so that they can be queried with SQL. grouping says how aggs were grouped (all,
// ticker or type); benchmark is the study's market.
//
// A study of many events appends more rows than a DuckDB row group, which DuckDB writes to the
// file before the commit and, after a crash while committing, keeps while it drops the deletes:
// the new rows would stand beside the old ones. So the save goes through the commit marker
// (data/store/recover.go): its rows carry its run id, and opening removes them if it never
// committed.
func SaveStudy(ctx context.Context, db *sql.DB, benchmark, grouping string, rs []EventReturn, aggs []Aggregate) error {
	err := saveStudy(ctx, db, benchmark, grouping, rs, aggs)
	if err != nil && strings.Contains(err.Error(), "read-only") {
		return fmt.Errorf("save study: the study is stored in event_returns and event_study, so the database must be open for writing: %w", err)
	}
	if err != nil {
		return fmt.Errorf("save study: %w", err)
	}
	return nil
}

func saveStudy(ctx context.Context, db *sql.DB, benchmark, grouping string, rs []EventReturn, aggs []Aggregate) error {
	run, err := store.BeginIngest(ctx, db, "study")
	if err != nil {
		return err
	}
	defer run.Release(context.WithoutCancel(ctx))
	return rows.InTransaction(ctx, db, func(conn *sql.Conn) error {
		for _, q := range []string{`DELETE FROM event_returns`, `DELETE FROM event_study`} {
			if _, err := conn.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		returns := rows.NewBatch("event_returns", "event_id", "ticker", "t0", "window_from", "window_to", "price_before",
			"price_t0", "ret", "market_ret", "car", "scar", "model", "fallback", "alpha", "beta", "estimation_days",
			"abnormal_volume", "complete", "benchmark",
			"note", "excluded", "overlapping_events", "estimation_events", "bhar", "run_id")
		for _, r := range rs {
			returns.Add(r.EventID, r.Ticker, r.T0, int32(r.Window.From), int32(r.Window.To), null(r.PriceBefore),
				null(r.PriceT0), r.Return, nanNull(r.MarketReturn), nanNull(r.CAR), nanNull(r.SCAR), r.Model, r.Fallback,
				nanNull(r.Alpha), nanNull(r.Beta), int32(r.EstimationDays), nanNull(r.AbnormalVolume), r.Complete, benchmark,
				emptyNull(r.Note), emptyNull(r.Excluded), ids(r.Overlaps), ids(r.EstimationEvents), nanNull(r.BHAR), run.ID)
		}
		study := rows.NewBatch("event_study", "grouping", "group_value", "window_from", "window_to", "n", "mean_car",
			"median_car", "t", "p_t", "bmp", "p_bmp", "n_bmp", "positive", "p_sign", "patell", "p_patell", "bmp_kp", "p_bmp_kp",
			"corrado", "p_corrado", "generalized_sign", "p_generalized_sign", "wilcoxon", "p_wilcoxon", "mean_bhar", "t_bhar", "p_bhar", "run_id")
		for _, a := range aggs {
			study.Add(grouping, a.Group, int32(a.Window.From), int32(a.Window.To), int32(a.N), a.MeanCAR, a.MedianCAR,
				nanNull(a.T), nanNull(a.PT), nanNull(a.BMP), nanNull(a.PBMP), int32(a.NBMP), int32(a.Positive), nanNull(a.PSign),
				nanNull(a.Patell), nanNull(a.PPatell), nanNull(a.BMPKP), nanNull(a.PBMPKP), nanNull(a.Corrado), nanNull(a.PCorrado),
				nanNull(a.GSign), nanNull(a.PGSign), nanNull(a.Wilcoxon), nanNull(a.PWilcoxon), nanNull(a.MeanBHAR), nanNull(a.TBHAR), nanNull(a.PBHAR), run.ID)
		}
		if err := rows.Append(ctx, conn, returns, study); err != nil {
			return err
		}
		return run.Finish(ctx, conn)
	})
}

func null(v sql.NullFloat64) driver.Value {
	if !v.Valid {
		return nil
	}
	return v.Float64
}

func nanNull(f float64) driver.Value {
	if math.IsNaN(f) {
		return nil
	}
	return f
}

func emptyNull(s string) driver.Value {
	if s == "" {
		return nil
	}
	return s
}

// ids is a list column's value: NULL when empty.
func ids(v []int64) driver.Value {
	if len(v) == 0 {
		return nil
	}
	return v
}
