package extract

// plainUnits is units(name, appendTokens(nil, name), buf) for a name written in ASCII letters,
// digits and spaces only, as nine in ten of the directory's names and short forms are: its units
// are its words, lower-cased, "and" as "&" (see below). The recognizer's build makes the units of some 25,000
// names before the first article; the tokenizer's and units' general rules (hyphens, dots,
// initials, apostrophes, accents) cost three quarters of that, for names that have none of what
// they look for. It returns the units and the name's first word, or buf[:0] and "" for a name
// with any other byte or without a word: the caller takes the general way. TestPlainUnits holds
// it equal to the general way on every name of the embedded directory.
func plainUnits(name string, buf []unit) (us []unit, first string) {
	// One pass tells a plain name and folds it: the folded words are cut from one lower-case
	// copy of the name (the same offsets: ASCII), one allocation as units' arena is.
	var tmp [128]byte
	b := tmp[:0]
	if len(name) > len(tmp) {
		b = make([]byte, 0, len(name))
	}
	b = b[:len(name)]
	changed := byte(0)
	for i := 0; i < len(name); i++ {
		f := plainFold[name[i]]
		if f == 0 {
			return buf[:0], ""
		}
		b[i] = f
		changed |= f ^ name[i]
	}
	folded := name
	if changed != 0 {
		folded = string(b)
	}
	us = buf[:0]
	for i := 0; i < len(name); {
		if name[i] == ' ' {
			i++
			continue
		}
		j := i + 1
		for j < len(name) && name[j] != ' ' {
			j++
		}
		key := folded[i:j]
		if w := name[i:j]; w == "and" || w == "And" {
			key = "&" // as units has it
		}
		if first == "" {
			first = name[i:j]
		}
		us = append(us, unit{key: key, from: len(us), to: len(us) + 1, start: i, end: j})
		i = j
	}
	return us, first
}

// plainFold maps the bytes of a plain name to their lower case (a space to itself), any other
// byte to 0.
var plainFold = func() (t [256]byte) {
	t[' '] = ' '
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()
