package parser

import (
	"strings"
)

// Document symbols: "A/60/452", "A/C.3/75/L.2/Rev.1", "S/PRST/2005/1",
// "E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1", with the running-text forms that
// stand for several documents: "A/55/140 and Corr.1 and Add.1",
// "A/68/970/Add.1–3", joint "A/79/552-S/2024/767", the reissue mark
// "S/1996/636*", and a part in parentheses "A/73/12 (Part I)".
//
// Grammar (spaces between tokens may be any white space):
//
//	expr      = symbol { joint } { ("and" | ",") mod }
//	joint     = "-" symbol                      (second series prefix after a hyphen)
//	symbol    = series "/" component { "/" component } [ "*" ] [ paren ]
//	series    = capital { capital | digit | "." }
//	component = { letter | digit | "." | "-" | "–" | "‑" }
//	paren     = "(" ( year | roman | "Part " roman | "Sect. " digits ) ")"
//	mod       = ("Add." | "Corr." | "Rev." | "Amend.") digits [ ("–" | "-") digits ]

// symRef is one document named by a symbol expression.
type symRef struct {
	target     string
	start, end int // span of the text naming it (the whole expression for expansions)
}

// isSymbolByte reports bytes that may stand inside a symbol component.
func isSymbolByte(c byte) bool {
	return isAlnum(c) || c == '.' || c == '-'
}

// dashAt reports a hyphen-like character at s[i] (hyphen, U+2011 non-breaking
// hyphen, U+2013 en dash) and its byte width.
func dashAt(s string, i int) int {
	switch {
	case i >= len(s):
		return 0
	case s[i] == '-':
		return 1
	case strings.HasPrefix(s[i:], "\u2011"), strings.HasPrefix(s[i:], "\u2013"), strings.HasPrefix(s[i:], "\u2010"):
		return 3
	}
	return 0
}

// symbolStart finds where the symbol holding the slash at s[slash] begins,
// and reports whether it starts with a series prefix (a capital letter).
func symbolStart(s string, slash int) (int, bool) {
	t := slash
	for t > 0 && (isAlnum(s[t-1]) || s[t-1] == '.') {
		t--
	}
	if t == slash || !isUpper(s[t]) {
		return t, false
	}
	if t > 0 && (s[t-1] == '/' || isAlnum(s[t-1]) || s[t-1] == '-') {
		return t, false
	}
	for i := t; i < slash; i++ {
		if isLower(s[i]) {
			return t, false
		}
	}
	return t, slash-t <= 12
}

// readSymbol reads one symbol starting at s[i] (at its series prefix). It
// stops before a hyphen that begins a joint symbol. It returns the raw
// symbol (dashes normalised to "-") and the offset after it. The symbol
// is a part of s, not a copy, unless it holds a dash to normalise.
func readSymbol(s string, i int) (string, int) {
	j := i
	dashes := false // a dash of three bytes, written "-" in the symbol
	for j < len(s) {
		c := s[j]
		if c == '/' && j+1 < len(s) && (isAlnum(s[j+1]) || s[j+1] == '.') {
			j++
			continue
		}
		if w := dashAt(s, j); w > 0 {
			if jointAt(s, j+w) || j+w >= len(s) || !(isAlnum(s[j+w])) {
				break
			}
			dashes = dashes || w > 1
			j += w
			continue
		}
		if isAlnum(c) || (c == '.' && j+1 < len(s) && isAlnum(s[j+1])) {
			j++
			continue
		}
		break
	}
	raw := s[i:j]
	if dashes {
		raw = hyphenated(raw)
	}
	if j < len(s) && s[j] == '*' {
		j++
	}
	return raw, j
}

// hyphenated returns s with every dash of dashAt written "-".
func hyphenated(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for k := 0; k < len(s); {
		if w := dashAt(s, k); w > 0 {
			b.WriteByte('-')
			k += w
			continue
		}
		b.WriteByte(s[k])
		k++
	}
	return b.String()
}

