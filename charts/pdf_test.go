package charts

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"testing"
)

// pdfText returns the decompressed content streams of a PDF.
func pdfText(t *testing.T, doc []byte) []byte {
	t.Helper()
	var all []byte
	for _, m := range regexp.MustCompile(`(?s)stream\r?\n(.*?)endstream`).FindAllSubmatch(doc, -1) {
		r, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue
		}
		b, _ := io.ReadAll(r)
		all = append(all, b...)
	}
	return all
}

// PDF text is in the code page of the embedded fonts (Windows-1252), not UTF-8 bytes read as
// that code page ("Â±").
func TestPDFTextEncoding(t *testing.T) {
	days := []int{-1, 0, 1}
	cc := CARChart{Days: days, Mean: []float64{0, 0.01, 0.02}, Lower: []float64{-0.01, 0, 0.01}, Upper: []float64{0.01, 0.02, 0.03},
		Paths: [][]float64{{0, 0.01, 0.02}, {0, 0.01, 0.03}}}
	var buf bytes.Buffer
	if _, err := cc.Render(&buf, "pdf", Options{Title: "Société Générale – CAR ± “band” …", SourceLine: "mean ± t · sd / √n"}); err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, buf.Bytes())
	for _, want := range []string{"Soci\xe9t\xe9 G\xe9n\xe9rale \x96 CAR \xb1 \x93band\x94 \x85", "mean \xb1 t \xb7 sd / sqrt n"} {
		if !bytes.Contains(text, []byte(want)) {
			t.Errorf("PDF lacks %q", want)
		}
	}
	for _, m := range regexp.MustCompile(`\((.*?)\) ?Tj`).FindAllSubmatch(text, -1) {
		if bytes.Contains(m[1], []byte("\xc3")) || bytes.Contains(m[1], []byte("\xe2")) {
			t.Errorf("PDF text %q holds UTF-8 bytes", m[1])
		}
	}
	if !bytes.Contains(buf.Bytes(), []byte("/FontFile2")) {
		t.Errorf("fonts not embedded")
	}
}

func TestCP1252(t *testing.T) {
	for in, want := range map[string]string{"plain": "plain", "é±€—…": "\xe9\xb1\x80\x97\x85", "√n": "sqrt n", "中": "?"} {
		if got := cp1252(in); got != want {
			t.Errorf("cp1252(%q) = %q, want %q", in, got, want)
		}
	}
}
