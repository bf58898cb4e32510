package main

import "encoding/binary"

// plainRun returns the index of the first byte at or after i that a JSON string cannot hold as
// it is (or len(s)), checking eight bytes at a time: text is mostly plain ASCII.
func plainRun(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		w := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		// A high bit is set where a byte is a control character, a quote, a backslash or
		// not ASCII; a borrow can set more only above such a byte, so none means all plain.
		if (w|(w-ones*0x20)|((w^ones*'"')-ones)|((w^ones*'\\')-ones))&highs != 0 {
			break
		}
	}
	for i < len(s) && plainJSON[s[i]] {
		i++
	}
	return i
}
