package cmd

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/recital-un/recital/internal/fileread"
	"github.com/recital-un/recital/parser"
	"github.com/spf13/cobra"
)

// extractOptions holds the flags of `recital extract`.
type extractOptions struct {
	IO     *IOStreams
	Inputs []string
	Format string
	Debug  string // "layout" or "candidates": show a stage of the parser instead
}

// newExtractCmd builds `recital extract`.
func newExtractCmd(ios *IOStreams) *cobra.Command {
	opts := &extractOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "extract [FILE|DIR|-]...",
		Short: "Find every citation in UN documents",
		Long: `Extract reads UN resolutions (plain text, Markdown, Akoma Ntoso XML, PDF,
Word .docx or HTML, each possibly gzip-compressed; the format is detected
from the content) and writes every citation they make.

--format json writes JSON Lines, one object per input in the order given
(a folder expands to its files in lexical order): the contract of
docs/extract-json.md. --format table prints one citation per line;
--format text prints the text that spans refer to (for XML, PDF, Word and
HTML, the text Recital derives from them).

--debug layout prints the paragraphs (location, number, relation) and the
notes with their markers that the parser found; --debug candidates prints
every span shaped like a citation and what became of it (cited, refused
with a diagnostic, the document's own symbol, or unaccounted).

Exit status: 0 when every input was read, 1 when one or more could not be
read (the others are still written), 2 for a usage error.`,
		Example: `  recital extract resolution.txt
  recital extract --format json ../shared/corpus/dev > citations.jsonl
  cat A_RES_74_243.xml | recital extract -
  recital extract --debug layout ../shared/corpus/dev/A_HRC_RES_54_24.txt`,
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErrorf("extract needs at least one FILE, DIR or - (stdin)")
			}
			switch opts.Format {
			case "json", "table", "text":
			default:
				return usageErrorf("unknown --format %q: want json, table or text", opts.Format)
			}
			switch opts.Debug {
			case "", "layout", "candidates":
			default:
				return usageErrorf("unknown --debug %q: want layout or candidates", opts.Debug)
			}
			opts.Inputs = args
			return runExtract(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "table", "output format: json, table or text")
	cmd.RegisterFlagCompletionFunc("format", fixedCompletion([]string{"json", "table", "text"}))
	cmd.Flags().StringVar(&opts.Debug, "debug", "", "show a stage of the parser: layout or candidates")
	cmd.RegisterFlagCompletionFunc("debug", fixedCompletion([]string{"layout", "candidates"}))
	addReaderFlags(cmd)
	return cmd
}

