package synth

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"
)

// date is a calendar date.
type date struct{ y, m, d int }

// String writes the date as UN texts do: "8 December 2005".
func (d date) String() string {
	return fmt.Sprintf("%d %s %d", d.d, time.Month(d.m), d.y)
}

// add returns the date n days later.
func (d date) add(n int) date {
	t := time.Date(d.y, time.Month(d.m), d.d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	return date{t.Year(), int(t.Month()), t.Day()}
}

// before reports whether d comes before e.
func (d date) before(e date) bool {
	return d.y < e.y || d.y == e.y && (d.m < e.m || d.m == e.m && d.d < e.d)
}

// Stats describe a written corpus.
type Stats struct {
	Docs      int
	Bytes     int64
	Citations int
}

// Write writes the corpus under dir, several files at a time.
func Write(dir string, opts Options) (Stats, error) {
	var (
		mu    sync.Mutex
		st    Stats
		first error
		wg    sync.WaitGroup
	)
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				d := Generate(opts, i)
				p := Path(dir, d)
				err := os.MkdirAll(filepath.Dir(p), 0o755)
				if err == nil {
					err = os.WriteFile(p, []byte(d.Text), 0o644)
				}
				mu.Lock()
				st.Docs++
				st.Bytes += int64(len(d.Text))
				st.Citations += len(d.Cites)
				if err != nil && first == nil {
					first = err
				}
				mu.Unlock()
			}
		})
	}
	for i := range opts.Docs {
		next <- i
	}
	close(next)
	wg.Wait()
	return st, first
}
