//go:build unix

package store

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// lockFile takes the write lock DuckDB takes on a database file it opens for writing (an fcntl
// lock over the whole file), so that a file another process has open is left alone. POSIX drops
// a process's fcntl locks on a file when any of its descriptors of the file closes: it is called
// only before this process opens the file with DuckDB.
func lockFile(path string) (unlock func(), err error) {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if errors.Is(err, os.ErrNotExist) {
		return func() {}, nil // no database file yet: nothing to hold
	}
	if err != nil {
		return nil, err
	}
	lk := syscall.Flock_t{Type: syscall.F_WRLCK, Whence: 0, Start: 0, Len: 0}
	if err := syscall.FcntlFlock(f.Fd(), syscall.F_SETLK, &lk); err != nil {
		f.Close()
		return nil, fmt.Errorf("the database is in use by another process (DuckDB allows one writer): %w", err)
	}
	return func() { f.Close() }, nil
}
