package meta

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/binary"
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

// Read decodes records written by Write. The index is read whole, once,
// and every field is a substring of it: a query that looks up a few
// records pays for one pass over the text, not a string per field.
func Read(r io.Reader) ([]Record, error) {
	return read(r, 0)
}

// ReadBytes decodes records written by Write and held in memory.
func ReadBytes(b []byte) ([]Record, error) {
	size := 0
	if len(b) >= 4 { // a gzip stream ends with its size, modulo 2³²
		size = int(min(binary.LittleEndian.Uint32(b[len(b)-4:]), maxIndex))
	}
	return read(bytes.NewReader(b), size)
}

// read decodes records from r, whose text is likely size bytes.
func read(r io.Reader, size int) ([]Record, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	var sb strings.Builder // its String does not copy
	sb.Grow(size + 1)
	if _, err := io.Copy(&sb, io.LimitReader(zr, maxIndex+1)); err != nil {
		return nil, err
	}
	if sb.Len() > maxIndex {
		return nil, fmt.Errorf("metadata index larger than %d MiB", maxIndex>>20)
	}
	text := sb.String()
	first, rest, _ := strings.Cut(text, "\n")
	if strings.TrimSuffix(first, "\r") != header {
		return nil, fmt.Errorf("not a Recital metadata index")
	}
	recs := make([]Record, 0, strings.Count(rest, "\n")+1)
	for line := 2; rest != ""; line++ {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		rec, err := parseRecord(strings.TrimSuffix(l, "\r"))
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		recs = append(recs, rec)
	}
	return recs, nil
}

// maxIndex is the most bytes a metadata index may hold once decompressed.
const maxIndex = 256 << 20

// parseRecord decodes one line.
func parseRecord(line string) (Record, error) {
	var f [8]string
	n := 0
	for rest := line; ; n++ {
		field, after, more := strings.Cut(rest, "\t")
		if n < len(f) {
			f[n] = field
		}
		if !more {
			n++
			break
		}
		rest = after
	}
	if n != len(f) {
		return Record{}, fmt.Errorf("%d fields, want 8", n)
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
