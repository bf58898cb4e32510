package extract

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/eventline/eventline/data/articles"
	"github.com/eventline/eventline/data/directory"
	"github.com/eventline/eventline/data/eventeval/corpus"
	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/shared"
)

// linkScore is the ticker linking of a corpus against its gold tickers, per document.
type linkScore struct {
	linked, correct, gold, found int
	wrong                        map[string]int // "source ticker name" of links not among the gold
	missed                       map[string]int
}

func (s linkScore) precision() float64 { return float64(s.correct) / float64(max(s.linked, 1)) }
func (s linkScore) recall() float64    { return float64(s.found) / float64(max(s.gold, 1)) }

// readReuters reads the Reuters development set through package corpus, as eval events does.
func readReuters(t testing.TB, dir string) []corpus.Doc {
	t.Helper()
	docs, err := corpus.Read(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// scoreLinks links every document as Extract does (body sentences, then the title) and scores
// the distinct tickers linked per document against the gold ones. Companies cited as an analyst's
// employer are left out: they are sources of the news, which Reuters did not tag.
func scoreLinks(cos *Companies, docs []corpus.Doc) linkScore {
	s := linkScore{wrong: map[string]int{}, missed: map[string]int{}}
	for _, d := range docs {
		links := cos.Article(d.Article.Published, nil)
		var ms []CompanyMention
		for _, sp := range sentences(d.Article.Body) {
			text := d.Article.Body[sp.start:sp.end]
			ms = append(ms, links.find(text, tokenize(text), false)...)
		}
		ms = append(ms, links.find(d.Article.Title, tokenize(d.Article.Title), true)...)
		linked := map[string]CompanyMention{}
		for _, m := range ms {
			if m.Ticker != "" && !m.Cited {
				linked[m.Ticker] = m
			}
		}
		for tk, m := range linked {
			s.linked++
			if slices.Contains(d.Gold.Tickers, tk) {
				s.correct++
			} else {
				s.wrong[m.Source+" "+tk+" "+m.Text]++
			}
		}
		for _, tk := range d.Gold.Tickers {
			s.gold++
			if _, ok := linked[tk]; ok {
				s.found++
			} else {
				s.missed[tk]++
			}
		}
	}
	return s
}

// scoreEventTickers extracts every document and scores the distinct tickers of its events.
func scoreEventTickers(cos *Companies, docs []corpus.Doc) linkScore {
	s := linkScore{wrong: map[string]int{}, missed: map[string]int{}}
	x := &Extractor{Companies: cos}
	for _, d := range docs {
		r := x.Extract(d.Article)
		linked := map[string]bool{}
		for _, e := range r.Events {
			for _, tk := range e.Tickers {
				if !linked[tk] {
					linked[tk] = true
					s.linked++
					if slices.Contains(d.Gold.Tickers, tk) {
						s.correct++
					} else {
						s.wrong[string(e.Type)+" "+tk]++
					}
				}
			}
		}
		for _, tk := range d.Gold.Tickers {
			s.gold++
			if linked[tk] {
				s.found++
			}
		}
	}
	return s
}

func top(m map[string]int, n int) string {
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range m {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v || kvs[i].v == kvs[j].v && kvs[i].k < kvs[j].k })
	var b strings.Builder
	for i := 0; i < len(kvs) && i < n; i++ {
		fmt.Fprintf(&b, "\n\t%s ×%d", kvs[i].k, kvs[i].v)
	}
	return b.String()
}

// TestReutersTickerLinking measures linking on the Reuters-21578 development set (1987 newswire
// with the tickers Reuters wrote after company names): the share of linked tickers that are gold
// tickers of their document, and the share of gold tickers linked, with the embedded directory and
// the seed only, then with the set's aliases.csv loaded as the user's aliases.
func TestReutersTickerLinking(t *testing.T) {
	dir := shared.Dir(t, "data/news/reuters-train")
	docs := readReuters(t, dir)
	ctx := context.Background()
	st, err := store.Open(ctx, "", store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	base, err := LoadCompanies(ctx, st.DB)
	if err != nil {
		t.Fatal(err)
	}
	seed := seedAliases(t, st)
	user, err := ReadAliases(filepath.Join(dir, "aliases.csv"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := directory.Load()
	if err != nil {
		t.Fatal(err)
	}
	withUser := NewDirectoryCompanies(d, append(seed, user...))
	for _, run := range []struct {
		name         string
		cos          *Companies
		minPrecision float64
		minRecall    float64
	}{
		{"directory and seed", base, 0.30, 0},
		{"with aliases.csv", withUser, 0.70, 0.65},
	} {
		s := scoreLinks(run.cos, docs)
		t.Logf("%s: %d documents, ticker precision %.3f (%d of %d linked), recall %.3f (%d of %d gold)",
			run.name, len(docs), s.precision(), s.correct, s.linked, s.recall(), s.found, s.gold)
		if testing.Verbose() {
			t.Logf("most frequent links not among the gold tickers:%s", top(s.wrong, 25))
		}
		ev := scoreEventTickers(run.cos, docs)
		t.Logf("%s: event tickers: precision %.3f (%d of %d), recall %.3f (%d of %d gold)",
			run.name, ev.precision(), ev.correct, ev.linked, ev.recall(), ev.found, ev.gold)
		if testing.Verbose() {
			t.Logf("most frequent event tickers not among the gold tickers:%s", top(ev.wrong, 15))
		}
		if s.precision() < run.minPrecision || s.recall() < run.minRecall {
			t.Errorf("%s: precision %.3f (want >= %.2f), recall %.3f (want >= %.2f)", run.name, s.precision(), run.minPrecision, s.recall(), run.minRecall)
		}
	}
}

func seedAliases(t *testing.T, st *store.Store) []Alias {
	t.Helper()
	rows, err := st.DB.Query(`SELECT alias, name, coalesce(ticker, ''), coalesce(exchange, ''), origin FROM aliases`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []Alias
	for rows.Next() {
		var a Alias
		if err := rows.Scan(&a.Alias, &a.Name, &a.Ticker, &a.Exchange, &a.Origin); err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// BenchmarkExtractReuters extracts the Reuters development set with the full directory loaded
// (bytes are the titles and bodies), and with the seed aliases only, to show what linking against
// 40,000 names costs.
func BenchmarkExtractReuters(b *testing.B) {
	t := &testing.T{}
	dir := shared.Dir(b, "data/news/reuters-train")
	docs := readReuters(b, dir)
	ctx := context.Background()
	st, err := store.Open(ctx, "", store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	full, err := LoadCompanies(ctx, st.DB)
	if err != nil {
		b.Fatal(err)
	}
	var arts []articles.Article
	var size int64
	for _, d := range docs {
		arts = append(arts, d.Article)
		size += int64(len(d.Article.Title) + len(d.Article.Body))
	}
	for _, run := range []struct {
		name string
		cos  *Companies
	}{{"directory", full}, {"seed", NewCompanies(seedAliases(t, st))}} {
		b.Run(run.name, func(b *testing.B) {
			x := &Extractor{Companies: run.cos}
			b.SetBytes(size)
			cpu := cpuTime()
			for range b.N {
				for _, a := range arts {
					x.Extract(a)
				}
			}
			// CPU time, which a machine shared with other work disturbs less than wall time.
			b.ReportMetric(float64(size)*float64(b.N)/(cpuTime()-cpu).Seconds()/1e6, "MB/cpu-s")
		})
		b.Run(run.name+"/links-only", func(b *testing.B) {
			b.SetBytes(size)
			cpu := cpuTime()
			defer func() {
				b.ReportMetric(float64(size)*float64(b.N)/(cpuTime()-cpu).Seconds()/1e6, "MB/cpu-s")
			}()
			for range b.N {
				for _, a := range arts {
					links := run.cos.Article(a.Published, nil)
					for _, sp := range sentences(a.Body) {
						text := a.Body[sp.start:sp.end]
						links.find(text, tokenize(text), false)
					}
				}
			}
		})
	}
}

// cpuTime is the process's user and system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
