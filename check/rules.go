package check

import (
	"fmt"
	"github.com/recital-un/recital/parser"
	"strconv"
	"strings"
)

// Rules says which dates the numbering of each kind of symbol allows; it
// holds for every document, whether the tables list it or not.
const Rules = "General Assembly session N (A/RES/N/…, A/DEC/N/…, or a Roman N before 1976) ran from September 1945+N to September 1946+N; " +
	"ECOSOC resolutions and decisions YYYY/N are of YYYY (or the organizational session in YYYY-1); " +
	"Commission on Human Rights resolutions YYYY/N are of YYYY; " +
	"Security Council resolutions N (YYYY) are of YYYY"

// symbolYears returns the years a document's symbol allows for its
// adoption, with the reason for people, or ok false when the symbol says
// nothing of its year.
func symbolYears(id string) (lo, hi int, why string, ok bool) {
	switch {
	case strings.HasPrefix(id, "S/RES/"):
		if y := symbolYear(id); y > 0 {
			return y, y, fmt.Sprintf("%d, the year of its symbol", y), true
		}
	case strings.HasPrefix(id, "E/CN.4/RES/"):
		if y, ok := leadingYear(strings.TrimPrefix(id, "E/CN.4/RES/")); ok {
			return y, y, fmt.Sprintf("%d, the year of its symbol", y), true
		}
	case strings.HasPrefix(id, "E/RES/"), strings.HasPrefix(id, "E/DEC/"):
		if y, ok := leadingYear(id[len("E/RES/"):]); ok {
			return y - 1, y, fmt.Sprintf("%d–%d, the ECOSOC %d session", y-1, y, y), true
		}
	case strings.HasPrefix(id, "A/RES/"), strings.HasPrefix(id, "A/DEC/"):
		if s, ok := gaSession(id[len("A/RES/"):]); ok {
			return 1945 + s, 1946 + s, fmt.Sprintf("%d–%d, when the %s session of the General Assembly sat", 1945+s, 1946+s, ordinal(s)), true
		}
	}
	return 0, 0, "", false
}

// leadingYear reads "2004/67" → 2004.
func leadingYear(rest string) (int, bool) {
	y, _, found := strings.Cut(rest, "/")
	n, err := strconv.Atoi(y)
	return n, found && err == nil && n >= 1946 && n <= 2100
}

// gaSession reads the regular session of a GA number: "53/70" → 53,
// "1514(XV)" → 15. Special and emergency special sessions say nothing of
// their year.
func gaSession(rest string) (int, bool) {
	if i := strings.IndexByte(rest, '('); i >= 0 && strings.HasSuffix(rest, ")") {
		s := parser.RomanValue(rest[i+1 : len(rest)-1])
		return s, s > 0
	}
	s, _, found := strings.Cut(rest, "/")
	n, err := strconv.Atoi(s)
	return n, found && err == nil && n >= 1 && n < 1000
}

// ordinal writes 53 as "53rd".
func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}
