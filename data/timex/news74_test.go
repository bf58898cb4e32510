package timex

import "testing"

// A payout's record day told after "payable to holders of record" lies ahead, as "payable May 1"
// does (news74): a dividend declared in January for holders of record in May is paid that May.
func TestPayableToRecord(t *testing.T) {
	run47(t, []case47{
		{"payable to holders of record May 1", date(1987, 1, 14), "Corbridge Chemical Corp said its board declared a dividend of 10 cts a share, payable to holders of record May 1.",
			[]tagged{{"May 1", "1987-05-01"}}},
		{"payable to shareholders of record on April 30", date(1988, 1, 20), "Hexmoor Paper Co said it declared a dividend of 30 cts a share payable to shareholders of record on April 30.",
			[]tagged{{"April 30", "1988-04-30"}}},
		// Controls: a payment told as past, and a record day with no "payable" before it.
		{"was paid to holders of record May 1", date(1987, 6, 10), "The last dividend, 10 cts a share, was paid to holders of record May 1.",
			[]tagged{{"May 1", "1987-05-01"}}},
		{"was payable to holders of record May 1", date(1987, 6, 10), "The dividend was payable to holders of record May 1.",
			[]tagged{{"May 1", "1987-05-01"}}},
	})
}
