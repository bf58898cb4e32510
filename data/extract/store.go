package extract

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/eventline/eventline/data/articles"
	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/timex"
	"github.com/eventline/eventline/internal/rows"
)

// Querier is what loading needs: a *sql.DB or *sql.Tx.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// LoadAnchors reads the events that relative dates may be anchored to: every curated event, and
// extracted events whose day came from an absolute date. Their terms are their companies, their
// tickers' names and the companies their headline names.
func LoadAnchors(ctx context.Context, db Querier, cos *Companies) ([]timex.Anchor, error) {
	rows, err := db.QueryContext(ctx, `
		SELECT e.event_id, e.date, e.type, e.headline, coalesce(e.companies, []::VARCHAR[]),
			coalesce(list(t.ticker ORDER BY t.ticker) FILTER (WHERE t.ticker IS NOT NULL), []::VARCHAR[])
		FROM events e LEFT JOIN event_tickers t USING (event_id)
		WHERE e.status = 'occurred' AND (e.origin = 'curated'
			OR (e.granularity = 'day' AND e.event_id IN (
				SELECT m.event_id FROM event_mentions m JOIN timexes x
				ON x.article_id = m.article_id AND m.date_text = x.text AND x.resolved_by = 'absolute')))
		GROUP BY ALL ORDER BY e.event_id`)
	if err != nil {
		return nil, fmt.Errorf("load anchors: %w", err)
	}
	defer rows.Close()
	var out []timex.Anchor
	for rows.Next() {
		var id int64
		var value, typ, headline string
		var companies, tickers []any
		if err := rows.Scan(&id, &value, &typ, &headline, &companies, &tickers); err != nil {
			return nil, fmt.Errorf("load anchors: %w", err)
		}
		out = append(out, Anchor(strconv.FormatInt(id, 10), value, events.Type(typ), headline, strs(companies), strs(tickers), cos))
	}
	return out, rows.Err()
}

// Anchor makes an anchor of an event.
func Anchor(id, value string, typ events.Type, headline string, companies, tickers []string, cos *Companies) timex.Anchor {
	terms := slices.Clone(companies)
	add := func(s string) {
		if s != "" && !slices.Contains(terms, s) {
			terms = append(terms, s)
		}
	}
	for _, t := range tickers {
		add(t)
		if co, ok := cos.Ticker(t); ok {
			add(co.Name)
		}
	}
	for _, m := range cos.Find(headline) {
		add(m.Name)
		add(m.Ticker)
	}
	return timex.Anchor{ID: id, Value: value, Type: string(typ), Terms: terms}
}

