package parser

import (
	"path/filepath"
	"slices"
	"strings"
)

// The document's own identity comes from its header, in the forms of every
// era: the masthead symbol ("A/RES/74/178", "S/RES/1454 (2002)"), the
// number line ("60/45. Title", "84 (1950). Resolution of 7 July 1950",
// "Resolution 242 (1967)"), the adoption line ("Resolution adopted by the
// General Assembly on 8 December 2005"), the agenda item and the cover
// line naming the report or draft it was adopted on.

// readIdentity fills the identity fields of doc from the layout.
func readIdentity(doc *Document, l *layout) {
	hdr := l.headerLines()
	for _, t := range hdr {
		if doc.Symbol == "" {
			if sym, parts := mastheadSymbol(t); sym != "" {
				doc.Symbol = sym
				for _, p := range parts {
					l.addPart(p)
				}
			}
		}
		if doc.AgendaItem == "" && strings.HasPrefix(t, "Agenda item") {
			doc.AgendaItem = agendaItem(t)
		}
	}
	joined := strings.Join(hdr, "\n")
	doc.Body = adoptingBody(joined)
	if doc.Body == BodyNone {
		doc.Body = l.openerBody
	}
	num, title, numDate := numberLine(hdr)
	if doc.Symbol == "" && num != "" {
		if t, err := refForBody(num, doc.Body); err == nil {
			doc.Symbol = t
		}
	}
	doc.Title = title
	doc.Adopted = adoptionDate(joined)
	if doc.Adopted == "" {
		doc.Adopted = numDate
	}
	if doc.Adopted == "" {
		doc.Adopted = l.closingDate()
	}
	if doc.Symbol == "" {
		if sym := symbolFromFileName(doc.Source); sym != "" {
			doc.Symbol = sym
			doc.Diagnostics = append(doc.Diagnostics, Diagnostic{Severity: SevWarning, Code: "symbol-from-filename",
				Message: "the text names no symbol of its own; taken from the file name: " + sym})
		}
	}
	if doc.Body == BodyNone && doc.Symbol != "" {
		doc.Body, _ = symbolBody(doc.Symbol)
	}
	doc.Session = sessionOf(doc.Symbol)
	for _, p := range l.paras {
		if p.loc == LocHeader && (p.cover == "report" || p.cover == "draft") {
			if refs, _ := firstSymbol(l.text[p.start:p.end]); refs != "" {
				doc.AdoptedOn = refs
				break
			}
		}
	}
	doc.Parts = append([]string{}, l.parts...)
}

// headerLines returns the trimmed lines before the body opener (or the
// first 12 lines when there is none), with Markdown emphasis removed.
func (l *layout) headerLines() []string {
	end := l.opener
	if end < 0 {
		end = min(12, len(l.lines))
	}
	out := make([]string, 0, end)
	for _, ln := range l.lines[:end] {
		if t := strings.TrimSpace(stripEmphasis(ln.trim)); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// mastheadSymbol reads the document's symbol from a masthead line:
// "A/RES/74/243", "A/RES/79/93 A-B", "United Nations S/RES/1454 (2002)".
func mastheadSymbol(t string) (string, []string) {
	t = strings.TrimSpace(strings.TrimPrefix(t, "United Nations"))
	if !isLoneSymbol(t) {
		return "", nil
	}
	sym, rest, _ := strings.Cut(t, " ")
	if !strings.Contains(sym, "/RES/") && !strings.HasPrefix(sym, "S/") && !strings.HasPrefix(sym, "A/") && !strings.HasPrefix(sym, "E/") {
		return "", nil
	}
	var parts []string
	switch {
	case strings.HasPrefix(rest, "("):
		sym += strings.ReplaceAll(rest, " ", "")
	case isPartsSuffix(rest):
		r := strings.ReplaceAll(rest, "–", "-")
		for c := r[0]; c <= r[2]; c++ {
			parts = append(parts, string(c))
		}
	}
	return sym, parts
}

// agendaItem reads "Agenda item 27 (b)" → "27 (b)".
func agendaItem(t string) string {
	rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(t, "Agenda items"), "Agenda item"))
	if k := strings.Index(rest, "  "); k > 0 {
		rest = rest[:k]
	}
	return rest
}

