package extract

import (
	"context"
	"database/sql"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eventline/eventline/internal/badinput"
)

// Company is a company as the aliases table knows it. Ticker is empty for private companies.
type Company struct {
	Name, Ticker, Exchange string
}

// Alias is one row of the aliases table.
type Alias struct {
	Alias string
	Company
}

// Companies recognizes company names and ticker tokens in text.
type Companies struct {
	// byWords maps the lower-cased first word of an alias to the aliases starting with it, longest
	// first, so that "Citrix Systems" wins over "Citrix".
	byWords map[string][]aliasWords
	// tickers maps known tickers to their company, for "$VMW", "NYSE: VMW" and bare "VMW".
	tickers map[string]Company
}

type aliasWords struct {
	words []string // lower-cased
	exact string   // the alias as written, for case checks
	Company
}

// NewCompanies builds a recognizer over aliases.
func NewCompanies(aliases []Alias) *Companies {
	c := &Companies{byWords: map[string][]aliasWords{}, tickers: map[string]Company{}}
	for _, a := range aliases {
		words := splitWords(a.Alias)
		if len(words) == 0 {
			continue
		}
		key := strings.ToLower(words[0])
		lower := make([]string, len(words))
		for i, w := range words {
			lower[i] = strings.ToLower(w)
		}
		list := append(c.byWords[key], aliasWords{words: lower, exact: a.Alias, Company: a.Company})
		// Longest alias first: a stable insertion keeps the table's order among equals.
		for i := len(list) - 1; i > 0 && len(list[i].words) > len(list[i-1].words); i-- {
			list[i], list[i-1] = list[i-1], list[i]
		}
		c.byWords[key] = list
		if a.Ticker != "" {
			if _, seen := c.tickers[a.Ticker]; !seen || a.Alias == a.Name {
				c.tickers[a.Ticker] = a.Company
			}
		}
	}
	return c
}

// LoadCompanies reads the aliases table.
func LoadCompanies(ctx context.Context, db *sql.DB) (*Companies, error) {
	rows, err := db.QueryContext(ctx, `SELECT alias, name, coalesce(ticker, ''), coalesce(exchange, '') FROM aliases ORDER BY alias`)
	if err != nil {
		return nil, fmt.Errorf("load aliases: %w", err)
	}
	defer rows.Close()
	var as []Alias
	for rows.Next() {
		var a Alias
		if err := rows.Scan(&a.Alias, &a.Name, &a.Ticker, &a.Exchange); err != nil {
			return nil, fmt.Errorf("load aliases: %w", err)
		}
		as = append(as, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load aliases: %w", err)
	}
	return NewCompanies(as), nil
}

// Ticker returns the company listed under ticker, if known.
func (c *Companies) Ticker(ticker string) (Company, bool) {
	co, ok := c.tickers[strings.ToUpper(ticker)]
	return co, ok
}

// CompanyMention is a company named in a text, with its byte span.
type CompanyMention struct {
	Company
	Text       string
	Start, End int // bytes
}

// Find returns the companies named in text, in order. An alias matches case-insensitively where
// the text capitalizes it like a name (so "dell" in lower case or "sun" as a word do not count);
// tickers match as "$VMW", "NYSE: VMW", "(Nasdaq: CTXS)" or a bare upper-case known ticker.
func (c *Companies) Find(text string) []CompanyMention {
	return c.find(text, tokenize(text))
}

func (c *Companies) find(text string, toks []token) []CompanyMention {
	var out []CompanyMention
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		// Exchange prefix: "NYSE: VMW", "Nasdaq: CTXS", "NASDAQ:CTXS".
		if ex := exchangeName(t.text); ex != "" && i+2 < len(toks) && toks[i+1].text == ":" && isTickerShape(toks[i+2].text) {
			tk := toks[i+2]
			co, ok := c.tickers[tk.text]
			if !ok {
				co = Company{Name: tk.text, Ticker: tk.text, Exchange: ex}
			}
			out = append(out, CompanyMention{Company: co, Text: text[t.start:tk.end], Start: t.start, End: tk.end})
			i += 2
			continue
		}
		if t.text == "$" && i+1 < len(toks) && toks[i+1].start == t.end && isTickerShape(toks[i+1].text) {
			tk := toks[i+1]
			co, ok := c.tickers[tk.text]
			if !ok {
				co = Company{Name: tk.text, Ticker: tk.text}
			}
			out = append(out, CompanyMention{Company: co, Text: text[t.start:tk.end], Start: t.start, End: tk.end})
			i++
			continue
		}
		if m, n := c.matchAlias(toks[i:]); n > 0 {
			end := toks[i+n-1].end
			out = append(out, CompanyMention{Company: m, Text: text[t.start:end], Start: t.start, End: end})
			i += n - 1
			continue
		}
		if co, ok := c.tickers[t.text]; ok && isTickerShape(t.text) && len(t.text) >= 3 {
			out = append(out, CompanyMention{Company: co, Text: t.text, Start: t.start, End: t.end})
		}
	}
	return out
}

