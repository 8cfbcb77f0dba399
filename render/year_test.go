package render

import (
	"testing"

	"github.com/recital-un/recital/graph"
)

func TestPlacement(t *testing.T) {
	tests := []struct {
		id, date  string
		row, text string
	}{
		{"A/RES/60/45", "2005-12-08", "2005", "2005"},
		{"A/RES/60/45", "", "", "undated"},
		{"A/55/140", "", "2000", "session 55"},
		{"A/55/140/Corr.1", "", "2000", "session 55"},
		{"A/C.2/59/3", "", "2004", "session 59"},
		{"S/2005/123", "", "2005", "2005"},
		{"A/AC.292/2025/INF/5/Rev.1", "", "2025", "2025"},
		{"A/9601", "", "", "undated"},
		{"A/ES-10/273", "", "", "undated"},
		{"A/HRC/43/3", "", "", "undated"},
		{"S/PRST/2005/1", "", "2005", "2005"},
		{"E/2009/28", "", "2009", "2009"},
	}
	for _, tt := range tests {
		row, text := placement(&graph.Node{ID: tt.id, Date: tt.date})
		if row != tt.row || text != tt.text {
			t.Errorf("placement(%s, %q) = %q, %q; want %q, %q", tt.id, tt.date, row, text, tt.row, tt.text)
		}
	}
}