// runExtract parses every input and writes the chosen format. Files are
// parsed and formatted in parallel, one worker per CPU (GOMAXPROCS), and
// written in the order given, so the output is the same whatever the
// number of workers; both streams are buffered.
func runExtract(opts *extractOptions) error {
	files, failed := expandInputs(opts.Inputs, opts.IO.ErrOut)
	if _, set := os.LookupEnv("GOGC"); !set {
		// The live heap is a few documents, so the collector may let it
		// grow to five times that. On the dev texts ×8, against 200: on
		// two cores 0.80× the wall time and 0.81× the CPU (the collector
		// and the scavenger ran beside the workers), on one 0.97× the CPU,
		// for 8 MB more peak memory (36 MB); 800 gains nothing more.
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	out := bufio.NewWriterSize(opts.IO.Out, 64<<10)
	errOut := bufio.NewWriterSize(opts.IO.ErrOut, 16<<10)
	defer errOut.Flush()
	workers := runtime.GOMAXPROCS(0)
	stdin := 0
	for _, f := range files {
		if f == "-" {
			stdin++
		}
	}
	if stdin > 1 {
		workers = 1 // standard input named twice: read it where it is named first
	}
	done := make(chan struct{})
	defer close(done) // stops the workers when a write fails
	for r := range extractAll(files, opts, workers, done) {
		if r.failed {
			failed++
		}
		if _, err := errOut.Write(r.errOut); err != nil {
			return err
		}
		if r.err != nil {
			return r.err
		}
		if _, err := out.Write(r.out); err != nil {
			return err
		}
	}
	if err := out.Flush(); err != nil {
		return err
	}
	if failed > 0 {
		return errSilent
	}
	return nil
}

// extracted is what one input gives: its output and its messages, ready
// to write.
type extracted struct {
	out, errOut []byte
	failed      bool  // the input could not be read
	err         error // the output could not be formatted
}

// extractAll parses and formats files on workers goroutines and returns
// their results in the order of files. At most a few results per worker
// wait to be written, so memory stays bounded whatever the number of files.
// Closing done stops them all.
func extractAll(files []string, opts *extractOptions, workers int, done <-chan struct{}) <-chan extracted {
	slots := make([]chan extracted, len(files))
	for i := range slots {
		slots[i] = make(chan extracted, 1)
	}
	ahead := make(chan struct{}, 4*workers) // results parsed but not yet handed on
	jobs := make(chan int)
	go func() {
		defer close(jobs)
		for i := range files {
			select {
			case ahead <- struct{}{}:
			case <-done:
				return
			}
			select {
			case jobs <- i:
			case <-done:
				return
			}
		}
	}()
	for range workers {
		go func() {
			rd := fileread.New(parser.MaxInput)
			defer rd.Close()
			for i := range jobs {
				slots[i] <- extractOne(files[i], opts, rd)
			}
		}()
	}
	ordered := make(chan extracted)
	go func() {
		defer close(ordered)
		for _, s := range slots {
			select {
			case r := <-s:
				select {
				case ordered <- r:
				case <-done:
					return
				}
			case <-done:
				return
			}
			<-ahead
		}
	}()
	return ordered
}

// extractOne parses one input, read through rd, and formats it as opts
// asks. The document is a view of rd's buffer, which the next file
// overwrites: everything written here is a copy, and the document is
// dropped on return.
func extractOne(f string, opts *extractOptions, rd *fileread.Reader) extracted {
	var r extracted
	var outBuf, errBuf bytes.Buffer
	errW := textOut(&errBuf)
	doc, err := readDocumentWith(f, opts.IO.In, rd)
	if err != nil {
		fmt.Fprintln(errW, "recital:", err)
		r.errOut, r.failed = errBuf.Bytes(), true
		return r
	}
	for _, d := range doc.Diagnostics {
		fmt.Fprintf(errW, "%s:%d:%d: %s: %s (%s)\n", f, d.Span.Line, d.Span.Col, d.Severity, oneLine(d.Message), d.Code)
	}
	if opts.Debug == "" && opts.Format == "json" {
		// One object appended straight to the bytes handed on.
		r.out, r.errOut = appendDocumentJSON(make([]byte, 0, jsonSizeHint(doc)), doc), errBuf.Bytes()
		return r
	}
	var w io.Writer = &outBuf
	if opts.Format != "json" {
		w = textOut(w)
	}
	switch opts.Debug {
	case "layout":
		r.err = parser.WriteLayout(w, doc)
	case "candidates":
		r.err = parser.WriteCandidates(w, doc)
	default:
		r.err = writeDocument(w, opts.Format, doc)
	}
	r.out, r.errOut = outBuf.Bytes(), errBuf.Bytes()
	return r
}

// readDocument parses one input; "-" is standard input.
func readDocument(name string, stdin io.Reader) (*parser.Document, error) {
	if name == "-" {
		return parser.ReadAll("-", stdin)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, unwrapPathError(err))
	}
	defer f.Close()
	return parser.ReadAll(name, f)
}

// readDocumentWith is readDocument for a file read into rd's buffer,
// which the document is a view of until rd reads the next file. It fails
// as parser.ReadAll fails.
func readDocumentWith(name string, stdin io.Reader, rd *fileread.Reader) (*parser.Document, error) {
	if name == "-" {
		return readDocument(name, stdin)
	}
	data, err := rd.Read(name, 0)
	if err != nil {
		return nil, &parser.InputError{Source: name, Msg: err.Error()}
	}
	return parser.ParseOwned(name, data)
}

