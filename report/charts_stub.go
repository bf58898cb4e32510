//go:build !charts_ready

package report

import "context"

// TEMPORARY until package charts lands: no charts.
func renderCharts(ctx context.Context, d *data, doc *doc, w *writer) error { return nil }
