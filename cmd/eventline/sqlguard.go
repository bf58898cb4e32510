package main

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/duckdb/duckdb-go/v2"
)

// eventline sql without --write must write nothing anywhere. The database is opened read-only,
// which stops writes to it, but DuckDB can still write files (COPY ... TO, EXPORT DATABASE, a
// file-backed log), other databases (ATTACH ... READ_WRITE) and the extension folder (INSTALL).
// Switching external access off would also stop read_csv of the user's files, which must stay
// allowed, so the guard works in two layers:
//
//   - the session's configuration: extensions are neither installed nor loaded on demand, secrets
//     are never persisted, and the configuration is then locked so that no SET can undo it;
//   - every statement is prepared first, which makes DuckDB parse and bind it (one statement
//     only: the driver refuses several), and only the statement types that read are run.

// readOnlySettings are applied, in order, before the first statement; the last locks them.
var readOnlySettings = []string{
	"SET autoinstall_known_extensions = false",
	"SET autoload_known_extensions = false",
	"SET allow_persistent_secrets = false",
	"SET lock_configuration = true",
}

func lockSession(ctx context.Context, conn *sql.Conn) error {
	// The database instance may be shared with an earlier session of this process (DuckDB caches
	// instances by path) that locked it already: then check that it is locked as wanted.
	var locked, autoinstall, autoload bool
	err := conn.QueryRowContext(ctx, `SELECT current_setting('lock_configuration'),
		current_setting('autoinstall_known_extensions'), current_setting('autoload_known_extensions')`).Scan(&locked, &autoinstall, &autoload)
	if err != nil {
		return fmt.Errorf("make the session read-only: %w", err)
	}
	if locked {
		if autoinstall || autoload {
			return errors.New("make the session read-only: the database's configuration is locked with extensions installed on demand")
		}
		return nil
	}
	for _, s := range readOnlySettings {
		if _, err := conn.ExecContext(ctx, s); err != nil {
			return fmt.Errorf("make the session read-only (%s): %w", s, err)
		}
	}
	return nil
}

// readingTypes are the statement types that read. SET is harmless once the configuration is
// locked (USE and SET VARIABLE remain); ATTACH and CALL get further checks.
var readingTypes = map[duckdb.StmtType]bool{
	duckdb.STATEMENT_TYPE_SELECT:       true,
	duckdb.STATEMENT_TYPE_EXPLAIN:      true,
	duckdb.STATEMENT_TYPE_PRAGMA:       true,
	duckdb.STATEMENT_TYPE_CALL:         true,
	duckdb.STATEMENT_TYPE_SET:          true,
	duckdb.STATEMENT_TYPE_VARIABLE_SET: true,
	duckdb.STATEMENT_TYPE_TRANSACTION:  true,
	duckdb.STATEMENT_TYPE_ATTACH:       true,
	duckdb.STATEMENT_TYPE_DETACH:       true,
}

var typeNames = map[duckdb.StmtType]string{
	duckdb.STATEMENT_TYPE_INSERT: "INSERT", duckdb.STATEMENT_TYPE_UPDATE: "UPDATE",
	duckdb.STATEMENT_TYPE_DELETE: "DELETE", duckdb.STATEMENT_TYPE_PREPARE: "PREPARE",
	duckdb.STATEMENT_TYPE_CREATE: "CREATE", duckdb.STATEMENT_TYPE_EXECUTE: "EXECUTE",
	duckdb.STATEMENT_TYPE_ALTER: "ALTER", duckdb.STATEMENT_TYPE_COPY: "COPY",
	duckdb.STATEMENT_TYPE_ANALYZE: "ANALYZE", duckdb.STATEMENT_TYPE_CREATE_FUNC: "CREATE FUNCTION",
	duckdb.STATEMENT_TYPE_DROP: "DROP", duckdb.STATEMENT_TYPE_EXPORT: "EXPORT",
	duckdb.STATEMENT_TYPE_VACUUM: "VACUUM", duckdb.STATEMENT_TYPE_LOAD: "INSTALL/LOAD",
	duckdb.STATEMENT_TYPE_EXTENSION: "extension", duckdb.STATEMENT_TYPE_MULTI: "multi-statement",
}

