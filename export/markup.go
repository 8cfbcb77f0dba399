package export

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// markupPatterns are the markup that converted texts leave around
// footnote markers and emphasis, which a quote should not carry.
type markupPatterns struct {
	// texMarker is a LaTeX superscript marker from PDF conversion:
	// "$^{3}$", "$^{^3}$", "$^3$".
	texMarker *regexp.Regexp
	// mdFootnote is a Markdown footnote reference: "[^3]".
	mdFootnote *regexp.Regexp
	// htmlTag is an HTML or XML tag.
	htmlTag *regexp.Regexp
	// emphasis is Markdown bold or italics around words: "**Recalling**",
	// "*Recalling*", "_Recalling_".
	emphasis *regexp.Regexp
	// supTag is a marker written as an HTML superscript.
	supTag *regexp.Regexp
}

// markup compiles the patterns on first use, not when the program
// starts: every command of the binary would pay for them (2.5 ms).
var markup = sync.OnceValue(func() *markupPatterns {
	return &markupPatterns{
		texMarker:  regexp.MustCompile(`\$\^\{?\^?([0-9a-z*]{1,3})\}?\$`),
		mdFootnote: regexp.MustCompile(`\[\^[0-9a-z]{1,3}\]`),
		htmlTag:    regexp.MustCompile(`</?[a-zA-Z][^<>]{0,200}>`),
		emphasis:   regexp.MustCompile(`(\*\*|\*|__|\b_)([^*_\n]{1,200}?)(\*\*|\*|__|_\b)`),
		supTag:     regexp.MustCompile(`<sup>[^<]{0,10}</sup>`),
	}
})

// superscripts are the Unicode superscript digits used as markers.
var superscripts = strings.NewReplacer("⁰", "", "¹", "", "²", "", "³", "", "⁴", "", "⁵", "", "⁶", "", "⁷", "", "⁸", "", "⁹", "")

// StripMarkup returns a quote as plain text: footnote markers in any of
// the shapes converted texts have ("$^{3}$", "[^3]", "<sup>3</sup>",
// "³") removed, tags and Markdown emphasis taken off, white space
// collapsed.
//
// Each pattern runs only where the text holds the bytes it starts with:
// most quotes hold none, and a regular expression that cannot match
// still walks the whole text.
func StripMarkup(s string) string {
	m := markup()
	if strings.Contains(s, "<sup>") {
		s = m.supTag.ReplaceAllString(s, "")
	}
	if strings.Contains(s, "$^") {
		s = m.texMarker.ReplaceAllString(s, "")
	}
	if strings.Contains(s, "[^") {
		s = m.mdFootnote.ReplaceAllString(s, "")
	}
	if strings.IndexByte(s, '<') >= 0 {
		s = m.htmlTag.ReplaceAllString(s, "")
	}
	if strings.ContainsAny(s, "*_") {
		s = m.emphasis.ReplaceAllString(s, "$2")
	}
	if strings.ContainsAny(s, "⁰¹²³⁴⁵⁶⁷⁸⁹") {
		s = superscripts.Replace(s)
	}
	return collapseSpace(s)
}

// collapseSpace is strings.Join(strings.Fields(s), " "), without the
// copies when s is already collapsed.
func collapseSpace(s string) string {
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return strings.Join(strings.Fields(s), " ")
			}
			i += size - 1
			prevSpace = false
			continue
		}
		space := asciiSpace[c]
		if space && (prevSpace || c != ' ') {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = space
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

// asciiSpace are the ASCII bytes strings.Fields splits at.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
