// Package null turns the ways Go code holds "no value" (SQL NULLs, NaN, the zero time) into the
// one way a table holds it: nil, an empty cell (NULL in CSV and JSON).
package null

import (
	"database/sql"
	"math"
	"time"
)

// Cell is v as a table cell: nil for an invalid sql.Null*, a NaN and the zero time, else the
// value itself (unwrapped from a valid sql.Null*).
func Cell(v any) any {
	switch x := v.(type) {
	case float64:
		if math.IsNaN(x) {
			return nil
		}
	case time.Time:
		if x.IsZero() {
			return nil
		}
	case sql.NullFloat64:
		if x.Valid {
			return Cell(x.Float64)
		}
		return nil
	case sql.NullTime:
		if x.Valid {
			return x.Time
		}
		return nil
	case sql.NullInt64:
		if x.Valid {
			return x.Int64
		}
		return nil
	case sql.NullString:
		if x.Valid {
			return x.String
		}
		return nil
	}
	return v
}

// Cells applies Cell to every value of a row.
func Cells(row ...any) []any {
	out := make([]any, len(row))
	for i, v := range row {
		out[i] = Cell(v)
	}
	return out
}