func strs(vs []any) []string {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// Summary counts the rows a Writer stored: articles (Replaced of them replace stored ones),
// timexes, event mentions (Events: a row of event_mentions each, so an event told by two
// sentences counts twice), events created (NewEvents) and claims.
type Summary struct {
	Articles, Replaced, Timexes, Events, NewEvents, Claims int
}

// Per-article caps on findings. A real article, even a long one, has a few hundred dates and a
// few dozen events and claims; an article past these is a list or a machine's output (one
// 50 MB article repeated a sentence into half a million claims and mentions of one event).
// What is past a cap is left out, with a warning naming the article.
const (
	MaxTimexes  = 2000
	MaxMentions = 1000 // event mentions: an event whose every mention is past the cap is not stored
	MaxClaims   = 1000
)

// Writer stores extraction results in one transaction. Rows are gathered in memory and written
// in multi-row statements every few hundred articles: row-at-a-time inserts cost DuckDB far more
// than the extraction itself. Events told by several articles are stored once with a mention per
// sentence: a new event joins a stored event of the same type and status that shares a company
// and whose period holds its date, or holds it (see Same). A curated event gains mentions but keeps
// its own date, headline and companies.
type Writer struct {
	tx      *sql.Conn // in a transaction the caller began
	Summary Summary
	// Warnings name the articles whose findings were cut to the caps.
	Warnings []articles.Warning
	// IngestID is the ingest's commit marker (store.BeginIngest), stamped on the tickers it adds to
	// events stored before it: they have no id above its marks, and opening removes them by this
	// one if the ingest never commits. Zero stamps nothing.
	IngestID int64

	known    []storedEvent
	byKey    map[string][]int // type|company or type|ticker -> indexes into known
	seen     []int            // per known event, the last event call that compared it (visit)
	visit    int
	windows  []window         // per known event, its period's window (see apart)
	dirty    map[int]bool     // indexes of stored events whose date or companies changed
	stored   map[string]int64 // "title|published" and "url|..." of stored articles
	replaced map[int64]bool   // stored articles that articles written since replace
	pending  int              // articles gathered since the last flush

	articles, timexes, mentions, claims, events, tickers *rows.Batch
	ids                                                  idBlocks
	// stream appends the rows of each flush on its own goroutine while the next articles are
	// gathered; it holds the connection until Close or Discard.
	stream *rows.Stream
}

type storedEvent struct {
	id      int64
	curated bool // mentions join a curated event, which keeps its own date and companies
	// row is the event's row in Writer.events when this writer made it (else -1), and tickers
	// the tickers it was made with: the row is written in Close, with what merged into it since.
	row     int
	tickers []string
	Event
}

// flushEvery is how many articles are gathered before their rows are written.
const flushEvery = 500

// NewWriter starts writing through conn, which must be in a transaction (BEGIN TRANSACTION), and
// reads the events and article keys already stored. Rows go in through DuckDB's appender, which
// appends within the connection's transaction.
func NewWriter(ctx context.Context, conn *sql.Conn) (*Writer, error) {
	w := &Writer{tx: conn, byKey: map[string][]int{}, dirty: map[int]bool{}, stored: map[string]int64{},
		replaced: map[int64]bool{}}
	w.articles = rows.NewBatch("articles", "article_id", "title", "published", "source", "url", "file", "format", "body")
	w.timexes = rows.NewBatch("timexes", "article_id", "start", "end", "text", "type", "value", "granularity", "mod", "resolved_by")
	w.mentions = rows.NewBatch("event_mentions", "event_id", "article_id", "sentence", "start", "end", "date_text")
	w.claims = rows.NewBatch("claims", "claim_id", "article_id", "event_id", "ticker", "date", "date_value", "metric", "op", "value", "unit", "text", "sentence")
	w.events = rows.NewBatch("events", "event_id", "date", "date_text", "granularity", "start_date", "end_date", "type", "status", "headline", "companies", "origin", "session", "release_time", "detail")
	w.tickers = rows.NewBatch("event_tickers", "event_id", "ticker")
	storedEvents, err := conn.QueryContext(ctx, `
		SELECT e.event_id, e.origin = 'curated', e.date,
			coalesce(e.date_text, CASE WHEN e.origin = 'curated' THEN 'curated' ELSE '' END),
			e.type, e.status, coalesce(e.companies, []::VARCHAR[]),
			coalesce(list(t.ticker) FILTER (WHERE t.ticker IS NOT NULL), []::VARCHAR[])
		FROM events e LEFT JOIN event_tickers t USING (event_id)
		GROUP BY ALL ORDER BY 2 DESC, 1`)
	if err != nil {
		return nil, fmt.Errorf("read stored events: %w", err)
	}
	defer storedEvents.Close()
	for storedEvents.Next() {
		var se storedEvent
		var value string
		var companies, tickers []any
		se.row = -1
		if err := storedEvents.Scan(&se.id, &se.curated, &value, &se.DateText, &se.Type, &se.Status, &companies, &tickers); err != nil {
			return nil, fmt.Errorf("read stored events: %w", err)
		}
		if se.Period, err = events.ParsePeriod(value); err != nil {
			continue
		}
		se.Companies, se.Tickers = strs(companies), strs(tickers)
		w.remember(se, eventKeys(se.Event))
	}
	if err := storedEvents.Err(); err != nil {
		return nil, fmt.Errorf("read stored events: %w", err)
	}
	arts, err := conn.QueryContext(ctx, `SELECT article_id, title, coalesce(strftime(published, '%Y-%m-%d'), ''), coalesce(url, '') FROM articles`)
	if err != nil {
		return nil, fmt.Errorf("read stored articles: %w", err)
	}
	defer arts.Close()
	for arts.Next() {
		var id int64
		var title, published, url string
		if err := arts.Scan(&id, &title, &published, &url); err != nil {
			return nil, fmt.Errorf("read stored articles: %w", err)
		}
		w.stored[articleKey(title, published)] = id
		if url != "" {
			w.stored["url|"+url] = id
		}
	}
	if err := arts.Err(); err != nil {
		return nil, fmt.Errorf("read stored articles: %w", err)
	}
	arts.Close()
	w.stream = rows.NewStream(ctx, conn)
	w.ids = idBlocks{stream: w.stream, seqs: map[string]*idSeq{}}
	return w, nil
}

// Discard stops the writer without writing what it gathered, once the append in progress ends.
// Call it (deferred) where an ingest can fail after NewWriter: the connection must be idle
// before the transaction is rolled back. After Close it does nothing.
func (w *Writer) Discard() { w.stream.Close() }

func articleKey(title, published string) string { return "title|" + published + "|" + title }

func (w *Writer) remember(se storedEvent, keys []string) {
	i := len(w.known)
	w.known = append(w.known, se)
	w.seen = append(w.seen, 0)
	w.windows = append(w.windows, windowOf(se.Period))
	for _, k := range keys {
		w.byKey[k] = append(w.byKey[k], i)
	}
}

// window is a period in Unix seconds, its start a month (31 days) early: Same joins two events
// only when one's period holds the other's or one is reported up to a month after the other,
// and either way their windows meet. Comparing windows first passes over most of the events
// stored under a key without comparing the events.
type window struct {
	from, to int64
	ok       bool // a period that starts before it ends, for which the above holds
}

func windowOf(p events.Period) window {
	return window{p.Start.Unix() - 31*24*3600, p.End.Unix(), !p.End.Before(p.Start)}
}

// apart says whether events of windows a and b cannot be the same. A second to spare at each
// end covers what Unix drops.
func apart(a, b window) bool {
	return a.ok && b.ok && (a.from > b.to+1 || b.from > a.to+1)
}

// eventKeys are the keys under which an event can meet its twin: every company and ticker, by type.
func eventKeys(e Event) []string {
	var keys []string
	for _, c := range e.Companies {
		keys = append(keys, string(e.Type)+"|c|"+c)
	}
	for _, t := range e.Tickers {
		keys = append(keys, string(e.Type)+"|t|"+t)
	}
	if len(keys) == 0 {
		keys = append(keys, string(e.Type)+"|none")
	}
	return keys
}

// Write gathers one article and its findings. An article already stored (the same title and
// publication date, or the same URL) is replaced with its findings, so re-ingesting does not
// duplicate. Close writes what is gathered.
func (w *Writer) Write(ctx context.Context, r Result) error {
	a := r.Article
	var published any
	pubKey := ""
	if !a.Published.IsZero() {
		published = a.Published
		pubKey = a.Published.Format("2006-01-02")
	}
	w.replace(a.Title, pubKey, a.URL)
	articleID, err := w.ids.next(ctx, "article_id_seq")
	if err != nil {
		return err
	}
	w.stored[articleKey(a.Title, pubKey)] = articleID
	if a.URL != "" {
		w.stored["url|"+a.URL] = articleID
	}
	w.articles.Add(articleID, a.Title, published, nullIfEmpty(a.Source), nullIfEmpty(a.URL), a.File, a.Format, a.Body)
	w.Summary.Articles++
	r = w.capped(r)
	for _, x := range r.Timexes {
		w.timexes.Add(articleID, int32(x.Start), int32(x.End), x.Text, x.Type, nullIfEmpty(x.Value), nullIfEmpty(x.Granularity),
			nullIfEmpty(x.Mod), x.ResolvedBy)
		w.Summary.Timexes++
	}
	ids := make([]int64, len(r.Events))
	for i, e := range r.Events {
		if len(e.Mentions) == 0 {
			ids[i] = -1 // past the cap on mentions
			continue
		}
		id, err := w.event(ctx, e)
		if err != nil {
			return fmt.Errorf("store article %q: %w", a.Title, err)
		}
		ids[i] = id
		for _, m := range e.Mentions {
			w.mentions.Add(id, articleID, m.Sentence, int32(m.Start), int32(m.End), nullIfEmpty(e.DateText))
			w.Summary.Events++
		}
	}
	for _, c := range r.Claims {
		var eventID, date any
		if c.Event >= 0 && ids[c.Event] >= 0 {
			eventID = ids[c.Event]
		}
		if d, err := time.Parse("2006-01-02", c.Date); err == nil {
			date = d
		}
		claimID, err := w.ids.next(ctx, "claim_id_seq")
		if err != nil {
			return err
		}
		w.claims.Add(claimID, articleID, eventID, nullIfEmpty(c.Ticker), date, nullIfEmpty(c.DateValue), c.Metric, c.Op, c.Value,
			c.Unit, c.Text, c.Sentence)
		w.Summary.Claims++
	}
	if w.pending++; w.pending >= flushEvery {
		return w.flush(ctx)
	}
	return nil
}

// capped cuts an article's findings to the caps, in the order extraction found them, and warns
// when it cuts. The events keep their places (Claim.Event indexes them); an event past the cap
// on mentions keeps none.
func (w *Writer) capped(r Result) Result {
	var cut []string
	if n := len(r.Timexes); n > MaxTimexes {
		r.Timexes = r.Timexes[:MaxTimexes]
		cut = append(cut, fmt.Sprintf("%d of %d temporal expressions", MaxTimexes, n))
	}
	mentions := 0
	for _, e := range r.Events {
		mentions += len(e.Mentions)
	}
	if mentions > MaxMentions {
		events := slices.Clone(r.Events)
		left := MaxMentions
		for i := range events {
			take := min(left, len(events[i].Mentions))
			events[i].Mentions = events[i].Mentions[:take]
			left -= take
		}
		r.Events = events
		cut = append(cut, fmt.Sprintf("%d of %d event mentions", MaxMentions, mentions))
	}
	if n := len(r.Claims); n > MaxClaims {
		r.Claims = r.Claims[:MaxClaims]
		cut = append(cut, fmt.Sprintf("%d of %d claims", MaxClaims, n))
	}
	if len(cut) > 0 {
		a := r.Article
		w.Warnings = append(w.Warnings, articles.Warning{File: a.File, Line: a.Line, Article: a.Title,
			Message: "more findings than one article can hold: stored the first " + strings.Join(cut, ", the first ")})
	}
	return r
}

// Close writes the rows still gathered and the changes to stored events, in two statements.
func (w *Writer) Close(ctx context.Context) error {
	if err := w.flush(ctx); err != nil {
		return err
	}
	if err := w.stream.Send(w.settled()...); err != nil {
		return err
	}
	if err := w.stream.Close(); err != nil {
		return err
	}
	if err := w.ids.settle(ctx, w.tx); err != nil {
		return err
	}
	if len(w.replaced) > 0 {
		ids := make([]string, 0, len(w.replaced))
		for id := range w.replaced {
			ids = append(ids, strconv.FormatInt(id, 10))
		}
		list := "[" + strings.Join(ids, ", ") + "]::BIGINT[]"
		for _, q := range []string{
			`DELETE FROM timexes WHERE article_id IN (SELECT unnest(` + list + `))`,
			`DELETE FROM claims WHERE article_id IN (SELECT unnest(` + list + `))`,
			`DELETE FROM event_mentions WHERE article_id IN (SELECT unnest(` + list + `))`,
			`DELETE FROM articles WHERE article_id IN (SELECT unnest(` + list + `))`,
			// Extracted events live by their mentions: those the replaced articles alone told go.
			`DELETE FROM event_tickers WHERE event_id IN (SELECT event_id FROM events WHERE origin = 'extracted'
				AND event_id NOT IN (SELECT event_id FROM event_mentions))`,
			`DELETE FROM events WHERE origin = 'extracted' AND event_id NOT IN (SELECT event_id FROM event_mentions)`,
		} {
			if _, err := w.tx.ExecContext(ctx, q); err != nil {
				return fmt.Errorf("replace articles: %w", err)
			}
		}
	}
	if len(w.dirty) == 0 {
		return nil // only events this writer made changed, and settled wrote them as they are now
	}
	for _, q := range []string{
		`CREATE TEMP TABLE event_updates (event_id BIGINT, date VARCHAR, date_text VARCHAR, granularity VARCHAR,
			start_date DATE, end_date DATE, companies VARCHAR[], tickers VARCHAR[])`,
	} {
		if _, err := w.tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("update events: %w", err)
		}
	}
	updates := rows.NewBatch("event_updates", "event_id", "date", "date_text", "granularity", "start_date", "end_date", "companies", "tickers")
	for i := range w.dirty {
		k := w.known[i]
		updates.Add(k.id, k.Value, nullIfEmpty(k.DateText), k.Granularity, k.Start, k.End, nonNil(k.Companies), nonNil(k.Tickers))
	}
	if err := rows.Append(ctx, w.tx, updates); err != nil {
		return err
	}
	ingest := "NULL::BIGINT"
	if w.IngestID != 0 {
		ingest = strconv.FormatInt(w.IngestID, 10)
	}
	for _, q := range []string{
		`UPDATE events SET date = u.date, date_text = u.date_text, granularity = u.granularity,
			start_date = u.start_date, end_date = u.end_date, companies = u.companies
		FROM event_updates u WHERE events.event_id = u.event_id`,
		`INSERT INTO event_tickers (event_id, ticker, ingest_id) SELECT event_id, unnest(tickers), ` + ingest + `
		FROM event_updates ON CONFLICT DO NOTHING`,
		`DROP TABLE event_updates`,
	} {
		if _, err := w.tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("update events: %w", err)
		}
	}
	return nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// settled gives the rows of the events this writer made, as they are after every merge: the
