package query

import "strings"

// References are the one hard lexical situation: people write them with
// spaces, parentheses and hyphens ("1514 (XV)", "S/RES/1373 (2001)",
// "ES-10/19", "3201 (S-VI)", "HRC 7/36"), all of which the expression
// language also uses. The rules that keep them apart:
//
//   - a reference starts with a digit or an upper-case letter, or with a
//     body word followed by a number ("HRC 7/36", "decision 59/551");
//     function names are lower case;
//   - a hyphen belongs to a reference only right after the S of "S" or
//     "ES" and before a digit or Roman numeral; elsewhere it is the
//     difference operator;
//   - parentheses belong to a reference when they follow it directly
//     ("1514(XV)", "A/73/12(PartI)"), or after spaces when they hold a
//     Roman session, "ES-" or "S-" and one, or a four-digit year; no other
//     expression can put "(" after a reference;
//   - a dot belongs to a reference when a letter or digit follows it, so
//     "1990..1999" is a range and a final full stop is left out.

// bodyPrefixes are the words parser.ParseRef reads before a number to name
// its body, longest first.
var bodyPrefixes = []string{"hrc decision", "ecosoc decision", "ga decision", "hrc", "ecosoc", "chr", "ga", "sc", "decision", "resolution"}

// bodyPrefixAt returns the length of a body word and the blanks after it
// at s[i:], when a number follows them, or 0.
func bodyPrefixAt(s string, i int) int {
	for _, p := range bodyPrefixes {
		j := i + len(p)
		if j > len(s) || !strings.EqualFold(s[i:j], p) {
			continue
		}
		k := j
		for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
			k++
		}
		rest := s[k:]
		if k > j && rest != "" && (isDigit(int(rest[0])) || strings.HasPrefix(rest, "S-") || strings.HasPrefix(rest, "ES-")) {
			return k - i
		}
	}
	return 0
}

// lexRef scans a document reference, or an upper-case word such as GA.
func (l *lexer) lexRef() bool {
	l.pos += bodyPrefixAt(l.src, l.pos)
	l.scanSymbol()
	l.scanPart()
	l.scanSession()
	l.emit(tokRef)
	return true
}

// scanSymbol consumes letters, digits, slashes, and the dots, hyphens and
// attached parentheses that belong to a reference.
func (l *lexer) scanSymbol() {
	for {
		c := l.peek(0)
		switch {
		case isAlnum(c) || c == '/':
			l.pos++
		case c == '.' && isAlnum(l.peek(1)):
			l.pos++
		case c == '-' && l.hyphenInRef():
			l.pos++
		case c == '(' && l.pos > l.start && isAlnum(int(l.src[l.pos-1])):
			n := attachedGroup(l.src[l.pos:])
			if n == 0 {
				return
			}
			l.pos += n
		default:
			return
		}
	}
}

// hyphenInRef reports whether the hyphen at pos continues a session
// marker: S- or ES- at the start of the reference or of a symbol
// component, before a digit or a Roman numeral.
func (l *lexer) hyphenInRef() bool {
	word := l.src[l.start:l.pos]
	if i := strings.LastIndexByte(word, '/'); i >= 0 {
		word = word[i+1:]
	}
	next := l.peek(1)
	return (word == "S" || word == "ES") && (isDigit(next) || next != eof && strings.IndexByte(romanDigits, byte(next)) >= 0)
}

// attachedGroup returns the length of a parenthesised group of letters,
// digits, dots and hyphens at the start of s ("(XV)", "(PartI)"), or 0.
func attachedGroup(s string) int {
	for i := 1; i < len(s); i++ {
		c := int(s[i])
		switch {
		case c == ')' && i > 1:
			return i + 1
		case !isAlnum(c) && c != '.' && c != '-':
			return 0
		}
	}
	return 0
}

// scanPart consumes a lettered part after a number: the A of "217 A (III)"
// or "34/83 A".
func (l *lexer) scanPart() {
	if l.pos == l.start || !isDigit(int(l.src[l.pos-1])) {
		return
	}
	k := l.pos
	for k < len(l.src) && l.src[k] == ' ' {
		k++
	}
	if k == l.pos || k >= len(l.src) || !isUpper(int(l.src[k])) {
		return
	}
	if k+1 == len(l.src) || strings.IndexByte(" ),", l.src[k+1]) >= 0 {
		l.pos = k + 1
	}
}

// scanSession consumes a session or year in parentheses after blanks:
// " (XV)", " (ES-V)", " (S-VI)", " (2001)".
func (l *lexer) scanSession() {
	if l.pos == l.start || !isAlnum(int(l.src[l.pos-1])) {
		return
	}
	k := l.pos
	for k < len(l.src) && (l.src[k] == ' ' || l.src[k] == '\t') {
		k++
	}
	if k == l.pos || k >= len(l.src) || l.src[k] != '(' {
		return
	}
	end := strings.IndexByte(l.src[k:], ')')
	if end < 0 || !isSessionMark(l.src[k+1:k+end]) {
		return
	}
	l.pos = k + end + 1
}

// isSessionMark reports whether s is a Roman session ("XV"), an
// emergency or special one ("ES-V", "S-VI") or a four-digit year.
func isSessionMark(s string) bool {
	if len(s) == 4 && strings.Trim(s, "0123456789") == "" {
		return true
	}
	for _, p := range []string{"ES-", "S-"} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			s = rest
			break
		}
	}
	return s != "" && strings.Trim(s, romanDigits) == ""
}
