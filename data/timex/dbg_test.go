package timex

import (
	"fmt"
	"testing"
	"time"
)

func TestDbg(t *testing.T) {
	for _, s := range []string{"The New York Times says in an editorial on Thursday, Jan. 6: &QL; The U.S.", "from 1991 to 1997"} {
		fmt.Printf("%+v\n", Tag(s, Reference{DocDate: time.Date(2000, 1, 6, 0, 0, 0, 0, time.UTC)}))
	}
}
