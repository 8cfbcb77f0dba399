package export

import (
	"fmt"
	"maps"
	"runtime"
	"slices"
	"sync"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

// Texts reads again the source files a graph was built from, so that an
// export can quote them. Files are named as the graph records them
// (Node.Source, Occurrence.Source) and parsed again, so that spans point
// into the same text as when the graph was built (for XML, the text the
// parser derived). A quote is given only where the parser still finds the
// same citation at the same place: a file changed since the graph was
// built is not misquoted.
type Texts struct {
	read func(source string) ([]byte, error)

	last    string // the source parsed last, kept for the next call
	lastDoc *parser.Document
	lastErr error

	missing map[string]string // sources that could not be read → why
	stale   int               // citations no longer found where the graph says
}

// NewTexts returns Texts that read source files with read.
func NewTexts(read func(source string) ([]byte, error)) *Texts {
	return &Texts{read: read, missing: make(map[string]string)}
}

// Document returns the document parsed from the named source file. The
// last document is kept, so callers should ask for one file's citations
// together.
func (t *Texts) Document(source string) (*parser.Document, error) {
	if t == nil {
		return nil, fmt.Errorf("%s: source texts are not at hand", source)
	}
	if source == t.last && (t.lastDoc != nil || t.lastErr != nil) {
		return t.lastDoc, t.lastErr
	}
	t.last, t.lastDoc, t.lastErr = source, nil, nil
	if source == "" {
		t.lastErr = fmt.Errorf("no source file is recorded")
		return nil, t.lastErr
	}
	doc, err := t.parse(source)
	if err != nil {
		t.lastErr = err
		t.missing[source] = err.Error()
	}
	t.lastDoc = doc
	return t.lastDoc, t.lastErr
}

// parse reads the named source file and parses it. It touches no state
// of t but read, so that several files can be parsed at once.
func (t *Texts) parse(source string) (*parser.Document, error) {
	data, err := t.read(source)
	if err != nil {
		return nil, err
	}
	return parser.Parse(source, data)
}

// Sentence returns the sentence in which the occurrence o cites target,
// with white space collapsed, or "" when the source text is not at hand
// or no longer holds that citation there.
func (t *Texts) Sentence(o *graph.Occurrence, target string) string {
	if t == nil {
		return ""
	}
	doc, err := t.Document(o.Source)
	if err != nil {
		return ""
	}
	q, ok := sentenceIn(doc, o, target)
	if !ok {
		t.stale++
	}
	return q
}

// sentenceIn returns the sentence in which o cites target in doc, and
// false when doc no longer holds that citation there.
func sentenceIn(doc *parser.Document, o *graph.Occurrence, target string) (string, bool) {
	if !holds(doc, o, target) {
		return "", false
	}
	byLine := doc.Format == parser.FormatAKN || o.Location == parser.LocFootnote
	return sentenceAt(doc.Text, o.Span.Start, o.Span.End, byLine), true
}

// Quote is one occurrence to quote: where it cites Target.
type Quote struct {
	Occ    *graph.Occurrence
	Target string
}

// QuoteAll finds the sentence of every occurrence of bySource (source
// file → its occurrences), reading and parsing each file once, several
// files at a time: read must be safe for concurrent use. Occurrences
// without a sentence are left out. progress, when not nil, is called
// after each file with how many are done.
func (t *Texts) QuoteAll(bySource map[string][]Quote, progress func(done, total int)) map[*graph.Occurrence]string {
	out := make(map[*graph.Occurrence]string)
	if t == nil || len(bySource) == 0 {
		return out
	}
	sources := slices.Sorted(maps.Keys(bySource))
	type result struct {
		source    string
		sentences []string
		stale     int
		err       error
	}
	jobs := make(chan string)
	results := make(chan result)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(sources)) {
		wg.Go(func() {
			for src := range jobs {
				r := result{source: src}
				if src == "" { // nothing to read, and nothing missing
					results <- r
					continue
				}
				doc, err := t.parse(src)
				r.err = err
				if err == nil {
					qs := bySource[src]
					r.sentences = make([]string, len(qs))
					for i, q := range qs {
						var ok bool
						if r.sentences[i], ok = sentenceIn(doc, q.Occ, q.Target); !ok {
							r.stale++
						}
					}
				}
				results <- r
			}
		})
	}
	go func() {
		for _, src := range sources {
			jobs <- src
		}
		close(jobs)
		wg.Wait()
		close(results)
	}()
	done := 0
	for r := range results {
		done++
		if progress != nil {
			progress(done, len(sources))
		}
		if r.err != nil {
			t.missing[r.source] = r.err.Error()
			continue
		}
		t.stale += r.stale
		for i, q := range bySource[r.source] {
			if r.sentences != nil && r.sentences[i] != "" {
				out[q.Occ] = r.sentences[i]
			}
		}
	}
	return out
}

// holds reports whether doc cites target at the span of o.
func holds(doc *parser.Document, o *graph.Occurrence, target string) bool {
	if o.Span.Start < 0 || o.Span.End > len(doc.Text) || o.Span.Start >= o.Span.End {
		return false
	}
	for _, c := range doc.Citations {
		if c.Span.Start == o.Span.Start && c.Span.End == o.Span.End && c.Target == target {
			return true
		}
	}
	return false
}

// Missing lists the source files that could not be read, sorted, each
// with the reason.
func (t *Texts) Missing() []string {
	if t == nil {
		return nil
	}
	var out []string
	for _, s := range slices.Sorted(maps.Keys(t.missing)) {
		out = append(out, s+": "+t.missing[s])
	}
	return out
}

// Stale returns the number of citations not quoted because their source
// file no longer holds them where the graph says.
func (t *Texts) Stale() int {
	if t == nil {
		return 0
	}
	return t.stale
}
