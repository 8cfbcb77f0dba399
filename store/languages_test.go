package store

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestLanguageVersionsOneNode builds a store from the English and French
// texts of one resolution and from the English alone: the graphs have the
// same edges, the node lists both languages, and the build says where the
// versions disagree. A store that dropped the language read the French
// text as a second English reading, whose citations were kept.
func TestLanguageVersionsOneNode(t *testing.T) {
	dev := filepath.Join("..", "..", "shared", "corpus", "dev")
	en, fr := filepath.Join(dev, "A_RES_76_228.txt"), filepath.Join(dev, "fr", "A_RES_76_228.txt")
	for _, f := range []string{en, fr} {
		if _, err := os.Stat(f); err != nil {
			t.Skipf("%s not found: this test reads the English and French texts of A/RES/76/228 in ../shared", f)
		}
	}
	dir := t.TempDir()
	both, enOnly := filepath.Join(dir, "both.store"), filepath.Join(dir, "en.store")
	res, err := Build(both, BuildOptions{Roots: []string{dev}, Files: []string{en, fr}, Diagnostics: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Build(enOnly, BuildOptions{Roots: []string{dev}, Files: []string{en}}); err != nil {
		t.Fatal(err)
	}
	gb, err := Load(both)
	if err != nil {
		t.Fatal(err)
	}
	ge, err := Load(enOnly)
	if err != nil {
		t.Fatal(err)
	}
	eb, ee := gb.Edges(), ge.Edges()
	if len(eb) != len(ee) {
		t.Fatalf("%d edges from English and French, %d from English alone", len(eb), len(ee))
	}
	for i := range eb {
		if eb[i].From != ee[i].From || eb[i].To != ee[i].To || !slices.Equal(eb[i].Relations(), ee[i].Relations()) {
			t.Fatalf("edge %d: %+v from both, %+v from English", i, eb[i], ee[i])
		}
	}
	if n := gb.Node("A/RES/76/228"); n == nil || !slices.Equal(n.Languages, []string{"en", "fr"}) {
		t.Errorf("A/RES/76/228: node %+v, want the languages [en fr]", n)
	}
	disagree := 0
	for _, d := range res.Diagnostics {
		if d.Code == "language-disagreement" {
			disagree++
		}
		if d.Code == "duplicate-document" {
			t.Errorf("the French version read as a duplicate: %+v", d)
		}
	}
	if disagree == 0 {
		t.Error("no language-disagreement diagnostic (the French text lacks A/67/53/Corr.1, which the English cites)")
	}
}
