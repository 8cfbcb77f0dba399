package serve

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// get runs a GET on the handler and returns the recorder.
func get(t *testing.T, h http.Handler, target string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
	return rec
}

// getJSON runs a GET, checks the status and decodes the answer into v.
func getJSON(t *testing.T, h http.Handler, target string, status int, v any) {
	t.Helper()
	rec := get(t, h, target)
	if rec.Code != status {
		t.Fatalf("GET %s: status %d, want %d; body %s", target, rec.Code, status, rec.Body)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("GET %s: Content-Type %q", target, ct)
	}
	if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
		t.Fatalf("GET %s: %v in %s", target, err, rec.Body)
	}
}

func TestSearch(t *testing.T) {
	s := newFixtureServer(t)
	for _, tc := range []struct {
		name, q, kind string
		want          []string
	}{
		{"bare GA number", "60/45", "symbol", []string{"A/RES/60/45"}},
		{"full symbol", "A/RES/59/61", "symbol", []string{"A/RES/59/61"}},
		{"SC as people write it", "S/RES/1373 (2001)", "symbol", []string{"S/RES/1373(2001)"}},
		{"SC number and year", "1373 (2001)", "symbol", []string{"S/RES/1373(2001)"}},
		{"words of a title, most cited first", "information TELECOMMUNICATIONS", "words", []string{"A/RES/59/61", "A/RES/60/45"}},
		{"words found nowhere", "zanzibar", "words", nil},
		{"expression", "citedby(58/32) & year(2005)", "expression", []string{"A/RES/60/45"}},
		{"symbol not in the graph", "1514 (XV)", "symbol", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var res searchJSON
			getJSON(t, s, "/api/search?q="+url.QueryEscape(tc.q), 200, &res)
			var got []string
			for _, n := range res.Results {
				got = append(got, n.ID)
			}
			if res.Kind != tc.kind || !slices.Equal(got, tc.want) {
				t.Errorf("search %q = %s %v, want %s %v (notes %v)", tc.q, res.Kind, got, tc.kind, tc.want, res.Notes)
			}
		})
	}
	var e errorJSON
	getJSON(t, s, "/api/search?q=", 400, &e)
	if !strings.Contains(e.Error, `missing parameter "q"`) {
		t.Errorf("empty search: %q", e.Error)
	}
	var bad searchJSON
	getJSON(t, s, "/api/search?q="+url.QueryEscape("citedby(60/45"), 200, &bad)
	if bad.Total != 0 || len(bad.Notes) == 0 || !strings.Contains(bad.Notes[len(bad.Notes)-1], "^") {
		t.Errorf("a broken expression should say where it breaks: %+v", bad)
	}
}

func TestDoc(t *testing.T) {
	s := newFixtureServer(t)
	var d docJSON
	getJSON(t, s, "/api/doc?id=60/45", 200, &d)
	if d.ID != "A/RES/60/45" || d.Date != "2005-12-08" || d.Body != "GA" || !d.InCorpus || d.Source != "a.txt" || d.Cites != 3 || d.CitedBy != 1 {
		t.Errorf("doc 60/45 = %+v", d)
	}
	if d.Languages["fr"] != "https://undocs.org/fr/A/RES/60/45" || len(d.Languages) != 6 {
		t.Errorf("languages = %v", d.Languages)
	}
	for _, tc := range []struct {
		target string
		status int
		msg    string
	}{
		{"/api/doc?id=61/1", 404, "A/RES/61/1 is not in the fixture graph"},
		{"/api/doc?id=hello", 400, `id: "hello" is not a resolution number`},
		{"/api/doc", 400, `missing parameter "id"`},
	} {
		var e errorJSON
		getJSON(t, s, tc.target, tc.status, &e)
		if !strings.Contains(e.Error, tc.msg) {
			t.Errorf("%s: error %q, want it to hold %q", tc.target, e.Error, tc.msg)
		}
	}
}

