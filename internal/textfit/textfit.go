// Package textfit fits titles into the room a label or a line has: it
// collapses white space, shortens at a word boundary and wraps. Diagrams
// (render) and exports share it.
package textfit

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// OneLine collapses every run of white space and control characters in s
// into one space, and trims it.
func OneLine(s string) string {
	if oneLine(s) {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, breaks), " ")
}

// breaks reports whether OneLine turns r into a space.
func breaks(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }

// oneLine reports whether OneLine would return s as it is: no space at
// either end, single spaces between words, no other white space or
// control character. Most titles and quotes are, and need no copy.
func oneLine(s string) bool {
	prevSpace := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' {
				if prevSpace {
					return false
				}
				prevSpace = true
			} else {
				if c < ' ' || c == 0x7f {
					return false
				}
				prevSpace = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if breaks(r) {
			return false
		}
		prevSpace = false
		i += size
	}
	return !prevSpace || s == ""
}

// Shorten puts s on one line and cuts it to at most max runes, ending with
// "…" when cut, at a word boundary where one is near.
func Shorten(s string, max int) string {
	s = OneLine(s)
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	cut := string([]rune(s)[:max-1])
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)*2/3 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// Wrap breaks s into lines of about width runes at spaces.
func Wrap(s string, width int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > width {
			lines = append(lines, line)
			line = word
			continue
		}
		line = strings.TrimSpace(line + " " + word)
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
