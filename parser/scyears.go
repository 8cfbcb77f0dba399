package parser

//go:generate go run ../internal/gen/scyears ../../shared/corpus/meta scyears_gen.go

// scYear returns the year of Security Council resolution n, or 0 when the
// table does not cover it.
func scYear(n int) int {
	if n < 1 || n > scLast {
		return 0
	}
	year := 0
	for _, y := range scYearStarts {
		if y.first > n {
			break
		}
		year = y.year
	}
	return year
}

// SCYear returns the year of Security Council resolution n from the
// tables in ../shared/corpus/meta, or 0 when they do not cover it.
func SCYear(n int) int { return scYear(n) }
