package parser

// Most keywords of a text stand in prose with no number anywhere after
// them in their clause ("the resolution adopted by consensus"). The list
// readers that look ahead for a number (delayedList, resumeList) can only
// succeed where a digit stands, so they first ask numberAhead whether one
// does, a pass over the bytes that is much cheaper than theirs.

// aheadClass sorts the bytes numberAhead looks at: aheadDigit, a clause
// end (aheadStop, and '.' which is one before white space), and the bytes
// that may stand between a list reader's last position and the digits of
// a number it reads from there (aheadPass: white space, letters, commas,
// dashes and the bytes of non-ASCII letters, dashes and U+00A0).
var aheadClass = func() (t [256]byte) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		switch {
		case isDigit(b):
			t[c] = aheadDigit
		case b == ';' || b == ':':
			t[c] = aheadStop
		case b == '.':
			t[c] = aheadDot
		case isSpaceByte(b) || isLetter(b) || b == ',' || b == '-' || b >= 0x80:
			t[c] = aheadPass
		}
	}
	return t
}()

// The classes of aheadClass; 0 is any other byte.
const (
	aheadDigit = 1 + iota
	aheadStop
	aheadDot
	aheadPass
)

// numberAhead reports whether a list reader scanning s[i:limit] might find
// a number there: whether a digit stands in s[i:limit], or just after
// limit past white space, letters, commas and dashes (the introducer,
// joiner or session prefix of a number begun before limit). With
// clause, the scan ends at the end of the clause (";", ":", ". "), as
// delayedList's does: a number whose introducer begins before that end
// has its digits before it too, as no introducer holds those bytes. A
// false answer is certain; a true one only says to look.
func numberAhead(s string, i, limit int, clause bool) bool {
	limit = min(limit, len(s))
	for k := i; k < limit; k++ {
		switch aheadClass[s[k]] {
		case aheadDigit:
			return true
		case aheadStop:
			if clause {
				return false
			}
		case aheadDot:
			if clause && k+1 < len(s) && isSpaceByte(s[k+1]) {
				return false
			}
		}
	}
	for k := limit; k < len(s); k++ {
		switch aheadClass[s[k]] {
		case aheadDigit:
			return true
		case aheadPass:
			continue
		}
		return false
	}
	return false
}
