package serve

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/query"
)

//go:embed assets
var assets embed.FS

// maxBody bounds the body of a request, in bytes: only /api/export reads
// one, a form naming the documents of a view.
const maxBody = 1 << 20

// Config says what a Server serves.
type Config struct {
	// Index is the graph, prepared for queries, with the facts (titles,
	// dates, agenda items) that fill its gaps. Its Name says in messages
	// which graph it is.
	Index *query.Index
	// ReadSource reads a source file as the graph records it (Node.Source,
	// Occurrence.Source), so that citations can be quoted. nil: no quotes.
	ReadSource func(source string) ([]byte, error)
	// Hosts are the Host header values accepted ("127.0.0.1:7337",
	// "localhost:7337"); empty accepts any, for tests and for a server
	// deliberately open to the network.
	Hosts []string
	// Log receives internal errors; nil discards them.
	Log *log.Logger
}

// Server answers the explorer's pages and JSON endpoints.
type Server struct {
	ix     *query.Index
	g      *graph.Graph
	read   func(string) ([]byte, error)
	hosts  map[string]bool
	log    *log.Logger
	mux    *http.ServeMux
	quotes *quoteCache

	renderMu sync.Mutex // Graphviz must not render concurrently
}

// New returns a Server for cfg.
func New(cfg Config) (*Server, error) {
	if cfg.Index == nil {
		return nil, errors.New("serve: no graph")
	}
	s := &Server{ix: cfg.Index, g: cfg.Index.Graph(), read: cfg.ReadSource, log: cfg.Log, quotes: newQuoteCache(4096)}
	if len(cfg.Hosts) > 0 {
		s.hosts = make(map[string]bool)
		for _, h := range cfg.Hosts {
			s.hosts[strings.ToLower(h)] = true
		}
	}
	static, err := fs.Sub(assets, "assets")
	if err != nil {
		return nil, err
	}
	s.routes(static)
	return s, nil
}

// routes registers every page and endpoint.
func (s *Server) routes(static fs.FS) {
	s.mux = http.NewServeMux()
	files := withETags(static, http.FileServerFS(static))
	s.mux.Handle("GET /assets/", http.StripPrefix("/assets/", files))
	s.mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		r2 := r.Clone(r.Context())
		r2.URL.Path = "/"
		files.ServeHTTP(w, r2)
	})
	s.mux.HandleFunc("GET /api/info", s.handleInfo)
	s.mux.HandleFunc("GET /api/search", s.handleSearch)
	s.mux.HandleFunc("GET /api/doc", s.handleDoc)
	s.mux.HandleFunc("GET /api/view", s.handleView)
	s.mux.HandleFunc("GET /api/expand", s.handleExpand)
	s.mux.HandleFunc("GET /api/citations", s.handleCitations)
	s.mux.HandleFunc("GET /api/quote", s.handleQuote)
	s.mux.HandleFunc("GET /api/path", s.handlePath)
	s.mux.HandleFunc("POST /api/export", s.handleExport)
}

// withETags serves files with an ETag made from their content and asks
// browsers to revalidate, so that a page opened again reuses the scripts
// it has (and their compiled code) with a 304 answer.
func withETags(static fs.FS, files http.Handler) http.Handler {
	tags := map[string]string{}
	fs.WalkDir(static, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(static, p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		tags["/"+p] = `"` + hex.EncodeToString(sum[:12]) + `"`
		return nil
	})
	tags["/"] = tags["/index.html"]
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		if !strings.HasPrefix(p, "/") {
			p = "/" + p
		}
		if tag, ok := tags[p]; ok {
			w.Header().Set("ETag", tag)
			w.Header().Set("Cache-Control", "no-cache")
		}
		files.ServeHTTP(w, r)
	})
}

// ServeHTTP checks the request's host and method, sets the security
// headers and dispatches.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("X-Frame-Options", "DENY")
	if s.hosts != nil && !s.hosts[strings.ToLower(r.Host)] {
		writeError(w, http.StatusMisdirectedRequest, fmt.Sprintf("this server answers requests for %s only, not for host %q", firstHost(s.hosts), r.Host))
		return
	}
	if r.Method == http.MethodPost && !sameOrigin(r) {
		writeError(w, http.StatusForbidden, "cross-origin request refused")
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	s.mux.ServeHTTP(w, r)
}

// sameOrigin reports whether a request comes from a page of this server:
// its Origin header, when a browser sends one, names the same host.
func sameOrigin(r *http.Request) bool {
	o := r.Header.Get("Origin")
	if o == "" {
		return true
	}
	return o == "http://"+r.Host
}

// firstHost names one accepted host, for messages.
func firstHost(hosts map[string]bool) string {
	best := ""
	for h := range hosts {
		if best == "" || h < best {
			best = h
		}
	}
	return best
}

// Timeouts bound how long a client may hold a connection.
type Timeouts struct {
	Header time.Duration // to send the request's headers
	Read   time.Duration // to send the whole request
	Write  time.Duration // for the answer to be written
	Idle   time.Duration // between requests on a kept-alive connection
}

// DefaultTimeouts are those of 'recital serve': headers within 5 seconds,
// the whole request within 20, the answer within 2 minutes (a large SVG
// takes a while to lay out), idle connections closed after a minute.
var DefaultTimeouts = Timeouts{Header: 5 * time.Second, Read: 20 * time.Second, Write: 2 * time.Minute, Idle: time.Minute}

// ListenConfig returns an http.Server for h with timeouts t and a bound on
// header size, so that a slow or idle client cannot hold a connection.
func ListenConfig(addr string, h http.Handler, t Timeouts, errLog *log.Logger) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: t.Header,
		ReadTimeout:       t.Read,
		WriteTimeout:      t.Write,
		IdleTimeout:       t.Idle,
		MaxHeaderBytes:    32 << 10,
		ErrorLog:          errLog,
	}
}

// IsLoopback reports whether addr (host:port) listens on the loopback
// interface only: 127.0.0.0/8, ::1 or localhost.
func IsLoopback(addr string) (bool, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false, err
	}
	if host == "localhost" {
		return true, nil
	}
	ip := net.ParseIP(host)
	if ip == nil {
		return false, nil
	}
	return ip.IsLoopback(), nil
}

// LoopbackHosts returns the Host header values a browser sends to a
// loopback listener on port: the address itself, localhost and the IPv4
// and IPv6 loopback addresses.
func LoopbackHosts(port string) []string {
	return []string{"127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port}
}

// errorJSON is the body of every error answer.
type errorJSON struct {
	Error string `json:"error"`
}

// writeError answers with a status and a JSON error message.
func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSONStatus(w, status, errorJSON{Error: msg})
}

// writeJSON answers 200 with v as JSON.
func writeJSON(w http.ResponseWriter, v any) { writeJSONStatus(w, http.StatusOK, v) }

// writeJSONStatus answers with a status and v as indented JSON.
func writeJSONStatus(w http.ResponseWriter, status int, v any) {
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"error": "could not encode the answer"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// logf records an internal error.
func (s *Server) logf(format string, args ...any) {
	if s.log != nil {
		s.log.Printf(format, args...)
	}
}
