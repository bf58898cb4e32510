package timex

import (
	"fmt"
	"testing"
	"time"
)

func TestDbg(t *testing.T) {
	for _, s := range []string{"was killed in a bombing in 1995.  The team planned to leave Nairobi on Thursday for Dar es Salaam."} {
		fmt.Printf("%+v\n", Tag(s, Reference{DocDate: time.Date(1998, 9, 30, 0, 0, 0, 0, time.UTC)}))
		toks := tokenize(s)
		for _, t := range toks {
			fmt.Print(t.s, "/", t.sentence, " ")
		}
	}
}
