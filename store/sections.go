package store

import (
	"encoding/binary"
	"maps"
	"slices"
	"strconv"
	"unsafe"

	"github.com/recital-un/recital/parser"
)

// Summary counts what a store holds.
type Summary struct {
	Documents   int            `json:"documents"`   // documents read, with their provenance
	Citations   int            `json:"citations"`   // citations the parser found in them
	Nodes       int            `json:"nodes"`       // nodes of the graph
	InCorpus    int            `json:"in_corpus"`   // nodes whose own text was read
	Edges       int            `json:"edges"`       // edges of the graph
	Diagnostics map[string]int `json:"diagnostics"` // by code: the parser's and the graph's
}

// encodeSummary writes the summary section.
func encodeSummary(s Summary) []byte {
	e := newEncoder()
	for _, n := range []int{s.Documents, s.Citations, s.Nodes, s.InCorpus, s.Edges} {
		e.int(n)
	}
	codes := slices.Sorted(maps.Keys(s.Diagnostics))
	e.int(len(codes))
	for _, c := range codes {
		e.str(c)
		e.int(s.Diagnostics[c])
	}
	return e.bytes()
}

// decodeSummary reads the summary section.
func decodeSummary(section []byte) (Summary, error) {
	d := newDecoder(section)
	s := Summary{Documents: d.int(), Citations: d.int(), Nodes: d.int(), InCorpus: d.int(), Edges: d.int(), Diagnostics: map[string]int{}}
	for n := d.count(2); n > 0; n-- {
		c := d.str()
		s.Diagnostics[c] = d.int()
	}
	return s, d.err
}

// provenances returns the provenance of each record.
func provenances(recs []*record) []Provenance {
	out := make([]Provenance, len(recs))
	for i, r := range recs {
		out[i] = r.Provenance
	}
	return out
}

// encodeFiles writes the provenance section. Paths are distinct, and a
// source is its own file's path or a name of it: they are added to the
// string table without a lookup (a source equal to its path is written as
// that path). Hashes, formats and parser versions repeat, and are looked
// up. A store of 100,000 documents is mostly this section and the
// records, and a build that changes one document writes it again.
func encodeFiles(files []Provenance) []byte {
	e := newEncoder()
	e.index = make(map[string]uint32, len(files)+8) // hashes are mostly distinct
	e.index[""] = 0
	e.table = slices.Grow(e.table, 2*len(files)+8)
	e.body = slices.Grow(e.body, 16*len(files)+8)
	fresh := func(s string) uint32 {
		if s == "" {
			return 0
		}
		e.table = append(e.table, s)
		return uint32(len(e.table) - 1)
	}
	e.int(len(files))
	for _, p := range files {
		path := fresh(p.Path)
		e.uint(uint64(path))
		if p.Source == p.Path {
			e.uint(uint64(path))
		} else {
			e.uint(uint64(fresh(p.Source)))
		}
		e.str(p.Hash)
		e.uint(uint64(p.Size))
		e.uint(uint64(p.Mtime))
		e.str(string(p.Format))
		e.str(p.Parser)
	}
	return e.bytes()
}

// decodeFiles reads the provenance section.
func decodeFiles(section []byte) ([]Provenance, error) {
	d := newDecoder(section)
	out := make([]Provenance, d.count(6))
	for i := range out {
		out[i] = Provenance{Path: d.str(), Source: d.str(), Hash: d.str(), Size: int64(d.uint()), Mtime: int64(d.uint()), Format: parser.Format(d.str()), Parser: d.str()}
	}
	return out, d.err
}

// putRecords writes the documents section through write: the number of
// records, then each record (see appendRecord) after its length, in the
// order of the files section. Records are copied as they are, whether
// just parsed or read from the store being updated: a record is encoded
// once, when its file is parsed.
//
// Records that lay one after another in the section they were read from
// are written as one run of its bytes, lengths included: a store updated
// after a change is mostly such runs, written a few large pieces at a
// time rather than two small ones a record.
func putRecords(recs []*record, write func([]byte)) {
	var n [binary.MaxVarintLen64]byte
	write(binary.AppendUvarint(n[:0], uint64(len(recs))))
	var run []byte
	for _, r := range recs {
		if r.framed == nil {
			if len(run) > 0 {
				write(run)
				run = nil
			}
			write(binary.AppendUvarint(n[:0], uint64(len(r.enc))))
			write(r.enc)
			continue
		}
		if len(run) > 0 && uintptr(unsafe.Pointer(unsafe.SliceData(run)))+uintptr(len(run)) == uintptr(unsafe.Pointer(unsafe.SliceData(r.framed))) {
			run = unsafe.Slice(unsafe.SliceData(run), len(run)+len(r.framed)) // the next bytes of the same section
			continue
		}
		if len(run) > 0 {
			write(run)
		}
		run = r.framed
	}
	if len(run) > 0 {
		write(run)
	}
}

// decodeRecords splits the documents section into records with the given
// provenance, without decoding them: each record's bytes are a view of
// the section, which must not change afterwards.
func decodeRecords(section []byte, files []Provenance) ([]*record, error) {
	n, k := binary.Uvarint(section)
	if k <= 0 || n != uint64(len(files)) {
		return nil, &CorruptError{"documents and files sections disagree"}
	}
	out := make([]*record, n)
	off := k
	for i := range out {
		l, k := binary.Uvarint(section[off:])
		if k <= 0 || l > uint64(len(section)-off-k) {
			return nil, &CorruptError{"malformed documents section at byte " + strconv.Itoa(off)}
		}
		out[i] = &record{Provenance: files[i], enc: section[off+k : off+k+int(l) : off+k+int(l)], framed: section[off : off+k+int(l) : off+k+int(l)]}
		off += k + int(l)
	}
	if off != len(section) {
		return nil, &CorruptError{"malformed documents section at byte " + strconv.Itoa(off)}
	}
	return out, nil
}

// decodeDocuments reads a documents section as stores wrote it before
// records were encoded one by one (section kind secDocuments) into
// decoded records with the given provenance.
func decodeDocuments(section []byte, files []Provenance) ([]*record, error) {
	d := newDecoder(section)
	n := d.count(10)
	if d.err == nil && n != len(files) {
		return nil, &CorruptError{"documents and files sections disagree"}
	}
	out := make([]*record, n)
	for i := range out {
		doc, tails := readDocument(d)
		doc.Source, doc.Format = files[i].Source, files[i].Format
		if d.err != nil {
			return nil, d.err
		}
		out[i] = &record{Provenance: files[i], doc: doc, tails: tails}
	}
	return out, d.err
}

// span reads a span.
func (d *decoder) span() parser.Span { return decodeSpan(d) }

// encodeSpan writes a span.
func encodeSpan(e *encoder, sp parser.Span) {
	e.int(sp.Start)
	e.int(sp.End)
	e.int(sp.Line)
	e.int(sp.Col)
}

// decodeSpan reads a span.
func decodeSpan(d *decoder) parser.Span {
	return parser.Span{Start: d.int(), End: d.int(), Line: d.int(), Col: d.int()}
}
