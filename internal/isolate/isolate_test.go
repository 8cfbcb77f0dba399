package isolate

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/recital-un/recital/internal/pdftext/pdftest"
)

// TestMain lets the test binary serve as a child reader: Read starts it
// with ChildEnv set and the arguments Command --memory N.
func TestMain(m *testing.M) {
	if os.Getenv(ChildEnv) != "" {
		// Command --memory N --timeout D
		mem, _ := strconv.ParseInt(os.Args[3], 10, 64)
		timeout, _ := time.ParseDuration(os.Args[5])
		if err := Serve(os.Stdin, os.Stdout, mem, timeout); err != nil {
			os.Stderr.WriteString(err.Error() + "\n")
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// read reads data in a child under lim.
func read(t *testing.T, lim Limits, data []byte) (string, error) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Skip("no executable to start as a child:", err)
	}
	res, err := Read(exe, "isolate.test", lim, data)
	return res.Text, err
}

func TestReadGoodPDF(t *testing.T) {
	pdf := pdftest.New(pdftest.Page{Texts: pdftest.Lines(700, "Recalling its resolution 60/45 of 8 December 2005,")})
	text, err := read(t, DefaultLimits, pdf)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "resolution 60/45") {
		t.Errorf("text = %q, want the page's line", text)
	}
}

// TestOnePDFStopsEverything has a row per way a PDF stopped a build in
// process (issue 15, failure 1): each must now end in its child, within
// the limit, with an error that says why.
//
// Only the hanging file meets the short timeout; the others have a long
// one, which they must not need: on a loaded machine a child that
// overflows its stack or its memory can take more than a few seconds to
// start and get there, and must not be taken for a hang.
func TestOnePDFStopsEverything(t *testing.T) {
	short := Limits{Memory: 256 << 20, Timeout: 3 * time.Second}
	long := Limits{Memory: 256 << 20, Timeout: 60 * time.Second}
	tests := []struct {
		name string
		lim  Limits
		pdf  []byte
		want string
	}{
		{"prev_loop hangs", short, pdftest.PrevLoop(), "PDF reader timed out after 3 s"},
		{"objstm_self overflows the stack", long, pdftest.ObjStmSelf(), "PDF reader overflowed its stack"},
		{"xref_start_1e8 takes gigabytes", long, pdftest.XrefStart(1e8), "PDF reader exceeded 256 MiB"},
		{"xrefstm_size_2e40 dies out of memory", long, pdftest.XrefStreamSize(1 << 40), "PDF reader exceeded 256 MiB"},
		{"not a PDF at all", long, []byte("%PDF-1.4\nnothing"), "PDF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := read(t, tt.lim, tt.pdf)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want one containing %q", err, tt.want)
			}
			if took := time.Since(start); took > tt.lim.Timeout+5*time.Second {
				t.Errorf("took %s, past the limit of %s", took, tt.lim.Timeout)
			}
		})
	}
}

func TestFailureNamesTheReason(t *testing.T) {
	lim := Limits{Memory: 512 << 20}
	tests := []struct {
		stderr, want string
	}{
		{"fatal error: runtime: out of memory\n\ngoroutine 1", "PDF reader exceeded 512 MiB"},
		{"fatal error: runtime: cannot allocate memory", "PDF reader exceeded 512 MiB"},
		{"runtime: goroutine stack exceeds 67108864-byte limit\nfatal error: stack overflow", "overflowed its stack"},
		{"panic: boom\n\ngoroutine 1 [running]:", "PDF reader crashed (panic: boom)"},
	}
	for _, tt := range tests {
		err := failure(exitError(t), tt.stderr, lim)
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("stderr %q: %v, want %q", tt.stderr, err, tt.want)
		}
	}
}

// exitError returns the error of a process that exited with status 2.
func exitError(t *testing.T) error {
	t.Helper()
	err := exec.Command("sh", "-c", "exit 2").Run()
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		t.Skipf("no shell to make an exit status: %v", err)
	}
	return err
}

// FuzzIsolatedRead feeds PDFs, the hostile ones included, to the reader in
// its child process: whatever the file does to the PDF library, Read must
// come back within the time limit (and a second of slack) with text or an
// error, and never take the parent down.
func FuzzIsolatedRead(f *testing.F) {
	for _, seed := range [][]byte{
		pdftest.New(pdftest.Page{Texts: pdftest.Lines(700, "Recalling its resolution 60/45,")}),
		pdftest.XrefStreamSize(0), pdftest.PrevLoop(), pdftest.ObjStmSelf(), pdftest.XrefStart(1e8), pdftest.XrefStreamSize(1 << 40),
	} {
		f.Add(seed)
	}
	files, _ := filepath.Glob("../../../shared/corpus/dev/pdf/*.pdf")
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	lim := Limits{Memory: 256 << 20, Timeout: 2 * time.Second}
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		text, err := read(t, lim, data)
		if took := time.Since(start); took > lim.Timeout+3*time.Second {
			t.Fatalf("Read took %s, past the limit of %s", took, lim.Timeout)
		}
		if err == nil && len(text) > 64<<20 {
			t.Fatalf("%d bytes of text", len(text))
		}
	})
}
