package meta

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Span is one stretch of an official table: the resolutions of one body
// in one series (a GA or HRC session, an ECOSOC year; SC numbers form a
// single series).
type Span struct {
	Source      Source   // the source of its first record
	Sources     []Source // every official source of its records, sorted
	Body        string   // GA, ECOSOC, SC, HRC
	Series      string   // "74", "ES-10", "2024", "S-22"; "" for the SC
	First, Last int      // lowest and highest resolution number listed
	Count       int      // resolutions listed
	Years       [2]int   // first and last adoption year listed
}

// String describes the span: "GA 74/1–74/266 (2019–2020)".
func (s Span) String() string {
	nums := fmt.Sprintf("%d–%d", s.First, s.Last)
	if s.Series != "" {
		nums = fmt.Sprintf("%s/%d–%s/%d", s.Series, s.First, s.Series, s.Last)
	}
	return fmt.Sprintf("%s %s (%s)", s.Body, nums, yearRange(s.Years[0], s.Years[1]))
}

// yearRange writes "2019" or "2019–2020".
func yearRange(a, b int) string {
	if a == b {
		return strconv.Itoa(a)
	}
	return fmt.Sprintf("%d–%d", a, b)
}

// Split reads the body, series and number of a resolution ID the official
// tables can hold: A/RES/74/1 → GA 74 1, A/RES/ES-10/22 → GA ES-10 22,
// E/RES/2024/3 → ECOSOC 2024 3, S/RES/274(1969) → SC "" 274,
// A/HRC/RES/S-22/1 → HRC S-22 1.
func Split(id string) (body, series string, number int, ok bool) {
	if n, ok := SCNumber(id); ok {
		return "SC", "", n, true
	}
	for _, p := range []struct{ prefix, body string }{
		{"A/HRC/RES/", "HRC"}, {"A/RES/", "GA"}, {"E/RES/", "ECOSOC"},
	} {
		rest, found := strings.CutPrefix(id, p.prefix)
		if !found {
			continue
		}
		series, num, found := strings.Cut(rest, "/")
		n, err := strconv.Atoi(num)
		if !found || err != nil || n <= 0 || series == "" || strings.ContainsAny(series, "()") {
			return "", "", 0, false
		}
		return p.body, series, n, true
	}
	return "", "", 0, false
}

// Coverage returns the spans of the official tables, sorted by body and
// series.
func (ix *Index) Coverage() []Span {
	spans := map[[2]string]*Span{}
	for _, r := range ix.records {
		body, series, n, ok := Split(r.ID)
		if !ok || !r.Source.Official() || r.Parts != "" && ix.hasWhole(r) {
			continue
		}
		s := spans[[2]string{body, series}]
		if s == nil {
			s = &Span{Source: r.Source, Body: body, Series: series, First: n, Last: n, Years: [2]int{r.Year, r.Year}}
			spans[[2]string{body, series}] = s
		}
		if !slices.Contains(s.Sources, r.Source) {
			s.Sources = append(s.Sources, r.Source)
			slices.Sort(s.Sources)
		}
		s.First, s.Last, s.Count = min(s.First, n), max(s.Last, n), s.Count+1
		if r.Year > 0 {
			s.Years = [2]int{minYear(s.Years[0], r.Year), max(s.Years[1], r.Year)}
		}
	}
	out := make([]Span, 0, len(spans))
	for _, s := range spans {
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b Span) int {
		return cmp.Or(cmp.Compare(a.Body, b.Body), compareSeries(a.Series, b.Series))
	})
	return out
}

// hasWhole reports whether a part record follows a record of the whole
// document (or of an earlier part), so that the document counts once.
func (ix *Index) hasWhole(r Record) bool {
	return ix.records[ix.byID[r.ID]].Parts != r.Parts
}

// minYear is min ignoring unknown (zero) years.
func minYear(a, b int) int {
	if a == 0 {
		return b
	}
	return min(a, b)
}