// date, its words, granularity, period and companies of now, the rest as first told (what an
// UPDATE of the rows written at once gave, which took longer than all the appends together,
// after the last article, when nothing else runs), and the tickers merges added, stamped with
// the ingest. The events they merged with before, and only those, are left to Close's UPDATE.
//
// The events wait for Close, rather than going with each flush, because a merge can change any
// of them until the last article, and a row the stream has appended can only be changed by an
// UPDATE or a delete and a second append. Either costs more than it saves: DuckDB's COMMIT moves
// a table's transaction-local row groups into an empty table whole, but a table with a single
// deleted row among them (LocalStorage::Flush, deleted_rows != 0) has every row copied into the
// table one at a time, with its index. Tried (branch perf12): events appended with the flushes,
// those merged after their flush deleted and appended again in Close; the append of the events
// left the tail, the copy at COMMIT came into it, and the tail took more CPU than before.
func (w *Writer) settled() []*rows.Batch {
	added := rows.NewBatch("event_tickers", "event_id", "ticker", "ingest_id")
	var ingest any
	if w.IngestID != 0 {
		ingest = w.IngestID
	}
	for i := range w.dirty {
		k := &w.known[i]
		if k.row < 0 {
			continue
		}
		r := w.events.Row(k.row)
		r[1], r[2], r[3], r[4], r[5], r[9] = k.Value, nullIfEmpty(k.DateText), k.Granularity, k.Start, k.End, nonNil(k.Companies)
		for _, t := range k.Tickers {
			if !slices.Contains(k.tickers, t) {
				added.Add(k.id, t, ingest)
			}
		}
		delete(w.dirty, i)
	}
	return []*rows.Batch{w.events.Take(), added}
}

