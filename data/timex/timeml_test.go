package timex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventline/eventline/internal/shared"
)

// TestTimeML scores the tagger on the AQUAINT TimeML documents beside the project. Set
// TIMEX_MISSES=1 to list every disagreement (go test -run TestTimeML -v ./data/timex/).
func TestTimeML(t *testing.T) {
	dir := shared.Dir(t, "data/timeml/aquaint")
	total, perDoc, err := EvaluateTimeML(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("DATE: gold %d predicted %d span P/R/F1 %.3f/%.3f/%.3f value P/R/F1 %.3f/%.3f/%.3f",
		total.Gold, total.Predicted, total.SpanP, total.SpanR, total.SpanF1, total.ValueP, total.ValueR, total.ValueF1)
	if os.Getenv("TIMEX_MISSES") != "" {
		for _, d := range perDoc {
			f, err := os.Open(filepath.Join(dir, d.File))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := ParseTimeML(f)
			f.Close()
			if err != nil {
				t.Fatal(err)
			}
			_, mis := CompareTimeML(doc)
			for _, x := range mis {
				ctx := x.Gold.ByteStart
				if x.Kind == "spurious" {
					ctx = x.Pred.ByteStart
				}
				lo, hi := max(0, ctx-60), min(len(doc.Text), ctx+60)
				t.Logf("%s %s [DCT %s] …%s…", d.File, x, doc.DCTValue, strings.ReplaceAll(doc.Text[lo:hi], "\n", " "))
			}
		}
	}
	if total.ValueF1 < 0.85 {
		t.Errorf("value F1 %.3f, want >= 0.85", total.ValueF1)
	}
}
