package render

import (
	"strconv"
	"strings"

	"github.com/recital-un/recital/graph"
)

// placement returns the year row a node is drawn on and the text its
// label shows for it. A dated node goes on the year of its date. An
// undated document is placed by what its symbol says: a year component
// (S/2005/123, E/2009/28, A/AC.292/2025/INF/5) gives that year, and a
// General Assembly session (A/55/140, A/C.2/59/3) the year the session
// opened (1945 + N), labelled "session N". This is for drawing only; the
// node's date stays unknown. Other undated nodes float, labelled "undated".
func placement(n *graph.Node) (row, text string) {
	if y := n.Year(); y != "" {
		return y, y
	}
	parts := strings.Split(n.ID, "/")
	for _, p := range parts[1:] {
		if y, err := strconv.Atoi(p); err == nil && len(p) == 4 && 1945 <= y && y <= 2100 {
			return p, p
		}
	}
	if s, ok := gaSession(parts); ok {
		return strconv.Itoa(1945 + s), "session " + strconv.Itoa(s)
	}
	return "", "undated"
}

// gaSession returns the General Assembly session of a document symbol
// numbered by session (from the 31st, 1976): A/55/140, A/C.2/59/3.
func gaSession(parts []string) (int, bool) {
	if len(parts) < 3 || parts[0] != "A" {
		return 0, false
	}
	p := parts[1]
	if strings.HasPrefix(p, "C.") && len(parts) >= 4 {
		p = parts[2]
	}
	s, err := strconv.Atoi(p)
	if err != nil || s < 31 || s > 150 || strings.HasPrefix(p, "0") {
		return 0, false
	}
	return s, true
}
