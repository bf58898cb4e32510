package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSeveralStatementsStayMachineReadable(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.duckdb")
	run(t, db, "", "ingest", "prices", fixture(t, dir, "VMW.csv", vmwCSV))
	script := "SELECT 1 AS a, 2 AS b;\nSELECT ticker FROM prices ORDER BY date LIMIT 2;\n"
	r := run(t, db, script, "sql", "--format", "json")
	var results []struct {
		Statement int              `json:"statement"`
		SQL       string           `json:"sql"`
		Rows      []map[string]any `json:"rows"`
	}
	if err := json.Unmarshal([]byte(r.out), &results); err != nil || len(results) != 2 ||
		results[1].Statement != 2 || len(results[1].Rows) != 2 || results[0].Rows[0]["b"] != float64(2) {
		t.Fatalf("json: %v %+v", err, r)
	}
	r = run(t, db, script, "sql", "--format", "csv")
	if r.out != "# 1: SELECT 1 AS a, 2 AS b\na,b\n1,2\n\n# 2: SELECT ticker FROM prices ORDER BY date LIMIT 2\nticker\nVMW\nVMW\n" {
		t.Fatalf("csv: %q", r.out)
	}
	r = run(t, db, script, "sql", "--format", "markdown")
	if !strings.Contains(r.out, "| 1 | 2 |\n\n| ticker |") {
		t.Fatalf("markdown: %q", r.out)
	}
	r = run(t, db, script, "sql", "--format", "jsonl")
	if r.out != "{\"a\":1,\"b\":2}\n{\"ticker\":\"VMW\"}\n{\"ticker\":\"VMW\"}\n" {
		t.Fatalf("jsonl: %q", r.out)
	}
	r = run(t, db, script, "sql")
	if r.out != "a\tb\n1\t2\n\nticker\nVMW\nVMW\n" {
		t.Fatalf("tsv: %q", r.out)
	}
	// One statement: just its rows.
	r = run(t, db, "", "sql", "--format", "json", "SELECT 1 AS a")
	if strings.TrimSpace(r.out) != "[\n  {\"a\":1}\n]" {
		t.Fatalf("one statement json: %q", r.out)
	}
}

func TestDotCommandsEverywhere(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.duckdb")
	run(t, db, "", "ingest", "prices", fixture(t, dir, "VMW.csv", vmwCSV))
	// From a pipe, as echo .tables | eventline sql.
	r := run(t, db, ".tables\n", "sql")
	if r.code != 0 || !strings.Contains(r.out, "prices\tBASE TABLE") {
		t.Fatalf(".tables from a pipe: %+v", r)
	}
	// .read, .output, .headers, .timer, .mode in a script; .read runs the file's dot commands too.
	inner := fixture(t, dir, "inner.sql", ".mode csv\nSELECT count(*) AS n FROM prices;\n")
	outFile := filepath.Join(dir, "out.csv")
	r = run(t, db, ".timer on\n.read "+inner+"\n.headers off\n.output "+outFile+"\nSELECT ticker FROM prices LIMIT 1;\n.output\nSELECT 'back' AS w;\n", "sql")
	if r.code != 0 || !strings.Contains(r.out, "n\n3\n") || !strings.Contains(r.out, "back") || strings.Contains(r.out, "VMW") {
		t.Fatalf("script: %+v", r)
	}
	if b, _ := os.ReadFile(outFile); !strings.HasSuffix(string(b), "\nVMW\n") && string(b) != "VMW\n" || strings.Contains(string(b), "\nticker\n") {
		t.Fatalf(".output file: %q", b)
	}
	if strings.Count(r.err, "Run Time: ") != 3 {
		t.Fatalf(".timer: %q", r.err)
	}
	// A bad dot command in a script is an error (exit 1); in the shell it is reported.
	if r := run(t, db, ".nope\n", "sql"); r.code != 1 || !strings.Contains(r.err, "unknown command .nope") {
		t.Fatalf(".nope: %+v", r)
	}
}

func TestShellMaxRowsAndHistory(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.duckdb")
	run(t, db, "", "ingest", "prices", fixture(t, dir, "VMW.csv", vmwCSV))
	ios, in, out, _ := TestIO()
	ios.SetStdoutTTY(true)
	ios.SetTerminalWidth(100)
	in.WriteString(".maxrows 2\nSELECT *\n  FROM range(10);\n")
	if code := Main(t.Context(), []string{"--db", db, "sql"}, ios); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out.String(), "10 rows, 2 shown") {
		t.Fatalf(".maxrows 2:\n%s", out.String())
	}
	// A statement typed over several lines is one history entry.
	rec := &recordingReader{lines: []string{"SELECT 'a  b', -- two spaces", "  1 AS one;", ".quit"}}
	sh := &shell{errOut: &strings.Builder{}, out: &strings.Builder{}, stdout: &strings.Builder{}, headers: true, maxRows: -1, interactive: true}
	st, err := (&factory{IO: ios, dbFlag: db}).OpenStore(t.Context(), true)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if sh.sess, err = openSession(t.Context(), st.DB, true); err != nil {
		t.Fatal(err)
	}
	defer sh.sess.Close()
	sh.run(t.Context(), rec)
	if len(rec.saved) != 2 || rec.saved[0] != "SELECT 'a  b', 1 AS one;" || rec.saved[1] != ".quit" {
		t.Fatalf("history: %q", rec.saved)
	}
}

type recordingReader struct {
	lines []string
	saved []string
}

func (r *recordingReader) Readline() (string, error) {
	if len(r.lines) == 0 {
		return "", os.ErrClosed
	}
	l := r.lines[0]
	r.lines = r.lines[1:]
	return l, nil
}
func (r *recordingReader) SetPrompt(string)           {}
func (r *recordingReader) SaveHistory(s string) error { r.saved = append(r.saved, s); return nil }
func (r *recordingReader) Close() error               { return nil }
