package cmd

import (
	"bytes"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/recital-un/recital/internal/pdftext/pdftest"
)

var updateScripts = flag.Bool("update", false, "rewrite the expected files (cmp) in testdata/script/*.txtar")

// TestMain lets the test binary act as the recital command inside scripts.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"recital": func() { os.Exit(Main()) },
	})
}

// TestScripts runs the end-to-end tests in testdata/script: the recital
// command against files and stores made in a scratch directory.
func TestScripts(t *testing.T) {
	cache := t.TempDir()
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		UpdateScripts:       *updateScripts,
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			if err := copyDocs(filepath.Join(env.WorkDir, "docs")); err != nil {
				return err
			}
			// Graphviz compiles its WebAssembly module into a cache in
			// the user's cache folder (about 0.8 s when cold); share one
			// cache across scripts instead of one per script.
			env.Setenv("XDG_CACHE_HOME", cache)
			env.Setenv("RECITAL_STORE", "")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"xmlok":    cmdXMLOK,
			"flipbyte": cmdFlipByte,
			"mkinput":  cmdMkInput,
		},
	})
}

// copyDocs copies testdata/docs, small UN-style resolutions written for
// these tests, into dir: every script can build a store from "docs".
func copyDocs(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	entries, err := os.ReadDir("testdata/docs")
	if err != nil {
		return err
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join("testdata/docs", e.Name()))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// cmdXMLOK checks that each file argument is well-formed XML.
func cmdXMLOK(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) == 0 {
		ts.Fatalf("usage: xmlok FILE...")
	}
	for _, name := range args {
		err := checkXML([]byte(ts.ReadFile(name)))
		switch {
		case err != nil && !neg:
			ts.Fatalf("%s is not well-formed XML: %v", name, err)
		case err == nil && neg:
			ts.Fatalf("%s is well-formed XML", name)
		}
	}
}

// checkXML decodes data token by token.
func checkXML(data []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false // Graphviz writes a DOCTYPE with an external DTD
	for {
		if _, err := dec.Token(); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
	}
}

// TestExitCodes checks the exit status of each kind of failure, which
// scripts cannot tell apart.
func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Resolution adopted by the General Assembly on 5 December 2007\n\n62/10. Test\n\nThe General Assembly,\n\nRecalling its resolution 61/30 of 4 December 2006,\n"), 0o644)
	other := filepath.Join(dir, "other.txt")
	os.WriteFile(other, []byte("Resolution adopted by the General Assembly on 1 October 2008\n\n63/1. Other\n\nThe General Assembly,\n\nRecalling its resolution 62/300 of 1 September 2008,\n"), 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	st := filepath.Join(dir, "s.store")
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"build", []string{"build", good, other, "--store", st}, ExitOK},
		{"build with a bad file", []string{"build", good, empty, "--store", filepath.Join(dir, "s2.store")}, ExitFailure},
		{"lineage", []string{"lineage", "62/10", "--store", st}, ExitOK},
		{"unknown document", []string{"lineage", "99/999", "--store", st}, ExitNoResult},
		{"unknown document, cited-by", []string{"cited-by", "99/999", "--store", st}, ExitNoResult},
		{"not a reference", []string{"lineage", "nonsense", "--store", st}, ExitUsage},
		{"bad format", []string{"lineage", "62/10", "--format", "yaml", "--store", st}, ExitUsage},
		{"no path", []string{"path", "62/10", "63/1", "--store", st}, ExitNoResult},
		{"missing store", []string{"lineage", "62/10", "--store", filepath.Join(dir, "none")}, ExitFailure},
		{"render without -o", []string{"render", "62/10", "--store", st}, ExitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ios, _, _, stderr := Test()
			if got := Run(ios, tt.args); got != tt.want {
				t.Errorf("recital %v: exit %d, want %d\nstderr: %s", tt.args, got, tt.want, stderr)
			}
		})
	}
}

// cmdMkInput writes an input no text editor makes: "mkinput binary F"
// (a NUL byte), "mkinput latin1 F" (invalid UTF-8), "mkinput longline F"
// (one 3 MB line of citations), and the hostile PDFs of package pdftest:
// "mkinput pdf-prev-loop F" (hangs a reader), "pdf-objstm-self" (overflows
// its stack), "pdf-xref-1e8" (takes gigabytes).
func cmdMkInput(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 || neg {
		ts.Fatalf("usage: mkinput binary|latin1|longline|pdf-prev-loop|pdf-objstm-self|pdf-xref-1e8 FILE")
	}
	var data []byte
	switch args[0] {
	case "binary":
		data = []byte("PK\x03\x00binary")
	case "latin1":
		data = []byte("The General Assembly,\nRecalling its r\xe9solution 60/45,\n")
	case "longline":
		data = []byte("The General Assembly,\n" + strings.Repeat("Recalling its resolution 60/1, ", 100000) + "\n")
	case "pdf-prev-loop":
		data = pdftest.PrevLoop()
	case "pdf-objstm-self":
		data = pdftest.ObjStmSelf()
	case "pdf-xref-1e8":
		data = pdftest.XrefStart(1e8)
	default:
		ts.Fatalf("mkinput: unknown kind %q", args[0])
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), data, 0o644))
}

// cmdFlipByte changes the byte in the middle of a file, as a disk error
// would: flipbyte FILE.
func cmdFlipByte(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: flipbyte FILE")
	}
	p := ts.MkAbs(args[0])
	data, err := os.ReadFile(p)
	ts.Check(err)
	data[len(data)/2] ^= 0xff
	ts.Check(os.WriteFile(p, data, 0o644))
}
