package store

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

// BuildOptions say what a store is built from.
type BuildOptions struct {
	// Roots are the files and folders given. Documents of the store whose
	// files lie under a root but are no longer among Files are dropped;
	// documents from other roots are kept.
	Roots []string
	// Files are the files found under Roots, named as the user gave them:
	// documents and diagnostics carry these names.
	Files []string
	// Force parses every file again and drops every document not among
	// Files. It also replaces a damaged store.
	Force bool
	// Workers is how many files are read and parsed at once; 0 means one
	// per CPU (GOMAXPROCS).
	Workers int
	// Progress, if set, is called after every few files, from one goroutine.
	Progress func(Progress)
	// Diagnostics asks for the list of diagnostics in the result, even
	// when nothing changed (which then costs reading the store).
	Diagnostics bool
	// Wait makes a build wait for another build of the same store to
	// finish; without it, Build fails at once with a *LockedError.
	Wait bool
}

// Progress says how far a build has gone.
type Progress struct {
	Files, FilesDone int
	Bytes, BytesDone int64
}

// FileError says why one file could not be read into the store.
type FileError struct {
	Source string // the file, as given
	Err    error
}

func (e *FileError) Error() string {
	var ie *parser.InputError
	if errors.As(e.Err, &ie) {
		return ie.Error() // names the file already
	}
	return e.Source + ": " + e.Err.Error()
}

func (e *FileError) Unwrap() error { return e.Err }

// Result says what a build did.
type Result struct {
	Summary
	Parsed    int  // files parsed: new, changed, or read by another parser version
	Unchanged int  // files whose documents were reused
	Removed   int  // documents dropped because their files are gone
	Kept      int  // documents kept from other roots
	Written   bool // whether the store was written; false when nothing changed
	Failed    []*FileError
	// Diagnostics lists the parser's and the graph's diagnostics, sorted
	// by file and position; set when asked (BuildOptions.Diagnostics), and
	// after a build that resolved the whole graph.
	Diagnostics []graph.Diagnostic
	// Patched says the graph was patched where the changed documents
	// reach rather than resolved whole; Resolved is how many documents
	// were resolved for the patch.
	Patched  bool
	Resolved int
	// Rebuilt says why every file was parsed again, if it was: "" or a
	// reason ("parser version 1.0.0 → 1.1.0", "store format 1 → 2").
	Rebuilt string
}

// MaxFile is the largest file a build reads.
const MaxFile = parser.MaxInput

// Build updates the store at path from the files of opts, incrementally
// (see the package comment), and writes it if anything changed. A file
// that cannot be read or parsed is reported in Result.Failed and left
// out; a build that reads no document at all writes nothing. The error
// is for a store that cannot be read or written, a path that holds
// something other than a store, which is never overwritten, or a store
// another build is writing (see lock.go). A path that is a symbolic link
// is followed: the store is written where the link points.
func Build(path string, opts BuildOptions) (*Result, error) {
	path, err := resolveLinks(path)
	if err != nil {
		return nil, err
	}
	release, err := lockStore(path, opts.Wait)
	if err != nil {
		return nil, err
	}
	defer release()
	removeLeftovers(filepath.Dir(path), filepath.Base(path), 0)
	b, err := newBuilder(path, opts)
	if err != nil {
		return nil, err
	}
	defer b.closeOld()
	res, err := b.build()
	if res != nil {
		// The diagnostics and their counts may name strings of the old
		// store's mapping, which closeOld releases.
		res.Diagnostics = ownDiagnostics(res.Diagnostics)
		counts := make(map[string]int, len(res.Summary.Diagnostics))
		for c, n := range res.Summary.Diagnostics {
			counts[strings.Clone(c)] = n
		}
		res.Summary.Diagnostics = counts
	}
	return res, err
}

// ownDiagnostics returns ds with strings of their own.
func ownDiagnostics(ds []graph.Diagnostic) []graph.Diagnostic {
	for i := range ds {
		d := &ds[i]
		d.Severity = parser.Severity(strings.Clone(string(d.Severity)))
		d.Code, d.Message, d.Source, d.Node = strings.Clone(d.Code), strings.Clone(d.Message), strings.Clone(d.Source), strings.Clone(d.Node)
	}
	return ds
}

