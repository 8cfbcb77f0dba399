package cmd

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/recital-un/recital/data"
	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/query"
)

// storeEnv names the environment variable that points queries at a store.
const storeEnv = "RECITAL_STORE"

// source says which graph a query reads.
type source struct {
	Store string // --store, else $RECITAL_STORE, else "" for the embedded default
}

// addStoreFlag adds --store to a query command.
func addStoreFlag(c *cobra.Command, s *source) {
	c.Flags().StringVar(&s.Store, "store", "", "read the graph from this store (made by 'recital build'); default $"+storeEnv+", else the embedded default graph")
}

// load returns the graph to query and a name for it in messages:
// --store, else $RECITAL_STORE, else the embedded default.
func (s *source) load() (*graph.Graph, string, error) {
	path := s.path()
	if path == "" {
		g, err := data.Default()
		if err != nil {
			return nil, "", fmt.Errorf("%s: %w", data.Name, err)
		}
		return g, data.Name, nil
	}
	g, err := loadGraphFile(path)
	if err != nil {
		return nil, "", err
	}
	return g, path, nil
}

// path returns the store a query reads: --store, else $RECITAL_STORE,
// else "" for the embedded default.
func (s *source) path() string {
	if s.Store != "" {
		return s.Store
	}
	return os.Getenv(storeEnv)
}

// resolve turns a reference written as people write it ("60/45",
// "1514 (XV)", "S/RES/1373 (2001)") into a node of g. A reference that is
// not a symbol is a usage error; a symbol the graph does not hold is a
// NoResultError with a hint.
func resolve(g *graph.Graph, name, ref string) (*graph.Node, error) {
	id, err := parseRef(ref)
	if err != nil {
		return nil, usageErrorf("%v", err)
	}
	if n := g.Node(id); n != nil {
		return n, nil
	}
	hint := ""
	if near := suggest(g, id); len(near) > 0 {
		hint = "\ndid you mean " + strings.Join(near, ", ") + "?"
	}
	return nil, &NoResultError{Err: fmt.Errorf("%s is not in %s (%d documents)%s\n"+
		"hint: check the reference (60/45, A/RES/60/45, 1514 (XV), 1373 (2001) are understood), "+
		"or build a store that holds it: recital build FILE... --store FILE", id, name, g.Len(), hint)}
}

// writeFileAtomic writes data to path through a temporary file in the
// same directory and a rename, so path is never left half-written.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(data)
	merr := tmp.Chmod(0o644)
	cerr := tmp.Close()
	if err := errors.Join(werr, merr, cerr); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// checkFormat validates --format for the query commands.
func checkFormat(format string) error {
	switch format {
	case "text", "json":
		return nil
	}
	return usageErrorf("unknown --format %q: want text or json", format)
}

// loadIndexed loads the graph and the index of facts that queries,
// rankings and the explorer read it through.
func (s *source) loadIndexed() (*graph.Graph, string, *query.Index, error) {
	g, name, err := s.load()
	if err != nil {
		return nil, "", nil, err
	}
	ix, err := newQueryIndex(g, name)
	if err != nil {
		return nil, "", nil, err
	}
	return g, name, ix, nil
}
