package docxtext

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
)

// Package docxtext derives the text of a Word file (Office Open XML) laid
// out for Recital's parser, as the corpus text renderings of Word files
// are: one paragraph per line, runs joined, tabs kept, each footnote
// reference written as its number right after the word it follows, and
// the notes at the end after a blank line, "N text" each.
//
// A Word file is a ZIP archive. Its text is in the main document part
// (found through the package relationships, usually word/document.xml),
// its footnotes and endnotes in parts of their own; paragraph numbers
// that Word generates are defined in the numbering part and in paragraph
// styles, and are written out. Deleted text, field codes, hidden text and
// the fallback copies of text boxes are left out. Headers and footers are
// not read.
//
// It uses archive/zip and encoding/xml only, and bounds what it
// decompresses, so that a ZIP bomb is refused, not read.

// MaxPart and MaxTotal bound what is decompressed from one archive: one
// part, and all parts together.
const (
	MaxPart  = 64 << 20
	MaxTotal = 2 * MaxPart
)

// Relationship types of the parts docxText reads.
const (
	relOfficeDocument = "/officeDocument"
	relFootnotes      = "/footnotes"
	relEndnotes       = "/endnotes"
	relNumbering      = "/numbering"
	relStyles         = "/styles"
)

// archive reads the parts of a Word file within the size bounds.
type archive struct {
	zr    *zip.Reader
	total int64
}

// Extract returns the text of the Word file in data.
func Extract(data []byte) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", fmt.Errorf("corrupt ZIP archive: %v", err)
	}
	a := &archive{zr: zr}
	main := a.mainPart()
	if main == "" {
		return "", errors.New("a ZIP archive that is not a Word document (no word/document.xml)")
	}
	rels, err := a.relationships(main)
	if err != nil {
		return "", err
	}
	d := &document{notes: map[string]int{}}
	if err := a.loadNumbering(d, rels); err != nil {
		return "", err
	}
	body, err := a.part(main)
	if err != nil {
		return "", err
	}
	paras, err := d.paragraphs(body)
	if err != nil {
		return "", fmt.Errorf("%s: %v", main, err)
	}
	notes, err := a.notes(d, rels)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, p := range paras {
		b.WriteString(p)
		b.WriteByte('\n')
	}
	if len(notes) > 0 {
		b.WriteByte('\n')
		for _, n := range notes {
			b.WriteString(n)
			b.WriteByte('\n')
		}
	}
	return b.String(), nil
}

// part returns the content of a part, within the size bounds.
func (a *archive) part(name string) ([]byte, error) {
	for _, f := range a.zr.File {
		if f.Name != name {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		defer rc.Close()
		limit := min(int64(MaxPart), MaxTotal-a.total)
		data, err := io.ReadAll(io.LimitReader(rc, limit+1))
		if err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		if int64(len(data)) > limit {
			return nil, fmt.Errorf("%s decompresses to more than %d MiB; not a UN document", name, limit>>20)
		}
		a.total += int64(len(data))
		return data, nil
	}
	return nil, nil
}

// mainPart finds the main document part through the package
// relationships, falling back to its usual name.
func (a *archive) mainPart() string {
	rels, err := a.relationships("")
	if err == nil {
		for typ, target := range rels {
			if strings.HasSuffix(typ, relOfficeDocument) && a.has(target) {
				return target
			}
		}
	}
	if a.has("word/document.xml") {
		return "word/document.xml"
	}
	return ""
}

// has reports whether the archive holds a part.
func (a *archive) has(name string) bool {
	for _, f := range a.zr.File {
		if f.Name == name {
			return true
		}
	}
	return false
}

// relationships reads the relationships of a part ("" for the package):
// the target part of each relationship type, resolved to an archive path.
func (a *archive) relationships(part string) (map[string]string, error) {
	dir, file := path.Split(part)
	data, err := a.part(dir + "_rels/" + file + ".rels")
	if err != nil || data == nil {
		return map[string]string{}, err
	}
	var rels struct {
		Rel []struct {
			Type       string `xml:"Type,attr"`
			Target     string `xml:"Target,attr"`
			TargetMode string `xml:"TargetMode,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal(data, &rels); err != nil {
		return nil, fmt.Errorf("%s_rels/%s.rels: %v", dir, file, err)
	}
	out := map[string]string{}
	for _, r := range rels.Rel {
		if r.TargetMode == "External" {
			continue
		}
		target := strings.TrimPrefix(path.Clean(path.Join(dir, r.Target)), "/")
		if strings.HasPrefix(r.Target, "/") {
			target = strings.TrimPrefix(r.Target, "/")
		}
		out[r.Type] = target
	}
	return out, nil
}

// relTarget returns the target of the relationship whose type ends with
// suffix, or fallback when there is none.
func relTarget(rels map[string]string, suffix, fallback string) string {
	for typ, target := range rels {
		if strings.HasSuffix(typ, suffix) {
			return target
		}
	}
	return fallback
}

// notes returns the footnotes and endnotes in the order they were
// referred to, as "N text".
func (a *archive) notes(d *document, rels map[string]string) ([]string, error) {
	if len(d.notes) == 0 {
		return nil, nil
	}
	bodies := map[string]string{}
	for _, kind := range []struct{ prefix, rel, fallback string }{
		{"f", relFootnotes, "word/footnotes.xml"},
		{"e", relEndnotes, "word/endnotes.xml"},
	} {
		name := relTarget(rels, kind.rel, kind.fallback)
		data, err := a.part(name)
		if err != nil {
			return nil, err
		}
		if data == nil {
			continue
		}
		if err := d.noteBodies(data, kind.prefix, bodies); err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
	}
	keys := make([]string, len(d.notes))
	for key, n := range d.notes {
		keys[n-1] = key
	}
	var out []string
	for i, key := range keys {
		if text, ok := bodies[key]; ok {
			out = append(out, strconv.Itoa(i+1)+" "+text)
		}
	}
	return out, nil
}
