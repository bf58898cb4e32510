package timex

import (
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"VMware Inc. rose. Citrix fell!  Why? Because.", []string{"VMware Inc. rose.", "Citrix fell!", "Why?", "Because."}},
		{"On Aug. 14 the U.S. market opened. J. Smith said “yes.” Then left.", []string{"On Aug. 14 the U.S. market opened.", "J. Smith said “yes.”", "Then left."}},
		{"Title line\n\nFirst paragraph.\nSecond line", []string{"Title line", "First paragraph.", "Second line"}},
		{"Version 3.4. is out. It costs $65.99 today.", []string{"Version 3.4. is out.", "It costs $65.99 today."}},
		{"Yahoo! said it would. Shares rose at 9 a.m. Tuesday.", []string{"Yahoo! said it would.", "Shares rose at 9 a.m. Tuesday."}},
		{"Sales rose (see below.) Profit fell; costs rose.", []string{"Sales rose (see below.)", "Profit fell; costs rose."}},
		{"  \n ", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range Sentences(tt.text) {
			got = append(got, tt.text[sp.Start:sp.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Sentences(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestReading reads the clause around a word: the tense of its governing verb and its modal.
func TestReading(t *testing.T) {
	tests := []struct {
		text, word string
		tense      Tense
		modal      string
	}{
		{"VMware priced its initial public offering at $29 a share on Monday, above the expected range.", "offering", TensePast, ""},
		{"The shares begin trading on the NYSE on Tuesday.", "trading", TensePresent, ""},
		{"The company will begin shipping on Tuesday.", "shipping", TenseFuture, "will"},
		{"Citrix plans to acquire XenSource for $500 million.", "acquire", TenseFuture, "plans"},
		{"The deal could close in October.", "close", TenseFuture, "could"},
		{"The company said it acquired Akimbi.", "acquired", TensePast, ""},
		{"Shares rose; the company will report on Friday.", "rose", TensePast, ""},
		{"Microsoft is reportedly in talks to buy Yahoo.", "talks", TensePresent, "reportedly"},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.word)
		r := NewText(tt.text).Reading(i, i+len(tt.word))
		if r.Tense != tt.tense || r.Modal != tt.modal {
			t.Errorf("Reading(%q in %q) = %v %q (cue %q), want %v %q", tt.word, tt.text, r.Tense, r.Modal, r.Cue, tt.tense, tt.modal)
		}
	}
	if r := NewText("").Reading(0, 0); r != (Reading{}) {
		t.Errorf("Reading of an empty text = %+v", r)
	}
}

// TestTextTagAgrees checks that tagging a Text read once gives what Tag gives.
func TestTextTagAgrees(t *testing.T) {
	text := "VMware said on Monday that it will list in the third quarter. Shares rose 5% last week."
	a, b := Tag(text, Reference{DocDate: aug17}), NewText(text).Tag(Reference{DocDate: aug17})
	if len(a) != len(b) || len(a) != 3 {
		t.Fatalf("Tag = %+v, Text.Tag = %+v", a, b)
	}
	for i := range a {
		if a[i] != b[i] {
			t.Errorf("%+v != %+v", a[i], b[i])
		}
	}
}