func TestView(t *testing.T) {
	s := newFixtureServer(t)
	var v viewJSON
	getJSON(t, s, "/api/view?id=60/45&up=1&down=1", 200, &v)
	var got []string
	for _, n := range v.Nodes {
		got = append(got, n.Side+":"+n.ID)
	}
	want := []string{"root:A/RES/60/45", "lineage:A/RES/58/32", "lineage:A/RES/59/61", "lineage:A/60/202", "cited-by:A/RES/99/1"}
	if !slices.Equal(got, want) {
		t.Errorf("view nodes = %v\nwant %v", got, want)
	}
	var edges []string
	for _, e := range v.Edges {
		edges = append(edges, e.From+">"+e.To+":"+e.Family)
	}
	wantEdges := []string{"A/RES/59/61>A/RES/58/32:recalling", "A/RES/60/45>A/60/202:taking note", "A/RES/60/45>A/RES/58/32:reaffirming",
		"A/RES/60/45>A/RES/59/61:recalling", "A/RES/99/1>A/RES/59/61:reaffirming", "A/RES/99/1>A/RES/60/45:recalling"}
	if !slices.Equal(edges, wantEdges) {
		t.Errorf("view edges = %v\nwant %v", edges, wantEdges)
	}
	first := get(t, s, "/api/view?id=60/45").Body.String()
	for range 5 {
		if again := get(t, s, "/api/view?id=60/45").Body.String(); again != first {
			t.Fatal("the same view gave different bytes")
		}
	}
	var e errorJSON
	getJSON(t, s, "/api/view?id=60/45&up=-1", 400, &e)
	getJSON(t, s, "/api/view?id=60/45&down=x", 400, &e)
}

func TestExpand(t *testing.T) {
	s := newFixtureServer(t)
	var v viewJSON
	getJSON(t, s, "/api/expand?id=59/61&dir=lineage&gen=1", 200, &v)
	if len(v.Nodes) != 2 || v.Nodes[0].ID != "A/RES/58/32" || v.Nodes[0].Gen != 2 || v.Nodes[1].ID != "S/RES/1373(2001)" {
		t.Errorf("expand 59/61 = %+v", v.Nodes)
	}
	getJSON(t, s, "/api/expand?id=59/61&dir=cited-by", 200, &v)
	if len(v.Nodes) != 2 || v.Nodes[0].Side != "cited-by" {
		t.Errorf("citers of 59/61 = %+v", v.Nodes)
	}
	var e errorJSON
	getJSON(t, s, "/api/expand?id=59/61&dir=sideways", 400, &e)
}

func TestCitationsAndQuotes(t *testing.T) {
	s := newFixtureServer(t)
	var c citationsJSON
	getJSON(t, s, "/api/citations?id=60/45", 200, &c)
	if len(c.Cites) != 3 || len(c.CitedBy) != 1 || c.CitedBy[0].From != "A/RES/99/1" || c.CitedBy[0].Other.Title != xssTitle {
		t.Fatalf("citations of 60/45 = %+v", c)
	}
	o := c.Cites[len(c.Cites)-1].Occurrences[0]
	if c.Cites[len(c.Cites)-1].To != "A/60/202" || o.Relation != "noting" || o.Location != "preamble" || o.Paragraph != 2 || o.Line != 13 {
		t.Errorf("last citation of 60/45 = %+v %+v", c.Cites[len(c.Cites)-1].edgeJSON, o)
	}
	var q quoteJSON
	getJSON(t, s, "/api/quote?from=99/1&to=60/45&i=0", 200, &q)
	if want := "Recalling its resolution 60/45 of 8 December 2005 <img src=x onerror=alert(2)>,"; q.Sentence != want {
		t.Errorf("quote = %q, want %q", q.Sentence, want)
	}
	rec := get(t, s, "/api/quote?from=99/1&to=60/45&i=0")
	if strings.Contains(rec.Body.String(), "<img") {
		t.Errorf("the JSON answer holds raw markup: %s", rec.Body)
	}
	var e errorJSON
	getJSON(t, s, "/api/quote?from=99/1&to=60/45&i=7", 400, &e)
	getJSON(t, s, "/api/quote?from=58/32&to=60/45&i=0", 404, &e)

	// Without the source files, the answer says why there is no quote.
	ix := s.ix
	bare, err := New(Config{Index: ix})
	if err != nil {
		t.Fatal(err)
	}
	getJSON(t, bare, "/api/quote?from=60/45&to=59/61&i=0", 200, &q)
	if q.Sentence != "" || !strings.Contains(q.Reason, "--source-dir") {
		t.Errorf("quote without sources = %+v", q)
	}
}

