package graph

import "strings"

// CompareSymbols compares two symbols the way people read them: runs of
// digits compare as numbers ("A/RES/60/9" < "A/RES/60/45"), everything
// else byte by byte. Symbols that differ only in leading zeros fall back
// to plain comparison, so the order is total.
func CompareSymbols(a, b string) int {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		if isDigit(a[i]) && isDigit(b[j]) {
			ni, nj := digitRun(a, i), digitRun(b, j)
			if c := compareNumbers(a[i:ni], b[j:nj]); c != 0 {
				return c
			}
			i, j = ni, nj
			continue
		}
		if a[i] != b[j] {
			return sign(int(a[i]) - int(b[j]))
		}
		i++
		j++
	}
	if c := len(a) - len(b); c != 0 || a == b {
		return sign(c)
	}
	return strings.Compare(a, b)
}

// compareNumbers compares two runs of digits by value.
func compareNumbers(x, y string) int {
	x, y = strings.TrimLeft(x, "0"), strings.TrimLeft(y, "0")
	if len(x) != len(y) {
		return sign(len(x) - len(y))
	}
	return strings.Compare(x, y)
}

// digitRun returns the end of the run of digits starting at i.
func digitRun(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func sign(x int) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}
