package store

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/recital-un/recital/internal/synth"
)

// TestIncrementalEqualsScratch is the guarantee of incremental builds: a
// store updated build after build, through edits, additions, deletions,
// touched files, duplicates, language versions and unreadable files, is
// byte for byte the store built from scratch from the same files, and
// says the same. Every step is checked against a --force build of the
// same files into another store.
func TestIncrementalEqualsScratch(t *testing.T) {
	dir := t.TempDir()
	root := filepath.Join(dir, "docs")
	if _, err := synth.Write(root, synth.Options{Docs: 400, Seed: 7}); err != nil {
		t.Fatal(err)
	}
	// Real texts too, when the shared corpus is beside the checkout: their
	// titles, parts, footnotes and diagnostics are richer than synth's.
	real := 0
	for _, pattern := range []string{"../../shared/corpus/dev/*.txt", "../../shared/corpus/dev/fr/*.txt", "../../shared/corpus/dev/xml/74_1*.xml"} {
		files, _ := filepath.Glob(pattern)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			sub := filepath.Base(filepath.Dir(f))
			writeFiles(t, filepath.Join(root, "real", sub), map[string]string{filepath.Base(f): string(data)})
			real++
		}
	}
	t.Logf("%d synthetic and %d real files", 400, real)
	other := filepath.Join(dir, "other") // a second root, kept by builds of the first alone
	writeFiles(t, other, map[string]string{"o1.txt": resolution("901", "60/1", "60/2")})

	inc := filepath.Join(dir, "inc.store")
	patched := 0 // steps whose graph was patched
	// scratchBuild updates inc from roots, builds the store of every root
	// from scratch, and compares them: a --force build keeps only the
	// roots given, an incremental one keeps the documents of the others.
	scratchBuild := func(step string, roots ...string) {
		t.Helper()
		var files []string
		for _, r := range roots {
			files = append(files, filesUnder(t, r)...)
		}
		got, err := Build(inc, BuildOptions{Roots: roots, Files: files, Diagnostics: true})
		if err != nil {
			t.Fatal(err)
		}
		want := build(t, filepath.Join(dir, "scratch.store"), true, root, other)
		a, err := os.ReadFile(inc)
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(dir, "scratch.store"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Fatalf("%s: the incremental store (%d bytes) differs from the store built from scratch (%d bytes)", step, len(a), len(b))
		}
		if fmt.Sprint(got.Summary) != fmt.Sprint(want.Summary) {
			t.Errorf("%s: summary %+v, from scratch %+v", step, got.Summary, want.Summary)
		}
		if fmt.Sprint(got.Diagnostics) != fmt.Sprint(want.Diagnostics) {
			t.Errorf("%s: the diagnostics differ from those of a build from scratch", step)
		}
		how := "resolved whole"
		switch {
		case !got.Written:
			how = "not written"
		case got.Parsed+got.Removed == 0:
			how = "copied"
		case got.Patched:
			how = fmt.Sprintf("patched, %d documents resolved", got.Resolved)
			patched++
		}
		t.Logf("%s: %d documents, %d edges; parsed %d, unchanged %d, removed %d, kept %d; graph %s: identical",
			step, got.Documents, got.Edges, got.Parsed, got.Unchanged, got.Removed, got.Kept, how)
	}
	file := func(rel string) string { return filepath.Join(root, filepath.FromSlash(rel)) }
	synthFile := func(i int) string { return synth.Path(root, synth.Generate(synth.Options{Docs: 400, Seed: 7}, i)) }
	appendLine := func(path, line string) {
		t.Helper()
		f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.WriteString(line); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
	later := time.Now().Add(time.Hour)

	scratchBuild("first build", root, other)

	appendLine(synthFile(399), "\nRecalling also its resolution 41/1,\n")
	scratchBuild("one-line edit", root, other)

	writeFiles(t, root, map[string]string{
		"new/titled.txt": "Resolution adopted by the General Assembly on 3 December 2030\n\n85/1. Titles\n\nThe General Assembly,\n\n" +
			"Recalling its resolution 60/1 of 24 October 2005, entitled “A title given by a citing text”,\n\n" +
			"Recalling also its resolution 60/2 of 1 January 1999, entitled \"Another title\",\n\n" +
			"Reaffirming resolution 99/7 of 9 July 2031, entitled “Cited before it was adopted”, and resolution 60/3 B,\n\n" +
			"1. Decides to remain seized of the matter.\n",
		"new/parts.txt": "Resolution adopted by the General Assembly on 5 December 2030\n\n85/2. Parts\n\nThe General Assembly,\n\n" +
			"Recalling its resolutions 84/7 A of 1 March 2029 and 84/7 B of 2 March 2029,\n\n" +
			"1. Decides to remain seized of the matter.\n",
		"new/empty.txt":    "",
		"new/nosymbol.txt": "Some notes\n\nRecalling resolution 60/1,\n",
	})
	scratchBuild("additions (titles, dates, parts, an unreadable file, no symbol)", root, other)

	if err := os.Remove(synthFile(3)); err != nil { // an early resolution, cited by many
		t.Fatal(err)
	}
	if err := os.Remove(file("new/empty.txt")); err != nil {
		t.Fatal(err)
	}
	scratchBuild("deletions", root, other)

	data, err := os.ReadFile(synthFile(10))
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, root, map[string]string{"dup/copy.txt": string(data)}) // a second reading of one symbol
	scratchBuild("a duplicate reading", root, other)

	if err := os.Chtimes(synthFile(20), later, later); err != nil {
		t.Fatal(err)
	}
	scratchBuild("a touched file", root, other)

	writeFiles(t, root, map[string]string{"new/titled.txt": "Resolution adopted by the General Assembly on 3 December 2030\n\n85/1. Titles\n\nThe General Assembly,\n\n" +
		"Recalling its resolution 60/1 of 25 October 2005,\n\n1. Decides to remain seized of the matter.\n"})
	if err := os.Remove(file("dup/copy.txt")); err != nil {
		t.Fatal(err)
	}
	appendLine(other+"/o1.txt", "\nReaffirming its resolution 85/1,\n")
	scratchBuild("a rewritten file, a duplicate gone, another root edited", root, other)

	appendLine(synthFile(398), "\nRecalling also its resolution 41/2,\n")
	scratchBuild("a build of one root, keeping the other's documents", root)

	scratchBuild("nothing changed", root, other)
	if patched < 6 {
		t.Errorf("%d steps patched the graph, want 6", patched)
	}
}

