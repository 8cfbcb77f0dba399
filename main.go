// Command recital reads United Nations documents, finds everything they cite
// and answers lineage questions over the resulting citation graph.
package main

import (
	"os"

	"github.com/recital-un/recital/cmd"
)

func main() {
	os.Exit(cmd.Main())
}
