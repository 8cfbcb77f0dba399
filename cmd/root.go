// Package cmd wires Recital's commands: flags, exit codes and terminal
// output. The work itself lives in the packages below it.
package cmd

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/recital-un/recital/internal/isolate"
)

// Main runs the command line against the process's streams and returns the
// exit status.
func Main() int {
	return run(System(), nil, os.Getenv(isolate.ChildEnv) == "")
}

// Run executes the root command with args (nil means os.Args[1:]) and
// returns the exit status; errors are printed once, here. It reads PDF
// files in process; Main reads them in child processes.
func Run(ios *IOStreams, args []string) int {
	return run(ios, args, false)
}

// run executes the root command; isolated makes the commands that read
// files read PDFs in limited child processes (see isolate.go).
func run(ios *IOStreams, args []string, isolated bool) int {
	root := NewRootCmd(ios)
	if isolated {
		root.PersistentPreRunE = func(c *cobra.Command, _ []string) error {
			if c.Name() == isolate.Command {
				return nil
			}
			return isolatePDFs(c)
		}
	}
	if args != nil {
		root.SetArgs(args)
	}
	err := root.Execute()
	if err != nil && !errors.Is(err, errSilent) {
		fmt.Fprintln(textOut(ios.ErrOut), "recital:", err)
		var ue *UsageError
		if errors.As(err, &ue) || isCobraUsage(err) {
			fmt.Fprintln(ios.ErrOut, "Run 'recital --help' for usage.")
			return ExitUsage
		}
	}
	return exitCode(err)
}

// isCobraUsage recognises the errors cobra itself returns for a bad
// command line (unknown flag or command, wrong number of arguments).
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand", "flag needs an argument", "invalid argument", "accepts ", "requires at least", "requires at most"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

// NewRootCmd builds the command tree.
func NewRootCmd(ios *IOStreams) *cobra.Command {
	root := &cobra.Command{
		Use:   "recital",
		Short: "Citation graphs of United Nations documents",
		Long: `Recital reads United Nations resolutions and documents, finds everything
they cite (resolutions of every era and body, document symbols, footnotes),
and builds a citation graph that answers lineage questions.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	root.SetIn(ios.In)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &UsageError{Err: err} })
	setVersion(root)

	root.AddCommand(
		newExtractCmd(ios),
		newBuildCmd(ios),
		newLineageCmd(ios),
		newCitedByCmd(ios),
		newPathCmd(ios),
		newRenderCmd(ios),
		newQueryCmd(ios),
		newTopCmd(ios),
		newCheckCmd(ios),
		newMissingCmd(ios),
		newExportCmd(ios),
		newServeCmd(ios),
		newReadPDFCmd(ios),
	)
	return root
}
