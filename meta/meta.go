// Package meta embeds a compact index of facts about UN resolutions:
// adoption dates, titles and agenda items, for documents whose text the
// corpus may not hold. It is built by 'go generate ./meta' from the tables
// in ../shared/corpus/meta and from what the shared corpus itself says:
//
//   - UNxml: General Assembly sessions 74–80 with the ES-10, ES-11 and
//     S-32 sessions, and ECOSOC 2024–2025 (date, title, agenda item);
//     Security Council 2000–2026 (date, the UN Digital Library's
//     descriptor as title, agenda item as topic); Human Rights Council
//     sessions 52–60 (date, title, agenda item);
//   - n-klotz: Security Council resolutions 1–2215 (year, topic, and the
//     date for a few);
//   - dw-data: Human Rights Council resolutions 2006–2022 (title, year,
//     and the date where the table gives one);
//   - the corpus: the date and title each document of the shared corpus
//     gives itself, and for documents that are only cited, the date
//     written beside them and the title given after "entitled" by most
//     citations;
//   - derived titles: for documents no table or "entitled" names, what
//     the AKN texts say they contain ("resolution 1514 (XV) …, containing
//     the Declaration on …"; "the Universal Declaration of Human Rights"
//     with a footnote naming 217 A (III)), marked SourceDescribed.
//
// The first three are official tables; the corpus facts are what the texts
// say and may be wrong. Records say which source they come from, and
// Coverage says what the official tables cover, so that checks claim
// nothing beyond it.
//
// The package depends on the standard library only. It does not resolve
// references (see parser.ParseRef) and knows nothing of the graph.
package meta

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

//go:generate go run ../internal/genmeta -shared ../../shared -o index.tsv.gz

//go:embed index.tsv.gz
var compressed []byte

// Bytes returns the embedded index as stored (gzip-compressed TSV).
func Bytes() []byte { return compressed }

// Source says where a record comes from.
type Source string

// Sources of records. The first three are official tables.
const (
	SourceUNxml  Source = "unxml"  // UNxml GA and ECOSOC metadata
	SourceNKlotz Source = "nklotz" // n-klotz/UNSC-Resolutions
	SourceDW     Source = "dw"     // dw-data/human-rights-council
	SourceText   Source = "text"   // the document's own text in the shared corpus
	SourceCited  Source = "cited"  // what most citations in the shared corpus say
	// SourceDescribed is a title derived from how citing texts describe
	// a document ("resolution 1514 (XV) …, containing the Declaration
	// on …"), for documents no table or "entitled" names.
	SourceDescribed Source = "described"
)

// Official reports whether the source is a metadata table, as opposed to
// what the corpus says.
func (s Source) Official() bool {
	return s == SourceUNxml || s == SourceNKlotz || s == SourceDW
}

// Describe names the source for people.
func (s Source) Describe() string {
	switch s {
	case SourceUNxml:
		return "UNxml metadata"
	case SourceNKlotz:
		return "n-klotz SC table"
	case SourceDW:
		return "dw-data HRC table"
	case SourceText:
		return "its own text in the shared corpus"
	case SourceCited:
		return "as the shared corpus cites it"
	case SourceDescribed:
		return "derived from how citing texts describe it"
	}
	return string(s)
}

// Record holds the facts known about one document, or about some of its
// lettered parts when they were adopted apart.
type Record struct {
	ID     string // canonical node ID, as parser.ParseRef gives it
	Parts  string // lettered parts the record is about ("B", "A,B"); "" for the whole
	Date   string // ISO adoption date, or ""
	Year   int    // adoption year (from Date, or as the table gives it); 0 if unknown
	Title  string
	Agenda string // agenda item (GA, ECOSOC) or topic (SC), or ""
	Source Source
	// TitleSource is where the title comes from when another source
	// than the record's gave it (a title derived from citing texts for a
	// document a table lists without one); "" means Source.
	TitleSource Source
}

// TitleFrom returns where the record's title comes from.
func (r Record) TitleFrom() Source {
	if r.TitleSource != "" {
		return r.TitleSource
	}
	return r.Source
}

// Index is a loaded set of records.
type Index struct {
	records []Record       // sorted as stored: by ID, then parts
	byID    map[string]int // ID → first record
	sc      map[int]int    // SC resolution number → its record

	once  sync.Once
	spans []Span // Coverage, computed on first use
}

// Default returns the embedded index, decoding it on first use.
var Default = sync.OnceValues(func() (*Index, error) {
	recs, err := ReadBytes(compressed)
	if err != nil {
		return nil, fmt.Errorf("meta: embedded index: %w", err)
	}
	return NewIndex(recs), nil
})

// NewIndex indexes records, which must be sorted by ID then parts.
func NewIndex(recs []Record) *Index {
	ix := &Index{records: recs, byID: make(map[string]int, len(recs)), sc: make(map[int]int)}
	for i, r := range recs {
		if _, ok := ix.byID[r.ID]; !ok {
			ix.byID[r.ID] = i
		}
		if n, ok := SCNumber(r.ID); ok && r.Source.Official() {
			ix.sc[n] = i
		}
	}
	return ix
}

// Len returns the number of records.
func (ix *Index) Len() int { return len(ix.records) }

// Records returns every record, sorted by ID then parts. The slice must
// not be modified.
func (ix *Index) Records() []Record { return ix.records }

// Lookup returns the record of the whole document id (or of its first
// part, when the parts were recorded apart).
func (ix *Index) Lookup(id string) (Record, bool) {
	i, ok := ix.byID[id]
	if !ok {
		return Record{}, false
	}
	return ix.records[i], true
}

// All returns every record of the document id: the whole and each part
// recorded apart.
func (ix *Index) All(id string) []Record {
	i, ok := ix.byID[id]
	if !ok {
		return nil
	}
	j := i
	for j < len(ix.records) && ix.records[j].ID == id {
		j++
	}
	return ix.records[i:j]
}

// SC returns the record of Security Council resolution number n, whatever
// year a citation gives it.
func (ix *Index) SC(n int) (Record, bool) {
	i, ok := ix.sc[n]
	if !ok {
		return Record{}, false
	}
	return ix.records[i], true
}

// SCNumber returns the number of a Security Council resolution ID
// ("S/RES/274(1969)" → 274).
func SCNumber(id string) (int, bool) {
	rest, ok := strings.CutPrefix(id, "S/RES/")
	if !ok {
		return 0, false
	}
	if i := strings.IndexByte(rest, '('); i >= 0 {
		rest = rest[:i]
	}
	n, err := strconv.Atoi(rest)
	return n, err == nil && n > 0
}
