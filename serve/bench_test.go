package serve

import (
	"net/http/httptest"
	"net/url"
	"testing"

	"github.com/recital-un/recital/data"
	"github.com/recital-un/recital/meta"
	"github.com/recital-un/recital/query"
)

// defaultHandler serves the embedded default graph, without quotes.
func defaultHandler(b *testing.B) *Server {
	b.Helper()
	g, err := data.Default()
	if err != nil {
		b.Fatal(err)
	}
	m, err := meta.Default()
	if err != nil {
		b.Fatal(err)
	}
	s, err := New(Config{Index: query.NewIndex(g, metaFacts{m})})
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// benchGet measures one GET on the default graph.
func benchGet(b *testing.B, target string) {
	s := defaultHandler(b)
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
		if rec.Code != 200 {
			b.Fatalf("GET %s: %d %s", target, rec.Code, rec.Body)
		}
		b.SetBytes(int64(rec.Body.Len()))
	}
}

// The hub's page asks for these two.
func BenchmarkViewHub(b *testing.B) { benchGet(b, "/api/view?id="+url.QueryEscape("1514 (XV)")) }
func BenchmarkCitationsHub(b *testing.B) {
	benchGet(b, "/api/citations?id="+url.QueryEscape("1514 (XV)"))
}

func BenchmarkView6045(b *testing.B) { benchGet(b, "/api/view?id=60/45") }

func BenchmarkSearchWords(b *testing.B) {
	benchGet(b, "/api/search?q="+url.QueryEscape("information telecommunications security"))
}