// unwrapPathError drops the path from an *fs.PathError, which the caller names already.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// expandInputs turns the arguments into a file list: folders expand to
// their regular files in lexical order (hidden files skipped). Problems are
// reported on errOut and counted in failed; the rest is still returned.
func expandInputs(args []string, errOut io.Writer) (files []string, failed int) {
	for _, a := range args {
		if a == "-" {
			files = append(files, a)
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			fmt.Fprintf(errOut, "recital: %s: %v\n", a, unwrapPathError(err))
			failed++
			continue
		}
		if !st.IsDir() {
			files = append(files, a)
			continue
		}
		// A folder named through a symbolic link is walked as the
		// folder it points to: WalkDir would not enter a link, and a
		// trailing separator makes the system follow it.
		root := a
		if lst, err := os.Lstat(a); err == nil && lst.Mode()&fs.ModeSymlink != 0 {
			root = a + string(filepath.Separator)
		}
		var found []string
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				fmt.Fprintf(errOut, "recital: %s: %v\n", p, unwrapPathError(err))
				failed++
				if d != nil && d.IsDir() && p != root {
					return fs.SkipDir
				}
				return nil
			}
			if strings.HasPrefix(d.Name(), ".") && p != root {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if !d.IsDir() {
				if why := parser.SkipInFolder(d.Name()); why != "" {
					fmt.Fprintf(errOut, "recital: %s: skipped: %s\n", p, why)
					return nil
				}
			}
			switch {
			case d.Type().IsRegular():
				found = append(found, p)
			case d.Type()&fs.ModeSymlink != 0:
				st, err := os.Stat(p)
				if err != nil {
					fmt.Fprintf(errOut, "recital: %s: %v\n", p, unwrapPathError(err))
					failed++
				} else if st.Mode().IsRegular() {
					found = append(found, p)
				}
			}
			return nil
		})
		if err != nil {
			fmt.Fprintf(errOut, "recital: %s: %v\n", a, err)
			failed++
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, failed
}

// writeDocument writes one parsed document in the chosen format.
func writeDocument(w io.Writer, format string, doc *parser.Document) error {
	switch format {
	case "json":
		_, err := w.Write(appendDocumentJSON(make([]byte, 0, jsonSizeHint(doc)), doc))
		return err
	case "text":
		_, err := io.WriteString(w, doc.Text)
		return err
	}
	return writeTable(w, doc)
}

// jsonSizeHint is room enough for most documents' JSON line: a citation
// takes 300 to 400 bytes.
func jsonSizeHint(doc *parser.Document) int {
	return 1024 + 512*len(doc.Citations) + 256*len(doc.Diagnostics)
}

// writeTable prints a document's identity and one citation per line.
func writeTable(w io.Writer, doc *parser.Document) error {
	sym := doc.Symbol
	if sym == "" {
		sym = "(no symbol)"
	}
	fmt.Fprintf(w, "%s  %s  adopted %s  %d citations\n", doc.Source, sym, orDash(doc.Adopted), len(doc.Citations))
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "  LINE\tTARGET\tPART\tRELATION\tWHERE\tDATE")
	for _, c := range doc.Citations {
		where := fmt.Sprintf("%s %d", c.Location, c.Paragraph)
		if c.Footnote != "" {
			where += " fn " + c.Footnote
		}
		fmt.Fprintf(tw, "  %d\t%s\t%s\t%s\t%s\t%s\n", c.Span.Line, c.Target, orDash(c.Part), orDash(c.Relation), where, orDash(c.Date))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w)
	return err
}

