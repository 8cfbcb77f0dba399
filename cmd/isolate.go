package cmd

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/recital-un/recital/internal/isolate"
	"github.com/recital-un/recital/parser"
)

// PDF files are read in a child process (see package isolate): the
// recital executable itself, run with a hidden command. Main, the entry
// of the real process, turns this on for every command that reads files;
// Run, which tests call in process, leaves PDFs to the in-process reader.

// readerFlags are the limits of the PDF reader, as flags of the commands
// that read files.
type readerFlags struct {
	memory  byteSize
	timeout time.Duration
}

// addReaderFlags adds --pdf-memory and --pdf-timeout to c.
func addReaderFlags(c *cobra.Command) {
	f := &readerFlags{memory: byteSize(isolate.DefaultLimits.Memory), timeout: isolate.DefaultLimits.Timeout}
	c.Flags().Var(&f.memory, "pdf-memory", "memory a PDF reader may use (e.g. 512MiB, 1GiB); a file that needs more is left out")
	c.Flags().DurationVar(&f.timeout, "pdf-timeout", f.timeout, "time a PDF reader may take per file; a file that takes longer is left out")
}

// isolatePDFs makes c read PDF files in child processes, with the limits
// of its flags (or the defaults, for commands without them). It reads
// in process where the executable cannot be found.
func isolatePDFs(c *cobra.Command) error {
	lim := isolate.DefaultLimits
	if f := c.Flags().Lookup("pdf-memory"); f != nil {
		lim.Memory = int64(*f.Value.(*byteSize))
	}
	if f := c.Flags().Lookup("pdf-timeout"); f != nil {
		d, err := time.ParseDuration(f.Value.String())
		if err != nil || d <= 0 {
			return usageErrorf("--pdf-timeout must be a positive duration such as 20s, not %q", f.Value.String())
		}
		lim.Timeout = d
	}
	if lim.Memory < minReaderMemory {
		return usageErrorf("--pdf-memory must be at least %d MiB", minReaderMemory>>20)
	}
	exe, err := os.Executable()
	if err != nil {
		return nil
	}
	parser.SetPDFReader(isolate.Reader(exe, "recital", lim))
	return nil
}

// minReaderMemory is the least address space a Go child can start in.
const minReaderMemory = 64 << 20

// newReadPDFCmd builds the hidden command a child reader runs.
func newReadPDFCmd(ios *IOStreams) *cobra.Command {
	var memory int64
	var timeout time.Duration
	c := &cobra.Command{
		Use:    isolate.Command,
		Short:  "Read one PDF from stdin in a limited child process (internal)",
		Hidden: true,
		Args:   cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return isolate.Serve(ios.In, ios.Out, memory, timeout)
		},
	}
	c.Flags().Int64Var(&memory, "memory", 0, "address space limit in bytes (0: none)")
	c.Flags().DurationVar(&timeout, "timeout", 0, "end after this long, in case the parent is gone (0: never)")
	return c
}

// byteSize is a flag holding a number of bytes, written with a unit:
// 512MiB, 1GiB, 512M, 1G; a bare number is bytes.
type byteSize int64

// byteUnits are the units byteSize reads, longest first.
var byteUnits = []struct {
	suffix string
	shift  uint
}{{"gib", 30}, {"mib", 20}, {"kib", 10}, {"gb", 30}, {"mb", 20}, {"kb", 10}, {"g", 30}, {"m", 20}, {"k", 10}, {"b", 0}}

func (b *byteSize) String() string {
	n := int64(*b)
	switch {
	case n > 0 && n%(1<<30) == 0:
		return strconv.FormatInt(n>>30, 10) + "GiB"
	case n > 0 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + "MiB"
	}
	return strconv.FormatInt(n, 10)
}

func (b *byteSize) Set(s string) error {
	t := strings.ToLower(strings.TrimSpace(s))
	shift := uint(0)
	for _, u := range byteUnits {
		if strings.HasSuffix(t, u.suffix) {
			t, shift = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.shift
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 0 || n > (1<<62)>>shift {
		return fmt.Errorf("%q is not a size such as 512MiB or 1GiB", s)
	}
	*b = byteSize(n << shift)
	return nil
}

func (b *byteSize) Type() string { return "size" }

var _ pflag.Value = (*byteSize)(nil)
