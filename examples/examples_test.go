// Package examples holds research recipes that run on the embedded
// default graph: each folder has a README.tmpl whose {{recital "…"}}
// calls are commands, and a README.md with the commands and their real
// output. TestExamples runs every command again and fails when an output
// changed; 'go test ./examples -update' rewrites the READMEs and the
// files the commands write (after the default graph is regenerated,
// say).
package examples

import (
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"text/template"

	"github.com/recital-un/recital/cmd"
)

var update = flag.Bool("update", false, "rewrite the READMEs and the files the recipes write")

// TestExamples runs each recipe from the repository's root, as its README
// says, and compares the README and every file the recipe writes with
// what is committed. SVG files are checked for structure, not bytes.
func TestExamples(t *testing.T) {
	recipes, err := filepath.Glob("*/README.tmpl")
	if err != nil || len(recipes) == 0 {
		t.Fatalf("no recipes: %v", err)
	}
	t.Setenv("COLUMNS", "")
	t.Setenv("RECITAL_STORE", "")
	t.Setenv("NO_COLOR", "1")
	t.Setenv("PAGER", "")
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	for _, tmpl := range recipes {
		dir := filepath.Dir(tmpl)
		t.Run(dir, func(t *testing.T) {
			src, err := os.ReadFile(tmpl)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(string(src), "../shared") {
				if _, err := os.Stat(filepath.Join(root, "..", "shared", "corpus")); err != nil {
					t.Skipf("%s quotes the shared corpus, which is not beside the checkout (../shared)", dir)
				}
			}
			out := filepath.Join(root, "examples", dir, "out")
			committed := snapshot(t, out)
			if err := os.RemoveAll(out); err != nil {
				t.Fatal(err)
			}
			if err := os.MkdirAll(out, 0o755); err != nil {
				t.Fatal(err)
			}
			t.Chdir(root)
			readme := render(t, tmpl, string(src))
			t.Chdir(filepath.Join(root, "examples"))
			compareFile(t, filepath.Join(dir, "README.md"), readme)
			written := snapshot(t, out)
			if *update {
				return
			}
			for name, b := range written {
				want, ok := committed[name]
				switch {
				case !ok:
					t.Errorf("%s: written, but not committed (go test ./examples -update)", name)
				case strings.HasSuffix(name, ".svg"):
					checkSVG(t, name, b)
				case !bytes.Equal(b, want):
					t.Errorf("%s differs from the committed file (go test ./examples -update, and review the diff)", name)
				}
			}
			for name, b := range committed {
				if _, ok := written[name]; !ok {
					t.Errorf("%s: committed, but no longer written", name)
					os.WriteFile(filepath.Join(out, name), b, 0o644) // leave the tree as committed
				}
			}
		})
	}
}

// render runs the template: {{recital "ARGS"}} runs recital with ARGS
// (quoted as a shell would) and gives the command and its output, and
// {{head N "ARGS"}} the same cut to N lines of standard output;
// {{show N "PATH"}} shows the first N lines of a file a command wrote.
func render(t *testing.T, name, src string) string {
	run := func(limit int, line string) (string, error) {
		args, err := splitArgs(line)
		if err != nil {
			return "", err
		}
		ios, _, stdout, stderr := cmd.Test()
		code := cmd.Run(ios, args)
		if code != 0 && code != 3 {
			return "", fmt.Errorf("recital %s: exit %d\n%s", line, code, stderr)
		}
		var b strings.Builder
		fmt.Fprintf(&b, "```\n$ recital %s\n", line)
		lines := strings.SplitAfter(stdout.String(), "\n")
		if limit > 0 && len(lines) > limit+1 {
			lines = append(lines[:limit], fmt.Sprintf("… (%d more lines)\n", len(lines)-limit-1))
		}
		b.WriteString(strings.Join(lines, ""))
		b.WriteString(stderr.String())
		b.WriteString("```")
		return b.String(), nil
	}
	tpl, err := template.New(name).Funcs(template.FuncMap{
		"recital": func(line string) (string, error) { return run(0, line) },
		"head":    func(n int, line string) (string, error) { return run(n, line) },
		"show": func(n int, path string) (string, error) {
			b, err := os.ReadFile(path)
			if err != nil {
				return "", err
			}
			lines := strings.SplitAfter(string(b), "\n")
			if n > 0 && len(lines) > n+1 {
				lines = append(lines[:n], fmt.Sprintf("… (%d more lines)\n", len(lines)-n-1))
			}
			return "```\n$ cat " + path + "\n" + strings.TrimSuffix(strings.Join(lines, ""), "\n") + "\n```", nil
		},
	}).Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("<!-- Generated from README.tmpl by 'go test ./examples -update'; edit the template. -->\n\n")
	if err := tpl.Execute(&b, nil); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// compareFile compares a generated file with the committed one, or
// rewrites it with -update.
func compareFile(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./examples -update writes it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from what the commands print now (go test ./examples -update, and review the diff):\n%s", path, firstDiff(string(want), got))
	}
}

// firstDiff shows the first line that differs.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < max(len(al), len(bl)); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n  committed: %s\n  now:       %s", i+1, x, y)
		}
	}
	return ""
}

// snapshot reads every file under dir, by slash-separated relative name.
func snapshot(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(dir, path)
		files[filepath.ToSlash(rel)] = b
		return nil
	})
	return files
}

// checkSVG checks that an SVG drawing is well-formed XML with documents
// drawn in it.
func checkSVG(t *testing.T, name string, b []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	nodes := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			return
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "g" {
			for _, a := range se.Attr {
				if a.Name.Local == "class" && a.Value == "node" {
					nodes++
				}
			}
		}
	}
	if nodes == 0 {
		t.Errorf("%s draws no document", name)
	}
}

// splitArgs splits a command line as a shell would for the quoting the
// recipes use: single and double quotes, backslash outside quotes.
func splitArgs(s string) ([]string, error) {
	var args []string
	var cur strings.Builder
	inArg := false
	var quote rune
	for _, r := range s {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			cur.WriteRune(r)
		case r == '\'' || r == '"':
			quote, inArg = r, true
		case r == ' ' || r == '\t':
			if inArg {
				args = append(args, cur.String())
				cur.Reset()
				inArg = false
			}
		default:
			cur.WriteRune(r)
			inArg = true
		}
	}
	if quote != 0 {
		return nil, fmt.Errorf("unclosed quote in %q", s)
	}
	if inArg {
		args = append(args, cur.String())
	}
	return args, nil
}

func TestSplitArgs(t *testing.T) {
	got, err := splitArgs(`query 'descendants(1514 (XV), 1) & body(SC)' --format "json" -o out/a.bib`)
	want := []string{"query", "descendants(1514 (XV), 1) & body(SC)", "--format", "json", "-o", "out/a.bib"}
	if err != nil || strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("splitArgs = %q, %v; want %q", got, err, want)
	}
	if _, err := splitArgs(`query 'open`); err == nil {
		t.Error("an unclosed quote was accepted")
	}
}