// compareSeries orders numeric series by number, before named ones
// ("ES-10", "S-3"), which are ordered by name, then number.
func compareSeries(a, b string) int {
	na, x := seriesKey(a)
	nb, y := seriesKey(b)
	return cmp.Or(cmp.Compare(na, nb), cmp.Compare(x, y), cmp.Compare(a, b))
}

// seriesKey splits a series into its name ("" for plain numbers, "ES-",
// "S-") and its number.
func seriesKey(s string) (string, int) {
	i := strings.LastIndexByte(s, '-') + 1
	n, _ := strconv.Atoi(s[i:])
	return s[:i], n
}

// SpanOf returns the span of the official tables that covers the series
// of id, whether or not id itself is listed.
func (ix *Index) SpanOf(id string) (Span, bool) {
	body, series, _, ok := Split(id)
	if !ok {
		return Span{}, false
	}
	for _, s := range ix.coverage() {
		if s.Body == body && s.Series == series {
			return s, true
		}
	}
	return Span{}, false
}

// coverage caches Coverage.
func (ix *Index) coverage() []Span {
	ix.once.Do(func() { ix.spans = ix.Coverage() })
	return ix.spans
}

// Summary describes the coverage of the official tables, one line per
// body. GA and ECOSOC series are listed one by one, since a table may stop
// before the end of a session ("GA 74/1–266 (2019), 75/1–328 (2020–2021),
// …"); SC numbers run in one series; HRC sessions are counted.
func (ix *Index) Summary() []string {
	var order []string
	byBody := map[string][]Span{}
	for _, s := range ix.coverage() {
		if byBody[s.Body] == nil {
			order = append(order, s.Body)
		}
		byBody[s.Body] = append(byBody[s.Body], s)
	}
	out := make([]string, 0, len(order))
	for _, body := range order {
		spans := byBody[body]
		count, years := 0, spans[0].Years
		for _, s := range spans {
			count += s.Count
			years = [2]int{minYear(years[0], s.Years[0]), max(years[1], s.Years[1])}
		}
		out = append(out, fmt.Sprintf("%s %s: %d resolutions, %s (%s)", body, bodySeries(body, spans), count, yearRange(years[0], years[1]), describeSources(spans)))
	}
	return out
}

// describeSources names the sources of a body's spans: "UNxml metadata
// and n-klotz SC table".
func describeSources(spans []Span) string {
	var srcs []Source
	for _, s := range spans {
		for _, src := range s.Sources {
			if !slices.Contains(srcs, src) {
				srcs = append(srcs, src)
			}
		}
	}
	slices.Sort(srcs)
	names := make([]string, len(srcs))
	for i, src := range srcs {
		names[i] = src.Describe()
	}
	return strings.Join(names, " and ")
}

// bodySeries describes the series of one body.
func bodySeries(body string, spans []Span) string {
	switch body {
	case "SC":
		return fmt.Sprintf("%d–%d", spans[0].First, spans[0].Last)
	case "HRC":
		names := make([]string, len(spans))
		for i, s := range spans {
			names[i] = s.Series
		}
		return "sessions " + strings.Join(runs(names), ", ")
	}
	parts := make([]string, len(spans))
	for i, s := range spans {
		parts[i] = fmt.Sprintf("%s/%d–%d (%s)", s.Series, s.First, s.Last, yearRange(s.Years[0], s.Years[1]))
	}
	return strings.Join(parts, ", ")
}

// runs joins consecutive numeric series into ranges ("74", "75", "76" →
// "74–76") and keeps named ones as they are.
func runs(series []string) []string {
	var out []string
	for i := 0; i < len(series); {
		a, err := strconv.Atoi(series[i])
		j := i + 1
		for err == nil && j < len(series) {
			b, errB := strconv.Atoi(series[j])
			if errB != nil || b != a+(j-i) {
				break
			}
			j++
		}
		if j-i > 1 {
			out = append(out, series[i]+"–"+series[j-1])
		} else {
			out = append(out, series[i])
		}
		i = j
	}
	return out
}