// jointAt reports whether a second symbol of a joint symbol starts at s[i]:
// a series prefix followed by a slash ("S/2024/767" after "A/79/552-").
func jointAt(s string, i int) bool {
	j := i
	for j < len(s) && (isUpper(s[j]) || (j > i && (isDigit(s[j]) || s[j] == '.'))) {
		j++
	}
	return j > i && j < len(s) && s[j] == '/'
}

// cutShort reports a symbol that ends in a slash, "A/70/ and", "A/70/.":
// its last component is missing, so it names no document. A slash that a
// line break or an OCR space parted from the rest ("A/66/53/Add.1/
// Corr.1", "S/2009/ 395", "S/2004/522*/Annex") does not cut it.
func cutShort(s, raw string, end int) bool {
	if strings.HasSuffix(raw, "/") {
		return true
	}
	if end >= len(s) || s[end] != '/' {
		return false
	}
	k := skipSpace(s, end+1)
	return k >= len(s) || !(isUpper(s[k]) || isDigit(s[k]))
}

// validSymbol reports whether raw looks like a document symbol: a series,
// then components holding at least one digit ("HIV/AIDS" is not one).
func validSymbol(raw string) bool {
	series, rest, ok := strings.Cut(raw, "/")
	if !ok || series == "" || rest == "" || !isUpper(series[0]) {
		return false
	}
	if isRoman(series) && allDigits(rest) {
		return false // "decision VII/11" of a convention's conference
	}
	return strings.ContainsAny(rest, "0123456789")
}

// parenSuffix reads a parenthesised qualifier after a symbol: a year or a
// Roman session for resolution symbols, "(Part I)" or "(Sect. 26)" for
// reports. It returns the canonical suffix and the offset after it.
func parenSuffix(s string, i int, sym string) (string, int) {
	j := skipSpace(s, i)
	if j >= len(s) || s[j] != '(' {
		return "", i
	}
	k := strings.IndexByte(s[j:], ')')
	if k < 0 || k > 24 {
		return "", i
	}
	inner := spacedParen(strings.Join(strings.Fields(s[j+1:j+k]), " "))
	isRes := strings.Contains(sym, "/RES/")
	switch {
	case isRes && (len(inner) == 4 && allDigits(inner) || isRomanSession(inner)):
		return "(" + inner + ")", j + k + 1
	case strings.HasPrefix(inner, "Part ") && isRoman(strings.TrimPrefix(inner, "Part ")):
		return "(Part" + strings.TrimPrefix(inner, "Part ") + ")", j + k + 1
	case strings.HasPrefix(inner, "Sect. ") && sectionLabel(strings.TrimPrefix(inner, "Sect. ")):
		return "(Sect." + strings.TrimPrefix(inner, "Sect. ") + ")", j + k + 1
	case strings.HasPrefix(inner, "Income sect. ") && sectionLabel(strings.TrimPrefix(inner, "Income sect. ")):
		return "(Incomesect." + strings.TrimPrefix(inner, "Income sect. ") + ")", j + k + 1
	case inner == "Introduction" || inner == "Plan outline":
		return "(" + strings.ReplaceAll(inner, " ", "") + ")", j + k + 1
	}
	return "", i
}

// squeezedParens are the canonical forms of the qualifiers below, which
// node IDs carry ("A/73/12(PartI)"), and the spaced forms parenSuffix
// reads: an ID typed back reads as itself.
var squeezedParens = []struct{ squeezed, spaced string }{
	{"Incomesect.", "Income sect. "}, {"Sect.", "Sect. "}, {"Part", "Part "}, {"Planoutline", "Plan outline"},
}

// spacedParen turns the canonical form of a qualifier into the form
// parenSuffix reads; others are returned as they are.
func spacedParen(inner string) string {
	if strings.Contains(inner, " ") {
		return inner
	}
	for _, p := range squeezedParens {
		if rest, ok := strings.CutPrefix(inner, p.squeezed); ok && (rest != "" || !strings.HasSuffix(p.spaced, " ")) {
			return p.spaced + rest
		}
	}
	return inner
}