// adoptingBody reads the body from "adopted by the General Assembly".
func adoptingBody(hdr string) Body {
	if isASCII(hdr) {
		return adoptingBodyASCII(hdr)
	}
	return adoptingBodyFolded(strings.ToLower(strings.Join(strings.Fields(hdr), " ")))
}

// adoptedByWindow is how many bytes of the folded header after a stem of
// adoptedByWords adoptingBodyASCII reads: the longest phrase and the
// longest organ name after it.
var adoptedByWindow = func() int {
	n, m := 0, 0
	for _, by := range adoptedByWords {
		n = max(n, len(by))
	}
	for _, o := range adoptedByOrgan {
		m = max(m, len(o.name))
	}
	if n+m > 256 {
		panic("parser: an \"adopted by\" phrase and organ name do not fit adoptingBodyASCII's window")
	}
	return n + m
}()

// adoptingBodyASCII is adoptingBody for an ASCII header, without folding
// all of it as foldFieldsASCII would: only where a stem of the phrases
// stands (in any case) is the text after it folded, lower-cased with its
// runs of white space made one space, as far as a phrase and an organ's
// name can reach; what the whole header folded holds there is the same.
// The first organ in table order that follows a phrase anywhere wins.
func adoptingBodyASCII(hdr string) Body {
	best := len(adoptedByOrgan)
	var buf [256]byte
	for i := 0; i+4 <= len(hdr); i++ {
		if !adoptedByStemAt(hdr, i) {
			continue
		}
		w := foldWindow(buf[:0], hdr[i:], adoptedByWindow)
		for _, by := range adoptedByWords {
			if !bytesHavePrefix(w, by) {
				continue
			}
			for k, o := range adoptedByOrgan[:best] {
				if bytesHavePrefix(w[len(by):], o.name) {
					best = k
					break
				}
			}
		}
	}
	if best == len(adoptedByOrgan) {
		return BodyNone
	}
	return adoptedByOrgan[best].body
}

// foldWindow appends to out at most n bytes of s folded as foldFieldsASCII
// folds it: lower-cased, each run of white space one space, none at the
// ends. s is ASCII.
func foldWindow(out []byte, s string, n int) []byte {
	for i := 0; i < len(s) && len(out) < n; {
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		if i == len(s) {
			break
		}
		if len(out) > 0 {
			out = append(out, ' ')
		}
		for ; i < len(s) && !isSpaceByte(s[i]) && len(out) < n; i++ {
			out = append(out, lowerByte(s[i]))
		}
	}
	return out
}

// lowerByte lower-cases an ASCII capital, as strings.ToLower does.
func lowerByte(c byte) byte {
	if isUpper(c) {
		return c + 'a' - 'A'
	}
	return c
}

// bytesHavePrefix reports whether b begins with p, without a copy.
func bytesHavePrefix(b []byte, p string) bool {
	return len(b) >= len(p) && string(b[:len(p)]) == p
}

// hasPrefixFoldASCII reports whether strings.ToLower(s) begins with the
// lower-case p, for an ASCII s, without lower-casing s.
func hasPrefixFoldASCII(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for j := range len(p) {
		if lowerByte(s[j]) != p[j] {
			return false
		}
	}
	return true
}

// adoptedByStemAt reports whether a stem of adoptedByWords begins at
// hdr[i], in any case, for an ASCII hdr.
func adoptedByStemAt(hdr string, i int) bool {
	if hdr[i]|0x20 != 'a' {
		return false
	}
	for _, st := range adoptedByStems {
		if hasPrefixFoldASCII(hdr[i:], st) {
			return true
		}
	}
	return false
}

