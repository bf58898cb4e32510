package prices

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
	"time"
)

// scanDates calls fn with the line number, the day (YYYY-MM-DD) and the text of every data line
// of a file whose date is one of want's days. It reads every line of the files of the tickers
// with problems, so a line whose date is not wanted costs only finding its date field: a file
// written with ISO dates is matched on the text, other formats are parsed.
func scanDates(path string, lay layout, dateFormat string, want map[string]bool, fn func(line int, day, raw string)) error {
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
	if dateCol < 0 {
		return nil
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
		if line <= lay.headerLines() {
			continue
		}
		text := sc.Bytes()
		field, ok := nthField(text, lay.delim, dateCol)
		if !ok {
			continue
		}
		field = bytes.Trim(bytes.TrimSpace(field), `"`)
		day := ""
		if dateFormat == "" && len(field) == 10 {
			if !want[string(field)] { // no allocation: the compiler looks the bytes up as they are
				continue
			}
			day = string(field)
		} else {
			d, err := time.Parse(goLayout, string(field))
			if err != nil {
				continue
			}
			if day = d.Format("2006-01-02"); !want[day] {
				continue
			}
		}
		fn(line, day, strings.TrimRight(string(text), "\r"))
	}
	return sc.Err()
}

// nthField returns field n of a line split at delim, as splitLine splits it.
func nthField(line []byte, delim byte, n int) ([]byte, bool) {
	for ; n > 0; n-- {
		k := bytes.IndexByte(line, delim)
		if k < 0 {
			return nil, false
		}
		line = line[k+1:]
	}
	if k := bytes.IndexByte(line, delim); k >= 0 {
		line = line[:k]
	}
	return bytes.TrimRight(line, "\r\n"), true
}

// strptimeToGo translates the strptime directives that date columns use into a Go time layout.
func strptimeToGo(f string) string {
	r := strings.NewReplacer("%Y", "2006", "%y", "06", "%m", "01", "%d", "02", "%b", "Jan", "%B", "January",
		"%H", "15", "%M", "04", "%S", "05", "%-m", "1", "%-d", "2")
	return r.Replace(f)
}
