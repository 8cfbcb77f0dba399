package store

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
)

// The store file is a sequence of sections, each checked by its own
// CRC-32C, and a directory at the end that says where each lies:
//
//	header    "recital store\n" (14 bytes), format version (uint16)
//	sections  summary, files, documents, graph, in that order, each
//	          starting at a multiple of 8 bytes (zeros pad the gaps), so
//	          that a mapped graph section is read in place; documents
//	          are written as kind 5 (records one by one), and kind 3 (the
//	          documents section before it) is still read
//	directory count (uint32), then per section: kind (uint32),
//	          offset (uint64), length (uint64), CRC-32C (uint32)
//	trailer   directory offset (uint64), directory length (uint32),
//	          directory CRC-32C (uint32), "\nRCTLEND" (8 bytes)
//
// All integers are little-endian. A reader reads the trailer, the
// directory and only the sections it needs: a query never reads the
// documents. A file cut short has no trailer, and a changed byte fails a
// CRC, so neither is ever read as a graph.

// fileMagic opens every store file.
const fileMagic = "recital store\n"

// endMagic closes every store file.
const endMagic = "\nRCTLEND"

// FileFormat is the version of the store file layout. A store of another
// version is rebuilt from its files by 'recital build', never misread.
const FileFormat = 3

// headerLen and trailerLen are the fixed sizes of the header and trailer.
const (
	headerLen  = len(fileMagic) + 2
	trailerLen = 8 + 4 + 4 + len(endMagic)
)