// sectionLabel reports a budget section's label: "26", "29A".
func sectionLabel(s string) bool {
	n := len(s)
	if n > 0 && isUpper(s[n-1]) {
		n--
	}
	return n > 0 && n <= 3 && allDigits(s[:n])
}

// modAfterSuffix reads a modification written after a parenthesised
// suffix: "A/74/6 (Sect. 3)/Add.1". It returns "/Add.1" and the offset
// after it, or "" and i.
func modAfterSuffix(s string, i int) (string, int) {
	if i >= len(s) || s[i] != '/' {
		return "", i
	}
	kind, nums, e := modAt(s, i+1)
	if kind == "" || len(nums) != 1 {
		return "", i
	}
	mod := "/" + kind + "." + itoa(nums[0])
	if more, e2 := modAfterSuffix(s, e); more != "" { // "(Sect. 3)/Add.6/Corr.1"
		return mod + more, e2
	}
	return mod, e
}

// modAt reads a modification written after "and": "Corr.1", "Add.1–3".
// It returns the kind ("Corr"), the numbers, and the offset after it.
func modAt(s string, i int) (string, []int, int) {
	for _, kind := range []string{"Corr", "Add", "Rev", "Amend", "SR", "PV"} {
		if !strings.HasPrefix(s[i:], kind+".") {
			continue
		}
		d, j := readNumber(s, i+len(kind)+1)
		if d == "" || len(d) > 6 {
			return "", nil, i // no modification numbers past six digits (nor an overflowing "Add.0000000000-0")
		}
		nums := []int{atoi(d)}
		if w := dashAt(s, j); w > 0 {
			if d2, j2 := readNumber(s, j+w); d2 != "" && len(d2) <= 6 && atoi(d2) > atoi(d) && atoi(d2)-atoi(d) < 50 {
				nums = nums[:0]
				for n := atoi(d); n <= atoi(d2); n++ {
					nums = append(nums, n)
				}
				j = j2
			}
		}
		return kind, nums, j
	}
	return "", nil, i
}

// appendRange appends to refs the documents a symbol names, each with
// suffix and the span start, end: the symbol itself, or those of a final
// component "Add.1-3".
func appendRange(refs []symRef, sym, suffix string, start, end int) []symRef {
	k := strings.LastIndexByte(sym, '/')
	last := sym[k+1:]
	kind, nums, e := modAt(last, 0)
	if kind == "" || len(nums) < 2 || e != len(last) {
		return append(refs, symRef{target: sym + suffix, start: start, end: end})
	}
	for _, n := range nums {
		refs = append(refs, symRef{target: sym[:k+1] + kind + "." + itoa(n) + suffix, start: start, end: end})
	}
	return refs
}

// itoa formats a small non-negative integer.
func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// baseForMod returns the symbol a modification written after "and"
// applies to: "A/55/140/Corr.1" + Add → "A/55/140"; "A/71/53/Add.1" +
// Corr → "A/71/53/Add.1"; "A/68/970/Add.1" + Add → "A/68/970".
func baseForMod(sym, kind string) string {
	for {
		k := strings.LastIndexByte(sym, '/')
		if k < 0 {
			return sym
		}
		last := sym[k+1:]
		lk, _, e := modAt(last, 0)
		if lk == "" || e != len(last) {
			return sym
		}
		if lk == kind || lk == "Corr" || (kind == "Add" && lk == "Rev") {
			sym = sym[:k]
			continue
		}
		return sym
	}
}

// scanSymbolExpr reads the symbol expression starting at s[i] and returns
// the documents it names and the offset after it.
func scanSymbolExpr(s string, i int) ([]symRef, int) {
	return appendSymbolExpr(nil, s, i)
}

