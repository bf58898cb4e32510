package main

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventline/eventline/internal/table"
)

// Issue 10 §3: no command destroys what it did not write.

func TestDemoNeverReplacesAFileItDidNotWrite(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "eventline.duckdb")
	run(t, db, "", "ingest", "prices", fixture(t, dir, "VMW.csv", vmwCSV))
	// demo --out . (here: the folder of the user's database) must refuse and name its targets.
	r := run(t, db, "", "demo", "--out", dir)
	if r.code != 2 || !strings.Contains(r.err, filepath.Join(dir, "eventline.duckdb")) || !strings.Contains(r.err, "--force") {
		t.Fatalf("demo over a user's folder: %+v", r)
	}
	r = run(t, db, "", "sql", "--format", "csv", "SELECT count(*) AS n, count(DISTINCT ticker) AS t FROM prices")
	if r.out != "n,t\n3,1\n" {
		t.Fatalf("the user's database changed: %+v", r)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "VMW.csv")); string(b) != vmwCSV {
		t.Fatal("the user's CSV changed")
	}
	// Its own folder it may write again; a database the user changed in it is theirs.
	out := filepath.Join(t.TempDir(), "demo")
	if r := run(t, db, "", "demo", "--out", out); r.code != 0 {
		t.Fatalf("demo: %+v", r)
	}
	demoDB := filepath.Join(out, "eventline.duckdb")
	if r := run(t, demoDB, "", "ingest", "prices", fixture(t, dir, "ACME.csv", vmwCSV)); r.code != 0 {
		t.Fatalf("ingest into the demo db: %+v", r)
	}
	if r := run(t, db, "", "demo", "--out", out); r.code != 2 || !strings.Contains(r.err, demoDB) {
		t.Fatalf("demo over a changed database: %+v", r)
	}
	if r := run(t, db, "", "demo", "--out", out, "--force"); r.code != 0 {
		t.Fatalf("demo --force: %+v", r)
	}
}

func TestExportAndReportRefuseForeignFolders(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.duckdb")
	prices := filepath.Join(dir, "prices")
	os.MkdirAll(prices, 0o755)
	vmw := fixture(t, prices, "VMW.csv", vmwCSV)
	run(t, db, "", "ingest", "prices", vmw)
	curated := fixture(t, dir, "events.csv", "date,ticker,type,title\n2007-08-14,VMW,ipo,mine\n")
	for _, args := range [][]string{
		{"export", "--format", "parquet", "--out", dir},
		{"export", "--format", "csv", "--out", dir},
		{"report", "--out", dir},
	} {
		r := run(t, db, "", args...)
		if r.code != 2 || !strings.Contains(r.err, "did not write") {
			t.Fatalf("%v: %+v", args, r)
		}
	}
	// --force writes only its own files: the user's prices folder and curated events stay.
	r := run(t, db, "", "export", "--format", "parquet", "--out", dir, "--force")
	if r.code != 0 {
		t.Fatalf("export --force: %+v", r)
	}
	if b, err := os.ReadFile(vmw); err != nil || string(b) != vmwCSV {
		t.Fatalf("export --force removed the user's prices: %v", err)
	}
	if _, err := os.Stat(filepath.Join(prices, "ticker=VMW")); err != nil {
		t.Fatalf("parquet prices not written beside the user's files: %v", err)
	}
	if b, _ := os.ReadFile(curated); !strings.Contains(string(b), "mine") {
		t.Fatal("curated events.csv replaced")
	}
}

func TestExportLoadSQLIsRelativeAndRerunRemovesStaleFiles(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.duckdb")
	run(t, db, "", "ingest", "prices", fixture(t, dir, "VMW.csv", vmwCSV))
	out := filepath.Join(dir, "export")
	if r := run(t, db, "", "export", "--format", "csv", "--out", out); r.code != 0 {
		t.Fatalf("export: %+v", r)
	}
	load, _ := os.ReadFile(filepath.Join(out, "load.sql"))
	if strings.Contains(string(load), dir) || !strings.Contains(string(load), "read_csv('prices.csv')") {
		t.Fatalf("load.sql names absolute paths:\n%s", load)
	}
	// Moved elsewhere, the folder still loads: run load.sql from inside it.
	moved := filepath.Join(t.TempDir(), "moved")
	if err := os.Rename(out, moved); err != nil {
		t.Fatal(err)
	}
	t.Chdir(moved)
	views, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer views.Close()
	var n int
	if _, err := views.Exec(string(load)); err != nil {
		t.Fatalf("load.sql in the moved folder: %v", err)
	}
	if err := views.QueryRow("SELECT count(*) FROM prices").Scan(&n); err != nil || n != 3 {
		t.Fatalf("prices through load.sql: %d %v", n, err)
	}
	// A parquet export into the csv export's folder replaces its files: no stale CSVs remain.
	if r := run(t, db, "", "export", "--format", "parquet", "--out", moved); r.code != 0 {
		t.Fatalf("re-export: %+v", r)
	}
	if _, err := os.Stat(filepath.Join(moved, "prices.csv")); !os.IsNotExist(err) {
		t.Fatalf("stale prices.csv kept: %v", err)
	}
}