// section kinds.
const (
	secSummary   = 1 // counts, for a build that changes nothing
	secFiles     = 2 // provenance of every document
	secDocuments = 3 // what the parser found in each document, as stores wrote it before secRecords; read, never written
	secGraph     = 4 // the citation graph
	secRecords   = 5 // what the parser found in each document, a record at a time (see putRecords)
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// dirEntry locates one section.
type dirEntry struct {
	kind           uint32
	offset, length uint64
	crc            uint32
}

// ErrNotStore says a file is not a Recital store at all.
var ErrNotStore = errors.New("not a Recital store (make one with 'recital build')")

// CorruptError says a file is a Recital store whose content is damaged.
type CorruptError struct{ Reason string }

func (e *CorruptError) Error() string {
	return "corrupt Recital store (" + e.Reason + "); rebuild it with 'recital build --force'"
}

// VersionError says a store was written in another layout.
type VersionError struct{ Found int }

func (e *VersionError) Error() string {
	return fmt.Sprintf("store format %d, this Recital reads format %d: rebuild it with 'recital build'", e.Found, FileFormat)
}

// fileWriter writes sections to a store file and then its directory.
type fileWriter struct {
	w   *bufio.Writer
	off uint64
	dir []dirEntry
	err error
}

// newFileWriter writes the header.
func newFileWriter(w io.Writer) *fileWriter {
	fw := &fileWriter{w: bufio.NewWriterSize(w, 1<<20)}
	var hdr [headerLen]byte
	copy(hdr[:], fileMagic)
	binary.LittleEndian.PutUint16(hdr[len(fileMagic):], FileFormat)
	fw.write(hdr[:])
	return fw
}

// write writes raw bytes, keeping the offset.
func (fw *fileWriter) write(b []byte) {
	if fw.err != nil {
		return
	}
	n, err := fw.w.Write(b)
	fw.off += uint64(n)
	fw.err = err
}

// section writes one section, at a multiple of 8 bytes.
func (fw *fileWriter) section(kind uint32, data []byte) {
	var pad [8]byte
	fw.write(pad[:(8-fw.off%8)%8])
	fw.dir = append(fw.dir, dirEntry{kind: kind, offset: fw.off, length: uint64(len(data)), crc: crc32.Checksum(data, castagnoli)})
	fw.write(data)
	if fw.err == nil && sectionWritten != nil {
		fw.err = fw.w.Flush()
		sectionWritten(kind)
	}
}

// streamSection writes one section whose bytes put gives, piece by
// piece, through write: a large section is never held whole.
func (fw *fileWriter) streamSection(kind uint32, put func(write func([]byte))) {
	var pad [8]byte
	fw.write(pad[:(8-fw.off%8)%8])
	start := fw.off
	var crc uint32
	put(func(b []byte) {
		crc = crc32.Update(crc, castagnoli, b)
		fw.write(b)
	})
	fw.dir = append(fw.dir, dirEntry{kind: kind, offset: start, length: fw.off - start, crc: crc})
	if fw.err == nil && sectionWritten != nil {
		fw.err = fw.w.Flush()
		sectionWritten(kind)
	}
}

// copySection copies a section of the store fr reads as it lies, through
// a buffer, checking its checksum on the way: a damaged section is never
// copied into a new store.
func (fw *fileWriter) copySection(fr *fileReader, kind uint32) {
	e, ok := fr.dir[kind]
	if !ok {
		if fw.err == nil {
			fw.err = &CorruptError{"no " + sectionNames[kind] + " section"}
		}
		return
	}
	var pad [8]byte
	fw.write(pad[:(8-fw.off%8)%8])
	fw.dir = append(fw.dir, dirEntry{kind: kind, offset: fw.off, length: e.length, crc: e.crc})
	if fw.err != nil {
		return
	}
	h := crc32.New(castagnoli)
	n, err := io.Copy(io.MultiWriter(fw.w, h), io.NewSectionReader(fr.r, int64(e.offset), int64(e.length)))
	fw.off += uint64(n)
	switch {
	case err == nil && uint64(n) != e.length:
		err = io.ErrUnexpectedEOF
	case err == nil && h.Sum32() != e.crc:
		err = &CorruptError{sectionNames[kind] + " section checksum mismatch"}
	}
	fw.err = err
	if fw.err == nil && sectionWritten != nil {
		fw.err = fw.w.Flush()
		sectionWritten(kind)
	}
}

// sectionWritten, when set (by tests), is called after each section has
// reached the file, to stop a write half way.
var sectionWritten func(kind uint32)

// close writes the directory and trailer and flushes.
func (fw *fileWriter) close() error {
	dir := binary.LittleEndian.AppendUint32(nil, uint32(len(fw.dir)))
	for _, e := range fw.dir {
		dir = binary.LittleEndian.AppendUint32(dir, e.kind)
		dir = binary.LittleEndian.AppendUint64(dir, e.offset)
		dir = binary.LittleEndian.AppendUint64(dir, e.length)
		dir = binary.LittleEndian.AppendUint32(dir, e.crc)
	}
	dirOff := fw.off
	fw.write(dir)
	tr := binary.LittleEndian.AppendUint64(nil, dirOff)
	tr = binary.LittleEndian.AppendUint32(tr, uint32(len(dir)))
	tr = binary.LittleEndian.AppendUint32(tr, crc32.Checksum(dir, castagnoli))
	fw.write(append(tr, endMagic...))
	if fw.err != nil {
		return fw.err
	}
	return fw.w.Flush()
}

// fileReader reads sections of an open store file.
type fileReader struct {
	r        io.ReaderAt
	size     int64
	dir      map[uint32]dirEntry
	verified bool // every section's checksum was checked (verify)
}

// openFile checks the header, trailer and directory of a store file.
func openFile(r io.ReaderAt, size int64) (*fileReader, error) {
	var hdr [headerLen]byte
	if size < int64(headerLen) {
		return nil, ErrNotStore
	}
	if _, err := r.ReadAt(hdr[:], 0); err != nil {
		return nil, err
	}
	if string(hdr[:len(fileMagic)]) != fileMagic {
		return nil, ErrNotStore
	}
	if v := int(binary.LittleEndian.Uint16(hdr[len(fileMagic):])); v != FileFormat {
		return nil, &VersionError{Found: v}
	}
	if size < int64(headerLen+trailerLen) {
		return nil, &CorruptError{"cut short"}
	}
	var tr [trailerLen]byte
	if _, err := r.ReadAt(tr[:], size-int64(trailerLen)); err != nil {
		return nil, err
	}
	if string(tr[16:]) != endMagic {
		return nil, &CorruptError{"cut short: no trailer"}
	}
	dirOff, dirLen := binary.LittleEndian.Uint64(tr[0:]), binary.LittleEndian.Uint32(tr[8:])
	if dirOff > uint64(size) || uint64(dirLen) > uint64(size)-dirOff {
		return nil, &CorruptError{"bad directory offset"}
	}
	dir := make([]byte, dirLen)
	if _, err := r.ReadAt(dir, int64(dirOff)); err != nil {
		return nil, err
	}
	if crc32.Checksum(dir, castagnoli) != binary.LittleEndian.Uint32(tr[12:]) {
		return nil, &CorruptError{"directory checksum mismatch"}
	}
	fr := &fileReader{r: r, size: size, dir: map[uint32]dirEntry{}}
	if len(dir) < 4 {
		return nil, &CorruptError{"empty directory"}
	}
	n := binary.LittleEndian.Uint32(dir)
	if uint64(len(dir)) != 4+uint64(n)*24 {
		return nil, &CorruptError{"bad directory"}
	}
	for i := uint32(0); i < n; i++ {
		b := dir[4+24*i:]
		e := dirEntry{kind: binary.LittleEndian.Uint32(b), offset: binary.LittleEndian.Uint64(b[4:]),
			length: binary.LittleEndian.Uint64(b[12:]), crc: binary.LittleEndian.Uint32(b[20:])}
		if e.offset > dirOff || e.length > dirOff-e.offset {
			return nil, &CorruptError{"bad section bounds"}
		}
		fr.dir[e.kind] = e
	}
	return fr, nil
}

// sectionNames name the sections in errors.
var sectionNames = map[uint32]string{secSummary: "summary", secFiles: "files", secDocuments: "documents", secRecords: "documents", secGraph: "graph"}

// section reads one section and checks its CRC.
func (fr *fileReader) section(kind uint32) ([]byte, error) {
	e, ok := fr.dir[kind]
	if !ok {
		return nil, &CorruptError{"no " + sectionNames[kind] + " section"}
	}
	data := make([]byte, e.length)
	if _, err := fr.r.ReadAt(data, int64(e.offset)); err != nil {
		return nil, err
	}
	if crc32.Checksum(data, castagnoli) != e.crc {
		return nil, &CorruptError{sectionNames[kind] + " section checksum mismatch"}
	}
	return data, nil
}

// verify checks the CRC of every section without keeping its content.
func (fr *fileReader) verify() error {
	for kind := range fr.dir {
		if err := fr.verifySection(kind); err != nil {
			return err
		}
	}
	return nil
}

// verifySection checks the CRC of one section, reading it through a
// buffer.
func (fr *fileReader) verifySection(kind uint32) error {
	e := fr.dir[kind]
	h := crc32.New(castagnoli)
	if _, err := io.CopyBuffer(h, io.NewSectionReader(fr.r, int64(e.offset), int64(e.length)), make([]byte, 1<<20)); err != nil {
		return err
	}
	if h.Sum32() != e.crc {
		return &CorruptError{sectionNames[kind] + " section checksum mismatch"}
	}
	return nil
}

// Kind of file found at a --store path.
type fileKind int

const (
	kindMissing  fileKind = iota // no file
	kindEmpty                    // an empty file
	kindStore                    // this layout
	kindSnapshot                 // a snapshot of an earlier Recital
	kindForeign                  // anything else
)

// sniffFile says what is at path, from its first bytes.
func sniffFile(path string) (fileKind, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return kindMissing, nil
	}
	if err != nil {
		return 0, err
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return 0, err
	}
	head = head[:n]
	switch {
	case n == 0:
		return kindEmpty, nil
	case bytes.HasPrefix(head, []byte(fileMagic)):
		return kindStore, nil
	case isOldSnapshot(head):
		return kindSnapshot, nil
	}
	return kindForeign, nil
}
