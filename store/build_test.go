package store

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

// resolution returns a small resolution numbered n of session 60 that
// recalls the resolutions listed.
func resolution(n string, recalls ...string) string {
	var b strings.Builder
	b.WriteString("Resolution adopted by the General Assembly on 1 December 2005\n\n60/" + n + ". Test " + n + "\n\nThe General Assembly,\n\n")
	for _, r := range recalls {
		b.WriteString("Recalling its resolution " + r + ",\n\n")
	}
	b.WriteString("1. Decides to remain seized of the matter.\n")
	return b.String()
}

// writeFiles writes files (name → content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// filesUnder lists the regular files under root, as build is given them.
func filesUnder(t *testing.T, root string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			out = append(out, p)
		}
		return nil
	})
	return out
}

// build builds the store at path from roots.
func build(t *testing.T, path string, force bool, roots ...string) *Result {
	t.Helper()
	var files []string
	for _, r := range roots {
		files = append(files, filesUnder(t, r)...)
	}
	res, err := Build(path, BuildOptions{Roots: roots, Files: files, Force: force})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// counts summarises a result for comparison.
func counts(r *Result) [6]int {
	return [6]int{r.Documents, r.Parsed, r.Unchanged, r.Removed, r.Kept, len(r.Failed)}
}

func TestBuildIncremental(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	writeFiles(t, a, map[string]string{"1.txt": resolution("1"), "2.txt": resolution("2", "60/1"), "sub/3.txt": resolution("3", "60/1", "60/2")})
	writeFiles(t, b, map[string]string{"4.txt": resolution("4", "60/3")})
	st := filepath.Join(dir, "s.store")

	steps := []struct {
		name  string
		do    func()
		force bool
		roots []string
		want  [6]int // documents, parsed, unchanged, removed, kept, failed
		write bool
	}{
		{"first build parses everything", nil, false, []string{a}, [6]int{3, 3, 0, 0, 0, 0}, true},
		{"nothing changed: nothing parsed, nothing written", nil, false, []string{a}, [6]int{3, 0, 3, 0, 0, 0}, false},
		{"a touched file with the same content is not parsed; its new time is recorded", func() {
			writeFiles(t, a, map[string]string{"1.txt": resolution("1")})
			later := time.Now().Add(time.Hour)
			os.Chtimes(filepath.Join(a, "1.txt"), later, later)
		}, false, []string{a}, [6]int{3, 0, 3, 0, 0, 0}, true},
		{"a file of the recorded size and time is not read", func() {
			p := filepath.Join(a, "1.txt")
			st, _ := os.Stat(p)
			same := strings.Replace(resolution("1"), "Decides", "Decidez", 1)
			writeFiles(t, a, map[string]string{"1.txt": same})
			os.Chtimes(p, st.ModTime(), st.ModTime())
		}, false, []string{a}, [6]int{3, 0, 3, 0, 0, 0}, false},
		{"a changed file is parsed", func() {
			writeFiles(t, a, map[string]string{"2.txt": resolution("2", "60/1", "59/9")})
		}, false, []string{a}, [6]int{3, 1, 2, 0, 0, 0}, true},
		{"another folder adds its documents and keeps the others", nil, false, []string{b}, [6]int{4, 1, 0, 0, 3, 0}, true},
		{"a deleted file's document is dropped", func() {
			os.Remove(filepath.Join(a, "sub/3.txt"))
		}, false, []string{a}, [6]int{3, 0, 2, 1, 1, 0}, true},
		{"an unreadable new file is reported and changes nothing", func() {
			writeFiles(t, a, map[string]string{"bad.txt": ""})
		}, false, []string{a}, [6]int{3, 0, 2, 0, 1, 1}, false},
		{"a stored file that became unreadable loses its document", func() {
			writeFiles(t, a, map[string]string{"2.txt": ""})
		}, false, []string{a}, [6]int{2, 0, 1, 0, 1, 2}, true},
		{"--force parses everything and keeps only the folders given", nil, true, []string{a}, [6]int{1, 1, 0, 0, 0, 2}, true},
	}
	for _, s := range steps {
		if s.do != nil {
			s.do()
		}
		res := build(t, st, s.force, s.roots...)
		if got := counts(res); got != s.want || res.Written != s.write {
			t.Fatalf("%s: documents, parsed, unchanged, removed, kept, failed = %v, written %v; want %v, %v", s.name, got, res.Written, s.want, s.write)
		}
		g, err := Load(st)
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if g.Len() != res.Nodes || len(g.Edges()) != res.Edges {
			t.Fatalf("%s: store holds %d nodes %d edges, summary says %d %d", s.name, g.Len(), len(g.Edges()), res.Nodes, res.Edges)
		}
	}
}

func TestProvenance(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"docs/1.txt": resolution("1")})
	st := filepath.Join(dir, "s.store")
	build(t, st, false, filepath.Join(dir, "docs"))
	files, err := Files(st)
	if err != nil {
		t.Fatal(err)
	}
	p := files[0]
	abs, _ := filepath.Abs(filepath.Join(dir, "docs/1.txt"))
	if len(files) != 1 || p.Path != abs || p.Format != parser.FormatText || p.Parser != parser.Version ||
		p.Size != int64(len(resolution("1"))) || !strings.HasPrefix(p.Hash, "sha256:") || len(p.Hash) != 7+64 {
		t.Errorf("provenance = %+v", files)
	}
}

