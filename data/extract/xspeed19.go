package extract

import "github.com/eventline/eventline/internal/wordtab"

// plain says whether a word is its own folded form: no ASCII capital, no hyphen and no byte
// outside ASCII. units asks it of every word of every sentence, and a byte at a time it cost
// about a hundredth of extraction's instructions (some eleven a byte): the word's bytes are
// read eight at a time instead (plainBits), a short word's in one or two overlapping loads.
func plain(s string) bool {
	n := len(s)
	switch {
	case n == 0:
		return true
	case n < 4:
		return plainBits(uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16)
	case n <= 8:
		return plainBits(uint64(wordtab.Load32(s)) | uint64(wordtab.Load32(s[n-4:]))<<32)
	}
	for i := 0; i+8 < n; i += 8 {
		if !plainBits(wordtab.Load64(s[i:])) {
			return false
		}
	}
	return plainBits(wordtab.Load64(s[n-8:]))
}

// plainBits says whether none of the eight bytes of x is an ASCII capital, a hyphen or a byte
// outside ASCII (a zero byte is none of them). In a byte below 0x80, adding 0x3F sets the top
// bit from 'A' (0x41) up and adding 0x25 from '[' (0x5B) up, with no carry out of the byte;
// adding 0x7F to the byte xor '-' leaves the top bit clear only for a hyphen. A byte of 0x80 or
// more answers no by its own top bit, whatever its carries do to the bytes above it.
func plainBits(x uint64) bool {
	const ones, top = 0x0101010101010101, 0x8080808080808080
	upper := (x + 0x3F*ones) &^ (x + 0x25*ones)
	hyphen := ^((x ^ '-'*ones) + 0x7F*ones)
	return (x|upper|hyphen)&top == 0
}
