package parser

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// shared is where the shared corpus sits relative to this package: CI
// checks the project out with ../shared beside it.
const shared = "../../shared"

// needShared skips a test when the shared corpus is absent.
func needShared(t testing.TB) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(shared, "corpus")); err != nil {
		t.Skip("../shared not found beside the checkout: corpus tests need the shared corpus (see README)")
	}
}

// goldFile is one hand-checked gold file of ../shared/gold.
type goldFile struct {
	File     string `json:"file"`
	Document struct {
		Symbol  string `json:"symbol"`
		Adopted string `json:"adopted"`
	} `json:"document"`
	Citations []struct {
		Target   string `json:"target"`
		Relation string `json:"relation"`
	} `json:"citations"`
	Allowed []json.RawMessage `json:"allowed"`
}

// scoredNS is the namespace the gold scores: UN main-organ symbols.
var scoredNS = regexp.MustCompile(`^(A|S|E|T|ST)/`)

// normTarget normalises a target the way ../shared/gold/score.py does.
func normTarget(t string) string {
	t = strings.Join(strings.Fields(t), "")
	t = strings.NewReplacer("\u2011", "-", "\u2013", "-").Replace(t)
	return strings.ToUpper(t)
}

// score holds precision/recall counts.
type score struct {
	tp, fp, fn, relOK, relN, metaOK, metaN int
	misses                                 []string
	fam                                    map[string]*[3]int // tp, fp, fn per target family
}

// goldFamily names a target's family as score.py does.
func goldFamily(t string) string {
	for _, f := range [][2]string{{"A/HRC/RES/", "hrc-res"}, {"A/RES/", "ga-res"}, {"A/DEC/", "ga-dec"},
		{"S/RES/", "sc-res"}, {"E/RES/", "ecosoc"}, {"E/DEC/", "ecosoc"}, {"E/CN.4/RES/", "chr-res"}} {
		if strings.HasPrefix(t, f[0]) {
			return f[1]
		}
	}
	return "symbol"
}

// add scores one document against its gold, following score.py.
func (s *score) add(g goldFile, d *Document) {
	own := normTarget(g.Document.Symbol)
	gt := map[string]bool{}
	for _, c := range g.Citations {
		if t := normTarget(c.Target); scoredNS.MatchString(t) {
			gt[t] = true
		}
	}
	allowed := map[string]bool{}
	for _, a := range g.Allowed {
		var str string
		if json.Unmarshal(a, &str) != nil {
			var obj struct{ Target string }
			_ = json.Unmarshal(a, &obj)
			str = obj.Target
		}
		allowed[normTarget(str)] = true
	}
	pt := map[string]bool{}
	for _, c := range d.Citations {
		if t := normTarget(c.Target); scoredNS.MatchString(t) && t != own {
			pt[t] = true
		}
	}
	for t := range gt { // "A/73/12 (Part I)" may be given as the bare symbol
		if strings.Contains(t, "(") && !strings.Contains(t, "/RES/") {
			base := t[:strings.Index(t, "(")]
			if pt[base] && !pt[t] {
				delete(pt, base)
				pt[t] = true
			}
		}
	}
	if s.fam == nil {
		s.fam = map[string]*[3]int{}
	}
	fam := func(t string) *[3]int {
		f := goldFamily(t)
		if s.fam[f] == nil {
			s.fam[f] = &[3]int{}
		}
		return s.fam[f]
	}
	for t := range pt {
		switch {
		case gt[t]:
			s.tp++
			fam(t)[0]++
		case !allowed[t]:
			s.fp++
			fam(t)[1]++
			s.misses = append(s.misses, g.File+": extra "+t)
		}
	}
	for t := range gt {
		if !pt[t] {
			s.fn++
			fam(t)[2]++
			s.misses = append(s.misses, g.File+": missed "+t)
		}
	}
	pp := map[[2]string]bool{}
	for _, c := range d.Citations {
		pp[[2]string{normTarget(c.Target), strings.ToLower(strings.TrimSpace(c.Relation))}] = true
	}
	gp := map[[2]string]bool{}
	for _, c := range g.Citations {
		if t := normTarget(c.Target); gt[t] && pt[t] && c.Relation != "" {
			gp[[2]string{t, strings.ToLower(strings.TrimSpace(c.Relation))}] = true
		}
	}
	for k := range gp {
		s.relN++
		if pp[k] {
			s.relOK++
		} else {
			s.misses = append(s.misses, g.File+": relation missed "+k[0]+" "+k[1])
		}
	}
	for _, kv := range [][2]string{{g.Document.Symbol, d.Symbol}, {g.Document.Adopted, d.Adopted}} {
		if kv[0] != "" {
			s.metaN++
			if normTarget(kv[0]) == normTarget(kv[1]) {
				s.metaOK++
			}
		}
	}
}

// parseFile parses a corpus file.
func parseFile(t testing.TB, path string) *Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(filepath.Base(path), data)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return d
}

