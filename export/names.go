package export

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
	"github.com/recital-un/recital/render"
)

// bodyNames are the full names of the issuing bodies, as bibliographies
// give them.
var bodyNames = map[parser.Body]string{
	parser.BodyGA:     "United Nations General Assembly",
	parser.BodySC:     "United Nations Security Council",
	parser.BodyECOSOC: "United Nations Economic and Social Council",
	parser.BodyHRC:    "United Nations Human Rights Council",
	parser.BodyCHR:    "United Nations Commission on Human Rights",
	parser.BodyTC:     "United Nations Trusteeship Council",
}

// bodyName returns the full name of a node's body, or "United Nations".
func bodyName(n *graph.Node) string {
	if s, ok := bodyNames[n.Body]; ok {
		return s
	}
	return "United Nations"
}

// link returns the undocs.org address of a node's document, or "" for
// decisions, which have no document of their own (as in diagrams).
func link(n *graph.Node) string { return render.Link(n) }

// symbolLink returns the undocs.org address of a cited symbol that may not
// be a node of the subgraph, or "".
func symbolLink(target string) string {
	if !graph.IsSymbol(target) {
		return ""
	}
	return render.Link(&graph.Node{ID: target, Kind: graph.KindOf(target)})
}

// relationsOf returns the relations of an edge joined by ", ", or "cites"
// for an edge found only where no verb governs it (annexes).
func relationsOf(e *graph.Edge) string {
	if rels := e.Relations(); len(rels) > 0 {
		return strings.Join(rels, ", ")
	}
	return "cites"
}

// FileName returns the file name (without extension) of a document's note:
// its symbol with "/" turned into "_" and every other byte outside
// letters, digits, ".", "(", ")" and "-" written as "~" and its two hex
// digits, so that different symbols never share a name. A leading or
// trailing dot and a Windows device name (CON, AUX, COM1…) before the
// first dot are escaped the same way, so the name is valid on Windows,
// macOS and Linux: "S/RES/1373(2001)" → "S_RES_1373(2001)".
func FileName(id string) string {
	var b strings.Builder
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case c == '/':
			b.WriteByte('_')
		case isAlnum(c) || c == '(' || c == ')' || c == '-' || c == '.' && i > 0 && i < len(id)-1:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "~%02X", c)
		}
	}
	name := b.String()
	if reservedName(name) {
		name = fmt.Sprintf("~%02X", name[0]) + name[1:]
	}
	if len(name) > 180 {
		name = name[:160] + "~" + shortHash(id)
	}
	return name
}

// reservedName reports whether Windows reserves a file name: a device
// name, whatever the case and extension.
func reservedName(name string) bool {
	stem, _, _ := strings.Cut(strings.ToUpper(name), ".")
	switch stem {
	case "CON", "PRN", "AUX", "NUL":
		return true
	}
	return len(stem) == 4 && (strings.HasPrefix(stem, "COM") || strings.HasPrefix(stem, "LPT")) && '0' <= stem[3] && stem[3] <= '9'
}

// CiteKey returns a citation key for a document that Pandoc, BibTeX and
// biblatex accept: letters, digits and "_", starting with a letter.
// Components of the symbol made only of letters run together, other
// punctuation becomes "_": "S/RES/1373(2001)" → "SRES1373_2001",
// "A/RES/60/45" → "ARES60_45", "A/C.3/75/L.2/Rev.1" → "AC_3_75_L_2_Rev_1".
// Keys of a subgraph are made unique by uniqueNames.
func CiteKey(id string) string {
	var b strings.Builder
	prevLetters := false
	for _, comp := range strings.Split(id, "/") {
		clean := underscored(comp)
		if clean == "" {
			continue
		}
		if b.Len() > 0 && !prevLetters {
			b.WriteByte('_')
		}
		b.WriteString(clean)
		prevLetters = lettersOnly(clean)
	}
	key := b.String()
	if key == "" || !isLetter(key[0]) {
		key = "UN" + key
	}
	return key
}

// underscored turns every run of bytes other than letters and digits into
// one "_", trimmed at both ends.
func underscored(s string) string {
	var b strings.Builder
	gap := false
	for i := 0; i < len(s); i++ {
		if !isAlnum(s[i]) {
			gap = true
			continue
		}
		if gap && b.Len() > 0 {
			b.WriteByte('_')
		}
		gap = false
		b.WriteByte(s[i])
	}
	return b.String()
}

// uniqueNames names every node with name(ID), in ID order, and makes the
// names unique without regard to case (file systems and BibTeX ignore
// it): a name already taken, or reserved, gets a suffix made from a hash
// of the ID, so it stays the same whatever else is exported.
func uniqueNames(nodes []*graph.Node, name func(string) string, sep string, reserved ...string) map[string]string {
	taken := make(map[string]bool, len(nodes)+len(reserved))
	for _, r := range reserved {
		taken[strings.ToLower(r)] = true
	}
	names := make(map[string]string, len(nodes))
	for _, n := range nodes {
		s := name(n.ID)
		if taken[strings.ToLower(s)] {
			s += sep + shortHash(n.ID)
		}
		taken[strings.ToLower(s)] = true
		names[n.ID] = s
	}
	return names
}

// shortHash is a short, stable digest of s.
func shortHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:4])
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isAlnum(c byte) bool  { return isLetter(c) || '0' <= c && c <= '9' }

// lettersOnly reports whether s is made of ASCII letters only.
func lettersOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isLetter(s[i]) {
			return false
		}
	}
	return s != ""
}

// kindLabel names a kind of document for people.
func kindLabel(k parser.Kind) string {
	switch k {
	case parser.KindResolution:
		return "Resolution"
	case parser.KindDecision:
		return "Decision"
	case parser.KindStatement:
		return "Presidential statement"
	}
	return "Document"
}
