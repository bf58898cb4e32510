// Command extract benchmarks article extraction: it generates a news-like corpus (fixed seed) as
// JSON Lines at three sizes and times `eventline extract` on one core (GOMAXPROCS=1) over each,
// with the child's peak memory, so that throughput (MB of article text per second) and whether
// memory stays flat as the corpus grows can be read off one run. It times extract again on every
// core over the largest size, for the speed-up of the ordered parallel pipeline, and `eventline
// ingest articles` on the largest size, for the cost of storing what was found. With -aliases,
// the aliases of that CSV are loaded into a database first and every run matches against them.
//
// Two one-core baselines are timed for the speed-ups. GOMAXPROCS=1 holds Go (reading, extraction,
// the writer) to one core but leaves DuckDB's own threads free to run on another: the figure the
// project's history was measured against. "One CPU" runs the whole process, DuckDB's threads
// included, on one CPU (taskset -c 0, GOMAXPROCS=1 too): what "N cores against one" means. Where
// taskset is missing, the one-CPU rows are left out and said to be.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/eventline/eventline/bench/universe"
)

func main() {
	dir := flag.String("dir", "bench/out/articles", "where the generated corpus goes")
	n := flag.Int("articles", 10000, "articles in the largest corpus")
	runs := flag.Int("runs", 3, "repetitions (minimum and median are reported)")
	bin := flag.String("eventline", "", "eventline binary to measure (default: the current code, built into bench/out/eventline)")
	aliases := flag.String("aliases", "", "an aliases CSV to match against (default: the built-in aliases)")
	flag.Parse()
	if err := run(*dir, *n, *runs, *bin, *aliases); err != nil {
		fmt.Fprintln(os.Stderr, "bench/extract:", err)
		os.Exit(1)
	}
}

type measure struct {
	wall time.Duration
	cpu  time.Duration // user and system time of the child: what a machine busy with other work disturbs least
	rss  int64         // KiB
}

// runner says how a child runs: its extra environment, and a command it runs under (taskset).
type runner struct {
	env    []string
	prefix []string
}

// Go on one core; DuckDB's threads not held.
var goOneCore = runner{env: []string{"GOMAXPROCS=1"}}

// oneCPU is the runner that holds the whole process to one CPU, and whether this system has one.
func oneCPU() (runner, bool) {
	taskset, err := exec.LookPath("taskset")
	if err != nil {
		return runner{}, false
	}
	return runner{env: goOneCore.env, prefix: []string{taskset, "-c", "0"}}, true
}

func (r runner) time(name string, args ...string) (measure, error) {
	if len(r.prefix) > 0 {
		args = append(append(append([]string{}, r.prefix[1:]...), name), args...)
		name = r.prefix[0]
	}
	return timeChild(r.env, name, args...)
}

func timeChild(env []string, name string, args ...string) (measure, error) {
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout = nil // discarded: the benchmark measures extraction, not a terminal
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return measure{}, fmt.Errorf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	m := measure{wall: time.Since(start), cpu: cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		m.rss = ru.Maxrss
	}
	return m, nil
}

