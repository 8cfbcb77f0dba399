package cmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/recital-un/recital/data"
	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/serve"
)

// defaultAddr is where recital serve listens unless told otherwise.
const defaultAddr = "127.0.0.1:7337"

// serveOptions holds the flags of `recital serve`.
type serveOptions struct {
	IO          *IOStreams
	Source      source
	Addr        string
	Open        bool
	AllowRemote bool
	SourceDir   string
	Ref         string // the document --open shows first; "" for the home page

	// ready, when set, receives the address served once it listens;
	// stop, when set, ends the server when closed (tests).
	ready chan<- string
	stop  <-chan struct{}
}

// newServeCmd builds `recital serve`.
func newServeCmd(ios *IOStreams) *cobra.Command {
	opts := &serveOptions{IO: ios}
	c := &cobra.Command{
		Use:   "serve [X] [--store S] [--addr 127.0.0.1:7337] [--open]",
		Short: "Explore the citation graph in a browser",
		Long: `Serve starts a local explorer for the citation graph: search documents by
symbol (1514 (XV), 60/45, S/RES/2231 (2015)), by words of a title or with a
query expression; open a document to see its facts, its lineage and its
citers as an interactive graph (click a document to show or fold its next
generation; filter by relation, body and years; timeline or layered
layout), every citation with its relation, place, date and citing
sentence; find a chain between two documents; export what is shown as
SVG, BibTeX, CSL-JSON, a Markdown vault (zip), GraphML or JSON.

Everything the page needs is inside the binary: it works offline. The
server is read-only and listens on the loopback interface; listening on
another address needs --allow-remote, and then anyone who can reach it
can read the graph. The JSON endpoints are described in docs/serve.md.

Citing sentences are quoted from the source files the graph was built
from, read relative to --source-dir (default: the current folder; for the
embedded default graph, ../shared when it is there).

With --open, the browser opens at document X (written as people write it),
else at the search page; on the embedded default graph, at 60/45, the
document Recital started from.

Stop it with Ctrl-C. Exit status: 0 when stopped, 1 when it cannot
listen, 2 for a usage error, 3 when X is not in the graph.`,
		Example: `  recital serve --open
  recital serve '1514 (XV)' --open
  recital serve --store un.store --addr 127.0.0.1:8080
  recital serve --addr 0.0.0.0:7337 --allow-remote`,
		RunE: func(c *cobra.Command, args []string) error {
			opts.Ref = strings.Join(args, " ")
			if err := checkServe(opts); err != nil {
				return err
			}
			return runServe(opts)
		},
	}
	c.Flags().StringVar(&opts.Addr, "addr", defaultAddr, "the address to listen on (host:port; port 0 picks a free one)")
	c.Flags().BoolVar(&opts.Open, "open", false, "open the explorer in the default browser")
	c.Flags().BoolVar(&opts.AllowRemote, "allow-remote", false, "allow an --addr other than the loopback interface")
	c.Flags().StringVar(&opts.SourceDir, "source-dir", "", "the folder the graph's source paths are relative to, for quotes")
	addStoreFlag(c, &opts.Source)
	return c
}

// checkServe validates the flags of serve.
func checkServe(opts *serveOptions) error {
	loop, err := serve.IsLoopback(opts.Addr)
	if err != nil {
		return usageErrorf("--addr: %v", err)
	}
	if !loop && !opts.AllowRemote {
		return usageErrorf("--addr %s is not a loopback address: anyone who can reach it could read the graph; add --allow-remote to mean it", opts.Addr)
	}
	return nil
}

