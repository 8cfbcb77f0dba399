package parser

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/golden")

// TestGoldenJSON compares the extract JSON of a few real documents, one of
// each rendering, with golden files. Run with -update after a deliberate
// change and review the diff.
func TestGoldenJSON(t *testing.T) {
	needShared(t)
	for name, src := range map[string]string{
		"seed_A_RES_60_45":            "seeds/000_f185a9db89c9077f.txt",
		"A_RES_74_243_akn":            "corpus/dev/xml/74_243.xml",
		"A_RES_80_6_pdf_raw":          "corpus/dev/A_RES_80_6__railcar_pdftext_raw.txt",
		"A_RES_80_39_pdf_clean":       "corpus/dev/A_RES_80_39.txt",
		"S_RES_84_1950_ocr":           "corpus/dev/S_RES_84_1950.txt",
		"S_RES_1454_2002_ocr_annex":   "corpus/dev/S_RES_1454_2002.txt",
		"E_RES_2023_11_ecosoc":        "corpus/dev/E_RES_2023_11.txt",
		"A_RES_79_93_A-B_multipart":   "corpus/dev/A_RES_79_93_A-B.txt",
		"A_RES_70_299_docx_rendering": "corpus/dev/A_RES_70_299.txt",
	} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(shared, src))
			if err != nil {
				t.Fatal(err)
			}
			d, err := Parse(filepath.Base(src), data)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(d, "", " ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./parser -run GoldenJSON -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s; run with -update and review the diff", src, path)
			}
		})
	}
}
