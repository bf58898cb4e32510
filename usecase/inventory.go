package usecase

import (
	"context"
	"fmt"
	"os"

	"github.com/eventline/eventline/data/store"
)

// Inventory is what a database holds: the rows of each table and each ticker's prices.
type Inventory struct {
	Path          string
	SchemaVersion int
	Size          int64 // bytes of the database file; 0 when unknown
	Tables        []TableRows
	Tickers       []TickerPrices // sorted by ticker
}

// TableRows is a table's name and its number of rows.
type TableRows struct {
	Name string
	Rows int64
}

// TickerPrices is a ticker's price coverage and where its prices came from (yahoo, stooq, csv or
// a --source label).
type TickerPrices struct {
	Ticker  string
	Span    Span
	Sources []string
}

// TakeInventory lists what st holds. The schema's own bookkeeping table is left out.
func TakeInventory(ctx context.Context, st *store.Store) (Inventory, error) {
	inv := Inventory{Path: st.Path}
	var err error
	if inv.SchemaVersion, err = st.Version(ctx); err != nil {
		return inv, err
	}
	if fi, err := os.Stat(st.Path); err == nil {
		inv.Size = fi.Size()
	}
	names, err := st.Tables(ctx)
	if err != nil {
		return inv, err
	}
	for _, n := range names {
		if n == "schema_version" {
			continue
		}
		var count int64
		// Table names come from the catalog, never from the user.
		if err := st.DB.QueryRowContext(ctx, fmt.Sprintf(`SELECT count(*) FROM %q`, n)).Scan(&count); err != nil {
			return inv, fmt.Errorf("count %s: %w", n, err)
		}
		inv.Tables = append(inv.Tables, TableRows{n, count})
	}
	var zero Span
	cov, err := Coverage(ctx, st.DB, zero.First, zero.Last)
	if err != nil {
		return inv, err
	}
	sources, err := priceSources(ctx, st.DB, nil)
	if err != nil {
		return inv, err
	}
	for _, t := range Tickers(cov) {
		inv.Tickers = append(inv.Tickers, TickerPrices{Ticker: t, Span: cov[t], Sources: sources[t]})
	}
	return inv, nil
}
