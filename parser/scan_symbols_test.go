package parser

import "testing"

// TestReadSymbolDashes checks the symbols read as parts of the text and
// those whose dashes are written "-": the hyphen, the non-breaking hyphen,
// the en dash and U+2010 inside a symbol, a joint symbol's hyphen left
// out, the reissue mark passed over.
func TestReadSymbolDashes(t *testing.T) {
	for _, c := range []struct {
		text, want string
		end        int
	}{
		{"A/60/452 and", "A/60/452", 8},
		{"A/68/970/Add.1\u20133;", "A/68/970/Add.1-3", 18},
		{"A/RES/ES\u201110/15,", "A/RES/ES-10/15", 16},
		{"E/CN.4/Sub.2/1987/WP.4\u2010Rev.1 ", "E/CN.4/Sub.2/1987/WP.4-Rev.1", 30},
		{"A/79/552-S/2024/767", "A/79/552", 8},
		{"A/79/552\u2013S/2024/767", "A/79/552", 8},
		{"S/1996/636* of", "S/1996/636", 11},
		{"A/C.3/75/L.2/Rev.1.", "A/C.3/75/L.2/Rev.1", 18},
		{"S/2009/ 395", "S/2009", 6},
	} {
		raw, end := readSymbol(c.text, 0)
		if raw != c.want || end != c.end {
			t.Errorf("readSymbol(%q) = %q, %d, want %q, %d", c.text, raw, end, c.want, c.end)
		}
	}
}

// TestDateWords checks month names of every vocabulary in any case and
// the dates formatted from them.
func TestDateWords(t *testing.T) {
	for _, c := range []struct {
		word string
		want int
	}{
		{"December", 12}, {"DECEMBER", 12}, {"december", 12}, {"décembre", 12}, {"DÉCEMBRE", 12},
		{"Août", 8}, {"diciembre", 12}, {"Septiembre", 9}, {"Sept", 0}, {"Decembers", 0}, {"of", 0}, {"", 0},
	} {
		if got := monthNumber(c.word); got != c.want {
			t.Errorf("monthNumber(%q) = %d, want %d", c.word, got, c.want)
		}
	}
	for _, c := range []struct {
		y, m, d int
		want    string
	}{
		{1998, 12, 4, "1998-12-04"}, {2100, 1, 31, "2100-01-31"}, {1900, 10, 10, "1900-10-10"},
		{1899, 12, 4, ""}, {2101, 1, 1, ""}, {2000, 13, 1, ""}, {2000, 0, 1, ""}, {2000, 2, 32, ""}, {2000, 2, 0, ""},
	} {
		if got := isoDate(c.y, c.m, c.d); got != c.want {
			t.Errorf("isoDate(%d, %d, %d) = %q, want %q", c.y, c.m, c.d, got, c.want)
		}
	}
}
