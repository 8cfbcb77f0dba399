package parser

import "strings"

// line is one line of the input text: [start, end) excludes the newline.
type line struct {
	start, end int
	text       string // the line without its newline or trailing white space
	trim       string // text without leading white space
}

// blank reports whether the line holds nothing but white space.
func (l line) blank() bool { return l.trim == "" }

// splitLines cuts text into lines, keeping byte offsets.
func splitLines(text string) []line {
	lines := make([]line, 0, strings.Count(text, "\n")+1)
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		t := trimRightSpace(text[start:end])
		lines = append(lines, line{start: start, end: end, text: t, trim: trimLeftSpace(t)})
		if end == len(text) {
			break
		}
		start = end + 1
	}
	return lines
}

// trimRightSpace removes trailing white space: ' ', '\t', '\r', '\f',
// '\v' and U+00A0, as strings.TrimRight with those does, a byte at a time
// rather than a rune.
func trimRightSpace(s string) string {
	for len(s) > 0 {
		switch c := s[len(s)-1]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			s = s[:len(s)-1]
		case c == 0xa0 && len(s) >= 2 && s[len(s)-2] == 0xc2: // U+00A0
			s = s[:len(s)-2]
		default:
			return s
		}
	}
	return s
}

// trimLeftSpace removes leading white space: ' ', '\t', '\r', '\f', '\v'
// and U+00A0, a byte at a time rather than a rune.
func trimLeftSpace(s string) string {
	for len(s) > 0 {
		switch c := s[0]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			s = s[1:]
		case c == 0xc2 && len(s) >= 2 && s[1] == 0xa0: // U+00A0
			s = s[2:]
		default:
			return s
		}
	}
	return s
}

// isSpaceByte reports ASCII white space.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// isDigit reports an ASCII digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isUpper reports an ASCII capital letter.
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// isLower reports an ASCII small letter.
func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

// isLetter reports an ASCII letter.
func isLetter(c byte) bool { return isUpper(c) || isLower(c) }

// isAlnum reports an ASCII letter or digit.
func isAlnum(c byte) bool { return isLetter(c) || isDigit(c) }

// allDigits reports whether s is a non-empty run of ASCII digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// atoi converts a short run of ASCII digits; it returns -1 for anything else.
func atoi(s string) int {
	if !allDigits(s) || len(s) > 9 {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// blankOut overwrites buf[start:end] with spaces, keeping newlines so that
// line structure survives.
func blankOut(buf []byte, start, end int) {
	for i := start; i < end && i < len(buf); i++ {
		if buf[i] != '\n' {
			buf[i] = ' '
		}
	}
}

// spanAt builds a Span for [start, end) of text, with 1-based line and
// byte column. lineStarts holds the offset of every line start.
func spanAt(lineStarts []int, start, end int) Span {
	lo, hi := 0, len(lineStarts)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if lineStarts[mid] <= start {
			lo = mid
		} else {
			hi = mid
		}
	}
	return Span{Start: start, End: end, Line: lo + 1, Col: start - lineStarts[lo] + 1}
}

// lowerASCII writes the ASCII word w lower-cased into buf and returns it;
// ok is false, and nothing written, when w is longer than buf or holds a
// byte past ASCII (strings.ToLower is then the way).
func lowerASCII(buf []byte, w string) (low []byte, ok bool) {
	if len(w) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return nil, false
		}
		if isUpper(c) {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)], true
}

// localVerbFold reports whether the word w, lower-cased, is one of
// localVerbs, without making the lower-cased copy when w is ASCII.
func localVerbFold(w string) bool {
	var buf [32]byte
	if low, ok := lowerASCII(buf[:], w); ok {
		if n := len(low); n > 0 && !localVerbShapes.has(low[0], low[n-1], n) {
			return false
		}
		return localVerbs[string(low)]
	}
	return localVerb(strings.ToLower(w))
}

// wordShapes is a filter of a set of lower-case words by their length,
// first and last bytes: for each length up to 32 and first letter, the bit
// set of the last letters. A word whose shape is not in it is not in the
// set; one whose shape is may be.
type wordShapes [33][26]uint32

// newWordShapes returns the filter of the words of set.
func newWordShapes(set map[string]bool) *wordShapes {
	var t wordShapes
	for w := range set {
		n := len(w)
		if n == 0 || n > 32 || !isLower(w[0]) || !isLower(w[n-1]) {
			panic("parser: a word of the set is not a lower-case word of at most 32 bytes: " + w)
		}
		t[n][w[0]-'a'] |= 1 << (w[n-1] - 'a')
	}
	return &t
}

// has reports whether a word of length n, first byte first and last byte
// last may be in the set.
func (t *wordShapes) has(first, last byte, n int) bool {
	if n > 32 || !isLower(first) || !isLower(last) {
		return false // every word of the set begins and ends with a small letter
	}
	return t[n][first-'a']&(1<<(last-'a')) != 0
}

// localVerbShapes filters the words of localVerbs.
var localVerbShapes = newWordShapes(localVerbs)
