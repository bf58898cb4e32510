package articles

import (
	"encoding/binary"
	"math/bits"
)

// Reading a line of JSON Lines eight bytes at a time (issue 11): the reader's count of a line's
// characters and the decoder's scan of its strings went a byte at a time over every byte of the
// input.

// validRuneCount is utf8.RuneCount of b, which must be valid UTF-8: the bytes that are no
// continuation byte (10xxxxxx) of a character, counted eight at a time.
func validRuneCount(b []byte) int {
	n := len(b)
	for len(b) >= 8 {
		w := binary.LittleEndian.Uint64(b)
		n -= bits.OnesCount64(w &^ (w << 1) & 0x8080808080808080)
		b = b[8:]
	}
	for _, c := range b {
		if c&0xC0 == 0x80 {
			n--
		}
	}
	return n
}

// plainWord says whether the eight bytes at s[k] hold no quote, backslash or control character:
// no byte equal to '"' or '\\' (the XOR with it is zero) and none below 0x20.
func plainWord(s string, k int) bool {
	w := binary.LittleEndian.Uint64([]byte(s[k : k+8]))
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	q, bs := w^(ones*'"'), w^(ones*'\\')
	return ((q-ones)&^q|(bs-ones)&^bs|(w-ones*0x20)&^w)&highs == 0
}
