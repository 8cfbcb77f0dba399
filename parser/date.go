package parser

import (
	"fmt"
	"strings"
)

// monthNumber returns 1–12 for a month name of any vocabulary in any
// case, else 0.
func monthNumber(w string) int {
	if len(w) < 3 || len(w) > 11 {
		return 0
	}
	var buf [11]byte
	if low, ok := lowerASCII(buf[:], w); ok {
		return months[string(low)] // the lookup makes no string of low
	}
	return months[strings.ToLower(w)]
}

// isoDate formats a date, or returns "" when it is not a real one.
func isoDate(y, m, d int) string {
	if !dateInRange(y, m, d) {
		return ""
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:])
}

// dateInRange reports the dates isoDate formats: years 1900 to 2100,
// months 1 to 12, days 1 to 31.
func dateInRange(y, m, d int) bool {
	return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// skipSpace returns the offset of the first non-space byte of s at or
// after i. Spaces include newlines and U+00A0.
func skipSpace(s string, i int) int {
	for i < len(s) {
		switch {
		case isSpaceByte(s[i]):
			i++
		case s[i] == 0xc2 && i+1 < len(s) && s[i+1] == 0xa0:
			i += 2
		default:
			return i
		}
	}
	return i
}

// readWord reads a run of ASCII letters at s[i:], returning it and the
// offset after it.
func readWord(s string, i int) (string, int) {
	j := i
	for j < len(s) && isLetter(s[j]) {
		j++
	}
	return s[i:j], j
}

// readNumber reads a run of ASCII digits at s[i:], returning it and the
// offset after it.
func readNumber(s string, i int) (string, int) {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	return s[i:j], j
}

// dayMonthYear reads "4 December 1998" at s[i:] (any spaces or line
// breaks between) and returns the ISO date and the offset after it. A
// year with a fused footnote marker is read as its first four digits
// only when the marker was blanked beforehand.
func dayMonthYear(s string, i int) (string, int, bool) {
	d, j := readNumber(s, i)
	if len(d) == 0 || len(d) > 2 {
		return "", i, false
	}
	j = skipDayOrdinal(s, j)
	j = skipDateJoiner(s, skipSpace(s, j))
	mw, k := readMonthWord(s, j)
	m := monthNumber(mw)
	if m == 0 && len(mw) > 3 && mw[len(mw)-1] == 's' {
		m = monthNumber(mw[:len(mw)-1]) // "17 Decembers 2018"
	}
	if m == 0 {
		// OCR noise: "3 Apri] 1991"
		if m = monthPrefix(mw); m == 0 || k >= len(s) || isSpaceByte(s[k]) {
			return "", i, false
		}
		k++
	}
	if k < len(s) && (s[k] == '.' || s[k] == ',') && k+1 < len(s) && isSpaceByte(s[k+1]) {
		k++ // "15 August. 1991", "15 August, 1991"
	}
	k = skipDateJoiner(s, skipSpace(s, k))
	y, e := readNumber(s, k)
	if len(y) != 4 {
		return "", i, false
	}
	iso := isoDate(atoi(y), m, atoi(d))
	return iso, e, iso != ""
}

// datesAfter reads the adoption date written after a cited item:
// " of 4 December 1998", " adopted on 19 September 2016", and the shared
// forms " of 25 and 27 June 1950" (two dates, returned in order). It
// returns the dates and the offset after them; none when nothing matches.
func datesAfter(s string, i int) ([]string, int) {
	switch d1, d2, e := twoDatesAfter(s, i); {
	case d1 == "":
		return nil, i
	case d2 == "":
		return []string{d1}, e
	default:
		return []string{d1, d2}, e
	}
}

// twoDatesAfter is datesAfter without a slice to make: the first date and
// the second of a shared form, "" where there is none, and the offset
// after them (i when there is no date).
func twoDatesAfter(s string, i int) (string, string, int) {
	j := skipSpace(s, i)
	if j < len(s) && s[j] == ',' { // "59/276, section XI, of 23 December 2004", "73/255, de 20 de diciembre"
		if _, ok := dateIntroAt(s, skipSpace(s, j+1)); ok {
			j = skipSpace(s, j+1)
		}
	}
	k, ok := dateIntroAt(s, j)
	if !ok {
		return "", "", i
	}
	k = skipSpace(s, k)
	if iso, e, ok := dayMonthYear(s, k); ok {
		return iso, "", e
	}
	// "25 and 27 June 1950", "16 February and 3 August 2012"
	d1, e1 := readNumber(s, k)
	if len(d1) == 0 || len(d1) > 2 {
		return "", "", i
	}
	e1 = skipSpace(s, e1)
	var m1 string
	if mw, e := readMonthWord(s, skipDateJoiner(s, e1)); monthNumber(mw) > 0 {
		m1, e1 = mw, skipSpace(s, e)
	}
	if and, e := readLetters(s, e1); partJoinerSet[and] {
		e = skipSpace(s, e)
		if iso2, end, ok := dayMonthYear(s, e); ok {
			y := iso2[:4]
			mon := iso2[5:7]
			if m1 != "" {
				mon = fmt.Sprintf("%02d", monthNumber(m1))
			}
			iso1 := isoDate(atoi(y), atoi(mon), atoi(d1))
			if iso1 != "" {
				return iso1, iso2, end
			}
		}
	}
	if m1 != "" && atoi(d1) >= 1 && atoi(d1) <= 31 {
		// "186 (1964) of 4 March, 187 (1964) of 13 March …": the year is
		// the item's own or the next full date's; see completeYears.
		return fmt.Sprintf("0000-%02d-%02d", monthNumber(m1), atoi(d1)), "", skipSpaceBack(s, e1)
	}
	return "", "", i
}

// skipSpaceBack returns the offset just after the last non-space byte
// before i.
func skipSpaceBack(s string, i int) int {
	for i > 0 && (isSpaceByte(s[i-1]) || s[i-1] == 0xa0 || s[i-1] == 0xc2) {
		i--
	}
	return i
}

// completeYears fills the year of dates written without one ("of 4
// March"): from the item's own year in parentheses, else from the next
// full date of the list; a date that stays without a year is dropped.
func completeYears(items []numItem) {
	for i := range items {
		if !strings.HasPrefix(items[i].date, "0000-") {
			continue
		}
		year := ""
		if p := items[i].paren; len(p) == 4 && allDigits(p) {
			year = p
		}
		for j := i + 1; j < len(items) && year == ""; j++ {
			if items[j].date != "" && !strings.HasPrefix(items[j].date, "0000-") {
				year = items[j].date[:4]
			}
		}
		md := items[i].date[5:]
		if year == "" || !dateInRange(atoi(year), atoi(md[:2]), atoi(md[3:])) {
			items[i].date = ""
			continue
		}
		items[i].date = year + "-" + md
	}
}

// monthPrefix reads a month name cut short by an OCR error ("Apri" of
// "Apri]"): a prefix of at least four letters of exactly one month.
func monthPrefix(w string) int {
	if len(w) < 4 {
		return 0
	}
	lw := strings.ToLower(w)
	found := 0
	for name, m := range months {
		if strings.HasPrefix(name, lw) && name != lw {
			if found != 0 {
				return 0
			}
			found = m
		}
	}
	return found
}

// readMonthWord reads a word of letters of any script, joining a word
// hyphenated across a line break ("Au-\ngust").
func readMonthWord(s string, i int) (string, int) {
	w, k := readLetters(s, i)
	if k+1 < len(s) && s[k] == '-' && (s[k+1] == '\n' || s[k+1] == '\r') {
		if w2, k2 := readLetters(s, skipSpace(s, k+1)); w2 != "" && monthNumber(w+w2) > 0 {
			return w + w2, k2
		}
	}
	return w, k
}

// dateIntroAt reads a word that introduces an adoption date at s[i] ("of",
// "adopted on", "du", "en date du", "de", "del"), returning the offset
// after it.
func dateIntroAt(s string, i int) (int, bool) {
	for _, w := range dateIntrosFirst.at(s, i, dateIntros) {
		if hasWordAt(s, i, w) {
			return i + len(w), true
		}
	}
	return i, false
}

// skipDayOrdinal skips the ordinal mark after a day number ("1er", "1º").
func skipDayOrdinal(s string, i int) int {
	for _, o := range dayOrdinalsFirst.at(s, i, dayOrdinals) {
		if hasWordAt(s, i, o) {
			return i + len(o)
		}
	}
	return i
}

// skipDateJoiner skips a word joining the parts of a date ("4 de
// diciembre de 1998") and the space after it.
func skipDateJoiner(s string, i int) int {
	if w, e := readLetters(s, i); dateJoinerSet[w] {
		return skipSpace(s, e)
	}
	return i
}

// isDateIntro reports a word that introduces a date ("of", "du", "de").
func isDateIntro(w string) bool {
	for _, d := range dateIntros {
		if d == w {
			return true
		}
	}
	return false
}