func TestPath(t *testing.T) {
	s := newFixtureServer(t)
	var p pathJSON
	getJSON(t, s, "/api/path?from=99/1&to=58/32", 200, &p)
	if !p.Found || p.Reversed || len(p.Nodes) != 3 || len(p.Edges) != 2 {
		t.Errorf("path 99/1 → 58/32 = %+v", p)
	}
	getJSON(t, s, "/api/path?from=58/32&to=99/1", 200, &p)
	if !p.Found || !p.Reversed {
		t.Errorf("path 58/32 → 99/1 should run the other way: %+v", p)
	}
	getJSON(t, s, "/api/path?from=A/60/202&to=S/RES/1373(2001)", 200, &p)
	if p.Found {
		t.Errorf("path between unjoined documents = %+v", p)
	}
}

// postExport posts the export form and returns the recorder.
func postExport(t *testing.T, h http.Handler, form url.Values) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest("POST", "/api/export", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestExport(t *testing.T) {
	s := newFixtureServer(t)
	view := url.Values{"root": {"60/45"}, "nodes": {"A/RES/60/45\nA/RES/59/61\nA/RES/58/32\nA/RES/99/1"}}
	with := func(format string) url.Values {
		v := url.Values{"format": {format}}
		for k, x := range view {
			v[k] = x
		}
		return v
	}

	rec := postExport(t, s, with("bibtex"))
	if rec.Code != 200 || rec.Header().Get("Content-Disposition") != `attachment; filename="recital-A-RES-60-45.bib"` {
		t.Fatalf("bibtex: %d %v %s", rec.Code, rec.Header(), rec.Body)
	}
	for _, key := range []string{"ARES60_45", "ARES59_61", "ARES58_32", "ARES99_1"} {
		if !strings.Contains(rec.Body.String(), key) {
			t.Errorf("bibtex lacks %s:\n%s", key, rec.Body)
		}
	}
	if strings.Contains(rec.Body.String(), "A/60/202") {
		t.Errorf("bibtex holds a document not in the view:\n%s", rec.Body)
	}
	if again := postExport(t, s, with("bibtex")); !bytes.Equal(again.Body.Bytes(), rec.Body.Bytes()) {
		t.Error("the same view exported twice gave different bytes")
	}

	rec = postExport(t, s, with("csl-json"))
	var items []map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &items); err != nil || len(items) != 4 {
		t.Errorf("csl-json: %v, %d items", err, len(items))
	}

	rec = postExport(t, s, with("vault"))
	zr, err := zip.NewReader(bytes.NewReader(rec.Body.Bytes()), int64(rec.Body.Len()))
	if err != nil {
		t.Fatalf("vault: %v", err)
	}
	var quoted bool
	for _, f := range zr.File {
		if strings.Contains(f.Name, "..") || strings.HasPrefix(f.Name, "/") {
			t.Errorf("vault file %q leaves its folder", f.Name)
		}
		r, _ := f.Open()
		b, _ := io.ReadAll(r)
		quoted = quoted || strings.Contains(string(b), "Recalling its resolution 59/61")
	}
	if len(zr.File) < 5 || !quoted {
		t.Errorf("vault: %d files, quoted %v", len(zr.File), quoted)
	}

	for _, tc := range []struct {
		name   string
		form   url.Values
		status int
		msg    string
	}{
		{"unknown format", url.Values{"format": {"pdf"}, "root": {"60/45"}}, 400, `unknown format "pdf"`},
		{"unknown node", url.Values{"format": {"json"}, "root": {"60/45"}, "nodes": {"A/RES/1/1"}}, 400, "A/RES/1/1 is not in the fixture graph"},
		{"node not joined", url.Values{"format": {"json"}, "root": {"60/45"}, "nodes": {"S/RES/1373(2001)"}}, 400, "1 documents are not joined"},
		{"no root", url.Values{"format": {"json"}}, 400, `missing parameter "root"`},
	} {
		rec := postExport(t, s, tc.form)
		var e errorJSON
		json.Unmarshal(rec.Body.Bytes(), &e)
		if rec.Code != tc.status || !strings.Contains(e.Error, tc.msg) {
			t.Errorf("%s: %d %s, want %d and %q", tc.name, rec.Code, rec.Body, tc.status, tc.msg)
		}
	}
}

