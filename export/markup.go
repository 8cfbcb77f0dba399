package export

import (
	"regexp"
	"strings"
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
func StripMarkup(s string) string {
	s = supTag.ReplaceAllString(s, "")
	s = texMarker.ReplaceAllString(s, "")
	s = mdFootnote.ReplaceAllString(s, "")
	s = htmlTag.ReplaceAllString(s, "")
	s = emphasis.ReplaceAllString(s, "$2")
	s = superscripts.Replace(s)
	return strings.Join(strings.Fields(s), " ")
}