// TestParserVersion checks that documents read by another parser version
// are parsed again, those outside the roots included, and that one whose
// file is gone is dropped.
func TestParserVersion(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	writeFiles(t, a, map[string]string{"1.txt": resolution("1"), "2.txt": resolution("2", "60/1")})
	writeFiles(t, b, map[string]string{"3.txt": resolution("3"), "4.txt": resolution("4")})
	st := filepath.Join(dir, "s.store")
	build(t, st, false, a, b)
	rewriteStore(t, st, func(r *record) { r.Parser = "0.9.0" })
	os.Remove(filepath.Join(b, "4.txt"))
	res := build(t, st, false, a)
	if got, want := counts(res), [6]int{3, 3, 0, 1, 0, 0}; got != want || res.Rebuilt != "parser version 0.9.0 → "+parser.Version {
		t.Errorf("counts %v, want %v; rebuilt %q", got, want, res.Rebuilt)
	}
	files, _ := Files(st)
	for _, f := range files {
		if f.Parser != parser.Version {
			t.Errorf("%s still read by parser %s", f.Source, f.Parser)
		}
	}
}

// rewriteStore rewrites the store at path after changing its records.
func rewriteStore(t *testing.T, path string, change func(*record)) {
	t.Helper()
	old, err := openOldStore(path)
	if err != nil {
		t.Fatal(err)
	}
	defer old.close() // the records are views of the old file's mapping
	recs, err := old.records()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		change(r)
	}
	if _, err := (&builder{path: path, res: &Result{}}).write(recs); err != nil {
		t.Fatal(err)
	}
}