func TestExportSVG(t *testing.T) {
	if testing.Short() {
		t.Skip("Graphviz layout in -short mode")
	}
	s := newFixtureServer(t)
	rec := postExport(t, s, url.Values{"format": {"svg"}, "root": {"60/45"}, "nodes": {"A/RES/60/45 A/RES/99/1"}})
	body := rec.Body.String()
	if rec.Code != 200 || !strings.Contains(body, "<svg") || !strings.Contains(rec.Header().Get("Content-Type"), "svg") {
		t.Fatalf("svg: %d %s", rec.Code, body[:min(len(body), 300)])
	}
	if strings.Contains(body, "<script") {
		t.Error("the SVG holds the hostile title unescaped")
	}
}

func TestBoundedBody(t *testing.T) {
	s := newFixtureServer(t)
	big := url.Values{"format": {"json"}, "root": {"60/45"}, "nodes": {strings.Repeat("A/RES/60/45\n", maxBody/8)}}
	rec := postExport(t, s, big)
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("a %d-byte body: status %d %s", len(big.Encode()), rec.Code, rec.Body)
	}
}

func TestSecurityHeaders(t *testing.T) {
	s := newFixtureServer(t)
	for _, target := range []string{"/", "/assets/app.js", "/api/info", "/api/doc?id=nothing", "/nowhere"} {
		rec := get(t, s, target)
		csp := rec.Header().Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
			t.Errorf("%s: CSP %q", target, csp)
		}
		if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no nosniff", target)
		}
	}
}

func TestIndexHasNoInlineScript(t *testing.T) {
	s := newFixtureServer(t)
	rec := get(t, s, "/")
	if rec.Code != 200 {
		t.Fatalf("GET /: %d", rec.Code)
	}
	page := rec.Body.String()
	scripts := regexp.MustCompile(`(?is)<script([^>]*)>(.*?)</script>`).FindAllStringSubmatch(page, -1)
	if len(scripts) == 0 {
		t.Fatal("no script tags: the page cannot work")
	}
	for _, m := range scripts {
		if !strings.Contains(m[1], `src="/assets/`) || strings.TrimSpace(m[2]) != "" {
			t.Errorf("inline or foreign script: %s", m[0])
		}
	}
	if m := regexp.MustCompile(`(?i)\s(on[a-z]+|style)=`).FindString(page); m != "" {
		t.Errorf("inline handler or style attribute: %q", m)
	}
	if strings.Contains(page, "http://") || strings.Contains(page, "https://") {
		t.Error("the page refers to another origin")
	}
}

