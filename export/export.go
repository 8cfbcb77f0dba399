package export

import (
	"bytes"
	"fmt"
	"io"
	"path"
	"slices"
	"strings"
)

// Format writes a subgraph in one file format.
type Format interface {
	// Name is how --format names the format.
	Name() string
	// Folder reports whether the format writes a folder of files; a
	// format that does not writes exactly one file.
	Folder() bool
	// Write writes s to out.
	Write(out Output, s *Subgraph) error
}

// Output receives what a format writes.
type Output interface {
	// Create returns a writer for one file. name is a slash-separated
	// path inside the export's folder; a single-file format writes one
	// file, whose name the Output may ignore.
	Create(name string) (io.Writer, error)
}

// formats are the formats Lookup knows, in the order Names lists them.
var formats = []Format{
	jsonFormat{}, graphMLFormat{}, gexfFormat{}, csvFormat{}, mermaidFormat{}, dotFormat{},
	vaultFormat{}, bibTeXFormat{}, cslJSONFormat{}, htmlFormat{}, sqliteFormat{},
}

// Lookup returns the format with the given name.
func Lookup(name string) (Format, bool) {
	for _, f := range formats {
		if f.Name() == name {
			return f, true
		}
	}
	return nil, false
}

// Names lists the names of every format.
func Names() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.Name()
	}
	return names
}

// Memory is an Output that keeps the files in memory, so that nothing is
// written until the whole export has succeeded.
type Memory struct {
	files map[string]*bytes.Buffer
}

// Create returns a buffer for the named file. It rejects names that would
// leave the export's folder and names given twice.
func (m *Memory) Create(name string) (io.Writer, error) {
	if name == "" || path.IsAbs(name) || path.Clean(name) != name || strings.HasPrefix(name, "../") || name == ".." || strings.Contains(name, `\`) {
		return nil, fmt.Errorf("export: bad file name %q", name)
	}
	if m.files == nil {
		m.files = make(map[string]*bytes.Buffer)
	}
	if _, ok := m.files[name]; ok {
		return nil, fmt.Errorf("export: %s written twice", name)
	}
	b := &bytes.Buffer{}
	m.files[name] = b
	return b, nil
}

// Names returns the names of the files written, sorted.
func (m *Memory) Names() []string {
	names := make([]string, 0, len(m.files))
	for n := range m.files {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// Bytes returns the content of the named file, or nil.
func (m *Memory) Bytes(name string) []byte {
	if b, ok := m.files[name]; ok {
		return b.Bytes()
	}
	return nil
}

// create opens a file of out and wraps it in an error-keeping writer.
func create(out Output, name string) (*errWriter, error) {
	w, err := out.Create(name)
	if err != nil {
		return nil, err
	}
	return &errWriter{w: w}, nil
}

// errWriter writes formatted text and keeps the first error, so that a
// format can write many small pieces and check once.
type errWriter struct {
	w   io.Writer
	err error
}

// printf writes formatted text.
func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

// str writes s.
func (e *errWriter) str(s string) {
	if e.err == nil {
		_, e.err = io.WriteString(e.w, s)
	}
}
