package parser

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

// MaxInput is the largest input Parse accepts, in bytes. UN resolutions
// run to a few hundred kilobytes; anything past this is not one.
const MaxInput = 64 << 20

// InputError says why an input could not be read as a document at all.
type InputError struct {
	Source string
	Line   int // 1-based line of the fault, 0 when it concerns the whole input
	Col    int
	Msg    string
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", e.Source, e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Source, e.Msg)
}

// ReadAll reads r up to MaxInput bytes and parses it as Parse does.
func ReadAll(source string, r io.Reader) (*Document, error) {
	data, err := readAtMost(r)
	if err != nil {
		return nil, &InputError{Source: source, Msg: err.Error()}
	}
	return parse(source, data, true)
}

// readAtMost reads r to its end or to MaxInput+1 bytes, as io.ReadAll of
// an io.LimitReader does; when r is a file whose size is known, in a
// buffer of that size rather than one grown by doubling.
func readAtMost(r io.Reader) ([]byte, error) {
	f, ok := r.(*os.File)
	if !ok {
		return io.ReadAll(io.LimitReader(r, MaxInput+1))
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() || st.Size() <= 0 {
		return io.ReadAll(io.LimitReader(r, MaxInput+1))
	}
	return ReadInto(r, nil, st.Size())
}

// ReadInto reads r to its end or to MaxInput+1 bytes, as ReadAll does,
// into buf's array when it has room (the result then shares it), and
// returns what it read. size is what r is expected to hold (a regular
// file's size): room for one byte more is made at once, so that reading
// to the end needs no growth; r may hold more or less, which the loop
// handles as io.ReadAll does.
func ReadInto(r io.Reader, buf []byte, size int64) ([]byte, error) {
	const limit = MaxInput + 1
	data := buf[:0]
	if want := int(min(max(size, 0)+1, limit)); cap(data) < want {
		data = make([]byte, 0, want)
	}
	lr := io.LimitReader(r, limit)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := lr.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
}

// Parse reads one document from data, detecting its format from the
// content (plain text, Markdown, AKN XML, PDF, Word .docx, HTML, and any
// of them gzip-compressed), and returns what it cites. source names the
// input in the result and in errors. An error means the input is not a
// readable document (empty, binary, not UTF-8, malformed XML or PDF, too
// large); oddities inside a readable document are reported as
// Diagnostics instead. PDF, Word and HTML files are read through the text
// Recital derives from them (see gzip.go), which Text holds.
func Parse(source string, data []byte) (*Document, error) {
	return parse(source, data, false)
}

// ParseOwned is Parse for a caller that gives data up: the document's
// text, and the strings made of it, may be views of data rather than
// copies, so data must not change while any of them is in use.
func ParseOwned(source string, data []byte) (*Document, error) {
	return parse(source, data, true)
}

// parse is Parse; owned says that data is the caller's no longer, so that
// the document's text may be made of it without a copy.
func parse(source string, data []byte, owned bool) (*Document, error) {
	switch kind := sniff(data); kind {
	case containerGzip:
		return parseGzip(source, data)
	case containerPDF, containerZip, containerHTML:
		return parseBinary(source, kind, data)
	}
	if err := checkInput(source, data); err != nil {
		return nil, err
	}
	doc := &Document{Schema: Schema, Source: source, Parts: []string{}, Citations: []Citation{}, Diagnostics: []Diagnostic{}}
	if isAKN(data) {
		text, meta, err := aknText(data)
		if err != nil {
			return nil, asInputError(source, err)
		}
		doc.Format = FormatAKN
		doc.Text = text
		doc.Language = aknLanguage(data)
		doc.structure = meta.Structure
		extract(doc, meta.Structure, &meta)
		return doc, nil
	}
	if owned {
		doc.Text = frozenString(data)
	} else {
		doc.Text = string(data)
	}
	doc.Format = FormatText
	if looksMarkdown(data) {
		doc.Format = FormatMarkdown
	}
	extract(doc, nil, nil)
	return doc, nil
}

// checkInput rejects inputs that are not text documents.
func checkInput(source string, data []byte) error {
	switch {
	case len(data) > MaxInput:
		return &InputError{Source: source, Msg: fmt.Sprintf("input is larger than %d MiB; not a UN document", MaxInput>>20)}
	case len(bytes.TrimSpace(data)) == 0:
		return &InputError{Source: source, Msg: "empty input: no text to read"}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		line, col := lineCol(data, i)
		return &InputError{Source: source, Line: line, Col: col, Msg: "binary input (NUL byte): not a text or XML document"}
	}
	if !utf8.Valid(data) {
		i := firstInvalidUTF8(data)
		line, col := lineCol(data, i)
		return &InputError{Source: source, Line: line, Col: col, Msg: fmt.Sprintf("invalid UTF-8 (byte 0x%02x): convert the file to UTF-8", data[i])}
	}
	return nil
}

// firstInvalidUTF8 returns the offset of the first byte that does not
// start a valid UTF-8 sequence.
func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// lineCol converts a byte offset to a 1-based line and byte column.
func lineCol(data []byte, off int) (line, col int) {
	line = 1 + bytes.Count(data[:off], []byte{'\n'})
	col = off + 1
	if i := bytes.LastIndexByte(data[:off], '\n'); i >= 0 {
		col = off - i
	}
	return line, col
}

// looksMarkdown reports whether text carries the marks of a PDF converted
// to Markdown: footnote definitions, LaTeX superscripts or emphasis.
// The marks are "[^", "$^{", "\n# ", "*Decides*", "*Requests*" and
// "\n**": the text is searched once for each of '^', '*' and "\n# ",
// not once for each mark.
func looksMarkdown(data []byte) bool {
	for i := bytes.IndexByte(data, '^'); i >= 0; i = nextByte(data, '^', i) {
		if i > 0 && (data[i-1] == '[' || data[i-1] == '$' && i+1 < len(data) && data[i+1] == '{') {
			return true
		}
	}
	for i := bytes.IndexByte(data, '*'); i >= 0; i = nextByte(data, '*', i) {
		rest := data[i:]
		if bytes.HasPrefix(rest, []byte("*Decides*")) || bytes.HasPrefix(rest, []byte("*Requests*")) ||
			i > 0 && data[i-1] == '\n' && len(rest) > 1 && rest[1] == '*' {
			return true
		}
	}
	return bytes.Contains(data, []byte("\n# "))
}

// nextByte returns the offset of the first c in data after i, or -1.
func nextByte(data []byte, c byte, i int) int {
	if j := bytes.IndexByte(data[i+1:], c); j >= 0 {
		return i + 1 + j
	}
	return -1
}

// asInputError names source in a reader's error, keeping the line and
// column of an *InputError.
func asInputError(source string, err error) *InputError {
	var ie *InputError
	if errors.As(err, &ie) {
		ie.Source = source
		return ie
	}
	return &InputError{Source: source, Msg: err.Error()}
}

// notDocumentExts are the file name endings of what a corpus folder holds
// beside its documents: tables, data, code and pictures.
var notDocumentExts = map[string]string{
	".tsv": "a table", ".csv": "a table", ".ods": "a spreadsheet", ".xlsx": "a spreadsheet",
	".json": "JSON data", ".jsonl": "JSON data", ".py": "a program", ".go": "a program", ".sh": "a script",
	".png": "a picture", ".jpg": "a picture", ".jpeg": "a picture", ".gif": "a picture", ".svg": "a picture",
}

// SkipInFolder says why a file met while reading a folder is not a
// document to parse ("MANIFEST.tsv is a table"), or "" when it may be one.
// A file named on its own is always parsed.
func SkipInFolder(name string) string {
	base := strings.ToLower(name)
	if k := strings.LastIndexAny(base, `/\`); k >= 0 {
		base = base[k+1:]
	}
	if k := strings.LastIndexByte(base, '.'); k > 0 {
		if what, ok := notDocumentExts[base[k:]]; ok {
			return "not a document (" + what + ")"
		}
	}
	for _, p := range []string{"readme", "license", "licence", "manifest", "changelog"} {
		if strings.HasPrefix(base, p) {
			return "not a document (the folder's " + p + ")"
		}
	}
	return ""
}
