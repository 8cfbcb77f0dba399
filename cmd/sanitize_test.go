package cmd

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEscaper(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "A/RES/60/45 Développement\tx", "A/RES/60/45 Développement\tx"},
		{"window title", "\x1b]0;pwned\x07", `\x1b]0;pwned\x07`},
		{"clear screen and colour", "\x1b[2J\x1b[31mRED\x1b[0m", `\x1b[2J\x1b[31mRED\x1b[0m`},
		{"carriage return and backspace", "ok\rfake\b", `ok\x0dfake\x08`},
		{"DEL and C1 CSI", "a\x7fb\u009b2J", `a\x7fb\u009b2J`},
		{"bidi override", "abc\u202edcba", `abc\u202edcba`},
		{"not UTF-8", "a\xffb\xc2", `a\xffb\xc2`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			w := textOut(&b)
			w.Write([]byte(tt.in))
			w.Write([]byte("\n")) // completes a sequence cut at the end
			if got := strings.TrimSuffix(b.String(), "\n"); got != strings.TrimSuffix(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			// The same, one byte per Write: sequences cut across writes.
			b.Reset()
			w = textOut(&b)
			for i := range len(tt.in) {
				w.Write([]byte{tt.in[i]})
			}
			w.Write([]byte("\n"))
			if got := strings.TrimSuffix(b.String(), "\n"); got != strings.TrimSuffix(tt.want, "\n") {
				t.Errorf("byte by byte: got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestOneLine(t *testing.T) {
	if got, want := oneLine("Title\nA/RES/1/1 fake\tline\x1b[2J"), `Title\nA/RES/1/1 fake\tline\x1b[2J`; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if s := "Plain title, accents é"; oneLine(s) != s {
		t.Errorf("oneLine changed %q", s)
	}
}

// hostileTitle is the title of mk_terminal.sh: it sets the window title,
// clears the screen and turns text red.
const hostileTitle = "\x1b]0;pwned-title\x07\x1b[2J\x1b[31mRED Title\x1b[0m"

// TestTitlesReachTheTerminalRaw is issue 15, failure 4: a document's
// title reaches no command's human output raw, and a title with a newline
// in a JSON store prints no fake result line. JSON output stays exact.
func TestTitlesReachTheTerminalRaw(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "A_RES_70_111.txt")
	text := "Resolution adopted by the General Assembly on 10 December 2015\n\n70/111. " + hostileTitle +
		"\n\nThe General Assembly,\n\nRecalling its resolution 60/45 of 8 December 2005,\n\n1. Decides to remain seized of the matter.\n"
	if err := os.WriteFile(doc, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	st := filepath.Join(dir, "t.store")
	if code := Run(mustTestStreams(), []string{"build", doc, "--store", st}); code != ExitOK {
		t.Fatalf("build: exit %d", code)
	}
	commands := [][]string{
		{"lineage", "70/111", "--store", st},
		{"cited-by", "60/45", "--store", st},
		{"query", "ancestors(70/111) + 70/111", "--store", st},
		{"path", "70/111", "60/45", "--store", st},
		{"top", "--store", st},
		{"missing", "--store", st},
		{"check", doc},
		{"extract", doc},
		{"extract", "--format", "text", doc},
	}
	for _, args := range commands {
		ios, _, stdout, stderr := Test()
		Run(ios, args)
		out := stdout.String() + stderr.String()
		if strings.ContainsAny(out, "\x1b\x07") {
			t.Errorf("recital %s: an escape sequence reached the output:\n%q", strings.Join(args, " "), out)
		}
	}
	ios, _, stdout, _ := Test()
	Run(ios, []string{"lineage", "70/111", "--store", st})
	if !strings.Contains(stdout.String(), `\x1b]0;pwned-title\x07`) {
		t.Errorf("lineage does not show the title escaped:\n%s", stdout)
	}

	// JSON keeps the title exact: its encoder escapes it.
	ios, _, stdout, _ = Test()
	Run(ios, []string{"lineage", "70/111", "--store", st, "--format", "json"})
	if !strings.Contains(stdout.String(), `\u001b]0;pwned-title\u0007`) {
		t.Errorf("lineage --format json does not keep the title:\n%s", stdout)
	}

	// A JSON graph whose title holds a newline and a fake result line.
	js := filepath.Join(dir, "g.json")
	if code := Run(mustTestStreams(), []string{"export", "--store", st, "--format", "json", "-o", js}); code != ExitOK {
		t.Fatalf("export: exit %d", code)
	}
	data, _ := os.ReadFile(js)
	forged := bytes.Replace(data, []byte(`\u001b]0;pwned-title\u0007\u001b[2J\u001b[31mRED Title\u001b[0m`), []byte(`Title\n  2001-01-01  A/RES/1/1  recalling  forged line`), 1)
	if bytes.Equal(forged, data) {
		t.Fatal("the exported graph does not hold the title as expected")
	}
	os.WriteFile(js, forged, 0o644)
	ios, _, stdout, stderr := Test()
	if code := Run(ios, []string{"lineage", "70/111", "--store", js}); code != ExitOK {
		t.Fatalf("lineage on the JSON graph: exit %d: %s", code, stderr)
	}
	for _, line := range strings.Split(stdout.String(), "\n") {
		if strings.HasPrefix(line, "  2001-01-01") {
			t.Errorf("a forged line reached the output: %q", line)
		}
	}
}
