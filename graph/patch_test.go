package graph

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/recital-un/recital/parser"
)

// naiveChanges compares two graphs whole and returns the changes from a
// to b: every node that differs, appears or goes, the edges of every
// citing node whose edges differ, and b's diagnostics.
func naiveChanges(a, b *Graph) Changes {
	ch := Changes{Nodes: map[string]*Node{}, Out: map[string][]*Edge{}, Diagnostics: b.Diagnostics()}
	for _, n := range a.Nodes() {
		if b.Node(n.ID) == nil {
			ch.Nodes[n.ID] = nil
		}
	}
	out := func(g *Graph) map[string][]*Edge {
		m := map[string][]*Edge{}
		for _, e := range g.Edges() {
			m[e.From] = append(m[e.From], e)
		}
		return m
	}
	ao, bo := out(a), out(b)
	for _, n := range b.Nodes() {
		if old := a.Node(n.ID); old == nil || !reflect.DeepEqual(old, n) {
			ch.Nodes[n.ID] = n
		}
		if !reflect.DeepEqual(ao[n.ID], bo[n.ID]) {
			ch.Out[n.ID] = bo[n.ID]
			if ch.Out[n.ID] == nil {
				ch.Out[n.ID] = []*Edge{}
			}
		}
	}
	return ch
}

// TestPatchGivesBuild checks that a patch of a graph read from its frozen
// layout, with the changes between two builds, is the second build: the
// same nodes, edges and diagnostics, and the same frozen bytes.
func TestPatchGivesBuild(t *testing.T) {
	base := func() []*parser.Document {
		docs := seriesDocs()
		fr := doc("fr/A_RES_59_61.xml", parser.FormatAKN, "A/RES/59/61", "2004-12-03", cite("A/RES/58/32", "recalling", "2003-12-08"))
		fr.Language = "fr"
		parts := doc("A_RES_57_9_B.txt", parser.FormatText, "A/RES/57/9", "2002-11-02", cite("A/RES/53/70", "noting", "1998-12-04"))
		parts.Parts = []string{"B"}
		return append(docs, fr, parts,
			doc("A_RES_61_1.txt", parser.FormatText, "A/RES/61/1", "2006-10-01",
				cite("A/RES/60/45", "recalling", "2005-12-08"), part(cite("A/RES/57/9", "recalling", "2002-10-01"), "A")))
	}
	steps := []struct {
		name   string
		change func([]*parser.Document) []*parser.Document
	}{
		{"a citation added", func(ds []*parser.Document) []*parser.Document {
			ds[0].Citations = append(ds[0].Citations, cite("A/RES/41/1", "recalling", "1986-10-10"), cite("A/RES/53/70", "recalling", "1999-01-01"))
			return ds
		}},
		{"a document gone, still cited", func(ds []*parser.Document) []*parser.Document { return append(ds[:1], ds[2:]...) }},
		{"the only citation of a node gone", func(ds []*parser.Document) []*parser.Document {
			ds[0].Citations = ds[0].Citations[:1]
			return ds
		}},
		{"a new document, a duplicate and a later citation", func(ds []*parser.Document) []*parser.Document {
			return append(ds, doc("A_RES_50_1.txt", parser.FormatText, "A/RES/50/1", "1995-01-01", cite("A/RES/61/1", "recalling", "")),
				doc("dup/A_RES_61_1.txt", parser.FormatText, "A/RES/61/1", "2006-10-01"))
		}},
		{"a language version gone", func(ds []*parser.Document) []*parser.Document { return append(ds[:3], ds[4:]...) }},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			a, err := Build(base())
			if err != nil {
				t.Fatal(err)
			}
			b, err := Build(st.change(base()))
			if err != nil {
				t.Fatal(err)
			}
			frozenA, err := a.AppendFrozen(nil, FrozenOptions{})
			if err != nil {
				t.Fatal(err)
			}
			opened, err := Open(frozenA)
			if err != nil {
				t.Fatal(err)
			}
			ch := naiveChanges(a, b)
			if len(ch.Nodes) == 0 && len(ch.Out) == 0 {
				t.Fatal("the step changed nothing")
			}
			p, err := Patch(opened, ch)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(p.Nodes(), b.Nodes()) || !reflect.DeepEqual(p.Edges(), b.Edges()) || !reflect.DeepEqual(p.Diagnostics(), b.Diagnostics()) {
				t.Errorf("the patched graph differs from the build")
			}
			for _, n := range b.Nodes() {
				l1, _ := p.CitedBy(n.ID, 1)
				l2, _ := b.CitedBy(n.ID, 1)
				if !reflect.DeepEqual(l1, l2) {
					t.Errorf("cited-by %s differs", n.ID)
				}
			}
			// Patch the graph read in place again: the transcoder copies
			// the records of the nodes and edges that did not change.
			opened2, _ := Open(frozenA)
			p2, err := Patch(opened2, ch)
			if err != nil {
				t.Fatal(err)
			}
			got, err := p2.AppendFrozen(nil, FrozenOptions{})
			if err != nil {
				t.Fatal(err)
			}
			want, err := b.AppendFrozen(nil, FrozenOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("the frozen patch (%d bytes) differs from the frozen build (%d bytes)", len(got), len(want))
			}
		})
	}
}

// TestPatchRefuses checks that changes that would leave a dangling or
// repeated edge are refused.
func TestPatchRefuses(t *testing.T) {
	g, err := Build(seriesDocs())
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]Changes{
		"a cited node removed": {Nodes: map[string]*Node{"A/RES/53/70": nil}},
		"an edge to no node":   {Out: map[string][]*Edge{"A/RES/60/45": {{From: "A/RES/60/45", To: "A/RES/1/1"}}}},
		"edges of no node":     {Out: map[string][]*Edge{"A/RES/1/1": {}}},
		"a repeated edge": {Out: map[string][]*Edge{"A/RES/60/45": {
			{From: "A/RES/60/45", To: "A/RES/59/61"}, {From: "A/RES/60/45", To: "A/RES/59/61"}}}},
		"a node under another ID": {Nodes: map[string]*Node{"A/RES/1/1": {ID: "A/RES/1/2"}}},
	}
	for name, ch := range cases {
		if _, err := Patch(g, ch); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
