package check

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/recital-un/recital/parser"
)

// Rules says which dates the numbering of each kind of symbol allows; it
// holds for every document, whether the tables list it or not.
const Rules = "General Assembly session N (A/RES/N/…, A/DEC/N/…, or a Roman N before 1976) ran from September 1945+N to mid-September 1946+N (the first from January 1946); " +
	"Human Rights Council regular sessions 1–3 sat in 2006, session N ≥ 4 in 2007+(N−4)/3, three a year; " +
	"ECOSOC resolutions and decisions YYYY/N are of YYYY (or the organizational session in YYYY-1); " +
	"Commission on Human Rights resolutions YYYY/N are of YYYY; " +
	"Security Council resolutions N (YYYY) are of YYYY"

// symbolDates returns the first and last dates a document's symbol
// allows for its adoption ("1998-09-01", "1999-09-21" for 53/70), with
// the reason for people, or ok false when the symbol says nothing of its
// dates. A General Assembly session opens in September and sits until
// the next one opens, in the third week of the next September.
func symbolDates(id string) (lo, hi, why string, ok bool) {
	for _, p := range []string{"A/RES/", "A/DEC/"} {
		if rest, found := strings.CutPrefix(id, p); found {
			s, ok := gaSession(rest)
			if !ok {
				return "", "", "", false
			}
			lo, from := fmt.Sprintf("%d-09-01", 1945+s), fmt.Sprintf("September %d", 1945+s)
			if s == 1 {
				lo, from = "1946-01-01", "January 1946"
			}
			return lo, fmt.Sprintf("%d-09-21", 1946+s), fmt.Sprintf("%s to mid-September %d, when the %s session of the General Assembly sat", from, 1946+s, ordinal(s)), true
		}
	}
	y1, y2, why, ok := symbolYears(id)
	if !ok {
		return "", "", "", false
	}
	return fmt.Sprintf("%d-01-01", y1), fmt.Sprintf("%d-12-31", y2), why, true
}

// symbolYears returns the years a document's symbol allows for its
// adoption, with the reason for people, or ok false when the symbol says
// nothing of its year.
func symbolYears(id string) (lo, hi int, why string, ok bool) {
	switch {
	case strings.HasPrefix(id, "A/HRC/RES/"), strings.HasPrefix(id, "A/HRC/DEC/"):
		if y, ok := hrcSessionYear(id[len("A/HRC/RES/"):]); ok {
			return y, y, fmt.Sprintf("%d, when the Human Rights Council's %s session sat", y, ordinal(hrcSession(id[len("A/HRC/RES/"):]))), true
		}
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

// hrcSession reads the regular session of an HRC number: "7/34" → 7;
// 0 for special sessions ("S-22/1").
func hrcSession(rest string) int {
	s, _, found := strings.Cut(rest, "/")
	n, err := strconv.Atoi(s)
	if !found || err != nil || n < 1 {
		return 0
	}
	return n
}

// hrcSessionYear returns the year of an HRC regular session: the Council
// held sessions 1–3 in 2006 and three a year from 2007 on.
func hrcSessionYear(rest string) (int, bool) {
	n := hrcSession(rest)
	switch {
	case n == 0:
		return 0, false
	case n <= 3:
		return 2006, true
	}
	return 2007 + (n-4)/3, true
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
