package export

import (
	"bytes"
	"testing"
)

// FuzzReadJSON feeds damaged JSON graphs to ReadJSON, which reads files
// users hand to --store: it must fail cleanly or give a graph that writes
// back without error, never panic.
func FuzzReadJSON(f *testing.F) {
	f.Add(single(f, write(f, "json", Whole(smallGraph(f)))))
	f.Add([]byte(`{"schema":1,"nodes":[{"id":"A/RES/1/1"}],"edges":[{"from":"A/RES/1/1","to":"A/RES/1/1"}]}`))
	f.Add([]byte(`{"nodes":[{"id":""}],"edges":[{"from":"x","to":"y","occurrences":[{}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := ReadJSON(bytes.NewReader(data))
		if err != nil {
			return
		}
		var m Memory
		f, _ := Lookup("json")
		if err := f.Write(&m, Whole(g)); err != nil {
			t.Fatalf("a graph ReadJSON accepted does not write back: %v", err)
		}
	})
}