// flush hands the rows gathered to the stream, which appends them while the next are gathered.
func (w *Writer) flush(ctx context.Context) error {
	w.pending = 0
	return w.stream.Send(w.articles.Take(), w.timexes.Take(), w.tickers.Take(), w.mentions.Take(), w.claims.Take())
}

// replace notes that a stored article is replaced by this one. Its rows go in Close, in a few
// set-wise statements: the new article's events meet the old one's in memory and keep their ids,
// and the extracted events left without any mention are deleted then.
func (w *Writer) replace(title, published, url string) {
	for _, key := range []string{articleKey(title, published), "url|" + url} {
		if id, ok := w.stored[key]; ok && (key != "url|" || url != "") && !w.replaced[id] {
			w.replaced[id] = true
			w.Summary.Replaced++
		}
	}
}

// event gathers e, or joins it to the stored event that tells the same happening, and returns the
// event's id.
func (w *Writer) event(ctx context.Context, e Event) (int64, error) {
	// An event met under two keys is compared once: a mark per event call rather than a set,
	// and the stored event is read in place, not copied; a company's events of a type can be
	// thousands in a large ingest, each compared with every new one.
	w.visit++
	win := windowOf(e.Period)
	keys := eventKeys(e)
	for _, key := range keys {
		for _, i := range w.byKey[key] {
			if w.seen[i] == w.visit {
				continue
			}
			w.seen[i] = w.visit
			if apart(w.windows[i], win) {
				continue
			}
			k := &w.known[i]
			if !same(&k.Event, &e) {
				continue
			}
			if k.curated {
				return k.id, nil
			}
			merged := Merge(k.Event, e)
			merged.Mentions = nil
			changed := merged.Period != k.Period || len(merged.Companies) != len(k.Companies) || len(merged.Tickers) != len(k.Tickers)
			w.known[i].Event = merged
			w.windows[i] = windowOf(merged.Period)
			if changed {
				// Close updates it after the last flush, when its row is surely written.
				w.dirty[i] = true
				for _, nk := range eventKeys(merged) {
					if !slices.Contains(w.byKey[nk], i) {
						w.byKey[nk] = append(w.byKey[nk], i)
					}
				}
			}
			return k.id, nil
		}
	}
	id, err := w.ids.next(ctx, "event_id_seq")
	if err != nil {
		return 0, err
	}
	companies := e.Companies
	if companies == nil {
		companies = []string{}
	}
	row := w.events.Len()
	w.events.Add(id, e.Value, nullIfEmpty(e.DateText), e.Granularity, e.Start, e.End, string(e.Type), string(e.Status), e.Headline,
		companies, events.Extracted, nullIfEmpty(e.Timing.Session), e.Timing.ClockValue(), nullIfEmpty(e.Detail))
	for _, t := range e.Tickers {
		w.tickers.Add(id, t)
	}
	e.Mentions = nil
	w.remember(storedEvent{id: id, row: row, tickers: e.Tickers, Event: e}, keys) // e's keys: Mentions do not make them
	w.Summary.NewEvents++
	return id, nil
}