// appendSymbolExpr is scanSymbolExpr appending to refs: it returns refs
// with the documents of the expression at s[i] added, and the offset after
// it (i, and refs as they were, when no symbol stands there).
func appendSymbolExpr(refs []symRef, s string, i int) ([]symRef, int) {
	first := len(refs)
	raw, j := readSymbol(s, i)
	if !validSymbol(raw) || cutShort(s, raw, j) {
		return refs, i
	}
	suffix, j2 := parenSuffix(s, j, raw)
	if suffix != "" {
		mod, e := modAfterSuffix(s, j2)
		suffix, j2 = suffix+mod, e
	}
	refs = appendRange(refs, raw, suffix, i, j2)
	j = j2
	// joint symbols: "A/79/552-S/2024/767"
	for {
		w := dashAt(s, j)
		if w == 0 || !jointAt(s, j+w) {
			break
		}
		raw2, j3 := readSymbol(s, j+w)
		if !validSymbol(raw2) {
			break
		}
		refs = appendRange(refs, raw2, "", j+w, j3)
		j = j3
	}
	// "and Corr.1 and Add.1", ", Add.2"
	last := refs[first].target
	for {
		k := skipSpace(s, j)
		if w, e := readLetters(s, k); partJoinerSet[w] && e < len(s) && isSpaceByte(s[e]) { // "and", "et", "y"
			k = skipSpace(s, e)
		} else if k < len(s) && s[k] == ',' {
			k = skipSpace(s, k+1)
		} else {
			break
		}
		kind, nums, e := modAt(s, k)
		if kind == "" {
			break
		}
		base := baseForMod(last, kind)
		for _, n := range nums {
			// The text of an expansion runs from the symbol it expands: "A/55/140 and Corr.1".
			refs = append(refs, symRef{target: base + "/" + kind + "." + itoa(n), start: i, end: e})
		}
		j = e
	}
	return refs, j
}

// symbolBody returns the body and kind a symbol names.
func symbolBody(sym string) (Body, Kind) {
	kind := KindDocument
	switch {
	case strings.Contains(sym, "/RES/"):
		kind = KindResolution
	case strings.Contains(sym, "/DEC/"):
		kind = KindDecision
	case strings.HasPrefix(sym, "S/PRST/"):
		kind = KindStatement
	}
	switch {
	case strings.HasPrefix(sym, "A/HRC/"):
		return BodyHRC, kind
	case strings.HasPrefix(sym, "A/"):
		return BodyGA, kind
	case strings.HasPrefix(sym, "S/"):
		return BodySC, kind
	case strings.HasPrefix(sym, "E/CN.4/"):
		return BodyCHR, kind
	case strings.HasPrefix(sym, "E/"):
		return BodyECOSOC, kind
	case strings.HasPrefix(sym, "T/"):
		return BodyTC, kind
	}
	return BodyOther, kind
}

// isRoman reports a Roman numeral of the kind sessions use (I … LXXX).
func isRoman(s string) bool {
	if s == "" || len(s) > 8 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("IVXLC", rune(s[i])) {
			return false
		}
	}
	return true
}

// dashesToHyphen writes the non-breaking hyphen and the en dash as "-".
var dashesToHyphen = strings.NewReplacer("\u2011", "-", "\u2013", "-")

// hyphenDashes returns s with dashesToHyphen applied: s itself when it
// holds no byte 0xE2 that begins both dashes, as nearly every session or
// year in parentheses does, since a Replacer copies what it is given.
func hyphenDashes(s string) string {
	if strings.IndexByte(s, 0xe2) < 0 {
		return s
	}
	return dashesToHyphen.Replace(s)
}

// isRomanSession reports "XV", "S-VI" or "ES-V".
func isRomanSession(s string) bool {
	s = hyphenDashes(s)
	return isRoman(strings.TrimPrefix(strings.TrimPrefix(s, "ES-"), "S-"))
}

// RomanValue returns the value of a Roman numeral of the kind sessions use
// ("XV" → 15), or 0 when s is not one.
func RomanValue(s string) int {
	values := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := values[s[i]]
		if !ok {
			return 0
		}
		if i+1 < len(s) && values[s[i+1]] > v {
			v = -v
		}
		total += v
	}
	return total
}