func TestStoreErrors(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"docs/1.txt": resolution("1"), "docs/2.txt": resolution("2", "60/1")})
	docs := filepath.Join(dir, "docs")
	good := filepath.Join(dir, "good.store")
	build(t, good, false, docs)
	data, _ := os.ReadFile(good)

	fr, err := openFile(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	flip := bytes.Clone(data)
	sec := fr.dir[secGraph]
	flip[sec.offset+sec.length/2] ^= 0xff
	cases := []struct {
		name, loadErr string // loadErr "" when Load does not check (the CRCs are Verify's)
		content       []byte
		buildErr      string // "" when build replaces it
	}{
		{"foreign", "not a Recital store", []byte("%PDF-1.4 my thesis"), "not a Recital store (make one with 'recital build'); refusing to overwrite it"},
		{"damaged", "", flip,
			"corrupt Recital store (graph section checksum mismatch)"},
		{"cut short", "corrupt Recital store (cut short: no trailer)", data[:len(data)/2], "cut short: no trailer"},
		{"another format", "store format 9, this Recital reads format 3", append([]byte(fileMagic+"\x09\x00"), data[headerLen:]...), ""},
		{"empty", "not a Recital store", nil, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, tc.name+".store")
			os.WriteFile(p, tc.content, 0o644)
			if _, err := Load(p); tc.loadErr != "" && (err == nil || !strings.Contains(err.Error(), tc.loadErr) || !strings.HasPrefix(err.Error(), p+": ")) {
				t.Errorf("Load: %v, want %s: …%s", err, p, tc.loadErr)
			}
			if err := Verify(p); err == nil || tc.loadErr == "" && !strings.Contains(err.Error(), tc.buildErr) {
				t.Errorf("Verify: %v, want …%s", err, tc.buildErr)
			}
			_, err := Build(p, BuildOptions{Roots: []string{docs}, Files: filesUnder(t, docs)})
			switch {
			case tc.buildErr == "" && err != nil:
				t.Errorf("Build: %v, want the store rebuilt", err)
			case tc.buildErr != "" && (err == nil || !strings.Contains(err.Error(), tc.buildErr)):
				t.Errorf("Build: %v, want …%s", err, tc.buildErr)
			}
			if tc.buildErr != "" {
				if now, _ := os.ReadFile(p); !bytes.Equal(now, tc.content) {
					t.Errorf("Build changed the file it refused")
				}
			}
		})
	}
	t.Run("a damaged store is refused by a build that copies its sections", func(t *testing.T) {
		p := filepath.Join(dir, "damaged-touched.store")
		os.WriteFile(p, flip, 0o644)
		later := time.Now().Add(time.Hour)
		if err := os.Chtimes(filepath.Join(docs, "1.txt"), later, later); err != nil {
			t.Fatal(err)
		}
		_, err := Build(p, BuildOptions{Roots: []string{docs}, Files: filesUnder(t, docs)})
		if err == nil || !strings.Contains(err.Error(), "graph section checksum mismatch") {
			t.Errorf("Build over a damaged store after a touch: %v", err)
		}
		if now, _ := os.ReadFile(p); !bytes.Equal(now, flip) {
			t.Errorf("Build changed the damaged store")
		}
	})
	t.Run("--force replaces a damaged store", func(t *testing.T) {
		p := filepath.Join(dir, "damaged.store")
		os.WriteFile(p, flip, 0o644)
		if res := build(t, p, true, docs); res.Documents != 2 || !strings.HasPrefix(res.Rebuilt, "the store was damaged") {
			t.Errorf("result %+v", res)
		}
	})
	t.Run("a snapshot of an earlier Recital is rebuilt", func(t *testing.T) {
		p := filepath.Join(dir, "old.snapshot")
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte("\x1d\xff\x81\x03\x01\x01\x08snapshot\x01\xff\x82\x00\x01\x07\x01\x05Magic\x01\x0c\x00\x00\x00\x10\xff\x82\x01\x0drecital-graph\x01\x02\x00"))
		zw.Close()
		os.WriteFile(p, buf.Bytes(), 0o644)
		if _, err := Load(p); !errors.Is(err, ErrSnapshot) {
			t.Errorf("Load: %v, want ErrSnapshot", err)
		}
		if res := build(t, p, false, docs); res.Parsed != 2 || res.Rebuilt != "the store was a snapshot of an earlier Recital" {
			t.Errorf("result %+v", res)
		}
	})
	t.Run("a graph stored alone is rebuilt", func(t *testing.T) {
		p := filepath.Join(dir, "alone.store")
		g, _ := Load(good)
		if err := Save(p, g, Options{}); err != nil {
			t.Fatal(err)
		}
		if res := build(t, p, false, docs); res.Parsed != 2 || res.Rebuilt == "" {
			t.Errorf("result %+v", res)
		}
	})
}

// TestWriteFailure checks that a write that fails half way leaves the
// store as it was and no temporary file.
func TestWriteFailure(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"docs/1.txt": resolution("1")})
	st := filepath.Join(dir, "s.store")
	build(t, st, false, filepath.Join(dir, "docs"))
	before, _ := os.ReadFile(st)
	writeFiles(t, dir, map[string]string{"docs/2.txt": resolution("2", "60/1")})
	afterSync = func(string) error { return errors.New("disk on fire") }
	defer func() { afterSync = func(string) error { return nil } }()
	_, err := Build(st, BuildOptions{Roots: []string{filepath.Join(dir, "docs")}, Files: filesUnder(t, filepath.Join(dir, "docs"))})
	if err == nil || !strings.Contains(err.Error(), "disk on fire") {
		t.Fatalf("err = %v", err)
	}
	if after, _ := os.ReadFile(st); !bytes.Equal(before, after) {
		t.Error("a failed write changed the store")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 3 {
		t.Errorf("%d entries left in the directory, want docs, s.store and its lock", len(entries))
	}
}

