package extract

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
		return plainBits(uint64(load32(s)) | uint64(load32(s[n-4:]))<<32)
	}
	for i := 0; i+8 < n; i += 8 {
		if !plainBits(load64(s[i:])) {
			return false
		}
	}
	return plainBits(load64(s[n-8:]))
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

// load64 reads the first eight bytes of s, little-endian (the compiler makes it one load).
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load32 reads the first four bytes of s, little-endian.
func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
