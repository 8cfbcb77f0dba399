package export

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The markup that converted texts leave around footnote markers and
// emphasis, which a quote should not carry.
var (
	// texMarker is a LaTeX superscript marker from PDF conversion:
	// "$^{3}$", "$^{^3}$", "$^3$".
	texMarker = regexp.MustCompile(`\$\^\{?\^?([0-9a-z*]{1,3})\}?\$`)
	// mdFootnote is a Markdown footnote reference: "[^3]".
	mdFootnote = regexp.MustCompile(`\[\^[0-9a-z]{1,3}\]`)
	// htmlTag is an HTML or XML tag.
	htmlTag = regexp.MustCompile(`</?[a-zA-Z][^<>]{0,200}>`)
	// emphasis is Markdown bold or italics around words: "**Recalling**",
	// "*Recalling*", "_Recalling_".
	emphasis = regexp.MustCompile(`(\*\*|\*|__|\b_)([^*_\n]{1,200}?)(\*\*|\*|__|_\b)`)
	// supTag is a marker written as an HTML superscript.
	supTag = regexp.MustCompile(`<sup>[^<]{0,10}</sup>`)
	// superscripts are the Unicode superscript digits used as markers.
	superscripts = strings.NewReplacer("⁰", "", "¹", "", "²", "", "³", "", "⁴", "", "⁵", "", "⁶", "", "⁷", "", "⁸", "", "⁹", "")
)

// StripMarkup returns a quote as plain text: footnote markers in any of
// the shapes converted texts have ("$^{3}$", "[^3]", "<sup>3</sup>",
// "³") removed, tags and Markdown emphasis taken off, white space
// collapsed.
//
// Each pattern runs only where the text holds the bytes it starts with:
// most quotes hold none, and a regular expression that cannot match
// still walks the whole text.
func StripMarkup(s string) string {
	if strings.Contains(s, "<sup>") {
		s = supTag.ReplaceAllString(s, "")
	}
	if strings.Contains(s, "$^") {
		s = texMarker.ReplaceAllString(s, "")
	}
	if strings.Contains(s, "[^") {
		s = mdFootnote.ReplaceAllString(s, "")
	}
	if strings.IndexByte(s, '<') >= 0 {
		s = htmlTag.ReplaceAllString(s, "")
	}
	if strings.ContainsAny(s, "*_") {
		s = emphasis.ReplaceAllString(s, "$2")
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