// build runs the build once the old store, if any, is open.
func (b *builder) build() (*Result, error) {
	b.scan()
	if !b.changed() {
		if err := b.verifyOld(); err != nil {
			return nil, err
		}
		return b.unchangedResult()
	}
	if b.onlyTouched() {
		return b.writeTouched() // which checks the sections it copies
	}
	recs, err := b.records()
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return b.res, nil // nothing to store: the store is left as it was
	}
	if res, ok, err := b.patch(recs); ok || err != nil {
		return res, err
	}
	if err := b.verifyOld(); err != nil {
		return nil, err
	}
	return b.write(recs)
}

// builder holds the state of one build.
type builder struct {
	path     string
	opts     BuildOptions
	res      *Result
	old      *oldStore      // nil when there is none to reuse
	oldIndex map[string]int // old records by absolute path
	jobs     []job          // files to hash and maybe parse
	roots    []string       // absolute
	done     []outcome      // by job
}

// job is one file to read.
type job struct {
	path, source string // absolute, as given
	size, mtime  int64  // from stat, before reading
	reparse      bool   // a kept document read by another parser version
}

// outcome is what became of a job.
type outcome struct {
	rec       *record // the parsed document, or nil
	reuse     int     // index of the old record to reuse, or -1
	err       error
	gone      bool // a kept document whose file no longer exists
	touched   bool // reused, but its size or time changed (not its content)
	bytesRead int64
}

// newBuilder opens the old store, if any, and lists the jobs.
func newBuilder(path string, opts BuildOptions) (*builder, error) {
	b := &builder{path: path, opts: opts, res: &Result{}}
	if err := b.openOld(); err != nil {
		return nil, err
	}
	// filepath.Abs asks for the working folder at each call, which costs
	// two stats: ask once.
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	abs := func(p string) string {
		if filepath.IsAbs(p) {
			return filepath.Clean(p)
		}
		if runtime.GOOS == "windows" { // drive-relative paths ("C:docs") are Windows's to resolve
			if a, err := filepath.Abs(p); err == nil {
				return a
			}
		}
		return filepath.Join(wd, p)
	}
	for _, r := range opts.Roots {
		b.roots = append(b.roots, abs(r))
	}
	seen := make(map[string]bool, len(opts.Files))
	b.jobs = make([]job, 0, len(opts.Files))
	for _, f := range opts.Files {
		abs := abs(f)
		if seen[abs] {
			continue
		}
		seen[abs] = true
		b.jobs = append(b.jobs, job{path: abs, source: f})
	}
	if b.old != nil {
		for _, p := range b.old.files {
			if seen[p.Path] || b.underRoots(p.Path) {
				continue
			}
			if p.Parser != parser.Version {
				b.jobs = append(b.jobs, job{path: p.Path, source: p.Source, reparse: true})
			}
		}
	}
	return b, nil
}

// openOld reads the provenance of the store at path, when there is one to
// reuse, and refuses a path that holds anything but a store.
func (b *builder) openOld() error {
	kind, err := sniffFile(b.path)
	if err != nil {
		return err
	}
	switch kind {
	case kindForeign:
		return fmt.Errorf("%s: %w; refusing to overwrite it (remove it or choose another --store)", b.path, ErrNotStore)
	case kindSnapshot:
		b.res.Rebuilt = "the store was a snapshot of an earlier Recital"
		return nil
	case kindStore:
	default:
		return nil
	}
	old, err := openOldStore(b.path)
	if err == nil && b.opts.Force {
		// Replaced whatever it holds; checked to say whether it was damaged.
		err = old.verify()
		old.close()
		if err == nil {
			b.res.Rebuilt = "--force"
			return nil
		}
	}
	if err == nil && old.graphAlone {
		old.close()
		err = errGraphAlone
	}
	var ve *VersionError
	var ce *CorruptError
	switch {
	case errors.Is(err, errGraphAlone):
		b.res.Rebuilt = errGraphAlone.Error()
		return nil
	case errors.As(err, &ve):
		b.res.Rebuilt = fmt.Sprintf("store format %d → %d", ve.Found, FileFormat)
		return nil
	case errors.As(err, &ce) && b.opts.Force:
		b.res.Rebuilt = "the store was damaged (" + ce.Reason + ")"
		return nil
	case err != nil:
		return fmt.Errorf("%s: %w", b.path, err)
	case b.opts.Force:
		b.res.Rebuilt = "--force"
		return nil
	}
	if _, ok := old.fr.dir[secRecords]; !ok {
		// Documents of the kind stores wrote before records were
		// encoded one by one lack their language, which the graph needs
		// to tell an English reading from its translations: every file
		// is parsed again, as after a change of parser.
		for i := range old.files {
			old.files[i].Parser = ""
		}
		b.res.Rebuilt = "the store's documents were written without their languages"
	}
	b.old = old
	b.oldIndex = make(map[string]int, len(old.files))
	for i, p := range old.files {
		b.oldIndex[p.Path] = i
		if p.Parser != parser.Version && b.res.Rebuilt == "" {
			b.res.Rebuilt = "parser version " + p.Parser + " → " + parser.Version
		}
	}
	return nil
}

