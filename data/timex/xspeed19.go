package timex

import (
	"math/bits"

	"github.com/eventline/eventline/internal/wordtab"
)

// letterRun returns the end of the run of ASCII letters that starts at byte k of text (k itself
// when there is none). scanWord reads every word of every text through it: a byte at a time,
// by the asciiLetters table, it cost some eight instructions a letter, about a hundredth of
// extraction's; eight bytes are tested at once while eight remain (letterBits), the last few a
// byte at a time.
func letterRun(text string, k int) int {
	for k+8 <= len(text) {
		if other := ^letterBits(wordtab.Load64(text[k:])) & 0x8080808080808080; other != 0 {
			return k + bits.TrailingZeros64(other)/8
		}
		k += 8
	}
	for k < len(text) && asciiLetters[text[k]] {
		k++
	}
	return k
}

// letterBits sets the top bit of each byte of x that is an ASCII letter, and clears the others'.
// A letter is a byte below 0x80 that is 'a' to 'z' with the case bit (0x20) set: setting it
// maps 'A'-'Z' onto 'a'-'z', and no other byte below 0x80 onto them ('@' and '[' go to '`' and
// '{'). With the top bit clear, adding 0x1F sets it from 'a' (0x61) up and adding 0x05 from '{'
// (0x7B) up, with no carry out of the byte; a byte of 0x80 or more is cleared by its own top bit,
// whatever the carries of the additions do to the bytes above it.
func letterBits(x uint64) uint64 {
	const ones = 0x0101010101010101
	y := x | 0x20*ones
	return (y + 0x1F*ones) &^ (y + 0x05*ones) &^ x
}
