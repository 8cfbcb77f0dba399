package cmd

import (
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/recital-un/recital/data"
	"github.com/recital-un/recital/meta"
	"github.com/recital-un/recital/parser"
)

// setVersion gives the root command --version: the program's build, the
// parser version (stores built by another re-parse), and what the
// embedded default graph and metadata index hold, with the newest
// adoption date read as the default graph's date.
func setVersion(root *cobra.Command) {
	root.Version = parser.Version
	cobra.AddTemplateFunc("recitalVersion", versionText)
	root.SetVersionTemplate("{{recitalVersion}}")
}

// versionText describes this Recital.
func versionText() string {
	var b strings.Builder
	fmt.Fprintf(&b, "recital %s\n", buildVersion())
	fmt.Fprintf(&b, "parser %s\n", parser.Version)
	if g, err := data.Default(); err == nil {
		read, newest := 0, ""
		for _, n := range g.Nodes() {
			if n.InCorpus {
				read++
				if n.Date > newest {
					newest = n.Date
				}
			}
		}
		fmt.Fprintf(&b, "default graph: %d documents read, %d cited, %d citations; newest document %s\n", read, g.Len()-read, len(g.Edges()), newest)
	}
	if m, err := meta.Default(); err == nil {
		fmt.Fprintf(&b, "metadata index: %d records\n", m.Len())
	}
	return b.String()
}

// buildVersion is the module version, or the commit and its time for a
// build from a checkout.
func buildVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown build)"
	}
	v := info.Main.Version
	var rev, when, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = ", modified"
			}
		}
	}
	if rev != "" {
		return fmt.Sprintf("%s (commit %.12s, %s%s)", v, rev, when, dirty)
	}
	return v
}
