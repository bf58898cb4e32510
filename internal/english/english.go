// Package english writes the small pieces of English that messages and captions need.
package english

import "fmt"

// Count writes n things: Count(1, "event") is "1 event", Count(2, "event") "2 events". forms are
// the singular and, where the plural is not the singular with an s, the plural:
// Count(3, "alias", "aliases").
func Count(n int, forms ...string) string {
	if n == 1 {
		return "1 " + forms[0]
	}
	if len(forms) > 1 {
		return fmt.Sprintf("%d %s", n, forms[1])
	}
	return fmt.Sprintf("%d %ss", n, forms[0])
}
