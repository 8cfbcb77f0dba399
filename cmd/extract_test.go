package cmd

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
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
