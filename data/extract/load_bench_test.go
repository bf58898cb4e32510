package extract_test

import (
	"context"
	"testing"

	"github.com/eventline/eventline/data/extract"
	"github.com/eventline/eventline/data/store"
)

func BenchmarkLoadCompanies(b *testing.B) {
	ctx := context.Background()
	st, err := store.Open(ctx, "", store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	for range b.N {
		if _, err := extract.LoadCompanies(ctx, st.DB); err != nil {
			b.Fatal(err)
		}
	}
}
