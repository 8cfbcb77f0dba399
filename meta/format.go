package meta

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// header opens the index file and names its columns; Read rejects other
// headers.
const header = "#recital-meta 2\tid\tparts\tdate\tyear\tsource\tagenda\ttitle\ttitle_source"

// Write encodes records as gzip-compressed TSV, one record per line after
// the header, in the order given. Tabs and line breaks inside fields become
// spaces. The same records give the same bytes.
func Write(w io.Writer, recs []Record) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	fmt.Fprintln(bw, header)
	for _, r := range recs {
		year := ""
		if r.Year > 0 {
			year = strconv.Itoa(r.Year)
		}
		fields := []string{r.ID, r.Parts, r.Date, year, string(r.Source), r.Agenda, r.Title, string(r.TitleSource)}
		for i, f := range fields {
			fields[i] = clean(f)
		}
		fmt.Fprintln(bw, strings.Join(fields, "\t"))
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// clean turns a field into one line without tabs.
func clean(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// Read decodes records written by Write.
func Read(r io.Reader) ([]Record, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	if !sc.Scan() || sc.Text() != header {
		return nil, fmt.Errorf("not a Recital metadata index")
	}
	var recs []Record
	for line := 2; sc.Scan(); line++ {
		rec, err := parseRecord(sc.Text())
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		recs = append(recs, rec)
	}
	return recs, sc.Err()
}

// parseRecord decodes one line.
func parseRecord(line string) (Record, error) {
	f := strings.Split(line, "\t")
	if len(f) != 8 {
		return Record{}, fmt.Errorf("%d fields, want 8", len(f))
	}
	rec := Record{ID: f[0], Parts: f[1], Date: f[2], Source: Source(f[4]), Agenda: f[5], Title: f[6], TitleSource: Source(f[7])}
	if f[3] != "" {
		y, err := strconv.Atoi(f[3])
		if err != nil {
			return Record{}, fmt.Errorf("year %q: %w", f[3], err)
		}
		rec.Year = y
	}
	if rec.ID == "" {
		return Record{}, fmt.Errorf("empty id")
	}
	return rec, nil
}

// Sort orders records as Write expects them: by ID, then the whole before
// its parts, then parts, then source.
func Sort(recs []Record) {
	slices.SortFunc(recs, func(a, b Record) int {
		return cmp.Or(cmp.Compare(a.ID, b.ID), cmp.Compare(a.Parts, b.Parts), cmp.Compare(a.Source, b.Source))
	})
}
