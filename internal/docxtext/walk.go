package docxtext

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

// para is a paragraph being read.
type para struct {
	text  strings.Builder
	num   *numPr
	style string
}

// walker reads the paragraphs of one part.
type walker struct {
	d      *document
	dec    *xml.Decoder
	stack  []*para
	out    []string
	inText bool // inside w:t
	inRun  bool
	hidden bool // the current run is hidden (w:vanish)
	// in a note part: the key of the note being read, and its paragraphs
	noteKey string
}

// paragraphs returns the text of each non-empty paragraph of a part, in
// document order (paragraphs in text boxes come before the paragraph that
// holds them).
func (d *document) paragraphs(data []byte) ([]string, error) {
	w := &walker{d: d, dec: xml.NewDecoder(bytes.NewReader(data))}
	if err := w.walk(nil); err != nil {
		return nil, err
	}
	return w.out, nil
}

// noteBodies reads a footnotes or endnotes part into bodies, keyed by
// prefix+id, each note's paragraphs joined by a space.
func (d *document) noteBodies(data []byte, prefix string, bodies map[string]string) error {
	w := &walker{d: d, dec: xml.NewDecoder(bytes.NewReader(data))}
	return w.walk(func(id string, paras []string) {
		if text := strings.TrimSpace(strings.Join(paras, " ")); text != "" {
			bodies[prefix+id] = text
		}
	})
}

// walk reads the part's tokens. With onNote set, each footnote or endnote
// element is handed over with its paragraphs when it ends.
func (w *walker) walk(onNote func(id string, paras []string)) error {
	for {
		tok, err := w.dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := w.start(t, onNote != nil); err != nil {
				return err
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "footnote", "endnote":
				if onNote != nil {
					onNote(w.noteKey, w.out)
					w.out = nil
				}
			default:
				w.end(t.Name.Local)
			}
		case xml.CharData:
			if w.inText && !w.hidden && len(w.stack) > 0 {
				w.stack[len(w.stack)-1].text.Write(t)
			}
		}
	}
}

// attr returns the value of the attribute with the given local name.
func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// start handles an opening tag.
func (w *walker) start(e xml.StartElement, inNotes bool) error {
	cur := func() *para {
		if len(w.stack) == 0 {
			return nil
		}
		return w.stack[len(w.stack)-1]
	}
	switch e.Name.Local {
	case "Fallback", "delText", "instrText", "moveFrom", "del":
		return w.dec.Skip()
	case "footnote", "endnote":
		w.noteKey, w.out = attr(e, "id"), nil
	case "p":
		w.stack = append(w.stack, &para{})
	case "pStyle":
		if p := cur(); p != nil {
			p.style = attr(e, "val")
		}
	case "numPr":
		if p := cur(); p != nil {
			p.num = &numPr{}
		}
	case "ilvl", "numId":
		if p := cur(); p != nil && p.num != nil {
			if e.Name.Local == "ilvl" {
				p.num.level, _ = strconv.Atoi(attr(e, "val"))
			} else {
				p.num.numID = attr(e, "val")
			}
		}
	case "r":
		w.inRun, w.hidden = true, false
	case "vanish":
		v := attr(e, "val")
		w.hidden = w.inRun && v != "0" && v != "false"
	case "t":
		w.inText = true
	case "tab", "br", "cr", "noBreakHyphen":
		if p := cur(); p != nil && w.inRun && !w.hidden {
			p.text.WriteString(map[string]string{"tab": "\t", "br": " ", "cr": " ", "noBreakHyphen": "-"}[e.Name.Local])
		}
	case "footnoteReference", "endnoteReference":
		if p := cur(); p != nil && !inNotes {
			w.reference(p, e)
		}
	}
	return nil
}

// reference writes the number of a note reference right after the text
// before it, numbering notes in the order they are referred to.
func (w *walker) reference(p *para, e xml.StartElement) {
	key := "f" + attr(e, "id")
	if e.Name.Local == "endnoteReference" {
		key = "e" + attr(e, "id")
	}
	n, ok := w.d.notes[key]
	if !ok {
		n = len(w.d.notes) + 1
		w.d.notes[key] = n
	}
	if c := attr(e, "customMarkFollows"); c == "1" || c == "true" {
		return
	}
	text := strings.TrimRight(p.text.String(), " \u00a0")
	p.text.Reset()
	p.text.WriteString(text)
	p.text.WriteString(strconv.Itoa(n))
}

// end handles a closing tag.
func (w *walker) end(local string) {
	switch local {
	case "t":
		w.inText = false
	case "r":
		w.inRun, w.hidden = false, false
	case "p":
		if len(w.stack) == 0 {
			return
		}
		p := w.stack[len(w.stack)-1]
		w.stack = w.stack[:len(w.stack)-1]
		num := p.num
		if num == nil {
			if n, ok := w.d.styleNum[p.style]; ok {
				num = &n
			}
		}
		text := strings.TrimRight(p.text.String(), " \t\u00a0")
		if num != nil {
			if label := w.d.label(*num); label != "" && strings.TrimSpace(text) != "" {
				text = label + "\t" + strings.TrimLeft(text, " \t")
			}
		}
		if strings.TrimSpace(text) != "" {
			w.out = append(w.out, strings.ToValidUTF8(text, "\uFFFD"))
		}
	}
}
