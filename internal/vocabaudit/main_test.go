package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/recital-un/recital/parser"
)

func para(loc parser.Location, num int, rel string, words ...string) paragraph {
	return paragraph{parser.Paragraph{Location: loc, Number: num, Relation: rel, Words: words}, 1}
}

// TestAlign pairs preambular paragraphs by position and operative ones by
// number, and nothing of a part whose counts differ.
func TestAlign(t *testing.T) {
	fr := []paragraph{
		para(parser.LocPreamble, 1, "recalling", "rappelant"),
		para(parser.LocPreamble, 2, "stressing", "soulignant"),
		para(parser.LocOperative, 1, "decides", "décide"),
		para(parser.LocOperative, 2, "stresses", "souligne"),
	}
	en := []paragraph{
		para(parser.LocPreamble, 1, "recalling", "recalling"),
		para(parser.LocPreamble, 2, "emphasizing", "emphasizing"),
		para(parser.LocOperative, 1, "decides", "decides"),
		para(parser.LocOperative, 2, "underlines", "underlines"),
	}
	got := align(fr, en)
	if len(got) != 4 || got[1][1].Relation != "emphasizing" || got[3][0].Words[0] != "souligne" || got[3][1].Relation != "underlines" {
		t.Fatalf("align = %+v", got)
	}
	// One more preambular paragraph in English: the preamble is left out,
	// the operative part still pairs.
	got = align(fr, append([]paragraph{para(parser.LocPreamble, 0, "", "x")}, en...))
	if len(got) != 2 || got[0][0].Location != parser.LocOperative {
		t.Fatalf("align with a shifted preamble = %+v", got)
	}
}

// TestFindings reports an opening the tables lack, one they answer
// otherwise, and nothing for a longer opening that agrees with its
// shorter one or stands in too few documents.
func TestFindings(t *testing.T) {
	counts := map[string]*tally{}
	add := func(words, table, english string, docs ...string) {
		tl := counts[words]
		if tl == nil {
			tl = &tally{relations: map[string]int{}, vocab: map[string]int{}, docs: map[string]bool{}}
			counts[words] = tl
		}
		for _, d := range docs {
			tl.relations[english]++
			tl.vocab[table]++
			tl.docs[d] = true
		}
	}
	add("se réjouit", "", "welcomes", "a", "b", "c", "d")
	add("demande", "calls upon", "calls upon", "a", "b", "c", "d")
	add("demande de", "calls upon", "reiterates", "a", "b", "c", "d")
	add("demande de nouveau", "calls upon", "reiterates", "a", "b", "c", "d")
	add("soumet", "", "commends", "a") // too few documents
	unknown, disagree := findings(counts, settings{minDocs: 3, share: 0.5})
	if len(unknown) != 1 || unknown[0].words != "se réjouit" || unknown[0].english != "welcomes" {
		t.Errorf("unknown = %+v", unknown)
	}
	if len(disagree) != 1 || disagree[0].words != "demande de" || disagree[0].table != "calls upon" {
		t.Errorf("disagree = %+v", disagree)
	}
}

// agreementFloors are the shares of citations whose relation agreed with
// the English version's when the tables were last audited, less 0.005: a
// change of the tables that falls below fails TestRunShared.
var agreementFloors = map[string]float64{"fr": 0.923, "es": 0.980}

// TestRunShared runs the audit on the shared corpus and holds the
// agreement of the French and Spanish relations with the English ones.
func TestRunShared(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "corpus", "fr")); err != nil {
		t.Skip("../shared/corpus/fr not found: the audit of the verb tables needs the French and Spanish corpus")
	}
	if testing.Short() {
		t.Skip("reads 2,600 pairs of documents")
	}
	var b strings.Builder
	if err := run(&b, shared, settings{minDocs: 4, share: 0.5, cited: true}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"-- unknown", "-- disagree"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
	for lang, floor := range agreementFloors {
		var share float64
		for _, line := range strings.Split(b.String(), "\n") {
			if strings.HasPrefix(line, "== "+lang+": ") {
				i := strings.LastIndex(line, "(")
				if _, err := fmt.Sscanf(line[i:], "(%f)", &share); err != nil {
					t.Fatalf("%s: %v", line, err)
				}
				t.Log(line)
			}
		}
		if share < floor {
			t.Errorf("%s: relations agree with the English version's in %.4f of citations, below %.3f", lang, share, floor)
		}
	}
}