// verifyOld checks the sections of the old store that the build did not
// read: a build reports a damaged store even where it reuses nothing of
// the damaged section.
func (b *builder) verifyOld() error {
	if b.old == nil {
		return nil
	}
	if err := b.old.verify(); err != nil {
		return fmt.Errorf("%s: %w", b.path, err)
	}
	return nil
}

// closeOld releases the old store, when the build is done with what it
// read from it.
func (b *builder) closeOld() {
	if b.old != nil {
		b.old.close()
	}
}

// underRoots reports whether an absolute path lies under one of the roots.
func (b *builder) underRoots(path string) bool {
	for _, r := range b.roots {
		if path == r || strings.HasPrefix(path, r+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

// changed reports whether the store must be written: a file was parsed,
// a stored document's file could not be read or is gone or is named
// differently, or a document under the roots lost its file.
func (b *builder) changed() bool {
	if b.old == nil {
		return true
	}
	jobs := make(map[string]bool, len(b.jobs))
	for i, o := range b.done {
		jobs[b.jobs[i].path] = true
		_, stored := b.oldIndex[b.jobs[i].path]
		switch {
		case o.rec != nil || o.gone || o.touched || o.err != nil && stored:
			return true
		case o.reuse >= 0 && b.old.files[o.reuse].Source != b.jobs[i].source:
			return true
		}
	}
	for _, p := range b.old.files {
		if !jobs[p.Path] && b.underRoots(p.Path) {
			return true
		}
	}
	return false
}

// onlyTouched reports whether what changed is the size or time of files
// whose content did not: then the documents and the graph are those of
// the old store, and only the provenance is written anew.
func (b *builder) onlyTouched() bool {
	if b.old == nil {
		return false
	}
	saved := b.done
	defer func() { b.done = saved }()
	b.done = slices.Clone(saved)
	for i := range b.done {
		b.done[i].touched = false
	}
	return !b.changed()
}

// writeTouched writes the store again with the new sizes and times of the
// files, copying its documents and graph as they are.
func (b *builder) writeTouched() (*Result, error) {
	files := slices.Clone(b.old.files)
	for i, o := range b.done {
		switch {
		case o.err != nil:
			b.res.Failed = append(b.res.Failed, &FileError{Source: b.jobs[i].source, Err: o.err})
		case o.reuse >= 0:
			b.res.Unchanged++
			files[o.reuse].Size, files[o.reuse].Mtime = b.jobs[i].size, b.jobs[i].mtime
		}
	}
	b.res.Kept = len(files) - b.res.Unchanged
	docsKind := uint32(secRecords)
	if _, ok := b.old.fr.dir[docsKind]; !ok {
		docsKind = secDocuments // copied as it is: both are read
	}
	err := writeAtomic(b.path, func(w io.Writer) error {
		fw := newFileWriter(w)
		fw.section(secSummary, encodeSummary(b.old.summary))
		fw.section(secFiles, encodeFiles(files))
		fw.copySection(b.old.fr, docsKind)
		fw.copySection(b.old.fr, secGraph)
		return fw.close()
	})
	var ce *CorruptError
	switch {
	case errors.As(err, &ce):
		return nil, fmt.Errorf("%s: %w", b.path, err)
	case err != nil:
		return nil, fmt.Errorf("writing %s: %w", b.path, err)
	}
	b.res.Summary, b.res.Written = b.old.summary, true
	if b.opts.Diagnostics {
		return b.withDiagnostics()
	}
	return b.res, nil
}

// unchangedResult reports a build that changed nothing, from the store's
// summary.
func (b *builder) unchangedResult() (*Result, error) {
	b.res.Summary = b.old.summary
	for i, o := range b.done {
		if o.err != nil {
			b.res.Failed = append(b.res.Failed, &FileError{Source: b.jobs[i].source, Err: o.err})
		} else {
			b.res.Unchanged++
		}
	}
	b.res.Kept = len(b.old.files) - b.res.Unchanged
	if b.opts.Diagnostics {
		return b.withDiagnostics()
	}
	return b.res, nil
}

// withDiagnostics lists the diagnostics of the old store in the result.
func (b *builder) withDiagnostics() (*Result, error) {
	recs, err := b.old.records()
	if err == nil {
		err = decodeAll(recs)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", b.path, err)
	}
	g, err := b.old.graph()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", b.path, err)
	}
	b.res.Diagnostics = allDiagnostics(recs, g.Diagnostics())
	return b.res, nil
}

// records assembles the documents of the new store, in path order: those
// parsed, those reused, and those kept from other roots.
func (b *builder) records() ([]*record, error) {
	var old []*record
	if b.old != nil {
		var err error
		if old, err = b.old.records(); err != nil {
			return nil, fmt.Errorf("%s: %w", b.path, err)
		}
	}
	var recs []*record
	inJobs := make(map[string]bool, len(b.done))
	for i, o := range b.done {
		j := b.jobs[i]
		inJobs[j.path] = true
		switch {
		case o.err != nil:
			b.res.Failed = append(b.res.Failed, &FileError{Source: j.source, Err: o.err})
		case o.gone:
			b.res.Removed++
		case o.rec != nil:
			b.res.Parsed++
			recs = append(recs, o.rec)
		case o.reuse >= 0:
			b.res.Unchanged++
			r := old[o.reuse]
			r.Source = j.source
			r.Size, r.Mtime = j.size, j.mtime
			recs = append(recs, r)
		}
	}
	for _, r := range old {
		switch {
		case inJobs[r.Path]:
		case b.underRoots(r.Path):
			b.res.Removed++
		default:
			b.res.Kept++
			recs = append(recs, r)
		}
	}
	slices.SortFunc(recs, func(x, y *record) int { return strings.Compare(x.Path, y.Path) })
	uniqueSources(recs)
	return recs, nil
}

// write resolves the graph from the records and writes the store.
func (b *builder) write(recs []*record) (*Result, error) {
	g, err := buildGraph(recs)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", b.path, err)
	}
	sum := Summary{Documents: len(recs), Nodes: g.Len(), Edges: g.EdgeCount(), Diagnostics: map[string]int{}}
	for _, r := range recs {
		sum.Citations += len(r.doc.Citations)
	}
	for _, n := range g.Nodes() {
		if n.InCorpus {
			sum.InCorpus++
		}
	}
	diags := allDiagnostics(recs, g.Diagnostics())
	for _, d := range diags {
		sum.Diagnostics[d.Code]++
	}
	for _, r := range recs {
		r.doc, r.tails = nil, nil // decoded for the graph alone: the records are written as they were encoded
	}
	res, err := b.writeGraph(recs, g, sum)
	if err != nil {
		return nil, err
	}
	res.Diagnostics = diags
	return res, nil
}

// workers returns how many files to parse at once.
func (b *builder) workers() int {
	if b.opts.Workers > 0 {
		return b.opts.Workers
	}
	return runtime.GOMAXPROCS(0)
}

// fileStat returns the size and modification time (Unix nanoseconds) of
// a file, or zeros.
func fileStat(path string) (size, mtime int64) {
	st, err := os.Stat(path)
	if err != nil {
		return 0, 0
	}
	return st.Size(), st.ModTime().UnixNano()
}
