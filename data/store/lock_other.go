//go:build !unix

package store

// lockFile does nothing where fcntl locks do not exist: there the rename of a WAL that another
// process holds open fails instead.
func lockFile(path string) (unlock func(), err error) { return func() {}, nil }