// sideEffectFunctions are table functions that write even inside a SELECT: a file-backed log,
// checkpoints of attached databases.
var sideEffectFunctions = regexp.MustCompile(`(?i)\b(enable_logging|disable_logging|truncate_duckdb_logs|checkpoint|force_checkpoint)\s*\(`)

// bindTimeWriters are statements that touch the file system already when DuckDB binds them
// (EXPORT DATABASE creates its folder while being prepared), so they are refused by their first
// words, before the prepare that tells the type of every other statement.
var bindTimeWriters = regexp.MustCompile(`(?is)^\s*(EXPLAIN\s+(ANALY[SZ]E\s+)?)?(COPY|EXPORT|IMPORT|INSTALL|FORCE|LOAD|UPDATE\s+EXTENSIONS|PREPARE|EXECUTE)\b`)

var (
	explainAnalyze = regexp.MustCompile(`(?is)^\s*EXPLAIN\s+ANALY[SZ]E\s+(.*)$`)
	readWrite      = regexp.MustCompile(`(?i)\bREAD_WRITE\b|\bREAD_ONLY\s*(=\s*)?(FALSE|0)\b|\bACCESS_MODE\b`)
)

// readOnlyError is the refusal of a writing statement without --write (exit status 1, like the
// read-only database's own refusal).
type readOnlyError struct{ what string }

func (e *readOnlyError) Error() string {
	return fmt.Sprintf("%s: eventline sql only reads without --write (it writes no file, no database and installs nothing); add --write to allow it", e.what)
}

// checkReadOnly refuses stmt unless it only reads. It prepares the statement on conn (which
// binds it but runs nothing) to learn DuckDB's own statement type.
func checkReadOnly(ctx context.Context, conn *sql.Conn, stmt string) error {
	bare := stripLiterals(stmt)
	if m := bindTimeWriters.FindStringSubmatch(bare); m != nil {
		return &readOnlyError{strings.ToUpper(strings.Join(strings.Fields(m[3]), " ")) + " statements write or run other statements"}
	}
	if m := sideEffectFunctions.FindStringSubmatch(bare); m != nil {
		return &readOnlyError{fmt.Sprintf("%s() changes state", strings.ToLower(m[1]))}
	}
	if m := explainAnalyze.FindStringSubmatchIndex(stmt); m != nil {
		// EXPLAIN ANALYZE runs its statement: that one must read too.
		return checkReadOnly(ctx, conn, stmt[m[2]:m[3]])
	}
	var typ duckdb.StmtType
	err := conn.Raw(func(dc any) error {
		c, ok := dc.(driver.Conn)
		if !ok {
			return errors.New("unexpected database driver")
		}
		// Prepare without a context refuses several statements in one string, which could
		// otherwise run all but the last unchecked.
		s, err := c.Prepare(stmt)
		if err != nil {
			return err
		}
		defer s.Close()
		ds, ok := s.(*duckdb.Stmt)
		if !ok {
			return errors.New("unexpected database driver statement")
		}
		typ, err = ds.StatementType()
		return err
	})
	if err != nil {
		return sqlError(err)
	}
	if !readingTypes[typ] {
		name := typeNames[typ]
		if name == "" {
			name = fmt.Sprintf("statement type %d", typ)
		}
		return &readOnlyError{name + " statements write"}
	}
	if typ == duckdb.STATEMENT_TYPE_ATTACH && readWrite.MatchString(bare) {
		return &readOnlyError{"ATTACH for writing"}
	}
	return nil
}

// stripLiterals blanks string literals and comments and unquotes identifiers, so that patterns
// match only the statement's words.
func stripLiterals(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return b.String()
			}
			b.WriteString("''")
			i += j + 1
		case c == '"':
			j := strings.IndexByte(s[i+1:], '"')
			if j < 0 {
				return b.String()
			}
			b.WriteString(s[i+1 : i+1+j])
			i += j + 1
		case c == '-' && strings.HasPrefix(s[i:], "--"):
			j := strings.IndexByte(s[i:], '\n')
			if j < 0 {
				return b.String()
			}
			i += j
			b.WriteByte(' ')
		case c == '/' && strings.HasPrefix(s[i:], "/*"):
			j := strings.Index(s[i+2:], "*/")
			if j < 0 {
				return b.String()
			}
			i += j + 3
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
