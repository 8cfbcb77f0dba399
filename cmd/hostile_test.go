package cmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildSummaryUndercountsErrors is issue 15, failure 8: the summary
// counts every input that could not be read, those that could not even
// be listed (a missing path) included.
func TestBuildSummaryUndercountsErrors(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	os.MkdirAll(docs, 0o755)
	os.WriteFile(filepath.Join(docs, "good.txt"), []byte("Resolution adopted by the General Assembly on 5 December 2007\n\n62/10. Test\n\nThe General Assembly,\n\nRecalling its resolution 61/30 of 4 December 2006,\n"), 0o644)
	os.WriteFile(filepath.Join(docs, "empty.txt"), nil, 0o644)
	ios, _, stdout, stderr := Test()
	code := Run(ios, []string{"build", docs, filepath.Join(dir, "missing"), "--store", filepath.Join(dir, "s.store")})
	if code != ExitFailure {
		t.Errorf("exit %d, want %d", code, ExitFailure)
	}
	if want := "  errors:      2 files could not be read (listed on stderr)\n"; !strings.Contains(stdout.String(), want) {
		t.Errorf("summary:\n%s\nwant %q", stdout, want)
	}
	if n := strings.Count(stderr.String(), "recital: "); n != 2 {
		t.Errorf("stderr lists %d problems, want 2:\n%s", n, stderr)
	}
}
