package store

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// FuzzStoreFile feeds damaged store files to the reader of the header,
// directory and sections, as Load and a build open them: every damage
// must end in an error, never a panic. (FuzzDecodeSections goes past the
// checksums that stop most damage here.)
func FuzzStoreFile(f *testing.F) {
	whole, err := os.ReadFile(fuzzStore(f))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(whole)
	f.Add(whole[:len(whole)/2])
	f.Add([]byte(fileMagic + "\x02\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fr, err := openFile(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return
		}
		fr.verify()
		var files []Provenance
		for _, kind := range []uint32{secSummary, secFiles, secDocuments, secRecords, secGraph} {
			sec, err := fr.section(kind)
			if err != nil {
				continue
			}
			switch kind {
			case secSummary:
				decodeSummary(sec)
			case secFiles:
				files, _ = decodeFiles(sec)
			case secDocuments:
				decodeDocuments(sec, files)
			case secRecords:
				if recs, err := decodeRecords(sec, files); err == nil {
					decodeAll(recs)
				}
			case secGraph:
				decodeGraph(sec)
			}
		}
	})
}

// FuzzSnapshot feeds damaged stores written whole (the embedded
// default's shape) to Open: an error, never a panic.
func FuzzSnapshot(f *testing.F) {
	g, err := Load(fuzzStore(f))
	if err != nil {
		f.Fatal(err)
	}
	var b bytes.Buffer
	if err := Write(&b, g, Options{}); err != nil {
		f.Fatal(err)
	}
	f.Add(b.Bytes())
	f.Add([]byte{0x1f, 0x8b})
	f.Fuzz(func(t *testing.T, data []byte) {
		Open(data)
	})
}

// fuzzStore builds a store of two small resolutions for seeds.
func fuzzStore(f *testing.F) string {
	dir := f.TempDir()
	docs := filepath.Join(dir, "docs")
	os.MkdirAll(docs, 0o755)
	os.WriteFile(filepath.Join(docs, "a.txt"), []byte(resolution("2", "60/1", "59/1")), 0o644)
	os.WriteFile(filepath.Join(docs, "b.txt"), []byte(resolution("3", "60/2")), 0o644)
	st := filepath.Join(dir, "s.store")
	if _, err := Build(st, BuildOptions{Roots: []string{docs}, Files: []string{filepath.Join(docs, "a.txt"), filepath.Join(docs, "b.txt")}}); err != nil {
		f.Fatal(err)
	}
	return st
}
