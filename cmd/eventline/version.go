package main

import (
	"context"
	"database/sql"
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/eventline/eventline/data/store"
)

func newCmdVersion(f *factory) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Show eventline's version, the DuckDB library's and the database schema's",
		Long: `Show eventline's version (the module version it was built as, with the commit when built from a
clone), the version of the DuckDB library linked in, and the schema version this build writes.
eventline --version prints the same.`,
		Example: `  eventline version`,
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := fmt.Fprint(f.IO.Out, versionText(cmd.Context()))
			return err
		},
	}
}

// versionText is what eventline version and eventline --version print.
func versionText(ctx context.Context) string {
	var b strings.Builder
	fmt.Fprintf(&b, "eventline %s\n", buildVersion())
	fmt.Fprintf(&b, "DuckDB %s\n", duckDBVersion(ctx))
	fmt.Fprintf(&b, "schema version %d\n", store.LatestVersion())
	return b.String()
}

// buildVersion is the module version from the build info: a tag for go install of a release,
// "(devel)" with the commit, its time and whether the tree was modified for a build in a clone.
func buildVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown build)"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, at, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
			if len(rev) > 12 {
				rev = rev[:12]
			}
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = ", modified"
			}
		}
	}
	if rev != "" {
		v += fmt.Sprintf(" (commit %s, %s%s)", rev, at, dirty)
	}
	return v + ", " + info.GoVersion
}

// duckDBVersion asks the linked library, in an in-memory database that touches no file.
func duckDBVersion(ctx context.Context) string {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		return "(unavailable: " + err.Error() + ")"
	}
	defer db.Close()
	var v, id string
	if err := db.QueryRowContext(ctx, "SELECT library_version, source_id FROM pragma_version()").Scan(&v, &id); err != nil {
		return "(unavailable: " + err.Error() + ")"
	}
	return v + " (" + id + ")"
}