// TestGold scores extraction against the hand-checked gold of the text
// renderings in ../shared/gold, printing the figures per family, and fails
// on a drop of 0.01 from what was reached (1.000 on all four figures).
func TestGold(t *testing.T) {
	needShared(t)
	files, _ := filepath.Glob(filepath.Join(shared, "gold", "*.json"))
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
		src := filepath.Join(shared, "corpus", "dev", g.File)
		if strings.HasPrefix(filepath.Base(f), "seed") {
			src = filepath.Join(shared, "seeds", g.File)
		}
		s.add(g, parseFile(t, src))
	}
	p := float64(s.tp) / float64(max(s.tp+s.fp, 1))
	r := float64(s.tp) / float64(max(s.tp+s.fn, 1))
	rel := float64(s.relOK) / float64(max(s.relN, 1))
	meta := float64(s.metaOK) / float64(max(s.metaN, 1))
	t.Logf("gold: %d documents, precision=%.4f recall=%.4f relation=%.4f metadata=%.4f (tp=%d fp=%d fn=%d)",
		len(files), p, r, rel, meta, s.tp, s.fp, s.fn)
	sort.Strings(s.misses)
	for _, m := range s.misses {
		t.Log(m)
	}
	for _, f := range sortedKeys(s.fam) {
		c := s.fam[f]
		t.Logf("  %-8s tp=%4d fp=%3d fn=%3d P=%.3f R=%.3f", f, c[0], c[1], c[2],
			float64(c[0])/float64(max(c[0]+c[1], 1)), float64(c[0])/float64(max(c[0]+c[2], 1)))
	}
	// The figures reached are 1.000 on all four; a drop of 0.01 fails.
	if p < 0.99 || r < 0.99 || rel < 0.99 || meta < 0.99 {
		t.Errorf("below the bar: precision=%.4f (≥0.99) recall=%.4f (≥0.99) relation=%.4f (≥0.99) metadata=%.4f (≥0.99)", p, r, rel, meta)
	}
}

// targetSet returns the distinct scored targets of a document.
func targetSet(d *Document) []string {
	seen := map[string]bool{}
	for _, c := range d.Citations {
		if scoredNS.MatchString(c.Target) {
			seen[c.Target] = true
		}
	}
	out := make([]string, 0, len(seen))
	for t := range seen {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// TestRenderingsAgree checks that the renderings of one resolution (AKN
// text, cleaned PDF text, raw PDF text) give the same targets.
func TestRenderingsAgree(t *testing.T) {
	needShared(t)
	for _, set := range [][]string{
		{"A_RES_80_6.txt", "A_RES_80_6__railcar_pdftext.txt", "A_RES_80_6__railcar_pdftext_raw.txt"},
		{"A_RES_80_11.txt", "A_RES_80_11__railcar_pdftext.txt", "A_RES_80_11__railcar_pdftext_raw.txt"},
		{"A_RES_80_34.txt", "A_RES_80_34__railcar_pdftext.txt"},
		{"A_RES_80_9.txt", "A_RES_80_9__railcar_pdftext_raw.txt"},
	} {
		t.Run(set[0], func(t *testing.T) {
			want := strings.Join(targetSet(parseFile(t, filepath.Join(shared, "corpus", "dev", set[0]))), " ")
			for _, f := range set[1:] {
				got := strings.Join(targetSet(parseFile(t, filepath.Join(shared, "corpus", "dev", f))), " ")
				if got != want {
					t.Errorf("%s gives\n  %s\nbut %s gives\n  %s", f, got, set[0], want)
				}
			}
		})
	}
}

// TestSeed checks the document the project started from: its 24 cited
// documents, 32 target–relation pairs, and the dates of the recalled series.
func TestSeed(t *testing.T) {
	needShared(t)
	d := parseFile(t, filepath.Join(shared, "seeds", "000_f185a9db89c9077f.txt"))
	if d.Symbol != "A/RES/60/45" || d.Adopted != "2005-12-08" || d.Format != FormatMarkdown {
		t.Errorf("identity = %s %s %s, want A/RES/60/45 2005-12-08 markdown", d.Symbol, d.Adopted, d.Format)
	}
	targets, pairs := map[string]bool{}, map[string]bool{}
	dates := map[string]string{}
	for _, c := range d.Citations {
		targets[c.Target] = true
		pairs[c.Target+" "+c.Relation] = true
		if c.Date != "" {
			dates[c.Target] = c.Date
		}
	}
	if len(targets) != 24 || len(pairs) != 32 {
		t.Errorf("got %d targets and %d target-relation pairs, want 24 and 32", len(targets), len(pairs))
	}
	for target, date := range map[string]string{"A/RES/53/70": "1998-12-04", "A/RES/54/49": "1999-12-01", "A/RES/55/28": "2000-11-20",
		"A/RES/56/19": "2001-11-29", "A/RES/57/53": "2002-11-22", "A/RES/58/32": "2003-12-08", "A/RES/59/61": "2004-12-03"} {
		if dates[target] != date {
			t.Errorf("%s dated %q, want %s", target, dates[target], date)
		}
	}
}

// TestSpans checks, over the whole dev corpus, that every citation's text
// is the text at its span and its line and column are right.
func TestSpans(t *testing.T) {
	needShared(t)
	files, _ := filepath.Glob(filepath.Join(shared, "corpus", "dev", "*.txt"))
	for _, f := range files {
		d := parseFile(t, f)
		for _, c := range d.Citations {
			checkSpan(t, f, d.Text, c)
		}
	}
}

// checkSpan verifies one citation's span against the text.
func checkSpan(t *testing.T, name, text string, c Citation) {
	t.Helper()
	sp := c.Span
	if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End || text[sp.Start:sp.End] != c.Text {
		t.Fatalf("%s: span %+v does not hold %q", name, sp, c.Text)
	}
	line := 1 + strings.Count(text[:sp.Start], "\n")
	col := sp.Start - strings.LastIndexByte(text[:sp.Start], '\n')
	if line != sp.Line || col != sp.Col {
		t.Fatalf("%s: %q at %d:%d, span says %d:%d", name, c.Text, line, col, sp.Line, sp.Col)
	}
}
