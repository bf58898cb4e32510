package null

import (
	"database/sql"
	"math"
	"testing"
	"time"
)

func TestCell(t *testing.T) {
	day := time.Date(2007, 8, 14, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name string
		in   any
		want any
	}{
		{"number", 1.5, 1.5},
		{"NaN", math.NaN(), nil},
		{"day", day, day},
		{"zero time", time.Time{}, nil},
		{"valid float", sql.NullFloat64{Float64: 2, Valid: true}, 2.0},
		{"valid NaN", sql.NullFloat64{Float64: math.NaN(), Valid: true}, nil},
		{"NULL float", sql.NullFloat64{}, nil},
		{"valid time", sql.NullTime{Time: day, Valid: true}, day},
		{"NULL time", sql.NullTime{}, nil},
		{"valid int", sql.NullInt64{Int64: 3, Valid: true}, int64(3)},
		{"NULL string", sql.NullString{}, nil},
		{"string", "VMW", "VMW"},
		{"int", 7, 7},
		{"nil", nil, nil},
	} {
		if got := Cell(tt.in); got != tt.want {
			t.Errorf("%s: Cell(%v) = %v, want %v", tt.name, tt.in, got, tt.want)
		}
	}
	if got := Cells(math.NaN(), "a"); got[0] != nil || got[1] != "a" {
		t.Errorf("Cells: %v", got)
	}
}
