package docxtext

import (
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
)

// document is the state shared by the parts of one Word file: the numbers
// given to notes as they are referred to, and the paragraph numbering.
type document struct {
	notes    map[string]int // "f"+id or "e"+id → number, from 1, in order of reference
	lists    map[string]list
	styleNum map[string]numPr // numbering given by paragraph styles
	counters map[string][]int // by abstract list: the current count at each level
}

// list is a numbering instance: its abstract definition and the level
// starts it overrides.
type list struct {
	abstract string
	levels   []level
	restart  map[int]int // level → start, from lvlOverride/startOverride
	used     bool
}

// level is one level of a numbering definition.
type level struct {
	start int
	fmt   string // decimal, lowerLetter, upperLetter, lowerRoman, upperRoman, bullet, none…
	text  string // the label pattern, "%1." or "(%2)"
}

// numPr is a paragraph's numbering reference.
type numPr struct {
	numID string
	level int
}

// val is the usual w:val attribute of a WordprocessingML element.
type val struct {
	Val string `xml:"val,attr"`
}

// loadNumbering reads the numbering definitions and the paragraph styles
// that number their paragraphs.
func (a *archive) loadNumbering(d *document, rels map[string]string) error {
	d.lists, d.styleNum, d.counters = map[string]list{}, map[string]numPr{}, map[string][]int{}
	data, err := a.part(relTarget(rels, relNumbering, "word/numbering.xml"))
	if err != nil || data == nil {
		return err
	}
	var num struct {
		Abstract []struct {
			ID    string `xml:"abstractNumId,attr"`
			Level []struct {
				Ilvl  int `xml:"ilvl,attr"`
				Start val `xml:"start"`
				Fmt   val `xml:"numFmt"`
				Text  val `xml:"lvlText"`
			} `xml:"lvl"`
		} `xml:"abstractNum"`
		Num []struct {
			ID       string `xml:"numId,attr"`
			Abstract val    `xml:"abstractNumId"`
			Override []struct {
				Ilvl  int `xml:"ilvl,attr"`
				Start val `xml:"startOverride"`
			} `xml:"lvlOverride"`
		} `xml:"num"`
	}
	if err := xml.Unmarshal(data, &num); err != nil {
		return fmt.Errorf("numbering: %v", err)
	}
	abstract := map[string][]level{}
	for _, an := range num.Abstract {
		levels := make([]level, 9)
		for _, l := range an.Level {
			if l.Ilvl >= 0 && l.Ilvl < 9 {
				start, _ := strconv.Atoi(l.Start.Val)
				levels[l.Ilvl] = level{start: max(start, 0), fmt: l.Fmt.Val, text: l.Text.Val}
			}
		}
		abstract[an.ID] = levels
	}
	for _, n := range num.Num {
		l := list{abstract: n.Abstract.Val, levels: abstract[n.Abstract.Val], restart: map[int]int{}}
		for _, o := range n.Override {
			if start, err := strconv.Atoi(o.Start.Val); err == nil {
				l.restart[o.Ilvl] = start
			}
		}
		d.lists[n.ID] = l
	}
	return a.loadStyleNumbering(d, rels)
}

// loadStyleNumbering reads which paragraph styles carry numbering,
// following each style's basedOn chain.
func (a *archive) loadStyleNumbering(d *document, rels map[string]string) error {
	data, err := a.part(relTarget(rels, relStyles, "word/styles.xml"))
	if err != nil || data == nil {
		return err
	}
	var styles struct {
		Style []struct {
			ID      string `xml:"styleId,attr"`
			BasedOn val    `xml:"basedOn"`
			NumID   val    `xml:"pPr>numPr>numId"`
			Ilvl    val    `xml:"pPr>numPr>ilvl"`
		} `xml:"style"`
	}
	if err := xml.Unmarshal(data, &styles); err != nil {
		return fmt.Errorf("styles: %v", err)
	}
	own, based := map[string]numPr{}, map[string]string{}
	for _, s := range styles.Style {
		based[s.ID] = s.BasedOn.Val
		if s.NumID.Val != "" {
			lvl, _ := strconv.Atoi(s.Ilvl.Val)
			own[s.ID] = numPr{numID: s.NumID.Val, level: lvl}
		}
	}
	for id := range based {
		for s, hops := id, 0; s != "" && hops < 20; s, hops = based[s], hops+1 {
			if n, ok := own[s]; ok {
				d.styleNum[id] = n
				break
			}
		}
	}
	return nil
}

// label advances the numbering of a paragraph and returns its label, or ""
// for unnumbered, bulleted and invisible levels.
func (d *document) label(n numPr) string {
	l, ok := d.lists[n.numID]
	if !ok || n.numID == "0" || n.level < 0 || n.level >= len(l.levels) {
		return ""
	}
	c := d.counters[l.abstract]
	if c == nil {
		c = make([]int, 9)
		for i := range c {
			c[i] = l.levels[i].start - 1
		}
	}
	if !l.used {
		for lvl, start := range l.restart {
			if lvl >= 0 && lvl < 9 {
				c[lvl] = start - 1
			}
		}
		l.used = true
		d.lists[n.numID] = l
	}
	c[n.level]++
	for i := n.level + 1; i < 9; i++ {
		c[i] = l.levels[i].start - 1
	}
	d.counters[l.abstract] = c
	lv := l.levels[n.level]
	if lv.fmt == "bullet" || lv.fmt == "none" || lv.text == "" {
		return ""
	}
	out := lv.text
	for i := 0; i < 9; i++ {
		out = strings.ReplaceAll(out, "%"+strconv.Itoa(i+1), formatNumber(c[i], l.levels[i].fmt))
	}
	return out
}

// formatNumber writes a count in a Word number format.
func formatNumber(n int, format string) string {
	switch format {
	case "lowerLetter", "upperLetter":
		if n < 1 {
			return ""
		}
		s := strings.Repeat(string(rune('a'+(n-1)%26)), (n-1)/26+1)
		if format == "upperLetter" {
			s = strings.ToUpper(s)
		}
		return s
	case "lowerRoman", "upperRoman":
		s := roman(n)
		if format == "lowerRoman" {
			s = strings.ToLower(s)
		}
		return s
	}
	return strconv.Itoa(n)
}

// roman writes n (1…3999) in Roman numerals.
func roman(n int) string {
	if n < 1 || n > 3999 {
		return strconv.Itoa(n)
	}
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}
