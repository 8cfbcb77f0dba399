package cmd

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Text that comes from documents or stores (titles, symbols, sources,
// messages) is untrusted: a title can carry terminal escape sequences
// that set the window title, clear the screen or move the cursor, and a
// JSON store can put a newline in a title to print a fake result line.
// Human output therefore goes through an escaper, which shows every
// control character escaped, and free-text values through oneLine,
// which also escapes the newlines and tabs the escaper lets through for
// the command's own layout. JSON output is left exact: its encoder
// escapes control characters itself.

// escaper writes to w with control characters shown escaped: C0 controls
// other than newline and tab, DEL and C1 controls as \xNN or \u00NN,
// bidirectional formatting characters (which reorder what a terminal
// shows) as \uNNNN, and bytes that are not UTF-8 as \xNN.
type escaper struct {
	w     io.Writer
	carry []byte // the start of a UTF-8 sequence cut by the end of a Write
}

// textOut returns w wrapped for human output.
func textOut(w io.Writer) io.Writer {
	if _, ok := w.(*escaper); ok {
		return w
	}
	return &escaper{w: w}
}

func (e *escaper) Write(p []byte) (int, error) {
	n := len(p)
	if len(e.carry) > 0 {
		p = append(e.carry, p...)
		e.carry = nil
	}
	start := 0
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && size <= 1 && !utf8.FullRune(p[i:]) {
			e.carry = append([]byte(nil), p[i:]...)
			p = p[:i]
			break
		}
		esc := escapeRune(r, size, p[i])
		if esc == "" {
			i += size
			continue
		}
		if _, err := e.w.Write(p[start:i]); err != nil {
			return 0, err
		}
		if _, err := io.WriteString(e.w, esc); err != nil {
			return 0, err
		}
		i += size
		start = i
	}
	if _, err := e.w.Write(p[start:]); err != nil {
		return 0, err
	}
	return n, nil
}

// escapeRune returns how a rune is shown, or "" to show it as it is.
// Newlines and tabs pass.
func escapeRune(r rune, size int, b byte) string {
	switch {
	case r == utf8.RuneError && size == 1:
		return fmt.Sprintf(`\x%02x`, b)
	case r == '\n' || r == '\t':
		return ""
	case r < 0x20 || r == 0x7f:
		return fmt.Sprintf(`\x%02x`, r)
	case r >= 0x80 && r <= 0x9f, isBidiControl(r):
		return fmt.Sprintf(`\u%04x`, r)
	}
	return ""
}

// isBidiControl reports the characters that change the direction of the
// text around them: embeddings, overrides, isolates and marks.
func isBidiControl(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f || r == 0x061c
}

// oneLine shows s on one line: every control character escaped, newlines
// and tabs included. Use it for free text (titles, messages) inside a
// line of output.
func oneLine(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool {
		return r < 0x20 || r >= 0x7f && r <= 0x9f || isBidiControl(r) || r == utf8.RuneError
	}) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		default:
			if esc := escapeRune(r, size, s[i]); esc != "" {
				b.WriteString(esc)
			} else {
				b.WriteString(s[i : i+size])
			}
		}
		i += size
	}
	return b.String()
}
