package timex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventline/eventline/internal/shared"
)

// BenchmarkTag tags the text of the AQUAINT TimeML documents, about 0.3 MB, each with its
// creation time; b.SetBytes makes go test report MB/s.
func BenchmarkTag(b *testing.B) {
	dir := shared.Dir(b, "data/timeml/aquaint")
	files, _ := filepath.Glob(filepath.Join(dir, "*.tml"))
	var docs []TimeMLDoc
	size := 0
	for _, f := range files {
		r, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := ParseTimeML(r)
		r.Close()
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc)
		size += len(doc.Text)
	}
	if size == 0 {
		b.Skip("no TimeML text")
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			Tag(d.Text, Reference{DocDate: d.DCT, Anchors: anchors})
		}
	}
}

// BenchmarkTagPlain tags generated text with few dates, the common case of long articles.
func BenchmarkTagPlain(b *testing.B) {
	text := strings.Repeat("The company said its virtualization software, which runs on 2,000 servers at 15% of the cost, "+
		"will ship in the third quarter, and that VMware may also unveil a new version on Monday. ", 2000)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Tag(text, Reference{DocDate: aug17, Anchors: anchors})
	}
}
