package parser

import (
	"os"
	"path/filepath"
	"testing"
)

// devTexts reads the dev texts for the layout benchmarks, with the
// language of each as extract detects it.
func devTexts(b *testing.B) (texts, langs []string, total int) {
	needShared(b)
	files, _ := filepath.Glob(filepath.Join(shared, "corpus", "dev", "*.txt"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		langs = append(langs, detectLanguage(string(data)))
		total += len(data)
	}
	return texts, langs, total
}

// BenchmarkLayout measures the layout stage alone over the dev texts:
// buildLayoutWith and readIdentity, the part of a parse before the
// citations are scanned.
func BenchmarkLayout(b *testing.B) {
	texts, langs, total := devTexts(b)
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, t := range texts {
			l := buildLayoutWith(t, nil, langs[k])
			readIdentity(&Document{Source: "bench"}, l)
		}
	}
}

// BenchmarkDetectLanguage measures language detection over the dev texts.
func BenchmarkDetectLanguage(b *testing.B) {
	texts, _, total := devTexts(b)
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			detectLanguage(t)
		}
	}
}
