package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/recital-un/recital/meta"
)

// unxmlSCRow is the part of a UNxml Security Council record the index
// keeps.
type unxmlSCRow struct {
	Symbol          string `json:"symbol"`
	AdoptionDate    string `json:"adoption_date"`
	AgendaItemName  string `json:"agenda_item_name"`
	ResolutionTitle string `json:"resolution_title"`
}

// unxmlHRCRow is the part of a UNxml Human Rights Council record the index
// keeps.
type unxmlHRCRow struct {
	Symbol         string `json:"symbol"`
	Title          string `json:"title"`
	AdoptionDate   string `json:"adoption_date"`
	AgendaItemName string `json:"agenda_item_name"`
}

// scSymbol matches a UNxml SC symbol: "S/RES/2196 (2015)".
var scSymbol = regexp.MustCompile(`^S/RES/(\d+) ?\((\d{4})\)$`)

// scDescriptor matches the first bracketed descriptor of a UN Digital
// Library SC title: "Security Council resolution 2196 (2015) [on renewal
// of measures …]" → "on renewal of measures …".
var scDescriptor = regexp.MustCompile(`\[([^\[\]]{3,})\]`)

// readUNxmlSC reads the SC files unxml_SC_data_extract_<YEAR>.json (JSON
// lines): date, the library's descriptor as title, the agenda item as
// topic.
func readUNxmlSC(dir string, log io.Writer) ([]meta.Record, error) {
	var recs []meta.Record
	err := eachObject(filepath.Join(dir, "unxml_SC_data_extract_*.json"), log, func(file string, raw []byte) {
		var row unxmlSCRow
		if err := json.Unmarshal(raw, &row); err != nil {
			fmt.Fprintf(log, "genmeta: %s: %v\n", file, err)
			return
		}
		m := scSymbol.FindStringSubmatch(strings.TrimSpace(row.Symbol))
		if m == nil {
			fmt.Fprintf(log, "genmeta: %s: symbol %q left out\n", file, row.Symbol)
			return
		}
		title := ""
		if d := scDescriptor.FindStringSubmatch(row.ResolutionTitle); d != nil {
			title = strings.TrimSpace(d[1])
		}
		date := isoDate(row.AdoptionDate)
		y := yearOf(date)
		if y == 0 {
			y = yearOf(m[2])
		}
		recs = append(recs, meta.Record{ID: "S/RES/" + m[1] + "(" + m[2] + ")", Date: date, Year: y, Title: title,
			Agenda: strings.TrimSpace(row.AgendaItemName), Source: meta.SourceUNxml})
	})
	return recs, err
}

// readUNxmlHRC reads the HRC files unxml_HRC_data_extract_*session.json:
// date, title and agenda item.
func readUNxmlHRC(dir string, log io.Writer) ([]meta.Record, error) {
	var recs []meta.Record
	err := eachObject(filepath.Join(dir, "unxml_HRC_data_extract_*.json"), log, func(file string, raw []byte) {
		var row unxmlHRCRow
		if err := json.Unmarshal(raw, &row); err != nil {
			fmt.Fprintf(log, "genmeta: %s: %v\n", file, err)
			return
		}
		id := strings.TrimSpace(row.Symbol)
		if m := hrcNumber.FindStringSubmatch(id); m == nil || !strings.HasPrefix(id, "A/HRC/RES/") {
			fmt.Fprintf(log, "genmeta: %s: symbol %q left out\n", file, row.Symbol)
			return
		}
		date := isoDate(row.AdoptionDate)
		recs = append(recs, meta.Record{ID: id, Date: date, Year: yearOf(date), Title: strings.TrimSpace(row.Title),
			Agenda: strings.Join(strings.Fields(row.AgendaItemName), " "), Source: meta.SourceUNxml})
	})
	return recs, err
}

// eachObject calls fn with every record object of the files matching
// pattern, read leniently: the files are JSON lines, concatenated objects
// or lines wrapped in stray quotes, with raw control characters inside
// strings. Control characters become spaces, and each object is read
// from where its `{"symbol"` starts.
func eachObject(pattern string, log io.Writer, fn func(file string, raw []byte)) error {
	files, err := filepath.Glob(pattern)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no %s", pattern)
	}
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for i, c := range b {
			if c < 0x20 {
				b[i] = ' '
			}
		}
		file := filepath.Base(path)
		for _, start := range objectStarts(b) {
			var raw json.RawMessage
			if err := json.NewDecoder(bytes.NewReader(b[start:])).Decode(&raw); err != nil {
				fmt.Fprintf(log, "genmeta: %s: byte %d: %v\n", file, start, err)
				continue
			}
			fn(file, raw)
		}
	}
	return nil
}

// objectStarts returns the offsets where a record object starts.
func objectStarts(b []byte) []int {
	var out []int
	for off := 0; ; {
		i := bytes.Index(b[off:], []byte(`{"symbol"`))
		if i < 0 {
			return out
		}
		out = append(out, off+i)
		off += i + 1
	}
}