func run(dir string, n, runs int, bin, aliases string) error {
	if runs < 1 {
		return fmt.Errorf("-runs %d: at least one run is needed", runs)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	sizes := []int{n / 4, n / 2, n}
	files := make([]string, len(sizes))
	textBytes := make([]int64, len(sizes))
	for i, size := range sizes {
		files[i] = filepath.Join(dir, fmt.Sprintf("news-%d.jsonl", size))
		b, err := ensureCorpus(files[i], size)
		if err != nil {
			return err
		}
		textBytes[i] = b
	}
	bin, err := universe.BuildEventline(bin)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "extract-bench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	absent := filepath.Join(tmp, "none.duckdb") // extract then uses the built-in aliases in memory
	seed := func(db string) error {
		if aliases == "" {
			return nil
		}
		_, err := timeChild(nil, bin, "--db", db, "ingest", "aliases", aliases)
		return err
	}
	if aliases != "" {
		absent = filepath.Join(tmp, "aliases.duckdb")
		if err := seed(absent); err != nil {
			return err
		}
	}
	cpu1, pinned := oneCPU()
	// Start-up alone (process, database, company directory): extract over one short article
	// (an empty file is refused).
	empty := filepath.Join(tmp, "one.jsonl")
	if err := os.WriteFile(empty, []byte(`{"title":"Note","published":"2007-08-14","body":"Nothing."}`+"\n"), 0o644); err != nil {
		return err
	}
	var startup []measure
	start := loadAverage()

	largest := files[len(files)-1]
	// Rows: extract with GOMAXPROCS=1 per size, then over the largest: extract on every core and
	// on one CPU, ingest on every core, with GOMAXPROCS=1 and on one CPU.
	type row struct {
		name   string
		bytes  int64
		ingest bool
		run    runner
		file   string
		ms     []measure
	}
	var rowsOf []*row
	for i, f := range files {
		rowsOf = append(rowsOf, &row{name: fmt.Sprintf("extract (GOMAXPROCS=1), %d articles", sizes[i]), bytes: textBytes[i], run: goOneCore, file: f})
	}
	size, bytes := sizes[len(sizes)-1], textBytes[len(sizes)-1]
	extractOne := rowsOf[len(rowsOf)-1]
	extractAll := &row{name: fmt.Sprintf("extract (%d cores), %d", runtime.NumCPU(), size), bytes: bytes, file: largest}
	extractCPU := &row{name: fmt.Sprintf("extract (1 CPU), %d", size), bytes: bytes, run: cpu1, file: largest}
	ingestAll := &row{name: fmt.Sprintf("ingest articles (%d cores), %d", runtime.NumCPU(), size), bytes: bytes, ingest: true, file: largest}
	ingestOne := &row{name: fmt.Sprintf("ingest articles (GOMAXPROCS=1), %d", size), bytes: bytes, ingest: true, run: goOneCore, file: largest}
	ingestCPU := &row{name: fmt.Sprintf("ingest articles (1 CPU), %d", size), bytes: bytes, ingest: true, run: cpu1, file: largest}
	rowsOf = append(rowsOf, extractAll)
	if pinned {
		rowsOf = append(rowsOf, extractCPU)
	}
	rowsOf = append(rowsOf, ingestAll, ingestOne)
	if pinned {
		rowsOf = append(rowsOf, ingestCPU)
	}
	for r := 0; r < runs; r++ {
		m, err := goOneCore.time(bin, "--db", absent, "extract", empty)
		if err != nil {
			return err
		}
		startup = append(startup, m)
		for _, w := range rowsOf {
			if !w.ingest {
				m, err := w.run.time(bin, "--db", absent, "extract", w.file)
				if err != nil {
					return err
				}
				w.ms = append(w.ms, m)
				continue
			}
			db := filepath.Join(tmp, fmt.Sprintf("ingest%d.duckdb", r))
			if err := seed(db); err != nil {
				return err
			}
			m, err := w.run.time(bin, "--db", db, "ingest", "articles", w.file)
			if err != nil {
				return err
			}
			w.ms = append(w.ms, m)
			os.Remove(db)
			os.Remove(db + ".wal")
		}
	}
	fmt.Printf("load average at the start: %s\n", start)
	fmt.Printf("%-40s %8s %8s %9s %9s %10s %12s\n", "run", "min", "median", "MB/s", "min CPU", "MB/CPU-s", "peak RSS")
	minOf := func(w *row) float64 {
		m := w.ms[0].wall
		for _, x := range w.ms {
			m = min(m, x.wall)
		}
		return m.Seconds()
	}
	for _, w := range rowsOf {
		walls := make([]float64, len(w.ms))
		var rss int64
		cpu := w.ms[0].cpu
		for k, m := range w.ms {
			walls[k] = m.wall.Seconds()
			rss = max(rss, m.rss)
			cpu = min(cpu, m.cpu)
		}
		sort.Float64s(walls)
		fmt.Printf("%-40s %7.2fs %7.2fs %9.1f %8.2fs %10.1f %8.0f MiB\n", w.name, walls[0], walls[len(walls)/2],
			float64(w.bytes)/1e6/walls[0], cpu.Seconds(), float64(w.bytes)/1e6/cpu.Seconds(), float64(rss)/1024)
	}
	su := startup[0]
	for _, m := range startup {
		if m.cpu < su.cpu {
			su = m
		}
	}
	fmt.Printf("start-up (extract of one short article, GOMAXPROCS=1): %.2fs wall, %.2fs CPU, %.0f MiB\n", su.wall.Seconds(), su.cpu.Seconds(), float64(su.rss)/1024)
	fmt.Printf("article text: %.1f MB in the largest corpus\n", float64(bytes)/1e6)
	// Two baselines (see the package comment): GOMAXPROCS=1, as the history was measured, leaves
	// DuckDB's threads a second core; one CPU holds the whole process to one.
	ratios := func(what string, all, one, onecpu *row) {
		fmt.Printf("%s on %d cores is %.2fx GOMAXPROCS=1", what, runtime.NumCPU(), minOf(one)/minOf(all))
		if pinned {
			fmt.Printf(", %.2fx one CPU\n", minOf(onecpu)/minOf(all))
		} else {
			fmt.Printf(" (one CPU not measured: no taskset)\n")
		}
	}
	ratios("extract", extractAll, extractOne, extractCPU)
	ratios("ingest articles", ingestAll, ingestOne, ingestCPU)
	// The start-up runs before the first article on one goroutine (the directory's build; the
	// database's opening beside it), so it bounds what more cores can gain (Amdahl).
	if one := minOf(extractOne); one > 0 {
		s := min(su.wall.Seconds()/one, 1)
		n := float64(runtime.NumCPU())
		fmt.Printf("serial part: start-up is %.0f%% of the one-core run, which bounds %d cores at %.2fx\n", 100*s, runtime.NumCPU(), 1/(s+(1-s)/n))
	}
	fmt.Printf("load average at the end: %s\n", loadAverage())
	return nil
}

// loadAverage is the system's load average over 1, 5 and 15 minutes, for the record: on a shared
// machine wall times mean little without it.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

// ensureCorpus writes n generated articles as JSON Lines unless the file exists, and returns the
// bytes of article text (titles and bodies) in it.
func ensureCorpus(path string, n int) (int64, error) {
	rng := rand.New(rand.NewPCG(7, 11))
	var text int64
	var b strings.Builder
	arts := make([]article, n)
	for i := range arts {
		arts[i] = generate(rng, i)
		text += int64(len(arts[i].Title) + len(arts[i].Body))
	}
	if _, err := os.Stat(path); err == nil {
		return text, nil
	}
	fmt.Fprintf(os.Stderr, "generating %d articles into %s\n", n, path)
	for _, a := range arts {
		line, err := json.Marshal(a)
		if err != nil {
			return 0, err
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return text, os.WriteFile(path, []byte(b.String()), 0o644)
}

type article struct {
	Title     string `json:"title"`
	Published string `json:"published"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Body      string `json:"body"`
}

var (
	companies = []string{"VMware", "EMC", "Citrix", "XenSource", "Microsoft", "Novell", "Red Hat", "Dell",
		"Sun Microsystems", "Google", "Oracle", "IBM", "Hewlett-Packard", "Intel", "Cisco", "Qumranet",
		"Virtual Iron", "Parallels", "Acme Robotics", "Northwind Traders"}
	months = []string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"}
	relative = []string{"yesterday", "today", "last week", "two weeks ago", "nine months ago", "last month",
		"earlier this year", "next year", "on Monday", "on Friday", "this quarter", "the third quarter"}
	templates = []string{
		"%[1]s said %[3]s it agreed to acquire %[2]s for $%[4]d million in cash.",
		"On %[5]d %[6]s %[7]d, %[1]s announced a partnership with %[2]s.",
		"Shares of %[1]s rose %[8]d%% %[3]s, closing at $%[9]d.%[10]02d.",
		"%[1]s expects revenue to grow about %[8]d%% in %[7]d, according to the company.",
		"Analysts at a large bank upgraded %[1]s %[3]s, citing demand for its products.",
		"%[1]s unveiled a new version of its software in %[6]s %[7]d.",
		"The chief executive of %[1]s resigned %[3]s and was replaced by a former %[2]s executive.",
		"%[1]s stock fell %[8]d%% after the company warned that %[2]s had cut prices.",
		"In a court filing %[3]s, %[1]s sued %[2]s over a patent it says was infringed.",
		"Customers said the new release from %[1]s works well with systems made by %[2]s.",
		"The company plans to ship the product before the end of %[6]s, a spokesman said.",
		"Industry watchers expect more consolidation as smaller vendors look for buyers.",
	}
)

// background are sentences that tell no event: context, quotes, descriptions. Real business news
// has many of them: in the seed corpus (virtualization.info, 2007) 56% of sentences carry an event
// trigger and in Reuters-21578 35%, where the event templates alone gave 96%. %[1]s is a company
// (some name one, as real background does), %[2]s a month, %[3]d a number; fill writes them.
var background = []string{
	"The market for data centre software has been crowded for years, and buyers often run products from several vendors side by side.",
	"%[1]s sells mostly to large enterprises through resellers, and a good part of its business comes from support contracts.",
	"Most customers still test new releases for several months before they put them into production, according to people who run such systems.",
	"\"We are seeing a lot of interest from customers who want to consolidate their servers,\" a product manager at %[1]s said in an interview.",
	"The %[1]s product runs on standard hardware and can be managed from a single console, which administrators say saves them time.",
	"%[1]s has about %[3]d employees in offices across North America, Europe and Asia, and its headquarters are in California.",
	"Pricing for the standard edition has not changed, and volume discounts remain available to customers with large deployments.",
	"Several open source projects offer what %[1]s does, though many companies prefer a vendor that answers the phone at night.",
	"The conference drew a large crowd this year, with sessions on storage, networking and the management of many machines at once.",
	"Observers note that the gap between the leading products has narrowed, and that features once sold separately now come bundled.",
	"A white paper published on the %[1]s website describes the design in more detail for those who want to read it.",
	"Analysts who follow the sector say demand depends on how quickly large companies refresh their hardware in %[2]s and after.",
}

// generate writes one article of six to fourteen sentences in three to five paragraphs: event
// sentences from templates and background sentences in about equal numbers.
func generate(rng *rand.Rand, i int) article {
	pick := func(list []string) string { return list[rng.IntN(len(list))] }
	year := 2005 + rng.IntN(6)
	pub := time.Date(year, time.Month(1+rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC)
	var paras []string
	var para []string
	sentences := 6 + rng.IntN(9)
	for s := 0; s < sentences; s++ {
		a, b := pick(companies), pick(companies)
		if s > 0 && rng.IntN(2) == 0 {
			para = append(para, fill(pick(background), a, pick(months), 100*(1+rng.IntN(90))))
		} else {
			para = append(para, fill(pick(templates), a, b, pick(relative), 50+rng.IntN(2000), 1+rng.IntN(28),
				pick(months), 2004+rng.IntN(7), 1+rng.IntN(40), 10+rng.IntN(90), rng.IntN(100)))
		}
		if len(para) >= 2+rng.IntN(3) {
			paras = append(paras, strings.Join(para, " "))
			para = nil
		}
	}
	if len(para) > 0 {
		paras = append(paras, strings.Join(para, " "))
	}
	return article{
		Title:     fmt.Sprintf("%s and %s: news item %d", pick(companies), pick(companies), i),
		Published: pub.Format("2006-01-02"),
		Source:    "generated",
		URL:       fmt.Sprintf("https://example.org/generated/%d", i),
		Body:      strings.Join(paras, "\n\n"),
	}
}

// fill writes a sentence that may use any of its values or none (fmt.Sprintf would append the
// unused ones as "%!(EXTRA ...)", as the generator's first corpus had in 60% of its articles).
// The values are numbered from 1 in the verbs; a two-digit %02d is the only width used.
func fill(s string, values ...any) string {
	pairs := []string{"%%", "%"}
	for i, v := range values {
		verb := "s"
		if _, ok := v.(int); ok {
			verb = "d"
			pairs = append(pairs, fmt.Sprintf("%%[%d]02d", i+1), fmt.Sprintf("%02d", v))
		}
		pairs = append(pairs, fmt.Sprintf("%%[%d]%s", i+1, verb), fmt.Sprint(v))
	}
	return strings.NewReplacer(pairs...).Replace(s)
}