func (c *Companies) matchAlias(toks []token) (Company, int) {
	if len(toks) == 0 || !isWord(toks[0].text) {
		return Company{}, 0
	}
	for _, a := range c.byWords[lower(toks[0].text)] {
		n := len(a.words)
		if n > len(toks) {
			continue
		}
		ok := true
		for j := 0; j < n; j++ {
			if !strings.EqualFold(toks[j].text, a.words[j]) {
				ok = false
				break
			}
			// Words of an alias are adjacent: at most one space or a hyphen between them.
			if j > 0 && toks[j].start-toks[j-1].end > 1 {
				ok = false
				break
			}
		}
		if !ok || !capitalizedLike(toks[0].text, a.exact) {
			continue
		}
		return a.Company, n
	}
	return Company{}, 0
}

// capitalizedLike accepts the text's first word as a name where it is written as the alias is, or
// with a capital initial (headline case), or fully upper case.
func capitalizedLike(text, alias string) bool {
	first := splitWords(alias)[0]
	if text == first || strings.ToUpper(text) == text {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text)
	ar, _ := utf8.DecodeRuneInString(first)
	return unicode.IsUpper(r) || (unicode.IsLower(ar) && text == strings.ToLower(first))
}

func exchangeName(s string) string {
	switch strings.ToUpper(s) {
	case "NYSE":
		return "NYSE"
	case "NASDAQ":
		return "NASDAQ"
	case "AMEX":
		return "AMEX"
	}
	return ""
}

// isTickerShape is an upper-case symbol of one to five letters (with an optional class suffix).
func isTickerShape(s string) bool {
	if len(s) == 0 || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		b := s[i]
		if !(b >= 'A' && b <= 'Z') && !(i > 0 && b == '.') {
			return false
		}
	}
	return true
}

func isWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// token is a word (letters, digits and inner hyphens, dots or apostrophes are not kept) or a single
// punctuation character, with its byte span.
type token struct {
	text       string
	start, end int
}

// tokenize splits text into words and single punctuation marks. A word keeps inner hyphens
// ("Hewlett-Packard", "B-hive") and inner dots between digits ("65.99"); an apostrophe ends it, so
// "Citrix's" gives "Citrix", "'", "s".
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5+1)
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			start := i
			i += size
			for i < len(text) {
				r, size := utf8.DecodeRuneInString(text[i:])
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					i += size
					continue
				}
				if (r == '-' || r == '.' || r == ',') && i+size < len(text) {
					next, _ := utf8.DecodeRuneInString(text[i+size:])
					prev, _ := utf8.DecodeLastRuneInString(text[start:i])
					if r == '-' && (unicode.IsLetter(next) || unicode.IsDigit(next)) ||
						(r == '.' || r == ',') && unicode.IsDigit(prev) && unicode.IsDigit(next) {
						i += size
						continue
					}
				}
				break
			}
			toks = append(toks, token{text[start:i], start, i})
		default:
			toks = append(toks, token{text[i : i+size], i, i + size})
			i += size
		}
	}
	return toks
}

func splitWords(s string) []string {
	var words []string
	for _, t := range tokenize(s) {
		if isWord(t.text) {
			words = append(words, t.text)
		}
	}
	return words
}

// ReadAliases reads an aliases CSV: alias, name, ticker, exchange (a header row, in any order;
// ticker and exchange may be empty for private companies).
func ReadAliases(path string) ([]Alias, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, badinput.Errorf(path, "cannot read: %v", errors.Unwrap(err))
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return nil, badinput.Errorf(path, "no header row: the columns are alias, name, ticker, exchange")
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	for _, need := range []string{"alias", "name"} {
		if _, ok := col[need]; !ok {
			return nil, badinput.New(badinput.Problem{File: path, Line: 1, Column: need, Rule: "the header needs the columns alias and name (ticker and exchange optional)"})
		}
	}
	get := func(rec []string, name string) string {
		if i, ok := col[name]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	var out []Alias
	var problems []badinput.Problem
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			problems = append(problems, badinput.Problem{File: path, Line: line, Rule: "not valid CSV: " + err.Error()})
			continue
		}
		a := Alias{Alias: get(rec, "alias"), Company: Company{Name: get(rec, "name"),
			Ticker: strings.ToUpper(get(rec, "ticker")), Exchange: strings.ToUpper(get(rec, "exchange"))}}
		switch {
		case a.Alias == "":
			problems = append(problems, badinput.Problem{File: path, Line: line, Column: "alias", Rule: "an alias must not be empty"})
		case a.Name == "":
			problems = append(problems, badinput.Problem{File: path, Line: line, Column: "name", Rule: "a canonical name must not be empty"})
		case a.Ticker != "" && !isTickerShape(strings.ReplaceAll(a.Ticker, "-", "")):
			problems = append(problems, badinput.Problem{File: path, Line: line, Column: "ticker", Value: a.Ticker, Rule: "a ticker is 1 to 6 letters, A-Z"})
		default:
			out = append(out, a)
		}
	}
	if len(problems) > 0 {
		return nil, badinput.New(problems...)
	}
	return out, nil
}

// StoreAliases adds aliases as the user's (origin 'user'), each replacing a stored alias of the
// same name, in one transaction.
func StoreAliases(ctx context.Context, db *sql.DB, as []Alias) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, a := range as {
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO aliases VALUES (?, ?, ?, ?, 'user')`,
			a.Alias, a.Name, nullIfEmpty(a.Ticker), nullIfEmpty(a.Exchange)); err != nil {
			return fmt.Errorf("store alias %q: %w", a.Alias, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store aliases: %w", err)
	}
	return nil
}