func TestDBThatIsNotADuckDBFileIsRefused(t *testing.T) {
	dir := t.TempDir()
	csv := fixture(t, dir, "my.csv", vmwCSV)
	for _, db := range []string{csv, fixture(t, dir, "x.json", `[{"a":1}]`), filepath.Join(dir, "new.parquet")} {
		r := run(t, db, "", "ingest", "prices", csv)
		if r.code != 2 || !strings.Contains(r.err, "not a database") && !strings.Contains(r.err, "not a DuckDB") {
			t.Fatalf("--db %s: %+v", db, r)
		}
	}
	if b, _ := os.ReadFile(csv); string(b) != vmwCSV {
		t.Fatal("the CSV given as --db changed")
	}
	// A database in a folder that does not exist is the user's typo, not a failure of ours, and
	// the folder is not made behind their back.
	missing := filepath.Join(dir, "no-such-folder", "e.duckdb")
	if r := run(t, missing, "", "ingest", "prices", csv); r.code != 2 || !strings.Contains(r.err, "no such folder") {
		t.Fatalf("--db %s: %+v", missing, r)
	}
	if _, err := os.Stat(filepath.Dir(missing)); !os.IsNotExist(err) {
		t.Fatalf("the missing folder was created: %v", err)
	}
}

func TestSQLWithoutWriteWritesNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.duckdb")
	run(t, db, "", "ingest", "prices", fixture(t, dir, "VMW.csv", vmwCSV))
	other := filepath.Join(dir, "other.duckdb")
	run(t, other, "", "ingest", "prices", fixture(t, dir, "CTXS.csv", vmwCSV))
	home := t.TempDir()
	t.Setenv("HOME", home)
	before, _ := os.ReadFile(db)
	q := func(p string) string { return "'" + p + "'" }
	ios, _, _, _ := TestIO()
	st, err := (&factory{IO: ios, dbFlag: db}).OpenStore(t.Context(), true)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sess, err := openSession(t.Context(), st.DB, true)
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	readOnly := func(script string) error {
		return runScript(t.Context(), sess, &sqlOptions{IO: ios, Format: table.CSV}, script)
	}
	for _, stmt := range []string{
		"COPY (SELECT 'x') TO " + q(db),
		"COPY prices TO " + q(filepath.Join(dir, "out.csv")),
		"COPY (SELECT 1) TO " + q(filepath.Join(dir, "out.parquet")) + " (FORMAT parquet)",
		"EXPORT DATABASE " + q(filepath.Join(dir, "exp")),
		"ATTACH " + q(other) + " AS o (READ_WRITE)",
		"ATTACH " + q(other) + " AS o (READ_ONLY false)",
		"ATTACH " + q(filepath.Join(dir, "new.duckdb")) + " AS n",
		"INSTALL httpfs",
		"LOAD httpfs",
		"CREATE PERSISTENT SECRET s (TYPE s3, KEY_ID 'k', SECRET 's')",
		"CREATE TABLE t (a INT)",
		"CREATE TEMP TABLE t AS SELECT 1",
		"CREATE VIEW v AS SELECT 1",
		"CREATE MACRO m(a) AS a",
		"INSERT INTO prices SELECT * FROM prices",
		"UPDATE prices SET close = 1",
		"DELETE FROM prices",
		"DROP TABLE prices",
		"ALTER TABLE prices ADD COLUMN x INT",
		"TRUNCATE prices",
		"VACUUM",
		"ANALYZE",
		"PREPARE p AS COPY (SELECT 1) TO " + q(filepath.Join(dir, "p.csv")),
		"EXPLAIN ANALYZE COPY (SELECT 1) TO " + q(filepath.Join(dir, "ea.csv")),
		"SELECT * FROM enable_logging(storage = 'file', storage_path = " + q(filepath.Join(dir, "logs")) + ")",
		"SET autoinstall_known_extensions = true",
		"SET enable_external_access = true",
		"PRAGMA profiling_output = " + q(filepath.Join(dir, "prof.json")),
		"IMPORT DATABASE " + q(dir),
	} {
		// One read-only session runs them all, as one eventline sql call would; the first is also
		// run through the whole command.
		if err := readOnly(stmt); err == nil {
			t.Errorf("%s: ran without --write", stmt)
		}
	}
	if r := run(t, db, "", "sql", "COPY (SELECT 'x') TO "+q(db)); r.code != 1 || !strings.Contains(r.err, "add --write") {
		t.Errorf("COPY over the database through the command: %+v", r)
	}
	// Through a hard link to the open database, which DuckDB sees as another file.
	linkDir := t.TempDir()
	link := filepath.Join(linkDir, "link.duckdb")
	if err := os.Link(db, link); err == nil {
		for _, stmt := range []string{
			"ATTACH " + q(link) + " AS l (READ_WRITE); DELETE FROM l.prices",
			"ATTACH " + q(link) + " AS l; DELETE FROM l.prices",
			"ATTACH " + q(link) + " AS l; CREATE TABLE l.x AS SELECT 1",
		} {
			if err := readOnly(stmt); err == nil {
				t.Errorf("%s: ran without --write", stmt)
			}
		}
	}
	// The same through one script, the shell on a pipe, and after an ATTACH that reads.
	r := run(t, db, "ATTACH "+q(other)+" AS o;\nDELETE FROM o.prices;\nCOPY (SELECT 1) TO "+q(filepath.Join(dir, "s.csv"))+";\n", "sql")
	if r.code == 0 {
		t.Errorf("script: %+v", r)
	}
	after, _ := os.ReadFile(db)
	if string(before) != string(after) {
		t.Error("the database file changed")
	}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		switch e.Name() {
		case "e.duckdb", "other.duckdb", "VMW.csv", "CTXS.csv":
		default:
			t.Errorf("sql without --write left %s", e.Name())
		}
	}
	if ents, _ := os.ReadDir(home); len(ents) != 0 {
		t.Errorf("sql without --write wrote into $HOME: %v", ents)
	}
	r = run(t, other, "", "sql", "--format", "csv", "SELECT count(*) AS n FROM prices")
	if r.out != "n\n3\n" {
		t.Errorf("the attached database changed: %+v", r)
	}
	// Reading stays allowed: local files, another database read-only, variables, EXPLAIN.
	for _, stmt := range []string{
		"SELECT count(*) FROM read_csv(" + q(filepath.Join(dir, "VMW.csv")) + ")",
		"SELECT * FROM " + q(filepath.Join(dir, "VMW.csv")),
		"ATTACH " + q(other) + " AS r1 (READ_ONLY); SELECT count(*) FROM r1.prices; DETACH r1",
		"ATTACH " + q(other) + " AS r2; SELECT count(*) FROM r2.prices; DETACH r2",
		"SET VARIABLE x = 1; SELECT getvariable('x')",
		"EXPLAIN SELECT * FROM prices",
		"EXPLAIN ANALYZE SELECT count(*) FROM prices",
		"SUMMARIZE prices",
		"DESCRIBE prices",
		"PRAGMA table_info('prices')",
		"CALL pragma_version()",
		"BEGIN; SELECT 1; COMMIT",
		"SELECT 'COPY x TO y' AS s",
	} {
		if err := readOnly(stmt); err != nil {
			t.Errorf("%s: refused: %v", stmt, err)
		}
	}
	// With --write it is the user's call (in a process of its own: close this one's first).
	sess.Close()
	st.Close()
	if r := run(t, db, "", "sql", "--write", "COPY (SELECT 1 AS a) TO "+q(filepath.Join(dir, "w.csv"))); r.code != 0 {
		t.Errorf("--write COPY: %+v", r)
	}
}

