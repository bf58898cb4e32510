package prices

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"time"
)

// scanDates calls fn with the line number, parsed date and text of every data line of a file. It
// runs only when problems must be quoted with their lines, so its speed does not matter much.
func scanDates(path string, lay layout, dateFormat string, fn func(line int, date time.Time, raw string)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("ingest prices: %w", err)
	}
	defer f.Close()
	dateCol := -1
	for i, field := range lay.fields {
		if field == FieldDate {
			dateCol = i
		}
	}
	goLayout := "2006-01-02"
	if dateFormat != "" {
		goLayout = strptimeToGo(dateFormat)
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			continue
		}
		text := sc.Text()
		fields := splitLine(text, lay.delim)
		if dateCol >= len(fields) {
			continue
		}
		d, err := time.Parse(goLayout, fields[dateCol])
		if err != nil {
			continue
		}
		fn(line, d, strings.TrimRight(text, "\r"))
	}
	return sc.Err()
}

// strptimeToGo translates the strptime directives that date columns use into a Go time layout.
func strptimeToGo(f string) string {
	r := strings.NewReplacer("%Y", "2006", "%y", "06", "%m", "01", "%d", "02", "%b", "Jan", "%B", "January",
		"%H", "15", "%M", "04", "%S", "05", "%-m", "1", "%-d", "2")
	return r.Replace(f)
}
