package store

import (
	"fmt"
	"slices"
	"strings"
)

// SeedAlias is one of the aliases a new database starts with (origin 'seed').
type SeedAlias struct {
	Alias, Name, Ticker, Exchange string // Ticker and Exchange "" where NULL
}

// seedMigration is the migration that writes the seed aliases.
const seedMigration = "004_aliases.sql"

// SeedAliases returns the aliases a new database starts with, in the order of their alias, read
// from the text of the migration that writes them rather than from a database: a command that
// reads a database only for these when there is none (extract without --db) then creates none.
// Creating one in memory applies every migration, about 0.1 s of CPU in a process whose
// extraction is itself a second or two. TestSeedAliases holds them equal to a new database's.
func SeedAliases() ([]SeedAlias, error) {
	body, err := migrationFiles.ReadFile("migrations/" + seedMigration)
	if err != nil {
		return nil, fmt.Errorf("seed aliases: %w", err)
	}
	var out []SeedAlias
	for stmt := range strings.SplitSeq(string(body), ";") {
		stmt = stripComments(stmt)
		const head = "INSERT INTO aliases (alias, name, ticker, exchange) VALUES"
		if strings.TrimSpace(stmt) == "" {
			continue
		}
		rest, ok := strings.CutPrefix(strings.TrimSpace(stmt), head)
		if !ok {
			return nil, fmt.Errorf("seed aliases: %s: a statement other than %q", seedMigration, head)
		}
		for rest = strings.TrimSpace(rest); rest != ""; {
			var row [4]string
			if rest, err = seedRow(rest, &row); err != nil {
				return nil, fmt.Errorf("seed aliases: %s: %w", seedMigration, err)
			}
			out = append(out, SeedAlias{row[0], row[1], row[2], row[3]})
			rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), ","))
		}
	}
	// DuckDB orders VARCHAR by its bytes, as strings.Compare does.
	slices.SortFunc(out, func(a, b SeedAlias) int { return strings.Compare(a.Alias, b.Alias) })
	return out, nil
}

// stripComments removes "--" comments (the seed's strings hold no "--").
func stripComments(sql string) string {
	var b strings.Builder
	for line := range strings.Lines(sql) {
		if i := strings.Index(line, "--"); i >= 0 {
			line = line[:i] + "\n"
		}
		b.WriteString(line)
	}
	return b.String()
}

// seedRow reads one tuple of four values, each a string literal or NULL, from the start of s.
func seedRow(s string, row *[4]string) (string, error) {
	s, ok := strings.CutPrefix(s, "(")
	if !ok {
		return "", fmt.Errorf("want ( at %.20q", s)
	}
	for i := range row {
		s = strings.TrimSpace(s)
		switch {
		case strings.HasPrefix(s, "NULL"):
			s = s[len("NULL"):]
		case strings.HasPrefix(s, "'"):
			var b strings.Builder
			for k := 1; ; k++ {
				if k >= len(s) {
					return "", fmt.Errorf("unterminated string at %.20q", s)
				}
				if s[k] == '\'' {
					if k+1 < len(s) && s[k+1] == '\'' {
						b.WriteByte('\'')
						k++
						continue
					}
					row[i], s = b.String(), s[k+1:]
					break
				}
				b.WriteByte(s[k])
			}
		default:
			return "", fmt.Errorf("want a string or NULL at %.20q", s)
		}
		s = strings.TrimSpace(s)
		sep := ","
		if i == len(row)-1 {
			sep = ")"
		}
		if s, ok = strings.CutPrefix(s, sep); !ok {
			return "", fmt.Errorf("want %s at %.20q", sep, s)
		}
	}
	return s, nil
}
