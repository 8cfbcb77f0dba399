package graph

import (
	"regexp"
	"strings"
	"sync"
)

// entitled matches the title that may follow a citation, after its date
// if the citation's text stops short of it:
// ` of 25 September 2015, entitled "Transforming our world: …"`, with
// straight or curly quotes. It is compiled on first use: most commands
// never read a title from a text.
var entitled = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\s*,?\s*entitled\s+["“]([^"”\n]{3,300})["”]`)
})

// TitleWindow is how many bytes after a citation a title is looked for.
const TitleWindow = 400

// titleAfter returns the title given right after the citation that ends
// at byte end of text, or "".
func titleAfter(text string, end int) string {
	if end <= 0 || end > len(text) {
		return ""
	}
	return TitleIn(text[end:])
}

// TitleIn returns the title that the text right after a citation gives
// it within TitleWindow bytes (` of 25 September 2015, entitled "…"`), or
// "". after starts where the citation ends.
func TitleIn(after string) string {
	m := entitled().FindStringSubmatch(after[:min(len(after), TitleWindow)])
	if m == nil {
		return ""
	}
	return strings.TrimRight(strings.TrimSpace(m[1]), ",.")
}