// TestCompactGraph checks that the graph built from records, which keep
// the words after each citation rather than texts (buildGraph), is
// the graph built from the documents' full texts, spans included, on
// citations followed by titles in every position.
func TestCompactGraph(t *testing.T) {
	texts := map[string]string{
		"a.txt": "Resolution adopted by the General Assembly on 1 December 2016\n\n71/1. Test\n\nThe General Assembly,\n\n" +
			"Recalling its resolutions 69/313 and 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,\n\n" +
			"Recalling also its resolution 70/299, entitled \"Follow-up and review\", and resolution 68/1,\n\n" +
			"Reaffirming resolution 67/290 of 9 July 2013,\nentitled “Format and organizational aspects”, and 66/288,\n\n" +
			"1. Decides to remain seized of the matter.\n",
		"b.txt": resolution("2", "71/1", "70/1", "69/313"),
	}
	var docs []*parser.Document
	var recs []*record
	in := &recordEncoder{}
	for _, name := range []string{"a.txt", "b.txt"} {
		d, err := parser.Parse(name, []byte(texts[name]))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
		recs = append(recs, newRecord(Provenance{Source: name, Path: "/" + name, Format: d.Format}, d, in))
	}
	checkCompactGraph(t, docs, recs)
}

// checkCompactGraph compares the graphs built both ways.
func checkCompactGraph(t *testing.T, docs []*parser.Document, recs []*record) {
	t.Helper()
	full, err := graph.Build(docs)
	if err != nil {
		t.Fatal(err)
	}
	compact, err := buildGraph(recs)
	if err != nil {
		t.Fatal(err)
	}
	a, err := encodeGraph(full, false)
	if err != nil {
		t.Fatal(err)
	}
	b, err := encodeGraph(compact, false)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		for _, n := range full.Nodes() {
			if m := compact.Node(n.ID); m == nil || m.Title != n.Title {
				t.Errorf("node %s: title %q from the full texts, %+v from the compact ones", n.ID, n.Title, m)
			}
		}
		t.Fatal("the graph built from records differs from the one built from full texts")
	}
	titled := 0
	for _, n := range full.Nodes() {
		if n.Title != "" && !n.InCorpus {
			titled++
		}
	}
	t.Logf("%d documents, %d nodes, %d titles from citations: identical", len(docs), full.Len(), titled)
}

// TestCompactGraphCorpus compares the two ways on the dev corpus.
func TestCompactGraphCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../shared/corpus/dev/*.txt")
	if len(files) == 0 {
		t.Skip("../shared not found beside the checkout: the corpus test needs the shared corpus")
	}
	more, _ := filepath.Glob("../../shared/corpus/bulk/akn/A_RES_7[89]_*.xml")
	files = append(files, more...)
	var docs []*parser.Document
	var recs []*record
	in := &recordEncoder{}
	for _, f := range files {
		data, _ := os.ReadFile(f)
		d, err := parser.Parse(filepath.Base(f), data)
		if err != nil {
			continue
		}
		docs = append(docs, d)
		recs = append(recs, newRecord(Provenance{Source: d.Source, Path: f, Format: d.Format}, d, in))
	}
	checkCompactGraph(t, docs, recs)
}

// FuzzDecodeSections feeds damaged sections to the decoders, past the
// CRC that normally stops them: they must fail cleanly, never panic.
func FuzzDecodeSections(f *testing.F) {
	d, err := parser.Parse("a.txt", []byte(resolution("2", "60/1", "59/1")))
	if err != nil {
		f.Fatal(err)
	}
	recs := []*record{newRecord(Provenance{Path: "/a.txt", Source: "a.txt", Format: d.Format}, d, &recordEncoder{})}
	g, err := buildGraph(recs)
	if err != nil {
		f.Fatal(err)
	}
	sec, err := encodeGraph(g, false)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(byte(secGraph), sec)
	var records []byte
	putRecords(recs, func(b []byte) { records = append(records, b...) })
	f.Add(byte(secRecords), records)
	f.Add(byte(secFiles), encodeFiles(provenances(recs)))
	f.Add(byte(secSummary), encodeSummary(Summary{Documents: 1, Diagnostics: map[string]int{"x": 1}}))
	f.Fuzz(func(t *testing.T, kind byte, section []byte) {
		section = bytes.Clone(section) // the decoders keep views of it
		switch kind % 4 {
		case 0:
			if g, err := decodeGraph(section); err == nil {
				for _, n := range g.Nodes() {
					g.Lineage(n.ID, 0)
					g.CitedBy(n.ID, 0)
				}
				g.Edges()
				g.Diagnostics()
			}
		case 1:
			if recs, err := decodeRecords(section, make([]Provenance, 1)); err == nil {
				decodeAll(recs)
			}
			decodeDocuments(section, make([]Provenance, 1))
		case 2:
			decodeFiles(section)
		case 3:
			decodeSummary(section)
		}
	})
}