func TestNoPathTraversal(t *testing.T) {
	s := newFixtureServer(t)
	for _, target := range []string{
		"/assets/../server.go", "/assets/..%2fserver.go", "/assets/%2e%2e/%2e%2e/go.mod", "/assets/vendor/../../server.go",
		"/../../../etc/passwd", "/assets//etc/passwd", "/assets/..\\server.go", "/server.go", "/assets/assets/app.js",
	} {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("GET", "/", nil)
		req.URL = &url.URL{Path: strings.ReplaceAll(target, "%2f", "/"), RawPath: target}
		if u, err := url.Parse(target); err == nil {
			req.URL = u
		}
		s.ServeHTTP(rec, req)
		body := rec.Body.String()
		if rec.Code == 200 && !strings.HasPrefix(target, "/assets/vendor") || strings.Contains(body, "package serve") || strings.Contains(body, "root:") || strings.Contains(body, "module github.com") {
			t.Errorf("GET %s: %d %.80q", target, rec.Code, body)
		}
	}
}

func TestReadOnly(t *testing.T) {
	s := newFixtureServer(t)
	for _, m := range []string{"POST", "PUT", "DELETE", "PATCH"} {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest(m, "/api/doc?id=60/45", nil))
		if rec.Code != http.StatusMethodNotAllowed {
			t.Errorf("%s /api/doc: %d", m, rec.Code)
		}
	}
}

func TestHostAndOrigin(t *testing.T) {
	s := newFixtureServer(t, LoopbackHosts("7337")...)
	for _, tc := range []struct {
		host   string
		status int
	}{{"127.0.0.1:7337", 200}, {"localhost:7337", 200}, {"[::1]:7337", 200}, {"evil.example:7337", 421}, {"127.0.0.1:80", 421}} {
		req := httptest.NewRequest("GET", "/api/info", nil)
		req.Host = tc.host
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code != tc.status {
			t.Errorf("Host %s: %d, want %d", tc.host, rec.Code, tc.status)
		}
	}
	req := httptest.NewRequest("POST", "/api/export", strings.NewReader("format=json&root=60/45"))
	req.Host = "127.0.0.1:7337"
	req.Header.Set("Origin", "http://evil.example")
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	if rec.Code != http.StatusForbidden {
		t.Errorf("cross-origin export: %d", rec.Code)
	}
}

func TestIsLoopback(t *testing.T) {
	for _, tc := range []struct {
		addr string
		want bool
	}{{"127.0.0.1:7337", true}, {"localhost:0", true}, {"[::1]:80", true}, {"127.8.0.1:1", true}, {"0.0.0.0:7337", false}, {":7337", false}, {"192.168.1.4:80", false}, {"example.org:80", false}} {
		got, err := IsLoopback(tc.addr)
		if err != nil || got != tc.want {
			t.Errorf("IsLoopback(%q) = %v, %v; want %v", tc.addr, got, err, tc.want)
		}
	}
	if _, err := IsLoopback("7337"); err == nil {
		t.Error("IsLoopback(7337) should fail: no port")
	}
}

func TestSlowClient(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := ListenConfig(ln.Addr().String(), newFixtureServer(t), Timeouts{Header: 300 * time.Millisecond, Read: time.Second, Write: time.Second, Idle: time.Second}, log.New(io.Discard, "", 0))
	go hs.Serve(ln)
	t.Cleanup(func() { hs.Close() })

	// A client that sends half its headers and waits is cut off…
	slow, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer slow.Close()
	io.WriteString(slow, "GET /api/info HTTP/1.1\r\nHost: x\r\n")
	start := time.Now()
	slow.SetReadDeadline(time.Now().Add(5 * time.Second))
	io.ReadAll(slow)
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("the slow client held its connection for %v", d)
	}
	// …while other clients are answered meanwhile.
	resp, err := http.Get("http://" + ln.Addr().String() + "/api/info")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("GET /api/info beside a slow client: %v %v", resp, err)
	}
	resp.Body.Close()
	if DefaultTimeouts.Header == 0 || DefaultTimeouts.Read == 0 || DefaultTimeouts.Write == 0 || DefaultTimeouts.Idle == 0 {
		t.Errorf("a default timeout is missing: %+v", DefaultTimeouts)
	}
}