// runServe loads the graph and serves it until interrupted.
func runServe(opts *serveOptions) error {
	g, name, ix, err := opts.Source.loadIndexed()
	if err != nil {
		return err
	}
	start, err := startPage(g, name, opts.Ref)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return err
	}
	defer ln.Close()
	addr := ln.Addr().(*net.TCPAddr)
	loop, _ := serve.IsLoopback(opts.Addr)
	dir := serveSourceDir(opts, name)
	cfg := serve.Config{Index: ix, ReadSource: readSources(dir), Log: log.New(opts.IO.ErrOut, "recital: serve: ", 0)}
	if loop {
		cfg.Hosts = serve.LoopbackHosts(fmt.Sprint(addr.Port))
	} else {
		fmt.Fprintf(opts.IO.ErrOut, "recital: warning: listening on %s, beyond this machine: anyone who can reach it can read the graph\n", addr)
	}
	srv, err := serve.New(cfg)
	if err != nil {
		return err
	}
	url := fmt.Sprintf("http://%s/", serveHost(opts.Addr, addr))
	fmt.Fprintf(opts.IO.ErrOut, "recital: serving %s (%s) at %s — Ctrl-C stops\n", name, plural(g.Len(), "document"), url)
	if dir != "" {
		fmt.Fprintf(opts.IO.ErrOut, "recital: citing sentences are quoted from the source files under %s\n", dir)
	}
	if opts.Open {
		if err := openBrowser(url + start); err != nil {
			fmt.Fprintf(opts.IO.ErrOut, "recital: could not open a browser (%v); open %s yourself\n", err, url+start)
		}
	}
	if opts.ready != nil {
		opts.ready <- url
	}
	return serveUntilStopped(opts, serve.ListenConfig(opts.Addr, srv, serve.DefaultTimeouts, cfg.Log), ln)
}

// seedDoc is the document the project started from; the explorer opens
// at it on the embedded default graph.
const seedDoc = "A/RES/60/45"

// startPage is the fragment of the page --open shows: ref's document,
// else the seed document on the embedded default graph, else the home page.
func startPage(g *graph.Graph, name, ref string) (string, error) {
	if ref == "" && name == data.Name && g.Node(seedDoc) != nil {
		ref = seedDoc
	}
	if ref == "" {
		return "", nil
	}
	n, err := resolve(g, name, ref)
	if err != nil {
		return "", err
	}
	return "#/doc?id=" + url.QueryEscape(n.ID), nil
}

// serveUntilStopped serves on ln until an interrupt (or opts.stop), then
// lets requests in flight finish for up to five seconds.
func serveUntilStopped(opts *serveOptions, hs *http.Server, ln net.Listener) error {
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer cancel()
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	case <-opts.stop:
	}
	shut, done := context.WithTimeout(context.Background(), 5*time.Second)
	defer done()
	if err := hs.Shutdown(shut); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	fmt.Fprintln(opts.IO.ErrOut, "recital: stopped")
	return nil
}

// serveHost is the host:port to show in the address: as asked, with the
// port the system picked for port 0.
func serveHost(asked string, got *net.TCPAddr) string {
	host, _, _ := net.SplitHostPort(asked)
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	return net.JoinHostPort(host, fmt.Sprint(got.Port))
}

// serveSourceDir is the folder quotes are read from: --source-dir, else
// for the embedded default graph ../shared where it exists, else the
// current folder.
func serveSourceDir(opts *serveOptions, name string) string {
	if opts.SourceDir != "" {
		return opts.SourceDir
	}
	if name == data.Name {
		if fi, err := os.Stat(filepath.Join("..", "shared")); err == nil && fi.IsDir() {
			return filepath.Join("..", "shared")
		}
	}
	return ""
}

// readSources returns a reader of source files relative to dir.
func readSources(dir string) func(string) ([]byte, error) {
	return func(src string) ([]byte, error) {
		f, err := os.Open(sourcePath(dir, src))
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return io.ReadAll(io.LimitReader(f, 64<<20))
	}
}

// openBrowser opens url in the system's browser.
func openBrowser(url string) error {
	var c *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		c = exec.Command("open", url)
	case "windows":
		c = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	default:
		c = exec.Command("xdg-open", url)
	}
	if err := c.Start(); err != nil {
		return err
	}
	go c.Wait()
	return nil
}
