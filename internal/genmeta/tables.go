package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/recital-un/recital/meta"
)

// unxmlRow is the part of a UNxml metadata record the index keeps.
type unxmlRow struct {
	Symbol         string `json:"symbol"`
	Title          string `json:"title"`
	AdoptionDate   string `json:"adoption_date"`
	AgendaItem     string `json:"agenda_item"`
	AgendaItemName string `json:"agenda_item_name"`
}

// readUNxml reads the GA and ECOSOC JSON-lines files. The ECOSOC files
// wrap most lines in stray double quotes; they are taken off.
func readUNxml(dir string, log io.Writer) ([]meta.Record, error) {
	files, err := filepath.Glob(filepath.Join(dir, "unxml_*.jsonl"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no unxml_*.jsonl under %s", dir)
	}
	var recs []meta.Record
	for _, f := range files {
		r, err := readJSONLines(f, log)
		if err != nil {
			return nil, err
		}
		recs = append(recs, r...)
	}
	return recs, nil
}

// readJSONLines reads one UNxml file.
func readJSONLines(path string, log io.Writer) ([]meta.Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var recs []meta.Record
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(sc.Text()), `"`), `"`)
		if text == "" {
			continue
		}
		var row unxmlRow
		if err := json.Unmarshal([]byte(text), &row); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		id, parts, ok := splitParts(row.Symbol)
		if !ok {
			fmt.Fprintf(log, "genmeta: %s:%d: symbol %q left out\n", filepath.Base(path), line, row.Symbol)
			continue
		}
		date := isoDate(row.AdoptionDate)
		agenda := row.AgendaItemName
		if agenda == "" {
			agenda = row.AgendaItem
		}
		recs = append(recs, meta.Record{ID: id, Parts: parts, Date: date, Year: yearOf(date), Title: row.Title, Agenda: agenda, Source: meta.SourceUNxml})
	}
	return recs, sc.Err()
}

// unxmlSymbol matches a UNxml symbol with its lettered parts:
// "A/RES/75/101 A-B", "A/RES/75/242 B", "E/RES/2024/1".
var unxmlSymbol = regexp.MustCompile(`^([AE]/RES/(?:[A-Z]+-)?\d+/\d+)(?: ([A-Z])(?:-([A-Z]))?)?$`)

// splitParts separates the ID from the parts ("A-C" → "A,B,C").
func splitParts(symbol string) (id, parts string, ok bool) {
	m := unxmlSymbol.FindStringSubmatch(strings.TrimSpace(symbol))
	if m == nil {
		return "", "", false
	}
	if m[2] == "" {
		return m[1], "", true
	}
	last := m[2]
	if m[3] != "" {
		last = m[3]
	}
	var letters []string
	for c := m[2][0]; c <= last[0]; c++ {
		letters = append(letters, string(c))
	}
	return m[1], strings.Join(letters, ","), true
}

// readNKlotz reads the SC table: number, year, date (mostly NA) and topic.
func readNKlotz(dir string, log io.Writer) ([]meta.Record, error) {
	rows, err := readCSV(filepath.Join(dir, "nklotz_UNSC_Resolutions.csv"), ';')
	if err != nil {
		return nil, err
	}
	var recs []meta.Record
	for i, row := range rows[1:] {
		if len(row) < 6 {
			continue
		}
		n, err1 := strconv.Atoi(row[2])
		y, err2 := strconv.Atoi(row[3])
		if err1 != nil || err2 != nil || n <= 0 {
			fmt.Fprintf(log, "genmeta: nklotz row %d left out\n", i+2)
			continue
		}
		date := isoDate(row[4])
		recs = append(recs, meta.Record{ID: fmt.Sprintf("S/RES/%d(%d)", n, y), Date: date, Year: y, Agenda: row[5], Source: meta.SourceNKlotz})
	}
	return recs, nil
}

// hrcNumber matches the number of an HRC resolution as the dw-data table
// writes it: "51/3", "2/3.", " 44/4", "A/HRC/RES/16/1", "S-22/1".
var hrcNumber = regexp.MustCompile(`^(?:A/HRC/RES/)?((?:S-)?\d+/\d+)\.?$`)

// writtenDate matches a date written out in a table cell: "6 October 2022".
var writtenDate = regexp.MustCompile(`\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b`)

// readDW reads the HRC table. Rows whose number is garbled or missing, and
// texts that were not adopted, are left out.
func readDW(dir string, log io.Writer) ([]meta.Record, error) {
	rows, err := readCSV(filepath.Join(dir, "dw_unhrc_resolutions_data_sheet.csv"), ',')
	if err != nil {
		return nil, err
	}
	var recs []meta.Record
	skipped := 0
	for _, row := range rows[1:] {
		if len(row) < 6 || row[5] != "Adopted" {
			skipped++
			continue
		}
		m := hrcNumber.FindStringSubmatch(strings.TrimSpace(strings.ReplaceAll(row[1], "\u00a0", " ")))
		if m == nil {
			skipped++
			continue
		}
		num := m[1]
		if row[0] == "special" && !strings.HasPrefix(num, "S-") {
			num = "S-" + num
		}
		date := ""
		if ds := writtenDate.FindAllString(row[3], -1); len(ds) > 0 {
			date = isoDate(ds[len(ds)-1])
		}
		y, _ := strconv.Atoi(row[4])
		if date != "" {
			y = yearOf(date)
		}
		recs = append(recs, meta.Record{ID: "A/HRC/RES/" + num, Date: date, Year: y, Title: row[2], Source: meta.SourceDW})
	}
	fmt.Fprintf(log, "genmeta: dw-data: %d HRC rows kept, %d left out (not adopted, or no readable number)\n", len(recs), skipped)
	return recs, nil
}

// readCSV reads a whole CSV file.
func readCSV(path string, comma rune) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReader(f))
	r.Comma = comma
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(rows) < 2 {
		return nil, fmt.Errorf("%s: no rows", path)
	}
	return rows, nil
}

// isoDate turns "2019-10-10 00:00:00", "21 September 2020" or
// "02 April 2015" into "2019-10-10"; anything else into "". Runs of
// spaces, no-break spaces included, count as one space.
func isoDate(s string) string {
	s = strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
	for _, layout := range []string{"2006-01-02 15:04:05", "2006-01-02", "2 January 2006", "02 January 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// yearOf returns the year of an ISO date, or 0.
func yearOf(date string) int {
	if len(date) < 4 {
		return 0
	}
	y, err := strconv.Atoi(date[:4])
	if err != nil {
		return 0
	}
	return y
}