// TestReadsDocumentsOfBefore checks that a store whose documents section
// is of the kind written before records were encoded one by one is read:
// queries answer from it, and a build, which parses every file again since
// such documents lack their languages, gives the store built from scratch
// byte for byte, and updates it as any other afterwards.
func TestReadsDocumentsOfBefore(t *testing.T) {
	dir := t.TempDir()
	root := filepath.Join(dir, "docs")
	if _, err := synth.Write(root, synth.Options{Docs: 60, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	st, scratch := filepath.Join(dir, "s.store"), filepath.Join(dir, "scratch.store")
	build(t, st, false, root)
	toV1 := func() {
		t.Helper()
		old, err := openOldStore(st)
		if err != nil {
			t.Fatal(err)
		}
		defer old.close() // the records and sections are views of its mapping
		recs, err := old.records()
		if err == nil {
			err = decodeAll(recs)
		}
		if err != nil {
			t.Fatal(err)
		}
		var sections [][]byte
		for _, kind := range []uint32{secSummary, secFiles, secGraph} {
			sec, err := old.fr.section(kind)
			if err != nil {
				t.Fatal(err)
			}
			sections = append(sections, sec)
		}
		err = writeAtomic(st, func(w io.Writer) error {
			fw := newFileWriter(w)
			fw.section(secSummary, sections[0])
			fw.section(secFiles, sections[1])
			fw.section(secDocuments, encodeDocumentsV1(recs))
			fw.section(secGraph, sections[2])
			return fw.close()
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	same := func(step string) {
		t.Helper()
		build(t, scratch, true, root)
		a, _ := os.ReadFile(st)
		b, _ := os.ReadFile(scratch)
		if !bytes.Equal(a, b) {
			t.Fatalf("%s: the store updated from the old documents section differs from the store built from scratch", step)
		}
	}
	toV1()
	if g, err := Load(st); err != nil || len(g.Nodes()) == 0 {
		t.Fatalf("the store with the old documents section does not answer queries: %v", err)
	}
	// Its documents lack their languages: a build parses every file again.
	res := build(t, st, false, root)
	if res.Parsed != 60 || !strings.Contains(res.Rebuilt, "languages") {
		t.Fatalf("build over the old documents section: parsed %d, rebuilt %q", res.Parsed, res.Rebuilt)
	}
	same("a build over the old documents section")
	file := synth.Path(root, synth.Generate(synth.Options{Docs: 60, Seed: 3}, 59))
	f, err := os.OpenFile(file, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("\nRecalling also its resolution 41/1,\n")
	f.Close()
	if res := build(t, st, false, root); res.Parsed != 1 || res.Unchanged != 59 {
		t.Fatalf("one edit after: parsed %d, unchanged %d", res.Parsed, res.Unchanged)
	}
	same("one edit after")
}

// encodeDocumentsV1 writes a documents section as stores wrote it before
// records were encoded one by one (kind secDocuments), to check that such
// stores are still read.
func encodeDocumentsV1(recs []*record) []byte {
	e := newEncoder()
	e.int(len(recs))
	for _, r := range recs {
		d := r.doc
		e.int(d.Schema)
		for _, s := range []string{d.Symbol, d.Title, d.Adopted, string(d.Body), d.Session, d.AgendaItem, d.AdoptedOn} {
			e.str(s)
		}
		e.int(len(d.Parts))
		for _, p := range d.Parts {
			e.str(p)
		}
		e.int(len(d.Citations))
		for i, c := range d.Citations {
			for _, s := range []string{c.Target, c.Part, string(c.Body), string(c.Kind), c.Relation, c.Verb, string(c.Location), c.Footnote, c.Date, c.Text} {
				e.str(s)
			}
			e.int(c.Paragraph)
			encodeSpan(e, c.Span)
			e.str(r.tails[i])
		}
		e.int(len(d.Diagnostics))
		for _, g := range d.Diagnostics {
			e.str(string(g.Severity))
			e.str(g.Code)
			e.str(g.Message)
			encodeSpan(e, g.Span)
		}
	}
	return e.bytes()
}

// TestPatchedEqualsScratchRandom runs random edits over synthetic texts
// and, when the shared corpus is there, real ones in three languages:
// citations added with dates and titles that agree or not with the cited
// documents, files deleted and restored, copied (a duplicate reading) or
// overwritten by another's text (a change of symbol). After each step the
// patched store must be, byte for byte, the store built from scratch.
func TestPatchedEqualsScratchRandom(t *testing.T) {
	dir := t.TempDir()
	root := filepath.Join(dir, "docs")
	if _, err := synth.Write(root, synth.Options{Docs: 150, Seed: 11}); err != nil {
		t.Fatal(err)
	}
	for _, pattern := range []string{"../../shared/corpus/dev/*.txt", "../../shared/corpus/dev/fr/*.txt", "../../shared/corpus/dev/es/*.txt"} {
		files, _ := filepath.Glob(pattern)
		for _, f := range files[:min(len(files), 12)] {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			writeFiles(t, filepath.Join(root, "real", filepath.Base(filepath.Dir(f))), map[string]string{filepath.Base(f): string(data)})
		}
	}
	inc, scratch := filepath.Join(dir, "inc.store"), filepath.Join(dir, "scratch.store")
	build(t, inc, false, root)
	seed := uint64(5)
	if s := os.Getenv("PATCH_SEED"); s != "" {
		fmt.Sscan(s, &seed)
	}
	r := rand.New(rand.NewPCG(seed, 9))
	months := []string{"January", "March", "June", "October", "December"}
	citation := func(path string) string {
		sym := fmt.Sprintf("%d/%d", 1+r.IntN(80), 1+r.IntN(40))
		date := fmt.Sprintf("%d %s %d", 1+r.IntN(28), months[r.IntN(len(months))], 1946+r.IntN(80))
		title := ""
		if r.IntN(3) == 0 {
			title = fmt.Sprintf(", entitled “Title %d”", r.IntN(4))
		}
		if strings.Contains(path, string(filepath.Separator)+"fr"+string(filepath.Separator)) {
			return "\nRappelant sa résolution " + sym + " du " + date + title + ",\n"
		}
		return "\nRecalling also its resolution " + sym + " of " + date + title + ",\n"
	}
	deleted := map[string][]byte{}
	patched := 0
	for step := range 14 {
		files := filesUnder(t, root)
		for range 1 + r.IntN(3) {
			f := files[r.IntN(len(files))]
			data, err := os.ReadFile(f)
			if err != nil {
				continue // deleted by an earlier operation of this step
			}
			switch op := r.IntN(10); {
			case op < 5:
				writeFiles(t, filepath.Dir(f), map[string]string{filepath.Base(f): string(data) + citation(f)})
			case op < 7:
				deleted[f] = data
				os.Remove(f)
			case op < 8:
				for p, d := range deleted {
					writeFiles(t, filepath.Dir(p), map[string]string{filepath.Base(p): string(d)})
					delete(deleted, p)
					break
				}
			case op < 9:
				writeFiles(t, filepath.Join(root, "dup"), map[string]string{fmt.Sprintf("%d-%s", step, filepath.Base(f)): string(data)})
			default:
				other, err := os.ReadFile(files[r.IntN(len(files))])
				if err == nil {
					writeFiles(t, filepath.Dir(f), map[string]string{filepath.Base(f): string(other)})
				}
			}
		}
		got := build(t, inc, false, root)
		build(t, scratch, true, root)
		a, _ := os.ReadFile(inc)
		b, _ := os.ReadFile(scratch)
		if !bytes.Equal(a, b) {
			t.Fatalf("step %d: the patched store differs from the store built from scratch (%+v)", step, got)
		}
		if got.Patched {
			patched++
		}
	}
	if patched < 10 {
		t.Errorf("%d of 14 steps patched the graph, want 10 or more", patched)
	}
	t.Logf("%d of 14 steps patched the graph; every store identical to the build from scratch", patched)
}