// idBlocks hands out sequence values, a thousand at a time as they always were: the first
// block of a sequence is asked of DuckDB (nextval), and the blocks after it are the values that
// follow, counted here, with the sequence moved past them once, at the end (settle). A query for
// each block would wait for the append in progress on the stream, which holds the connection;
// the writer owns its transaction's sequences, so the values nextval would give are these, and
// settle checks that they were. The sequences end where a block at a time left them, so the
// next ingest numbers its rows as before.
type idBlocks struct {
	stream *rows.Stream
	seqs   map[string]*idSeq
}

type idSeq struct {
	next, end int64 // the next value, and the end of its block (exclusive)
	owed      int64 // values counted here that the sequence has not handed out yet
}

const idBlock = 1000

func (b *idBlocks) next(ctx context.Context, seq string) (int64, error) {
	s := b.seqs[seq]
	if s == nil {
		first, err := b.fetch(ctx, seq)
		if err != nil {
			return 0, err
		}
		s = &idSeq{next: first, end: first + idBlock}
		b.seqs[seq] = s
	}
	if s.next == s.end {
		s.end += idBlock
		s.owed += idBlock
	}
	s.next++
	return s.next - 1, nil
}

// fetch takes a sequence's first block and returns its first value. The values of one
// statement are consecutive when nothing else draws on the sequence, which the counted blocks
// rely on.
func (b *idBlocks) fetch(ctx context.Context, seq string) (int64, error) {
	var lo, hi, n int64
	err := b.stream.Do(func(conn *sql.Conn) (err error) {
		lo, hi, n, err = draw(ctx, conn, seq, idBlock)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("allocate ids: %w", err)
	}
	if n != idBlock || hi-lo != idBlock-1 {
		return 0, fmt.Errorf("allocate ids: %s gave %d values from %d to %d, not consecutive", seq, n, lo, hi)
	}
	return lo, nil
}

// draw takes n values of a sequence in one statement and returns the lowest, the highest and
// how many it gave.
func draw(ctx context.Context, conn *sql.Conn, seq string, n int64) (lo, hi, got int64, err error) {
	err = conn.QueryRowContext(ctx, fmt.Sprintf("SELECT min(v), max(v), count(*) FROM (SELECT nextval('%s') AS v FROM range(%d))", seq, n)).
		Scan(&lo, &hi, &got)
	return lo, hi, got, err
}

// settle moves each sequence past the values counted here, and fails unless they are the
// values it hands out. Call it with the stream closed.
func (b *idBlocks) settle(ctx context.Context, conn *sql.Conn) error {
	for seq, s := range b.seqs {
		if s.owed == 0 {
			continue
		}
		lo, hi, n, err := draw(ctx, conn, seq, s.owed)
		if err != nil {
			return fmt.Errorf("allocate ids: %w", err)
		}
		if want := s.end - s.owed; n != s.owed || lo != want || hi != s.end-1 {
			return fmt.Errorf("allocate ids: %s gave %d values from %d to %d where ids %d to %d were stored", seq, n, lo, hi, want, s.end-1)
		}
		s.owed = 0
	}
	return nil
}

func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}
