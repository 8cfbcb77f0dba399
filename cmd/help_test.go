package cmd

import (
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// TestExamplesAreQuoted checks that every example in --help can be pasted
// into a shell: parentheses, & and | stay inside quotes
// (regression: 'recital cited-by 1514 (XV) --depth 1' was a bash syntax
// error).
func TestExamplesAreQuoted(t *testing.T) {
	ios, _, _, _ := Test()
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, line := range strings.Split(c.Example, "\n") {
			line = strings.TrimSpace(line)
			if i := strings.Index(line, "  #"); i >= 0 {
				line = line[:i]
			}
			if bad := unquotedShellChar(line); bad != 0 {
				t.Errorf("%s: example %q has %q outside quotes", c.CommandPath(), line, bad)
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(NewRootCmd(ios))
}

// unquotedShellChar returns the first character a shell would read as
// syntax outside quotes ('(', ')', '&', ';'), or 0. Pipes and
// redirections are allowed: examples use them on purpose.
func unquotedShellChar(line string) rune {
	var quote rune
	for _, r := range line {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
		case r == '\'' || r == '"':
			quote = r
		case strings.ContainsRune("()&;", r):
			return r
		}
	}
	return 0
}

func TestCompletion(t *testing.T) {
	ios, _, out, _ := Test()
	if code := Run(ios, []string{"__complete", "export", "--format", ""}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"bibtex", "sqlite", "csl-json"} {
		if !strings.Contains(out.String(), want+"\n") {
			t.Errorf("--format completion lacks %s:\n%s", want, out)
		}
	}
	ios, _, out, _ = Test()
	if code := Run(ios, []string{"__complete", "lineage", "60/4"}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out.String(), "60/45\n") {
		t.Errorf("symbol completion of 60/4 lacks 60/45:\n%s", out)
	}
}