func TestShellHistoryIsPrivate(t *testing.T) {
	dir := t.TempDir()
	hist := filepath.Join(dir, "hist")
	if err := preparePrivateFile(hist); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(hist)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("history mode %v %v", fi.Mode(), err)
	}
	os.Chmod(hist, 0o644)
	preparePrivateFile(hist)
	if fi, _ := os.Stat(hist); fi.Mode().Perm() != 0o600 {
		t.Fatalf("existing history left %v", fi.Mode())
	}
}

func TestReportRerunRemovesStaleCharts(t *testing.T) {
	db := demoDB(t)
	out := filepath.Join(t.TempDir(), "report")
	if r := run(t, db, "", "report", "--out", out, "--ticker", "VMW,CTXS"); r.code != 0 {
		t.Fatalf("report: %+v", r)
	}
	if _, err := os.Stat(filepath.Join(out, "charts", "CTXS.png")); err != nil {
		t.Fatal(err)
	}
	// The old flag name still works; the rerun for VMW alone leaves no CTXS chart behind.
	if r := run(t, db, "", "report", "--out", out, "--tickers", "VMW"); r.code != 0 || strings.Contains(r.out, ".eventline-staging") {
		t.Fatalf("rerun: %+v", r)
	}
	if _, err := os.Stat(filepath.Join(out, "charts", "CTXS.png")); !os.IsNotExist(err) {
		t.Fatalf("stale CTXS.png: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "charts", "VMW.png")); err != nil {
		t.Fatal(err)
	}
	// extract, which opens --db itself, refuses a CSV as the database too.
	csv := fixture(t, t.TempDir(), "my.csv", vmwCSV)
	note := fixture(t, t.TempDir(), "note.txt", "VMware rose 5% on 2007-08-21.\n")
	if r := run(t, csv, "", "extract", "--published", "2007-08-21", note); r.code != 2 {
		t.Fatalf("extract --db my.csv: %+v", r)
	}
}
