package cmd

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/recital-un/recital/parser"
)

// TestExtractParallelOrder checks that files parsed on several workers are
// written in the order given, each with its own messages, exactly as one
// at a time: a folder's output is the concatenation of its files' outputs.
func TestExtractParallelOrder(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i := range 40 {
		// Documents of very different sizes, so that workers finish out of order.
		var b strings.Builder
		fmt.Fprintf(&b, "Resolution adopted by the General Assembly on 10 December 2015\n\n70/%d. Title %d\n\nThe General Assembly,\n\n", 100+i, i)
		for k := range (i % 7) * 300 {
			fmt.Fprintf(&b, "Recalling its resolution 60/%d of 8 December 2005,\n\n", 1+k%90)
		}
		fmt.Fprintf(&b, "1. Decides to remain seized of resolution %d/1 and of resolution 1/2.\n", 40+i)
		name := filepath.Join(dir, fmt.Sprintf("A_RES_70_%03d.txt", 100+i))
		if err := os.WriteFile(name, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, name)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	for _, format := range []string{"json", "table"} {
		var wantOut, wantErr strings.Builder
		for _, f := range files {
			ios, _, stdout, stderr := Test()
			if code := Run(ios, []string{"extract", "--format", format, f}); code != ExitOK {
				t.Fatalf("extract %s: exit %d: %s", f, code, stderr)
			}
			wantOut.WriteString(stdout.String())
			wantErr.WriteString(stderr.String())
		}
		if !strings.Contains(wantErr.String(), "1/2 cannot be") {
			t.Fatalf("the test documents give no diagnostic to order:\n%s", wantErr.String())
		}
		ios, _, stdout, stderr := Test()
		if code := Run(ios, []string{"extract", "--format", format, dir}); code != ExitOK {
			t.Fatalf("extract %s: exit %d: %s", dir, code, stderr)
		}
		if stdout.String() != wantOut.String() {
			t.Errorf("--format %s of the folder is not its files' outputs in order", format)
		}
		if stderr.String() != wantErr.String() {
			t.Errorf("--format %s: the folder's messages are not its files' messages in order:\n%s", format, stderr)
		}
	}
}

// TestDocumentJSON checks that appendDocumentJSON writes the bytes
// json.NewEncoder(w).Encode writes: for the documents of the dev corpus,
// when it is there, and for documents whose every string is hostile
// (quotes, control characters, <>&, U+2028, invalid UTF-8) or whose
// slices are nil.
func TestDocumentJSON(t *testing.T) {
	check := func(name string, doc *parser.Document) {
		t.Helper()
		var want bytes.Buffer
		if err := json.NewEncoder(&want).Encode(doc); err != nil {
			t.Fatal(err)
		}
		if got := appendDocumentJSON(nil, doc); !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s:\n got %s\nwant %s", name, got, want.Bytes())
		}
	}
	hostile := []string{"", "plain", `"quoted" \back\slash`, "\b\f\n\r\t\x00\x01\x1f\x7f", "<b>&amp;</b>",
		"line\u2028sep\u2029para", "bad \xff\xfe utf8 \xc3", "cut \xe2\x80", "é ñ 中文 \U0001F600", "\u2027\u202a", "/ ' `"}
	for i, s := range hostile {
		doc := &parser.Document{Schema: 1, Source: s, Format: parser.Format(s), Language: s, Symbol: s,
			Parts: []string{s, s}, Title: s, Adopted: s, Body: parser.Body(s), Session: s, AgendaItem: s, AdoptedOn: s,
			Citations: []parser.Citation{{Target: s, Part: s, Body: parser.Body(s), Kind: parser.Kind(s), Relation: s,
				Verb: s, Location: parser.Location(s), Paragraph: -i, Footnote: s, Date: s, Text: s,
				Span: parser.Span{Start: i, End: 1 << 40, Line: -1, Col: 0}}, {}},
			Diagnostics: []parser.Diagnostic{{Severity: parser.Severity(s), Code: s, Message: s, Span: parser.Span{Start: i}}}}
		check(fmt.Sprintf("hostile %d", i), doc)
	}
	check("nil slices", &parser.Document{})
	check("empty slices", &parser.Document{Parts: []string{}, Citations: []parser.Citation{}, Diagnostics: []parser.Diagnostic{}})
	var files []string
	filepath.WalkDir("../../shared/corpus/dev", func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			files = append(files, p)
		}
		return nil
	})
	if len(files) == 0 {
		t.Log("no dev corpus at ../../shared/corpus/dev: checked the hostile documents only")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := parser.Parse(f, data)
		if err != nil {
			continue
		}
		check(f, doc)
	}
}

// TestExpandInputsFollowsALinkedFolder checks that a folder named through
// a symbolic link is read like the folder itself, and that links inside
// a folder to files are read too.
func TestExpandInputsFollowsALinkedFolder(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real")
	if err := os.MkdirAll(filepath.Join(target, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"a.txt", "sub/b.txt"} {
		if err := os.WriteFile(filepath.Join(target, name), []byte("text\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(target, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	var errOut strings.Builder
	files, failed := expandInputs([]string{link}, &errOut)
	want := []string{filepath.Join(link, "a.txt"), filepath.Join(link, "sub", "b.txt")}
	if failed != 0 || !slices.Equal(files, want) {
		t.Errorf("expandInputs(%s) = %q, %d failed (%s), want %q", link, files, failed, errOut.String(), want)
	}
}
