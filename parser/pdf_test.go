package parser

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// scoreGoldDir parses the corpus files named by the gold files of one
// folder of ../shared/gold and scores them as score.py does.
func scoreGoldDir(t *testing.T, goldDir, corpusDir string) score {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(shared, "gold", goldDir, "*.json"))
	if len(files) == 0 {
		t.Skipf("no gold in %s/gold/%s", shared, goldDir)
	}
	var s score
	for _, f := range files {
		var g goldFile
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		d := parseFile(t, filepath.Join(shared, "corpus", "dev", corpusDir, g.File))
		for _, c := range d.Citations {
			checkSpan(t, g.File, d.Text, c)
		}
		s.add(g, d)
	}
	p := float64(s.tp) / float64(max(s.tp+s.fp, 1))
	r := float64(s.tp) / float64(max(s.tp+s.fn, 1))
	rel := float64(s.relOK) / float64(max(s.relN, 1))
	meta := float64(s.metaOK) / float64(max(s.metaN, 1))
	t.Logf("%s gold: %d documents, precision=%.4f recall=%.4f relation=%.4f metadata=%.4f (tp=%d fp=%d fn=%d)",
		goldDir, len(files), p, r, rel, meta, s.tp, s.fp, s.fn)
	sort.Strings(s.misses)
	for _, m := range s.misses {
		t.Log(m)
	}
	return s
}

// TestPDFGold scores the four official PDFs against their gold.
func TestPDFGold(t *testing.T) {
	needShared(t)
	s := scoreGoldDir(t, "pdf", "pdf")
	checkBar(t, s, 0.95, 0.95, 0.90)
}

// TestDOCXGold scores the official Word file of A/RES/70/299 against the
// gold of its text version.
func TestDOCXGold(t *testing.T) {
	needShared(t)
	s := scoreGoldDir(t, "docx", "docx")
	checkBar(t, s, 0.98, 0.97, 0.95)
}

// checkBar fails the test below the given precision, recall and relation.
func checkBar(t *testing.T, s score, minP, minR, minRel float64) {
	t.Helper()
	p := float64(s.tp) / float64(max(s.tp+s.fp, 1))
	r := float64(s.tp) / float64(max(s.tp+s.fn, 1))
	rel := float64(s.relOK) / float64(max(s.relN, 1))
	meta := float64(s.metaOK) / float64(max(s.metaN, 1))
	if p < minP || r < minR || rel < minRel || meta < 0.95 {
		t.Errorf("below the bar: precision=%.4f (≥%.2f) recall=%.4f (≥%.2f) relation=%.4f (≥%.2f) metadata=%.4f (≥0.95)",
			p, minP, r, minR, rel, minRel, meta)
	}
}

// TestPDFAgreesWithText checks that a PDF and the text rendering of the
// same resolution give the same targets, where the corpus has both.
func TestPDFAgreesWithText(t *testing.T) {
	needShared(t)
	for _, pair := range [][2]string{{"docx/A_RES_70_299.docx", "A_RES_70_299.txt"}, {"docx/A_RES_70_1.docx", "A_RES_70_1.txt"}} {
		t.Run(pair[0], func(t *testing.T) {
			got := strings.Join(targetSet(parseFile(t, filepath.Join(shared, "corpus", "dev", pair[0]))), " ")
			want := strings.Join(targetSet(parseFile(t, filepath.Join(shared, "corpus", "dev", pair[1]))), " ")
			if got != want {
				t.Errorf("%s gives\n  %s\nbut %s gives\n  %s", pair[0], got, pair[1], want)
			}
		})
	}
}