// orDash returns s, or "-" when it is empty.
func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// appendDocumentJSON appends doc as json.NewEncoder(w).Encode writes it:
// the fields in the order of the types, strings escaped as encoding/json
// escapes them (HTML characters too), nil slices as null, and a newline.
// Written by hand because reflection cost a tenth of the time extract
// takes; TestDocumentJSON holds it to encoding/json's bytes.
func appendDocumentJSON(b []byte, doc *parser.Document) []byte {
	b = append(b, `{"schema":`...)
	b = strconv.AppendInt(b, int64(doc.Schema), 10)
	b = appendJSONField(b, `,"source":`, doc.Source)
	b = appendJSONField(b, `,"format":`, string(doc.Format))
	b = appendJSONField(b, `,"language":`, doc.Language)
	b = appendJSONField(b, `,"symbol":`, doc.Symbol)
	b = append(b, `,"parts":`...)
	if doc.Parts == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, p := range doc.Parts {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, p)
		}
		b = append(b, ']')
	}
	b = appendJSONField(b, `,"title":`, doc.Title)
	b = appendJSONField(b, `,"adopted":`, doc.Adopted)
	b = appendJSONField(b, `,"body":`, string(doc.Body))
	b = appendJSONField(b, `,"session":`, doc.Session)
	b = appendJSONField(b, `,"agenda_item":`, doc.AgendaItem)
	b = appendJSONField(b, `,"adopted_on":`, doc.AdoptedOn)
	b = append(b, `,"citations":`...)
	if doc.Citations == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range doc.Citations {
			c := &doc.Citations[i]
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONField(b, `{"target":`, c.Target)
			b = appendJSONField(b, `,"part":`, c.Part)
			b = appendJSONField(b, `,"body":`, string(c.Body))
			b = appendJSONField(b, `,"kind":`, string(c.Kind))
			b = appendJSONField(b, `,"relation":`, c.Relation)
			b = appendJSONField(b, `,"verb":`, c.Verb)
			b = appendJSONField(b, `,"location":`, string(c.Location))
			b = append(b, `,"paragraph":`...)
			b = strconv.AppendInt(b, int64(c.Paragraph), 10)
			b = appendJSONField(b, `,"footnote":`, c.Footnote)
			b = appendJSONField(b, `,"date":`, c.Date)
			b = appendJSONField(b, `,"text":`, c.Text)
			b = appendJSONSpan(b, c.Span)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	b = append(b, `,"diagnostics":`...)
	if doc.Diagnostics == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range doc.Diagnostics {
			d := &doc.Diagnostics[i]
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONField(b, `{"severity":`, string(d.Severity))
			b = appendJSONField(b, `,"code":`, d.Code)
			b = appendJSONField(b, `,"message":`, d.Message)
			b = appendJSONSpan(b, d.Span)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	return append(b, "}\n"...)
}

// appendJSONSpan appends a span as the field "span" of an object.
func appendJSONSpan(b []byte, sp parser.Span) []byte {
	b = append(b, `,"span":{"start":`...)
	b = strconv.AppendInt(b, int64(sp.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(sp.End), 10)
	b = append(b, `,"line":`...)
	b = strconv.AppendInt(b, int64(sp.Line), 10)
	b = append(b, `,"col":`...)
	b = strconv.AppendInt(b, int64(sp.Col), 10)
	return append(b, '}')
}

// appendJSONField appends key (its quotes, colon and any comma before it
// included) and the string s.
func appendJSONField(b []byte, key, s string) []byte {
	return appendJSONString(append(b, key...), s)
}

// jsonSafe marks the ASCII bytes that encoding/json writes as they are
// when it escapes HTML: all printable ones but the quote, the backslash,
// <, > and &.
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// appendJSONString appends s as a JSON string, escaped as encoding/json
// escapes it with HTML escaping on: \b \f \n \r \t, other control
// characters and <>& as \u00XX, U+2028 and U+2029 as \u2028 and \u2029,
// and each byte of invalid UTF-8 as \ufffd.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if jsonSafe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
