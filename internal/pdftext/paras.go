package pdftext

import (
	"math"
	"strings"
	"unicode"
)

// paragraph is text assembled from consecutive lines.
type paragraph struct {
	text    string
	labeled bool      // its first line opens with a note label
	last    *textLine // the line that ended it, for the next join
}

// paragraphs joins body lines into paragraphs. A paragraph ends where the
// gap to the next line is clearly wider than the leading, where the size
// changes, or where an indented line follows a line that ends a clause.
func paragraphs(lines []*textLine, lead map[float64]float64) []paragraph {
	var out []paragraph
	var prev *textLine
	for _, l := range lines {
		t := l.text()
		if prev != nil && !breaksParagraph(prev, l, lead) {
			p := &out[len(out)-1]
			p.text = joinLines(p.text, t)
			p.last = l
			prev = l
			continue
		}
		out = append(out, paragraph{text: t, labeled: startsWithLabel(l), last: l})
		prev = l
	}
	return out
}

// breaksParagraph reports whether line b starts a new paragraph after a.
func breaksParagraph(a, b *textLine, lead map[float64]float64) bool {
	if math.Abs(a.size-b.size) > 0.15*a.size || b.y >= a.y {
		return true
	}
	expected, ok := lead[math.Round(a.size*2)/2]
	if !ok {
		expected = 1.2 * a.size
	}
	if a.y-b.y > 1.3*expected {
		return true
	}
	at := strings.TrimSpace(a.text())
	if at != "" && strings.ContainsRune(".;:", lastRune(at)) && b.x0 > a.x0+1.5*b.size {
		return true
	}
	return startsWithLabel(b)
}

// joinLines joins the next line of a paragraph to its text. A line broken
// after a hyphen or a slash continues without a space; the hyphen is kept
// (UN texts break lines at the hyphens of compounds and symbols, which
// must survive: "high-level", "A/79/552-S/2024/767") unless the pieces
// form a word the citation grammar reads ("Decem-ber", "resolu-tion"). A
// soft hyphen is always dropped.
func joinLines(text, next string) string {
	if text == "" {
		return next
	}
	switch r := lastRune(text); r {
	case '\u00ad':
		return strings.TrimSuffix(text, "\u00ad") + next
	case '-', '\u2010', '\u2011':
		head := text[:len(text)-len(string(r))]
		if isHyphenatedWord(lastWord(head), firstWord(next)) {
			return head + next
		}
		return text + next
	case '/':
		return text + next
	}
	return text + " " + next
}

// lastWord returns the letters at the end of s.
func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return s[i+1:]
}

// firstWord returns the letters at the start of s.
func firstWord(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

// hyphenatedWords are words a line break may split that citations depend
// on: months, the kinds of documents, the verbs that open paragraphs.
var hyphenatedWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`january february march april may june july august september
		october november december resolution resolutions decision decisions document documents
		recalling reaffirming recognizing recognising welcoming noting acknowledging
		emphasizing stressing considering expressing endorsing determining reiterating
		requests decides reaffirms recalls welcomes endorses urges encourages
		assembly council commission committee secretary session supplement paragraph annex
		presidential statement statements`) {
		hyphenatedWords[w] = true
	}
}

// isHyphenatedWord reports whether head and tail, split by a hyphen at a
// line end, are the halves of one such word.
func isHyphenatedWord(head, tail string) bool {
	return head != "" && tail != "" && isLowerStart(tail) && hyphenatedWords[strings.ToLower(head+tail)]
}

// unfinished reports a paragraph cut by the page foot: it does not end
// with the punctuation that closes a paragraph.
func unfinished(text string) bool {
	t := strings.TrimSpace(text)
	if t == "" {
		return false
	}
	return !strings.ContainsRune(".;:,!?)”\"", lastRune(t))
}

// continues reports text that carries on a sentence: it starts with a
// small letter, or a digit that is no paragraph number ("12. ").
func continues(text string) bool {
	t := strings.TrimSpace(text)
	r := firstRune(t)
	if unicode.IsDigit(r) {
		i := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsDigit(r) })
		return i < 0 || !strings.HasPrefix(t[i:], ". ")
	}
	return unicode.IsLower(r)
}