// adoptingBodyFolded is adoptingBody on the header folded: lower-cased,
// its runs of white space made one space.
func adoptingBodyFolded(low string) Body {
	// Where each "adopted by" phrase stands: the organ's name must follow
	// one of them (the header has few), so that the organs are tried at
	// those places only. The first organ in table order wins, whichever
	// phrase and place it follows, as it would searching for every phrase
	// and organ name together.
	var atBuf, afterBuf [8]int
	at := adoptedByAt(atBuf[:0], low)
	after := afterBuf[:0]
	for _, by := range adoptedByWords {
		for _, i := range at {
			if strings.HasPrefix(low[i:], by) {
				after = append(after, i+len(by))
			}
		}
	}
	if len(after) == 0 {
		return BodyNone
	}
	for _, o := range adoptedByOrgan {
		for _, i := range after {
			if strings.HasPrefix(low[i:], o.name) {
				return o.body
			}
		}
	}
	return BodyNone
}

// foldFieldsASCII returns strings.ToLower(strings.Join(strings.Fields(s),
// " ")) for an ASCII s, in one pass and one string; ok is false, and
// nothing made, when s holds a byte past ASCII (U+0085 and U+00A0 are
// white space too, and lower-casing may change a rune's length).
func foldFieldsASCII(s string) (string, bool) {
	if !isASCII(s) {
		return "", false
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		if i == len(s) {
			break
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		for ; i < len(s) && !isSpaceByte(s[i]); i++ {
			c := s[i]
			if isUpper(c) {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
	}
	return b.String(), true
}

// adoptedByStems are the distinct first four bytes of adoptedByWords
// ("adop", "apro"): every phrase begins with one, so that the phrases are
// compared only where one of them stands.
var adoptedByStems = func() []string {
	var out []string
	for _, by := range adoptedByWords {
		if len(by) < 4 {
			panic("parser: an \"adopted by\" phrase is shorter than four bytes: " + by)
		}
		if by[0] != 'a' || strings.ToLower(by) != by {
			panic("parser: an \"adopted by\" phrase is not lower-case or does not begin with \"a\": " + by)
		}
		if !slices.Contains(out, by[:4]) {
			out = append(out, by[:4])
		}
	}
	return out
}()

// adoptedByAt appends to at every offset in low, a lower-cased header,
// where a stem of adoptedByWords begins, and returns it.
func adoptedByAt(at []int, low string) []int {
	for _, st := range adoptedByStems {
		for i := strings.Index(low, st); i >= 0; i = indexFrom(low, st, i+1) {
			at = append(at, i)
		}
	}
	return at
}

// adoptedByOrgan holds the organs' names lower-cased, in table order.
var adoptedByOrgan = func() []organName {
	out := make([]organName, len(organNames))
	for i, o := range organNames {
		out[i] = organName{name: strings.ToLower(o.name), body: o.body}
	}
	return out
}()

// adoptionDate reads the date from "adopted by the … on 8 December 2005"
// or "Adopted by the Security Council at its 4683rd meeting, on 30 December 2002".
func adoptionDate(hdr string) string {
	k := -1 // where the first phrase in table order that the header holds first stands
	if isASCII(hdr) {
		// The header is compared lower-cased in place, not copied so.
		var atBuf [8]int
		at := atBuf[:0]
		for i := 0; i+4 <= len(hdr); i++ {
			if adoptedByStemAt(hdr, i) {
				at = append(at, i)
			}
		}
		for _, by := range adoptedByWords {
			for _, i := range at {
				if (k < 0 || i < k) && hasPrefixFoldASCII(hdr[i:], by) {
					k = i
				}
			}
			if k >= 0 {
				break
			}
		}
	} else {
		low := strings.ToLower(hdr)
		var atBuf [8]int
		at := adoptedByAt(atBuf[:0], low)
		for _, by := range adoptedByWords {
			for _, i := range at {
				if (k < 0 || i < k) && strings.HasPrefix(low[i:], by) {
					k = i
				}
			}
			if k >= 0 {
				break
			}
		}
	}
	if k < 0 {
		return ""
	}
	rest := hdr[k:]
	for i := 0; i < len(rest) && i < 200; i++ {
		if i > 0 && !isSpaceByte(rest[i-1]) {
			continue
		}
		for _, on := range adoptedOnWords { // "on", "le", "el"
			if hasWordAt(rest, i, on) {
				if iso, _, ok := dayMonthYear(rest, skipSpace(rest, i+len(on))); ok {
					return iso
				}
			}
		}
	}
	return ""
}

// numberLine finds the document's own number line and returns the number
// as written ("60/45", "84 (1950)", "1454 (2002)"), the title after it and
// any date on the line ("84 (1950). Resolution of 7 July 1950").
func numberLine(hdr []string) (num, title, date string) {
	for i, t := range hdr {
		if lowerHasPrefix(t, "resolution ") && !lowerHasPrefix(t, "resolution adopted") && !lowerHasPrefix(t, "resolutions adopted") {
			rest := strings.TrimSpace(t[len("resolution "):])
			if it, ok := readNumberItem(rest, 0); ok && it.paren != "" {
				num = rest[:it.end]
				date = dateAfterOf(rest[it.end:])
				if date == "" && i+1 < len(hdr) {
					date = dateAfterOf(" " + hdr[i+1])
				}
				return num, "", date
			}
		}
		head, tail, ok := strings.Cut(t, ".")
		if !ok || len(head) > 14 || head == "" || !(isDigit(head[0]) || strings.HasPrefix(head, "ES") || strings.HasPrefix(head, "S-")) {
			continue
		}
		it, ok := readNumberItem(head, 0)
		if !ok || it.end != len(head) || (it.b == "" && it.paren == "") {
			continue
		}
		tail = strings.TrimSpace(tail)
		if lowerHasPrefix(tail, "resolution of") {
			return head, "", dateAfterOf(" " + tail[len("Resolution"):])
		}
		return head, tail, ""
	}
	return "", "", ""
}

// lowerHasPrefix reports whether strings.ToLower(s) begins with prefix,
// a lower-case ASCII string, without the lower-cased copy when s begins
// with ASCII: its bytes then lower-case one for one. Past ASCII, "İ"
// lower-cases to "i" and "K" (Kelvin) to "k", so that the copy is made.
func lowerHasPrefix(s, prefix string) bool {
	if isASCII(s[:min(len(s), len(prefix))]) {
		return hasPrefixASCIIFold(s, prefix)
	}
	return strings.HasPrefix(strings.ToLower(s), prefix)
}

// dateAfterOf reads " of 7 July 1950" at the start of s. A date without
// a readable year ("of 14 October £964", OCR) is no date.
func dateAfterOf(s string) string {
	if d, _ := datesAfter(s, 0); len(d) > 0 && !strings.HasPrefix(d[0], "0000-") {
		return d[0]
	}
	return ""
}

// closingDate reads the date written after the closing meeting line.
func (l *layout) closingDate() string {
	for i, ln := range l.lines {
		if l.special(ln.trim) != "end" {
			continue
		}
		rest := ln.trim
		if k := strings.Index(rest, "meeting"); k >= 0 {
			rest = rest[k+len("meeting"):]
		}
		if i+1 < len(l.lines) {
			rest += " " + l.lines[i+1].trim
		}
		rest = strings.TrimLeft(rest, " ,.")
		if iso, _, ok := dayMonthYear(rest, skipSpace(rest, 0)); ok {
			return iso
		}
	}
	return ""
}

// firstSymbol returns the first document symbol in s.
func firstSymbol(s string) (string, int) {
	for i := 0; i < len(s); i++ {
		if s[i] != '/' {
			continue
		}
		if t, ok := symbolStart(s, i); ok {
			if refs, e := scanSymbolExpr(s, t); len(refs) > 0 {
				return refs[0].target, e
			}
		}
	}
	return "", 0
}

// symbolFromFileName reads a symbol from a corpus-style file name:
// "A_RES_74_243.txt", "S_RES_84_1950.txt", "A_RES_79_93_A-B.txt",
// "S_2016_1061.txt", "A_RES_80_6__railcar_pdftext.txt".
func symbolFromFileName(source string) string {
	base := filepath.Base(source)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	if k := strings.Index(base, "__"); k > 0 {
		base = base[:k]
	}
	parts := strings.Split(base, "_")
	if len(parts) < 3 || (parts[0] != "A" && parts[0] != "S" && parts[0] != "E") {
		return ""
	}
	if len(parts) >= 4 && isPartsSuffix(parts[len(parts)-1]) {
		parts = parts[:len(parts)-1]
	}
	if parts[0] == "S" && len(parts) == 4 && parts[1] == "RES" && len(parts[3]) == 4 {
		return "S/RES/" + parts[2] + "(" + parts[3] + ")"
	}
	if len(parts) == 4 && parts[1] == "RES" && allDigits(parts[2]) && isRomanSession(parts[3]) {
		return parts[0] + "/RES/" + parts[2] + "(" + parts[3] + ")" // "A_RES_1123_XI"
	}
	sym := strings.Join(parts, "/")
	if !validSymbol(sym) || !canonicalShape(sym) {
		return ""
	}
	return sym
}

// canonicalShape reports a symbol whose every component is written as UN
// symbols are, in capitals, digits, dots and hyphens, and whose resolution
// or decision number has the form of its body: "A/RES/74/243" but not
// "A/RES/42/1987/refworld/9402".
func canonicalShape(sym string) bool {
	comps := strings.Split(sym, "/")
	for _, c := range comps {
		if c == "" {
			return false
		}
		for i := 0; i < len(c); i++ {
			if !isUpper(c[i]) && !isDigit(c[i]) && c[i] != '.' && c[i] != '-' {
				return false
			}
		}
	}
	for k, c := range comps {
		if c == "RES" || c == "DEC" {
			rest := comps[k+1:]
			return len(rest) == 2 && allDigits(rest[1]) && (allDigits(rest[0]) || strings.HasPrefix(rest[0], "ES-") || strings.HasPrefix(rest[0], "S-"))
		}
	}
	return true
}

// sessionOf derives the session (GA) or year (ECOSOC, SC) from a symbol.
func sessionOf(sym string) string {
	switch {
	case strings.HasPrefix(sym, "A/RES/"), strings.HasPrefix(sym, "A/HRC/RES/"), strings.HasPrefix(sym, "E/RES/"),
		strings.HasPrefix(sym, "A/DEC/"), strings.HasPrefix(sym, "A/HRC/DEC/"), strings.HasPrefix(sym, "E/DEC/"):
		k := strings.Index(sym, "RES/")
		if k < 0 {
			k = strings.Index(sym, "DEC/")
		}
		rest := sym[k+4:]
		if a, _, ok := strings.Cut(rest, "/"); ok {
			return a
		}
		if k := strings.IndexByte(rest, '('); k > 0 {
			return strings.TrimSuffix(rest[k+1:], ")")
		}
	case strings.HasPrefix(sym, "S/RES/"):
		if k := strings.IndexByte(sym, '('); k > 0 {
			return strings.TrimSuffix(sym[k+1:], ")")
		}
	}
	return ""
}

// applyAKNMeta lets the XML's own metadata override what the text says.
func applyAKNMeta(doc *Document, m aknMeta) {
	if m.Symbol != "" {
		doc.Symbol = m.Symbol
	}
	if m.Adopted != "" {
		doc.Adopted = m.Adopted
	}
	if m.Title != "" {
		doc.Title = m.Title
	}
	if m.Body != BodyNone {
		doc.Body = m.Body
	}
	if m.Session != "" {
		doc.Session = m.Session
	}
	if m.AgendaItem != "" {
		doc.AgendaItem = m.AgendaItem
	}
	if len(m.Parts) > 0 {
		doc.Parts = append([]string{}, m.Parts...)
	}
}
