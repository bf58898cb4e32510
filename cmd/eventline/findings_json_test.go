package main

import (
	"bytes"
	"encoding/json"
	"math"
	"reflect"
	"testing"
)

// libraryJSON is a finding as extract printed it before findings_json.go: the reference.
func libraryJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), err
}

// trickyStrings have every kind of character encoding/json escapes or replaces.
var trickyStrings = []string{"", "plain", `quote " and \ backslash`, "controls \x00\x01\b\f\n\r\t\x1f\x7f",
	"html <b>&amp;</b>", "unicode é 日本 😀", "separators \u2028 \u2029", "invalid \xff\xfe utf-8 \xe2\x82",
	"/slash"}

// fillFinding sets every field of the finding v points to from seed: strings from trickyStrings,
// numbers, lists (nil, empty, full), so that a field appendJSON leaves out or misnames shows.
func fillFinding(v reflect.Value, seed int) {
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		k := seed + i
		switch f.Kind() {
		case reflect.String:
			f.SetString(trickyStrings[k%len(trickyStrings)])
		case reflect.Int:
			f.SetInt(int64(k*37 - 50))
		case reflect.Float64:
			f.SetFloat([]float64{0, 1.5, -2.25e-7, 1e21, 123456.789, 1e-6, 3e-300}[k%7])
		case reflect.Slice:
			switch k % 3 {
			case 0:
				f.Set(reflect.Zero(f.Type()))
			case 1:
				f.Set(reflect.ValueOf([]string{}))
			default:
				f.Set(reflect.ValueOf(trickyStrings[:k%len(trickyStrings)+1]))
			}
		default:
			panic("fillFinding: a field of kind " + f.Kind().String())
		}
	}
}

func TestFindingsJSON(t *testing.T) {
	for _, proto := range []finding{articleFinding{}, timexFinding{}, eventFinding{}, claimFinding{}} {
		for seed := range 3 * len(trickyStrings) {
			p := reflect.New(reflect.TypeOf(proto))
			fillFinding(p.Elem(), seed)
			f := p.Elem().Interface().(finding)
			want, err := libraryJSON(f)
			if err != nil {
				t.Fatal(err)
			}
			got, ok := f.appendJSON(nil)
			if !ok || !bytes.Equal(got, want) {
				t.Errorf("%T.appendJSON:\n got %s (%v)\nwant %s", f, got, ok, want)
			}
		}
	}
}

func TestFindingsJSONNonFinite(t *testing.T) {
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if _, ok := (claimFinding{Value: v}).appendJSON(nil); ok {
			t.Errorf("claim value %v: appendJSON writes it; want it left to encoding/json's error", v)
		}
		if _, err := libraryJSON(claimFinding{Value: v}); err == nil {
			t.Errorf("claim value %v: encoding/json writes it", v)
		}
	}
}

func TestAppendFloat(t *testing.T) {
	for _, v := range []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1e-6, 9.99e-7, 1e-7, 1e20, 1e21, 1.5e300,
		-4.9e-324, 123456789.125, 65.99, 1e-10} {
		want, _ := json.Marshal(v)
		if got := appendFloat(nil, v); !bytes.Equal(got, want) {
			t.Errorf("appendFloat(%v) = %s, encoding/json %s", v, got, want)
		}
	}
}

func FuzzAppendString(f *testing.F) {
	for _, s := range trickyStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := libraryJSON(s)
		if got := appendString(nil, s); !bytes.Equal(got, want) {
			t.Errorf("appendString(%q) = %s, encoding/json %s", s, got, want)
		}
	})
}
